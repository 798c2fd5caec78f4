"""HTTP for factcheck (httpx): article import, evidence link checks, earlier fact-checks.

Public API (the contract the store, CLI and TUI rely on; the fetch issue implements it):

    fetch_article(url, settings=None, published=None) -> FetchedArticle   # raises FetchError
    check_link(url, settings=None) -> LinkCheck                            # never raises for network failures
    async acheck_links(urls, settings=None, progress=None) -> list[LinkCheck]
    search_factchecks(query, settings=None, lang=None) -> list[FactCheckReview]  # [] when no API key
    archive(url, settings=None) -> str                                     # Wayback 'save' URL, raises FetchError
    validate_url(url) -> str                                               # raises FetchError for malformed / non-http(s)

Also: afetch_article / acheck_link / asearch_factchecks / aarchive (the async forms, for the TUI's
workers and the event loop), check_links (sync acheck_links), article_from_html(html, url=None)
(a saved page, no network), review_to_evidence(review), evidence_update(check, previous_evidence)
(the fields to pass to Workspace.update_evidence; compares with the previous check). `progress` is called as
progress(done, total, check) after each link. Modules: client (the safe HTTP client), addresses
(which hosts may be reached), article, links, factchecks, archive.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import FactcheckError


class FetchError(FactcheckError):
    """A URL could not be fetched or used; the message says why in one line.

    `kind` names the failure for code that reacts to it (a link check's flag): dns, refused,
    timeout, tls, blocked, redirect, too-large, http, content, url, error."""

    def __init__(self, message: str = "", kind: str | None = None):
        super().__init__(message)
        self.kind = kind or getattr(type(self), "default_kind", "error")


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


# The implementations live in the submodules; they import FetchError and the dataclasses above.
from .client import validate_url  # noqa: E402
from .article import afetch_article, article_from_html, fetch_article  # noqa: E402
from .links import acheck_link, acheck_links, check_link, check_links, evidence_update  # noqa: E402
from .factchecks import asearch_factchecks, review_to_evidence, search_factchecks  # noqa: E402
from .archive import aarchive, archive  # noqa: E402

__all__ = [
    "FetchError", "FetchedArticle", "LinkCheck", "FactCheckReview", "validate_url",
    "fetch_article", "afetch_article", "article_from_html", "check_link", "acheck_link",
    "acheck_links", "check_links", "evidence_update", "search_factchecks", "asearch_factchecks", "review_to_evidence",
    "archive", "aarchive",
]
