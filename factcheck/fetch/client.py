"""The one safe way factcheck speaks HTTP: an async httpx client with guard rails.

- only http and https; every redirect hop is validated and followed by hand (with a limit
  and loop detection), so the address check below runs on every hop;
- host names are resolved by us and every address is checked before a connection is made
  (GuardedBackend sits under httpx's connection pool, where the connection really happens);
- a total deadline per request (asyncio.timeout around the whole exchange, body included):
  httpx's timeouts are per phase, so a server trickling a byte every 0.5 s never trips them;
- a cap on bytes that also bounds decompression: the raw body is read with aiter_raw() and
  inflated here with zlib's max_length, so a 200 KB gzip bomb cannot become 200 MB in memory;
- retries for transient failures only (a dropped connection, 502/503/504, 429), within the deadline;
- a clear User-Agent; no proxies from the environment (a proxy would resolve names for us).

Every failure is a FetchError with a one-line message that names the URL.
"""
from __future__ import annotations

import asyncio
import codecs
import re
import ssl
import sys
import zlib
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin

import httpcore
import httpx

try:
    import sniffio  # noqa: F401
except ImportError:
    # httpcore tries `import sniffio` on every request; without the package each try is a full,
    # uncached search of sys.path (a third of the time of a link check). None makes it fail fast.
    sys.modules.setdefault("sniffio", None)

from ..textsafe import clean_line, short
from . import FetchError
from .addresses import AddressGuard, BlockedAddress, DNSFailure

REDIRECT_STATUSES = (301, 302, 303, 307, 308)
TRANSIENT_STATUSES = (429, 502, 503, 504)
RETRY_DELAYS = (0.25, 0.75)  # seconds before the 1st and 2nd retry
MAX_RETRY_AFTER = 2.0  # a Retry-After longer than this is not waited for
HTML_TYPES = ("text/html", "application/xhtml+xml")


def validate_url(url: str) -> str:
    """The URL normalized, or FetchError for a malformed or non-http(s) URL."""
    if not isinstance(url, str) or not url.strip():
        raise FetchError("no URL given", "url")
    raw = url.strip()
    if re.search(r"[\x00-\x20\x7f-\x9f]", raw):
        raise FetchError(f"malformed URL {short(raw)!r}: it contains spaces or control characters", "url")
    if "://" not in raw:
        raise FetchError(f"malformed URL {short(raw)!r}: it must start with http:// or https://", "url")
    try:
        u = httpx.URL(raw)
    except (httpx.InvalidURL, ValueError, TypeError) as e:
        raise FetchError(f"malformed URL {short(raw)!r} ({clean_line(str(e))})", "url") from None
    if u.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {u.scheme!r} in {short(raw)}: only http and https are fetched", "url")
    if not u.host:
        raise FetchError(f"malformed URL {short(raw)!r}: no host", "url")
    if u.port is not None and not 0 < u.port < 65536:
        raise FetchError(f"malformed URL {short(raw)!r}: port {u.port} is out of range", "url")
    return str(u)


def url_port(u: httpx.URL) -> int:
    return u.port or (443 if u.scheme == "https" else 80)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend with the address check at the moment of connecting:
    the host is resolved by the guard and the TCP connection goes to a checked address.
    TLS still verifies the certificate against the host name (httpcore passes it as SNI)."""

    def __init__(self, guard: AddressGuard):
        self.guard = guard
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addrs = await self.guard.resolve(host, port)
        last: Exception | None = None
        for addr in addrs:
            try:
                return await self._inner.connect_tcp(
                    addr, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last = e
        assert last is not None
        raise last

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        raise httpcore.ConnectError("unix sockets are not used")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, guard: AddressGuard, limits: httpx.Limits):
        super().__init__(limits=limits, trust_env=False)
        # httpx builds its pool without a way to pass a network backend; rebuild it with ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(guard),
        )


@dataclass
class HttpResult:
    url: str  # as asked for
    final_url: str
    status: int
    reason: str = ""
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    content_type: str | None = None  # the MIME type, lower case, no parameters
    charset: str | None = None
    body: bytes = b""
    truncated: bool = False  # the body was cut at the cap (only when the caller allowed it)
    redirects: list[str] = field(default_factory=list)

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES


def _jar_state(jar: httpx.Cookies) -> tuple:
    return tuple(sorted((c.domain, c.path, c.name, c.value or "") for c in jar.jar))


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    if m:
        charset = m.group(1).lower()
    return (mime.strip().lower() or None), charset


class _Inflater:
    """Incremental Content-Encoding decoding whose output is bounded by the caller."""

    def __init__(self, encoding: str):
        enc = encoding.strip().lower()
        self.encoding = enc
        self._obj = None
        if enc in ("", "identity"):
            self._kind = "identity"
        elif enc in ("gzip", "x-gzip"):
            self._kind = "zlib"
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._kind = "deflate"  # zlib-wrapped or raw: decided on the first bytes
        else:
            raise FetchError(f"unsupported content encoding {clean_line(encoding)!r}", "content")

    def feed(self, data: bytes, max_out: int) -> bytes:
        """Decode `data`, returning at most max_out bytes (more input than that is left undecoded:
        the caller asks for cap + 1 and so learns the body is over the cap without inflating it)."""
        if self._kind == "identity":
            return data[:max_out]
        if self._obj is None:
            zlib_header = len(data) >= 2 and (data[0] & 0x0F) == 8 and (data[0] * 256 + data[1]) % 31 == 0
            self._obj = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        if self._obj.eof:
            return b""
        return self._obj.decompress(data, max(1, max_out))


def _ssl_reason(text: str) -> str | None:
    low = text.lower()
    if "certificate" in low or "ssl" in low or "tls" in low or "handshake" in low:
        m = re.search(r"\[SSL: ([A-Z_]+)\][^(]*", text)
        detail = m.group(0).strip() if m else clean_line(text)[:120]
        return f"TLS error ({detail})"
    return None


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(kind, short reason) for an httpx / network exception; the reason leaves out the URL."""
    msg = clean_line(str(exc))[:160]
    if isinstance(exc, httpx.ConnectTimeout):
        return "timeout", "connection timed out"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout", "timed out"
    if isinstance(exc, httpx.ConnectError):
        tls = _ssl_reason(msg)
        if tls:
            return "tls", tls
        if _refused(msg):
            return "refused", "connection refused"
        return "error", f"could not connect ({msg or type(exc).__name__})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "error", f"the server sent an invalid response or closed the connection ({msg or 'no details'})"
    if isinstance(exc, httpx.ReadError):
        return "error", f"connection lost while reading ({msg or 'reset'})"
    if isinstance(exc, ssl.SSLError):
        return "tls", _ssl_reason(msg) or f"TLS error ({msg})"
    if isinstance(exc, httpx.HTTPError):
        return "error", (f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__)
    return "error", msg or type(exc).__name__


