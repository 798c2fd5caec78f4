"""The safe HTTP client against a real local server: address checks on every hop, the total
deadline, the byte cap through decompression, retries, redirects and the failure messages."""
from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
import tracemalloc

import pytest

from factcheck.config import Settings, load_settings
from factcheck.fetch import FetchError, validate_url
from factcheck.fetch import addresses
from factcheck.fetch.addresses import parse_ip_literal, parse_ipv4_loose, why_not_public
from factcheck.fetch.client import SafeClient, decode_body

from .httpserver import BOMB_SIZE, local_server, tls_server  # noqa: F401 (fixtures)


def settings(**kw) -> Settings:
    base = dict(allow_private_hosts=True, request_deadline=2.0)
    base.update(kw)
    return Settings(**base)


def get(url, s=None, trusted=None, **kw):
    async def go():
        async with SafeClient(s or settings(), trusted=trusted) as c:
            return await c.get(url, **kw)

    return asyncio.run(go())


def fails(url, s=None, trusted=None, **kw) -> FetchError:
    with pytest.raises(FetchError) as ei:
        get(url, s, trusted, **kw)
    msg = str(ei.value)
    assert "\n" not in msg and "Traceback" not in msg
    return ei.value


# --- addresses ------------------------------------------------------------------------------

LOOPBACK = ipaddress.IPv4Address("127.0.0.1")


@pytest.mark.parametrize("host", ["2130706433", "0x7f.1", "0x7f000001", "017700000001", "127.1", "0177.0.0.1", "127.0.0.1"])
def test_every_spelling_of_ipv4_loopback_is_read_as_an_address(host):
    assert parse_ipv4_loose(host) == LOOPBACK
    assert parse_ip_literal(host) == LOOPBACK


@pytest.mark.parametrize("host", ["example.org", "1.2.3.4.5", "256.1.1.1", "08.1.1.1", "1.2.3.example", "1.0xg", "-1.2.3.4", ""])
def test_names_and_impossible_numbers_are_not_addresses(host):
    assert parse_ipv4_loose(host) is None


@pytest.mark.parametrize(
    "addr,reason",
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("224.0.0.1", "multicast"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:192.168.0.1", "private"),
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 around 10.0.0.1
        ("::127.0.0.1", "loopback"),  # IPv4-compatible
    ],
)
def test_non_public_addresses_are_named(addr, reason):
    assert why_not_public(ipaddress.ip_address(addr)) == reason


@pytest.mark.parametrize("addr", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(addr):
    assert why_not_public(ipaddress.ip_address(addr)) is None


# --- URL validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,words",
    [
        ("ftp://example.org/x", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "http:// or https://"),
        ("example.org/page", "http:// or https://"),
        ("http://", "no host"),
        ("http://exa mple.org/", "spaces or control"),
        ("http://example.org/\x1b[2J", "spaces or control"),
        ("http://[::1/", "malformed URL"),
        ("http://example.org:99999/", "out of range"),
        ("", "no URL"),
    ],
)
def test_malformed_urls_are_refused_with_a_reason(url, words):
    with pytest.raises(FetchError) as ei:
        validate_url(url)
    assert words in str(ei.value)
    assert ei.value.kind == "url"
    assert "\x1b" not in str(ei.value)


def test_good_urls_are_normalized():
    assert validate_url("  HTTPS://Example.ORG/a?b=1 ") == "https://example.org/a?b=1"


# --- private hosts --------------------------------------------------------------------------


def test_loopback_refused_without_permission_and_no_request_is_made(local_server):
    before = local_server.hits.get("/private-probe", 0)
    err = fails(local_server.url("/private-probe"), settings(allow_private_hosts=False))
    assert err.kind == "blocked"
    assert "loopback" in str(err) and "FACTCHECK_ALLOW_PRIVATE_HOSTS" in str(err)
    assert local_server.hits.get("/private-probe", 0) == before


def test_environment_allows_private_hosts(local_server, monkeypatch):
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    s = load_settings()
    s.request_deadline = 2.0
    assert get(local_server.url("/article"), s).status == 200


@pytest.mark.parametrize(
    "spelling",
    ["2130706433", "0x7f.1", "017700000001", "127.1", "[::ffff:127.0.0.1]", "localhost", "[::1]"],
)
def test_redirect_to_any_spelling_of_a_private_address_is_refused(local_server, spelling):
    """The article host itself is trusted here (as written); the redirect's host is not."""
    trusted = {("127.0.0.1", local_server.port)}
    path = f"/secret-{abs(hash(spelling))}"
    target = f"http://{spelling}:{local_server.port}{path}"
    err = fails(local_server.url(f"/redirect?to={target}"), settings(allow_private_hosts=False), trusted)
    assert err.kind == "blocked"
    assert "after redirect to" in str(err)
    assert local_server.hits.get(path) is None  # the private address was never contacted


def test_redirect_to_integer_address_works_when_private_hosts_are_allowed(local_server):
    target = f"http://2130706433:{local_server.port}/article"
    r = get(local_server.url(f"/redirect?to={target}"))
    assert r.status == 200
    assert r.final_url == target
    assert r.redirects == [target]


def test_every_resolved_address_is_checked(local_server, monkeypatch):
    """A name with one public and one private address is refused (no DNS: a stand-in resolver)."""

    async def fake(host, port):
        if host == "mixed.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                    (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.0.1", port))]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(addresses, "_getaddrinfo", fake)
    err = fails("http://mixed.test/", settings(allow_private_hosts=False))
    assert err.kind == "blocked" and "192.168.0.1" in str(err)
    err = fails("http://missing.test/page", settings(allow_private_hosts=False))
    assert err.kind == "dns" and "host not found: missing.test" in str(err)


