"""Attributions: who is said to have said what.

One engine for German and English; the words it looks for live in lang/de_attributions.py and
lang/en_attributions.py. The text is tokenized once (offsets into the text as given). Sentences
joined by a quotation that runs across them form one unit; each unit is read in four passes:

1. quotations: "„…“, sagte X", "X sagte: „…“", a quotation that goes on after its reporting
   clause ("„…“, sagte X, „…“"), and a quotation that stands alone (its speaker is the one the
   text was just quoting);
2. cue verbs (every form of each lemma in lang/*_attributions.py): the clause around the verb
   decides the speaker (the subject: in front, after the finite verb in German V2, after an
   inverted "…, sagte/erklärt/hat … mitgeteilt X", "… – X berichtete", "…, wie X berichtet")
   and the content (the clause after a comma or colon, the text before an inverted cue, or the
   object for demand/deny/evaluate/forecast verbs); English passives ("was quoted as saying");
3. prepositional cues: laut X, X zufolge, nach + any noun of information (+ genitive source),
   nach X-Angaben, aus ihrer Sicht, so X, hieß es, demnach, wie aus X hervorgeht, zitiert ... mit
   den Worten, according to X, the headline "claim: Source";
4. reported speech without a cue: a Konjunktiv I clause after a colon belongs to the subject
   before it; a sentence in Konjunktiv I (or a Konjunktiv II substitute or hearsay "soll ... haben"
   right after an attribution) continues the last speaker's statement; "Das sagte X." names the
   speaker of the sentence before.

A running context remembers the last speaker, so pronouns ("sagte er") and cue-less quotations
get a name, and Konjunktiv sentences know whose statement they continue.

Modules: attribution_text.py reads the text (tokens, quotations, units, noun phrases, names and
pronouns), attribution_cues.py holds the passes, this module drives them unit by unit and keeps
the context.
"""
from __future__ import annotations

from ..model import Claim
from .attribution_cues import (
    _anaphoric_report,
    _colon_konj,
    _continuation,
    _prep_pass,
    _quote_pass,
    _rfind,
    _split_quotes,
    _verb_pass,
)
from .attribution_text import _TOKEN, _Found, _Reader, _Unit, _is_cap, _is_word
from .segment import Sentence

__all__ = ["find_attributions"]


def find_attributions(text: str, sentences: list[Sentence], lang: str) -> list[Claim]:
    """Attribution claims of a text, in text order. `sentences` come from segment.segment()."""
    if lang not in ("de", "en") or not text.strip():
        return []
    r = _Reader(text, sentences, lang)
    claims: list[Claim] = []
    prev: tuple[_Unit, list[_Found]] | None = None
    for unit in r.units:
        found = read_unit(r, unit)
        if lang == "de" and prev is not None and not found and prev[0].index == unit.index - 1 \
                and "\n\n" not in text[prev[0].end:unit.start]:
            _report_of_previous(r, unit, prev[0], prev[1])
        if prev is not None:
            claims.extend(_to_claim(r, f) for f in prev[1])
        prev = (unit, found)
    if prev is not None:
        claims.extend(_to_claim(r, f) for f in prev[1])
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _report_of_previous(r: _Reader, unit: _Unit, pu: _Unit, pfound: list[_Found]) -> None:
    """'„…“ Das sagte Müller am Montag.': a sentence that reports the one before it names its
    speaker; the quotation (or statement) before gets that source and cue."""
    rep = _anaphoric_report(r, unit, pfound)
    if rep is None:
        return
    src, st, cue, act, spans = rep
    if pfound:
        for f in pfound:
            if f.cue is None or f.note:  # attributed by context or continuing: now named
                f.source, f.source_text, f.cue, f.act = src, st, cue, act
                f.note = "named by the next sentence ('Das sagte ...')"
        return
    a, b = pu.a, r.clean_end(pu.a, pu.b)
    if b <= a:
        return
    content = (r.tk.starts[a], r.tk.ends[b - 1])
    direct = r.qmark[a] >= 0 and r.quotes[r.qmark[a]].c >= b - 1
    if direct:
        q = r.quotes[r.qmark[a]]
        content = (r.tk.ends[q.o], r.tk.starts[q.c])
    pfound.append(_Found([(r.tk.starts[a], r.tk.ends[pu.b - 1])], src, st, cue, content, direct, act,
                         note="named by the next sentence ('Das sagte ...')"))


