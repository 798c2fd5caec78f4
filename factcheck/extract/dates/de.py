"""German date rules: a candidate grammar over each sentence, then normalization.

Three passes:
1. every rule (a regex built from the vocabulary in lang/de_dates.py) proposes candidates
   inside one sentence; a rule may refuse a match it can already judge (a count, an age);
2. overlapping candidates are resolved, longest first, and neighbours that form one
   expression are merged ("Dienstag, 28. April 2020, 18 Uhr"; "am Morgen des 1. Mai");
3. in text order each candidate is normalized against the anchor (the publication date, or
   in a history text the last absolute date mentioned), and absolute dates move the anchor.

Direction (past or future) of year-less months and weekdays comes from modifiers
("vergangenen", "kommenden") and else from the tense of the clause (tense()).

Conventions (see ../shared/eval/ANNOTATION.md): a coordination ("am 7. und 8. Juli", "Montag
oder Dienstag") is one interval; a range ("vom 2. bis 27. Februar", "von 1939 bis 1945")
gives its start and its end; "seit" + a point is an interval up to the publication date,
"seit" + a span a duration; vague spans ("seit Jahrzehnten") have the value None; bare
"heute" (nowadays) and unit-less adverbs (jetzt, bald) are not dates. Expressions that refer
to the date just mentioned ("am folgenden Tag", "ein Jahr zuvor") count from it when it is in
the same or the previous sentence, else from the publication date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from ...model import Claim
from ..lang import de_dates as V
from ..nouns import is_living
from ..segment import Sentence
from . import timex
from .timex import Anchor


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cap(words) -> str:
    """Alternation that matches each word lower-case or capitalized (sentence starts)."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}")
    return "|".join(out)


