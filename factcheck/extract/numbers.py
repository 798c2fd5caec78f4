"""Numbers: digits and number words, scale words, hedges and units.

One engine for both languages; the words live in lang/de_numbers.py and lang/en_numbers.py.
Each sentence is cut into tokens with offsets; at every token that can start a numeral the
engine reads, left to right:

    [hedge] [sign] [currency] NUMERAL [scale] [fraction] [bis/to NUMERAL [scale]] [unit | noun] [post-hedge]

NUMERAL is digits in the language's format (1.234,5 / 1,234.5), a number word or a sequence
of them ("dreiundzwanzig", "two hundred fifty"), an article before a scale or a fraction
("eine Million", "ein Fünftel"), a vague plural ("Tausende", "Millionen": at least two of
them), a vague quantifier before a scale ("mehrere hunderttausend"), a multiplier
("zweimal", "verdreifachte", "twice").

Left out, because the annotation rules count them elsewhere or not at all: numbers glued to
names ("G20", "Covid-19", "A100"), ordinals ("7. Juli", "3. Liga"), clock times and numeric
dates, years in date position, durations ("drei Jahre lang" is a DATE), idioms ("unter vier
Augen"), house numbers, identifiers after "Nr."/"Artikel"/"Platz", list markers, the article
alone, vague quantifiers alone ("mehrere"), and words such as "Milliardär".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from ..model import Claim
from .lang import de_numbers, en_numbers
from .nouns import is_living
from .segment import Sentence

_LANGS: dict[str, ModuleType] = {"de": de_numbers, "en": en_numbers}

_TOKEN = re.compile(
    r"(?P<num>\d+(?:(?:[.,'’]|[  ](?=\d{3}(?!\d)))\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)
_DATE_DIGITS = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?$")


@dataclass(slots=True)
class Tok:
    kind: str  # num | word | sym
    text: str
    low: str
    start: int
    end: int


@dataclass
class Reading:
    """A numeral read at some tokens: value(s) and what qualified them."""

    lo: float
    hi: float | None = None  # set for ranges
    first: int = 0  # token indices, inclusive
    last: int = 0
    vague: bool = False  # "Millionen", "mehrere hunderttausend": at least twice the scale
    kind: str = "num"  # num | words | factor | times
    unit: str | None = None
    hedge: str | None = None
    approx: bool = False
    sign: int = 1
    notes: list[str] = field(default_factory=list)
    year_like: bool = False
    scaled: bool = False
    noun: bool = False  # the unit is a counted noun read from the text, not a known unit


def find_numbers(text: str, sentences: list[Sentence], lang: str) -> list[Claim]:
    L = _LANGS.get(lang, de_numbers)
    data = _data(L)
    out: list[Claim] = []
    for s in sentences:
        if s.boilerplate or not data.triggered(s.text):
            continue
        out.extend(_sentence_numbers(text, s, L, data, lang))
    return out


# -- per-language derived tables -------------------------------------------------------------

@dataclass
class _Data:
    stem_heads: tuple[frozenset[str], frozenset[str]]  # 3-letter stems, 4-letter heads of longer ones
    idioms_by_word: dict[str, list[tuple[str, ...]]]
    hedges_by_last: dict[str, list[tuple[tuple[str, ...], str]]]
    max_unit_tokens: int
    prefixes: frozenset[str]


    def triggered(self, sentence: str) -> bool:
        if _DIGIT.search(sentence):
            return True
        short, long = self.stem_heads
        for w in _WORD.findall(sentence.lower()):
            if w[:4] in long or w[:3] in short or w[:2] in short:
                return True
        return False


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CACHE: dict[str, _Data] = {}


def _data(L: ModuleType) -> _Data:
    d = _CACHE.get(L.__name__)
    if d is not None:
        return d
    stems = set(L.ONES) | set(L.TEENS) | set(L.TENS) | set(L.HUNDRED) | set(L.THOUSAND)
    stems |= set(L.SCALES) | set(L.VAGUE_PLURALS) | set(L.FRACTIONS) | set(L.EXTRA_WORDS)
    stems |= set(L.FACTOR_VERBS) | set(L.DOUBLE_WORDS) | set(L.HALVES) | set(L.DOZEN) | {"tens"}
    stems = {s for s in stems if len(s) > 1} - set(L.ARTICLES)
    if L is de_numbers:  # "ein" starts a numeral only in a compound ("einhundert", "einundzwanzig")
        stems |= {"einhundert", "eintausend", "einund", "einjährig"}
    # A sentence is read only if it holds a digit or some word starts like a numeral.
    heads = (frozenset(s for s in stems if len(s) <= 3), frozenset(s[:4] for s in stems if len(s) >= 4))
    # Word tokens that can start a numeral share these first three letters.
    starts = stems | set(L.ARTICLES) | set(L.VAGUE_QUANTIFIERS) | set(L.FRACTION_ONE) | {"ein", "tens"}
    prefixes = frozenset(w[:3] for w in starts)
    idioms: dict[str, list[tuple[str, ...]]] = {}
    for idiom in L.IDIOMS:
        for w in idiom:
            idioms.setdefault(w, []).append(idiom)
    hedges: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in L.HEDGES.items():
        hedges.setdefault(phrase[-1], []).append((phrase, kind))
    for v in hedges.values():
        v.sort(key=lambda x: -len(x[0]))
    d = _Data(heads, idioms, hedges, 1 + max(k.count(" ") for k in L.UNITS), prefixes)
    _CACHE[L.__name__] = d
    return d


# -- tokens ----------------------------------------------------------------------------------------

def _tokens(text: str, s: Sentence) -> list[Tok]:
    base = s.start
    out = []
    for m in _TOKEN.finditer(s.text):
        t = m.group(0)
        out.append(Tok(m.lastgroup, t, t.lower(), base + m.start(), base + m.end()))
    return out


def _glued(a: Tok, b: Tok) -> bool:
    return a.end == b.start


# -- number words ----------------------------------------------------------------------------------

def _below_100(w: str, L) -> float | None:
    if not w:
        return None
    if w in L.TEENS:
        return L.TEENS[w]
    if w in L.TENS:
        return L.TENS[w]
    if w in L.ONES:
        return L.ONES[w]
    if "-" in w:  # English "twenty-five"
        a, _, b = w.partition("-")
        if a in L.TENS and b in L.ONES:
            return L.TENS[a] + L.ONES[b]
        return None
    if L.AND and L.AND in w and L is de_numbers:  # "dreiundzwanzig"
        a, _, b = w.partition(L.AND)
        if a in L.ONES and b in L.TENS:
            return L.ONES[a] + L.TENS[b]
    return None


def _below_1000(w: str, L) -> float | None:
    h = L.HUNDRED[0]
    if h in w and L is de_numbers:
        a, _, b = w.partition(h)
        av = L.ONES.get(a) if a else 1
        if av is None:
            return None
        bv = _below_100(b, L) if b else 0
        return None if bv is None else av * 100 + bv
    if w == h:
        return 100
    return _below_100(w, L)


def _word_value(w: str, L) -> float | None:
    """The value of one (possibly compound) number word, lower-case; None if it is none."""
    if w in L.HALVES:
        return L.HALVES[w]
    if w in L.EXTRA_WORDS:
        return L.EXTRA_WORDS[w]
    if w in L.NOT_NUMBERS or w in L.ARTICLES:
        return None
    if L is de_numbers:
        t = L.THOUSAND[0]
        if t in w:
            a, _, b = w.partition(t)
            av = _below_1000(a, L) if a else 1
            if av is None:
                return None
            bv = _below_1000(b, L) if b else 0
            return None if bv is None else av * 1000 + bv
        return _below_1000(w, L)
    if w == L.THOUSAND[0]:
        return 1000
    return _below_1000(w, L)


# -- digits ----------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _digit_patterns(L) -> tuple:
    """(pattern, thousands marks, decimal mark) in the order they are tried: the language's own
    convention (grouped, then plain), then the foreign ones its texts also print."""
    th, dec = re.escape(L.THOUSANDS), re.escape(L.DECIMAL)
    own = ((rf"\d{{1,3}}(?:[{th}]\d{{3}})+(?:{dec}\d+)?", L.THOUSANDS, L.DECIMAL),
           (rf"\d+(?:{dec}\d+)?", L.THOUSANDS, L.DECIMAL))
    return tuple((re.compile(p), marks, d) for p, marks, d in own + L.FOREIGN_DIGITS)


def _digits_value(t: str, L) -> float | None:
    t = t.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("’", "'")
    for pattern, thousands, decimal in _digit_patterns(L):
        if pattern.fullmatch(t):
            for mark in thousands:
                t = t.replace(mark, "")
            return float(t.replace(decimal, "."))
    return None


# -- the scanner -----------------------------------------------------------------------------------

class _Scan:
    def __init__(self, text: str, s: Sentence, L, data: _Data, lang: str):
        self.text = text
        self.s = s
        self.L = L
        self.data = data
        self.de = lang == "de"
        self.toks = _tokens(text, s)
        self.n = len(self.toks)
        self.in_range = False  # reading the second number of a range
        words = [t.text for t in self.toks if t.kind == "word" and len(t.text) > 3]
        # an English headline in title case ("Bomb Kills Two"): capitals say nothing about names
        self.title_case = len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    # token helpers
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].kind == "word"

    def prev_word_index(self, i: int) -> int:
        """Index of the word before token i, skipping an abbreviation period."""
        j = i - 1
        if j >= 0 and self.toks[j].text == "." and j - 1 >= 0 and self.toks[j - 1].kind == "word":
            j -= 1
        return j

    # ---------------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        out: list[Claim] = []
        last: Reading | None = None
        i = 0
        prefixes = self.data.prefixes
        toks = self.toks
        while i < self.n:
            t = toks[i]
            if t.kind != "num" and t.low[:3] not in prefixes:
                i += 1
                continue
            r = self.read(i)
            if r is None:
                i += 1
                continue
            nxt = r.last + 1
            if r.kind == "skip":
                i = max(nxt, i + 1)
                continue
            self.qualify(r, last)
            c = self.claim(r)
            if c is not None:
                out.append(c)
                last = r
            i = max(nxt, i + 1)
        return out

    # the numeral itself -------------------------------------------------------------------
    def core(self, i: int, allow_vague: bool = True) -> Reading | None:
        """Read a numeral starting at token i (no hedges), or None."""
        L = self.L
        t = self.toks[i]
        if t.kind == "num":
            return self.core_digits(i)
        if t.kind != "word":
            return None
        w = t.low
        # vague plurals: "Tausende", "Millionen", "hundreds of thousands", "tens of thousands"
        if allow_vague and (w in L.VAGUE_PLURALS or w == "tens"):
            base = L.VAGUE_PLURALS.get(w, 10)
            j = i
            if self.low(j + 1) == "of" and self.low(j + 2) in L.VAGUE_PLURALS:
                base *= L.VAGUE_PLURALS[self.low(j + 2)]
                j += 2
            elif w == "tens":
                return None
            elif self.low(j + 1) in L.VAGUE_PLURALS and self.low(j + 1) != w:  # "Dutzende Millionen"
                base *= L.VAGUE_PLURALS[self.low(j + 1)]
                j += 1
            if self.de and w in ("millionen", "milliarden", "billionen") and not t.text[0].isupper():
                return None
            return Reading(base, first=i, last=j, vague=True, kind="words",
                           notes=[f"'{self.text[t.start:self.toks[j].end]}' without a numeral: at least two"])
        # vague quantifier + scale: "mehrere hunderttausend", "several hundred", "einige Millionen"
        if w in L.VAGUE_QUANTIFIERS and i + 1 < self.n and self.is_word(i + 1):
            r = self.core_words(i + 1)
            if r is not None and r.kind == "words" and _is_power_of_ten(r.lo) and r.lo >= 100 \
                    and r.hi is None:
                r.first = i
                r.vague = True
                r.notes.append(f"'{t.text}' before a scale word: at least two")
                return r
            nxt = self.low(i + 1)
            if nxt in L.VAGUE_PLURALS and _is_power_of_ten(L.VAGUE_PLURALS[nxt]):
                rr = self.core(i + 1)
                if rr is not None:
                    rr.first = i
                    return rr
            return None
        # ages written as one word: "Zehnjährige" (a noun: an age), "mindestens einjährige"
        k = w.find(L.AGE_SUFFIX) if self.de else -1
        if k > 0 and w[k + len(L.AGE_SUFFIX):] in ("", "e", "en", "er", "es", "em"):
            v = _word_value(w[:k], L) if w[:k] not in ("ein", "eins") else 1
            if v is None:
                return None
            if t.text[0].isupper() and i > 0 or self.hedge_before(i) is not None:
                return Reading(v, first=i, last=i, kind="age", unit="Jahre", notes=["an age"])
            if self.living_after(i):  # "die einjährige Bache", "der zehnjährige Junge"
                return Reading(v, first=i, last=i, kind="age", unit="Jahre", notes=["an age (of a person or animal)"])
            return Reading(0, first=i, last=i, kind="skip")  # "zehnjährige Anleihe": a duration
        # multipliers
        r = self.core_factor(i)
        if r is not None:
            return r
        if "-" in w and _word_value(w, L) is None:
            return self.core_hyphen_word(i)
        return self.core_words(i)

    def compared_year(self, k: int) -> bool:
        """Is the year-like numeral at token k the year of a comparison ("deutlich mehr als 2019",
        "15 Prozent weniger als 2019")? "mehr/weniger als" alone bound an amount ("mehr als 2000")."""
        L = self.L
        low = self.toks[k].low
        c = k - 2 if self.low(k - 1) == "noch" else k - 1  # "weniger als noch 2019"
        if not (re.fullmatch(r"\d{4}", low) and 1900 <= int(low) <= 2100) or \
                self.low(c) not in getattr(L, "COMPARISON_WORDS", ()):
            return False
        if self.low(c - 1) not in L.AMOUNT_COMPARATIVES:
            return True
        for j in range(max(0, c - 4), c - 1):
            if self.toks[j].kind == "num" or self.toks[j].low in L.DEGREE_WORDS or self.toks[j].text == "%":
                return True
        return False

    def living_after(self, i: int) -> bool:
        """Is the noun after the adjective at token i (at most one more adjective between) a
        person or an animal? (a language without noun classes has none)"""
        for j in (i + 1, i + 2):
            t = self.tok(j)
            if t is None or t.kind != "word":
                return False
            if t.text[0].isupper():
                return is_living(self.L, t.low)
            if not t.low.endswith(("e", "en", "er", "es", "em")):
                return False
        return False

    def core_hyphen_word(self, i: int) -> Reading | None:
        """A number word glued to a unit: "six-story", "two-thirds", "four-decade" (a duration)."""
        L = self.L
        t = self.toks[i]
        parts = t.low.split("-")
        n = 0
        for k in range(len(parts) - 1, 0, -1):  # the longest number-word prefix
            if _word_value("-".join(parts[:k]), L) is not None:
                n = k
                break
        if not n:
            return None
        v = _word_value("-".join(parts[:n]), L)
        rest = parts[n:]
        head = rest[0]
        if head in L.FRACTIONS:
            return Reading(round(v * L.FRACTIONS[head], 3), first=i, last=i, kind="fraction")
        if head in L.SCALES:
            return Reading(v * L.SCALES[head], first=i, last=i, kind="words", scaled=True)
        if L.AGE_SUFFIX in "-".join(rest) or head.startswith("jährig"):
            return Reading(v, first=i, last=i, kind="age", unit="Jahre" if self.de else "years")
        if head in L.TIME_UNITS or head + "s" in L.TIME_UNITS or head.startswith("jahres"):
            return Reading(0, first=i, last=i, kind="skip")
        if head in L.UNITS:
            return Reading(v, first=i, last=i, kind="compound", unit=L.UNITS[head][0])
        if len(rest) > 1:
            return Reading(0, first=i, last=i, kind="skip")  # "Zwei-Klassen-Gesellschaft": a concept
        return Reading(v, first=i, last=i, kind="compound", unit=t.text.split("-", n)[-1])

    def core_digits(self, i: int) -> Reading | None:
        L = self.L
        t = self.toks[i]
        prev = self.tok(i - 1)
        nxt = self.tok(i + 1)
        # glued to a name: "G20", "A100", "Covid-19", "Effizienzhaus-55"
        if prev is not None and _glued(prev, t):
            if prev.kind == "word":
                return Reading(0, first=i, last=i, kind="skip")
            if prev.text in "-/" and i >= 2 and _glued(self.toks[i - 2], prev) and self.toks[i - 2].kind == "word":
                return Reading(0, first=i, last=i, kind="skip")
            if prev.text in "-–/" and i >= 2 and _glued(self.toks[i - 2], prev) and self.toks[i - 2].kind == "num" \
                    and not self.in_range:
                return Reading(0, first=i, last=i, kind="skip")  # the tail of "1930–34" or "2020/21"
        if _DATE_DIGITS.match(t.text) and t.text.count(".") == 2:
            return Reading(0, first=i, last=i, kind="skip")  # 28.04.2020
        v = _digits_value(t.text, L)
        if v is None:
            return Reading(0, first=i, last=i, kind="skip")
        r = Reading(v, first=i, last=i, kind="num")
        if any(ch in t.text for ch in ".,'’ "):
            r.notes.append(f"'{t.text}' read as {_clean(v)} ({'German' if self.de else 'English'} digits)")
        a, sl, b = self.tok(i + 1), self.tok(i + 2), self.tok(i + 3)
        if a is not None and b is not None and a.kind == "num" and sl.text == "/" and b.kind == "num" \
                and _glued(a, sl) and _glued(sl, b) and a.text.isdigit() and b.text in ("2", "3", "4", "8") \
                and int(a.text) < int(b.text) and re.fullmatch(r"\d{1,3}", t.text):
            r.lo = v + int(a.text) / int(b.text)  # "2 1/2 times"
            r.last = i + 3
            return r
        r.year_like = bool(re.fullmatch(r"1\d{3}|20\d\d|2100", t.text))
        if nxt is not None and _glued(t, nxt):
            if nxt.kind == "word":
                if nxt.low in ("m", "k") and prev is not None and prev.low in L.PREFIX_CURRENCY:
                    r.lo *= 1e6 if nxt.low == "m" else 1e3  # "$5m", "£20k"
                    r.scaled = True
                    r.last = i + 1
                    return r
                unit = L.UNITS.get(nxt.low)
                scale = L.SCALES.get(nxt.low)
                if unit is None and scale is None:
                    return Reading(0, first=i, last=i + 1, kind="skip")  # "5G", "1990er", "3D"
            elif nxt.text in ":-" and self.tok(i + 2) is not None and self.toks[i + 2].kind == "num" \
                    and _glued(nxt, self.toks[i + 2]):
                a, b = v, _digits_value(self.toks[i + 2].text, L)
                if b is not None and a + b == 100 and a > 0 and b > 0:  # "50:50", "a 60-40 split"
                    return Reading(a / 100, first=i, last=i + 2, kind="ratio",
                                   notes=[f"ratio {t.text}{nxt.text}{self.toks[i + 2].text}"])
                if nxt.text == ":":
                    return Reading(0, first=i, last=i + 2, kind="skip")  # 18:00, a score 6:3
            elif nxt.text == "/" and self.tok(i + 2) is not None and self.toks[i + 2].kind == "num":
                return Reading(0, first=i, last=i + 2, kind="skip")  # 2020/21, 24/7
        return r

    def core_words(self, i: int) -> Reading | None:
        """A number word or a sequence of them, an article before a scale, fractions."""
        L = self.L
        t = self.toks[i]
        w = t.low
        parts: list[tuple[str, float]] = []
        j = i
        article = False
        if w == "half" and L is en_numbers:
            nx = self.low(i + 1)
            if nx in ("a", "an") and self.low(i + 2) in L.SCALES:
                return Reading(0.5 * L.SCALES[self.low(i + 2)], first=i, last=i + 2, kind="words", scaled=True)
            if nx == "of":
                return Reading(0.5, first=i, last=i, kind="fraction", notes=["'half of'"])
            return None
        if w in L.ARTICLES or (w in L.FRACTION_ONE and self.low(i + 1) in L.FRACTIONS):
            nx = self.low(i + 1)
            if nx in L.SCALES or nx in L.HUNDRED or nx in L.FRACTIONS or nx in L.DOZEN \
                    or (nx in L.THOUSAND):
                if nx == L.HALF_WORD and w not in L.FRACTION_ONE:
                    return None
                if nx in L.FRACTIONS and nx != L.HALF_WORD and w in ("die", "der"):
                    return None
                parts.append(("n", 1))
                article = True
                j = i + 1
            else:
                return None
        elif self.de and t.text[:1].isupper() and i > 0 and w not in L.VAGUE_PLURALS \
                and self.toks[i - 1].kind == "word":
            # capitalised number words inside a German sentence are nouns ("die Elf", "außer Acht");
            # after punctuation they start a phrase ("Brand: Zwei Verletzte")
            return None
        elif not self.de and t.text[:1].isupper() and i > 0 and self.toks[i - 1].kind == "word" \
                and self.toks[i - 1].text[:1].isupper() and not self.toks[i - 1].text.isupper() \
                and not self.title_case:
            return None  # part of a name: "Air Force One", "Channel Four"
        while j < self.n and self.toks[j].kind == "word":
            x = self.toks[j].low
            prev_kind = parts[-1][0] if parts else ""
            if x in L.HUNDRED and L is en_numbers and prev_kind in ("", "n"):
                parts.append(("h", 100))
            elif x in L.SCALES and parts and prev_kind in ("n", "h"):
                if self.de and x in ("million", "milliarde", "billion") and parts[-1][1] != 1:
                    break
                parts.append(("s", L.SCALES[x]))
            elif x in L.DOZEN and parts and prev_kind == "n":
                parts.append(("s", L.DOZEN[x]))
            elif x == L.AND and L is en_numbers and prev_kind == "h" and _word_value(self.low(j + 1), L) is not None:
                j += 1
                continue
            else:
                v = _word_value(x, L)
                if v is None:
                    break
                if prev_kind == "n" and not (parts[-1][1] >= 20 and parts[-1][1] % 10 == 0 and v < 10
                                             and L is en_numbers):
                    break
                if prev_kind == "s" and v >= parts[-1][1]:
                    break
                parts.append(("n", v))
            j += 1
        if not parts:
            return None
        value = _combine(parts)
        last = j - 1
        r = Reading(value, first=i, last=last, kind="words")
        if any(k == "s" for k, _ in parts):
            r.scaled = True
        # a fraction after the numerator: "ein Fünftel", "zwei Drittel", "a third"
        fx = self.low(last + 1)
        if fx in L.FRACTIONS and (parts[-1][0] == "n") and len(parts) <= 2:
            if fx == L.HALF_WORD and value != 1:
                return r if not article else None
            r.lo = round(value * L.FRACTIONS[fx], 3)
            r.last = last + 1
            r.notes.append(f"fraction '{self.toks[last + 1].text}'")
            r.kind = "fraction"
            return r
        if article and len(parts) == 1:
            return None
        return r

    def core_factor(self, i: int) -> Reading | None:
        L = self.L
        t = self.toks[i]
        w = t.low
        # "zweimal", "dreifach", "threefold"
        for suffix, unit in ((L.TIMES_SUFFIX, "Mal"), (L.FOLD_SUFFIX, "fach" if self.de else "times")):
            if not suffix:
                continue
            k = w.find(suffix)
            if k > 0:
                rest = w[k + len(suffix):]
                if rest in ("", "e", "en", "er", "es", "em"):
                    v = _word_value(w[:k], L)
                    if v is not None and w[:k] not in L.ARTICLES and w[:k] not in ("ein", "eins", "one"):
                        if suffix == L.TIMES_SUFFIX and rest:
                            return None
                        return Reading(v, first=i, last=i, kind="factor", unit=unit)
        for stem, f in L.FACTOR_VERBS.items():
            if w.startswith(stem):
                if L is en_numbers and not (w.endswith("ed") or w.endswith("ing")):
                    return None
                r = Reading(f, first=i, last=i, kind="factor", unit="Faktor" if self.de else "factor")
                # "verdreifachte sich die Zahl der Anträge nahezu": a hedge after the verb
                for j in range(i + 1, min(self.n, i + 8)):
                    h = L.FACTOR_LATE_HEDGES.get(self.low(j))
                    if h == "approx":
                        r.approx = True
                        r.notes.append(f"'{self.toks[j].text}' after the verb: approximate")
                        break
                    if self.toks[j].text in ",;.":
                        break
                return r
        if w in L.DOUBLE_WORDS:
            if L is en_numbers:  # "twice"
                return Reading(L.DOUBLE_WORDS[w], first=i, last=i, kind="factor", unit="times")
            hedged = self.hedge_before(i) is not None
            if hedged or self.low(i + 1) == "so":
                return Reading(L.DOUBLE_WORDS[w], first=i, last=i, kind="factor", unit="Faktor")
        return None

    # the whole expression -----------------------------------------------------------------
    def read(self, i: int) -> Reading | None:
        L = self.L
        r = self.core(i)
        if r is None or r.kind == "skip":
            return r
        j = r.last
        # scale after digits: "1,5 Milliarden", "10 Mio.", "$107 million"
        if r.kind == "num":
            x = self.low(j + 1)
            if x in L.SCALES or x in L.HUNDRED:
                sc = L.SCALES.get(x, 100)
                r.lo *= sc
                r.scaled = True
                j += 1
                r.notes.append(f"scale '{self.toks[j].text}'")
                if x in L.SCALE_ABBREV and self.low(j + 1) == "." and _glued(self.toks[j], self.toks[j + 1]):
                    j += 1
            elif x in L.FRACTIONS and r.lo < 20 and x != L.HALF_WORD:  # "2 Drittel"
                r.lo = round(r.lo * L.FRACTIONS[x], 3)
                j += 1
        elif r.kind == "words" and not r.vague:
            x = self.low(j + 1)
            if x in L.SCALE_ABBREV or x in L.SCALES and not r.scaled:
                r.lo *= L.SCALES[x]
                j += 1
        r.last = j
        # a range: "X bis Y", "X to Y", "X-Y", "zwischen X und Y"
        self.read_range(r)
        # what follows: a time unit (a duration, not a NUMBER), a unit, a counted noun
        cur = self.prefix_currency(r.first) if r.kind == "num" else None
        if cur is not None:
            r.unit = cur[1]  # "$107 million", "Fr. 300": the currency is the unit
            return r
        if not self.read_unit(r):
            return Reading(0, first=r.first, last=r.last, kind="skip")
        return r

    def read_range(self, r: Reading) -> None:
        L = self.L
        j = r.last
        x = self.tok(j + 1)
        if x is None or r.vague or r.kind in ("factor", "fraction", "age", "ratio", "compound"):
            return
        is_dash = x.text in "-–—" and r.kind == "num"
        if x.low in L.RANGE_WORDS or is_dash:
            k = j + 2
            if k < self.n and (self.low(k), ) in L.HEDGES and L.HEDGES[(self.low(k),)] == "approx":
                k += 1
            if k >= self.n:
                return
            if self.low(k) == "zu" or self.low(k) == "up":  # "bis zu": a hedge of its own
                return
            self.in_range = True
            try:
                y = self.core(k, allow_vague=False)
            finally:
                self.in_range = False
            if y is None or y.kind not in ("num", "words"):
                return
            if r.year_like and y.year_like or y.year_like and not r.scaled:
                return
            yl = y.last
            nx = self.low(yl + 1)
            hi = y.lo
            if nx in L.SCALES:
                hi *= L.SCALES[nx]
                if not r.scaled:
                    r.lo *= L.SCALES[nx]
                yl += 1
                if nx in L.SCALE_ABBREV and self.low(yl + 1) == ".":
                    yl += 1
            if hi <= r.lo:
                return
            if self.de and r.kind == "num" and x.low in L.RANGE_WORDS and self.low(yl + 1) in L.MONTHS:
                return
            r.hi = hi
            r.last = yl
            r.notes.append("a range")
            return
        # "zwischen X und Y"
        b0, b1 = L.BETWEEN
        if self.low(r.first - 1) == b0 and self.low(j + 1) == b1 and j + 2 < self.n:
            y = self.core(j + 2, allow_vague=False)
            if y is None or y.kind not in ("num", "words"):
                return
            yl = y.last
            hi = y.lo
            nx = self.low(yl + 1)
            if nx in L.SCALES:
                hi *= L.SCALES[nx]
                if not r.scaled:
                    r.lo *= L.SCALES[nx]
                yl += 1
            if hi > r.lo and not (r.year_like and y.year_like):
                r.hi = hi
                r.last = yl
                r.first -= 1
                r.notes.append(f"'{b0} ... {b1}': a range")

    def read_unit(self, r: Reading) -> bool:
        """Attach the unit or counted noun after r; False when r is a duration (a DATE)."""
        L = self.L
        j = r.last + 1
        if j >= self.n or r.kind in ("age", "compound"):
            return True
        t = self.toks[j]
        # hyphen compounds: "22-story", "6-year-old", "34-Jährige", "300-Millionen-Euro-Anleihe"
        if t.text == "-" and _glued(self.toks[j - 1], t) and self.is_word(j + 1) and _glued(t, self.toks[j + 1]):
            code = self.toks[j + 1].text.split("-")[0]
            if code.isupper() and len(code) <= 3 and code.lower() not in L.UNITS:
                return False  # "OPLAN 34-A", "Tu-154-M": an identifier
            parts = self.toks[j + 1].low.split("-")
            head = parts[0]
            if head in L.SCALES and not r.scaled:
                r.lo *= L.SCALES[head]
                parts = parts[1:]
            if parts:
                head = parts[0]
                if head.startswith(L.AGE_SUFFIX.split("-")[0]) and (L.AGE_SUFFIX in "-".join(parts)
                                                                    or head.startswith("jährig")):
                    r.unit = "Jahre" if self.de else "years"
                    r.notes.append("an age")
                elif head in L.TIME_UNITS or head.rstrip("s") in L.TIME_UNITS or head.startswith("jahres"):
                    return False
                elif head in L.UNITS:
                    r.unit = L.UNITS[head][0]
                elif len(parts) > 1:
                    return False  # "3-Zimmer-Wohnung", "2-Klassen-Medizin": part of a concept
                else:
                    r.unit = self.toks[j + 1].text.split("-")[-1]
            r.last = j + 1
            return True
        if t.kind == "word" and t.low.startswith("jährig") and _glued(self.toks[j - 1], t):
            r.unit = "Jahre"
            r.last = j
            return True
        # a unit (up to three tokens: "per cent", "km/h", "°C")
        for k in range(min(self.n - 1, j + self.data.max_unit_tokens + 1), j - 1, -1):
            key = self.text[t.start:self.toks[k].end].lower()
            u = L.UNITS.get(key)
            if u is None and k > j:
                continue
            if u is None:
                break
            if key in ("m", "t", "g", "l", "fr") and not _glued(self.toks[j - 1], t) and r.kind != "num":
                break
            if key == "mal" and r.kind == "factor":
                break
            if key == "times" and r.kind not in ("num", "words"):
                break
            r.unit, f = u
            if f != 1:
                r.lo *= f
                if r.hi is not None:
                    r.hi *= f
                r.notes.append(f"'{self.text[t.start:self.toks[k].end]}' = {f} {r.unit}")
            r.last = k
            return True
        if r.kind == "factor":
            return True
        if (r.vague or r.kind == "fraction") and t.low == "of" and not self.de:
            noun = self.counted_noun(j + 1)
            if noun is not None:
                r.unit = noun[1]
            return True
        # time units: a duration (a DATE) unless it is an age
        if t.low in L.TIME_UNITS:
            if t.low in L.AGE_UNITS and (self.low(j + 1) in L.AGE_AFTER or self.age_before(r.first)):
                r.unit = "Jahre" if self.de else "years"
                r.last = j + (1 if self.low(j + 1) in L.AGE_AFTER else 0)
                r.notes.append("an age")
                return True
            return False
        # a counted noun
        year = r.year_like and self.hedge_before(r.first) is None
        noun = self.counted_noun(j, adjectives=0 if year else 2)
        if noun is not None:
            k, unit = noun
            r.unit = unit
            r.noun = True
            r.last = k
        return True

    def age_before(self, i: int) -> bool:
        for phrase in self.L.AGE_BEFORE:
            n = len(phrase)
            if all(self.low(i - n + m) == phrase[m] for m in range(n)):
                return True
        return False

    def counted_noun(self, j: int, adjectives: int = 2) -> tuple[int, str] | None:
        L = self.L
        if not self.is_word(j):
            # "two U.S. embassies": skip an abbreviation of capitals and periods
            return None
        if self.de:
            k = j
            # up to two attributive adjectives: "380 deutschen Sparkassen", "1000 interne Unterlagen"
            # (none after a year-like number: "1887 veranlasste Italien" is a year and a verb)
            for _ in range(adjectives):
                x = self.toks[k]
                if x.kind == "word" and x.text[0].islower() and re.search(r"(e|en|er|es|em)$", x.low) \
                        and x.low not in L.NOT_UNITS and self.is_word(k + 1):
                    k += 1
                else:
                    break
            x = self.toks[k]
            if x.kind == "word" and x.text[0].isupper() and x.low not in L.NOT_UNITS \
                    and x.low not in L.MONTHS and not x.text.isupper() or (
                        x.kind == "word" and x.text[0].isupper() and len(x.text) > 1 and "-" in x.text):
                return k, _lemma_de(x.text, L)
            return None
        k = j
        # skip "U.S." and similar abbreviations and one adjective
        while k + 1 < self.n and self.toks[k].kind == "word" and len(self.toks[k].text) == 1 \
                and self.toks[k + 1].text == ".":
            k += 2
        if k >= self.n or not self.is_word(k):
            return None
        x = self.toks[k]
        if x.low in L.NOT_UNITS or x.low.endswith("ly") or x.low in L.TIME_UNITS:
            return None
        if self.is_word(k + 1):
            y = self.toks[k + 1]
            if y.low not in L.NOT_UNITS and not x.low.endswith("s") and y.low.endswith("s") \
                    and not y.low.endswith("ss") and not y.low.endswith("'s"):
                return k + 1, y.text
        if x.low.endswith("ed") or x.low.endswith("ing"):
            return None
        return k, x.text

    # hedges, signs, exclusions ---------------------------------------------------------------
    def hedge_before(self, i: int) -> tuple[int, str] | None:
        """(first token index, kind) of a hedge that ends right before token i."""
        j = i - 1
        if j >= 0 and self.toks[j].text == "." and self.low(j - 1) in ("ca", "approx", "rd"):
            j -= 1
        if j < 0:
            return None
        for phrase, kind in self.data.hedges_by_last.get(self.low(j), ()):
            n = len(phrase)
            if j - n + 1 < 0:
                continue
            if all(self.low(j - n + 1 + m) == phrase[m] for m in range(n)):
                return j - n + 1, kind
        return None

    def prefix_currency(self, i: int) -> tuple[int, str] | None:
        """(index, ISO code) of a currency written before token i: "$5", "€ 10", "Fr. 300"."""
        cur = self.L.PREFIX_CURRENCY
        p = self.tok(i - 1)
        if p is None:
            return None
        if p.low in cur:
            return i - 1, cur[p.low]
        if p.text == "." and self.tok(i - 2) is not None and self.low(i - 2) in cur \
                and _glued(self.toks[i - 2], p):
            return i - 2, cur[self.low(i - 2)]
        return None

    def qualify(self, r: Reading, last: Reading | None) -> None:
        L = self.L
        i = r.first
        # currency before the number: "$107 million", "€ 10", "CHF 2,50"
        cur = self.prefix_currency(i) if r.kind == "num" else None
        if cur is not None:
            i = cur[0]
            if self.low(i - 1) == "us" and self.toks[i].text == "$":
                i -= 1
        # a sign: "minus 0,4 Prozent", "-0,4 %"
        p = self.tok(i - 1)
        if p is not None and (p.low in L.SIGNS or (p.text in "-−+" and _glued(p, self.toks[i])
                                                   and r.kind == "num")):
            pp = self.tok(i - 2)
            if p.low in L.SIGNS or pp is None or not _glued(pp, p):
                r.sign = -1 if p.low == "minus" or p.text in "-−" else 1
                i -= 1
        # a hedge: "mehr als", "bis zu", "rund", "fast"
        h = self.hedge_before(i)
        if h is not None:
            i, r.hedge = h[0], h[1]
        elif self.low(r.first - 1) in L.ALTERNATIVE and last is not None and last.hedge \
                and last.last >= r.first - 4 and last.hedge in ("min", "max"):
            # "bis zu acht Millionen Euro oder drei Prozent": the hedge scopes over both
            r.hedge = last.hedge
            r.notes.append("hedge of the first alternative carries over")
        r.first = i
        # a hedge after: "80 Cent oder auch weniger"
        for phrase, kind in L.POST_HEDGES.items():
            n = len(phrase)
            if all(self.low(r.last + 1 + m) == phrase[m] for m in range(n)):
                if r.hedge is None:
                    r.hedge = kind
                    r.notes.append(f"'{' '.join(phrase)}' after the number")
                break

    def excluded(self, r: Reading) -> str | None:
        """Why r is not a NUMBER claim, or None."""
        L = self.L
        # find the numeral's own first token (after hedges/sign)
        k = r.first
        while k <= r.last and self.toks[k].kind not in ("num",) and _word_value(self.toks[k].low, L) is None \
                and self.toks[k].low not in L.VAGUE_PLURALS and self.toks[k].low not in L.ARTICLES \
                and self.toks[k].low not in L.VAGUE_QUANTIFIERS and self.core_factor(k) is None \
                and self.toks[k].low != "tens":
            k += 1
        if k > r.last:
            k = r.first
        t = self.toks[k]
        # idioms
        for idiom in self.data.idioms_by_word.get(t.low, ()):
            for pos, w in enumerate(idiom):
                if w != t.low:
                    continue
                s0 = k - pos
                if s0 >= 0 and all(self.low(s0 + m) == idiom[m] for m in range(len(idiom))):
                    return "idiom"
        if t.kind == "num":
            after = self.tok(k + 1)
            # ordinals: "7. Juli", "3. Liga", list markers "1. Zum Inhalt"
            if after is not None and after.text == "." and _glued(t, after) and k == r.last:
                if k == 0 and self.s.line_start:
                    return "list marker"
                if self.de:
                    a2 = self.tok(k + 2)
                    if a2 is not None and (a2.text in ",/" or a2.text in "–-" and self.tok(k + 3) is not None
                                           and self.toks[k + 3].kind == "num"):
                        return "ordinal"  # "die 3., 4. und 5. Armee", "18./19. Juni", "3.–5. Juli"
                    if a2 is not None and a2.text in "–-":
                        return None  # a Swiss price: "Fr. 300.–"
                    if a2 is not None and a2.kind in ("word", "num") and (
                            a2.low in L.MONTHS or a2.text[0].islower() or a2.kind == "num"
                            or a2.low not in L.SENTENCE_STARTERS):
                        return "ordinal"
                    if a2 is None and k > 0 and self.low(k - 1) in ("am", "im", "vom", "zum", "bis", "den", "der"):
                        return "ordinal"
            if k == 0 and self.s.line_start and after is not None and after.text in ")" and _glued(t, after):
                return "list marker"
            # clock times
            if self.low(r.last + 1) in ("uhr", "a.m", "p.m", "o'clock") or (
                    self.low(r.last + 1) in ("a", "p") and self.low(r.last + 2) == "."):
                return "clock time"
            pw = self.prev_word_index(k)
            prevw = self.low(pw)
            if pw < 0:  # the sentence starts here: look at the text before it ("Dec. | 2, 1956")
                m = re.search(r"([^\W\d_]+)\.?\s*$", self.text[max(0, t.start - 20):t.start])
                prevw = m.group(1).lower() if m else ""
            # days after a month name: "Aug. 7", "August 21"
            if prevw in L.MONTHS and r.hi is None and r.lo <= 31 and r.unit is None:
                return "day of a date"
            if self.low(k + 1) in L.MONTHS and r.lo <= 31:
                return "day of a date"
            # years in date position
            # (a German counted noun is reliable, capitalised: "1400 Dateien"; an English word after
            # a year is mostly what the year qualifies: "the 2020 election")
            # era years: "254 v. Chr.", "800 n. Chr.", "500 BC"; "das Jahr 149"
            if r.unit is None or r.noun:
                e = r.last
                if self.low(e + 1) in ("-", "–") and self.tok(e + 2) is not None and self.toks[e + 2].kind == "num":
                    e += 2  # "(211–202 v. Chr.)"
                nx1, nx2, nx3 = self.low(e + 1), self.low(e + 2), self.low(e + 3)
                if (nx1 in ("v", "n") and nx2 == "." and nx3 == "chr") or nx1 in ("bc", "ad", "bce", "ce"):
                    return "year"
                if r.hi is None and r.lo == int(r.lo) and (prevw in ("jahr", "jahre", "jahres", "year")
                                                           or self.low(r.first - 1) in ("anno",)):
                    return "year"
            # A hedge makes a count ("mehr als 1500"), unless it doubles as a temporal preposition.
            # After a year-like number a German noun must look plural ("1400 Dateien", not
            # "1882 Assab" or "1920 Chili-Anhwei-Krieg").
            unitless = r.unit is None or (r.noun and (not self.de or not _plural_de(r.unit)))
            hedged = r.hedge is not None and self.low(r.first) not in ("über", "unter", "over", "under")
            if r.year_like and r.hi is None and not r.scaled and (
                    (unitless and not hedged) or prevw in L.MONTHS or (r.noun and prevw in L.YEAR_BEFORE)):
                return "year"
            if r.year_like and r.hi is None and not r.scaled and r.unit is None and self.compared_year(k):
                return "year"  # "15 Prozent weniger als 2019": the year compared with
            # identifiers and house numbers
            if r.unit is None or r.noun:
                if prevw in L.ID_BEFORE or prevw.rsplit("-", 1)[-1] in L.ID_BEFORE:
                    return "identifier"  # "Artikel 5", "UN-Resolution 598"
                if pw >= 0 and self.toks[pw].text in ("#", "§", "№"):
                    return "identifier"
            if not self.de and r.hi is None and r.lo < 100000 and r.hedge is None:  # "12 Baker Street"
                for m in (k + 1, k + 2):
                    x = self.tok(m)
                    if x is None or x.kind != "word" or not x.text[0].isupper():
                        break
                    if x.low in L.STREET_SUFFIXES:
                        return "house number"
            if r.unit is None and pw >= 0 and self.toks[pw].kind == "word" and \
                    self.toks[pw].text[:1].isupper() and prevw.endswith(L.STREET_SUFFIXES) \
                    and r.lo < 1000:
                return "house number"
        return None

    def claim(self, r: Reading) -> Claim | None:
        why = self.excluded(r)
        if why is not None:
            return None
        lo = r.lo * r.sign
        hi = r.hi * r.sign if r.hi is not None else None
        approx = r.approx
        notes = list(r.notes)
        if r.vague:
            value = {"min": _clean(2 * lo)}
        elif hi is not None:
            value = {"min": _clean(lo), "max": _clean(hi)}
        else:
            value = _clean(lo)
        h = r.hedge
        if h is not None and not isinstance(value, dict):
            if h.startswith("min"):
                value = {"min": value}
            elif h.startswith("max"):
                value = {"max": value}
            approx = approx or h.endswith("approx") or h == "approx"
            notes.insert(0, {"min": "lower bound", "max": "upper bound", "approx": "approximate",
                             "min_approx": "lower bound, approximate",
                             "max_approx": "upper bound, approximate"}[h])
        elif h is not None:
            approx = approx or h.endswith("approx") or h == "approx"
        start = self.toks[r.first].start
        end = self.toks[r.last].end
        if r.unit:
            notes.append(f"unit {r.unit}")
        return Claim(type="number", start=start, end=end, text=self.text[start:end], value=value,
                     unit=r.unit, approx=approx, explanation="; ".join(notes) or None,
                     sentence=self.s.text)


def _sentence_numbers(text: str, s: Sentence, L, data: _Data, lang: str) -> list[Claim]:
    return _Scan(text, s, L, data, lang).run()


def _combine(parts: list[tuple[str, float]]) -> float:
    total = 0.0
    cur: float | None = None
    for kind, v in parts:
        if kind == "n":
            cur = (cur or 0) + v
        elif kind == "h":
            cur = (cur if cur is not None else 1) * 100
        else:
            total += (cur if cur is not None else 1) * v
            cur = None
    return total + (cur or 0)


def _is_power_of_ten(v: float) -> bool:
    while v >= 10 and v % 10 == 0:
        v /= 10
    return v == 1


def _clean(v: float) -> int | float:
    v = float(f"{v:.12g}")
    if v.is_integer() and abs(v) < 1e18:
        return int(v)
    return v


def _lemma_de(word: str, L) -> str:
    """A counted noun without the dative plural -n ("Toten" -> "Tote", "Vertretern" -> "Vertreter")."""
    w = word
    low = w.lower()
    if low.endswith("n") and low[:-1] in L.ADJECTIVAL_NOUNS:
        return w[:-1]
    if low.endswith("ern") or low.endswith("enden") or low.endswith("enen"):
        return w[:-1]
    return w


def _plural_de(noun: str) -> bool:
    """Does a German noun look plural? (a weak test: the common plural endings)"""
    low = noun.rsplit("-", 1)[-1].lower()
    return low.endswith(("en", "n", "e", "s")) or (low.endswith("er") and not low.startswith(("erst", "zweit")))
