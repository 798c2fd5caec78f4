"""English date rules: a candidate grammar per sentence, then TIMEX3 normalization.

Each rule is a regular expression built from the vocabulary in lang/en_dates.py and a handler
that reads its groups into a value against the anchor (dates/timex.py). Candidates of all rules
are collected per sentence; the longest wins where they overlap. The tense of the clause (the
nearest tense marker to the expression) decides whether a weekday or a year-less month lies
before or after the reference date, as HeidelTime does.

Conventions follow TimeML / TempEval-3 and the project's ANNOTATION.md: "now", "currently",
generic "today" and "the past" are not dates; ages ("6-year-old") are numbers.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from ...model import Claim
from ..lang import en_dates as L
from ..segment import Sentence
from . import timex as T

# ---------------------------------------------------------------- regex fragments from the data


def _alt(words) -> str:
    """An alternation of the words, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH_FULL = "|".join(m.capitalize() for m in L.MONTHS if len(m) > 4 or m in ("may", "june", "july"))
_MONTH_ABBR = "|".join(m.capitalize() for m in L.MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
# A month with a day or a year may be abbreviated ("Aug. 7"); alone it must be written out.
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"
_WEEKDAY = "|".join(w.capitalize() for w in L.WEEKDAYS)
_POD = _alt(L.PARTS_OF_DAY)
_UNITS = _alt(u for u in L.UNITS if not u.startswith("quarter"))  # "a quarter point" is no span
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_NUMWORD = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_alt(L.NUMBER_WORDS)})"
_DIGITS = r"\d+(?:[.,]\d+)?(?:\s+1/2)?"
_NUMBER = rf"(?:(?:{_DIGITS}|{_NUMWORD})(?:\s+and\s+a\s+half)?)"
_VAGUE = _alt(L.VAGUE_AMOUNTS - {"the", "some", "recent"})
_POS = _alt(L.POSITION_MODS)
_DMOD = _alt(m for m in L.DURATION_MODS)
_REL = _alt(L.RELATIVE)
_ORD = _alt(k for k in L.ORDINALS if k not in ("last", "final")) + r"|\d{1,2}(?:st|nd|rd|th)"
_TZ = _alt(z.upper() for z in L.TIME_ZONES if z != "local time") + r"|local\s+time"
_AMPM = r"(?:[aApP]\.\s?[mM]\.|[aApP][mM]\b)"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# Holiday names as written: capitalised words ("Christmas Eve", "New Year's Day").
_HOLIDAYS = "|".join(re.escape(" ".join(w if w == "of" else w[:1].upper() + w[1:] for w in h.split(" ")))
                     .replace(r"\ ", r"\s+")
                     .replace("'", "['’]") for h in sorted(L.HOLIDAYS, key=len, reverse=True))

I = re.IGNORECASE


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.VERBOSE)


