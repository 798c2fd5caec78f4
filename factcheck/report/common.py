"""What every report format shares: the input data, the rating view, the summary, safe URLs.

Reports render from plain data, never from a live workspace: one *bundle* per article, the
dict `Workspace.export_article(article_id)` gives ({"article": {...}, "claims": [...],
"history": [...]}), or the same built from model objects. `load(data)` turns whatever the
caller has (one bundle, a list of bundles, a whole export document) into ReportArticle
objects; each format module renders those.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import InputError
from ..model import CLAIM_TYPES, Article, Change, Claim, ClaimRecord, Evidence, Verdict
from ..textsafe import clean_line, clean_text
from .ratings import Rating, Scale, get_scale, label_for, scales

EXPORT_FORMAT = "factcheck-export"
EXPORT_VERSION = 1


@dataclass
class ReportArticle:
    article: Article
    records: list[ClaimRecord]  # every claim, in text order, dismissed ones included
    history: list[Change] = field(default_factory=list)
    raw: dict | None = None  # the bundle as given (the JSON export writes it unchanged)
    _verdict_times: dict | None = field(default=None, repr=False, compare=False)

    @property
    def shown(self) -> list[ClaimRecord]:
        """The claims a report lists: all but dismissed ones."""
        return [r for r in self.records if not r.dismissed]

    @property
    def checked(self) -> list[ClaimRecord]:
        return [r for r in self.records if not r.dismissed and r.verdict != Verdict.UNCHECKED.value]

    def checked_at(self, r: ClaimRecord) -> str:
        """When the claim got its verdict: the last verdict change in the history, else its
        last update (a note edited later does not move the date of the check)."""
        if self._verdict_times is None:
            self._verdict_times = {}
            for h in self.history:
                if h.field == "verdict" and h.at and h.at >= self._verdict_times.get(h.claim, ""):
                    self._verdict_times[h.claim] = h.at
        return self._verdict_times.get(r.claim.id) or r.updated


@dataclass
class Context:
    """Per-render settings: the scale verdicts show on, the reviewer, the time of the report."""

    settings: Settings
    scale: Scale
    scales: dict[str, Scale]
    now: dt.datetime

    @classmethod
    def make(cls, settings: Settings | None = None, now: dt.datetime | None = None) -> "Context":
        settings = settings or Settings()
        return cls(settings, get_scale(None, settings), scales(settings), now or dt.datetime.now(dt.timezone.utc))

    def label(self, verdict: str) -> tuple[str, str]:
        """(label, tone) of a stored verdict; tone is good | mixed | bad | unknown | none."""
        return label_for(verdict, self.scale, self.scales)

    def rating(self, verdict: str) -> Rating | None:
        """The verdict as a step of the configured scale (ClaimReview needs numbers on one scale)."""
        return self.scale.resolve(verdict, self.scales)


# -- input ----------------------------------------------------------------------------------


# One symbol per tone, so verdicts stay apart in black and white (HTML and Markdown share it).
TONE_ICONS = {"good": "✓", "mixed": "◐", "bad": "✗", "unknown": "?", "none": "○"}


def record_from_dict(d: dict, article_id: str = "") -> ClaimRecord:
    """A ClaimRecord from its dict: the flat shape of ClaimRecord.to_dict() or {"claim": {...}, ...}."""
    if not isinstance(d, dict):
        raise InputError("a claim in the data is not an object")
    claim_d = d["claim"] if isinstance(d.get("claim"), dict) else d
    try:
        claim = Claim.from_dict(claim_d)
    except TypeError as e:
        raise InputError(f"a claim in the data is incomplete ({e})") from None
    return ClaimRecord(
        claim=claim,
        article=d.get("article") if isinstance(d.get("article"), str) else article_id,
        verdict=d.get("verdict") or Verdict.UNCHECKED.value,
        note=d.get("note") or "",
        evidence=[e if isinstance(e, Evidence) else Evidence.from_dict(e)
                  for e in d.get("evidence") or []],
        origin=d.get("origin") or "extractor",
        dismissed=bool(d.get("dismissed")),
        updated=d.get("updated") or "",
    )


def _article(a) -> Article:
    if isinstance(a, Article):
        return a
    if not isinstance(a, dict) or "text" not in a:
        raise InputError("an article in the data has no text")
    return Article.from_dict(a)


def bundle(article: Article, records: list[ClaimRecord], history: list[Change] | None = None) -> dict:
    """A bundle from model objects in the shape export_article gives (and import_article takes)."""
    return {
        "format": "factcheck-article",
        "version": 1,
        "article": article.to_dict(),
        "claims": [
            {
                "claim": r.claim.to_dict(),
                "article": r.article or article.id,
                "verdict": r.verdict,
                "note": r.note,
                "evidence": [e.to_dict() for e in r.evidence],
                "origin": r.origin,
                "dismissed": r.dismissed,
                "updated": r.updated,
            }
            for r in records
        ],
        "history": [c.to_dict() for c in history or []],
    }


def load_one(b) -> ReportArticle:
    if isinstance(b, ReportArticle):
        return b
    if not isinstance(b, dict) or "article" not in b:
        raise InputError("expected an article bundle with 'article' and 'claims'")
    art = _article(b["article"])
    recs = [r if isinstance(r, ClaimRecord) else record_from_dict(r, art.id) for r in b.get("claims") or []]
    recs.sort(key=lambda r: (r.claim.start, r.claim.end, r.claim.type))
    hist = [h if isinstance(h, Change) else Change.from_dict(h) for h in b.get("history") or []]
    return ReportArticle(art, recs, hist, b if isinstance(b, dict) else None)


def raw_bundles(data) -> list:
    """As load(), without building model objects: the bundles (or ReportArticles) as given."""
    if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
        items = list(data.get("articles") or [])
    elif isinstance(data, (dict, ReportArticle)):
        items = [data]
    elif isinstance(data, (list, tuple)):
        items = list(data)
    else:
        return load(data)  # raises the one-line error
    for b in items:
        if not isinstance(b, ReportArticle) and not (isinstance(b, dict) and "article" in b):
            raise InputError("expected an article bundle with 'article' and 'claims'")
    return items


def load(data) -> list[ReportArticle]:
    """Bundle | list of bundles | export document | ReportArticle(s) -> list[ReportArticle]."""
    if isinstance(data, ReportArticle):
        return [data]
    if isinstance(data, dict):
        if data.get("format") == EXPORT_FORMAT:
            return [load_one(b) for b in data.get("articles") or []]
        return [load_one(data)]
    if isinstance(data, (list, tuple)):
        return [load_one(b) for b in data]
    raise InputError("nothing to report: expected article bundles")


# -- shared presentation ------------------------------------------------------------------------


# Untrusted text for a one-line field: controls stripped, whitespace runs collapsed.
one_line = clean_line


def paragraph(text: str | None) -> list[str]:
    """Untrusted multi-line text (a note) as its non-empty lines, each cleaned."""
    return [" ".join(line.split()) for line in clean_text(text or "").split("\n") if line.strip()]


def _num(v) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}".replace(",", "\u202f") if abs(v) >= 10_000 else str(v)
    return str(v)


def value_text(c: Claim) -> str:
    """The claim's normalized reading in words: a date's ISO value, a number with unit, a source."""
    if c.type == "attribution":
        parts = [clean_line(c.source or c.source_text or "?")]
        if c.cue:
            parts.append(f"({clean_line(c.cue)})")
        return " ".join(parts)
    v = c.value
    if v is None:
        out = "?"
    elif isinstance(v, dict):
        lo, hi = v.get("min"), v.get("max")
        out = f"{_num(lo)}–{_num(hi)}" if lo is not None and hi is not None else (
            f"≥ {_num(lo)}" if lo is not None else f"≤ {_num(hi)}" if hi is not None else "?")
    else:
        out = _num(v) if c.type == "number" else clean_line(str(v))
    if c.type == "number":
        if c.approx:
            out = "≈ " + out
        if c.unit:
            out += " " + clean_line(c.unit)
    elif c.type == "date":
        extra = [x for x in (c.kind, c.mod) if x]
        if extra:
            out += f" ({', '.join(clean_line(x) for x in extra)})"
    return out


def context_parts(c: Claim, article_text: str = "") -> tuple[str, str, str]:
    """(before, claim, after): the claim inside its sentence (raw text; escape each with seams())."""
    sentence = c.sentence or ""
    text = c.text or ""
    if not sentence and article_text and article_text[c.start:c.end] == text:
        sentence = _sentence_around(article_text, c.start, c.end)  # e.g. a claim the user marked
    i = -1
    if sentence and text:
        i = sentence.find(text)
        # the claim text may occur twice in its sentence: use the article offsets to choose
        if i >= 0 and article_text and sentence.find(text, i + 1) >= 0:
            s0 = article_text.find(sentence, max(0, c.end - len(sentence)), c.start + len(sentence))
            if s0 >= 0 and 0 <= c.start - s0 <= len(sentence) - len(text):
                i = c.start - s0
    if i < 0:
        return ("", text, "")
    return (sentence[:i], text, sentence[i + len(text):])


_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”)\]]*\s|\n\s*\n|\n")


def _sentence_around(text: str, start: int, end: int, reach: int = 400) -> str:
    """The text from the last sentence end before `start` to the first after `end` (at most
    `reach` characters each way): context for a claim that came without its sentence."""
    lo = max(0, start - reach)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s0 = before[-1] if before else lo
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    s1 = m.end() if m else min(len(text), end + reach)
    return text[s0:s1].strip()


def seams(escape, part: str) -> str:
    """escape(part) for one piece of a sentence, keeping a space at either end.

    The escapers collapse whitespace into one line and strip it; between the pieces of
    context_parts() the spaces are part of the sentence.
    """
    if not part:
        return ""
    core = escape(part)
    if not core:
        return " " if part[:1].isspace() else ""
    return (" " if part[:1].isspace() else "") + core + (" " if part[-1:].isspace() else "")


# http(s)://, a host that does not start with a path character or a backslash (browsers
# read "\\" as "/"), then anything but whitespace and control characters (browsers drop tabs
# and newlines inside a URL, so "java\\tscript:" must never get this far)
_SAFE_URL = re.compile(r"https?://[^\x00-\x20\x7f-\x9f/?#\\][^\x00-\x20\x7f-\x9f]*\Z", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) URL with a host, else None (javascript:, data:, ... dropped)."""
    if not url or not isinstance(url, str):
        return None
    u = url.strip()
    if not _SAFE_URL.match(u):
        return None
    try:
        if not urlsplit(u).hostname:  # "https://@/" and the like; bad IPv6 brackets raise
            return None
    except ValueError:
        return None
    return u


