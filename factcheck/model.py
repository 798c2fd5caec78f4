"""The domain: Article, Claim, Evidence, Change and the verdicts.

Plain dataclasses with to_dict/from_dict, so the extractor, the store, the CLI, the
reports and the TUI all speak the same shapes. Nothing here does I/O.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any

CLAIM_TYPES = ("date", "number", "attribution")


class Verdict(StrEnum):
    """The built-in verdicts. A report's rating scale may add more (see report.ratings)."""

    UNCHECKED = "unchecked"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"


BASE_VERDICTS = tuple(v.value for v in Verdict)


def short_hash(*parts: object, length: int = 8) -> str:
    """A short, stable, lower-case id from the parts (sha1, hex)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def now_iso() -> str:
    """The time stamp every record carries (added, updated, checked, history): UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@functools.cache
def field_names(cls) -> frozenset[str]:
    """A dataclass's field names, computed once per class (from_dict runs per claim)."""
    return frozenset(f.name for f in fields(cls))


def _from_dict(cls, data: dict):
    """Build a dataclass from a dict, ignoring keys it does not know (forward compatible)."""
    try:
        return cls(**data)  # the common case, and the fast one (the store reads 10,000s of claims)
    except TypeError:  # a key this version does not know (or a missing one: raised again below)
        names = field_names(cls)
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Claim:
    """One checkable claim: a span of the article text with its normalized reading.

    `start`/`end` are character offsets into the article text exactly as read, so
    `article.text[start:end] == claim.text`.
    """

    type: str  # one of CLAIM_TYPES
    start: int
    end: int
    text: str
    sentence: str = ""
    # date: ISO 8601 / TIMEX3 string or None; number: int/float or {"min":..,"max":..}
    value: Any = None
    id: str = ""
    # dates
    kind: str | None = None  # date | time | interval | duration | set
    mod: str | None = None  # START | MID | END | APPROX | MORE_THAN | LESS_THAN ...
    # numbers
    unit: str | None = None
    approx: bool = False
    # attributions
    source: str | None = None
    source_text: str | None = None
    cue: str | None = None
    content: str | None = None
    content_start: int | None = None
    content_end: int | None = None
    direct: bool | None = None
    act: str | None = None  # assert | deny | demand | evaluate
    # why the value is what it is ("Juli, no year: the coming July after 2017-05-02")
    explanation: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = short_hash(self.type, self.start, self.end, self.text)

    def to_dict(self) -> dict:
        """The JSON shape of `factcheck extract`: empty optional fields left out."""
        d = asdict(self)
        out = {k: d[k] for k in ("id", "type", "start", "end", "text", "sentence")}
        if self.type in ("date", "number"):
            out["value"] = self.value
        for k, v in d.items():
            if k in out or v is None:
                continue
            if k == "approx" and not v:
                continue
            if k == "value":
                continue
            out[k] = v
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Claim":
        return _from_dict(cls, data)


@dataclass
class Article:
    """An article as read. `id` is derived from the text, so re-adding the same text finds it."""

    text: str
    title: str = ""
    source: str = ""  # file path or URL
    lang: str = ""
    published: str | None = None  # YYYY-MM-DD
    id: str = ""
    added: str = ""  # ISO timestamp
    url: str | None = None
    final_url: str | None = None
    fetched_at: str | None = None
    author: str | None = None
    outlet: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        return _from_dict(cls, data)


def article_id(text: str) -> str:
    return short_hash("article", text, length=6)


@dataclass
class Evidence:
    """A link that supports or refutes a claim, with the result of its last check."""

    url: str
    title: str | None = None
    status: int | None = None  # HTTP status of the last check
    final_url: str | None = None
    content_type: str | None = None
    checked_at: str | None = None
    quote: str | None = None
    stance: str | None = None  # supports | refutes
    archive_url: str | None = None
    error: str | None = None  # a clear message when the check failed
    flag: str | None = None  # ok | dead | changed | error
    added: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Evidence":
        return _from_dict(cls, data)


@dataclass
class Change:
    """One entry of a claim's append-only history."""

    claim: str
    field: str
    old: Any
    new: Any
    at: str

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Change":
        return _from_dict(cls, data)


@dataclass
class ClaimRecord:
    """A claim as the workspace holds it: the extracted claim plus the checker's work on it."""

    claim: Claim
    article: str  # article id
    verdict: str = Verdict.UNCHECKED.value
    note: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    origin: str = "extractor"  # extractor | user
    dismissed: bool = False
    updated: str = ""

    @property
    def id(self) -> str:
        return self.claim.id

    def to_dict(self) -> dict:
        """The JSON shape of `factcheck list`."""
        d = self.claim.to_dict()
        d.update(
            article=self.article,
            verdict=self.verdict,
            note=self.note,
            evidence=[e.to_dict() for e in self.evidence],
            origin=self.origin,
            dismissed=self.dismissed,
            updated=self.updated,
        )
        if "value" not in d:
            d["value"] = self.claim.value
        return d
