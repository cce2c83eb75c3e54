"""Saved web pages (`*.html`, `*.htm`) as articles (issue 12).

Most of a saved news page is not the article: menus, cookie banners, scripts,
share bars, footers, and a sidebar of other headlines whose names would
otherwise become this article's people and spacecraft. Telling the main text
from that chrome is a hard, well-studied problem, so it is left to trafilatura
(which also finds the title, and the publication date through htmldate) and not
to hand-written tag stripping. This module only decodes the bytes, removes the
page parts that are chrome by definition, and lays the extracted text out as a
plain-text body.

The body is the extracted text, one block (heading, paragraph, list, table,
quote) per paragraph, blocks separated by a blank line as in a .txt article,
whitespace collapsed as a browser shows it. Every offset in the output tables
refers to this body, never to the HTML source. `published` is the one in the
page's sidecar `<stem>.front` if given, else the one in the page's metadata
(found by htmldate in the <head>, and in meta elements, JSON-LD and elements
marked as the publication date anywhere), else None: never a date of the
prose, which is what the article is about. Nothing is fetched: the extraction
runs offline.
"""

from __future__ import annotations

import codecs
import re
from copy import deepcopy
from pathlib import Path

import htmldate
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.xml import xmltotxt

from ..errors import Errors
from .corpus import (FIRST_PUBLISHED_YEAR, LAST_PUBLISHED_YEAR, Article, _decode, parse_published,
                     sidecar_path, split_front_matter)

