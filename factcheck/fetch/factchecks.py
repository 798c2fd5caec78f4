"""Earlier fact-checks from the Google Fact Check Tools API (claims:search).

Off without an API key (FACTCHECK_FACTCHECK_API_KEY / GOOGLE_FACTCHECK_API_KEY or the config's
factcheck_api_key): search_factchecks returns [] and the caller says why. The endpoint is a
setting (factcheck_api_url) so tests point it at a local server. The key travels in the query
string, so messages name the service, never the URL.
"""
from __future__ import annotations

import json

from ..model import Evidence, now_iso
from ..textsafe import clean_line
from . import FactCheckReview, FetchError
from .client import SafeClient, run_sync

API_BYTES = 2_000_000
LABEL = "Fact Check Tools API"


def _error_message(body: bytes) -> str:
    try:
        err = json.loads(body.decode("utf-8", "replace")).get("error", {})
        return clean_line(str(err.get("message") or err.get("status") or ""))[:200]
    except (ValueError, AttributeError):
        return ""


def parse_reviews(data: dict) -> list[FactCheckReview]:
    """One FactCheckReview per published review in a claims:search response."""
    out: list[FactCheckReview] = []
    for claim in data.get("claims") or []:
        if not isinstance(claim, dict):
            continue
        for review in claim.get("claimReview") or []:
            if not isinstance(review, dict) or not review.get("url"):
                continue
            publisher = review.get("publisher") or {}
            out.append(FactCheckReview(
                claim_text=clean_line(claim.get("text")),
                publisher=clean_line(publisher.get("name") or publisher.get("site")) or "unknown publisher",
                rating=clean_line(review.get("textualRating")) or "no rating",
                url=clean_line(review.get("url")),
                date=(clean_line(review.get("reviewDate") or claim.get("claimDate"))[:10] or None),
                claimant=clean_line(claim.get("claimant")) or None,
            ))
    return out


async def asearch_factchecks(query: str, settings=None, lang: str | None = None, *,
                             client: SafeClient | None = None, page_size: int = 10) -> list[FactCheckReview]:
    """Published reviews matching `query`; [] when no API key is configured. FetchError on failure."""
    if client is None:
        if settings is None:
            from ..config import load_settings

            settings = load_settings()
        if not settings.factcheck_api_key:
            return []
        async with SafeClient(settings) as c:
            return await asearch_factchecks(query, lang=lang, client=c, page_size=page_size)
    settings = client.settings
    if not settings.factcheck_api_key:
        return []
    query = clean_line(query)
    if not query:
        raise FetchError("no text to search for", "url")
    params = {"query": query[:500], "key": settings.factcheck_api_key, "pageSize": str(page_size)}
    if lang:
        params["languageCode"] = lang
    result = await client.get(settings.factcheck_api_url, params=params, max_bytes=API_BYTES, label=LABEL)
    if result.status >= 400:
        detail = _error_message(result.body)
        raise FetchError(f"{LABEL}: HTTP {result.status} {result.reason}{': ' + detail if detail else ''}".rstrip(), "http")
    try:
        data = json.loads(result.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise FetchError(f"{LABEL}: the answer is not JSON", "content") from None
    if not isinstance(data, dict):
        raise FetchError(f"{LABEL}: unexpected answer", "content")
    return parse_reviews(data)


def search_factchecks(query: str, settings=None, lang: str | None = None) -> list[FactCheckReview]:
    return run_sync(asearch_factchecks(query, settings, lang))


def review_to_evidence(review: FactCheckReview) -> Evidence:
    """A published fact-check as evidence for a claim."""
    title = f"{review.publisher}: {review.rating}"
    if review.claim_text:
        title += f" ({review.claim_text[:120]})"
    return Evidence(url=review.url, title=title, quote=review.claim_text or None, added=now_iso())
