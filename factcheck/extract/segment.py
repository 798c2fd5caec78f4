"""Sentences with offsets into the text as read.

Every line starts a sentence (titles, leads, datelines and sub-headings stand on lines of
their own in news text); inside a line we split after . ! ? followed by space and an
upper-case letter or an opening quote, except after abbreviations, ordinals of dates
("7. Juli"), initials and numbers. Navigation and boilerplate lines are flagged, not
deleted, so offsets stay those of the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence (German and English).
ABBREVIATIONS = frozenset(
    """
    z.b bzw ca dr prof nr st vgl u.a usw etc inkl ggf evtl bspw sog abs art mio mrd tsd
    jan feb mär apr jun jul aug sep sept okt nov dez jh jhd jhdt chr v.chr n.chr hr fr
    mr mrs ms jr sr gen col lt sgt rev gov sen rep vs no corp inc ltd co u.s u.k a.m p.m
    """.split()
)

_LINE = re.compile(r"[^\n]+")
_LAST_WORD = re.compile(r"([\wÄÖÜäöüß.]+)$")
_NEXT_CHAR = re.compile(r"\S")
# A sentence end: . ! ? (possibly followed by closing quotes/brackets), then whitespace.
_END = re.compile(r"""[.!?…]+["'“”’»«)\]]*(?=\s+)""")
_BOILERPLATE = re.compile(
    r"^\s*(\d+\.\s+)?(Zum Inhalt springen|Zur Hauptnavigation|Zu weiteren Angeboten|"
    r"Den nächsten Abschnitt|Mehr zum Thema|Skip to|Share this|Teilen|Drucken|"
    r"Anzeige|Advertisement|Lesen Sie auch|Read more)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    boilerplate: bool = False
    line_start: bool = True  # the sentence begins a line (title, paragraph, heading)


def _is_break(line: str, pos: int, end: int) -> bool:
    """Does the punctuation match line[pos:end] end a sentence?"""
    # only a short window: searching all of line[:pos] made long lines quadratic
    word = _LAST_WORD.search(line, max(0, pos - 40), pos)
    after = _NEXT_CHAR.search(line, end)  # not line[end:].lstrip(): a copy of the rest per period
    if after is None:
        return False
    nxt = after.group()
    if line[pos] == ".":
        if word:
            w = word.group(1).lower()
            if w.rstrip(".") in ABBREVIATIONS or w in ABBREVIATIONS:
                return False
            if len(w) == 1 and w.isalpha():  # an initial: "J. Smith"
                return False
            if w.isdigit():
                # "7. Juli", "am 2. Mai", "100. Geburtstag": an ordinal. A year ("im Jahr 2019.
                # Der ...") ends the sentence: four-digit ordinals are rare. So does the end of a
                # ratio, decimal or time ("auf 50:50. Der", "um 3,5. Die"): no ordinal has those.
                glued = word.start(1) > 0 and line[word.start(1) - 1] in ":,"
                year = len(w) == 4 and 1000 <= int(w) <= 2100
                return (year or glued) and nxt.isupper()
        if re.match(r"[a-zäöüß]", nxt):
            return False
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'„“‚‘«»(["):
        return False
    return True


def segment(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line.strip():
            continue
        base = m.start()
        boiler = bool(_BOILERPLATE.match(line))
        cut = 0
        first = True
        for e in _END.finditer(line):
            if _is_break(line, e.start(), e.end()):
                out.append(_make(text, base + cut, base + e.end(), len(out), boiler, first))
                first = False
                nxt = e.end()
                while nxt < len(line) and line[nxt].isspace():
                    nxt += 1
                cut = nxt
        if cut < len(line):
            out.append(_make(text, base + cut, base + len(line), len(out), boiler, first))
    return [s for s in out if s.text]


def _make(text: str, start: int, end: int, index: int, boiler: bool, first: bool) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(index, start, end, text[start:end], boiler, first)


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing offset (binary search; sentences are sorted)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None
