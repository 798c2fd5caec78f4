"""Noun classes by a compound's head, shared by the date and the number grammar.

After "zehnjährige" a person or an animal makes an age ("die einjährige Bache": a number),
anything else a span ("eine zweijährige Pause": a date); both grammars must draw the line in
the same place, so both ask here. The nouns are language data (LIVING_NOUNS, DURATION_NOUNS,
NOUN_ENDINGS); a language without them has no such nouns.
"""
from __future__ import annotations

import functools
import re
from types import ModuleType


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@functools.cache
def _classes(L: ModuleType) -> tuple[re.Pattern, re.Pattern] | None:
    if not getattr(L, "LIVING_NOUNS", None):
        return None
    ends = _alt(L.NOUN_ENDINGS)
    return tuple(re.compile(f"(?:{_alt(nouns)})(?:{ends})$") for nouns in (L.LIVING_NOUNS, L.DURATION_NOUNS))


def is_living(L: ModuleType, noun: str) -> bool:
    """Is the lower-case noun a person or an animal? ('schäferhund' ends in a form of 'hund'.)"""
    classes = _classes(L)
    if classes is None:
        return False
    living, duration = classes
    return bool(living.search(noun)) and not duration.search(noun)