def date_only(ts: str | None) -> str:
    """YYYY-MM-DD from an ISO timestamp or date ('' when there is none)."""
    if not ts:
        return ""
    m = re.match(r"\d{4}-\d{2}-\d{2}", str(ts))
    return m.group(0) if m else ""


def when(ts: str | None) -> str:
    """An ISO timestamp as 'YYYY-MM-DD HH:MM' (UTC as stored), for readers."""
    if not ts:
        return ""
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", str(ts))
    if not m:
        return one_line(str(ts))
    return m.group(1) + (f" {m.group(2)}" if m.group(2) else "")


def article_url(a: Article) -> str | None:
    return safe_url(a.url) or safe_url(a.final_url) or safe_url(a.source)


def title_of(a: Article) -> str:
    return one_line(a.title) or one_line(a.source) or f"Article {a.id}"


@dataclass
class Summary:
    total: int
    checked: int
    by_type: dict[str, Counter]  # type -> Counter(label)
    labels: list[tuple[str, str]]  # (label, tone) in scale order, those that occur


def summarize(ra: ReportArticle, ctx: Context) -> Summary:
    by_type: dict[str, Counter] = {t: Counter() for t in CLAIM_TYPES}
    tones: dict[str, str] = {}
    checked = 0
    shown = ra.shown
    for r in shown:
        label, tone = ctx.label(r.verdict)
        tones[label] = tone
        by_type.setdefault(r.claim.type, Counter())[label] += 1
        if tone != "none":
            checked += 1
    order = [ctx.label(k)[0] for k in ctx.scale.keys()]
    labels = sorted(tones, key=lambda lb: (order.index(lb) if lb in order else len(order), lb == "unchecked", lb))
    return Summary(len(shown), checked, by_type, [(lb, tones[lb]) for lb in labels])


def evidence_status(e: Evidence) -> str:
    """A short status of an evidence link's last check, for readers."""
    bits = []
    if e.flag:
        bits.append(one_line(e.flag))
    if e.status:
        bits.append(f"HTTP {e.status}")
    if e.error:
        bits.append(one_line(e.error))
    if e.checked_at:
        bits.append(f"checked {when(e.checked_at)}")
    return ", ".join(bits) if bits else "not checked"