def _to_claim(r: _Reader, f: _Found) -> Claim:
    start = min(s for s, _ in f.parts)
    end = max(e for _, e in f.parts)
    text = r.text
    cs, ce = f.content if f.content else (start, end)
    return Claim(
        type="attribution",
        start=start,
        end=end,
        text=text[start:end],
        source=f.source,
        source_text=f.source_text,
        cue=f.cue,
        content=text[cs:ce],
        content_start=cs,
        content_end=ce,
        direct=f.direct,
        act=f.act,
        explanation=f.note or None,
    )


def read_unit(r: _Reader, unit: _Unit) -> list[_Found]:
    tk = r.tk
    a, b = unit.a, unit.b
    found: list[_Found] = []
    used: set[int] = set()
    regions: list[tuple[int, int]] = []  # token ranges that are reporting clauses, not content
    last = r.clean_end(a, b)
    question = any(tk.texts[k] == "?" and r.in_quote[k] < 0 for k in range(last, b)) or (
        last > a and tk.texts[last - 1] == "?")
    kforms: list[int] = []
    if not question:
        _quote_pass(r, unit, found, used, regions)
        _split_quotes(r, unit, found)
        _verb_pass(r, unit, found, used, regions, kforms)
        _prep_pass(r, unit, found, used, regions)
        if r.lang == "de":
            f = _colon_konj(r, unit, found)
            if f:
                found.append(f)
        for f in found:
            if f.source_text and f.source_text.lower() in r.lx.PRONOUNS:
                f.gender = r.lx.PRONOUNS[f.source_text.lower()]
                if not f.note:
                    f.note = (f"'{f.source_text}' resolved to {f.source}" if f.source
                              else f"'{f.source_text}': no earlier speaker to resolve it to")
            elif f.cue_tokens and f.source_text:
                f.gender = _gender_of_text(r, unit, f.source_text)
                if not f.note and r.role_resolved.get(f.source_text) == f.source:
                    f.note = f"'{f.source_text}' resolved to {f.source}, named before"
        # "erfuhr X aus Y": a report only with the source it was learned from ("er erfuhr, dass" is learning)
        found[:] = [f for f in found if not (f.cue_tokens and r.tk.lows[f.cue_tokens[0]] in r.lx.LEARN_VERBS)
                    or _source_learned_from(r, unit, f, found)]
        for f in found:
            if f.note.startswith("pending"):
                before = [g for g in found if g.source and g.parts[0][0] < f.parts[0][0]]
                f.source = before[-1].source if before else r.ctx.speaker
                f.note = "quotation continuing the reported statement before"
        found[:] = [f for f in found if f.source or not f.note.startswith("quotation continuing")]
        if r.lang == "de" and not unit.heading and not any(f.main for f in found):
            _continuation(r, unit, found)
    _update_context(r, unit, found)
    return found


def _source_learned_from(r, unit, f, found) -> bool:
    """'erfuhr die Zeitung aus Regierungskreisen': the circles told it; the paper only learned it."""
    tk = r.tk
    k = f.cue_tokens[0]
    cs, ce = r.clause_bounds(k, unit.a, unit.b)
    ce = r.clean_end(cs, ce)
    for m in range(cs, ce - 1):
        if tk.lows[m] in ("aus", "von", "vom") and r.in_quote[m] < 0:
            np = r._np_after(m + 1 if tk.lows[m] != "vom" else m, ce)
            if np and (np[1] == ce or np[1] <= k or tk.lows[np[1]] in r.lx.LEARN_VERBS):
                f.source, f.source_text = r.source_of(np[0], np[1], unit, found)
                f.parts.append((tk.starts[m], tk.ends[np[1] - 1]))
                return True
    return False