def _refused(msg: str) -> bool:
    m = msg.lower()
    return "refused" in m or "errno 111" in m or "all connection attempts failed" in m


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, (BlockedAddress, DNSFailure)):
        return False
    if isinstance(exc, httpx.ConnectError):
        return not (_ssl_reason(str(exc)) or _refused(str(exc)))
    return isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError, httpx.ConnectTimeout))


class _TooLarge(Exception):
    pass


class SafeClient:
    """One pooled async client for many requests. Use as `async with SafeClient(settings) as c:`.

    `trusted` lists (host, port) pairs that skip the address check exactly as spelled (tests use
    it for their 127.0.0.1 server so they can check that other spellings of it are refused)."""

    def __init__(self, settings=None, *, trusted: set[tuple[str, int]] | None = None):
        if settings is None:
            from ..config import load_settings

            settings = load_settings()
        self.settings = settings
        self.guard = AddressGuard(settings.allow_private_hosts, trusted)
        n = max(1, int(settings.concurrency))
        self._transport = GuardedTransport(self.guard, httpx.Limits(max_connections=n * 2, max_keepalive_connections=n))
        self._client = httpx.AsyncClient(
            transport=self._transport,
            headers={
                "User-Agent": settings.user_agent,
                # only what _Inflater can bound: no brotli/zstd
                "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            },
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(float(settings.request_deadline)),
        )

    async def __aenter__(self) -> "SafeClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        max_bytes: int | None = None,
        truncate: bool = False,
        body_if: Callable[[HttpResult], bool] | None = None,
        params: dict | None = None,
        follow_redirects: bool = True,
        label: str | None = None,
    ) -> HttpResult:
        """GET `url` following redirects. The body is read (up to max_bytes, default the settings'
        cap) when body_if(result) is true (default: always). Over the cap: FetchError, or with
        truncate=True the first max_bytes bytes and result.truncated. `label` replaces the URL in
        messages (for URLs that carry an API key)."""
        url = validate_url(url)
        shown = label or short(url)
        deadline = float(self.settings.request_deadline)
        cap = int(max_bytes if max_bytes is not None else self.settings.max_body_bytes)
        try:
            async with asyncio.timeout(deadline):
                return await self._follow(url, cap, truncate, body_if, params, follow_redirects, shown)
        except TimeoutError:
            raise FetchError(f"{shown}: timed out after {deadline:g} s", "timeout") from None

    async def _follow(self, url, cap, truncate, body_if, params, follow_redirects, shown) -> HttpResult:
        current = url
        # Cookies live for one request's redirect chain only: consent and paywall gates set one
        # and redirect back to the same URL, which is a loop only if the cookies did not change.
        jar = httpx.Cookies()
        seen = {(url, _jar_state(jar))}
        hops: list[str] = []
        max_redirects = int(self.settings.max_redirects)
        while True:
            where = f" (after redirect to {short(current)})" if hops else ""
            u = httpx.URL(current)
            try:
                self.guard.check_literal(u.host, url_port(u))
                result = await self._with_retries(current, cap, truncate, body_if, params if not hops else None, jar)
            except _TooLarge:
                raise FetchError(f"{shown}: the response is larger than {cap:,} bytes{where}", "too-large") from None
            except FetchError as e:
                raise FetchError(f"{shown}: {e}{where}", e.kind) from None
            except (httpx.HTTPError, httpx.InvalidURL, ssl.SSLError, OSError) as e:
                kind, reason = describe_error(e)
                raise FetchError(f"{shown}: {reason}{where}", kind) from None
            location = result.headers.get("location")
            if not (follow_redirects and result.status in REDIRECT_STATUSES and location):
                result.url = url
                result.redirects = hops
                return result
            if len(hops) >= max_redirects:
                raise FetchError(f"{shown}: too many redirects (more than {max_redirects})", "redirect")
            try:
                nxt = validate_url(urljoin(current, location.strip()))
            except FetchError as e:
                raise FetchError(f"{shown}: bad redirect: {e}", "redirect") from None
            state = (nxt, _jar_state(jar))
            if state in seen:
                raise FetchError(f"{shown}: redirect loop ({short(nxt)} again)", "redirect")
            seen.add(state)
            hops.append(nxt)
            current = nxt

    async def _with_retries(self, url, cap, truncate, body_if, params, jar) -> HttpResult:
        attempt = 0
        while True:
            try:
                result = await self._once(url, cap, truncate, body_if, params, jar)
            except Exception as e:  # noqa: BLE001 - classified right below
                if attempt < len(RETRY_DELAYS) and _is_transient(e):
                    await asyncio.sleep(RETRY_DELAYS[attempt])
                    attempt += 1
                    continue
                raise
            if result.status in TRANSIENT_STATUSES and attempt < len(RETRY_DELAYS):
                delay = RETRY_DELAYS[attempt]
                ra = result.headers.get("retry-after", "").strip()
                if ra.isdigit():
                    if int(ra) > MAX_RETRY_AFTER:
                        return result
                    delay = max(delay, float(ra))
                await asyncio.sleep(delay)
                attempt += 1
                continue
            return result

    async def _once(self, url, cap, truncate, body_if, params, jar) -> HttpResult:
        request = self._client.build_request("GET", url, params=params, cookies=jar)
        # Straight to the transport: httpx's send() would parse a Location header itself
        # (and fail on a bad one) even with redirects off; we follow redirects by hand anyway.
        response = await self._transport.handle_async_request(request)
        response.request = request
        jar.extract_cookies(response)
        try:
            mime, charset = parse_content_type(response.headers.get("content-type"))
            result = HttpResult(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                reason=clean_line(response.reason_phrase),
                headers=response.headers,
                content_type=mime,
                charset=charset,
            )
            if response.status_code in REDIRECT_STATUSES and response.headers.get("location"):
                return result
            if body_if is None or body_if(result):
                result.body, result.truncated = await self._read_body(response, cap, truncate)
            return result
        finally:
            await response.aclose()

    async def _read_body(self, response: httpx.Response, cap: int, truncate: bool) -> tuple[bytes, bool]:
        inflater = _Inflater(response.headers.get("content-encoding", ""))
        declared = response.headers.get("content-length", "")
        if not truncate and declared.isdigit() and inflater.encoding in ("", "identity") and int(declared) > cap:
            raise _TooLarge()
        out = bytearray()
        raw_seen = 0
        try:
            async for chunk in response.aiter_raw(65536):
                raw_seen += len(chunk)
                room = cap - len(out)
                piece = inflater.feed(chunk, room + 1)
                if len(piece) > room or raw_seen > cap:
                    if truncate:
                        out += piece[:room]
                        return bytes(out), True
                    raise _TooLarge()
                out += piece
        except zlib.error:
            raise FetchError(f"the server sent a corrupt {inflater.encoding} body", "content") from None
        return bytes(out), False


