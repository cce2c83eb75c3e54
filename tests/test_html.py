"""Issue 12: saved web pages (`*.html`, `*.htm`) are articles. The body is the
page's main text (trafilatura), never its menus, banners, scripts, share bars,
footers or sidebar headlines; `published` comes from a sidecar `<stem>.front`,
else the page's markup, else None; bad pages are coded errors (E111-E114)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import socket
from pathlib import Path

import pytest

from pipeline.errors import ArticleError
from pipeline.io import html as html_module
from pipeline.io.corpus import iter_corpus, list_article_paths, read_article
from pipeline.io.storage import as_path
from pipeline.run.runner import run_corpus

PAGE = Path(__file__).parent / "data" / "soyuz-ms-19.html"
TITLE = "Film crew reaches the space station aboard Soyuz MS-19"
PARAGRAPHS = [
    TITLE,
    "Soyuz MS-19 lifted off from the Baikonur Cosmodrome in Kazakhstan on 5 October 2021, carrying the first "
    "crew ever assembled to shoot a feature film in orbit. The spacecraft was commanded by the veteran "
    "cosmonaut Anton Shkaplerov, who was making his fourth flight.",
    "Beside him sat the actress Yulia Peresild, 37, and the director Klim Shipenko, 38, who had trained for "
    "only four months before the launch. Shkaplerov, 49, took manual control during the final approach after "
    "the automatic system reported a fault.",
    "The capsule docked with the Rassvet module of the International Space Station a little over three hours "
    "after launch. Peresild and Shipenko are due to spend twelve days on board before returning to Earth on "
    "17 October 2021 with Oleg Novitsky aboard Soyuz MS-18.",
    "The film, provisionally titled The Challenge, tells the story of a surgeon sent to the station to operate "
    "on an injured cosmonaut.",
]
BODY = "\n\n".join(PARAGRAPHS) + "\n"
# Everything on the page that is not the article: menu, cookie banner, share bar,
# byline, script and JSON-LD content, the sidebar's other headlines, the footer.
CHROME = ["Home", "Launches", "Deep Space", "Subscribe today", "cookies", "Accept all", "Manage preferences",
          "Share on", "Email this story", "Dana Whitfield", "dataLayer", "trackPageView", "pageview",
          "schema.org", "NewsArticle", "Other headlines", "Elon Musk", "Starship", "Jeff Bezos", "New Shepard",
          "Richard Branson", "VSS Unity", "Orbital Times", "Copyright", "All rights reserved",
          "Privacy policy", "Contact the newsroom"]
SIDEBAR_NAMES = ["Elon Musk", "Starship", "Jeff Bezos", "New Shepard", "Richard Branson", "VSS Unity"]
GOOD_TXT = "Yuri Gagarin flew aboard Vostok 1 on 12 April 1961.\n"
QUIET = {"report": lambda message: None, "use_cache": False}


def _page(body: str, head: str = "<title>A page</title>", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html>\n<html><head>{meta}{head}</head>\n<body>\n{body}\n</body></html>\n"


# A page that is an article but has no date anywhere in its markup, only in its prose.
UNDATED = _page("<nav><a href='/'>Home</a></nav><article><h1>Vostok 1</h1>"
                "<p>Yuri Gagarin was launched from Baikonur on 12 April 1961 and completed one orbit of the "
                "Earth. The flight lasted 108 minutes, and the capsule came down near Engels.</p>"
                "<p>He was 27 years old. The archive copy of this report is dated 2011-04-12.</p></article>")
NO_MAIN_TEXT = _page("<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/launches'>Launches</a></li>"
                     "</ul></nav></header><div id='cookie-banner'><p>We use cookies to improve your reading "
                     "experience. <button>Accept all cookies</button></p></div><script>var x = 1;</script>"
                     "<footer><p>Copyright 2021 Orbital Times Media Ltd. All rights reserved.</p></footer>")


def _error(path: Path, code: str) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        read_article(path)
    err = info.value
    assert err.message.startswith(f"[{code}]"), err.message
    assert err.article == path.stem and err.path == str(path)
    assert str(path) in err.message and "\n" not in err.message
    return err


def _rows(out: Path, table: str) -> list[dict[str, str]]:
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ------------------------------------------------------------- the main text
def test_page_body_is_the_article_without_the_chrome():
    article = read_article(PAGE)
    assert article.id == "soyuz-ms-19" and article.path == str(PAGE)
    assert article.body == BODY, "one block per paragraph, separated by a blank line"
    for chrome in CHROME:
        assert chrome not in article.body, chrome
    assert article.published == dt.date(2021, 10, 5), "article:published_time, not article:modified_time"
    assert article.title == TITLE
    assert article.meta == {"title": TITLE, "published": "2021-10-05"}


def test_page_is_read_offline(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("reading a page must not use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert read_article(PAGE).body == BODY


@pytest.mark.parametrize("head, published", [
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"datePublished": "2019-07-16T08:00:00Z", "dateModified": "2020-01-02T08:00:00Z"}</script>',
     dt.date(2019, 7, 16)),
    # before 1995, htmldate's default lower bound, and after today, its default upper one
    ('<meta name="date" content="1969-07-21">', dt.date(1969, 7, 21)),
    ('<meta property="article:published_time" content="2099-07-21T10:00:00+02:00">', dt.date(2099, 7, 21)),
])
def test_date_metadata_and_htm_suffix(tmp_path, head, published):
    path = tmp_path / "vostok.htm"
    path.write_text(UNDATED.replace("<title>A page</title>", f"<title>Vostok 1</title>{head}"), encoding="utf-8")
    article = read_article(path)
    assert article.published == published
    assert article.body.startswith("Vostok 1\n\nYuri Gagarin was launched")


def test_json_ld_in_the_footer_still_dates_the_page(tmp_path):
    path = tmp_path / "footer.html"
    path.write_text(UNDATED.replace("</article>", "</article><footer><script type='application/ld+json'>"
                                    '{"@type": "NewsArticle", "datePublished": "2021-10-05"}</script></footer>'),
                    encoding="utf-8")
    assert read_article(path).published == dt.date(2021, 10, 5)


def test_whitespace_is_collapsed_and_line_breaks_lists_and_no_break_spaces_kept(tmp_path):
    path = tmp_path / "crew.html"
    path.write_text(_page("<article><p>The crew of\n     Soyuz\tMS-19 flew on 5&nbsp;October 2021 from the "
                          "Baikonur Cosmodrome, and docked with the station a few hours later.<br>"
                          "Second line of the same paragraph.</p>\n<ul><li>Anton Shkaplerov,\n commander"
                          "</li><li>Yulia Peresild, actress</li></ul>\n<p>They stayed   on board for twelve "
                          "days before the two film makers returned to Earth aboard Soyuz MS-18.</p></article>"),
                    encoding="utf-8")
    assert read_article(path).body == (
        "The crew of Soyuz MS-19 flew on 5\u00a0October 2021 from the Baikonur Cosmodrome, and docked with "
        "the station a few hours later.\nSecond line of the same paragraph.\n\n"
        "- Anton Shkaplerov, commander\n- Yulia Peresild, actress\n\n"
        "They stayed on board for twelve days before the two film makers returned to Earth aboard Soyuz MS-18.\n")


def test_page_without_date_metadata_has_no_published_date(tmp_path):
    path = tmp_path / "undated.html"
    path.write_text(UNDATED, encoding="utf-8")
    article = read_article(path)
    assert article.published is None, "a date in the prose is not the publication date"
    assert "12 April 1961" in article.body and "Home" not in article.body
    assert "published" not in article.meta


# ------------------------------------------------------------- the sidecar
@pytest.mark.parametrize("sidecar", ["published: 2020-01-01\n", "---\npublished: '2020-01-01'\n---\n",
                                     "\ufefftitle: Soyuz MS-19\r\npublished: 2020-01-01\r\n"])
def test_sidecar_overrides_the_page_metadata(tmp_path, sidecar):
    shutil.copy(PAGE, tmp_path / "x.html")
    (tmp_path / "x.front").write_text(sidecar, encoding="utf-8")
    article = read_article(tmp_path / "x.html")
    assert article.published == dt.date(2020, 1, 1)
    assert article.title == (TITLE if "title" not in sidecar else "Soyuz MS-19")
    assert article.body == BODY
    assert list_article_paths(tmp_path) == [tmp_path / "x.html"], "the sidecar is not an article"


def test_sidecar_gives_a_date_to_an_undated_page_and_an_empty_one_removes_it(tmp_path):
    (tmp_path / "u.html").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "u.front").write_text("published: 1961-04-12\n", encoding="utf-8")
    assert read_article(tmp_path / "u.html").published == dt.date(1961, 4, 12)
    shutil.copy(PAGE, tmp_path / "x.html")
    (tmp_path / "x.front").write_text("published:\n", encoding="utf-8")
    assert read_article(tmp_path / "x.html").published is None


def test_bad_sidecar_is_an_error_naming_the_sidecar(tmp_path):
    shutil.copy(PAGE, tmp_path / "x.html")
    (tmp_path / "x.front").write_text("published: 5 October 2021\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path / "x.html")
    err = info.value
    assert (err.article, err.path) == ("x", str(tmp_path / "x.html")), "errors.csv names the page"
    assert err.message.startswith(f"[E105] {tmp_path / 'x.front'}:"), "the message names the sidecar"


def test_sidecar_beside_a_page_at_a_url():
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe("/html-corpus/x.html", PAGE.read_bytes())
    fs.pipe("/html-corpus/x.front", b"published: 2020-01-01\n")
    try:
        article = read_article(as_path("memory://html-corpus/x.html"))
        assert (article.id, article.published, article.body) == ("x", dt.date(2020, 1, 1), BODY)
    finally:
        fs.rm("/html-corpus", recursive=True)


# ------------------------------------------------------------- bad pages
def test_page_without_main_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(NO_MAIN_TEXT, encoding="utf-8")
    err = _error(path, "E111")
    assert "no article text" in err.message


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"Yuri Gagarin flew on 12 April 1961.\n", "no HTML tags"),
])
def test_not_html(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    err = _error(path, "E112")
    assert "not an HTML page" in err.message and reason in err.message


def test_page_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(html_module, "MAX_PAGE_BYTES", 1000)
    path = tmp_path / "big.html"
    path.write_bytes(PAGE.read_bytes())
    err = _error(path, "E113")
    assert f"{PAGE.stat().st_size} bytes" in err.message and "limit of 1000 bytes" in err.message


@pytest.mark.parametrize("charset, where", [("utf-8", "declared charset 'utf-8'"), (None, "UTF-8"),
                                            ("x-klingon", "unknown declared charset 'x-klingon'")])
def test_undecodable_page(tmp_path, charset, where):
    path = tmp_path / "latin1.html"
    path.write_bytes(_page("<article><p>Jos\u00e9 Hern\u00e1ndez flew.</p></article>", charset=charset)
                     .encode("latin-1"))
    err = _error(path, "E114")
    assert where in err.message
    if charset != "x-klingon":
        assert "0xe9" in err.message


@pytest.mark.parametrize("charset, encoding", [("iso-8859-1", "latin-1"), ("windows-1252", "cp1252"),
                                               (None, "utf-8-sig"), ("utf-8", "utf-16")])
def test_page_decoded_in_its_declared_charset_or_byte_order_mark(tmp_path, charset, encoding):
    text = ("Jos\u00e9 Hern\u00e1ndez flew aboard the Space Shuttle Discovery on STS-128 in 2009, "
            "a \u201cdream come true\u201d." if encoding != "latin-1" else
            "Jos\u00e9 Hern\u00e1ndez flew aboard the Space Shuttle Discovery on STS-128 in 2009.")
    path = tmp_path / "hernandez.html"
    path.write_bytes(_page(f"<article><p>{text}</p></article>", charset=charset).encode(encoding))
    assert read_article(path).body == text + "\n"


def test_html_and_txt_with_the_same_id_are_one_error(tmp_path):
    shutil.copy(PAGE, tmp_path / "a.html")
    (tmp_path / "a.txt").write_text(GOOD_TXT, encoding="utf-8")
    (tmp_path / "a.front").write_text("published: 2020-01-01\n", encoding="utf-8")
    [err] = list(iter_corpus(tmp_path))
    assert isinstance(err, ArticleError) and err.message.startswith("[E106]")
    assert str(tmp_path / "a.html") in err.message and str(tmp_path / "a.txt") in err.message


# ------------------------------------------------------------- end to end
def test_page_gives_the_same_rows_as_the_same_text_article(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PAGE, corpus / "x.html")
    (corpus / "y.txt").write_text("---\npublished: 2021-10-05\n---\n" + BODY, encoding="utf-8")
    summary = run_corpus(corpus, tmp_path / "out", nlp=nlp, **QUIET)
    assert (summary.articles, summary.failed) == (2, [])
    out = tmp_path / "out"
    for table in ("people", "spacecraft", "dates", "ages"):
        rows = _rows(out, table)
        x = [{k: v for k, v in row.items() if k != "article"} for row in rows if row["article"] == "x"]
        y = [{k: v for k, v in row.items() if k != "article"} for row in rows if row["article"] == "y"]
        assert x == y, table  # the bodies are the same text, so the offsets are the same too
        assert x, f"no {table} rows: the comparison would prove nothing"
    names = {row["name"] for table in ("people", "spacecraft") for row in _rows(out, table)}
    assert {"Anton Shkaplerov", "Yulia Peresild", "Klim Shipenko", "Soyuz MS-19"} <= names
    assert not [name for name in names if any(s in name for s in SIDEBAR_NAMES)]
    for row in _rows(out, "dates"):
        if row["article"] == "x":
            assert BODY[int(row["start"]):int(row["end"])] == row["text"]


def test_bad_pages_are_reported_and_the_good_article_still_written(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(html_module, "MAX_PAGE_BYTES", 3000)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = {
        "good.txt": GOOD_TXT.encode(),
        "menu.html": NO_MAIN_TEXT.encode(),
        "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "plain.htm": b"Just text, no tags.\n",
        "big.html": PAGE.read_bytes(),  # ~4 KB, over the patched limit
        "latin1.html": _page("<article><p>Jos\u00e9 flew.</p></article>").encode("latin-1"),
        "notes.front": b"published: 2020-01-01\n",  # a sidecar without a page: not an article
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    summary = run_corpus(corpus, tmp_path / "out", nlp=nlp, **QUIET)
    assert summary.articles == 1
    errors = {row["article"]: row["error"][:6] for row in _rows(tmp_path / "out", "errors")}
    assert errors == {"big": "[E113]", "image": "[E112]", "latin1": "[E114]", "menu": "[E111]", "plain": "[E112]"}
    people = _rows(tmp_path / "out", "people")
    assert [(row["article"], row["name"]) for row in people] == [("good", "Yuri Gagarin")]
    assert {row["article"] for row in _rows(tmp_path / "out", "dates")} == {"good"}


def test_editing_only_the_sidecar_extracts_the_page_again(tmp_path):
    # regression: the cache keyed a page by its own bytes only, so a new sidecar date was ignored
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    shutil.copyfile(PAGE, corpus / "x.html")
    run_corpus(corpus, out)
    (corpus / "x.front").write_text("published: 2020-01-01\n", encoding="utf-8")
    summary = run_corpus(corpus, out)
    assert summary.cached == 0
