"""Reading a text for attributions: tokens with offsets, quotations, units (sentences joined by a
quotation that runs across them), noun phrases, speakers' names and pronouns.

The cue rules (attribution_cues.py) and the driver (attributions.py) work on the _Reader this
module builds; the words come from lang/de_attributions.py and lang/en_attributions.py.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field

from .lang import de_attributions as DE
from .lang import en_attributions as EN
from .segment import Sentence

# "50:50", "10:30" are one token: a colon between digits opens no quotation or clause
_TOKEN = re.compile(r"``|''|\d+:\d+(?![\w:])|\w+(?:[-’']\w+)*(?:-(?=[\s,]))?|\.\.\.|[^\w\s]")
# Inside a unit a "." follows an abbreviation ("Mr.", "U.S.", "Dr."), so it does not end a clause;
# a free-standing "-" is a dash ("Zürich - Die SNB ...").
_CLAUSE_END = frozenset(",;:!?–—-")
_TRAILING = _CLAUSE_END | {".", "…"}
_SENT_END = frozenset(".!?")
_QUOTE_CHARS = frozenset("„“”«»‚‘’\"") | {"``", "''"}
_CONTEXT_WINDOW = 3  # units after which a speaker is no longer "the one we were quoting"


@dataclass
class _Toks:
    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]


@dataclass
class _Quote:
    o: int  # token index of the opening mark
    c: int  # token index of the closing mark


@dataclass
class _Unit:
    index: int
    a: int  # first token
    b: int  # one past the last token
    start: int
    end: int
    line_start: bool
    heading: bool


@dataclass
class _Ctx:
    speaker: str | None = None
    speaker_unit: int = -10
    last_attr_unit: int = -10
    prev_subject: tuple[str, str] | None = None  # (source, gender hint) of the previous unit's subject
    speaker_gender: str = "x"
    speaker_at: int = -1  # char offset where the last speaker's attribution ended
    # people and speakers met so far, for pronouns: (char offset, name, gender hint)
    people: list[tuple[int, str, str]] = field(default_factory=list)
    # the role word a person was named with ("Premierminister Boris Johnson"), for "der Premierminister"
    roles: dict[str, str] = field(default_factory=dict)


@dataclass
class _Found:
    """A claim under construction (token indexes)."""

    parts: list[tuple[int, int]]  # char spans of source, cue, content, quote marks
    source: str | None
    source_text: str | None
    cue: str | None
    content: tuple[int, int] | None
    direct: bool
    act: str
    main: bool = True
    note: str = ""
    gender: str = "x"
    subj_span: tuple[int, int] | None = None  # char span of the subject, for coordinated verbs
    cue_tokens: list[int] = field(default_factory=list)


def _tokenize(text: str) -> _Toks:
    starts, ends, texts = [], [], []
    for m in _TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        texts.append(m.group(0))
    return _Toks(starts, ends, texts, [t.lower() for t in texts])


def _is_word(t: str) -> bool:
    return t[:1].isalnum()


def _is_cap(t: str) -> bool:
    """Capitalised, or a name written with inner capitals ("eXXpress", "iPhone")."""
    return t[:1].isupper() or (t[:1].islower() and not t.islower())


@lru_cache(maxsize=8192)
def _role_head(lang: str, lx, low: str) -> tuple[str, bool]:
    """_Reader._role_head, cached: it depends only on the language data and the word, and
    scanning every role noun per token was the attribution pass's costliest step."""
    adj = [h for h in getattr(lx, "ROLE_ADJ_NOUNS", ()) if low.endswith(h)]
    if adj:
        return adj[0], True
    heads = [h for h in lx.ROLE_NOUNS if low.endswith(h)]
    fem = False
    if not heads and lang == "de" and low.endswith("in"):
        stem = low[:-2]
        i = stem.rfind("ä")
        for cand in (stem, stem[:i] + "a" + stem[i + 1:] if i >= 0 else stem):  # Anwältin -> Anwalt
            heads = [h for h in lx.ROLE_NOUNS if cand.endswith(h)]
            if heads:
                fem = True
                break
    return (max(heads, key=len) if heads else ""), fem