# --- turning bytes into text ------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# WHATWG: pages labelled latin-1 or ascii are decoded as windows-1252
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def looks_binary(body: bytes) -> bool:
    head = body[:2048]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def sniff_charset(body: bytes, declared: str | None) -> str:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for name in (declared, _meta_charset(body)):
        if name:
            name = _CHARSET_ALIASES.get(name.lower(), name.lower())
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return "utf-8"


def _meta_charset(body: bytes) -> str | None:
    m = _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_body(body: bytes, declared: str | None, *, strict: bool = True, where: str = "the page") -> str:
    """Bytes to text in the page's charset. With strict, a text that is more than a trace
    undecodable (a page that lies about its charset, or binary data) is a FetchError."""
    charset = sniff_charset(body, declared)
    text = body.decode(charset, errors="replace")
    if strict and text:
        bad = text.count("\ufffd") - body.decode(charset, errors="ignore").count("\ufffd")
        if bad > max(8, len(text) // 100):
            raise FetchError(f"{where} is not valid {charset} text ({bad} undecodable bytes)", "content")
    return text


def run_sync(coro):
    """Run a coroutine from synchronous code (CLI, a worker thread): one event loop per call."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    coro.close()
    raise RuntimeError("called the synchronous fetch API inside an event loop: use the async form (a...)")
