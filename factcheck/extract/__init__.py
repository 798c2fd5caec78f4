"""Text -> claims. Pure: no I/O, no Textual, no TinyDB.

`extract(text, published=None, lang=None)` is the one entry point: the CLI, the store and
the TUI all go through it. Each dimension (dates, numbers, attributions) proposes claims
per sentence with offsets into the text as given; overlaps between dimensions are then
resolved here (the "7." of "7. Juli" is part of a date, not a number).
"""
from __future__ import annotations

import bisect
import datetime as dt

from ..errors import InputError
from ..model import Claim
from .attributions import find_attributions
from .dates import find_dates
from .language import detect_language
from .numbers import find_numbers
from .segment import Sentence, segment, sentence_at

__all__ = ["extract", "detect_language", "parse_published", "Sentence", "segment"]


class ExtractError(InputError):
    """Bad input to the extractor (a message for the user, not a bug)."""


def parse_published(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ExtractError(f"bad publication date {value!r}: expected YYYY-MM-DD") from None


def extract(text: str, published: str | dt.date | None = None, lang: str | None = None) -> list[Claim]:
    """All claims of `text`, sorted by offset.

    published: the article's publication date; relative dates resolve against it. Without
      it they resolve against the nearest absolute date mentioned before them.
    lang: "de" or "en"; detected when None or "auto".
    """
    pub = parse_published(published)
    if not lang or lang == "auto":
        lang = detect_language(text)
    if lang not in ("de", "en"):
        raise ExtractError(f"unsupported language {lang!r}: use de, en or auto")
    sentences = segment(text)
    dates = find_dates(text, sentences, pub, lang)
    numbers = _without_overlaps(find_numbers(text, sentences, lang), dates)
    attributions = find_attributions(text, sentences, lang)
    claims = sorted(dates + numbers + attributions, key=lambda c: (c.start, c.end, c.type))
    for c in claims:
        if not c.sentence:
            s = sentence_at(sentences, c.start)
            c.sentence = s.text if s else ""
    return claims


def _without_overlaps(claims: list[Claim], taken: list[Claim]) -> list[Claim]:
    """Drop claims whose span overlaps one already taken (taken spans win)."""
    spans = sorted((t.start, t.end) for t in taken)
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)
    out = []
    for c in claims:
        lo = bisect.bisect_left(starts, c.start - longest)
        hi = bisect.bisect_left(starts, c.end)
        if not any(c.start < e for _, e in spans[lo:hi]):
            out.append(c)
    return out
