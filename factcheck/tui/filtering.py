"""Which claims the workbench shows, and where the navigation keys go (no Textual here).

The claims of one article are kept sorted by their offset in the text; the view is a
filtered subset of them. Everything here is plain data in, plain data out, so the rules
(what "next unchecked" means, what a search matches) are tested without a terminal.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import CLAIM_TYPES, BASE_VERDICTS, ClaimRecord, Verdict

# The order the type / verdict filter keys cycle through; None means "all".
TYPE_CYCLE: tuple[str | None, ...] = (None, *CLAIM_TYPES)
VERDICT_CYCLE: tuple[str | None, ...] = (None, *BASE_VERDICTS)


@dataclass
class ClaimFilter:
    """What the claims table shows: by type, by verdict, by a search string."""

    types: frozenset[str] = field(default_factory=frozenset)  # empty: every type
    verdicts: frozenset[str] = field(default_factory=frozenset)  # empty: every verdict
    search: str = ""
    show_dismissed: bool = False

    def is_active(self) -> bool:
        return bool(self.types or self.verdicts or self.search.strip() or self.show_dismissed)

    def describe(self) -> str:
        parts = []
        if self.types:
            parts.append("type: " + ", ".join(sorted(self.types)))
        if self.verdicts:
            parts.append("verdict: " + ", ".join(sorted(self.verdicts)))
        if self.search.strip():
            parts.append(f"search: {self.search.strip()}")
        if self.show_dismissed:
            parts.append("dismissed shown")
        return " · ".join(parts) if parts else "all claims"

    def matches(self, rec: ClaimRecord) -> bool:
        if rec.dismissed and not self.show_dismissed:
            return False
        if self.types and rec.claim.type not in self.types:
            return False
        if self.verdicts and rec.verdict not in self.verdicts:
            return False
        needle = self.search.strip().casefold()
        if needle and needle not in search_haystack(rec):
            return False
        return True

    def apply(self, records: list[ClaimRecord]) -> list[ClaimRecord]:
        return [r for r in records if self.matches(r)]


def cycle(options: tuple[str | None, ...], current: frozenset[str]) -> frozenset[str]:
    """The next single-value filter after `current` (all -> first -> ... -> last -> all)."""
    now = next(iter(current)) if len(current) == 1 else None
    if len(current) > 1:
        return frozenset()
    i = options.index(now) if now in options else 0
    nxt = options[(i + 1) % len(options)]
    return frozenset() if nxt is None else frozenset({nxt})


def search_haystack(rec: ClaimRecord) -> str:
    c = rec.claim
    parts = [c.text, c.sentence, str(c.value or ""), c.source or "", c.cue or "", rec.note, rec.verdict, c.type]
    return "\n".join(parts).casefold()


def is_unchecked(rec: ClaimRecord) -> bool:
    return rec.verdict == Verdict.UNCHECKED.value and not rec.dismissed


def next_unchecked(rows: list[ClaimRecord], current: int | None, step: int = 1) -> int | None:
    """Index of the next (step=1) or previous (step=-1) unchecked row after `current`, wrapping.

    None when no row is unchecked. `current` None starts before the first row.
    """
    n = len(rows)
    if not n:
        return None
    start = (-1 if step > 0 else n) if current is None else current
    for k in range(1, n + 1):
        i = (start + step * k) % n
        if is_unchecked(rows[i]):
            return i
    return None


def claim_index_at(rows: list[ClaimRecord], offset: int) -> int | None:
    """Index of the row whose claim covers `offset` (the innermost, i.e. the latest start).

    `rows` must be sorted by claim start. A cursor right after a claim's last character still
    counts as in it, so the end of a word selects its claim.
    """
    if not rows:
        return None
    starts = [r.claim.start for r in rows]
    i = bisect.bisect_right(starts, offset) - 1
    # claims can nest (an attribution around a date): going back from the last start at or
    # before the offset, the first claim that covers it is the innermost one
    for j in range(i, max(-1, i - 50), -1):
        c = rows[j].claim
        if c.start <= offset <= c.end:
            return j
    return None


def sort_records(records: list[ClaimRecord]) -> list[ClaimRecord]:
    return sorted(records, key=lambda r: (r.claim.start, r.claim.end, r.claim.type, r.id))


def progress(records: list[ClaimRecord]) -> tuple[int, int]:
    """(checked, total) over the claims that are not dismissed."""
    live = [r for r in records if not r.dismissed]
    return sum(1 for r in live if r.verdict != Verdict.UNCHECKED.value), len(live)