# Rules: (name, pattern). Month and weekday names are matched case-sensitively (capitalised),
# the rest case-insensitively through scoped (?i:...) groups.
RULES: list[tuple[str, re.Pattern]] = [
    ("iso", _rx(r"\b(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)\b")),
    ("mdy", _rx(rf"""\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH_ANY})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b
                 (?:\s*(?:-|–|(?i:and|to|through|or))\s*(?P<day2>\d{{1,2}})\b(?!\s*(?:%|[.,]\d|(?i:percent))))?
                 (?:,?\s+(?P<year>{_YEAR})\b)?(?!:)""")),
    ("dmy", _rx(rf"""\b(?:(?i:the)\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|(?i:and|to))\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?
                 \s+(?:(?i:of)\s+)?(?P<mon>{_MONTH_ANY})(?:,?\s+(?P<year>{_YEAR})\b)?""")),
    ("month", _rx(rf"""\b(?:(?P<pos>(?i:{_POS}))[\s-]+)?(?:(?P<rel>(?i:{_REL}))\s+)?
                   (?P<mon>{_MONTH_FULL}|(?:{_MONTH_ABBR})\.(?=\s+\d))\b
                   (?:,?\s+(?:(?i:of)\s+)?(?P<year>{_YEAR})\b)?""")),
    ("year", _rx(rf"""(?<![\w$€£#.,/:-])(?:(?P<pos>(?i:{_POS}))[\s-]+)?(?P<fiscal>(?i:fiscal(?:\s+year)?)\s+)?
                  (?P<year>{_YEAR})(?:\s*[-–/]\s*(?P<year2>\d\d(?:\d\d)?))?(?![\w%]|[.,:]\d|-(?i:year|month|day))""")),
    ("decade", _rx(r"""(?<!\w)(?:(?i:the)\s+)?(?:(?P<pos>(?i:early|mid|late))[\s-]+)?
                    (?:(?P<cent>1[0-9]|20)(?P<dec>\d)0|'(?P<dec2>\d)0)s\b""")),
    ("century", _rx(rf"""\b(?:(?i:the)\s+)?(?:(?P<pos>(?i:early|mid|late))[\s-]+)?
                     (?P<ord>(?i:{_ORD}))[\s-]+(?i:century|centuries)\b""")),
    ("weekday", _rx(rf"""\b(?:(?P<rel>(?i:{_REL}))\s+)?(?P<wd>{_WEEKDAY})(?P<plural>s)?\b
                     (?:(?:'s)?\s+(?P<pod>(?i:{_POD}))\b)?""")),
    ("time", _rx(rf"""(?<![\d:.,])(?:(?P<h>\d{{1,2}})(?::(?P<m>\d\d))?\s*(?P<ap>{_AMPM})
                  |(?P<h2>\d{{1,2}}):(?P<m2>\d\d)(?![:\d])(?:\s*(?P<tz>{_TZ})\b)?
                  |(?P<named>(?i:noon|midnight))\b
                  |(?P<h3>\d{{1,2}})\s+o'clock)(?:\s+(?P<tz2>{_TZ})\b)?""")),
    ("hms", _rx(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>\d\d):(?P<s>\d\d)(?![\d:])")),
    ("deictic", _rx(rf"""(?i:(?P<w>today|yesterday|tomorrow|tonight)(?:'s)?\b(?:\s+(?P<pod>{_POD})\b)?
                     |(?P<lastnight>last\s+night|overnight)\b
                     |(?P<this>this)\s+(?P<pod2>morning|afternoon|evening)\b
                     |(?:over|during|on|at)\s+(?P<wknd>the\s+weekend)\b)""")),
    # "that same day", "the same evening": the day the text was just talking about
    ("sameday", _rx(r"""\b(?i:(?:that|the)\s+(?:very\s+)?same\s+(?P<unit>day|morning|afternoon|evening|night))\b""")),
    ("relunit", _rx(rf"""\b(?i:(?:(?P<pos>{_POS}|earlier|later)\s+)?(?P<the>the\s+)?
                     (?:(?P<rel>{_REL})\s+)(?P<fiscal>fiscal\s+)?(?P<unit>week|weekend|month|year|decade|century|quarter|day|hour|minute)\b)""")),
    ("posunit", _rx(r"""(?i:(?P<pos>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s+
                     (?P<the>the\s+)?(?P<unit>week|month|year)\b)(?!\s+(?:\d|(?i:of)\b))""")),
    ("season", _rx(rf"""\b(?i:(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<rel>{_REL}|the)\s+)?
                    (?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b)?)""")),
    ("quarter", _rx(rf"""(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+
                     (?:fiscal\s+)?(?:(?P<unit>quarter)\b|(?P<half>half)\b(?=\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:year|\d)))
                     (?:\s+of\s+(?:(?P<rel>{_REL})\s+year|(?P<year>{_YEAR})|the\s+year))?)""")),
    ("set", _rx(rf"""(?i:(?P<adv>{_alt(L.SET_ADVERBS)})\b
                 |(?P<every>every|each|per)\s+(?:other\s+)?(?P<unit>{_alt(L.SET_UNITS)}|(?-i:{_WEEKDAY}))\b
                 |every\s+(?P<n>{_NUMBER})\s+(?P<units>{_UNITS}))\b""")),
    ("duration", _rx(rf"""\b(?i:(?:(?P<mod>{_DMOD})\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>last|past|next|coming|following|previous|first|recent)\s+)?
                      (?:(?P<num>{_NUMBER}|{_VAGUE})[\s-]+(?:(?:consecutive|straight|successive|full|more|additional|further|whole|long|short)\s+)?)?
                      (?P<unit>{_UNITS})\b(?P<poss>')?
                      (?:\s+(?P<ago>ago|earlier|later|before|after|from\s+now|hence)\b)?)""")),
    ("holiday", _rx(rf"""(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>{_HOLIDAYS})(?![\w'])(?:\s+(?P<year>{_YEAR})\b)?""")),
    ("milclock", _rx(rf"""(?<![\d:.,$])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hours\s+)?(?P<tz>{_TZ})\b""")),
    ("coordnum", _rx(rf"""(?i:\b(?P<num>{_NUMBER})\s+(?:and|to|or|-|–)\s+(?:{_NUMBER})[\s-]+(?P<unit>{_UNITS})\b)""")),
]

_WINDOW = 80  # characters of context the rules look at around a candidate
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")  # the segmenter keeps "30. Unemployment" together
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\s[-–—]+\s")
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
_AGE_AFTER = re.compile(r"[\s-]+old\b|\s+of\s+age\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|expectancy(?:\s+of)?)\s*$", re.I)
_SET_BEFORE = re.compile(r"(?:\d|%|percent|million|billion|trillion|thousand|dollars|euros|pounds|"
                         r"times|once|twice|per|seconds|minutes|hours|days|weeks|months|barrels|"
                         r"tons|tonnes)\W*$", re.I)
_BARE_BEFORE = re.compile(r"\b(?:for|over|within|in|take|takes|took|taken|taking|spend|spends|spent|"
                          r"last|lasts|lasted|wait|waited|waiting|recent|coming|past|next|few|several|"
                          r"many|some|mere)\s+$", re.I)
_BARE_AFTER = re.compile(r"\s*(?:-long\b|ago|before|after|later|earlier|of\s+(?:talks|negotiations|fighting|"
                         r"delay|waiting|work))\b", re.I)
_PREP_BEFORE = re.compile(r"\b(on|in|at|since|until|from|by|through|during|before|after|of|to|"
                          r"early|late|mid|last|next|this|following)\s+$", re.I)
_SPAN_PREP = re.compile(rf"\b(?:{'|'.join(L.SPAN_PREPOSITIONS)})\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)


@dataclass
class _Cand:
    start: int  # offsets inside the sentence
    end: int
    rule: str
    m: re.Match
    extra: dict = field(default_factory=dict)


@dataclass
class _Value:
    value: str | None
    kind: str = "date"
    mod: str | None = None
    explanation: str = ""
    absolute: dt.date | None = None  # an absolute date the text names (anchor for what follows)


# ---------------------------------------------------------------- tense


class _Tense:
    """The tense markers of one sentence, for asking which way a date expression points."""

    def __init__(self, s: str):
        self.s = s
        self.tokens = [(m.start(), m.group(0).lower()) for m in _TOKEN.finditer(s)]
        marks = []
        for i, (pos, w) in enumerate(self.tokens):
            d = _marker(w, self.tokens, i)
            if d:
                marks.append((i, pos, d, w))
        self.marks = marks
        self.pos = [p for p, _ in self.tokens]
        self.mark_idx = [i for i, *_ in marks]

    def direction(self, start: int, end: int, default: int = 0) -> tuple[int, str]:
        """-1 past, +1 future (or present, which in news speaks of what is to come), else default.
        Returns the direction and the marker word that decided it. Only markers within
        _REACH tokens count; a clause boundary in between costs 3 tokens, a preposition 2."""
        lo = bisect.bisect_left(self.pos, start)  # first token at or after the start
        hi = bisect.bisect_left(self.pos, end) - 1  # last token inside the expression
        if hi < lo:
            lo, hi = lo - 0.5, lo - 0.5
        best = None
        first = bisect.bisect_left(self.mark_idx, lo - _REACH)
        last = bisect.bisect_right(self.mark_idx, hi + _REACH)
        for k in range(first, last):
            i, pos, d, w = self.marks[k]
            if start <= pos < end:
                continue
            dist = lo - i if i < lo else i - hi
            if d == "prep":
                dist, d = dist + 2, 1
            # a clause boundary between marker and date weakens the marker ("..., the FAA said")
            a, b = (pos, start) if pos < start else (end, pos)
            dist += 3 * len(_CLAUSE_BREAK.findall(self.s, a, b)) + 12 * len(_SENTENCE_BREAK.findall(self.s, a, b))
            if dist > _REACH:
                continue
            if best is None or dist < best[0] or (dist == best[0] and d < 0):
                best = (dist, d, w)
        if best is None:
            return default, ""
        return best[1], best[2]


_REACH = 20


_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had",
                          "will", "would", "to", "not"})


