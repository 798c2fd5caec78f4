"""What the workbench asks the web and how it reads the answers (no Textual): the query for
earlier fact-checks, the links of an article to check, a review as evidence, a check's summary."""
from __future__ import annotations

from collections import Counter

from ..model import Claim, ClaimRecord
from ..textsafe import clean_line

# A claim this short ("12 Millionen Euro", "im Juli") says nothing a fact-check search can match:
# its sentence does.
SHORT_CLAIM_WORDS = 4
QUERY_CHARS = 300

NO_KEY_HELP = (
    "Earlier fact-checks come from Google's Fact Check Tools API, which needs an API key "
    "(free, from the Google Cloud console). Set it in the environment:\n\n"
    "    export FACTCHECK_FACTCHECK_API_KEY=your-key\n\n"
    "or in config.toml ($FACTCHECK_CONFIG or the user config directory):\n\n"
    "    factcheck_api_key = \"your-key\"\n\n"
    "then start the workbench again."
)
FLAGS = ("ok", "changed", "dead", "error")


def review_query(claim: Claim) -> str:
    """The text to search published fact-checks for: the claim, or its sentence when the claim is short."""
    text = clean_line(claim.content if claim.type == "attribution" and claim.content else claim.text)
    sentence = clean_line(claim.sentence)
    if sentence and len(text.split()) < SHORT_CLAIM_WORDS:
        text = sentence
    return text[:QUERY_CHARS].strip()


def link_targets(records: list[ClaimRecord]) -> dict[str, list[str]]:
    """Every evidence URL of these claims -> the ids of the claims that cite it (in text order)."""
    out: dict[str, list[str]] = {}
    for rec in records:
        for ev in rec.evidence:
            ids = out.setdefault(ev.url, [])
            if rec.id not in ids:
                ids.append(rec.id)
    return out


def review_evidence_fields(review) -> dict:
    """url, title "publisher: rating" and the reviewed claim as quote, all cleaned for the store."""
    publisher = clean_line(review.publisher) or "unknown publisher"
    rating = clean_line(review.rating) or "no rating"
    return dict(url=clean_line(review.url), title=f"{publisher}: {rating}"[:300],
                quote=clean_line(review.claim_text)[:500] or None)


def check_summary(flags: Counter, done: int, total: int, cancelled: bool = False) -> str:
    """"Checked 40 links: 35 ok, 3 dead, 2 error." (or "Stopped after 12 of 40 links: ...")."""
    head = (f"Stopped after {done} of {total} link{'s' if total != 1 else ''}" if cancelled
            else f"Checked {total} link{'s' if total != 1 else ''}")
    parts = [f"{flags[f]} {f}" for f in FLAGS if flags.get(f)]
    return head + (": " + ", ".join(parts) if parts else "") + "."
