"""Evidence link checks: status, final URL, title, content type, flags, concurrency, progress."""
from __future__ import annotations

import asyncio
import socket

import pytest

from factcheck.config import Settings
from factcheck.fetch import LinkCheck, acheck_links, addresses, check_link, check_links
from factcheck.fetch.links import evidence_update, flag_against, is_moved, page_title
from factcheck.model import Evidence
from factcheck.textsafe import has_controls

from .httpserver import local_server, tls_server  # noqa: F401 (fixtures)


def settings(**kw) -> Settings:
    return Settings(**{"allow_private_hosts": True, "request_deadline": 2.0, **kw})


def test_live_link(local_server):
    c = check_link(local_server.url("/article"), settings())
    assert c.flag == "ok" and c.error is None
    assert c.status == 200 and c.content_type == "text/html"
    assert c.title == "Stadt baut neue Brücke | Beispielzeitung"
    assert c.final_url == local_server.url("/article")
    assert c.checked_at.endswith("+00:00")


def test_pdf_evidence_is_fine_without_a_title(local_server):
    c = check_link(local_server.url("/pdf"), settings())
    assert c.flag == "ok" and c.content_type == "application/pdf" and c.title is None


@pytest.mark.parametrize("code,flag", [(404, "dead"), (410, "dead"), (403, "error"), (429, "error"), (500, "error")])
def test_error_statuses(local_server, code, flag):
    # only "not found" and "gone" prove a page dead; a bot wall (403) or a server in trouble does not
    c = check_link(local_server.url(f"/status/{code}"), settings())
    assert c.flag == flag and c.status == code and c.error.startswith(f"HTTP {code}")


def test_redirect_to_front_page_is_changed(local_server):
    c = check_link(local_server.url("/to-home"), settings())
    assert c.flag == "changed" and c.final_url == local_server.url("/") and c.status == 200


def test_redirect_to_another_host_is_changed(local_server):
    c = check_link(local_server.url(f"/redirect?to=http://localhost:{local_server.port}/article"), settings())
    assert c.flag == "changed"


def test_redirect_within_the_site_is_ok(local_server):
    c = check_link(local_server.url("/chain/2"), settings())
    assert c.flag == "ok" and c.final_url == local_server.url("/article")


def test_connection_refused_is_dead():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    c = check_link(f"http://127.0.0.1:{port}/x", settings())
    assert c.flag == "dead" and c.error.endswith("connection refused") and c.status is None


@pytest.mark.parametrize(
    "path,words",
    [("/loop/a", "redirect loop"), ("/trickle?every=0.3", "timed out"), ("/to-https", "TLS error")],
)
def test_failed_checks_are_errors_with_a_message(local_server, path, words):
    c = check_link(local_server.url(path), settings(request_deadline=1.0))
    assert c.flag == "error" and words in c.error and "\n" not in c.error


def test_untrusted_certificate_is_an_error(tls_server):
    c = check_link(tls_server.url("/article"), settings())
    assert c.flag == "error" and "TLS error" in c.error and "certificate verify failed" in c.error


def test_private_link_refused_without_permission(local_server):
    c = check_link(local_server.url("/article"), Settings(request_deadline=2.0))
    assert c.flag == "error" and "loopback address" in c.error


def test_malformed_link_never_raises():
    c = check_link("not a url", settings())
    assert c.flag == "error" and "malformed URL" in c.error and c.url == "not a url"


def test_huge_and_bomb_pages_are_read_only_as_far_as_the_title(local_server):
    big, bomb = check_links([local_server.url("/big-chunked"), local_server.url("/gzip-bomb")], settings(max_body_bytes=100_000))
    assert big.flag == "ok" and big.title == "Big"
    assert bomb.flag == "ok" and bomb.title is None


def test_titles_are_cleaned(local_server):
    c = check_link(local_server.url("/escape"), settings())
    assert not has_controls(c.title) and "pwned" not in c.title
    assert c.title == "Brücke eröffnet"