# --- deadline -------------------------------------------------------------------------------


def test_trickling_server_is_cut_off_by_the_total_deadline(local_server):
    # one byte every 0.3 s: no single read waits long enough to trip a per-phase timeout
    t = time.monotonic()
    err = fails(local_server.url("/trickle?every=0.3"), settings(request_deadline=1.0))
    elapsed = time.monotonic() - t
    assert err.kind == "timeout" and "timed out after 1 s" in str(err)
    assert elapsed < 2.5


def test_slow_headers_time_out(local_server):
    t = time.monotonic()
    err = fails(local_server.url("/slow-headers?s=3"), settings(request_deadline=1.0))
    assert err.kind == "timeout"
    assert time.monotonic() - t < 2.5


# --- size cap and decompression -------------------------------------------------------------


def test_gzip_bomb_is_stopped_at_the_cap_without_inflating_it(local_server):
    cap = 1_000_000
    tracemalloc.start()
    try:
        err = fails(local_server.url("/gzip-bomb"), settings(max_body_bytes=cap))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.kind == "too-large" and "larger than 1,000,000 bytes" in str(err)
    assert peak < BOMB_SIZE / 4  # the 20 MB never existed in memory


def test_gzip_bomb_truncated_for_link_checks(local_server):
    r = get(local_server.url("/gzip-bomb"), max_bytes=50_000, truncate=True)
    assert r.truncated and len(r.body) == 50_000


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_huge_body_is_refused(local_server, path):
    err = fails(local_server.url(path), settings(max_body_bytes=500_000))
    assert err.kind == "too-large"


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_compressed_bodies_are_decoded(local_server, path):
    r = get(local_server.url(path))
    assert r.body.startswith(b"<!DOCTYPE html>") and "Brücke".encode() in r.body


def test_corrupt_and_unsupported_encodings_fail_clearly(local_server):
    assert "corrupt gzip" in str(fails(local_server.url("/corrupt-gzip")))
    assert "unsupported content encoding 'br'" in str(fails(local_server.url("/brotli")))


def test_declared_charset_and_lies_about_it():
    assert decode_body("Brücke „x“".encode("cp1252"), "iso-8859-1") == "Brücke „x“"
    assert decode_body('<meta charset="windows-1252"><p>Brücke'.encode("cp1252"), None).endswith("Brücke")
    with pytest.raises(FetchError, match="not valid utf-8"):
        decode_body(bytes(range(0x80, 0x100)) * 10, "utf-8")


# --- retries --------------------------------------------------------------------------------


def test_transient_503_is_retried(local_server):
    r = get(local_server.url("/flaky?id=client-1"))
    assert r.status == 200
    assert local_server.hits["/flaky"] >= 2


def test_dropped_connection_is_retried(local_server):
    assert get(local_server.url("/drop?id=client-1")).status == 200


@pytest.mark.parametrize("code", [404, 500])
def test_permanent_errors_are_not_retried(local_server, code):
    path = f"/status/{code}"
    before = local_server.hits.get(path, 0)
    assert get(local_server.url(path)).status == code
    assert local_server.hits[path] == before + 1


def test_persistent_503_gives_up_after_two_retries(local_server):
    before = local_server.hits.get("/status/503", 0)
    assert get(local_server.url("/status/503")).status == 503
    assert local_server.hits["/status/503"] == before + 3


def test_refused_connection_is_clear_and_not_retried():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = fails(f"http://127.0.0.1:{port}/")
    assert err.kind == "refused" and str(err).endswith("connection refused")


# --- redirects ------------------------------------------------------------------------------


def test_redirect_chain_within_the_limit(local_server):
    r = get(local_server.url("/chain/3"))
    assert r.status == 200 and r.final_url.endswith("/article") and len(r.redirects) == 3


def test_too_many_redirects(local_server):
    err = fails(local_server.url("/chain/9"), settings(max_redirects=5))
    assert err.kind == "redirect" and "too many redirects (more than 5)" in str(err)


def test_redirect_loop(local_server):
    err = fails(local_server.url("/loop/a"))
    assert err.kind == "redirect" and "redirect loop" in str(err)


def test_cookie_gate_redirecting_to_itself_is_not_a_loop(local_server):
    r = get(local_server.url("/cookie-gate"))
    assert r.status == 200 and r.redirects == [local_server.url("/cookie-gate")]


def test_redirect_to_another_scheme_is_refused(local_server):
    err = fails(local_server.url("/bad-redirect"))
    assert "bad redirect" in str(err) and "javascript" in str(err)


def test_untrusted_certificate_is_refused(tls_server):
    err = fails(tls_server.url("/article"))
    assert err.kind == "tls" and "CERTIFICATE_VERIFY_FAILED" in str(err)
    assert tls_server.hits.get("/article") is None  # no request was sent over the untrusted connection


def test_tls_failure_is_reported(local_server):
    # the redirect goes to https on a plain-HTTP port: the TLS handshake fails
    err = fails(local_server.url("/to-https"))
    assert err.kind == "tls" and "TLS error" in str(err)


# --- headers --------------------------------------------------------------------------------


def test_user_agent_and_accepted_encodings(local_server):
    s = settings(user_agent="factcheck-test-agent/1.0")
    get(local_server.url("/ua-probe"), s)
    headers = [h for p, h in local_server.requests if p == "/ua-probe"][-1]
    lower = {k.lower(): v for k, v in headers.items()}
    assert lower["user-agent"] == "factcheck-test-agent/1.0"
    assert "br" not in lower["accept-encoding"] and "gzip" in lower["accept-encoding"]