def _people(r, unit):
    """Role nouns followed by names ("Premierminister Boris Johnson"): candidates for pronouns."""
    tk, lx = r.tk, r.lx
    out = []
    for k in range(unit.a, unit.b - 1):
        # the cheap tests first: this runs for every token of the text
        if (_is_cap(tk.texts[k + 1]) and tk.lows[k + 1] not in lx.DETERMINERS
                and (tk.lows[k].endswith(lx.ROLE_SUFFIXES) or r._role_head(tk.lows[k])[0])):
            e = k + 1
            while e < unit.b and e - k <= 3 and _is_cap(tk.texts[e]) and _is_word(tk.texts[e]):
                e += 1
            out.append((tk.starts[k], r.span_text(k + 1, e), r.gender(k, k + 1)))
            r.ctx.roles[r.span_text(k + 1, e)] = tk.texts[k]
    return out


def _gender_of_text(r, unit, st):
    """Gender hint of a source mention, found again in the unit by its text."""
    tk = r.tk
    first = st.split()[0] if st.split() else ""
    for k in range(unit.a, unit.b):
        if tk.texts[k] == first:
            n = len(_TOKEN.findall(st))
            return r.gender(k, min(unit.b, k + n))
    return "x"


def _update_context(r, unit, found):
    ctx = r.ctx
    ctx.people.extend(_people(r, unit))
    mains = [f for f in found if f.source]
    for f in mains:
        if f.source_text and f.source_text.lower() not in r.lx.PRONOUNS:
            ctx.people.append((min(s for s, _ in f.parts), f.source, f.gender))
    ctx.people.sort()
    if mains:
        ctx.speaker = mains[-1].source
        ctx.speaker_gender = mains[-1].gender
        ctx.speaker_at = max(e for _, e in mains[-1].parts)
        ctx.speaker_unit = unit.index
        ctx.last_attr_unit = unit.index
    elif unit.heading and unit.index > 0:
        ctx.speaker = None
    elif r.lang == "de":
        tk = r.tk
        for k in range(unit.a, unit.b):
            low = tk.lows[k]
            if r.in_quote[k] < 0 and (low in r.lx.SPEAKER_ONLY or not _is_cap(tk.texts[k])
                                      and low not in r.lx.LEARN_VERBS
                                      and any(rd[2] == "say" and (not rd[3] or rd[3] in tk.lows[k + 1:unit.b])
                                              for rd in r.lx.VERBS.get(low, ()))
                                      and low not in r.lx.DETERMINERS and low not in r.lx.PRONOUNS):
                # a speech act without content ("äußerte sich", "warb um Unterstützung", "bestätigte
                # den Vorfall") names the speaker whom following Konjunktiv sentences continue
                f = _rfind(r, r.lx.AUX, unit.a, k)
                f = k if f is None else f
                k2 = f + 1
                while k2 < unit.b and (tk.lows[k2] in r.lx.ADVERBS and not _is_cap(tk.texts[k2])):
                    k2 += 1
                subj = r._front_subject(unit)
                if subj is None or subj[0] > f:
                    subj = r._np_after(k2, unit.b)
                if subj:
                    ctx.speaker = r.normalize(*subj)
                    ctx.speaker_gender = r.gender(*subj)
                    ctx.speaker_unit = unit.index
                    ctx.last_attr_unit = unit.index
                break
    subj = r._front_subject(unit)
    if subj and r.tk.lows[subj[0]] not in r.lx.PRONOUNS:
        name = r.normalize(*subj)
        if r._person_name(name) and not r._role_mention(*subj):
            # a person named as the subject of any sentence ("Anna Weber gründete ..."): whom a
            # later "die 38-Jährige" or "der Minister" may stand for
            ctx.people.append((r.tk.starts[subj[0]], name, r.gender(*subj)))
            ctx.people.sort()
        ctx.prev_subject = (r.normalize(*subj), r.gender(*subj))
    else:
        ctx.prev_subject = None