# Pages past this are not articles (a saved archive, a data dump) and would
# only make the extractor slow; a long news page is well under 1 MB.
MAX_PAGE_BYTES = 5_000_000
# Browsers look for the declared charset near the start of the page.
_CHARSET_SCAN_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Labels browsers read as another encoding (WHATWG Encoding): a page declaring
# Latin-1 is Windows-1252 in practice; a UTF-16 label on an ASCII-readable page is wrong.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}
_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*|!doctype)\b[^>]*>", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_SPACES = re.compile(r"[ \t\n\r\f]+")  # not U+00A0: a no-break space is text
# Never the article: removed before trafilatura looks, so even on a page it
# finds no article in, none of it can become the body.
_CHROME = etree.XPath(
    "//nav | //footer | //aside"
    " | //*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']"
    " | //*[re:test(@id, $banner, 'i') or re:test(@class, $banner, 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
# Cookie/consent banners by their class or id; not a bare "cookie", which
# matches content classes and WordPress's <body class="cookies-not-set">.
_BANNER = r"cookie[-_]?(banner|bar|consent|notice|policy|law)|consent[-_]?(banner|manager)|gdpr|onetrust|cookiebot"
# Where a page states its publication date (the rest is prose and chrome).
_DATE_METADATA = etree.XPath("//head | //body//meta | //body//script[@type='application/ld+json']"
                             " | //body//*[@itemprop='datePublished' or @pubdate]")
# The supported years (corpus.py), not htmldate's default 1995-today: so a run's
# tables do not depend on the day it ran.
_DATE_PARAMS = {"extensive_search": False, "original_date": True,
                "min_date": f"{FIRST_PUBLISHED_YEAR}-01-01", "max_date": f"{LAST_PUBLISHED_YEAR}-12-31"}
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


def read_sidecar(page: Path) -> dict[str, str]:
    """The `key: value` lines of the page's sidecar (`---` fences optional); {} without one.

    ValueError (E101-E109, naming the sidecar) when it cannot be read or its `published` is bad.
    """
    path = sidecar_path(page)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ValueError(Errors.E107.format(path=path, reason=exc.strerror or type(exc).__name__)) from None
    text = _decode(raw, path).removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if text.partition("\n")[0].rstrip() != "---":
        text = f"---\n{text}\n---\n"
    meta, _ = split_front_matter(text, str(path))
    parse_published(meta.get("published"), str(path))  # a bad date names the sidecar, not the page
    return meta


def decode_page(raw: bytes, path: str) -> str:
    """The page's text: in its byte order mark's or declared charset, else UTF-8 (E112, E114)."""
    if raw.startswith(codecs.BOM_UTF8):
        charset, where, raw = "utf-8", "its byte order mark", raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        charset, where = "utf-16", "its byte order mark"
    else:
        if b"\x00" in raw:
            raise ValueError(Errors.E112.format(path=path, reason="binary content: it contains NUL bytes"))
        declared = _DECLARED_CHARSET.search(raw, 0, _CHARSET_SCAN_BYTES)
        label = declared.group(1).decode("ascii").lower() if declared else "utf-8"
        charset = _CHARSET_ALIASES.get(label, label)
        where = f"declared charset {label!r}" if declared else "no declared charset, so UTF-8"
    try:
        return raw.decode(charset)
    except LookupError:
        raise ValueError(Errors.E114.format(path=path, reason=f"unknown {where}")) from None
    except UnicodeDecodeError as exc:
        reason = (f"invalid byte 0x{exc.object[exc.start]:02x} at byte offset {exc.start} for the page's "
                  f"{where}; declare the charset the page is saved in, or save it as UTF-8")
        raise ValueError(Errors.E114.format(path=path, reason=reason)) from None


def _block_text(block: etree._Element) -> str:
    """One extracted block as text: whitespace collapsed, a <br> kept as a line break."""
    for element in block.iter():
        element.text = element.text and _HTML_SPACES.sub(" ", element.text)
        element.tail = element.tail and _HTML_SPACES.sub(" ", element.tail)
    lines = (line.strip() for line in xmltotxt(block, False).split("\n"))
    return "\n".join(line for line in lines if line)


def _published(tree: lxml_html.HtmlElement) -> str | None:
    """The publication date in the page's metadata (YYYY-MM-DD), or None."""
    metadata = lxml_html.document_fromstring("<html><body></body></html>", parser=_PARSER)
    for element in _DATE_METADATA(tree):
        copy = deepcopy(element)  # appending the element itself would take it out of the page
        copy.tail = None
        if element.tag == "head":
            metadata.insert(0, copy)
        else:
            metadata.body.append(copy)
    # deferred: a date in the page's URL only when its metadata states none
    return htmldate.find_date(metadata, deferred_url_extractor=True, **_DATE_PARAMS)


def _extract(text: str, path: str) -> tuple[trafilatura.settings.Document | None, str | None]:
    """trafilatura's main text and title, and the date, of the page; E112 if it is not HTML."""
    if not _TAG.search(text):
        raise ValueError(Errors.E112.format(path=path, reason="no HTML tags; name a plain-text article .txt"))
    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(Errors.E112.format(path=path, reason=f"it cannot be parsed: {exc}")) from None
    try:
        published = _published(tree)  # before the pruning: metadata may sit in a footer
        for element in _CHROME(tree, banner=_BANNER):
            element.drop_tree()  # its tail text is the next element's, not chrome
        # trafilatura's own date (with_metadata, for the title) is not used: it may come from the prose
        return trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                           date_extraction_params=_DATE_PARAMS), published
    except Exception as exc:  # a third-party extractor failing on one page must not stop the run
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise ValueError(Errors.E108.format(path=path, reason=reason)) from None


def article_from_html(article_id: str, raw: bytes, path: str = "<html>",
                      front: dict[str, str] | None = None) -> Article:
    """Build an Article from a page's bytes; `front` (the sidecar's) overrides the
    page's title and date. Raises ValueError with an E1xx message."""
    if len(raw) > MAX_PAGE_BYTES:
        raise ValueError(Errors.E113.format(path=path, size=len(raw), limit=MAX_PAGE_BYTES))
    document, published = _extract(decode_page(raw, path), path)
    blocks = [] if document is None or document.body is None else [_block_text(b) for b in document.body]
    blocks = [block for block in blocks if block]
    if not blocks:
        raise ValueError(Errors.E111.format(path=path))
    meta = {key: value for key, value in (("title", document.title), ("published", published)) if value}
    meta.update(front or {})
    return Article(id=article_id, body="\n\n".join(blocks) + "\n", path=path, title=meta.get("title", ""),
                   published=parse_published(meta.get("published"), path), meta=meta)
