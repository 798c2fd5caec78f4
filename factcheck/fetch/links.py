"""Checking evidence links: status, final URL, title, content type; a dead or changed link is flagged.

Flags:
  ok       the link answered 2xx (a redirect to an equivalent address, e.g. http -> https, is fine)
  dead     the page is not there: 404 Not Found, 410 Gone, the host does not exist, or it refused
           the connection
  changed  the link now leads somewhere else: another site, or the site's front page (a typical
           "soft 404"); against an earlier check (flag_against), also a new final URL or title
  error    the check could not be completed or the answer proves nothing about the page: other
           error statuses (403 from bot walls and paywalls, 429 rate limits, 5xx server trouble),
           timeout, TLS, refused private address, redirect loop, malformed URL, broken response

Many links are checked concurrently over one pooled client, at most settings.concurrency at
a time; `progress(done, total, check)` is called after each one so a UI can show it.
"""
from __future__ import annotations

import asyncio
import html as htmllib
import re
from typing import Callable, Iterable
from urllib.parse import urlsplit

from ..model import now_iso
from ..textsafe import clean_line
from . import FetchError, LinkCheck
from .client import HttpResult, SafeClient, decode_body, run_sync

TITLE_BYTES = 256 * 1024  # enough of a page to find its <title>; the rest is not read
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_OG_TITLE = re.compile(r"""<meta[^>]+property\s*=\s*["']og:title["'][^>]*content\s*=\s*["']([^"']*)""", re.I)
DEAD_KINDS = ("dns", "refused")
DEAD_STATUSES = (404, 410)

Progress = Callable[[int, int, LinkCheck], None]


def page_title(text: str) -> str | None:
    m = _TITLE.search(text) or _OG_TITLE.search(text)
    if not m:
        return None
    title = clean_line(htmllib.unescape(m.group(1)))
    return title[:300] or None


def _norm(url: str) -> tuple[str, str, str]:
    p = urlsplit(url)
    host = (p.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    port = p.port if p.port not in (None, 80, 443) else None
    return f"{host}:{port}" if port else host, p.path.rstrip("/") or "/", p.query


def is_moved(url: str, final_url: str | None) -> bool:
    """Does final_url lead somewhere else than url? http->https, www., a trailing slash and a
    changed path on the same site (slug redirects) are not moves; another host or the front page is."""
    if not final_url:
        return False
    (h1, p1, _), (h2, p2, _) = _norm(url), _norm(final_url)
    if h1 != h2:
        return True
    return p2 == "/" and p1 != "/"


def _field(previous, name: str):
    """A field of an earlier check: an Evidence, a dict, or None (no earlier check)."""
    if isinstance(previous, dict):
        return previous.get(name)
    return getattr(previous, name, None)


def flag_against(previous, check: LinkCheck) -> str:
    """The flag of `check`, also comparing with an earlier check of the same link (an Evidence or
    dict with final_url): a link that now ends at another address than last time has changed.
    Titles are not compared: headlines get edited, and an evidence title may be the user's own."""
    if check.flag != "ok" or previous is None:
        return check.flag
    old_final = _field(previous, "final_url")
    if old_final and check.final_url and _norm(old_final)[:2] != _norm(check.final_url)[:2]:
        return "changed"
    return check.flag


def evidence_update(check: LinkCheck, previous=None) -> dict:
    """The Evidence fields to store for a check (Workspace.update_evidence(claim, url, **fields)).
    A failed check keeps what the last good one learned (final URL, content type); a title is
    only filled in when the evidence has none (it may be the user's or a fact-check's)."""
    fields = dict(status=check.status, checked_at=check.checked_at, error=check.error,
                  flag=flag_against(previous, check))
    if check.status is not None:
        fields.update(final_url=check.final_url, content_type=check.content_type)
        if check.title and not _field(previous, "title"):
            fields["title"] = check.title
    return fields


def _from_result(r: HttpResult, checked_at: str) -> LinkCheck:
    check = LinkCheck(url=r.url, status=r.status, final_url=r.final_url, content_type=r.content_type,
                      checked_at=checked_at)
    if r.is_html and r.body:
        check.title = page_title(decode_body(r.body, r.charset, strict=False))
    if r.status >= 400:
        check.flag = "dead" if r.status in DEAD_STATUSES else "error"
        check.error = f"HTTP {r.status} {r.reason}".rstrip()
    elif 300 <= r.status < 400:
        check.flag = "error"
        check.error = f"HTTP {r.status} without a usable redirect"
    elif is_moved(r.url, r.final_url):
        check.flag = "changed"
    return check


async def acheck_link(url: str, settings=None, *, client: SafeClient | None = None) -> LinkCheck:
    """Check one link. Never raises for a network failure: the LinkCheck says what happened."""
    if client is None:
        async with SafeClient(settings) as c:
            return await acheck_link(url, client=c)
    checked_at = now_iso()
    try:
        result = await client.get(url, max_bytes=TITLE_BYTES, truncate=True, body_if=lambda r: r.is_html)
    except FetchError as e:
        flag = "dead" if e.kind in DEAD_KINDS else "error"
        return LinkCheck(url=url, checked_at=checked_at, error=clean_line(str(e)), flag=flag)
    except Exception as e:  # noqa: BLE001 - one odd link must not sink a check of two hundred
        return LinkCheck(url=url, checked_at=checked_at, flag="error",
                         error=clean_line(f"{url}: unexpected failure ({type(e).__name__}: {e})")[:300])
    result.url = url
    return _from_result(result, checked_at)


async def acheck_links(urls: Iterable[str], settings=None, progress: Progress | None = None, *,
                       client: SafeClient | None = None) -> list[LinkCheck]:
    """Check many links concurrently; results in the order of `urls` (a repeated URL is checked once)."""
    urls = list(urls)
    if client is None:
        async with SafeClient(settings) as c:
            return await acheck_links(urls, progress=progress, client=c)
    unique = list(dict.fromkeys(urls))
    limit = asyncio.Semaphore(max(1, int(client.settings.concurrency)))
    results: dict[str, LinkCheck] = {}
    done = 0

    async def one(u: str) -> None:
        nonlocal done
        async with limit:
            check = await acheck_link(u, client=client)
        results[u] = check
        done += 1
        if progress is not None:
            progress(done, len(unique), check)

    await asyncio.gather(*(one(u) for u in unique))
    return [results[u] for u in urls]


def check_link(url: str, settings=None) -> LinkCheck:
    return run_sync(acheck_link(url, settings))


def check_links(urls: Iterable[str], settings=None, progress: Progress | None = None) -> list[LinkCheck]:
    return run_sync(acheck_links(urls, settings, progress))
