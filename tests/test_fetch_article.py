"""Opening a web page (or a saved .html file) as an article, against the local server."""
from __future__ import annotations

import asyncio

import pytest

from factcheck.config import Settings
from factcheck.fetch import FetchError, afetch_article, article_from_html, fetch_article
from factcheck.textsafe import has_controls

from .httpserver import ARTICLE_HTML, ENGLISH_HTML, NODATE_HTML, local_server  # noqa: F401 (fixture)


def settings(**kw) -> Settings:
    return Settings(**{"allow_private_hosts": True, "request_deadline": 2.0, **kw})


def test_article_with_metadata(local_server):
    url = local_server.url("/article")
    a = fetch_article(url, settings())
    assert a.url == url and a.final_url == url
    assert a.title == "Stadt baut neue Brücke"
    assert a.author == "Anna Muster"
    assert a.published == "2023-05-02"
    assert a.outlet == "Beispielzeitung"
    assert a.lang == "de"
    assert a.fetched_at.startswith("20") and a.fetched_at.endswith("+00:00")
    assert "für 12 Millionen Euro zu bauen" in a.text
    # boilerplate stays out of the main text
    assert "Impressum" not in a.text and "Sport" not in a.text


def test_page_without_date_gives_none_not_a_guess(local_server):
    # the text mentions 1962, 2019 and 2025: none of them is the publication date
    a = fetch_article(local_server.url("/nodate"), settings())
    assert a.published is None


def test_given_publication_date_wins(local_server):
    a = fetch_article(local_server.url("/nodate"), settings(), published="2023-06-01")
    assert a.published == "2023-06-01"
    with pytest.raises(FetchError, match="YYYY-MM-DD"):
        fetch_article(local_server.url("/nodate"), settings(), published="1.6.2023")


def test_redirected_article_keeps_both_urls(local_server):
    url = local_server.url("/chain/2")
    a = fetch_article(url, settings())
    assert a.url == url and a.final_url == local_server.url("/article")


@pytest.mark.parametrize("path", ["/latin1", "/gzip", "/deflate", "/no-ctype"])
def test_encodings_and_compression(local_server, path):
    a = fetch_article(local_server.url(path), settings())
    assert "Bürgermeisterin" in a.text and "„Das Geld fehlt an den Schulen“" in a.text


def test_plain_text_page(local_server):
    a = fetch_article(local_server.url("/plain"), settings())
    assert a.text.startswith("Am 3. Mai 2023 sagte die Ministerin")
    assert a.outlet == "127.0.0.1"


def test_escape_sequences_never_come_through(local_server):
    a = fetch_article(local_server.url("/escape"), settings())
    for field in (a.text, a.title, a.author or "", a.outlet or ""):
        assert not has_controls(field)
        assert "[31m" not in field and "]0;pwned" not in field
    assert "Der Stadtrat hat" in a.text


@pytest.mark.parametrize(
    "path,kind,words",
    [
        ("/status/404", "http", "HTTP 404 Not Found"),
        ("/status/500", "http", "HTTP 500"),
        ("/binary", "content", "not a web page (content type application/octet-stream)"),
        ("/pdf", "content", "content type application/pdf"),
        ("/binary-as-html", "content", "binary data"),
        ("/bad-encoding", "content", "not valid utf-8 text"),
        ("/empty", "content", "no article text"),
        ("/loop/a", "redirect", "redirect loop"),
        ("/gzip-bomb", "too-large", "larger than"),
        ("/trickle?every=0.3", "timeout", "timed out after 1 s"),
    ],
)
def test_failures_give_one_clear_line(local_server, path, kind, words):
    s = settings(request_deadline=1.0, max_body_bytes=1_000_000)
    with pytest.raises(FetchError) as ei:
        fetch_article(local_server.url(path), s)
    msg = str(ei.value)
    assert ei.value.kind == kind
    assert words in msg
    assert msg.startswith(local_server.url(path.split("?")[0]))
    assert "\n" not in msg


def test_private_host_refused_by_default(local_server):
    with pytest.raises(FetchError, match="loopback address"):
        fetch_article(local_server.url("/article"), Settings(request_deadline=2.0))


def test_malformed_url():
    with pytest.raises(FetchError, match="http:// or https://"):
        fetch_article("www.example.org/artikel", settings())


def test_async_form_runs_inside_an_event_loop(local_server):
    async def go():
        return await afetch_article(local_server.url("/english"), settings())

    a = asyncio.run(go())
    assert a.lang == "en" and a.published == "2024-03-05" and a.title == "Council approves bridge"


def test_sync_form_refuses_to_block_a_running_loop(local_server):
    async def go():
        fetch_article(local_server.url("/article"), settings())

    with pytest.raises(RuntimeError, match="async form"):
        asyncio.run(go())


# --- saved pages (no network) ---------------------------------------------------------------


def test_saved_html_page():
    a = article_from_html(ARTICLE_HTML, url="https://zeitung.example/bruecke")
    assert a.title == "Stadt baut neue Brücke" and a.published == "2023-05-02"
    assert a.url == a.final_url == "https://zeitung.example/bruecke"
    assert "12 Millionen Euro" in a.text


def test_saved_html_page_without_url_or_date():
    a = article_from_html(NODATE_HTML)
    assert a.published is None and a.url == "" and a.outlet == "Beispielzeitung"
    b = article_from_html(ENGLISH_HTML)
    assert b.outlet is None and b.lang == "en"


@pytest.mark.parametrize("html", ["", "   ", "<html><head><script>var x = 1;</script></head><body></body></html>"])
def test_saved_page_without_text(html):
    with pytest.raises(FetchError, match="no article text"):
        article_from_html(html)
