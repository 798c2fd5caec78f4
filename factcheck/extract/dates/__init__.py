"""Dates: candidate grammar per language, then normalization against an anchor date.

find_dates() dispatches to the language's rules (dates/de.py, dates/en.py); the shared
normalization (TIMEX3 values, weekday and relative resolution) lives in dates/timex.py.
"""
from __future__ import annotations

import datetime as dt

from ...model import Claim
from ..segment import Sentence


def find_dates(text: str, sentences: list[Sentence], published: dt.date | None, lang: str) -> list[Claim]:
    if lang == "de":
        from . import de as rules
    else:
        from . import en as rules
    return rules.find(text, sentences, published)