class _Reader:
    """Reads one document; holds the tokens, quotes and the running context."""

    def __init__(self, text: str, sentences: list[Sentence], lang: str):
        self.text = text
        self.lang = lang
        self.lx = DE if lang == "de" else EN
        self.tk = _tokenize(text)
        self.n = len(self.tk.texts)
        self.quotes = self._find_quotes()
        self.in_quote = [-1] * self.n
        self.qmark = [-1] * self.n
        for qi, q in enumerate(self.quotes):
            self.qmark[q.o] = qi
            self.qmark[q.c] = qi
            for i in range(q.o + 1, q.c):
                self.in_quote[i] = qi
        self.units = self._units(sentences)
        self.ctx = _Ctx()
        self.role_resolved: dict[str, str] = {}  # role mention ("der Minister") -> the person it stood for

    # ---- quotations -------------------------------------------------------------------------
    def _find_quotes(self) -> list[_Quote]:
        tk, out = self.tk, []
        openers = self.lx.QUOTES
        open_i, closers = -1, ""
        for i, t in enumerate(tk.texts):
            if open_i >= 0 and "\n" in self.text[tk.ends[i - 1]:tk.starts[i]]:
                open_i = -1  # a quotation does not run over a line break here
            if open_i >= 0:
                if t in closers or (closers == "''" and t == "''"):
                    out.append(_Quote(open_i, i))
                    open_i = -1
                continue
            if t in openers:
                if t == '"' and i + 1 < self.n and tk.starts[i + 1] != tk.ends[i]:
                    continue  # a straight quote followed by a space closes nothing we opened
                open_i, closers = i, openers[t]
        return out

    # ---- units ------------------------------------------------------------------------------
    def _units(self, sentences: list[Sentence]) -> list[_Unit]:
        tk = self.tk
        spans = []
        for s in sentences:
            if s.boilerplate:
                continue
            a = bisect.bisect_left(tk.starts, s.start)
            b = bisect.bisect_left(tk.starts, s.end)
            if a < b:
                spans.append([a, b, s.start, s.end, s.line_start])
        merged: list[list] = []
        for sp in spans:
            if merged and (self._quote_open_at(sp[0]) >= 0 or self._reporting_tail(merged[-1], sp)):
                merged[-1][1], merged[-1][3] = sp[1], sp[3]
            else:
                merged.append(sp)
        units = []
        for i, (a, b, s, e, ls) in enumerate(merged):
            heading = ls and self._is_heading(a, b, s, e)
            units.append(_Unit(i, a, b, s, e, ls, heading))
        return units

    def _reporting_tail(self, prev: list, sp: list) -> bool:
        """'„Warum?“ fragte er.' / "''Here, no one gives up!'' Castro declared.": a quotation
        ending in ! or ? followed, on the same line, by a short sentence holding a cue verb."""
        tk = self.tk
        last = prev[1] - 1
        if self.qmark[last] < 0 or self.quotes[self.qmark[last]].c != last or last < 1 \
                or tk.texts[last - 1] not in ("!", "?") or sp[4] or sp[1] - sp[0] > 7:
            return False
        if self.lang == "de":
            return any(tk.lows[k] in self.lx.VERBS for k in range(sp[0], sp[1]))
        return any(tk.lows[k] in self.lx.VERBS and self.lx.VERBS[tk.lows[k]][1] == "say" for k in range(sp[0], sp[1]))

    def _quote_open_at(self, i: int) -> int:
        """The quote that opened before token i and is still open at it, or -1."""
        q = self.in_quote[i]
        if q < 0 and self.qmark[i] >= 0 and self.quotes[self.qmark[i]].c == i:
            q = self.qmark[i]
        return q if q >= 0 and self.quotes[q].o < i else -1

    def _is_heading(self, a: int, b: int, s: int, e: int) -> bool:
        """A line of its own without closing punctuation: a title, a sub-heading, a dateline."""
        line_end = self.text.find("\n", s)
        line_end = len(self.text) if line_end < 0 else line_end
        if e < line_end - 1:
            return False
        t = self.tk.texts
        last = b - 1
        while last > a and t[last] in _QUOTE_CHARS:
            last -= 1
        return t[last] not in _SENT_END

    # ---- small readers ----------------------------------------------------------------------
    def span_text(self, a: int, b: int) -> str:
        """Text of tokens a..b-1."""
        if a >= b:
            return ""
        return self.text[self.tk.starts[a]:self.tk.ends[b - 1]]

    def _np_after(self, i: int, b: int, allow_gen: bool = True) -> tuple[int, int] | None:
        """A noun phrase starting at token i (leading adverbs skipped): (start, end) indexes."""
        tk, lx = self.tk, self.lx
        while i < b and tk.lows[i] in lx.ADVERBS and not _is_cap(tk.texts[i]) and tk.lows[i] not in (
                "gegenüber",):
            i += 1
        if i >= b:
            return None
        if tk.lows[i] in lx.SUBJECT_PRONOUNS:
            return i, i + 1
        if self.lang == "de" and tk.lows[i] in ("einige", "viele", "manche", "mehrere", "andere") and i + 1 < b \
                and not _is_cap(tk.texts[i + 1]):
            # "einige im öffentlich-rechtlichen Sektor": a quantifier as the head, with its place
            if tk.lows[i + 1] in ("im", "in", "aus", "bei") and i + 2 < b:
                np = self._np_after(i + 2, b, allow_gen)
                if np:
                    return i, np[1]
            return i, i + 1
        start = i
        de = self.lang == "de"
        has_det = tk.lows[i] in lx.DETERMINERS
        if has_det:
            i += 1
        head_seen = False
        last_good = -1
        while i < b and i - start < 14:
            t, low = tk.texts[i], tk.lows[i]
            if t == "(":  # "(DSGV)", "(IW Köln)"
                j = i + 1
                while j < b and tk.texts[j] != ")" and j - i < 6:
                    j += 1
                if j < b and tk.texts[j] == ")" and head_seen:
                    i = j + 1
                    last_good = i
                    continue
                break
            if t in ("'", "’") and head_seen:  # "Damaskus' Verbündeter"
                i += 1
                continue
            if t == "." and head_seen and tk.lows[i - 1] in ("dr", "prof", "st", "mr", "mrs", "ms", "gen", "sen"):
                i += 1  # "so Dr. Linda Kisabaka"
                continue
            if not _is_word(t):
                break
            if de:
                if _is_cap(t) or t[0].isdigit():
                    if low in lx.PREPOSITIONS and not head_seen and i == start:
                        return None
                    head_seen = True
                    i += 1
                    last_good = i
                    continue
                if not head_seen and (low.endswith(("e", "en", "er", "es", "em")) or low in ("insgesamt",)):
                    i += 1  # an adjective before the head: "der oberste Sparkassenvertreter"
                    continue
                if head_seen and low in ("und", "sowie") and i + 1 < b and (
                        _is_cap(tk.texts[i + 1]) or tk.lows[i + 1] in lx.DETERMINERS):
                    i += 1
                    continue
                if head_seen and allow_gen and low in ("des", "von", "vom", "der") and i + 1 < b:
                    if low == "der" and not (has_det or self._role_like(last_good)):
                        break
                    if low == "von" and i + 1 < b and tk.lows[i + 1] in ("sich",):
                        break
                    i += 1
                    continue
                if head_seen and low in ("wie",) and i + 1 < b and (
                        _is_cap(tk.texts[i + 1]) or tk.lows[i + 1] in lx.DETERMINERS):
                    i += 1  # "Ökonomen wie der Professor X und Y"
                    continue
                if low in lx.DETERMINERS and not head_seen:
                    i += 1
                    continue
                break
            else:
                if low in ("and",) and head_seen and i + 1 < b and _is_word(tk.texts[i + 1]):
                    i += 1
                    continue
                if head_seen and (low == "of" or low == "for" and _is_cap(tk.texts[i - 1])) and i + 1 < b \
                        and (low == "of" or _is_cap(tk.texts[i + 1])):
                    i += 1  # "the Centers for Disease Control", "the Bank of England"
                    continue
                if low in lx.PREPOSITIONS or low in lx.SUBORDINATORS or low in lx.AUX or (
                        head_seen and (low in EN.VERBS or low in lx.TIME_WORDS)):
                    break
                if low in lx.DETERMINERS and head_seen:
                    break
                if head_seen and not _is_cap(t) and (
                        (i - 2 >= start and _is_cap(tk.texts[i - 1]) and _is_cap(tk.texts[i - 2])
                         and tk.lows[i - 2] not in lx.DETERMINERS) or low.endswith("ed")):
                    break  # "Mayor Jane Doe spoke", "Bushnell continued"
                head_seen = head_seen or low not in lx.DETERMINERS
                i += 1
                last_good = i
                continue
        if last_good <= start:
            return None
        return start, last_good

    def _role_like(self, end: int) -> bool:
        if end <= 0:
            return False
        return self.tk.lows[end - 1].endswith(self.lx.ROLE_SUFFIXES)

    def _np_before(self, i: int, a: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token i ("Schleweis zufolge")."""
        tk, lx = self.tk, self.lx
        j = i - 1
        while j >= a and _is_word(tk.texts[j]) and (
                _is_cap(tk.texts[j]) or tk.lows[j] in lx.DETERMINERS or tk.lows[j] in ("des", "der", "von")
                or (self.lang == "en")):
            if self.lang == "en" and (tk.lows[j] in lx.PREPOSITIONS or tk.lows[j] in lx.SUBORDINATORS
                                      or tk.lows[j] in lx.AUX):
                break
            j -= 1
        if j + 1 >= i:
            return None
        return j + 1, i

    def clause_bounds(self, i: int, a: int, b: int) -> tuple[int, int]:
        """Token range of the comma-delimited stretch around i (quotes count as one block)."""
        tk = self.tk
        s = i
        while s > a and not (tk.texts[s - 1] in _CLAUSE_END and self.in_quote[s - 1] < 0):
            s -= 1
        e = i
        while e < b and not (tk.texts[e] in _CLAUSE_END and self.in_quote[e] < 0):
            e += 1
        return s, e

    def clean_end(self, a: int, b: int) -> int:
        """Drop closing punctuation at the end of a range (quote marks stay when they close a quote
        that opened inside the range)."""
        tk = self.tk
        while b > a and (tk.texts[b - 1] in _TRAILING or tk.texts[b - 1] in (")",) and "(" not in
                         tk.texts[a:b]):
            b -= 1
        return b

    # ---- sources ----------------------------------------------------------------------------
    def normalize(self, a: int, b: int) -> str:
        """The speaker's name from a noun phrase: articles and prepositions off the front,
        "Sparkassenpräsident Helmut Schleweis" -> "Helmut Schleweis (Sparkassenpräsident)"."""
        tk, lx = self.tk, self.lx
        while a < b and (tk.lows[a] in lx.PREPOSITIONS or tk.lows[a] in ("according", "to")) \
                and not (self.lang == "de" and tk.lows[a] in ("gegenüber",)):
            a += 1
        b = self.clean_end(a, b)
        if a >= b:
            return ""
        c = next((k for k in range(a, b) if tk.texts[k] == ","), None)
        if c is not None:
            # "Der Präsident des BDI, Siegfried Russwurm": the name, with the role in brackets
            if 1 <= b - c - 1 <= 3 and all(_is_cap(tk.texts[k]) for k in range(c + 1, b)):
                role = self.normalize(a, c)
                return f"{self.span_text(c + 1, b)} ({role})" if role else self.span_text(c + 1, b)
            b = c
        # "Director of the FBI (FBI) Louis Freeh": the name after a bracketed acronym
        run = b
        while run - 1 > a and _is_cap(tk.texts[run - 1]) and _is_word(tk.texts[run - 1]):
            run -= 1
        if 2 <= b - run <= 3 and tk.texts[run - 1] == ")":
            return f"{self.span_text(run, b)} ({self.span_text(a, run)})"
        # A role noun followed by names: the names, with the role in brackets.
        for k in range(a, b - 1):
            if tk.lows[k].endswith(lx.ROLE_SUFFIXES) and all(_is_cap(tk.texts[j]) for j in range(k + 1, b)) \
                    and 1 <= b - k - 1 <= 3 and not any(tk.lows[j] in lx.DETERMINERS for j in range(k + 1, b)):
                names = self.span_text(k + 1, b)
                role = tk.texts[k]
                if role.lower() in ("verbündeter", "verbündete"):
                    return names
                return f"{names} ({role})"
        if self.lang == "de" and tk.lows[a] in lx.DETERMINERS:
            keep = tk.lows[a] in ("der", "die", "das") and not (a > 0 and tk.lows[a - 1] in lx.PREPOSITIONS) \
                and b - a >= 3 and _is_cap(tk.texts[a + 1]) and tk.lows[a + 1].endswith(("e", "en")) \
                and _is_cap(tk.texts[a + 2]) and not tk.lows[a + 2].endswith(lx.ROLE_SUFFIXES) \
                and (b == a + 3 or tk.lows[a + 3] in ("in", "im"))
            if keep:  # a proper name with its article: "Das Weiße Haus" (not "in Washington")
                end = a + 3
                return self.span_text(a, end)
            a += 1
        if self.lang == "en" and tk.lows[a] in lx.DETERMINERS:
            a += 1
        while b - 1 > a and tk.lows[b - 1] in lx.ADVERBS:
            b -= 1
        s = self.span_text(a, b)
        return s[:1].upper() + s[1:] if s else s

    def gender(self, a: int, b: int) -> str:
        """m, f, fp (feminine or plural), n or x (unknown): from role nouns, feminine noun endings,
        and the article when it is not governed by a preposition (so "laut der Agentur" is not m)."""
        tk, lx = self.tk, self.lx
        if self.lang == "en":
            return "x"
        for k in range(a, b):
            low = tk.lows[k]
            if low.endswith(lx.ROLE_SUFFIXES):
                return "m"
            if low.endswith(tuple(x + "in" for x in lx.ROLE_SUFFIXES)) or low.endswith(tuple(x + "innen" for x in lx.ROLE_SUFFIXES)):
                return "fp"
            if _is_cap(tk.texts[k]) and low.endswith(lx.FEMININE_ENDINGS):
                return "fp"
            if low in ("des", "der", "von", "vom") and k > a:
                break  # the rest is a genitive attribute
        low = tk.lows[a]
        governed = a > 0 and tk.lows[a - 1] in lx.PREPOSITIONS
        if low in ("ein", "dieser", "jener") or (low == "der" and not governed):
            return "m"
        if low in ("die", "eine", "diese") and not governed:
            return "fp"
        if low in ("das",):
            return "n"
        return "x"  # a bare name: could be anyone

    def resolve(self, pron: str, unit: _Unit, pos: int, found: list[_Found]) -> str | None:
        """Who a pronoun speaker stands for: the speaker of this unit, the subject in front of it,
        the last speaker, or the previous sentence's subject."""
        low = pron.lower()
        want = self.lx.PRONOUNS.get(low, "x")
        for f in found:
            if f.source and f.source.lower() not in self.lx.PRONOUNS:
                return f.source
        subj = self._front_subject(unit)
        if subj and self.tk.starts[subj[1] - 1] < self.tk.starts[pos] and self.tk.lows[subj[0]] not in self.lx.PRONOUNS:
            g = self.gender(*subj)
            if g == "x" or want == "x" or set(g) & set(want):
                return self.normalize(*subj)
        ctx = self.ctx

        def fits(g: str) -> bool:
            return g == "x" or want == "x" or bool(set(g) & set(want))

        if ctx.speaker and ctx.last_attr_unit == unit.index - 1 and fits(ctx.speaker_gender):
            return ctx.speaker
        if ctx.prev_subject:
            src, g = ctx.prev_subject
            if fits(g) and src:
                return src
        here = self.tk.starts[pos]
        for at, name, g in reversed(ctx.people):
            if at < here and fits(g):
                return name
        return ctx.speaker

    def _front_subject(self, unit: _Unit) -> tuple[int, int] | None:
        """The noun phrase a main clause starts with, if it is one (German Vorfeld / English subject)."""
        tk, lx = self.tk, self.lx
        a = unit.a
        # skip "DSGV:" / "Corona-Lockerungen:" prefixes of titles
        for k in range(a, min(unit.b, a + 4)):
            if tk.texts[k] == ":" and self.in_quote[k] < 0 and k + 1 < unit.b and self.qmark[k + 1] < 0:
                a = k + 1
                break
        if a >= unit.b:
            return None
        low = tk.lows[a]
        if low in lx.PREPOSITIONS or low in lx.ADVERBS or low in lx.SUBORDINATORS or not _is_word(tk.texts[a]):
            return None
        if self.lang == "de" and low in ("es", "das", "dies", "dabei", "so", "damit", "dafür"):
            if low != "das" or (a + 1 < unit.b and not _is_cap(tk.texts[a + 1])):
                return None
        np = self._np_after(a, unit.b)
        return np

    def source_of(self, a: int, b: int, unit: _Unit, found: list[_Found]) -> tuple[str | None, str]:
        text = self.span_text(a, b)
        low = self.tk.lows[a] if b - a == 1 else ""
        if low in self.lx.PRONOUNS or low in ("eigenen", "eigener"):
            return self.resolve(low, unit, a, found), text
        if self._role_mention(a, b):
            named = self._last_named_person(a, b, found)
            if named:
                self.role_resolved[text] = named
                return named, text
        return self.normalize(a, b) or None, text

    def _role_mention(self, a: int, b: int) -> bool:
        """'der Minister', 'die SPD-Chefin', 'der frühere Grünen-Politiker', 'the 55-year-old':
        a definite article and a singular role noun (or its compound head), and no name after it,
        so it stands for a person the text has already named."""
        tk, lx = self.tk, self.lx
        if b - a not in (2, 3) or tk.lows[a] not in lx.ROLE_ARTICLES:
            return False
        if b - a == 3 and (_is_cap(tk.texts[a + 1]) or not _is_word(tk.texts[a + 1])):
            return False  # only an adjective may stand between: "der frühere Minister"
        head = tk.lows[b - 1]
        if self.lang == "en":
            return head.endswith(lx.ROLE_NOUNS) or bool(re.fullmatch(r"\d+-year-old", head))
        if not (_is_cap(tk.texts[b - 1]) or re.fullmatch(r"\d+-jährige", head)):
            return False
        role, fem = self._role_head(head)
        both = head.endswith(lx.ROLE_ADJ_NOUNS)
        masc = bool(role) and (both or not fem)
        fem = bool(role) and (both or fem)
        # singular only: "der Minister" / "die Ministerin"; "die Minister" are several people
        return (tk.lows[a] == "der" and masc) or (tk.lows[a] == "die" and fem)

    def _role_head(self, word: str) -> tuple[str, bool]:
        """'DSGV-Präsident' -> ('präsident', False), 'Konzernchefin' -> ('chef', True),
        'Landrätin' -> ('landrat', True): the role noun a word ends in, and whether it is the feminine."""
        return _role_head(self.lang, self.lx, word.lower())


    def _last_named_person(self, a: int, b: int, found: list[_Found]) -> str | None:
        """The person a role mention stands for: the last one named with the same role word
        ('Sparkassenpräsident Helmut Schleweis' ... 'der Sparkassenpräsident'), else with the same
        role head ('der Präsident'), else the last person named whose own role (if the text gave
        one) is no other role and whose gender does not clash."""
        want = self.gender(a, b)
        here = self.tk.starts[a]
        word = self.tk.lows[b - 1]
        head = self._role_head(word)[0]

        def fits(g: str) -> bool:
            return g == "x" or want == "x" or bool(set(g) & set(want))

        cands = [(min(s for s, _ in f.parts), f.source, f.gender) for f in found if f.source]
        cands += list(self.ctx.people)
        cands = [c for c in cands if c[0] < here and fits(c[2]) and self._person_name(c[1])]
        cands.sort(key=lambda c: c[0])
        roles = [(c, (c[1].partition(" (")[2].rstrip(")") or self.ctx.roles.get(c[1], "")).lower())
                 for c in cands]
        for same in (lambda r: r == word or r + "in" == word,
                     lambda r: bool(head) and self._role_head(r)[0] == head):
            for c, role in reversed(roles):
                if role and same(role):
                    return c[1]
        if head in self.lx.ANON_ROLE_HEADS:
            return None  # "der Sprecher" speaks for a body; he is rarely the person named before
        for c, role in reversed(roles):
            # "der Grünen-Politiker", "die 38-Jährige" describe anyone; "der Minister" is not
            # the person the text named as "Oppositionsführer"
            if not role or not self._role_head(role)[0] or not head or head in self.lx.DESCRIPTOR_HEADS:
                return c[1]
        return None

    def is_person(self, name: str) -> bool:
        """A person's name, or the surname of a person named before ("Dolzer" after "Martin Dolzer")."""
        if self._person_name(name) or name in self.ctx.roles:
            return True
        return any(p[1].split(" (")[0].endswith(" " + name) for p in self.ctx.people) or any(
            n.endswith(" " + name) for n in self.ctx.roles)

    def _person_name(self, name: str) -> bool:
        """'Robert Habeck', 'Helmut Schleweis (Sparkassenpräsident)': two to four capitalised words
        that are not an organisation ('Deutsche Bank', 'Europäische Kommission')."""
        words = name.split(" (")[0].split()
        if not 2 <= len(words) <= 4 or not all(_is_cap(w) and _is_word(w) for w in words):
            return False
        low = [w.lower() for w in words]
        if self.lang == "de" and low[0].endswith(("e", "en", "er", "es")) and low[-1].endswith(("en", "ungen")):
            return False  # an adjective and a plural noun at the start of a sentence ("Interne Unterlagen")
        return not any(w in self.lx.DETERMINERS or w in self.lx.ORG_WORDS or w.endswith(self.lx.ORG_ENDINGS)
                       for w in low)