def test_many_links_in_order_with_progress_and_a_concurrency_limit(local_server):
    urls = [local_server.url(f"/concurrency?n={i}") for i in range(8)]
    urls += [local_server.url("/status/404"), urls[0]]  # a repeated URL is checked once
    seen: list[tuple[int, int]] = []
    local_server.httpd.max_in_flight = 0
    results = asyncio.run(acheck_links(urls, settings(concurrency=3), progress=lambda d, t, c: seen.append((d, t))))
    assert [r.url for r in results] == urls
    assert [r.flag for r in results] == ["ok"] * 8 + ["dead", "ok"]
    assert seen == [(i, 9) for i in range(1, 10)]
    assert 2 <= local_server.httpd.max_in_flight <= 3  # concurrent, but never more than 3


def test_one_failure_does_not_stop_the_others(local_server):
    results = check_links(["ftp://x/", local_server.url("/article"), local_server.url("/loop/a")], settings())
    assert [r.flag for r in results] == ["error", "ok", "error"]


# --- pure helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a,b,moved",
    [
        ("http://example.org/a", "https://example.org/a", False),
        ("https://example.org/a", "https://www.example.org/a/", False),
        ("https://example.org/a/123", "https://example.org/a/123-slug", False),
        ("https://example.org/a", "https://example.org/", True),
        ("https://example.org/a", "https://other.example/a", True),
        ("https://example.org/", "https://example.org/", False),
    ],
)
def test_is_moved(a, b, moved):
    assert is_moved(a, b) is moved


def test_flag_against_an_earlier_check():
    now = LinkCheck(url="https://e.org/a", status=200, final_url="https://e.org/b", title="New", flag="ok")
    assert flag_against(None, now) == "ok"
    assert flag_against(Evidence(url="https://e.org/a"), now) == "ok"  # never checked before
    assert flag_against(Evidence(url="https://e.org/a", final_url="https://e.org/a"), now) == "changed"
    assert flag_against({"final_url": "http://www.e.org/b/", "title": "Old"}, now) == "ok"
    dead = LinkCheck(url="https://e.org/a", status=404, flag="dead")
    assert flag_against({"final_url": "https://e.org/a"}, dead) == "dead"


def test_evidence_update_keeps_what_a_failed_check_cannot_know():
    ok = LinkCheck(url="u", status=200, final_url="https://e.org/a", title="Page", content_type="text/html",
                   checked_at="t1", flag="ok")
    assert evidence_update(ok, Evidence(url="u")) == dict(
        status=200, checked_at="t1", error=None, flag="ok", final_url="https://e.org/a",
        content_type="text/html", title="Page")
    assert "title" not in evidence_update(ok, Evidence(url="u", title="Faktenfinder: falsch"))
    failed = LinkCheck(url="u", checked_at="t2", error="u: timed out after 2 s", flag="error")
    assert evidence_update(failed, Evidence(url="u", final_url="x")) == dict(
        status=None, checked_at="t2", error="u: timed out after 2 s", flag="error")


def test_page_title():
    assert page_title("<html><head><TITLE lang=de>A &amp; B\n  C</TITLE>") == "A & B C"
    assert page_title('<meta property="og:title" content="OG">') == "OG"
    assert page_title("<p>none</p>") is None


ODD_URLS = [
    "http://[::1]:0/", "http://%zz/", "http://a..b/", "http://" + "a" * 300 + ".example/",
    "http://\u202eevil.example/", "https://exa\u00admple.org/", "http://example.org/%00",
    "http://-/", "http://[::ffff:169.254.169.254]/", "http://0/", "https://:443/", "http:///x",
    "http://ex ample.org", "\x1b[2Jhttp://example.org", "h" * 5000,
]


@pytest.mark.parametrize("url", ODD_URLS)
def test_odd_links_never_raise(url, monkeypatch):
    async def no_dns(host, port):  # nothing here may reach a real resolver
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(addresses, "_getaddrinfo", no_dns)
    c = check_link(url, Settings(request_deadline=1.0))
    assert c.flag in ("error", "dead") and c.error
    assert "\n" not in c.error and not has_controls(c.error)
