"""schema.org ClaimReview JSON-LD, one per rated claim, as Google's Fact Check markup wants it.

Output: a JSON array of ClaimReview objects (each with its own "@context"), ready for one
<script type="application/ld+json"> element on the page that publishes the fact check.

Per review: claimReviewed (under 75 characters, shortened around the claim), reviewRating
(Rating with ratingValue, bestRating, worstRating on the configured scale and its label as
alternateName), url (the review's address: config `review_url` or author_url, plus
"#claim-ID"; without either, the relative "#claim-ID", which JSON-LD resolves against the
page it is embedded in), author (the reviewing Organization: author_name, author_url),
datePublished (the day the verdict was given) and itemReviewed (a Claim with its author:
the quoted source for attributions, else the article's author or outlet; datePublished:
the article's; appearance: the article as a CreativeWork with its URL).
"""
from __future__ import annotations

import json
import re

from ..model import ClaimRecord
from .common import Context, ReportArticle, article_url, date_only, one_line, safe_url, title_of

MAX_CLAIM_CHARS = 74  # Google: "less than 75 characters"
_ORG_WORDS = re.compile(
    r"\b(regierung|ministerium|amt|behörde|haus|kreml|partei|verband|institut|agentur|bund|bank|"
    r"polizei|gericht|kommission|rat|union|nato|uno|un|who|eu|government|ministry|office|agency|"
    r"department|party|house|kremlin|institute|association|police|court|commission|council|"
    r"committee|university|universität|company|konzern|gmbh|ag|inc|ltd)\b",
    re.IGNORECASE,
)


def shorten(text: str, focus: tuple[int, int] | None = None, limit: int = MAX_CLAIM_CHARS) -> str:
    """`text` in at most `limit` characters, cut at word boundaries with "…" where cut.

    With focus=(start, end) (character offsets into text) the window keeps that span in view.
    """
    text = one_line(text)
    if len(text) <= limit:
        return text
    fs, fe = focus if focus else (0, 0)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    n = len(words)

    def size(lo: int, hi: int) -> int:  # the window's length with its "…" marks
        return words[hi][1] - words[lo][0] + (lo > 0) + (hi < n - 1)

    first = next((i for i, (_, e) in enumerate(words) if e > fs), 0)
    if size(first, first) > limit:  # one huge word
        return text[words[first][0]: words[first][0] + limit - 1] + "…"
    lo = hi = first
    left_turn = True
    while True:
        # cover the focus first, then grow on both sides in turn
        moves = ["right"] if hi + 1 < n and words[hi][1] < fe else (["left", "right"] if left_turn else ["right", "left"])
        for move in moves:
            if move == "left" and lo > 0 and size(lo - 1, hi) <= limit:
                lo -= 1
                break
            if move == "right" and hi + 1 < n and size(lo, hi + 1) <= limit:
                hi += 1
                break
        else:
            break
        left_turn = not left_turn
    out = text[words[lo][0]: words[hi][1]]
    return ("…" if lo > 0 else "") + out + ("…" if hi < len(words) - 1 else "")


def claim_reviewed(r: ClaimRecord) -> str:
    """What was claimed, in under 75 characters: an attribution's content, else the sentence."""
    c = r.claim
    if c.type == "attribution" and c.content:
        return shorten(c.content)
    sentence = one_line(c.sentence)
    text = one_line(c.text)
    i = sentence.find(text) if text else -1
    if i < 0:
        return shorten(text or sentence)
    return shorten(sentence, (i, i + len(text)))


def _claim_author(ra: ReportArticle, r: ClaimRecord) -> dict:
    c, a = r.claim, ra.article
    if c.type == "attribution" and one_line(c.source or c.source_text):
        name = one_line(c.source or c.source_text)
        kind = "Organization" if _ORG_WORDS.search(name) else "Person"
        return {"@type": kind, "name": name}
    if one_line(a.author):
        return {"@type": "Person", "name": one_line(a.author)}
    return {"@type": "Organization", "name": one_line(a.outlet) or title_of(a)}


def review(ra: ReportArticle, r: ClaimRecord, ctx: Context) -> dict | None:
    rating = ctx.rating(r.verdict)
    if rating is None:
        return None
    a = ra.article
    s = ctx.settings
    base = safe_url(s.extra.get("review_url")) or safe_url(s.author_url) or ""
    author = {"@type": "Organization", "name": one_line(s.author_name) or "factcheck"}
    if safe_url(s.author_url):
        author["url"] = s.author_url
    appearance = {"@type": "CreativeWork"}
    url = article_url(a)
    if url:
        appearance["url"] = url
    appearance["headline"] = title_of(a)
    if a.published:
        appearance["datePublished"] = a.published
    item = {"@type": "Claim", "author": _claim_author(ra, r)}
    if a.published:
        item["datePublished"] = a.published
    item["appearance"] = appearance
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base.split('#')[0]}#claim-{r.claim.id}",
        "claimReviewed": claim_reviewed(r),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": ctx.scale.best,
            "worstRating": ctx.scale.worst,
            "alternateName": rating.label,
        },
        "author": author,
        "datePublished": date_only(ra.checked_at(r)) or date_only(ctx.now.isoformat()),
        "itemReviewed": item,
    }


def reviews(articles: list[ReportArticle], ctx: Context) -> list[dict]:
    out = []
    for ra in articles:
        for r in ra.checked:
            d = review(ra, r, ctx)
            if d:
                out.append(d)
    return out


def render(articles: list[ReportArticle], ctx: Context) -> str:
    return json.dumps(reviews(articles, ctx), ensure_ascii=False, indent=1) + "\n"
