"""Date rules for this language. (stub, to be written)"""
from __future__ import annotations

import datetime as dt

from ...model import Claim
from ..segment import Sentence


def find(text: str, sentences: list[Sentence], published: dt.date | None) -> list[Claim]:
    return []