def _phrases(words) -> str:
    """Alternation of (multi-word) phrases, longest first, any whitespace between words."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True))


def _title(words) -> str:
    return "|".join(re.escape(w[0].upper() + w[1:]) for w in sorted(words, key=len, reverse=True))


# --- building blocks --------------------------------------------------------------------
_FULL_MONTHS = [m for m in V.MONTHS if m not in V.MONTH_ABBREVIATIONS]
MONTH = "(?:" + _title(_FULL_MONTHS) + "|(?:" + _title(V.MONTH_ABBREVIATIONS) + r")\.)"
WEEKDAY = "(?:" + _title(V.WEEKDAYS) + ")"
DAYPART = "(?:" + _alt(V.DAY_PARTS) + ")"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
BC = "|".join(V.BC_MARKERS)
AD = "|".join(V.AD_MARKERS)
NUMWORD = ("(?:(?:" + _cap(V.DIGIT_WORDS) + ")und(?:" + "|".join(V.TENS_WORDS) + ")|"
           + _cap(V.NUMBER_WORDS) + ")")
NUM = r"(?:\d+(?:,\d+)?|" + NUMWORD + ")"
UNIT = "(?:" + _title(V.UNITS) + ")"
PREP = r"(?P<prep>(?i:" + _phrases(V.PREPOSITIONS) + r"))\s+"
MOD = r"(?P<mod>(?i:gegen\s+|bis\s+)?(?:Anfang|Mitte|Ende|Beginn))\s+"
PAST = _alt(V.PAST_WORDS)
FUTURE = _alt(V.FUTURE_WORDS)
THIS = _alt(V.THIS_WORDS)
DIR = f"(?P<dir>(?i:{_alt(V.TWO_STEPS)}|{PAST}|{FUTURE}|{THIS}))\\s+"
# "des Vorjahres", "vergangenen Jahres", "des laufenden Jahres", "dieses Jahres": the year a
# month, season or quarter belongs to, in every genitive form the vocabulary generates
_GEN_DIR = _alt([w for w in V.PAST_WORDS + V.FUTURE_WORDS + V.THIS_WORDS if w.endswith(("en", "es"))])
_REL_YEAR_NOUNS = _title([k for k, (u, _) in V.RELATIVE_NOUNS.items() if u == "year" and k.endswith("s")])
YEAR_REL = (r"(?P<yrel>(?:des\s+)?(?:" + _REL_YEAR_NOUNS + r")|(?:des\s+)?(?:(?:" + _GEN_DIR + r")\s+)Jahr(?:es|s)"
            r"|des\s+Jahres(?:\s+(?P<yrel_y>" + YEAR + r"))?)(?![\w])")

R = re.compile


@dataclass
class Cand:
    start: int
    end: int
    rule: str
    g: dict
    priority: int = 5
    sentence: Sentence | None = None
    parts: list = field(default_factory=list)  # merged neighbours (time, weekday)


# --- the rules ----------------------------------------------------------------------------
# Each rule is a core pattern that starts at a distinctive token (a digit, a month or weekday
# name, a unit) and an optional left context (prepositions, modifiers, the number of a
# duration) matched backwards from the core: scanning for the core alone is many times faster
# than trying optional prefixes at every position. A rule whose left context is required
# (the direction word of "vergangene Woche") refuses cores without it.
@dataclass(frozen=True)
class Rule:
    name: str
    core: re.Pattern
    left: re.Pattern | None
    priority: int
    left_required: bool = False


def _rule(name: str, core: str, left: str | None = None, priority: int = 5, required: bool = False) -> Rule:
    lrx = None
    if left:
        lrx = R(r"(?<![\w])(?:" + left + r")$") if required else R(r"(?:(?<![\w])(?:" + left + r"))?$")
    return Rule(name, R(core), lrx, priority, required)


LEFT_PREP_MOD = rf"(?:{PREP})?(?:{MOD}(?:des\s+)?)?"
HEDGE = r"(?P<hedge>(?i:" + _phrases(V.HEDGES) + r"))\s+"

RULES: list[Rule] = [
    # 28.04.2020, 1.9.39, 02.01.2022
    _rule("numdate", rf"(?<![\d.])(?P<d>{DAY})\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?(?P<y>\d{{4}}|\d{{2}})(?![\d])(?:,?\s*(?:\|\s*|\s(?i:um)\s+)?(?<=[\s|])(?P<th>[01]?[0-9]|2[0-3]):(?P<tm>[0-5][0-9])(?![\d])(?!\s*Uhr))?",
          rf"{PREP}", 1),
    # 7. Juli 2017, am 7. und 8. Juli, vom 7. bis 9. Juli, 10. Mai 490 v. Chr.
    _rule("daymonth", rf"(?<![\d.])(?P<d>{DAY})\.(?:\s*(?P<conj>und|oder|bis(?:\s+zum)?|[-–/])\s*(?P<d2>{DAY})\.)?\s*(?P<mon>{MONTH})"
          rf"(?:,?\s+(?P<y>{YEAR}|\d{{1,4}}(?=\s*(?:{BC})))(?:\s*(?P<bc>{BC}))?(?![\d])|\s+(?P<yr>'\d\d)|\s+{YEAR_REL})?",
          rf"(?:{PREP})?(?:(?P<mod0>(?i:Anfang|Mitte|Ende))\s+)?", 1),
    # Mitte September, im Januar, Juni 1940, Ende Januar dieses Jahres
    _rule("month", rf"(?<![\w.])(?P<mon>{MONTH})(?![\w])"
          rf"(?:\s+(?P<y>{YEAR}|\d{{1,4}}(?=\s*(?:{BC})))(?:\s*(?P<bc>{BC}))?(?![\d])|\s+{YEAR_REL})?",
          rf"{LEFT_PREP_MOD}(?:(?P<dir2>(?i:{PAST}|{FUTURE}|{THIS}))\s+)?", 2),
    # "in der Nacht vom 3. auf den 4. Mai": the night belongs to the first day
    _rule("nightof", rf"(?<![\w])(?P<part>Nacht|Nächte)\s+(?:vom|von|zum)\s+(?P<d>{DAY})\.(?=\s*(?:auf|zum|bis)\s+(?:den\s+)?{DAY}\.\s*(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?)",
          r"(?i:in\s+der|der|die)\s+", 1),
    # am Abend, in der Nacht, am frühen Morgen: the day the text is talking about
    _rule("daypart", r"(?<![\w])(?P<part>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|Abendstunden|Tages)(?![\w])(?!\s+(?:des|vom|zum|auf|der|desselben|dieses|jenes)\b)(?!\s+von\s+\d)",
          r"(?i:am|in\s+der|während\s+der|gegen|zur|im\s+Laufe\s+des|Laufe\s+des)\s+(?:(?i:frühen|späten)\s+)?", 5, True),
    # 1939, im Jahr 2021, Ende 1941, 490 v. Chr., Jahr 2022
    _rule("year", rf"(?<![\d.,:/\w])(?P<y>\d{{1,4}})(?:(?P<slash>/)(?P<y2>\d{{2}}|\d{{4}}))?(?:\s*(?P<bc>{BC})|\s*(?P<ad>{AD}))?(?![\d]|,\d|\.\d|\s*%|\s*Uhr|-?[A-Za-zÄÖÜäöüß])",
          rf"(?:(?P<prep>(?i:seit|bis|ab|vom|von|zum|im|um|gegen|etwa|vor|nach|zwischen|und|in)|[-–])\s+)?(?:{MOD}(?:des\s+(?:(?i:aktuellen|laufenden|vergangenen)\s+)?(?:Jahres\s+)?)?)?(?:(?P<jahr>(?i:(?:das|im|dem|des|in\s+den|den)\s+)?(?:(?i:aktuellen|laufenden|vergangenen)\s+)?(?:Jahr(?:es|s|e|en)?|Jahresende|Jahresbeginn|Jahresmitte|Jahresanfang|(?!Frühjahr|Halbjahr|Vierteljahr)[A-ZÄÖÜ][a-zäöüß]+jahr(?:es|s|e|en)?))\s+)?", 3),
    # über 2025 hinaus, über das Jahr 2030 hinaus: a year (rel AFTER)
    _rule("beyond", rf"(?<![\w])[Üü]ber\s+(?:(?i:das|dem)\s+)?(?:Jahr\s+)?(?P<y>{YEAR})\s+hinaus(?![\w])", None, 1),
    # 1939-45: the second year of a range
    _rule("yearrange2", r"(?<=\d{4})[-–](?P<y2>\d{2})(?![\d])", None, 3),
    # 1940er Jahre, der 90er-Jahre, Anfang der 1990er
    _rule("decade", r"(?<![\w])(?P<dec>(?:1[0-9]|20)?[0-9]0)er(?:[-\s]?Jahren?|[-\s]Jahre)?(?![\w])",
          rf"(?:{PREP})?(?:{MOD})?(?:(?:der|den|die)\s+)?", 2),
    # die zwanziger Jahre, in den Neunzigerjahren
    _rule("decadeword", rf"(?<![\w])(?P<decw>(?i:{_alt(V.DECADE_WORDS)}))(?:\s+Jahren?|[-]?[Jj]ahren?)(?![\w])",
          rf"(?:{PREP})?(?:{MOD})?(?:(?:der|den|die)\s+)?(?:(?P<century>(?i:neunzehnhundert|achtzehnhundert))\s*)?", 2),
    # 20. Jahrhundert(s), 5. Jh. v. Chr.
    _rule("century", rf"(?<![\w.])(?P<c>\d{{1,2}})\.\s*(?:Jahrhunderts?|Jh\.|Jhd?t?\.)(?:\s*(?P<bc>{BC}))?",
          rf"{LEFT_PREP_MOD}(?:(?:des|dem|das|im)\s+)?", 2),
    # an diesem Mittwoch und Donnerstag, am Samstagabend, vergangenen Freitag
    _rule("weekday", rf"(?<![\w])(?P<wd>{WEEKDAY})(?P<part>{DAYPART})?(?:s)?(?![\w])(?:\s*(?P<conj>und|oder|bis)\s*(?:(?i:zum|am)\s+)?(?P<wd2>{WEEKDAY})(?P<part2>{DAYPART})?(?![\w]))?",
          rf"(?:{PREP})?(?:{DIR})?", 3),
    _rule("weekdayadj", rf"(?<![\w])(?P<adj>(?i:{_alt(V.WEEKDAY_ADJECTIVES)}))(?:n|r|s|m)?(?![\w])", None, 4),
    # gestern, heute Abend, übermorgen
    _rule("relday", rf"(?<![\w])(?P<w>[Vv]orgestern|[Gg]estern|[Hh]eute|[Üü]bermorgen|morgen|Morgen(?=\s+[a-zäöüß]))(?:\s+(?P<part>(?i:{DAYPART}|früh)))?(?![\w])",
          r"(?P<prep>(?i:seit|bis|ab|von))\s+", 4),
    # vergangene Woche, im Vorjahr, am folgenden Tag, nächsten Jahres, selben Monat
    _rule("relunit", r"(?<![\w])(?P<unit>Wochenendes?|Woche|Monats?|Jahr(?:es|s)?|Quartals?|Halbjahr(?:es|s)?|Tag(?:es|s)?|Jahrzehnts?|Sommers?|Winters?|Herbst(?:es)?|Frühjahr(?:es|s)?|Frühlings?|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![\w])",
          rf"(?:{PREP})?(?:(?i:der|die|das|den|dem|des)\s+)?(?:{MOD}(?:des\s+|der\s+)?)?{DIR}", 3, True),
    _rule("relnoun", rf"(?<![\w])(?P<noun>(?i:{_alt(V.RELATIVE_NOUNS)}))(?![\w])",
          rf"(?:{PREP})?(?:{MOD})?(?:(?i:{_alt(V.ARTICLES)})\s+)?", 3),
    # Ende des Jahres, Jahresende, Mitte des Monats, im Laufe des Jahres
    _rule("unitmod", r"(?<![\w])(?:(?P<mod>(?:[Gg]egen\s+)?(?:Anfang|Mitte|Ende|Beginn|[Ii]m\s+Laufe|Laufe|Verlauf))\s+(?:des|dieses)\s+(?P<unit>Jahres|Monats)|(?P<comp>Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Monatsende|Monatsanfang|Jahreswechsel|Jahresfrist))(?![\w])(?!\s+\d)",
          rf"{PREP}", 4),
    # Ende der Woche, Mitte nächster Woche, am Wochenende
    _rule("weekmod", r"(?<![\w])(?P<mod>Anfang|Mitte|Ende|Beginn)\s+(?:(?P<det>der|dieser|nächster|kommender|vergangener|letzter)\s+)?(?P<dir>(?:nächsten|kommenden|vergangenen|letzten)\s+)?Woche(?![\w])",
          rf"{PREP}", 4),
    _rule("weekend", r"(?<![\w])(?P<we>(?i:am|übers|über\s+das|zum|dieses|diesem|an\s+diesem|vom)\s+Wochenende)(?![\w])", None, 4),
    # ein Jahr zuvor, zwei Tage später, am Tag darauf
    _rule("shift", rf"(?<![\w])(?P<unit>{UNIT}|Nächte|Nacht)\s+(?P<way>(?i:später|danach|darauf|zuvor|vorher|früher))(?![\w])",
          rf"(?:(?i:am|im)\s+)?(?:(?P<num>{NUM})\s+)?", 2),
    # vor drei Jahren, in drei Wochen, nach zwei Tagen
    _rule("ago", rf"(?<![\w])(?P<way>[Vv]or|[Ii]n|[Nn]ach)\s+(?:(?P<hedge>(?i:etwa|rund|gut|knapp|fast|über|mehr\s+als))\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})(?![\w])", None, 2),
    # drei Jahre lang, seit vier Jahren, 72 Stunden, innerhalb von 72 Stunden, etwa einem Jahr
    _rule("duration", rf"(?<![\w])(?P<unit>{UNIT})(?P<lang>\s+lang)?(?![\w])",
          r"(?:(?P<prep>(?i:" + _phrases(V.DURATION_PREPOSITIONS) + r"))\s+)?"
          rf"(?:(?P<ddir>(?i:(?:{_alt(V.ARTICLES)})\s+)?(?:{PAST}|{FUTURE}|{_alt(V.ORDINALS)}))\s+)?"
          rf"(?:{HEDGE})?(?<![\w,.])(?P<num>{NUM})(?:\s+(?P<frac>(?i:{_alt(V.FRACTIONS)})))?(?:\s+|-)", 4, True),
    # seit Jahrzehnten, seit Jahren, in den vergangenen Wochen, vor Monaten, wenige Tage
    _rule("vague", r"(?<![\w])(?P<unit>Jahrzehnten|Jahrzehnte|Jahren|Monaten|Wochen|Tagen|Stunden|Minuten|Jahre|Monate|Tage|Jahrhunderten)(?:\s+(?P<way>später|zuvor|danach))?(?![\w])(?!\s+\d)",
          rf"(?:(?P<prep>(?i:{_phrases(V.VAGUE_PREPOSITIONS)}))\s+)?(?:(?i:der|den|die)\s+)?"  # plural articles only: "seit dem Tage" is one day
          rf"(?:(?P<vdir>(?i:{PAST}|{FUTURE}|{_alt(V.ORDINALS)}))\s+)?(?:(?P<q>(?i:{_alt(V.VAGUE_QUANTIFIERS)}))\s+)?", 6),
    _rule("vagueadj", r"(?<![\w])(?P<w>(?i:jahrzehntelang|jahrelang|monatelang|wochenlang|tagelang|stundenlang|mehrjährig|mehrwöchig|mehrtägig|mehrmonatig))(?:e|en|er|es|em)?(?![\w])", None, 4),
    # zehnjährig, zweimonatige, achttägiger, 48-stündige
    _rule("adjdur", rf"(?<![\w])(?P<num>\d+-?|(?i:{_alt(V.NUMBER_STEMS)})(?:und(?:zwanzig|dreißig|vierzig|fünfzig))?)(?P<adj>(?i:jährig|monatig|wöchig|tägig|stündig|minütig))(?P<inf>e|en|er|es|em)?(?![\w])", None, 4),
    # im Sommer, Herbst 1940, im Spätsommer, Frühjahr des nächsten Jahres
    _rule("season", rf"(?<![\w])(?P<season>(?:Spät|Früh|Hoch)(?:sommer|winter|herbst|frühjahr|frühling)|Sommer|Winter|Herbst|Frühjahr|Frühling)(?:es|s)?(?![\w])"
          rf"(?:\s+(?P<y>{YEAR}|\d{{1,4}}(?=\s*(?:{BC})))(?:\s*(?P<bc>{BC}))?(?:/\d{{2,4}})?(?![\d])|\s+(?:des\s+Jahres\s+(?P<y3>{YEAR}))|\s+{YEAR_REL})?",
          rf"{LEFT_PREP_MOD}(?:(?P<det>(?i:der|den|dem|des|das))\s+)?(?:(?P<adj>späten|frühen)\s+)?", 3),
    _rule("seasonrel", r"(?<![\w])(?P<season>Sommer|Winter|Herbst|Frühjahr|Frühling)(?:es|s)?(?![\w])",
          rf"(?:{PREP})?{DIR}", 2, True),
    # im dritten Quartal, das erste Halbjahr 2023, zweiten Jahreshälfte
    _rule("quarter", rf"(?<![\w])(?P<unit>Quartal|Halbjahr|Jahreshälfte|Vierteljahr)(?:es|s)?(?![\w])(?:\s+(?P<y>{YEAR})(?![\d])|\s+{YEAR_REL})?",
          rf"(?:{PREP})?(?:(?i:das|dem|des|der|die)\s+)?(?P<ord>(?i:ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|letzten|letzte)|[1-4]\.)\s+", 2, True),
    _rule("qshort", rf"(?<![\w])(?P<q>Q|H)(?P<n>[1-4])(?:\s*/?\s*(?P<y>{YEAR}|\d{{2}}))?(?![\w])", None, 3),
    # 18 Uhr, 18:00 Uhr, um 4:45 Uhr, 4 Uhr 45, gegen 18.30 Uhr
    _rule("time", r"(?<![\d.,:])(?P<h>[01]?[0-9]|2[0-4])(?:[:.](?P<mi>[0-5][0-9]))?\s*Uhr(?:\s+(?P<mi2>[0-5][0-9])(?![\d]))?(?:\s+(?P<tz>MEZ|MESZ|mitteleuropäischer\s+Zeit|Ortszeit|morgens|früh|abends|nachts))?",
          r"(?P<prep>(?i:um|gegen|ab|bis|seit|von|vor|nach|kurz\s+vor|kurz\s+nach|knapp))\s+", 2),
    _rule("midnight", r"(?<![\w])(?P<w>Mitternacht)(?![\w])", r"(?P<prep>(?i:um|gegen|nach|vor|bis|ab|kurz\s+vor|kurz\s+nach))\s+", 3, True),
    _rule("clock", r"(?<![\d.,:])(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?![\d])",
          r"(?P<prep>(?i:um|gegen|ab|bis))\s+", 3, True),
    # jährlich, pro Jahr, im Monat, /Monat
    _rule("setword", rf"(?<![\w])(?P<w>(?i:{_alt(V.SET_WORDS)}))(?:e|en|er|es|em)?(?![\w])", None, 4),
    _rule("setper", r"(?<![\w])(?P<unit>Jahr|Monat|Woche|Tag|Stunde|Quartal)(?![\w])",
          r"(?:(?P<per>(?i:pro|je))\s+|(?P<im>(?i:im|am|in\s+der))\s+)", 5, True),
    _rule("setslash", r"(?<=/)\s?(?P<unit>Jahr|Monat|Woche|Tag|Stunde|Quartal)(?![\w])", None, 5),
    # Weihnachten 1914, Ostermontag, Neujahrstag
    _rule("holiday", rf"(?<![\w])(?P<hol>(?i:{_alt(list(V.FIXED_HOLIDAYS) + list(V.EASTER_HOLIDAYS))}))(?:s)?(?![\w])(?:\s+(?P<y>{YEAR})(?![\d]))?",
          rf"(?:{PREP})?(?:(?i:dem|den|der|des)\s+)?", 3),
]


# --- pass 1: candidates ---------------------------------------------------------------------
_COUNT_AFTER = re.compile(r"\s*(?P<w>[\wÄÖÜäöüß]+)")
_HEDGE_BEFORE = re.compile(r"(?<![\w])(?:" + _alt(V.AMOUNT_HEDGES) + r")\.?\s*$", re.IGNORECASE)  # not "gegenüber"
_AGE_AFTER = re.compile(r"\s*(?:alt|alte|alten|alter|altes|jung|junge|jünger|älter)\b")
_AGE_BEFORE = re.compile(r"(?:Alter|Lebensalter|Alters)\s+von\s+(?:\w+\s+)?$|\bmit\s+$")
# the noun an "N-jährig" adjective qualifies: the next capitalised word, after at most one
# more adjective ("ein zweijähriger schwarzer Hund")
_NOUN_AFTER = re.compile(r"\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?(?P<n>[A-ZÄÖÜ][\wäöüß-]*)")


def _age_noun_after(after: str) -> bool:
    """Is the noun after an "N-jährig" adjective a person or an animal (then it is an age)?"""
    m = _NOUN_AFTER.match(after)
    if m is None:
        return False
    return is_living(V, m.group("n").lower())


_NO_YEAR_HERE = ""  # marks a split-off day: its year comes from the date it was coordinated with


# --- pass 1: checks a regex cannot make ---------------------------------------------------
# Each takes the groups, the sentence text and the candidate's span in it; False drops the
# candidate. Rules without a check are always accepted.
def _check_year(g: dict, s: str, start: int, end: int) -> bool:
    y = g["y"]
    n = int(y)
    after = s[end:end + 40]
    before = s[max(0, start - 40):start]
    if g.get("bc") or g.get("ad"):
        return 0 < n < 10000
    cue = g.get("jahr") or g.get("mod") or g.get("prep")
    if re.match(rf"\s*[-–/]\s*\d{{1,4}}\s*(?:{BC})", after) and 0 < n < 10000:
        g["bc"] = "range"  # "264–260 v. Chr.": the era belongs to both ends
        return True
    strong = g.get("jahr") or (g.get("prep") or "").lower() in ("um", "seit", "bis", "ab", "im")
    if len(y) == 3 and strong and not re.match(r"\s*(?:[A-ZÄÖÜ]|Mal\b|mal\b|km\b|m\b)", after):
        g["era_only"] = "1"  # "um 449": a year only in a text that counts years BC
        return True
    if len(y) != 4 and not (g.get("jahr") and 100 <= n):
        return False
    if not (1000 <= n <= 2100):
        return False
    w = _COUNT_AFTER.match(after)
    if _compared_year(n, before, after):
        g["compared"] = "1"  # "15 Prozent weniger als 2019", "so viele wie 2020": a year
    elif _HEDGE_BEFORE.search(before) and not g.get("jahr"):
        return False
    if w and w.group("w").lower() in V.COUNT_NOUNS_AFTER_YEARLIKE and not g.get("jahr"):
        return False
    if re.match(r"\s*(?:[-–]\s*)?(?:Mio|Mrd|Millionen|Milliarden|Tausend)\b", after):
        return False
    if not cue and re.search(r"(?:Nr\.|Nummer|Seite|Artikel|Paragraf|§|Tel\.|PLZ|[Ss]tr\.|straße|weg|platz|allee|gasse|damm|ring|Postfach|Hausnummer)\s*$", before):
        return False
    weak = not (g.get("jahr") or g.get("mod")) and (g.get("prep") or "").lower() in ("", "und", "in", "etwa", "vor", "nach", "von", "-", "–", "um")
    if weak and not g.get("slash") and re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]{2,}", after) \
            and not re.match(r"\s+(?:" + MONTH + r"|Uhr)\b", after):
        return False  # "1370 Landungsboote", "1500 Geschützrohren": a count before its noun
    return True


_COMPARED = re.compile(r"(?:^|(?<=[^\w]))(?P<w>[\wÄÖÜäöüß]+)\s+(?i:" + _alt(V.COMPARISON_WORDS) + r")\s+(?:noch\s+)?$")
_AMOUNT_OR_DEGREE = re.compile(r"(?:\d|%|(?<![\w])(?i:" + _alt(V.DEGREE_WORDS) + r"|" + NUMWORD + r"))[\wÄÖÜäöüß.,]*\s+"
                               r"(?:[\wÄÖÜäöüß.,%]+\s+){0,2}$")


def _compared_year(n: int, before: str, after: str) -> bool:
    """A year-like number after a comparison ("weniger als 2019", "höher als 2021", "wie 2018")
    compares with that year, unless a counted noun follows ("mehr als 2000 Menschen"). After
    "mehr/weniger als", which also bound an amount, it is a year only when the comparative has
    an amount or degree of its own ("15 Prozent weniger als 2019", "deutlich mehr als 2019")."""
    if not 1900 <= n <= 2100:
        return False
    m = _COMPARED.search(before)
    if m is None:
        return False
    w = _COUNT_AFTER.match(after)
    if w and (w.group("w").lower() in V.COUNT_NOUNS_AFTER_YEARLIKE or w.group("w")[0].isupper()
              and not re.match(r"\s*" + MONTH, after)):
        return False  # "mehr als 2000 Menschen", "wie 2000 Soldaten"
    if re.match(r"\s*(?:[-–]\s*)?(?:Mio|Mrd|Millionen|Milliarden|Tausend|Mal)\b|\s*(?:%|€|\$)", after):
        return False
    if m.group("w").lower() in V.AMOUNT_COMPARATIVES:
        return bool(_AMOUNT_OR_DEGREE.search(before, 0, m.start("w")))
    return True


def _check_month(g: dict, s: str, start: int, end: int) -> bool:
    mon = g["mon"]
    if mon == "August" and not (g.get("prep") or g.get("mod") or g.get("y") or g.get("yrel")):
        # "August Bebel": a first name when a capitalised word follows
        if re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]+", s[end:]) and not re.match(r"\s+(?:Uhr|und|bis|oder)\b", s[end:]):
            return False
    if mon in ("Mai", "März") and re.match(r"-[A-ZÄÖÜ]", s[end:end + 2]):
        return False  # Mai-Kundgebung: a compound's first part
    return True


def _check_shift(g: dict, s: str, start: int, end: int) -> bool:
    return not _AGE_AFTER.match(s[end:end + 12])  # "81 Jahre alt": an age (a NUMBER)


def _check_duration(g: dict, s: str, start: int, end: int) -> bool:
    return _check_shift(g, s, start, end) and not _AGE_BEFORE.search(s[max(0, start - 30):start])


def _check_adjdur(g: dict, s: str, start: int, end: int) -> bool:
    num = g["num"]
    if num[0].isdigit() and g["adj"].lower() == "jährig":
        return False  # "81-jährige": an age (a NUMBER), not a duration
    if g["adj"].lower() == "jährig" and _age_noun_after(s[end:end + 40]):
        return False  # "der zehnjährige Junge", "die einjährige Bache": an age (a NUMBER)
    if s[start].isupper() and g["adj"].lower() == "jährig" and not re.match(r"\s+[A-ZÄÖÜ]", s[end:end + 3]):
        return False  # "die Zehnjährige" standing alone: a person
    return True


def _check_setper(g: dict, s: str, start: int, end: int) -> bool:
    if g.get("im"):
        # "im Jahr"/"am Tag" mean "per year/day" only after an amount: "3000 Euro im Monat"
        before = s[max(0, start - 60):start]
        if not re.search(r"\d|" + NUMWORD + r"|(?i:mal)\b", before):
            return False
        if re.match(r"\s*(?:\d|der\b|des\b|darauf|zuvor|danach|" + MONTH + ")", s[end:end + 20]):
            return False
    return True


def _check_relunit(g: dict, s: str, start: int, end: int) -> bool:
    if re.search(r"(?:ersten|zweiten|dritten|vierten|fünften|sechsten|\d+\.)\s+(?:und|oder)\s+$", s[max(0, start - 25):start]):
        return False  # "im dritten und letzten Jahr": the final one, not last year
    return True


def _check_relday(g: dict, s: str, start: int, end: int) -> bool:
    w = g["w"]
    if w == "Morgen" and (start > 0 or g.get("prep")):
        return False  # capitalised "Morgen" is the morning, except as the sentence's first word
    if w.lower() == "morgen" and re.match(r"\s+(?:des|früh)\b", s[end:end + 6]):
        return False
    return True


def _check_season(g: dict, s: str, start: int, end: int) -> bool:
    if not (g.get("prep") or g.get("mod") or g.get("det") or g.get("y") or g.get("y3")
            or g.get("yrel") or g.get("adj")):
        before = s[max(0, start - 40):start]
        # "einen harten Winter", "im Sommer und Herbst"; "Winter" alone may be a surname
        return bool(re.search(r"(?<![\w])[a-zäöüß]{3,}(?:e|en|er|es|em)\s+$", before)
                    or re.search(r"(?:Sommer|Winter|Herbst|Frühjahr|Frühling)\s+(?:und|oder|bis)\s+$", before))
    return True


def _check_vague(g: dict, s: str, start: int, end: int) -> bool:
    if not (g.get("prep") or g.get("q") or g.get("way") or g.get("vdir")):
        return False
    if g.get("prep") and g["prep"].lower() in ("nach", "für", "innerhalb", "binnen") and not (g.get("q") or g.get("vdir")):
        return False
    return True


def _check_qshort(g: dict, s: str, start: int, end: int) -> bool:
    return bool(g.get("y")) or g["q"] == "Q"

_CHECKS = {
    "year": _check_year,
    "month": _check_month,
    "duration": _check_duration,
    "ago": _check_shift,
    "shift": _check_shift,
    "adjdur": _check_adjdur,
    "setper": _check_setper,
    "relunit": _check_relunit,
    "relday": _check_relday,
    "season": _check_season,
    "vague": _check_vague,
    "qshort": _check_qshort,
}


def _accept(name: str, g: dict, s: str, start: int, end: int) -> bool:
    check = _CHECKS.get(name)
    return check is None or check(g, s, start, end)


def _candidates(text: str, sentences: list[Sentence]) -> list[Cand]:
    """Every rule's candidates, each inside one sentence.

    Each core pattern scans the whole text once (per-sentence scanning costs a call per rule
    and sentence); a match is assigned to its sentence by bisection. A match that runs past
    its sentence's end is discarded and that sentence rescanned alone, so what is found is
    exactly what a per-sentence scan finds.
    """
    sents = [s for s in sentences if not s.boilerplate]
    if not sents:
        return []
    starts = [s.start for s in sents]
    low = text.lower()
    split_years = any(k in low for k in V.SPLIT_YEARS)
    local: dict[int, str] = {}
    out: list[Cand] = []
    for rule in RULES:
        per: dict[int, list[Cand]] = {}
        rescan: set[int] = set()
        for m in rule.core.finditer(text, sents[0].start, sents[-1].end):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0:
                continue
            sent = sents[i]
            if m.start() >= sent.end:
                continue  # between sentences
            if m.end() > sent.end:
                rescan.add(i)
                continue
            s = local.get(i)
            if s is None:
                s = local[i] = text[sent.start:sent.end]
            _take(rule, m, s, sent, sent.start, per.setdefault(i, []), split_years)
        for i in rescan:
            sent = sents[i]
            s = local.get(i)
            if s is None:
                s = local[i] = text[sent.start:sent.end]
            found: list[Cand] = []
            for m in rule.core.finditer(s):
                _take(rule, m, s, sent, 0, found, split_years)
            per[i] = found
        for found in per.values():
            out.extend(found)
    return out


def _take(rule: Rule, m: re.Match, s: str, sent: Sentence, shift: int, out: list[Cand],
          split_years: bool = False) -> None:
    """Read one core match (offsets in its string minus `shift` are offsets in the sentence
    text `s`): its left context, the checks of _accept, and the split of coordinated days."""
    start, end = m.start() - shift, m.end() - shift
    g = m.groupdict()
    if rule.left is not None:
        lm = rule.left.search(s, max(0, start - 60), start)
        if lm is None or (rule.left_required and lm.start() == lm.end()):
            return
        if lm.start() < lm.end():
            start = lm.start()
            g.update({k: v for k, v in lm.groupdict().items() if v is not None})
    if end == start or not _accept(rule.name, g, s, start, end):
        return
    conj = g.get("conj") or ""
    if rule.name == "daymonth" and g.get("d2") and (
            (conj in ("und", "oder") and int(g["d2"]) != int(g["d"]) + 1) or conj.startswith("bis") or conj in "-–"):
        # "am 6. und 15. September": two days, not a span; "vom 2. bis 27. Februar": a start and
        # an end (as "vom 2. Februar bis 27. März" is); the first borrows the month
        is_range = conj not in ("und", "oder")
        first = dict(g, d2=None, conj=None, y=g.get("y") or _NO_YEAR_HERE, rel="FROM" if is_range else None)
        d_end = m.start("d") - shift + len(g["d"]) + 1
        out.append(Cand(sent.start + start, sent.start + d_end, rule.name, first, rule.priority, sent))
        start = (m.start("conj") if conj.startswith("bis") else m.start("d2")) - shift
        g = dict(g, d=g["d2"], d2=None, conj=None, mod0=None, prep=None, rel="UNTIL" if is_range else None)
    if rule.name == "year" and g.get("slash") and len(g["y2"]) == 4 and not split_years and not g.get("bc"):
        # "1940/1941": two years (only a text about split years reads them as one)
        y_end = m.start("y") - shift + len(g["y"])
        out.append(Cand(sent.start + start, sent.start + y_end, rule.name, dict(g, slash=None, y2=None),
                        rule.priority, sent))
        start = m.start("y2") - shift
        g = dict(g, y=g["y2"], slash=None, y2=None, prep=None, jahr=None, mod=None, mod0=None)
    out.append(Cand(sent.start + start, sent.start + end, rule.name, g, rule.priority, sent))


# --- pass 2: overlaps and merges -------------------------------------------------------------
_TIME_GAP = re.compile(r"^(?:,?\s*(?:\|\s*)?(?:(?i:um|gegen|ab)\s+)?|\s*[-–]\s*)$")
_WD_GAP = re.compile(r"^,?\s*(?:(?i:den|dem)\s+)?$")
_PART_BEFORE = re.compile(
    r"(?:(?i:am|in\s+der|gegen|im|bis\s+zum|zum)\s+)?(?:(?i:frühen|späten)\s+)?"
    r"(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|Abendstunden|Laufe|Verlauf|Tag)"
    r"\s+(?:(?:des|vom|zum|auf\s+den|von)\s+)?$")
_GENITIVE_DAY = re.compile(r"(?:des|desselben|dieses|jenes)\b")


def _select(text: str, cands: list[Cand]) -> list[Cand]:
    cands.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[Cand] = []
    occupied = bytearray(len(text) + 1)
    for c in cands:
        if any(occupied[c.start:c.end]):
            continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    # merge neighbours that are one expression
    merged: list[Cand] = []
    for c in taken:
        if merged:
            p = merged[-1]
            gap = text[p.end:c.start]
            if c.rule in ("time", "clock") and p.rule in ("numdate", "daymonth", "weekday", "relday", "holiday") \
                    and _TIME_GAP.match(gap) and p.sentence is c.sentence:
                p.parts.append(c)
                p.end = c.end
                continue
            if p.rule == "weekday" and not p.g.get("wd2") and c.rule in ("numdate", "daymonth") \
                    and _WD_GAP.match(gap):
                c.parts.append(p)
                c.start = p.start
                merged[-1] = c
                continue
        if c.rule in ("numdate", "daymonth", "weekday", "relunit"):
            before = text[max(0, c.start - 60):c.start]
            mb = _PART_BEFORE.search(before)
            if mb and not re.search(r"(?:des|vom|zum|den|von)\s+$", mb.group(0)) \
                    and not _GENITIVE_DAY.match(text, c.start):
                mb = None  # "am Abend Montag" is not one expression; "am Abend desselben Tages" is
            if mb and (not merged or merged[-1].end <= c.start - len(mb.group(0))):
                c.start -= len(mb.group(0))
        merged.append(c)
    return merged


# --- pass 3: normalization ---------------------------------------------------------------------
_PRETERITE = re.compile(r"(?<![\w])([a-zäöüß]{3,}(?:te|ten|tet|test))(?![\w])")
_PERFECT = re.compile(r"(?<![\w])(?:hat|haben|hatte|hatten|ist|sind|sei|seien|habe|war|waren)\b.*?(?<![\w])ge[a-zäöüß]{3,}(?:t|en)(?![\w])")
_WORD = re.compile(r"[\wÄÖÜäöüß]+")
# an article or preposition right before a "-te" word makes it an adjective: "die erwartete Wende"
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|am|zum|zur|im|vom|beim|aufs|ins)\s+$")
_FUTURE_SET = frozenset(V.FUTURE_CUES)
_PAST_SET = frozenset(V.PAST_CUES)


_CLAUSE_BREAK = re.compile(r"[,;:–()]\s*|\s-\s")


def clause_tense(sentence: str, pos: int) -> int:
    """The tense of the clause around offset `pos` of the sentence, else of the sentence:
    in "hatte angekündigt, dass ... am Montag ... sprechen werde" Monday is future."""
    cuts = _clause_cuts(sentence)
    k = bisect.bisect_right(cuts, pos)
    lo, hi = cuts[k - 1], (cuts[k] if k < len(cuts) else len(sentence))
    d = tense(sentence[lo:hi])
    return d if d else tense(sentence)


@functools.lru_cache(maxsize=512)
def _clause_cuts(sentence: str) -> list[int]:
    return [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]


def _weak_preterite(w: str) -> bool:
    """sagte, meldeten, erklärtet: a weak preterite, not an adjective ("beste"), an infinitive
    ("kosten", "gelten") or a word in NOT_PRETERITE."""
    if w in V.NOT_PRETERITE:
        return False
    if w.endswith("sten") and not w.endswith(("ssten", "isten")):
        return False  # kosten, leisten, meisten: infinitives and superlatives
    if w.endswith("ten") and not w.endswith(("eten", "rten", "gten", "kten", "nten", "mten", "pten", "ften", "chten", "ßten", "ssten", "zten", "bten", "äten")):
        return False  # gelten, halten, bieten: infinitives
    return True


@functools.lru_cache(maxsize=2048)
def tense(sentence: str) -> int:
    """-1 past, +1 future, 0 undecided: counts tense cues in the sentence."""
    words = _WORD.findall(sentence)
    fut = sum(1 for w in words if w.lower() in _FUTURE_SET)
    past = sum(1 for w in words if w.lower() in _PAST_SET)
    past += sum(1 for m in _PRETERITE.finditer(sentence)
                if _weak_preterite(m.group(1)) and not _ARTICLE_BEFORE.search(sentence, 0, m.start()))
    if _PERFECT.search(sentence):
        past += 1
    if fut > past:
        return 1
    if past > fut:
        return -1
    return 0


def _num(s: str | None) -> float | None:
    if s is None:
        return None
    t = s.lower().replace(",", ".")
    if t[0].isdigit():
        try:
            return float(t)
        except ValueError:
            return None
    if t in V.NUMBER_WORDS:
        return float(V.NUMBER_WORDS[t])
    m = re.match(r"(\w+?)und(\w+)$", t)
    if m and m.group(1) in V.NUMBER_STEMS and m.group(2) in V.NUMBER_STEMS:
        return float(V.NUMBER_STEMS[m.group(1)] + V.NUMBER_STEMS[m.group(2)])
    return None


def _year2(y: str, anchor: dt.date | None) -> int:
    """A two-digit year: the century that puts it nearest the anchor (1.9.39 -> 1939)."""
    n = int(y)
    if anchor is None:
        return 1900 + n
    base = anchor.year // 100 * 100
    best = min((base - 100 + n, base + n, base + 100 + n), key=lambda v: abs(v - anchor.year - 5))
    return best


def _month_of(name: str) -> int:
    return V.MONTHS[name.rstrip(".").lower()]


def _mod(g: dict) -> str | None:
    raw = g.get("mod") or g.get("mod0")
    if not raw:
        return None
    w = raw.split()[-1].lower()
    if w in ("laufe", "verlauf"):
        return None
    return V.MODIFIERS.get(w)


@dataclass
class Out:
    value: str | None
    kind: str
    mod: str | None = None
    why: str = ""
    note: tuple | None = None  # (date, precision) to move the anchor to


class Resolver:
    def __init__(self, text: str, published: dt.date | None, sentences: list[Sentence] = ()):
        self.text = text
        self.anchor = Anchor(published)
        self.published = published
        self.sentence_day: dict[int, dt.date] = {}
        # a split year named in the text ("Jagdjahr") sets how its "2020/21" are read
        low = text.lower()
        found = [(k, v) for k, v in V.SPLIT_YEARS.items() if k in low]
        self.split_name, self.split_month = found[0] if found else ("", 0)
        self.split: dt.date | None = None  # the last split year mentioned (its first day)
        # in a history text whose last year was BC ("264 v. Chr."), bare years and year-less
        # dates are BC too
        self.bc_year: int | None = None
        self.current: Cand | None = None  # the candidate being resolved
        self.mention_sent: int | None = None  # sentence index of the last date mentioned
        # the last day-precision date: (date, sentence index, paragraph number)
        self.last_day: tuple[dt.date, int, int] | None = None
        # the last period (year, half, quarter, month, fiscal year) the text named: (value, sentence, paragraph)
        self.last_period: tuple[str, int, int] | None = None
        self.para_starts: list[int] = [s.index for s in sentences if s.line_start] or [0]

    # anchors
    def ref(self) -> dt.date | None:
        """Publication date, else the last date the text mentioned."""
        return self.anchor.date

    def text_ref(self) -> dt.date | None:
        """The date the text was just talking about ("am folgenden Tag", "ein Jahr zuvor").

        In a news text only a date of the same or the previous sentence counts; further back,
        the publication date is the better reference. A history text has no other reference.
        """
        if self.published is not None and self.mention_sent is not None and self.current is not None \
                and self.current.sentence.index - self.mention_sent > 1:
            return self.published
        return self.anchor.text_date

    def _since(self, prep: str | None, value: str, precision: str) -> tuple[str, str]:
        """'seit + point': an interval up to the publication date (same precision)."""
        if prep and prep.lower().startswith("seit") and self.published and "/" not in value:
            return timex.interval(value, timex.iso_at(self.published, precision)), "interval"
        return value, "date"

    def _year_for_month(self, month: int, sent: Sentence, g: dict) -> tuple[int | None, str]:
        a = self.ref()
        if a is None and self.bc_year is not None and not g.get("yrel"):
            return -self.bc_year, f"no year: the year of the last date mentioned ({self.bc_year} BC)"
        if a is None:
            return None, ""
        if g.get("yrel"):
            return self._yrel(g["yrel"], g.get("yrel_y"))
        name = g.get("mon") or "the month"
        if self.published is None:
            if self.bc_year is not None:
                return -self.bc_year, f"{name}, no year: the year of the last date mentioned ({self.bc_year} BC)"
            return a.year, f"{name}, no year: the year of the last date mentioned ({a.isoformat()})"
        seit = (g.get("prep") or "").lower().startswith("seit")
        pos = self.current.start - sent.start if self.current is not None else 0
        d = -1 if seit else clause_tense(sent.text, pos)
        y = timex.month_year(a, month, d)
        if d == 0 and 0 < (month - a.month) % 12 <= 3 and month < a.month:
            y = a.year + 1  # no tense: a month up to three months ahead is the coming one
        if d > 0:
            how = f"future tense: the coming {name} after"
        elif d < 0:
            how = f"{'seit' if seit else 'past tense'}: the last {name} before"
        else:
            how = f"no tense cue: the {name} in the year of"
        return y, f"{name}, no year: {how} the publication date {a.isoformat()}"

    def _yrel(self, yrel: str, y: str | None) -> tuple[int | None, str]:
        if y:
            return int(y), ""
        a = self.text_ref() if re.search(r"selben|gleichen|des\s+Jahres", yrel) else self.ref()
        if a is None:
            return None, ""
        words = yrel.lower().split()
        step = 0
        for w in words:
            step = V.RELATIVE_NOUNS[w][1] if w in V.RELATIVE_NOUNS else \
                -1 if w in V.PAST_WORDS else 1 if w in V.FUTURE_WORDS else step
        src = "the date before it" if a != self.published else "the publication date"
        if step > 0:
            return a.year + 1, f"'{yrel}': the year after {a.year} ({src} {a.isoformat()})"
        if step < 0:
            return a.year - 1, f"'{yrel}': the year before {a.year} ({src} {a.isoformat()})"
        return a.year, f"'{yrel}': {a.year} ({src} {a.isoformat()})"

    def resolve(self, c: Cand) -> Out | None:
        fn = getattr(self, "r_" + c.rule)
        self.current = c
        try:
            out = fn(c, c.g)
        except (ValueError, OverflowError):
            # a calendar that does not exist ("31. Februar", 9999 years later): no date
            return None
        if out is None:
            return None
        if not out.why:
            out.why = ("no date in the text to count from, and no publication date" if out.value is None
                       else f"a span of {out.value}" if out.kind == "duration" else f"read as {out.value}")
        if c.parts:
            out = self._merge_parts(c, out)
        if out.value and str(out.value).startswith("BC") and out.kind == "date" and not c.g.get("era_only_used"):
            m = re.match(r"BC(\d{4})", str(out.value))
            if m and c.rule in ("year", "daymonth", "month", "season"):
                self.bc_year = int(m.group(1))
        elif out.note and out.note[1] in ("year", "month", "day"):
            self.bc_year = None
        if out.kind in ("date", "interval") and out.value and re.fullmatch(
                r"\d{4}(-\d{2}|-Q\d|-H\d)?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", str(out.value)) \
                and c.rule != "relnoun":
            self.last_period = (str(out.value), c.sentence.index, self._paragraph(c.sentence))
        if out.note:
            self.anchor.note(*out.note)
            self.mention_sent = c.sentence.index
            if out.note[1] == "day":
                self.sentence_day[id(c.sentence)] = out.note[0]
                self.last_day = (out.note[0], c.sentence.index, self._paragraph(c.sentence))
        return out

    def _merge_parts(self, c: Cand, out: Out) -> Out:
        for p in c.parts:
            if p.rule in ("time", "clock") and out.value and out.note and out.note[1] == "day":
                h, mi = self._hm(p.g)
                out.value = timex.time_of_day(out.note[0], h, mi) if h < 24 else out.value
                out.kind = "time"
                out.why = (out.why + "; " if out.why else "") + f"at {h:02d}:{mi:02d}"
        return out

    # rules
    def r_numdate(self, c, g):
        y = int(g["y"]) if len(g["y"]) == 4 else _year2(g["y"], self.ref())
        try:
            d = dt.date(y, int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        if g.get("th"):
            return Out(timex.time_of_day(d, int(g["th"]), int(g["tm"])), "time", why="a full date and time", note=(d, "day"))
        v, kind = self._since(g.get("prep"), d.isoformat(), "day")
        return Out(v, kind, why="a full date", note=(d, "day"))

    def r_daymonth(self, c, g):
        mon = _month_of(g["mon"])
        why = ""
        if g.get("y"):
            y = int(g["y"])
            if g.get("bc"):
                y = -y
        elif g.get("y") == _NO_YEAR_HERE and self._pending_year(c):
            y, why = self._pending_year(c), "year from the date it is coordinated with"
        elif g.get("yr"):
            y = _year2(g["yr"][1:], self.ref())
        else:
            borrowed = self._borrow_year(c)
            if borrowed:
                y, why = borrowed, f"year {borrowed} from the date it is paired with"
            else:
                y, why = self._year_for_month(mon, c.sentence, g)
                if y is None:
                    return Out(None, "date", why="a day and month without any year to anchor it")
                wd = [p for p in c.parts if p.rule == "weekday"]
                if wd and y > 0:  # "Montag, 5. Juni": the year in which that day is a Monday
                    cand = timex.year_with_weekday(y, mon, int(g["d"]), V.WEEKDAYS[wd[0].g["wd"].lower()])
                    if cand != y:
                        y, why = cand, f"the year in which {g['d']}. {g['mon']} is a {wd[0].g['wd']}"
        d1 = int(g["d"])
        try:
            if y <= 0:
                val = timex.bc_year(-y, mon, d1)
                return Out(val, "date", why="a date before the common era")
            first = dt.date(y, mon, d1)
            if g.get("d2"):
                last = dt.date(y, mon, int(g["d2"]))
                v = timex.interval(first.isoformat(), last.isoformat())
                what = "either day" if g.get("conj") == "oder" else "both days" if g.get("conj") == "und" else "the range"
                return Out(v, "interval", why=(f"{why}; " if why else "") + f"{what} as one interval", note=(last, "day"))
        except ValueError:
            return None
        v, kind = self._since(g.get("prep"), first.isoformat(), "day")
        if g.get("rel"):
            why = f"{'start' if g['rel'] == 'FROM' else 'end'} of a range; " + (why or "a full date")
        return Out(v, kind, _mod(g), why or "a full date", note=(first, "day"))

    def _pending_year(self, c: Cand) -> int | None:
        m = re.match(rf"\s*(?:und|oder|bis(?:\s+zum)?|[-–])\s*{DAY}\.\s*{MONTH}\s+({YEAR})(?![\d])", self.text[c.end:c.end + 40])
        return int(m.group(1)) if m else None

    def _borrow_year(self, c: Cand) -> int | None:
        """'10. Juli bis 31. Oktober 1940', 'zwischen August und Oktober 1914': the year that
        follows the second part belongs to both."""
        after = self.text[c.end:c.end + 50]
        m = re.match(rf"\s*(?:bis(?:\s+zum|\s+Ende)?|und|oder|[-–]|auf\s+den)\s*(?:(?:{DAY})\.\s*)?{MONTH}\s+({YEAR})(?![\d])", after)
        return int(m.group(1)) if m else None

    def r_month(self, c, g):
        mon = _month_of(g["mon"])
        why = ""
        if g.get("y"):
            y = int(g["y"])
            if g.get("bc"):
                return Out(timex.bc_year(y, mon), "date", _mod(g), "a month before the common era")
        else:
            borrowed = self._borrow_year(c)
            if borrowed:
                y, why = borrowed, f"year {borrowed} from the month it is paired with"
            elif g.get("dir2"):
                a = self.ref()
                if a is None:
                    return Out(None, "date", _mod(g))
                w = g["dir2"].lower()
                d = -1 if w in V.PAST_WORDS else 1 if w in V.FUTURE_WORDS else 0
                y = timex.month_year(a, mon, d)
                why = f"'{g['dir2']}' {g['mon']}"
            else:
                y, why = self._year_for_month(mon, c.sentence, g)
                if y is None:
                    return Out(None, "date", _mod(g), "a month without any year to anchor it")
        if y <= 0:
            return Out(timex.bc_year(-y, mon), "date", _mod(g), why)
        v = timex.iso_month(y, mon)
        v, kind = self._since(g.get("prep"), v, "month")
        mod = _mod(g)
        return Out(v, kind, mod, (why or "month and year") + (f"; {mod.lower()} of the month" if mod else ""),
                   note=(dt.date(y, mon, 1), "month"))

    def r_year(self, c, g):
        y = int(g["y"])
        if g.get("bc"):
            return Out(timex.bc_year(y), "date", _mod(g), "a year before the common era")
        if g.get("era_only"):
            if self.bc_year is None or self.published is not None:
                return None
            return Out(timex.bc_year(y), "date", _mod(g), "a year of a text that counts years before the common era")
        v = timex.iso_year(y)
        prep = g.get("prep") or ""
        if g.get("slash") and self.split_month and self._next_year(y, g["y2"]):
            return self._split_year(c, g, y)
        v, kind = self._since(prep if prep.lower() == "seit" else None, v, "year")
        why = "a year compared with ('als'/'wie' + year)" if g.get("compared") else "a year"
        if g.get("slash"):
            why = "a split year (read as its first year)"
        note = (dt.date(y, 1, 1), "year")
        if self._background_year(c, g):
            note = None
        return Out(v, kind, _mod(g), why, note=note)

    def r_beyond(self, c, g):
        return Out(g["y"], "date", why=f"'über {g['y']} hinaus': beyond the year {g['y']} (rel AFTER)",
                   note=None)

    @staticmethod
    def _next_year(y: int, y2: str) -> bool:
        return int(y2) == y + 1 if len(y2) == 4 else int(y2) == (y + 1) % 100

    def _split_year(self, c: Cand, g: dict, y: int) -> Out:
        """'Jagdjahr 2020/21' in a text about hunting years: 2020-04-01/2021-03-31."""
        m = self.split_month
        first = dt.date(y, m, 1)
        last = dt.date(y + 1, m, 1) - dt.timedelta(days=1)
        self.split = first
        mod = _mod(g)
        why = f"a split year beginning in month {m} (the {self.split_name} of this text)"
        if mod == "END":
            return Out(last.isoformat(), "date", None, why + ": its last day", note=(last, "day"))
        if mod == "START":
            v, kind = self._since(g.get("prep"), first.isoformat(), "day")
            return Out(v, kind, None, why + ": its first day", note=(first, "day"))
        return Out(timex.interval(first.isoformat(), last.isoformat()), "interval", None, why,
                   note=(first, "day"))

    def _background_year(self, c: Cand, g: dict) -> bool:
        """A year that does not move the story's time: in parentheses "(1890-1970)", after a
        noun or "von" ("Krieg 1870/71", "die Grenze von 1940"), or "seit/bis/ab 1929"."""
        if g.get("jahr") or g.get("mod"):
            return False
        sent = c.sentence.text
        pos = c.start - c.sentence.start
        head = sent[:pos]
        if head.count("(") > head.count(")"):
            return True
        prep = (g.get("prep") or "").lower()
        if prep in ("von", "vom", "seit", "bis", "ab", "vor", "nach", "zwischen", "und", "-", "–"):
            return True
        if not prep and re.search(r"[A-ZÄÖÜ][\wäöüß-]+\s+$", head) and len(head.strip().split()) > 1:
            return True
        return False

    def r_yearrange2(self, c, g):
        first = self.text[c.start - 4:c.start]
        y = int(first[:2] + g["y2"])
        if y < int(first):
            return None
        return Out(timex.iso_year(y), "date", why=f"the end year of the range {first}-{g['y2']}", note=(dt.date(y, 1, 1), "year"))

    def r_decade(self, c, g):
        dec = g["dec"]
        if len(dec) == 2:
            a = self.ref()
            base = 1900
            if a and 2000 + int(dec) + 9 < a.year:
                base = 2000  # "die 10er Jahre" written in 2023; "die 20er" are the 1920s
            y = base + int(dec)
        elif len(dec) == 4:
            y = int(dec)
        else:
            return None
        return Out(timex.decade(y), "date", _mod(g), f"the decade {y}-{y + 9}")

    def r_decadeword(self, c, g):
        n = V.DECADE_WORDS[g["decw"].lower()]
        if g.get("century"):
            base = 1800 if g["century"].lower().startswith("acht") else 1900
        else:
            a = self.ref()
            base = 2000 if a and 2000 + n + 9 < a.year else 1900  # only a finished decade of this century
        return Out(timex.decade(base + n), "date", _mod(g), f"the decade {base + n}-{base + n + 9}")

    def r_century(self, c, g):
        n = int(g["c"])
        if not 1 <= n <= 21:
            return None
        return Out(timex.century(n, bool(g.get("bc"))), "date", _mod(g), f"the {n}th century")

    def _weekday_date(self, wd: int, sent: Sentence, dirw: str | None, pos: int = 0) -> tuple[dt.date | None, str]:
        a = self.ref()
        if a is None:
            return None, ""
        w = (dirw or "").lower()
        if self.published is None:
            base = self.text_ref() or a
            return timex.weekday_near(base + dt.timedelta(days=1), wd, 1), f"the next such day after {base.isoformat()}"
        if w in V.TWO_STEPS:
            sign = 1 if V.TWO_STEPS[w] > 0 else -1
            day = timex.weekday_near(a + dt.timedelta(days=sign), wd, sign) + dt.timedelta(weeks=sign)
            return day, f"'{dirw}': the second one {'after' if sign > 0 else 'before'} {a.isoformat()}"
        if w in V.PAST_WORDS:
            return timex.weekday_near(a - dt.timedelta(days=1), wd, -1), f"'{dirw}': the one before {a.isoformat()}"
        if w in V.FUTURE_WORDS:
            return timex.weekday_near(a + dt.timedelta(days=1), wd, 1), f"'{dirw}': the one after {a.isoformat()}"
        d = -1 if w.startswith("seit") else clause_tense(sent.text, pos)
        if d == 0:
            d = 1  # present tense with a weekday mostly announces: "Am Montag beginnt ..."
        day = timex.weekday_near(a, wd, d)
        name = [k for k, v in V.WEEKDAYS.items() if v == wd][0].capitalize()
        how = "past tense" if d < 0 else "future tense" if clause_tense(sent.text, pos) > 0 else "present tense"
        return day, f"{name}: {how}, the {'last' if d < 0 else 'coming'} {name} from the publication date {a.isoformat()} (that day counts)"

    def r_nightof(self, c, g):
        mon = _month_of(g["mon"])
        if g.get("y"):
            y = int(g["y"])
        else:
            y, _ = self._year_for_month(mon, c.sentence, g)
        if y is None:
            return Out(None, "date")
        try:
            d = dt.date(y, mon, int(g["d"]))
        except ValueError:
            return None
        return Out(d.isoformat(), "date", why="the night starting on this day")

    def r_daypart(self, c, g):
        a = self.text_ref()
        if a is None:
            return Out(None, "date")
        if self.anchor.mentioned and self.anchor.precision != "day" and self.published is None:
            return Out(None, "date", why="a part of a day the text does not name")
        return Out(a.isoformat(), "date", why=f"the {g['part']} of {a.isoformat()}, the day the text is talking about")

    def r_weekday(self, c, g):
        wd = V.WEEKDAYS[g["wd"].lower()]
        dirw = g.get("dir") or ("seit" if (g.get("prep") or "").lower().startswith("seit") else None)
        day, why = self._weekday_date(wd, c.sentence, dirw, c.start - c.sentence.start)
        if day is None:
            return Out(None, "date", why="a weekday without a date to anchor it")
        if g.get("wd2"):
            wd2 = V.WEEKDAYS[g["wd2"].lower()]
            last = day + dt.timedelta(days=(wd2 - wd) % 7)
            return Out(timex.interval(day.isoformat(), last.isoformat()), "interval",
                       why=why + "; both days as one interval", note=(last, "day"))
        v, kind = self._since(g.get("prep"), day.isoformat(), "day")
        return Out(v, kind, why=why, note=(day, "day"))

    def r_weekdayadj(self, c, g):
        adj = g["adj"].lower()
        wd = V.WEEKDAY_ADJECTIVES.get(adj) if adj in V.WEEKDAY_ADJECTIVES else V.WEEKDAY_ADJECTIVES.get(adj.rstrip("nrsm"))
        if wd is None:
            for k, v in V.WEEKDAY_ADJECTIVES.items():
                if adj.startswith(k[:-1]):
                    wd = v
        if wd is None:
            return None
        day, why = self._weekday_date(wd, c.sentence, None, c.start - c.sentence.start)
        return Out(day.isoformat() if day else None, "date", why=why, note=(day, "day") if day else None)

    def r_relday(self, c, g):
        w = g["w"].lower()
        a = self.ref()
        if w == "heute" and not g.get("part"):
            # "heute" alone mostly means "nowadays" ("heute noch", "das heutige Polen"): the
            # annotation rules leave it out; "heute Abend" is a day
            return None
        if a is None:
            return Out(None, "date")
        d = a + dt.timedelta(days=V.RELATIVE_DAYS[w])
        return Out(d.isoformat(), "date", why=f"'{g['w']}' from {a.isoformat()}", note=(d, "day"))

    def r_relunit(self, c, g):
        unit_raw = g["unit"]
        w = g["dir"].lower()
        low = unit_raw.lower()
        unit = None
        for stem, u in (("wochenende", "weekend"), ("woche", "week"), ("monat", "month"), ("jahrzehnt", "decade"),
                        ("halbjahr", "halfyear"), ("jahr", "year"), ("quartal", "quarter"), ("tag", "day"),
                        ("sommer", "summer"), ("winter", "winter"), ("herbst", "autumn"), ("frühjahr", "spring"),
                        ("frühling", "spring")):
            if low.startswith(stem):
                unit = u
                break
        if unit is None:  # a part of the day: "am selben Abend", "am nächsten Morgen"
            unit = "day"
        textual = w in V.TEXTUAL_WORDS \
            or (unit == "day" and w in ("diesem", "dieses", "dieser", "nächsten", "nächste"))
        step = V.TWO_STEPS.get(w) or (-1 if w in V.PAST_WORDS else 1 if w in V.FUTURE_WORDS else 0)
        if unit == "year" and self.published is None and self.bc_year is not None:
            return Out(timex.bc_year(self.bc_year - step), "date", _mod(g), f"'{g['dir']} {unit_raw}' from {self.bc_year} BC")
        a = self.text_ref() if textual else self.ref()
        if a is None:
            return Out(None, "date")
        if unit in ("summer", "winter", "autumn", "spring"):
            y = a.year + step
            return Out(timex.season(y, unit), "date", _mod(g), f"'{g['dir']}' {unit_raw}")
        if unit == "weekend":
            d = timex.shift(a, step, "week")
            return Out(timex.iso_weekend(d), "date", why=f"'{g['dir']}' weekend from {a.isoformat()}")
        if unit == "halfyear":
            d = timex.shift(a, 6 * step, "month")
            return Out(timex.half_year(d.year, 1 if d.month <= 6 else 2), "date", _mod(g))
        v = timex.relative_value(a, step, unit)
        nd = timex.shift(a, step, unit) if unit != "decade" else a
        prec = {"day": "day", "week": "day", "month": "month", "quarter": "month", "year": "year"}.get(unit)
        if unit in ("week",):
            prec = None
        why = f"'{g['dir']} {unit_raw}' from {'the date before it' if textual else 'the publication date' if self.published else 'the last date mentioned'} {a.isoformat()}"
        mod = _mod(g)
        v2, kind = self._since(g.get("prep"), v, "day") if unit == "day" else (v, "date")
        # "im vorigen Jahr" looks aside; it does not move the story's time (a day does: "am
        # folgenden Tag" is where the text goes on from)
        return Out(v2, kind, mod, why, note=(nd, prec) if prec == "day" else None)

    def _period_before(self, noun: str, unit: str, step: int, c: Cand) -> Out | None:
        """'im Vorjahresquartal' after 'im dritten Quartal 2022': 2021-Q3; 'im Vormonat' after
        'im März 2023': 2023-02 -- the period the text was just talking about (same paragraph or
        the last three sentences), shifted; None when there is no such period."""
        if self.last_period is None:
            return None
        value, idx, para = self.last_period
        if not (para == self._paragraph(c.sentence) or c.sentence.index - idx <= 3):
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})|-(Q)(\d)|-(H)(\d))?", value)
        iv = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})", value)
        years = {"year": step, "period": step, "month": step // 12 if step % 12 == 0 else None,
                 "quarter": step // 4 if step % 4 == 0 else None}.get(unit)
        new = None
        if m and years is not None and (unit == "period" or unit == "month" and m.group(2)
                                         or unit == "quarter" and m.group(3)):
            new = f"{int(m.group(1)) + years:04d}" + value[4:]
        elif m and unit == "month" and m.group(2):  # "Vormonat": the month before
            d = dt.date(int(m.group(1)), int(m.group(2)), 1)
            new = timex.relative_value(d, step, "month")
        elif m and unit == "quarter" and m.group(3):  # "Vorquartal": the quarter before
            d = dt.date(int(m.group(1)), 3 * int(m.group(4)) - 2, 1)
            new = timex.relative_value(d, step, "quarter")
        elif iv and unit == "period":
            a = dt.date(*map(int, iv.groups()[:3]))
            b = dt.date(*map(int, iv.groups()[3:]))
            a, b = timex.shift(a, step, "year"), timex.shift(b, step, "year")
            new = timex.interval(a.isoformat(), b.isoformat())
        if new is None:
            return None
        return Out(new, "date", _mod(c.g),
                   f"'{noun}': {value}, the period the text is talking about, {step:+d} {unit}")

    def r_relnoun(self, c, g):
        unit, step = V.RELATIVE_NOUNS[g["noun"].lower()]
        if g["noun"].lower() in V.PERIOD_RELATIVE_NOUNS:
            out = self._period_before(g["noun"], unit, step, c)
            if out is not None:
                return out
            if unit == "period":
                unit = "year"  # no period named: the year before the publication date
        if unit == "year" and self.split:
            first = self.split.replace(year=self.split.year + step)
            last = first.replace(year=first.year + 1) - dt.timedelta(days=1)
            return Out(timex.interval(first.isoformat(), last.isoformat()), "interval",
                       why=f"'{g['noun']}': the {self.split_name} {step:+d} from the one the text is about")
        if unit == "year" and self.published is None and self.bc_year is not None:
            return Out(timex.bc_year(self.bc_year - step), "date", why=f"'{g['noun']}': {step:+d} year from {self.bc_year} BC")
        a = self.text_ref() if unit == "day" else self.ref()
        if a is None:
            return Out(None, "date")
        v = timex.relative_value(a, step, unit)
        return Out(v, "date", _mod(g), f"'{g['noun']}': {step:+d} {unit} from {a.isoformat()}")

    def r_unitmod(self, c, g):
        a = self.text_ref() if self.published is None else self.ref()
        comp = (g.get("comp") or "").lower()
        if self.published is None and self.bc_year is not None and (g.get("unit") or comp).lower().startswith("jahr") \
                and comp != "jahresfrist":
            return Out(timex.bc_year(self.bc_year), "date", _mod(g), f"the year {self.bc_year} BC the text is about")
        if a is None:
            return Out(None, "date")
        unit = g.get("unit") or ""
        mod = _mod(g)
        if comp:
            mod = {"ende": "END", "beginn": "START", "anfang": "START", "mitte": "MID", "wechsel": "END", "frist": None}.get(
                re.sub(r"^(jahres|monats)", "", comp))
            unit = "Monats" if comp.startswith("monat") else "Jahres"
        if comp == "jahresfrist":
            return Out("P1Y", "duration", why="'Jahresfrist': a year")
        if unit.startswith("Monat"):
            return Out(timex.iso_month(a.year, a.month), "date", mod, f"the month of {a.isoformat()}")
        return Out(timex.iso_year(a.year), "date", mod, f"the year of {a.isoformat()}")

    def r_weekmod(self, c, g):
        a = self.ref()
        if a is None:
            return Out(None, "date")
        w = ((g.get("det") or "") + " " + (g.get("dir") or "")).lower()
        step = -1 if re.search(r"vergangen|letzt", w) else 1 if re.search(r"nächst|kommend", w) else 0
        d = timex.shift(a, step, "week")
        return Out(timex.iso_week(d), "date", _mod(g), f"the week of {d.isoformat()}")

    def r_weekend(self, c, g):
        a = self.ref()
        if a is None:
            return Out(None, "date")
        d = clause_tense(c.sentence.text, c.start - c.sentence.start) if self.published else 1
        sat = timex.weekday_near(a, 5, -1 if d < 0 else 1)
        if d < 0 and a.weekday() == 6:
            sat = a - dt.timedelta(days=1)
        return Out(timex.iso_weekend(sat), "date", why=f"the {'last' if d < 0 else 'coming'} weekend from {a.isoformat()}")

    def r_shift(self, c, g):
        unit_raw = g["unit"]
        unit = V.UNITS.get(unit_raw.lower(), "day" if unit_raw.startswith("N") else None)
        if unit not in ("year", "month", "week", "day", "decade"):
            return None
        way = g["way"].lower()
        plural = unit_raw.lower() not in ("jahr", "jahres", "monat", "monats", "woche", "tag", "tags", "tages",
                                          "nacht", "stunde", "minute")
        if not g.get("num") and plural:
            ref = "FUTURE_REF" if way in V.AFTER_WORDS else "PAST_REF"
            return Out(ref, "date", why=f"'{unit_raw} {g['way']}': some {unit_raw} {'later' if ref == 'FUTURE_REF' else 'earlier'}")
        n = _num(g.get("num")) if g.get("num") else 1
        if n is None or not float(n).is_integer():
            return Out(None, "date", why="a vague shift")
        step = int(n) * (1 if way in V.AFTER_WORDS else -1)
        if unit == "year" and self.published is None and self.bc_year is not None:
            return Out(timex.bc_year(self.bc_year - step), "date", why=f"{n:g} year(s) from {self.bc_year} BC")
        a = self.text_ref()
        if a is None:
            return Out(None, "date")
        d = timex.shift(a, step, unit)
        # the value is as precise as the unit, and no more precise than the date it counts from
        p = "year" if unit in ("year", "decade") else "month" if unit == "month" or self.anchor.precision != "day" else "day"
        return Out(timex.iso_at(d, p), "date", why=f"{n:g} {unit}(s) {'after' if step > 0 else 'before'} {a.isoformat()}",
                   note=(d, p) if p == "day" or step > 0 else None)

    def r_ago(self, c, g):
        unit = V.UNITS.get(g["unit"].lower())
        n = _num(g["num"])
        if unit is None or n is None:
            return None
        if g["way"].lower() == "in" and (unit in ("hour", "minute", "second") or self.published is None
                                        or clause_tense(c.sentence.text, c.start - c.sentence.start) <= 0):
            return Out(timex.duration_parts(n, unit), "duration", why="'in' + a span: how long it took")
        if unit not in ("year", "month", "week", "day", "decade"):
            return Out(timex.duration_parts(n, unit), "duration")
        if g["way"].lower() == "nach":
            a = self.text_ref()
            if g.get("hedge"):  # "nach mehr als drei Tagen": how long it took, no exact day
                return Out(timex.duration_parts(n, unit), "duration", V.HEDGES.get(" ".join(g["hedge"].lower().split())),
                           f"'nach' + a hedged span: a duration of {g['num']} {g['unit']}")
            if a is None or not float(n).is_integer():
                return Out(timex.duration_parts(n, unit), "duration")
            d = timex.shift(a, int(n), unit)
            v = timex.iso_at(d, {"week": "day", "decade": "year"}.get(unit, unit))
            return Out(v, "date", "APPROX" if g.get("hedge") else None,
                       f"{g['num']} {g['unit']} after {a.isoformat()}, the date before it")
        a = self.ref()
        if a is None or not float(n).is_integer() or g.get("hedge"):
            return Out(timex.duration_parts(n, unit), "duration", "APPROX" if g.get("hedge") else None, "how long ago/ahead, from no fixed date")
        step = int(n) * (-1 if g["way"].lower() == "vor" else 1)
        v = timex.relative_value(a, step, unit) if unit != "week" else timex.shift(a, step, "week").isoformat()
        return Out(v, "date", why=f"{g['way']} {g['num']} {g['unit']}: from {a.isoformat()}")

    def r_duration(self, c, g):
        unit = V.UNITS.get(g["unit"].lower())
        n = _num(g["num"])
        if unit is None or n is None:
            return None
        if g.get("frac"):
            n += V.FRACTIONS[g["frac"].lower()]
        if unit == "halfyear":
            unit, n = "month", n * 6
        hedge = (g.get("hedge") or "").lower()
        prep = " ".join((g.get("prep") or "").lower().split())
        mod = V.HEDGES.get(" ".join(hedge.split()))
        if mod is None and prep.startswith(V.WITHIN):  # "binnen", "innerhalb (von)", "binnen der nächsten"
            mod = "EQUAL_OR_LESS"
        return Out(timex.duration_parts(n, unit), "duration", mod, f"a duration of {g['num']} {g['unit']}")

    def r_vague(self, c, g):
        unit = V.UNITS.get(g["unit"].lower())
        if g.get("way"):
            ref = "PAST_REF" if g["way"].lower() in V.BEFORE_WORDS else "FUTURE_REF"
            return Out(ref, "date", why=f"some {g['unit']} {'earlier' if ref == 'PAST_REF' else 'later'}: no exact date")
        code = timex.duration(None, unit) if unit else None
        return Out(None, "duration", why=f"an unspecified number of {g['unit']} ({code})")

    def r_vagueadj(self, c, g):
        w = g["w"].lower()
        unit = V.LONG_UNITS.get(w) or {"jährig": "year", "wöchig": "week", "tägig": "day", "monatig": "month"}.get(w[4:])
        return Out(None, "duration", why=f"an unspecified number of {unit}s ({timex.duration(None, unit) if unit else '?'})")

    def r_adjdur(self, c, g):
        num = g["num"].rstrip("-").lower()
        n = float(num) if num[0].isdigit() else _num(num)
        if n is None:
            n = V.NUMBER_STEMS.get(num)
        if n is None:
            return None
        unit = V.ADJECTIVE_UNITS[g["adj"].lower()]
        return Out(timex.duration_parts(n, unit), "duration", why=f"'{m_text(c, self.text)}': lasting {n:g} {unit}(s)")

    def _season_name(self, raw: str) -> str:
        low = raw.lower()
        for p in V.SEASON_PREFIXES:
            if low.startswith(p) and low != "frühjahr" and low != "frühling":
                low = low[len(p):]
        return V.SEASONS[low]

    def r_season(self, c, g):
        name = self._season_name(g["season"])
        mod = _mod(g)
        if g["season"].lower().startswith("spät") or (g.get("adj") or "").startswith("spät"):
            mod = mod or "END"
        if g["season"].lower().startswith("früh") and g["season"].lower() not in ("frühjahr", "frühling") or (g.get("adj") or "").startswith("früh"):
            mod = mod or "START"
        if g.get("bc"):
            return Out("BC" + timex.season(int(g["y"]), name), "date", mod, "a season of a year before the common era")
        if g.get("y") or g.get("y3"):
            y = int(g.get("y") or g.get("y3"))
            why = "season and year"
        elif g.get("yrel"):
            y, why = self._yrel(g["yrel"], g.get("yrel_y"))
            if y is None:
                return Out(None, "date", mod)
        elif re.match(rf"\s*(?:und|oder|bis|[-–])\s*(?:Sommer|Winter|Herbst|Frühjahr|Frühling)\s+({YEAR})(?![\d])", self.text[c.end:c.end + 30]):
            y = int(re.match(rf"\s*\S+\s*\S+\s+({YEAR})", self.text[c.end:c.end + 30]).group(1))
            why = f"year {y} from the season it is paired with"
        else:
            a = self.ref()
            if a is None:
                return Out(None, "date", mod)
            d = tense(c.sentence.text) if self.published else 0
            y = timex.season_year(a, name, d)
            why = f"no year: the season nearest {a.isoformat()} in the sentence's tense"
        return Out(timex.season(y, name), "date", mod, why, note=(dt.date(y, 1, 1), "year") if g.get("y") else None)

    def r_seasonrel(self, c, g):
        name = self._season_name(g["season"])
        a = self.ref()
        if a is None:
            return Out(None, "date")
        w = g["dir"].lower()
        step = -1 if w in V.PAST_WORDS else 1 if w in V.FUTURE_WORDS else 0
        y = timex.season_year(a, name, step)
        return Out(timex.season(y, name), "date", why=f"'{g['dir']} {g['season']}' from {a.isoformat()}")

    def r_quarter(self, c, g):
        o = g["ord"].lower().rstrip(".")
        n = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
             "vierte": 4, "1": 1, "2": 2, "3": 3, "4": 4}.get(o)
        unit = g["unit"].lower()
        half = unit.startswith("halb") or unit == "jahreshälfte"
        if n is None:  # "letzten": the last one
            n = 2 if half else 4
        if half and n > 2:
            return None
        if g.get("y"):
            y = int(g["y"])
        elif g.get("yrel"):
            y, _ = self._yrel(g["yrel"], g.get("yrel_y"))
        else:
            a = self.ref()
            if a is None:
                return Out(None, "date")
            y = a.year
            cur = (a.month - 1) // (6 if half else 3) + 1
            if self.published and n > cur and tense(c.sentence.text) < 0:
                y -= 1
        if y is None:
            return Out(None, "date")
        v = timex.half_year(y, n) if half else timex.quarter(y, n)
        return Out(v, "date", why=f"{'half-year' if half else 'quarter'} {n} of {y}")

    def r_qshort(self, c, g):
        y = g.get("y")
        a = self.ref()
        if y:
            yy = int(y) if len(y) == 4 else _year2(y, a)
        elif a:
            yy = a.year
        else:
            return Out(None, "date")
        n = int(g["n"])
        return Out(timex.quarter(yy, n) if g["q"] == "Q" else timex.half_year(yy, n), "date")

    def _hm(self, g) -> tuple[int, int]:
        h = int(g["h"])
        mi = int(g.get("mi") or g.get("mi2") or 0)
        if (g.get("tz") or "") in ("abends", "nachts") and h < 12:
            h += 12
        return h, mi

    def r_time(self, c, g):
        h, mi = self._hm(g)
        if h > 24:
            return None
        day, how = self._day_of_time(c)
        if day is None:
            y = timex.iso_year(self.anchor.last.year) if self.anchor.last else "XXXX"
            return Out(f"{y}-XX-XXT{h:02d}:{mi:02d}", "time", why="a time of day on an unknown day")
        return Out(timex.time_of_day(day, h, mi), "time", why=f"{h:02d}:{mi:02d} on {day.isoformat()}, {how}")

    # how far back a time of day ("gegen 22 Uhr") looks for the day it belongs to: any sentence of
    # its paragraph, and across a paragraph break only this many sentences
    TIME_REACH_SENTENCES = 2

    def _day_of_time(self, c: Cand) -> tuple[dt.date | None, str]:
        """The day a time of day without a day of its own belongs to: the day its sentence names,
        else the last day named before it in the same paragraph or the sentences just before
        ("Am Montagabend brannte es. ... Gegen 22 Uhr ..."), else the publication date."""
        day = self.sentence_day.get(id(c.sentence))
        if day is not None:
            return day, "the day named in its sentence"
        if self.published is None:
            if self.anchor.mentioned and self.anchor.precision == "day":
                return self.anchor.text_date, "the day the text was just talking about"
            return None, ""
        if self.last_day is not None:
            d, idx, para = self.last_day
            if para == self._paragraph(c.sentence) or c.sentence.index - idx <= self.TIME_REACH_SENTENCES:
                return d, "the last day named before it"
        return self.published, "no day named before it in its paragraph: the publication date"

    def _paragraph(self, sent: Sentence) -> int:
        """Paragraph number of a sentence: a sentence that begins a line begins a paragraph."""
        return bisect.bisect_right(self.para_starts, sent.index) - 1

    r_clock = r_time

    def r_midnight(self, c, g):
        out = self.r_time(c, {"h": "24", "mi": "00"})
        out.why = "midnight: " + out.why
        return out

    def r_setword(self, c, g):
        unit = V.SET_WORDS[g["w"].lower()]
        if unit == "halfyear":
            return Out("P6M", "set", why="every half-year")
        return Out(timex.duration(1, unit), "set", why=f"every {unit}")

    def r_setslash(self, c, g):
        return self.r_setper(c, g)

    def r_setper(self, c, g):
        unit = {"jahr": "year", "monat": "month", "woche": "week", "tag": "day", "stunde": "hour",
                "quartal": "quarter"}[g["unit"].lower()]
        return Out(timex.duration(1, unit), "set", why=f"per {unit}")

    def r_holiday(self, c, g):
        name = g["hol"].lower()
        a = self.ref()
        y = int(g["y"]) if g.get("y") else (a.year if a else None)
        if y is None:
            return Out(None, "date")
        if name in V.FIXED_HOLIDAYS:
            mo, d = V.FIXED_HOLIDAYS[name]
            day = dt.date(y, mo, d)
        else:
            day = timex.easter(y) + dt.timedelta(days=V.EASTER_HOLIDAYS[name])
        return Out(day.isoformat(), "date", why=f"{g['hol']} {y}", note=(day, "day") if g.get("y") else None)


def m_text(c: Cand, text: str) -> str:
    return text[c.start:c.end]


def find(text: str, sentences: list[Sentence], published: dt.date | None) -> list[Claim]:
    cands = _select(text, _candidates(text, sentences))
    res = Resolver(text, published, sentences)
    claims: list[Claim] = []
    # a time of day is read after the other dates of its sentence, whose day it may take
    # ("Gegen 22 Uhr wurde am Montag ..."); a time moves no anchor, so nothing else changes
    timed = ("time", "clock", "midnight")
    for c in sorted(cands, key=lambda c: (c.sentence.index if c.sentence else -1, c.rule in timed, c.start)):
        out = res.resolve(c)
        if out is None:
            continue
        claims.append(Claim(type="date", start=c.start, end=c.end, text=text[c.start:c.end],
                            sentence=c.sentence.text if c.sentence else "", value=out.value,
                            kind=out.kind, mod=out.mod, explanation=out.why or None))
    claims.sort(key=lambda c: c.start)
    return claims