def _marker(w: str, tokens, i) -> int | str | None:
    if w in L.FUTURE_MARKERS:
        if w in ("is", "are", "am") and i + 1 < len(tokens):
            nxt = tokens[i + 1][1]
            if nxt in L.FUTURE_MARKERS:
                return 1  # "is expected to", "is due"
            if nxt.endswith("ed") or nxt in ("been", "said", "known", "seen", "held", "made", "taken"):
                return -1  # passive of a past event: "was/is reported"
        return 1
    if w in ("has", "have"):
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if nxt == "been" or nxt.endswith("ed") or nxt.endswith("en") or nxt in L.PAST_MARKERS:
            return -1  # present perfect: a past event
        return 1  # "lawmakers have until Oct. 1": the present, looking ahead
    if w in L.PAST_MARKERS:
        if w not in _AUXILIARIES and i and tokens[i - 1][1] in _AUXILIARIES:
            return None  # a participle ("will be held"): the auxiliary before it carries the tense
        return -1
    if w in L.FUTURE_PREPOSITIONS:
        return "prep"
    if len(w) >= 4 and w.endswith("ed") and w not in L.NOT_PAST_ED:
        if i and tokens[i - 1][1] in _AUXILIARIES:
            return None  # a participle: the auxiliary before it carries the tense
        return -1
    return None


# ---------------------------------------------------------------- helpers


