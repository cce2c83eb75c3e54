"""Reading the corpus (SPEC §1): every kind of bad article gives one clear
ArticleError naming the file and the problem, and never stops the others."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.io.corpus import (
    Article, article_from_text, article_ids, iter_corpus, join_front_matter, list_article_paths,
    parse_published, read_article, split_front_matter,
)
from pipeline.errors import ArticleError, UserError

GOOD = "---\ntitle: Gagarin\npublished: 1961-04-13\n---\nYuri Gagarin flew on 12 April 1961.\n"
GOOD_BODY = "Yuri Gagarin flew on 12 April 1961.\n"


def _error(path) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        read_article(path)
    err = info.value
    assert err.path == str(path)
    assert err.article == path.stem
    assert str(path) in err.message, "the message names the file"
    assert "\n" not in err.message, "one line per problem"
    return err


# ------------------------------------------------------------- good articles
def test_good_article(tmp_path):
    path = tmp_path / "gagarin.md"
    path.write_text(GOOD, encoding="utf-8")
    article = read_article(path)
    assert article == Article(id="gagarin", body=GOOD_BODY, path=str(path), title="Gagarin",
                              published=dt.date(1961, 4, 13),
                              meta={"title": "Gagarin", "published": "1961-04-13"})


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    article = read_article(path)
    assert article.body == GOOD_BODY
    assert article.published == dt.date(1961, 4, 13), "front matter after a BOM is still front matter"


def test_bom_without_front_matter(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfYuri Gagarin flew.")
    assert read_article(path).body == "Yuri Gagarin flew."


def test_windows_line_endings(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    assert article.body == GOOD_BODY
    assert article.meta == {"title": "Gagarin", "published": "1961-04-13"}, "no '\\r' left in values"


def test_old_mac_line_endings(tmp_path):
    path = tmp_path / "cr.md"
    path.write_bytes(GOOD.replace("\n", "\r").encode("utf-8"))
    assert read_article(path).body == GOOD_BODY


def test_unicode_spaces_and_zero_width_characters_are_kept_in_the_body(tmp_path):
    text = "Anton\u00a0Shkaplerov flew on 5\u00a0October. Shkap\u200blerov \u201cwaved\u201d.\n"
    path = tmp_path / "u.txt"
    path.write_text(text, encoding="utf-8")
    assert read_article(path).body == text, "the body is the text: offsets refer to it"


def test_unknown_front_matter_keys_are_kept_and_quotes_dropped():
    meta, body = split_front_matter("---\ntitle: 'A: B'\nauthor: \"X\"\n---\nText")
    assert meta == {"title": "A: B", "author": "X"}
    assert body == "Text"


def test_no_front_matter():
    assert split_front_matter("Text\n---\nmore") == ({}, "Text\n---\nmore")


# ------------------------------------------------------------- bad articles
def test_latin1_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Line one\nJos\u00e9 Hern\u00e1ndez flew.\n".encode("latin-1"))
    err = _error(path)
    assert err.message.startswith("[E101]")
    assert "not UTF-8" in err.message
    assert "0xe9" in err.message and "line 2, column 4" in err.message


def test_utf16_file(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Yuri Gagarin flew.".encode("utf-16"))
    err = _error(path)
    assert err.message.startswith("[E101]") and "UTF-16" in err.message


def test_binary_file(tmp_path):
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    err = _error(path)
    assert err.message.startswith("[E102]") and "binary" in err.message


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf", b"\r\n\r\n",
                                     b"---\ntitle: x\n---\n", b"---\ntitle: x\n---\n  \n\n",
                                     # regression: invisible characters only were an article
                                     "\u200b \u2060\n".encode(), b"---\n---\n\xef\xbb\xbf"])
def test_empty_article(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = _error(path)
    assert err.message.startswith("[E103]") and "empty" in err.message


@pytest.mark.parametrize("content", ["---\ntitle: x\npublished: 2021-10-05\nText without a closing fence.\n",
                                     "---\n", "---", "--- \ntitle: x"])
def test_front_matter_not_closed(tmp_path, content):
    path = tmp_path / "open.md"
    path.write_text(content, encoding="utf-8")
    err = _error(path)
    assert err.message.startswith("[E104]") and "never closed" in err.message


@pytest.mark.parametrize("value", ["October 5, 2021", "2021-13-01", "2021-02-30", "21-10-05", "yesterday",
                                   "2021-10-05T10:00"])
def test_published_not_a_date(tmp_path, value):
    path = tmp_path / "when.md"
    path.write_text(f"---\npublished: {value}\n---\nText.\n", encoding="utf-8")
    err = _error(path)
    assert err.message.startswith("[E105]") and repr(value) in err.message


@pytest.mark.parametrize("value", ["0001-01-01", "0999-12-31", "9999-12-31"])
def test_published_outside_supported_years(tmp_path, value):
    # Regression: "9999-12-31" crashed the date extractor (OverflowError) and
    # "0001-01-01" produced values like "2" and "1-10-05", outside SPEC §2.
    path = tmp_path / "when.md"
    path.write_text(f"---\npublished: {value}\n---\nText.\n", encoding="utf-8")
    err = _error(path)
    assert err.message.startswith("[E109]") and "1001-9998" in err.message


def test_published_empty_or_quoted():
    assert parse_published("") is None
    assert parse_published("  ") is None
    assert parse_published("'2021-10-05'") == dt.date(2021, 10, 5)
    assert parse_published(' "2021-10-05" ') == dt.date(2021, 10, 5)


def test_unreadable_path_is_an_article_error(tmp_path):
    path = tmp_path / "dir.md"
    path.mkdir()  # reading a directory fails with an OSError
    err = _error(path)
    assert err.message.startswith("[E107]")


# ------------------------------------------------------------- the directory
def _write(directory, files: dict[str, bytes | str]) -> None:
    directory.mkdir(exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (directory / name).write_bytes(data)


def test_iter_corpus_reports_each_bad_article_once_and_reads_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus, {
        "a-good.md": GOOD,
        "b-latin1.txt": "Jos\u00e9".encode("latin-1"),
        "c-empty.txt": "",
        "d-open.md": "---\ntitle: x\n",
        "e-date.md": "---\npublished: soon\n---\nText.",
        "f-dup.txt": "One.", "f-dup.md": "Two.",
        "g-binary.txt": b"\x00\x01\x02",
        "h-good.txt": "Salyut 7 was rescued in June 1985.",
        "gold.json": "{}", "notes.rst": "not an article", ".#h-good.txt": "editor lock file",
    })
    items = list(iter_corpus(corpus))
    assert [i.id if isinstance(i, Article) else i.article for i in items] == [
        "a-good", "b-latin1", "c-empty", "d-open", "e-date", "f-dup", "g-binary", "h-good"]
    codes = {i.article: i.message[:6] for i in items if isinstance(i, ArticleError)}
    assert codes == {"b-latin1": "[E101]", "c-empty": "[E103]", "d-open": "[E104]", "e-date": "[E105]",
                     "f-dup": "[E106]", "g-binary": "[E102]"}
    good = [i for i in items if isinstance(i, Article)]
    assert [a.body for a in good] == [GOOD_BODY, "Salyut 7 was rescued in June 1985."]


def test_two_files_with_the_same_id_are_one_error_naming_both(tmp_path):
    # SPEC §1: two files with the same id are an error. Regression: a.md was
    # read as the article and only a.txt reported, so which text the tables
    # came from depended on the suffix's alphabetical order.
    corpus = tmp_path / "corpus"
    _write(corpus, {"a.txt": "Text one.", "a.md": "Text two.", "b.txt": "Text three."})
    items = list(iter_corpus(corpus))
    assert len(items) == 2
    err, article = items
    assert isinstance(err, ArticleError) and err.article == "a"
    assert err.message.startswith("[E106]")
    assert str(corpus / "a.md") in err.message and str(corpus / "a.txt") in err.message
    assert isinstance(article, Article) and article.id == "b"


def test_same_id_differing_in_suffix_case(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus, {"a.TXT": "Text one.", "a.md": "Text two."})
    [err] = list(iter_corpus(corpus))
    assert isinstance(err, ArticleError) and err.message.startswith("[E106]")


def test_missing_corpus_directory(tmp_path):
    with pytest.raises(UserError) as info:
        list_article_paths(tmp_path / "nope")
    assert info.value.exit_code == 2 and str(info.value).startswith("[E001]")
    with pytest.raises(UserError):
        list(iter_corpus(tmp_path / "nope"))


def test_corpus_is_a_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Text.", encoding="utf-8")
    with pytest.raises(UserError) as info:
        list_article_paths(path)
    assert str(info.value).startswith("[E001]")


def test_corpus_without_articles(tmp_path):
    _write(tmp_path / "c", {"gold.json": "{}", "readme.rst": "x", ".hidden.md": "x"})
    with pytest.raises(UserError) as info:
        list_article_paths(tmp_path / "c")
    assert info.value.exit_code == 2 and str(info.value).startswith("[E002]")


def test_article_ids_reads_file_names_only(tmp_path):
    _write(tmp_path / "c", {"a.txt": b"\x00binary", "b.md": "", "gold.json": "{}"})
    assert article_ids(tmp_path / "c") == {"a", "b"}


# ------------------------------------------------------------- front matter
def test_join_front_matter_round_trip_example():
    meta = {"title": "Soyuz MS-19: a film crew", "published": "2021-10-05", "source": "wire"}
    body = "---\nA body that starts with a rule.\n"
    text = join_front_matter(meta, body)
    assert text.startswith("---\ntitle: Soyuz MS-19: a film crew\n")
    assert split_front_matter(text) == (meta, body)


def test_join_front_matter_without_keys_still_protects_the_body():
    assert split_front_matter(join_front_matter({}, "---\nnot front matter\n---\nx")) == (
        {}, "---\nnot front matter\n---\nx")


def test_article_from_text_matches_read_article(tmp_path):
    path = tmp_path / "x.md"
    path.write_text(GOOD, encoding="utf-8")
    assert article_from_text("x", GOOD, str(path)) == read_article(path)
