"""HTTP for factcheck (httpx): article import, evidence link checks, earlier fact-checks.

Public API (the contract the store, CLI and TUI rely on; the fetch issue implements it):

    fetch_article(url, settings=None, published=None) -> FetchedArticle   # raises FetchError
    check_link(url, settings=None) -> LinkCheck                            # never raises for network failures
    async acheck_links(urls, settings=None, progress=None) -> list[LinkCheck]
    search_factchecks(query, settings=None, lang=None) -> list[FactCheckReview]  # [] when no API key
    archive(url, settings=None) -> str                                     # Wayback 'save' URL, raises FetchError
    validate_url(url) -> str                                               # raises FetchError for malformed / non-http(s)
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import FactcheckError


class FetchError(FactcheckError):
    """A URL could not be fetched or used; the message says why in one line."""


@dataclass
class FetchedArticle:
    url: str
    final_url: str
    text: str  # main text, cleaned of control characters
    title: str = ""
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD when the page gives one
    outlet: str | None = None
    fetched_at: str = ""  # ISO timestamp (UTC)
    lang: str | None = None


@dataclass
class LinkCheck:
    url: str
    status: int | None = None
    final_url: str | None = None
    title: str | None = None
    content_type: str | None = None
    checked_at: str = ""
    error: str | None = None  # one-line message when the check failed
    flag: str = "ok"  # ok | dead | changed | error


@dataclass
class FactCheckReview:
    claim_text: str
    publisher: str
    rating: str
    url: str
    date: str | None = None
    claimant: str | None = None


def validate_url(url: str) -> str:
    raise FetchError("fetching is not implemented yet")


def fetch_article(url, settings=None, published=None) -> FetchedArticle:
    raise FetchError("fetching is not implemented yet")


def check_link(url, settings=None) -> LinkCheck:
    raise FetchError("link checks are not implemented yet")