def _num(s: str | None) -> float | None:
    """A number word or numeral as a number; None for vague amounts ("several")."""
    if not s:
        return None
    s = re.sub(r"\s+", " ", s.lower().strip())
    if s.endswith(" and a half"):
        whole = _num(s[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if s in L.VAGUE_AMOUNTS:
        return None
    if s in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[s]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(?: 1/2)?", s)
    if m:
        v = float(m.group(1).replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", m.group(1))
                  else m.group(1).replace(",", "."))
        return v + (0.5 if s.endswith("1/2") else 0)
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in L.NUMBER_WORDS and parts[1] in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[parts[0]] + L.NUMBER_WORDS[parts[1]]
    return None


def _month(s: str) -> int:
    return L.MONTHS[s.rstrip(".").lower()]


def _ordinal(s: str) -> int | None:
    s = s.lower()
    if s in L.ORDINALS:
        return L.ORDINALS[s]
    m = re.match(r"(\d+)", s)
    return int(m.group(1)) if m else None


def _pos_mod(s: str | None) -> str | None:
    if not s:
        return None
    return L.POSITION_MODS.get(re.sub(r"\s+", " ", s.lower()), None)


def _dir_word(d: int) -> str:
    return {-1: "past", 1: "future", 0: "tenseless"}[d]


def _year_of_day(anchor: dt.date, month: int, day: int, direction: int) -> int:
    y = anchor.year
    if direction < 0 and (month, day) > (anchor.month, anchor.day):
        return y - 1
    if direction > 0 and (month, day) < (anchor.month, anchor.day):
        return y + 1
    return y


def _unit_code(amount: float | None, unit: str) -> str:
    if unit == "decade" and amount is not None:
        return T.duration(amount * 10, "year")
    if unit == "fortnight":
        return T.duration(None if amount is None else amount * 2, "week")
    if unit == "quarter" and amount is not None:
        return T.duration(amount * 3, "month")
    if unit == "century":
        return f"P{'X' if amount is None else _fmt(amount)}CE"
    return T.duration_parts(amount, unit)  # 2.5 hours -> PT2H30M


def _amount(amount: float | None, unit: str) -> str:
    """"4 years", "1 week", "some days": for explanations."""
    if amount is None:
        return f"an unspecified number of {'centuries' if unit == 'century' else unit + 's'}"
    plural = "centuries" if unit == "century" else unit + "s"
    return f"{_fmt(amount)} {unit if amount == 1 else plural}"


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _season_year(anchor: dt.date, name: str, direction: int) -> int:
    start = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[name]
    end = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 14}[name]
    y, m = anchor.year, anchor.month
    if name == "winter" and m <= 2:
        m += 12
        y -= 1
    if direction < 0:
        return y if m > end else y - 1
    if direction > 0:
        return y if m < start else y + 1
    return y


# ---------------------------------------------------------------- candidates


_UNIT_WORDS = r"(?i:second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter)"
_MONTH_WORDS = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
# A rule runs on a sentence only when its trigger occurs there: most sentences have no date,
# and the rules' long alternations are what costs time.
TRIGGERS = {
    "iso": r"\d", "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "month": _MONTH_WORDS, "year": r"\d\d\d\d",
    "decade": r"0s\b", "century": r"(?i:centur)", "weekday": _WEEKDAY,
    "time": r"\d|(?i:noon|midnight)", "hms": r"\d:\d\d:", "deictic": r"(?i:today|yesterday|tomorrow|"
    r"tonight|night|overnight|morning|afternoon|evening|weekend)", "relunit": _UNIT_WORDS + "|(?i:weekend)",
    "posunit": r"(?i:\bend\b|beginning|start|middle)", "season": r"(?i:spring|summer|autumn|fall|winter)",
    "quarter": r"(?i:quarter|half)", "set": rf"(?i:{_alt(L.SET_ADVERBS)}|every|each|per)\b",
    "duration": _UNIT_WORDS, "coordnum": _UNIT_WORDS, "sameday": r"(?i:\bsame\b)",
    "holiday": r"Christmas|Easter|New Year|Fourth of July|Valentine|Patrick|Independence|Halloween|Veterans|Boxing|"
               r"Good Friday|Thanksgiving", "milclock": r"\d\d\d\d",
}
_TRIGGERS = {k: re.compile(v) for k, v in TRIGGERS.items()}


def _candidates(s: str) -> list[_Cand]:
    out = []
    for name, rx in RULES:
        if not _TRIGGERS[name].search(s):
            continue
        for m in rx.finditer(s):
            if m.end() > m.start() and _accept(name, m, s):
                if name == "coordnum":  # only the first amount: the second is a duration of its own
                    out.append(_Cand(m.start("num"), m.end("num"), name, m))
                elif name == "duration" and m.group("ago") and m.group("ago").lower() != "ago":
                    # "days before he underwent": the span is the duration, the relation is not
                    out.append(_Cand(m.start(), m.end("poss") if m.group("poss") else m.end("unit"), name, m))
                else:
                    out.append(_Cand(m.start(), m.end(), name, m))
    return out


def _accept(name: str, m: re.Match, s: str) -> bool:
    before = s[max(0, m.start() - _WINDOW): m.start()]  # bounded: a huge line stays linear
    after = s[m.end(): m.end() + _WINDOW]
    g = m.groupdict()
    if name == "month":
        mon = g["mon"].rstrip(".").lower()
        if not (g["pos"] or g["rel"] or g["year"] or _PREP_BEFORE.search(before)):
            return False
        if mon in L.AMBIGUOUS_MONTHS and not (g["pos"] or g["rel"] or g["year"]) and \
                not re.search(r"\b(?:in|since|until|by|through|from|of|during|to)\s+$", before, re.I):
            return False
        return True
    if name == "year":
        y = int(g["year"])
        if y < 1800 and not _PREP_BEFORE.search(before):
            return False
        if re.match(r"\s*(?:percent|per\s+cent|people|persons|troops|soldiers|times|km|miles|"
                    r"metres|meters|feet|tons|tonnes|dollars|euros|points|votes)\b", after, re.I):
            return False
        return True
    if name == "duration":
        unit = g["unit"].lower()
        if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
            return False
        if re.search(r"-(?i:year|month|week|day)s?-?$", m.group(0)) and re.match(r"-?old", after):
            return False
        if g["num"] is None and g["unit"].lower() == L.UNITS.get(g["unit"].lower()) \
                and not after.startswith("-long"):
            return False  # "the next decade", "the last week": the relative rule reads these
        if re.search(r"\bsub-$", before):
            return False  # "a sub-five-minute mile": a record, not a time span
        if g["num"] is None and g["rel"] is None:
            if unit == L.UNITS.get(unit):  # a bare singular unit ("year") is no expression
                return False
            if not (g["ago"] or _BARE_BEFORE.search(before) or _BARE_AFTER.match(after)):
                return False
            if re.search(r"\b(?:the|those|these|their|his|her|its|our|my|your|whose)\s+$", before, re.I):
                return False
        num = (g["num"] or "").lower()
        if num in ("a", "an") and unit == "second":
            return False  # "a second job": the ordinal
        if num == "one" and unit == "second" and re.match(r"\s+\w+er\b", after):
            return False  # "one second slower": a difference, not a time
        if g["num"] and g["rel"] is None and re.fullmatch(r"\d+", num) and re.search(r"[$€£]\s*$", before):
            return False
        return True
    if name == "season":
        if g["season"].lower() == "fall" and not (g["rel"] and g["rel"].lower() != "the" or g["year"]):
            return re.search(r"\b(?:in|the|this|last|next)\s+$", before, re.I) is not None and bool(g["rel"])
        if not (g["rel"] or g["year"] or g["pos"] or _PREP_BEFORE.search(before)):
            return False
        if re.match(r"\s+(?:camp|school|olympics|games|session|break|holidays?|schedule|season|"
                    r"collection|sale|term|time|tour|months?)\b", after, re.I):
            return bool(g["rel"] and g["rel"].lower() != "the")
        return True
    if name == "time":
        if g["h2"] and not (g["tz"] or g["tz2"] or re.search(r"\b(?:at|by|until|from|before|after|to|"
                                                               r"around|about)\s+$", before, re.I)):
            return False
        h = int(g["h"] or g["h2"] or g["h3"] or 0)
        mi = int(g["m"] or g["m2"] or 0)
        return h <= 24 and mi < 60 and not (g["ap"] and not 1 <= h <= 12)
    if name == "set":
        if g["adv"] and g["adv"][0].isupper() and m.start() > 0:
            return False  # "Daily Mail", "Weekly Standard"
        return True
    if name == "deictic":
        return True
    return True


def _resolve(cands: list[_Cand], s: str) -> list[_Cand]:
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    starts: list[int] = []  # the taken spans, disjoint and sorted: a neighbour check suffices
    taken: list[_Cand] = []
    for c in cands:
        k = bisect.bisect_left(starts, c.start)
        if k < len(taken) and taken[k].start < c.end:
            continue
        if k > 0 and taken[k - 1].end > c.start:
            continue
        starts.insert(k, c.start)
        taken.insert(k, c)
    return _merge_times(taken, s)


_CLOCKS = {"time", "milclock"}


def _merge_times(cands: list[_Cand], s: str) -> list[_Cand]:
    """A clock time next to its day ("15:00 GMT Saturday", "Friday at 6 p.m.") is one expression."""
    out: list[_Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            pair = {p.rule, c.rule}
            if pair & _CLOCKS and pair & {"weekday", "mdy", "dmy", "iso", "deictic", "holiday"} \
                    and _GAP.fullmatch(s, p.end, c.start):
                day, time = (p, c) if c.rule in _CLOCKS else (c, p)
                if not day.extra.get("time"):
                    merged = _Cand(p.start, c.end, day.rule, day.m, {"time": time.m})
                    out[-1] = merged
                    continue
        out.append(c)
    return out


# ---------------------------------------------------------------- values


class _Ctx:
    """What a rule's handler may consult: the sentence, its tense markers and the anchor."""

    def __init__(self, sent: Sentence, anchor: T.Anchor):
        self.s = sent.text
        self.tense = _Tense(sent.text)
        self.anchor = anchor

    def direction(self, c: _Cand, default: int) -> tuple[int, str]:
        return self.tense.direction(c.start, c.end, default)

    def year_direction(self, c: _Cand) -> tuple[int, str]:
        """The direction for a date without a year. Against the publication date the tense
        decides; against a date the text mentioned (a narrative), the story moves on in the
        same year ("On July 1, 1863 ... By the evening of July 3 ..."), so the year is kept."""
        if self.anchor.from_text:
            return 0, ""
        return self.tense.direction(c.start, c.end, 0)

    def ref(self) -> tuple[dt.date | None, str]:
        a = self.anchor
        if a.published:
            return a.published, f"the publication date {a.published.isoformat()}"
        if a.last:
            return a.last, f"the last date mentioned before, {a.last.isoformat()}"
        return None, "no reference date"


def _value(c: _Cand, ctx: _Ctx) -> _Value | None:
    g = c.m.groupdict()
    return _HANDLERS[c.rule](c, g, ctx)


def _h_iso(c, g, ctx):
    try:
        d = dt.date(int(g["year"]), int(g["mon"]), int(g["day"]))
    except ValueError:
        return None
    return _Value(d.isoformat(), explanation="a full date", absolute=d)


def _h_daymonth(c, g, ctx):
    mon = _month(g["mon"])
    day = int(g["day"])
    day2 = int(g["day2"]) if g.get("day2") else None
    ref, refname = ctx.ref()
    if g["year"]:
        year, why = int(g["year"]), "a full date"
    else:
        if ref is None:
            return _Value(None, explanation="a day without a year and no reference date")
        d, word = ctx.year_direction(c)
        year = _year_of_day(ref, mon, day, d)
        why = (f"no year; {_dir_word(d)} clause" + (f" ('{word}')" if word else "")
               + f": the year implied by {refname}")
    try:
        d1 = dt.date(year, mon, day)
        d2 = dt.date(year, mon, day2) if day2 and day2 > day else None
    except ValueError:
        return None
    time = c.extra.get("time")
    if d2:
        return _Value(T.interval(d1.isoformat(), d2.isoformat()), kind="interval", explanation=why,
                      absolute=d1 if g["year"] else None)
    if time is not None:
        return _with_time(d1, time, why)
    return _Value(d1.isoformat(), explanation=why, absolute=d1 if g["year"] else None)


def _with_time(d: dt.date, tm: re.Match, why: str) -> _Value:
    h, mi = _clock(tm.groupdict())
    return _Value(T.time_of_day(d, h, mi), kind="time", explanation=why + ", at the time given")


def _clock(g) -> tuple[int, int]:
    if g.get("named"):
        return (12, 0) if g["named"].lower() == "noon" else (0, 0)
    h = int(g.get("h") or g.get("h2") or g.get("h3") or 0)
    mi = int(g.get("m") or g.get("m2") or 0)
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    return h % 24, mi


def _h_month(c, g, ctx):
    mon = _month(g["mon"])
    mod = _pos_mod(g["pos"])
    if g["year"]:
        y = int(g["year"])
        return _Value(T.iso_month(y, mon), mod=mod, explanation="a month and year",
                      absolute=dt.date(y, mon, 1))
    ref, refname = ctx.ref()
    if ref is None:
        return _Value(None, mod=mod, explanation="a month without a year and no reference date")
    rel = (g["rel"] or "").lower()
    if rel in L.RELATIVE:
        r = L.RELATIVE[rel]
        if r < 0:
            y = ref.year if mon < ref.month else ref.year - 1
        elif r > 0:
            y = ref.year if mon > ref.month else ref.year + 1
        else:
            y = ref.year
        why = f"'{g['rel']}' {g['mon']}: relative to {refname}"
    else:
        d, word = ctx.year_direction(c)
        y = T.month_year(ref, mon, d)
        why = (f"{g['mon']} without a year in a {_dir_word(d)} clause" + (f" ('{word}')" if word else "")
               + f": the nearest such month to {refname}")
    return _Value(T.iso_month(y, mon), mod=mod, explanation=why)


def _h_year(c, g, ctx):
    y = int(g["year"])
    mod = _pos_mod(g["pos"])
    why = "a fiscal year" if g["fiscal"] else "a year"
    v = _Value(T.iso_year(y), mod=mod, explanation=why, absolute=dt.date(y, 1, 1))
    return v


def _h_decade(c, g, ctx):
    if g["dec2"] is not None:
        ref, _ = ctx.ref()
        now = ref.year if ref else 2000
        cent = now // 100 if int(g["dec2"]) * 10 <= now % 100 else now // 100 - 1
        val = T.decade(cent * 100 + int(g["dec2"]) * 10)
    else:
        val = T.decade(int(g["cent"] + g["dec"] + "0"))
    return _Value(val, mod=_pos_mod(g["pos"]), explanation="a decade (TIMEX3: the first three digits)")


def _h_century(c, g, ctx):
    n = _ordinal(g["ord"])
    if not n or n < 1:
        return None
    return _Value(T.century(n), mod=_pos_mod(g["pos"]), explanation="a century (TIMEX3: the first two digits)")


def _h_weekday(c, g, ctx):
    wd = L.WEEKDAYS[g["wd"].lower()]
    pod = L.PARTS_OF_DAY.get((g["pod"] or "").lower())
    if g["plural"]:
        return _Value(f"XXXX-WXX-{wd + 1}", kind="set", explanation=f"every {g['wd']}")
    ref, refname = ctx.ref()
    if ref is None:
        return _Value(None, explanation="a weekday and no reference date")
    rel = (g["rel"] or "").lower()
    if rel in L.RELATIVE and L.RELATIVE[rel] != 0:
        r = L.RELATIVE[rel]
        d = T.weekday_near(ref + dt.timedelta(days=r), wd, r)
        why = f"'{g['rel']} {g['wd']}': the {g['wd']} {'before' if r < 0 else 'after'} {refname}"
    else:
        default = 1 if rel else -1
        r, word = ctx.direction(c, default)
        d = T.weekday_near(ref, wd, r)
        where = f"in a {_dir_word(r)} clause" + (f" ('{word}')" if word else " (news default: past)")
        why = (f"{g['wd']} {where}: the {'most recent' if r < 0 else 'next'} {g['wd']} "
               f"{'up to' if r < 0 else 'from'} {refname}")
    time = c.extra.get("time")
    if time is not None:
        return _with_time(d, time, why)
    if pod:
        return _Value(f"{d.isoformat()}T{pod}", kind="time", explanation=why)
    return _Value(d.isoformat(), explanation=why)


def _h_time(c, g, ctx):
    ref, refname = ctx.ref()
    h, mi = _clock(g)
    if ref is None:
        return _Value(f"T{h:02d}:{mi:02d}", kind="time", explanation="a clock time, no reference date")
    return _Value(T.time_of_day(ref, h, mi), kind="time", explanation=f"a clock time on {refname}")


def _h_hms(c, g, ctx):
    h, m, s = int(g["h"]), int(g["m"]), int(g["s"])
    val = "PT" + "".join(f"{n}{u}" for n, u in ((h, "H"), (m, "M"), (s, "S")) if n)
    return _Value(val or "PT0S", kind="duration", explanation="a duration in hours:minutes:seconds")


def _h_deictic(c, g, ctx):
    ref, refname = ctx.ref()
    if g["lastnight"]:
        if ref is None:
            return _Value(None, kind="time", explanation="no reference date")
        return _Value((ref - dt.timedelta(days=1 if g["lastnight"].lower().startswith("last") else 0))
                      .isoformat() + "TNI", kind="time", explanation=f"the night before {refname}")
    if g["this"]:
        if ref is None:
            return _Value(None, kind="time", explanation="no reference date")
        return _Value(f"{ref.isoformat()}T{L.PARTS_OF_DAY[g['pod2'].lower()]}", kind="time",
                      explanation=f"this {g['pod2']}: on {refname}")
    if g["wknd"]:
        if ref is None:
            return _Value(None, explanation="no reference date")
        r, word = ctx.direction(c, -1)
        if r < 0 and ref.weekday() < 5:
            ref = ref - dt.timedelta(weeks=1)
        return _Value(T.iso_weekend(ref), explanation=f"the weekend nearest {refname} "
                                                          f"in a {_dir_word(r)} clause")
    w = g["w"].lower()
    if w == "today":
        r, word = ctx.direction(c, 0)
        near = ctx.s[max(0, c.start - 25): c.start].lower()
        if word in ("is", "are", "am") or re.search(r"\b(?:than|of|can|could|may|might)\b(?:\s+\w+){0,2}\s*$", near):
            return None  # generic "today" (nowadays, "than today"): not a date (ANNOTATION.md)
    if ref is None:
        return _Value(None, explanation="no reference date")
    d = ref + dt.timedelta(days=L.DEICTIC_DAYS[w])
    pod = L.PARTS_OF_DAY.get((g["pod"] or "").lower()) or ("NI" if w == "tonight" else None)
    why = f"{w}: {'the day of' if L.DEICTIC_DAYS[w] == 0 else 'a day from'} {refname}"
    if c.extra.get("time") is not None:
        return _with_time(d, c.extra["time"], why)
    if pod:
        return _Value(f"{d.isoformat()}T{pod}", kind="time", explanation=why)
    return _Value(d.isoformat(), explanation=why)


def _h_sameday(c, g, ctx):
    a = ctx.anchor
    unit = g["unit"].lower()
    if a.mentioned is None or a.precision != "day":
        return _Value(None, kind="time" if unit != "day" else "date",
                      explanation=f"'same {unit}': no day mentioned before")
    d = a.mentioned
    why = f"'same {unit}': the day the text last mentioned, {d.isoformat()}"
    if unit != "day":
        return _Value(f"{d.isoformat()}T{L.PARTS_OF_DAY[unit]}", kind="time", explanation=why)
    return _Value(d.isoformat(), explanation=why)


def _h_relunit(c, g, ctx):
    unit = g["unit"].lower()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    r = L.RELATIVE[rel]
    pos = (g["pos"] or "").lower()
    mod = _pos_mod(pos) if pos not in ("earlier", "later") else None  # "earlier this month": no part
    the = bool(g["the"])
    if unit in ("day", "hour", "minute"):
        # "the past hour", "the next 24 hours" are spans; "the next day" hangs on an event we
        # cannot see, so it is left alone.
        if the and rel in ("past", "last", "coming") or unit != "day" and rel == "next":
            return _Value(_unit_code(1, unit), kind="duration", explanation=f"'{g['rel']} {unit}': a span of one {unit}")
        return None
    # "the following year", "the previous month": the unit after/before the last date the text
    # mentioned (a narrative step), not the publication date
    if the and rel in ("following", "previous") and unit in ("week", "month", "year", "quarter"):
        told = ctx.anchor.text_date
        if told is None:
            return _Value(None, explanation="no date mentioned before")
        return _Value(T.relative_value(told, r, unit), mod=mod,
                      explanation=f"'the {g['rel']} {unit}': the {unit} {'after' if r > 0 else 'before'} "
                                  f"the last date mentioned, {told.isoformat()}")
    # "the past year", "the next decade": a span of one unit, not a calendar unit (TimeML)
    if (the and rel in ("past", "next", "coming", "following")) or (unit in ("decade", "century") and r != 0):
        return _Value(_unit_code(1, unit), kind="duration",
                      explanation=f"'{g['rel']} {unit}': a span of one {unit}")
    ref, refname = ctx.ref()
    if ref is None:
        return _Value(None, mod=mod, explanation="no reference date")
    if unit == "weekend":
        v = T.iso_weekend(ref + dt.timedelta(weeks=r))
    elif unit == "century":
        v = f"{ref.year // 100:02d}"
    else:
        v = T.relative_value(ref, r, unit)
    what = {-1: "the previous", 0: "the current", 1: "the next"}[r]
    return _Value(v, mod=mod, explanation=f"'{g['rel']} {unit}': {what} {unit} from {refname}")


def _h_posunit(c, g, ctx):
    unit = g["unit"].lower()
    mod = _pos_mod(g["pos"])
    ref, refname = ctx.ref()
    if ref is None:
        return _Value(None, mod=mod, explanation="no reference date")
    r, word = ctx.year_direction(c)
    amount = 0
    if unit == "year":
        if r < 0 and mod == "END" and ref.month < 12:
            amount = -1  # the end of a year, in a past clause early in the year: last year's end
        elif r > 0 and mod == "START" and ref.month > 1:
            amount = 1
    v = T.relative_value(ref, amount, unit)
    return _Value(v, mod=mod, explanation=f"the {unit} {'before' if amount < 0 else 'of'} {refname} "
                                          f"({_dir_word(r)} clause)")


def _h_season(c, g, ctx):
    name = g["season"].lower()
    mod = _pos_mod(g["pos"])
    if g["year"]:
        y = int(g["year"])
        return _Value(T.season(y, name), mod=mod, explanation="a season and year", absolute=dt.date(y, 1, 1))
    ref, refname = ctx.ref()
    if ref is None:
        return _Value(None, mod=mod, explanation="no reference date")
    rel = (g["rel"] or "").lower()
    if rel in L.RELATIVE:
        r = L.RELATIVE[rel]
        why = f"'{g['rel']} {name}' relative to {refname}"
    else:
        r, word = ctx.year_direction(c)
        why = f"{name} in a {_dir_word(r)} clause: the nearest one to {refname}"
    return _Value(T.season(_season_year(ref, name, r), name), mod=mod, explanation=why)


def _h_quarter(c, g, ctx):
    n = _ordinal(g["ord"])
    half = bool(g["half"])
    ref, refname = ctx.ref()
    if g["year"]:
        y = int(g["year"])
        why = "a quarter of a named year"
    elif ref is None:
        return _Value(None, explanation="no reference date")
    elif g["rel"]:
        y = ref.year + L.RELATIVE[g["rel"].lower()]
        why = f"a quarter of {g['rel']} year"
    else:
        last = 2 if half else 4
        n = last if n == -1 else n
        cur = (ref.month - 1) // (6 if half else 3) + 1
        r, word = ctx.year_direction(c)
        y = ref.year
        if r < 0 and n > cur:
            y -= 1
        why = f"no year; {_dir_word(r)} clause: the one nearest {refname}"
    last = 2 if half else 4
    n = last if n == -1 else n
    if not n or n > last:
        return None
    return _Value(T.half_year(y, n) if half else T.quarter(y, n), explanation=why)


def _h_set(c, g, ctx):
    if g["units"]:
        return _Value(_unit_code(_num(g["n"]), L.UNITS[g["units"].lower()]), kind="set",
                      explanation=f"'{c.m.group(0)}': a set, once per span")
    if g["adv"]:
        return _Value(L.SET_ADVERBS[g["adv"].lower()], kind="set", explanation=f"'{g['adv']}': a set")
    unit = g["unit"]
    if unit.lower() in L.SET_UNITS:
        return _Value(L.SET_UNITS[unit.lower()], kind="set", explanation=f"'{g['every']} {unit}': a set")
    return _Value(f"XXXX-WXX-{L.WEEKDAYS[unit.lower()] + 1}", kind="set", explanation=f"every {unit}")


def _h_duration(c, g, ctx):
    unit = L.UNITS[g["unit"].lower()]
    numtext = (g["num"] or "").lower()
    amount = _num(numtext) if numtext else None
    if numtext in ("a", "an") and g["unit"].lower() != unit:
        amount = None  # "a decades-long feud": the article belongs to the noun
    modword = re.sub(r"\s+", " ", (g["mod"] or "").lower())
    mod = None if (modword == "over" and g["the"]) else L.DURATION_MODS.get(modword)  # "over the years"
    rel = (g["rel"] or "").lower()
    ago = re.sub(r"\s+", " ", (g["ago"] or "").lower())
    s = ctx.s
    # "$5 million a year", "twice a month": a set
    if numtext in ("a", "an") and not rel and not ago and unit in L.SET_UNITS and \
            _SET_BEFORE.search(s[max(0, c.start - _WINDOW): c.start]):
        return _Value(L.SET_UNITS[unit], kind="set", explanation=f"'{c.m.group(0)}': how often")
    if not numtext and not rel and g["unit"].lower() == unit:
        if ctx.s.startswith("-long", c.end):
            return _Value(_unit_code(1, unit), kind="duration", explanation=f"a {unit}-long span")
        return None
    if ago == "ago":
        ref, refname = ctx.ref()
        if ref is None or amount is None:
            return _Value("PAST_REF", explanation="some time ago")
        if unit in ("day", "week", "month", "year", "decade", "quarter") and float(amount).is_integer():
            v = T.relative_value(ref, -int(amount), unit)
            return _Value(v, mod=mod, explanation=f"{_amount(amount, unit)} before {refname}")
        if unit in ("hour", "minute", "second"):
            return _Value(ref.isoformat(), kind="date", explanation=f"on {refname}")
        return _Value("PAST_REF", explanation="some time ago")
    if rel in ("last", "previous") and g["the"] and not numtext and g["unit"].lower() == unit:
        return None
    if numtext in ("the",):
        amount = None
    v = _unit_code(amount, unit)
    why = f"a span of {_amount(amount, unit)}" + (f" ({g['mod'].lower()})" if mod else "")
    return _Value(v, kind="duration", mod=mod, explanation=why)


def _h_coordnum(c, g, ctx):
    amount = _num(g["num"])
    unit = L.UNITS[g["unit"].lower()]
    return _Value(_unit_code(amount, unit), kind="duration",
                  explanation=f"the first of two coordinated amounts of {unit}s")


def _h_holiday(c, g, ctx):
    key = re.sub(r"\s+", " ", g["name"].lower()).replace("’", "'")
    spec = L.HOLIDAYS[key]
    ref, refname = ctx.ref()
    rel = (g["rel"] or "").lower()
    if g["year"]:
        years, why = [int(g["year"])], "a holiday in a named year"
    elif ref is None:
        return _Value(None, explanation="a holiday and no reference date")
    else:
        years, why = [ref.year - 1, ref.year, ref.year + 1], ""
    days = [_holiday_date(y, spec) for y in years]
    if len(days) == 1:
        d, absolute = days[0], days[0]
    else:
        r = L.RELATIVE[rel] if rel in L.RELATIVE else ctx.year_direction(c)[0]
        if r < 0:
            d = max(x for x in days if x <= ref)
        elif r > 0:
            d = min(x for x in days if x >= ref)
        else:
            d = days[1]
        absolute = None
        why = f"{g['name']} in a {_dir_word(r)} clause: the one nearest {refname}"
    if c.extra.get("time") is not None:
        return _with_time(d, c.extra["time"], why)
    return _Value(d.isoformat(), explanation=why, absolute=absolute)


def _holiday_date(year: int, spec) -> dt.date:
    if isinstance(spec, tuple):
        return dt.date(year, *spec)
    if spec == "thanksgiving":
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    easter = T.easter(year)
    return easter + dt.timedelta(days={"easter": 0, "good friday": -2, "easter monday": 1}[spec])


def _h_milclock(c, g, ctx):
    ref, refname = ctx.ref()
    h, mi = int(g["h"]), int(g["m"])
    if ref is None:
        return _Value(f"T{h:02d}:{mi:02d}", kind="time", explanation="a clock time, no reference date")
    return _Value(T.time_of_day(ref, h, mi), kind="time", explanation=f"a clock time on {refname}")


_HANDLERS = {
    "iso": _h_iso, "mdy": _h_daymonth, "dmy": _h_daymonth, "month": _h_month, "year": _h_year,
    "decade": _h_decade, "century": _h_century, "weekday": _h_weekday, "time": _h_time,
    "hms": _h_hms, "deictic": _h_deictic, "sameday": _h_sameday, "relunit": _h_relunit, "posunit": _h_posunit,
    "season": _h_season, "quarter": _h_quarter, "set": _h_set, "duration": _h_duration,
    "coordnum": _h_coordnum, "holiday": _h_holiday, "milclock": _h_milclock,
}


# ---------------------------------------------------------------- spans


def _spans(c: _Cand, s: str) -> list[tuple[int, int, dict]]:
    """The claims a candidate gives: usually one; a year range "2009-2010" gives two (TimeML);
    "between 12 and 18 months" gives the first number (its own duration) here, the rest in
    the duration rule."""
    g = c.m.groupdict()
    if c.rule == "year" and g.get("year2"):
        y1 = int(g["year"])
        y2s = g["year2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 <= y1 or y2 - y1 > 100:
            return [(c.start, c.m.start("year") + 4, {})]
        return [(c.start, c.m.start("year") + 4, {}),
                (c.m.start("year2"), c.m.end("year2"), {"year_value": y2})]
    return [(c.start, c.end, {})]


def find(text: str, sentences: list[Sentence], published: dt.date | None) -> list[Claim]:
    anchor = T.Anchor(published)
    out: list[Claim] = []
    for sent in _blocks(text, sentences):
        s = sent.text
        if not _QUICK.search(s):
            continue
        cands = _resolve(_candidates(s), s)
        ctx = _Ctx(sent, anchor)
        for c in cands:
            for a, b, extra in _spans(c, s):
                if "year_value" in extra:
                    y = extra["year_value"]
                    val = _Value(T.iso_year(y), explanation="the second year of a range",
                                 absolute=dt.date(y, 1, 1))
                else:
                    val = _value(c, ctx)
                if val is None:
                    continue
                if _SINCE.search(s[max(0, a - 10):a]) and val.kind == "date" and val.value and anchor.date and \
                        re.fullmatch(r"\d{4}(-\d\d){0,2}", val.value):
                    ref = anchor.date.isoformat()[: len(val.value)]
                    if ref > val.value:
                        val = _Value(T.interval(val.value, ref), kind="interval", mod=val.mod,
                                     explanation=val.explanation + "; since then, up to the reference date",
                                     absolute=val.absolute)
                pm = _SPAN_PREP.search(s[max(0, a - 10):a])
                if pm and c.rule not in ("duration", "coordnum", "set", "hms"):
                    a = max(0, a - 10) + pm.start()
                start, end = sent.start + a, sent.start + b
                claim = Claim(type="date", start=start, end=end, text=text[start:end],
                              sentence=s, value=val.value, kind=val.kind, mod=val.mod,
                              explanation=val.explanation or None)
                if not _joined(out, claim, text):
                    out.append(claim)
                if val.absolute and not _coarser_same(val.value, anchor.last):
                    anchor.note(val.absolute, _PRECISION.get(len(val.value or ""), "day"))
    return out


_PRECISION = {4: "year", 7: "month"}
_JOIN = re.compile(r"\s*(?:-|–|and|or|to|through|until)\s*", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _joined(out: list[Claim], claim: Claim, text: str) -> bool:
    """"on Monday or Tuesday", "from March 3 to March 5": two days joined into one interval
    (ANNOTATION.md: coordinated and disjunctive dates are one claim). Years stay apart
    ("2009-2010" are two TimeML expressions)."""
    if not out:
        return False
    p = out[-1]
    if not (p.kind == claim.kind == "date" and p.value and claim.value and _DAY.fullmatch(p.value)
            and _DAY.fullmatch(claim.value) and p.value < claim.value
            and _JOIN.fullmatch(text, p.end, claim.start)):
        return False
    out[-1] = Claim(type="date", start=p.start, end=claim.end, text=text[p.start:claim.end],
                    sentence=p.sentence, value=T.interval(p.value, claim.value), kind="interval",
                    explanation=f"two days joined: {p.explanation}; {claim.explanation}")
    return True


def _coarser_same(value: str | None, last: dt.date | None) -> bool:
    """Is value ("1939", "1939-09") only a coarser mention of the date we already anchor on?
    Then the finer anchor stays ("On Sept. 1, 1939 ... In 1939 ... on Friday")."""
    return bool(value and last and len(value) < 10 and last.isoformat().startswith(value))


_MONTH_ABBR_END = re.compile(rf"\b(?:{_MONTH_ABBR})\.$")


def _blocks(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, re-joined where the segmenter cut after a month abbreviation ("Dec. 2")."""
    out: list[Sentence] = []
    for s in sentences:
        if out and _MONTH_ABBR_END.search(out[-1].text) and "\n" not in text[out[-1].end:s.start]:
            p = out[-1]
            out[-1] = Sentence(p.index, p.start, s.end, text[p.start:s.end], p.boilerplate, p.line_start)
        else:
            out.append(s)
    return out


_GAP = re.compile(r"\s*(?:,|[Aa]t|[Oo]n)?\s*")


# A cheap prefilter: sentences without a digit or a time word have no date.
_QUICK = re.compile(
    r"\d|" + "|".join(sorted({w.capitalize() for w in L.MONTHS if len(w) > 2} | {w.capitalize() for w in L.WEEKDAYS}))
    + r"|(?i:" + "|".join(sorted(set(L.UNITS) | set(L.DEICTIC_DAYS) | set(L.SET_ADVERBS) | set(L.SEASONS)
                                 | {"century", "night", "morning", "evening", "afternoon", "noon", "midnight",
                                    "weekend", "quarter", "christmas", "easter", "thanksgiving",
                                    "halloween", "new year"})) + r")"
)
