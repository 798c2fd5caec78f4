"""Attributions: who is said to have said what. (stub, to be written)"""
from __future__ import annotations

from ..model import Claim
from .segment import Sentence


def find_attributions(text: str, sentences: list[Sentence], lang: str) -> list[Claim]:
    return []
