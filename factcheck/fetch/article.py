"""Opening a web page as an article: fetch it safely, then let trafilatura find the main text,
title, author, date and outlet. The same extraction reads a saved .html file (article_from_html).

Dates: trafilatura's date search is run without its "extensive search", which guesses a date
from any year in the text ("seit 2019" became 2019-01-01); a page that states no date in its
metadata or URL gets None, and the caller asks the user (--published, a dialog in the TUI).
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from ..model import now_iso
from ..textsafe import clean_line, clean_text, short
from . import FetchedArticle, FetchError
from .client import HTML_TYPES, SafeClient, decode_body, looks_binary, run_sync

TEXT_TYPES = (*HTML_TYPES, "text/plain")
_HTML_LANG = re.compile(r"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _check_published(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published).strip()).isoformat()
    except ValueError:
        raise FetchError(f"bad publication date {clean_line(str(published))!r}: use YYYY-MM-DD", "url") from None


def article_from_html(html: str, url: str | None = None, *, published: str | None = None,
                      final_url: str | None = None, fetched_at: str | None = None) -> FetchedArticle:
    """The article in an HTML page (no network). FetchError when the page holds no article text."""
    import trafilatura  # slow to import; only needed here

    published = _check_published(published)
    where = short(url) if url else "the page"
    doc = None
    # escape sequences out before parsing: lxml drops a bare ESC but would leave "[31m" behind
    html = clean_text(html or "")
    if html.strip():
        try:
            doc = trafilatura.bare_extraction(
                html,
                url=final_url or url,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params=_DATE_PARAMS,
            )
        except Exception as e:  # noqa: BLE001 - a parser failure on a stranger's page is bad input
            raise FetchError(f"{where}: could not read the page ({clean_line(str(e))[:100]})", "content") from None
    text = clean_text(getattr(doc, "text", None) or "").strip()
    if not text:
        raise FetchError(f"{where}: no article text found on the page", "content")
    date = published or _iso_date(getattr(doc, "date", None))
    host = urlsplit(final_url or url).hostname if (final_url or url) else None
    m = _HTML_LANG.search(html[:5000])
    return FetchedArticle(
        url=url or "",
        final_url=final_url or url or "",
        text=text,
        title=clean_line(getattr(doc, "title", None) or ""),
        author=clean_line(getattr(doc, "author", None)) or None,
        published=date,
        outlet=clean_line(getattr(doc, "sitename", None) or host) or None,
        fetched_at=fetched_at or "",
        lang=m.group(1).lower() if m else None,
    )


def _iso_date(value) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


async def afetch_article(url: str, settings=None, published: str | None = None, *, client: SafeClient | None = None) -> FetchedArticle:
    """Fetch `url` and extract its article. Raises FetchError with a one-line reason."""
    published = _check_published(published)
    if client is None:
        async with SafeClient(settings) as c:
            return await afetch_article(url, published=published, client=c)
    result = await client.get(url)
    shown = short(result.url)
    if result.status >= 400:
        raise FetchError(f"{shown}: HTTP {result.status} {result.reason}".rstrip(), "http")
    if result.status != 200:
        raise FetchError(f"{shown}: unexpected HTTP status {result.status} {result.reason}".rstrip(), "http")
    ctype = result.content_type
    if ctype is not None and ctype not in TEXT_TYPES:
        raise FetchError(f"{shown}: not a web page (content type {clean_line(ctype)})", "content")
    if looks_binary(result.body):
        raise FetchError(f"{shown}: the server sent binary data, not a web page", "content")
    text = decode_body(result.body, result.charset, where=shown)
    fetched_at = now_iso()
    if ctype == "text/plain":
        body = clean_text(text).strip()
        if not body:
            raise FetchError(f"{shown}: the page is empty", "content")
        host = urlsplit(result.final_url).hostname
        return FetchedArticle(url=result.url, final_url=result.final_url, text=body, published=published,
                              outlet=host, fetched_at=fetched_at)
    return article_from_html(text, result.url, published=published, final_url=result.final_url, fetched_at=fetched_at)


def fetch_article(url: str, settings=None, published: str | None = None) -> FetchedArticle:
    """Synchronous afetch_article (CLI, worker threads)."""
    return run_sync(afetch_article(url, settings, published))
