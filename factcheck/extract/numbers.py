"""Numbers: digits and number words, scale words, hedges and units. (stub, to be written)"""
from __future__ import annotations

from ..model import Claim
from .segment import Sentence


def find_numbers(text: str, sentences: list[Sentence], lang: str) -> list[Claim]:
    return []
