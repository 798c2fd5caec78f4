"""A real HTTP server on 127.0.0.1 for the fetch tests (and bench/links.py).

It serves articles, redirects (chains, loops, to private addresses), slow and trickling
responses, a gzip bomb, binary content, bad encodings, error statuses, flaky endpoints that
fail once, a fake Fact Check Tools API and a fake Wayback 'save' endpoint. Nothing here touches
the internet.

    with LocalServer() as srv:
        srv.url("/article")

Run as a script (`python tests/httpserver.py`) it serves until killed and prints its base URL.
"""
from __future__ import annotations

import gzip
import json
import ssl
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

try:  # the fixtures need pytest; running this file as a server (bench/links.py) does not
    import pytest
except ImportError:  # pragma: no cover
    pytest = None

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stadt baut neue Brücke | Beispielzeitung</title>
<meta name="author" content="Anna Muster">
<meta property="og:site_name" content="Beispielzeitung">
<meta property="article:published_time" content="2023-05-02T10:00:00+02:00">
</head>
<body>
<nav><a href="/">Start</a> | <a href="/politik">Politik</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Stadt baut neue Brücke</h1>
<p>Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke über den Fluss für 12 Millionen Euro
zu bauen. Der Bau soll im Juli beginnen, sagte Bürgermeisterin Maria Beispiel am Abend.</p>
<p>Die alte Brücke war 1962 eröffnet worden und ist seit 2019 für Autos gesperrt. Nach Angaben der
Verwaltung nutzten zuvor täglich rund 20.000 Fahrzeuge die Strecke zwischen Altstadt und Hafen.</p>
<p>Die Opposition kritisierte die Kosten. „Das Geld fehlt an den Schulen“, sagte Fraktionschef
Peter Probe. Die Fertigstellung ist für Ende 2025 geplant.</p>
</article>
<footer>Impressum | Datenschutz</footer>
</body>
</html>
"""

NODATE_HTML = ARTICLE_HTML.replace(
    '<meta property="article:published_time" content="2023-05-02T10:00:00+02:00">\n', ""
).replace("Stadt baut neue Brücke | Beispielzeitung", "Ohne Datum | Beispielzeitung")

ESCAPE_HTML = ARTICLE_HTML.replace(
    "<title>Stadt baut neue Brücke | Beispielzeitung</title>",
    "<title>Brücke\x1b]0;pwned\x07\x1b[2J eröffnet\x07</title>",
).replace("Der Stadtrat hat", "Der \x1b[31mStadtrat\x1b[0m hat")

ENGLISH_HTML = """<html lang="en"><head><title>Council approves bridge - Example Times</title>
<meta name="date" content="2024-03-05"></head><body><article><h1>Council approves bridge</h1>
<p>The city council approved a new bridge on Tuesday at a cost of 12 million dollars, the mayor said.
Construction is due to start in July and end in 2026, according to the city's plan.</p>
<p>The old bridge opened in 1962 and has been closed to cars since 2019, officials said on Monday.</p>
</article></body></html>"""

HOME_HTML = "<html><head><title>Beispielzeitung - Startseite</title></head><body><p>Willkommen</p></body></html>"

FACTCHECK_RESPONSE = {
    "claims": [
        {
            "text": "Die Brücke kostet 12 Millionen Euro",
            "claimant": "Maria Beispiel",
            "claimDate": "2023-05-01T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Faktenfinder", "site": "faktenfinder.example"},
                    "url": "https://faktenfinder.example/bruecke",
                    "title": "Kostet die Brücke 12 Millionen?",
                    "reviewDate": "2023-05-03T00:00:00Z",
                    "textualRating": "Größtenteils richtig",
                    "languageCode": "de",
                },
                {
                    "publisher": {"site": "checker.example"},
                    "url": "https://checker.example/b",
                    "textualRating": "Falsch\x1b[2J",
                },
            ],
        }
    ]
}

BOMB_SIZE = 20_000_000  # inflated bytes; about 20 KB on the wire


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "factcheck-test"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    # -- helpers
    def send(self, status: int, body: bytes = b"", ctype: str | None = "text/html; charset=utf-8",
             headers: dict | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send(status, b"", None, {"Location": location})

    def once(self, key: str) -> bool:
        """True the first time `key` is seen (for endpoints that fail once, then work)."""
        with self.server.lock:
            first = key not in self.server.seen
            self.server.seen.add(key)
            return first

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:  # noqa: C901 - one flat route table is the clearest here
        parts = urlsplit(self.path)
        path, q = parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}
        with self.server.lock:
            self.server.hits[path] = self.server.hits.get(path, 0) + 1
            self.server.requests.append((path, dict(self.headers)))
        s = self.server
        if path == "/":
            return self.send(200, HOME_HTML.encode())
        if path in ("/article", "/a") or path.startswith("/bench/"):
            return self.send(200, ARTICLE_HTML.encode())
        if path == "/nodate":
            return self.send(200, NODATE_HTML.encode())
        if path == "/english":
            return self.send(200, ENGLISH_HTML.encode())
        if path == "/escape":
            return self.send(200, ESCAPE_HTML.encode())
        if path == "/latin1":
            return self.send(200, ARTICLE_HTML.replace('<meta charset="utf-8">', "").encode("cp1252"),
                             "text/html; charset=iso-8859-1")  # labelled latin-1, really cp1252 („“)
        if path == "/plain":
            return self.send(200, "Am 3. Mai 2023 sagte die Ministerin, 40 Prozent seien erreicht.\n".encode(),
                             "text/plain; charset=utf-8")
        if path == "/no-ctype":
            return self.send(200, ARTICLE_HTML.encode(), None)
        if path == "/empty":
            return self.send(200, b"<html><body></body></html>")
        if path == "/gzip":
            return self.send(200, gzip.compress(ARTICLE_HTML.encode()), headers={"Content-Encoding": "gzip"})
        if path == "/deflate":
            c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
            return self.send(200, c.compress(ARTICLE_HTML.encode()) + c.flush(), headers={"Content-Encoding": "deflate"})
        if path == "/gzip-bomb":
            return self.send(200, s.bomb, headers={"Content-Encoding": "gzip"})
        if path == "/corrupt-gzip":
            return self.send(200, b"\x1f\x8b\x08\x00" + b"garbage" * 50, headers={"Content-Encoding": "gzip"})
        if path == "/brotli":
            return self.send(200, b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"})
        if path == "/big":
            return self.send(200, b"<html><body>" + b"x" * 3_000_000 + b"</body></html>")
        if path == "/big-chunked":
            return self.chunked(b"<html><head><title>Big</title></head><body>" + b"y" * 3_000_000)
        if path == "/binary":
            return self.send(200, bytes(range(256)) * 64, "application/octet-stream")
        if path == "/binary-as-html":
            return self.send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
        if path == "/pdf":
            return self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 5000, "application/pdf")
        if path == "/bad-encoding":
            return self.send(200, b"<html><body><p>" + bytes(range(0x80, 0x100)) * 40 + b"</p></body></html>")
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            return self.send(code, f"<html><title>Status {code}</title></html>".encode())
        if path == "/flaky":
            if self.once("flaky:" + q.get("id", "")):
                return self.send(503, b"busy", "text/plain", {"Retry-After": "0"})
            return self.send(200, ARTICLE_HTML.encode())
        if path == "/drop":
            if self.once("drop:" + q.get("id", "")):
                self.close_connection = True
                self.connection.shutdown(2)  # no response at all: a transient failure
                return None
            return self.send(200, ARTICLE_HTML.encode())
        if path == "/redirect":
            return self.redirect(q.get("to", "/article"), int(q.get("status", 302)))
        if path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            return self.redirect(f"/chain/{n - 1}" if n > 1 else "/article", 301)
        if path == "/loop/a":
            return self.redirect("/loop/b")
        if path == "/loop/b":
            return self.redirect("/loop/a")
        if path == "/cookie-gate":  # a consent gate: sets a cookie and sends you back
            if "consent=yes" in (self.headers.get("Cookie") or ""):
                return self.send(200, ARTICLE_HTML.encode())
            return self.send(302, b"", None, {"Location": "/cookie-gate", "Set-Cookie": "consent=yes; Path=/"})
        if path == "/to-home":
            return self.redirect("/", 301)
        if path == "/to-https":
            return self.redirect("https://" + self.headers.get("Host", "127.0.0.1") + "/article", 301)
        if path == "/bad-redirect":
            return self.redirect("javascript:alert(1)")
        if path == "/concurrency":  # counts how many of these are served at once
            with s.lock:
                s.in_flight += 1
                s.max_in_flight = max(s.max_in_flight, s.in_flight)
            try:
                time.sleep(float(q.get("s", 0.15)))
                return self.send(200, ARTICLE_HTML.encode())
            finally:
                with s.lock:
                    s.in_flight -= 1
        if path == "/slow-headers":
            time.sleep(float(q.get("s", 5)))
            return self.send(200, ARTICLE_HTML.encode())
        if path == "/trickle":
            return self.trickle(float(q.get("every", 0.3)))
        if path == "/factchecks":
            if q.get("key") != "test-key":
                body = json.dumps({"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                                             "status": "INVALID_ARGUMENT"}}).encode()
                return self.send(400, body, "application/json")
            s.last_factcheck_query = q
            data = FACTCHECK_RESPONSE if "brücke" in q.get("query", "").lower() else {}
            return self.send(200, json.dumps(data).encode(), "application/json; charset=utf-8")
        if path.startswith("/save/"):
            target = unquote(self.path[len("/save/"):])
            if "ratelimit" in target:
                return self.send(429, b"Too Many Requests", "text/plain")
            if "nolocation" in target:
                return self.send(200, b"<html>saved?</html>")
            return self.redirect(f"/web/20240102030405/{target}")
        return self.send(404, b"<html><title>Not Found</title><body>not here</body></html>")

    def chunked(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for i in range(0, len(body), 65536):
                piece = body[i : i + 65536]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True

    def trickle(self, every: float) -> None:
        """Headers at once, then one byte every `every` seconds: per-phase timeouts never trip."""
        body = ARTICLE_HTML.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.close_connection = True
        try:
            for b in body:
                if self.server.stopping.is_set():
                    return
                self.wfile.write(bytes([b]))
                self.wfile.flush()
                time.sleep(every)
        except OSError:
            return


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # clients that hang up early (the point of several tests) are not errors worth a traceback
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


SELF_SIGNED = Path(__file__).with_name("httpserver_selfsigned.pem")  # CN=localhost, IP 127.0.0.1, test only


class LocalServer:
    """tls=True serves HTTPS with a self-signed certificate no client trusts (for TLS failures)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, tls: bool = False):
        self.httpd = _Server((host, port), _Handler)
        self.scheme = "https" if tls else "http"
        if tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(SELF_SIGNED)
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.daemon_threads = True
        self.httpd.lock = threading.Lock()
        self.httpd.seen = set()
        self.httpd.hits = {}
        self.httpd.requests = []
        self.httpd.stopping = threading.Event()
        self.httpd.last_factcheck_query = None
        self.httpd.in_flight = 0
        self.httpd.max_in_flight = 0
        # a gzip bomb: ~20 MB of spaces inside an HTML page, ~20 KB compressed
        self.httpd.bomb = gzip.compress(b"<html><body>" + b" " * BOMB_SIZE + b"</body></html>", 9)
        self.host = host
        self.port = self.httpd.server_address[1]
        # a short poll interval: shutdown() waits up to one interval
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), name="test-httpd", daemon=True)

    @property
    def base(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def hits(self) -> dict:
        return self.httpd.hits

    @property
    def requests(self) -> list:
        return self.httpd.requests

    def start(self) -> "LocalServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if pytest is not None:

    @pytest.fixture(scope="session")
    def local_server():
        """The test server, started once per session (import this fixture into a test module)."""
        srv = LocalServer().start()
        yield srv
        srv.stop()

    @pytest.fixture(scope="session")
    def tls_server():
        srv = LocalServer(tls=True).start()
        yield srv
        srv.stop()


if __name__ == "__main__":
    srv = LocalServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0).start()
    print(srv.base, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        srv.stop()
