"""The cue rules for attributions, one function per pass over a unit (see attributions.py):
quotations, cue verbs (German and English), prepositional cues, Konjunktiv continuations."""
from __future__ import annotations

import re

from .attribution_text import (
    _CLAUSE_END,
    _CONTEXT_WINDOW,
    _SENT_END,
    _TRAILING,
    _Found,
    _Reader,
    _is_cap,
    _is_word,
)


def _content_start(r: _Reader, a: int, end: int) -> int:
    """Where content in front of an inverted cue starts: the unit start, or after a colon."""
    for k in range(end - 1, a - 1, -1):
        if r.tk.texts[k] == ":" and r.in_quote[k] < 0:
            return k + 1
    return a


def _span(r: _Reader, a: int, b: int) -> tuple[int, int]:
    return r.tk.starts[a], r.tk.ends[b - 1]


def _cue_text(r: _Reader, i: int, p: int | None) -> str:
    if p is None:
        return r.tk.texts[i]
    if p == i + 1 or p == i - 1:
        return r.span_text(min(i, p), max(i, p) + 1)
    return f"{r.tk.texts[i]} ... {r.tk.texts[p]}"


def _find(r: _Reader, words, lo: int, hi: int) -> int | None:
    for k in range(lo, hi):
        if r.tk.lows[k] in words and r.in_quote[k] < 0:
            return k
    return None


def _rfind(r: _Reader, words, lo: int, hi: int) -> int | None:
    for k in range(hi - 1, lo - 1, -1):
        if r.tk.lows[k] in words and r.in_quote[k] < 0:
            return k
    return None


def _words(r: _Reader, lo: int, hi: int) -> int:
    return sum(1 for k in range(lo, hi) if _is_word(r.tk.texts[k]))


# -- pass 1: quotations --

def _quote_pass(r, unit, found, used, regions):
    tk = r.tk
    a, b = unit.a, unit.b
    for q in r.quotes:
        if q.o < a or q.c >= b:
            continue
        before_words = _words(r, a, q.o)
        prev = tk.texts[q.o - 1] if q.o > a else ""
        k = q.c + 1
        comma = (k < b and tk.texts[k] == ",") or tk.texts[q.c - 1] in (",", "!", "?")
        if k < b and tk.texts[k] == ",":
            k += 1
        inner_end = q.c - 1 if tk.texts[q.c - 1] == "," else q.c
        content = (tk.ends[q.o], tk.starts[inner_end] if inner_end > q.o + 1 else tk.starts[q.c])
        content = (content[0], r.tk.ends[inner_end - 1]) if inner_end - 1 > q.o else content
        rep = _reporting_clause(r, unit, k, found) if comma and k < b else None
        if rep and (before_words == 0 or prev in (":", "–", "—")):
            cue_toks, cue, src, stext, end, act = rep
            parts = [_span(r, q.o, q.c + 1)] + [_span(r, t, t + 1) for t in cue_toks]
            if stext:
                parts.append(stext[2])
            found.append(_Found(parts, src, stext[0] if stext else None, cue, content, True, act,
                                cue_tokens=list(cue_toks)))
            used.update(cue_toks)
            regions.append((k, max(end, r.clause_bounds(k, a, b)[1])))  # "sagte X laut Redetext"
            continue
        after_words = _words(r, q.c + 1, b)
        if prev == ":" and after_words == 0:
            f = _colon_quote(r, unit, q, content, found, used, regions)
            if f:
                found.append(f)
            continue
        if before_words == 0 and after_words == 0 and not unit.heading:
            closing = tk.texts[q.c - 1] if q.c - 1 > q.o else ""
            after = tk.texts[q.c + 1] if q.c + 1 < b else ""
            if closing in (".", "!", "?", "…") or after in (".", "!", "?"):
                ctx = r.ctx
                if ctx.speaker and unit.index - ctx.speaker_unit <= _CONTEXT_WINDOW:
                    found.append(_Found([_span(r, q.o, q.c + 1)], ctx.speaker, None, None, content, True,
                                        "assert", note="quotation attributed by context"))


def _split_quotes(r, unit, found):
    """'"We are ready," he said, "and we will win."': a quotation right after the reporting clause
    of the quotation before it continues that speaker's words (its own claim, same speaker)."""
    tk = r.tk
    a, b = unit.a, unit.b
    for q in r.quotes:
        if q.o - 2 < a or q.c >= b or tk.texts[q.o - 1] != ",":
            continue
        if any(f.content and f.content[0] <= tk.ends[q.o] < f.content[1] for f in found):
            continue
        end = tk.ends[q.o - 2]
        prev = next((f for f in found if f.direct and f.cue_tokens and max(e for _, e in f.parts) == end), None)
        if prev is None:
            continue
        inner_end = q.c - 1 if tk.texts[q.c - 1] in (",", ".") else q.c
        if inner_end <= q.o + 1:
            continue
        content = (tk.ends[q.o], tk.ends[inner_end - 1])
        found.append(_Found([_span(r, q.o, q.c + 1)], prev.source, prev.source_text, prev.cue, content, True,
                            prev.act, note="the same speaker as the quotation before its reporting clause"))


def _reporting_clause(r, unit, k, found):
    """An inverted reporting clause at token k ("sagte Schleweis", "so Caspar", "hieß es",
    "wird in der Mitteilung betont", "the embassy said", "said Uhuru").
    Returns (cue tokens, cue text, source, (source_text, span_tokens, char span), end token, act)."""
    tk, lx = r.tk, r.lx
    b = unit.b
    cs, ce = r.clause_bounds(k, unit.a, b)
    low = tk.lows[k]
    if r.lang == "de":
        if low == "so":
            np = r._np_after(k + 1, b)
            if not np:
                return None
            src, st = r.source_of(np[0], np[1], unit, found)
            return [k], tk.texts[k], src, (st, np, _span(r, *np)), np[1], "assert"
        if low in lx.HEISST and k + 1 < b and tk.lows[k + 1] == "es":
            return _heisst(r, unit, k, k + 1, found)
        if low in lx.AUX and low in ("wird", "wurde", "werden", "wurden"):
            p = None
            for j in range(k + 1, ce):
                if any(rd[0] in ("part", "both") for rd in lx.VERBS.get(tk.lows[j], ())):
                    p = j
            if p is None:
                return None
            rd = lx.VERBS[tk.lows[p]][0]
            pp = _find(r, ("in", "von", "vom", "durch", "bei", "aus"), k + 1, p)
            if pp is None:
                return None
            np = r._np_after(pp + 1, p)
            if not np or not _agent_ok(r, pp, np):
                return None
            src, st = r.source_of(np[0], np[1], unit, found)
            return [k, p], f"{tk.texts[k]} ... {tk.texts[p]}", src, (st, np, _span(r, pp, np[1])), p + 1, rd[1]
        if low in lx.AUX and low[:1] in "hs":
            return _inverted_perfect(r, unit, k, ce, found)
        for rd in lx.VERBS.get(low, ()):
            if rd[0] not in ("fin", "both") or rd[4]:
                continue
            p = None
            if rd[3]:
                p = _find(r, (rd[3],), k + 1, ce)
                if p is None:
                    continue
            np = r._np_after(k + 1, ce)
            if not np:
                continue
            np = _with_apposition(r, np, b)
            src, st = r.source_of(np[0], np[1], unit, found)
            toks = [k] + ([p] if p else [])
            return toks, _cue_text(r, k, p), src, (st, np, _span(r, *np)), max(np[1], (p or 0) + 1), rd[1]
        return None
    # English
    if low in lx.VERBS:
        np = r._np_after(k + 1, b)
        if not np:
            return None
        src, st = r.source_of(np[0], np[1], unit, found)
        return [k], tk.texts[k], src, (st, np, _span(r, *np)), np[1], lx.VERBS[low][0]
    np = r._np_after(k, b)
    if not np:
        return None
    v = np[1]
    while v < b and tk.lows[v] in lx.AUX:
        v += 1
    if v < b and tk.lows[v] in lx.VERBS and lx.VERBS[tk.lows[v]][1] == "say":
        src, st = r.source_of(np[0], np[1], unit, found)
        return [v], r.span_text(np[1], v + 1) if v > np[1] else tk.texts[v], src, (st, np, _span(r, *np)), v + 1, \
            lx.VERBS[tk.lows[v]][0]
    return None


def _agent_ok(r, pp, np) -> bool:
    """The source of a passive cue: 'von/durch X' names an agent, 'in/bei/aus X' a document, a
    body or a place ("in einer Mitteilung", "In London wird damit gerechnet") -- but not a time
    ("im Jahr 1990", "in diesem Sommer")."""
    tk, lx = r.tk, r.lx
    if tk.texts[np[0]][:1].isdigit():
        return False  # "von 143.353 Verschwundenen": a number, not an agent
    if tk.lows[pp] in ("von", "vom", "durch"):
        return True
    return not any(tk.texts[k][:1].isdigit() or tk.lows[k] in lx.TIME_NOUNS for k in range(*np))


def _with_apposition(r, np, b):
    """'der Chef des Verbands, Peter Müller,': the noun phrase with the name after it, so that
    normalize() takes the name."""
    tk = r.tk
    c = np[1]
    if c + 2 < b and tk.texts[c] == ",":
        e = c + 1
        while e < b and e - c <= 3 and _is_cap(tk.texts[e]) and _is_word(tk.texts[e]):
            e += 1
        if e > c + 1 and (e >= b or tk.texts[e] in (",", ".")) and tk.lows[c + 1] not in r.lx.DETERMINERS:
            return np[0], e
    return np


def _inverted_perfect(r, unit, k, ce, found):
    """'..., hat die Firma mitgeteilt' / '..., hatte der Minister gesagt': auxiliary, subject,
    participle at the clause end."""
    tk, lx = r.tk, r.lx
    last = r.clean_end(k, ce) - 1
    if last <= k + 1:
        return None
    rd = next((rd for rd in lx.VERBS.get(tk.lows[last], ()) if rd[0] in ("part", "both") and not rd[4]), None)
    if rd is None:
        return None
    np = r._np_after(k + 1, last)
    if not np:
        return None
    src, st = r.source_of(np[0], np[1], unit, found)
    return [k, last], tk.texts[last], src, (st, np, _span(r, *np)), last + 1, rd[1]


def _heisst(r, unit, h, es, found):
    """'hieß es (in Moskau)': the source is the place or body named after it, if any."""
    tk = r.tk
    cs, ce = r.clause_bounds(h, unit.a, unit.b)
    k = max(h, es) + 1
    while k < ce and tk.lows[k] in r.lx.ADVERBS:
        k += 1
    src = st = None
    end = max(h, es) + 1
    sp = None
    if k < ce and tk.lows[k] in ("in", "aus", "von", "vom", "bei", "im", "seitens"):
        np = r._np_after(k + 1, ce)
        if np and tk.lows[np[0]] == "seiten" and np[0] + 1 < ce and tk.lows[np[0] + 1] in ("der", "des"):
            np = r._np_after(np[0] + 1, ce) or np  # "von Seiten der Gewerkschaft"
        if np:
            src, st = r.source_of(np[0], np[1], unit, found)
            st = r.span_text(k, np[1])
            end = np[1]
            sp = _span(r, k, np[1])
    if src is None and min(h, es) > cs and tk.lows[cs] in ("aus", "in", "von", "bei"):
        np = r._np_after(cs + 1, min(h, es))  # "Aus Regierungskreisen hieß es, ..."
        if np and np[1] == min(h, es):
            src, _ = r.source_of(np[0], np[1], unit, found)
            st = r.span_text(cs, np[1])
            sp = _span(r, cs, np[1])
    cue = f"{tk.texts[min(h, es)]} {tk.texts[max(h, es)]}"
    return [min(h, es), max(h, es)], cue, src, ((st, None, sp) if sp else None), end, "assert"


def _colon_quote(r, unit, q, content, found, used, regions):
    """'X sagte: „…“', 'Minister Axel Vogel: „…“', '…, wird in der Mitteilung betont: „…“'."""
    tk, lx = r.tk, r.lx
    colon = q.o - 1
    cs, _ = r.clause_bounds(colon - 1, unit.a, colon)
    if cs >= colon:
        return None
    # a passive reporting clause after a comma: its agent is the source
    if r.lang == "de" and tk.lows[cs] in ("wird", "wurde") and cs > unit.a:
        rep = _reporting_clause(r, unit, cs, found)
        if rep:
            cue_toks, cue, src, stext, end, act = rep
            parts = [_span(r, q.o, q.c + 1), _span(r, cs, colon)]
            return _Found(parts, src, stext[0] if stext else None, cue, content, True, act, cue_tokens=cue_toks)
    if _is_sub_clause(r, cs, unit.a) is not None:
        return None  # "..., die ihn zu der Äußerung veranlasste: „…“": the speaker is not named here
    qw = _quoted_with_words(r, unit, cs, colon) if r.lang == "de" else None
    if qw:  # "Die Zeitung zitierte den Minister mit den Worten: „…“": the Minister speaks
        np, toks = qw
        src, st = r.source_of(np[0], np[1], unit, found)
        used.update(toks)
        regions.append((cs, colon))
        return _Found([_span(r, q.o, q.c + 1), _span(r, *np), _span(r, toks[0], toks[0] + 1)], src, st,
                      "zitiert ... mit den Worten", content, True, "assert", cue_tokens=toks)
    subj, cue_i, p = _clause_subject_and_verb(r, unit, cs, colon)
    if cue_i is not None and (_is_konj(r, cue_i) or _konj_e(r, cue_i)) or (
            subj is not None and cs > unit.a and tk.texts[cs - 1] == "," and _has_konj(r, cs, colon)):
        # "..., die Hängepartie sei schlecht: „…“": the quote goes on with a reported statement;
        # its speaker is settled once the whole unit is read
        return _Found([_span(r, q.o, q.c + 1)], None, None, None, content, True, "assert",
                      note="pending: quotation continuing a reported statement")
    if subj is None:
        return None
    src, st = r.source_of(subj[0], subj[1], unit, found)
    if not src and cue_i is None:
        return None  # no verb and no name: not a quotation we can attribute
    act = "assert"
    cue = None
    if cue_i is not None:
        cue = _cue_text(r, cue_i, p)
        rds = lx.VERBS.get(tk.lows[cue_i]) if r.lang == "de" else None
        if rds:
            act = rds[0][1]
        used.add(cue_i)
    parts = [_span(r, q.o, q.c + 1), _span(r, *subj)]
    if cue_i is not None:
        parts.append(_span(r, cue_i, cue_i + 1))
    regions.append((cs, colon))
    return _Found(parts, src, st, cue, content, True, act, cue_tokens=[cue_i] if cue_i is not None else [])


def _clause_subject_and_verb(r, unit, cs, ce):
    """Subject noun phrase and finite verb of a main clause tokens cs..ce-1 (German V2 or English SV)."""
    tk, lx = r.tk, r.lx
    if r.lang == "en":
        for k in range(cs, ce):
            if tk.lows[k] in lx.VERBS or tk.lows[k] in lx.AUX:
                np = (cs, k) if k > cs else None
                return np, (k if tk.lows[k] in lx.VERBS else None), None
        np = r._np_after(cs, ce)
        return np, None, None
    first = tk.lows[cs]
    np = None
    if not (first in lx.PREPOSITIONS or first in lx.ADVERBS or first in lx.SUBORDINATORS):
        np = r._np_after(cs, ce)
        if np and (np[1] == ce or tk.texts[np[1]] == ","):
            # "Tobias Lindner, Sprecher der Grünen, nennt": skip the apposition
            k = np[1]
            if k < ce and tk.texts[k] == ",":
                k2 = _find(r, (",",), k + 1, ce)
                k = (k2 + 1) if k2 is not None else ce
            if k >= ce:
                return np, None, None
            f = k
        elif np:
            f = np[1]
        else:
            return None, None, None
    else:
        f = _finite_after_front(r, cs, ce)
        if f is None:
            return None, None, None
        k = f + 1
        while k < ce and (tk.lows[k] in ("sich",) or (tk.lows[k] in lx.ADVERBS and not _is_cap(tk.texts[k]))):
            k += 1
        np = r._np_after(k, ce)
    # the cue: a known verb in the clause, else the finite verb itself
    cue_i = None
    for k in range(f, ce):
        if tk.lows[k] in lx.VERBS and r.in_quote[k] < 0:
            cue_i = k
            break
    if cue_i is None and f < ce and _is_word(tk.texts[f]) and not _is_cap(tk.texts[f]):
        cue_i = f
        # a participle at the clause end is the better cue ("hatte sich ... geäußert")
        last = ce - 1
        if tk.lows[f] in lx.AUX and last > f and not _is_cap(tk.texts[last]) and _is_word(tk.texts[last]):
            cue_i = last
    return np, cue_i, None


def _finite_after_front(r, cs, ce):
    """The finite verb after a fronted adverb or prepositional phrase (German V2)."""
    tk, lx = r.tk, r.lx
    k = cs
    if tk.lows[k] in lx.ADVERBS or tk.lows[k] in ("so", "ähnlich", "dabei", "damit", "dafür", "zudem"):
        return k + 1 if k + 1 < ce else None
    noun_seen = False
    k += 1
    while k < ce:
        t, low = tk.texts[k], tk.lows[k]
        if _is_cap(t) or t[0].isdigit():
            noun_seen = True
        elif noun_seen and _is_word(t) and low not in lx.PREPOSITIONS and low not in lx.DETERMINERS \
                and low not in lx.CONJUNCTIONS and low not in ("etwa", "rund", "knapp", "gut"):
            return k
        k += 1
    return None


# -- pass 2: cue verbs --

def _verb_pass(r, unit, found, used, regions, kforms):
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    for i in range(a, b):
        if i in used or r.in_quote[i] >= 0 or r.qmark[i] >= 0:
            continue
        low = tk.lows[i]
        if r.lang == "de":
            if low in lx.HEISST:
                es = i + 1 if i + 1 < b and tk.lows[i + 1] == "es" else (i - 1 if i > a and tk.lows[i - 1] == "es" else None)
                if es is None:
                    f = _wie_es_heisst(r, unit, i, found, regions)  # "wie es in dem Bericht heißt"
                    if f:
                        found.append(f)
                        used.add(i)
                    continue
                if es is None or (i > a and tk.lows[i - 1] == "das" and es != i - 1):
                    continue
                f = _heisst_claim(r, unit, i, es, found, regions)
                if f:
                    found.append(f)
                    used.update((i, es))
                continue
            rds = lx.VERBS.get(low)
            if not rds:
                continue
            if _is_cap(tk.texts[i]) and i > a and tk.texts[i - 1] not in _TRAILING and r.qmark[i - 1] < 0:
                continue  # capitalised inside a sentence: a noun ("Vorwürfe", "Orte", "Meldungen")
            f = _de_verb(r, unit, i, rds, found, regions, kforms)
        else:
            rd = lx.VERBS.get(low)
            if not rd:
                if low in lx.PASSIVE_AS_SAYING or low in lx.PASSIVE_HEARSAY:
                    f = _en_passive(r, unit, i, found, regions)
                    if f:
                        found.append(f)
                        used.add(i)
                continue
            f = _en_verb(r, unit, i, rd, found, regions)
            if f and f.subj_span:
                # "Media reports in Kenya have said ...": a noun read as a cue before ("reports") lies
                # inside this subject; it was the subject's noun, not a statement of its own
                s0, s1 = f.subj_span
                found[:] = [g for g in found if not (g.cue_tokens and s0 <= tk.starts[g.cue_tokens[0]] < s1)]
        if f:
            found.append(f)
            used.add(i)


def _wie_es_heisst(r, unit, i, found, regions):
    """'..., wie es in dem Bericht heißt' / 'Wie es aus Regierungskreisen hieß, ...': the place or
    document between "es" and the verb is the source; the content is the main clause."""
    tk = r.tk
    a, b = unit.a, unit.b
    cs, ce = r.clause_bounds(i, a, b)
    if not (tk.lows[cs] == "wie" and cs + 1 < i and tk.lows[cs + 1] == "es"):
        return None
    src = st = None
    sp = None
    if cs + 2 < i and tk.lows[cs + 2] in ("in", "aus", "von", "vom", "bei", "im"):
        np = r._np_after(cs + 3, i)
        if np:
            src, _ = r.source_of(np[0], np[1], unit, found)
            st = r.span_text(cs + 2, np[1])
            sp = _span(r, cs + 2, np[1])
    e = r.clean_end(a, b)
    if cs > a and tk.texts[cs - 1] == ",":
        c0 = _content_start(r, a, cs - 1)
        if _words(r, c0, cs - 1) < 2:
            return None
        content = _span(r, c0, cs - 1)
    elif ce < e and tk.texts[ce] == ",":
        if _words(r, ce + 1, e) < 2:
            return None
        content = _span(r, ce + 1, e)
    else:
        return None
    regions.append((cs, ce))
    parts = [content, _span(r, cs, cs + 2), _span(r, i, i + 1)] + ([sp] if sp else [])
    return _Found(parts, src, st, f"wie es ... {tk.texts[i]}", content, False, "assert", cue_tokens=[cs + 1, i],
                  note="" if src else "impersonal 'wie es hieß': no source named")


def _heisst_claim(r, unit, i, es, found, regions):
    tk = r.tk
    a, b = unit.a, unit.b
    cs, ce = r.clause_bounds(i, a, b)
    rep = _heisst(r, unit, i, es, found)
    cue_toks, cue, src, stext, end, act = rep
    note = ""
    if src is None:
        # "hieß es (weiter)" without a place or body goes on with the source just reported (a report,
        # a statement, an organisation) in this or the previous paragraph; else the source is unknown
        here = tk.starts[min(i, es)]
        # ... but not a person: what one person said goes on with "sagte er", not with "hieß es"
        before = [f for f in found if f.source and max(e for _, e in f.parts) <= here]
        ctx = r.ctx
        if before:
            src = before[-1].source if not r.is_person(before[-1].source) else None
        elif ctx.speaker and 0 <= ctx.speaker_at <= here and r.text.count("\n\n", ctx.speaker_at, here) <= 1 \
                and not r.is_person(ctx.speaker):
            src = ctx.speaker
        note = (f"impersonal '{cue}': no source named; the source of the report before ({src})" if src
                else "impersonal 'hieß es': no source named")
    first = min(i, es)
    if first == cs and cs > a and tk.texts[cs - 1] == ",":  # "..., hieß es"
        c0 = _content_start(r, a, cs - 1)
        if _words(r, c0, cs - 1) < 2:
            return None
        content = _span(r, c0, cs - 1)
        regions.append((cs, end))
    else:  # "hieß es in Moskau, sie hätten ..."
        j = _find(r, (",", ":"), end, b)
        if j is None:
            return None
        e = r.clean_end(j + 1, b)
        if _words(r, j + 1, e) < 2:
            return None
        content = _span(r, j + 1, e)
        regions.append((cs, j))
    parts = [content] + [_span(r, t, t + 1) for t in cue_toks]
    if stext:
        parts.append(stext[2])
    return _Found(parts, src, stext[0] if stext else None, cue, content, False, act, cue_tokens=cue_toks, note=note)


_CLAUSE_OPENERS_DE = frozenset("dass daß ob wie warum weshalb wer was wo wann nicht".split())


def _is_konj(r, k) -> bool:
    if r.lang != "de":
        return False
    lx = r.lx
    low = r.tk.lows[k]
    if _is_cap(r.tk.texts[k]) and k > 0 and r.tk.texts[k - 1] not in _TRAILING:
        return False  # a noun: "im Falle"
    return low in lx.KONJ1 or low in lx.KONJ2


def _has_konj(r, lo, hi) -> bool:
    for k in range(lo, hi):
        if r.in_quote[k] < 0 and (_is_konj(r, k) or _konj_e(r, k)):
            return True
    return False


def _konj_e(r, k) -> bool:
    """A Konjunktiv I form by shape: lower-case -e word next to es/sich/man ("gebe es")."""
    if r.lang != "de":
        return False
    tk, lx = r.tk, r.lx
    low = tk.lows[k]
    if len(low) < 4 or not low.endswith("e") or low.endswith("te") or _is_cap(tk.texts[k]) \
            or low in lx.NOT_VERB_E:
        return False
    nxt = tk.lows[k + 1] if k + 1 < r.n else ""
    prv = tk.lows[k - 1] if k > 0 else ""
    if nxt in lx.KONJ_E_NEIGHBOURS:
        return True
    # "es gebe", "man prüfe" -- but not "es gab zahlreiche Tote", "hatte er jede Legitimität":
    # an -e word before a noun is an adjective or a determiner
    return prv in ("es", "man", "er") and not (k + 1 < r.n and _is_cap(tk.texts[k + 1]) and low not in lx.KONJ1)


_SEIN = frozenset("ist war sind waren sei seien wäre wären".split())


def _konj_v2(r, unit, k) -> bool:
    """A Konjunktiv I form by position: a lower-case -e word (not -te) in second position of the
    main clause, after the subject ("Die Firma plane einen Umbau") or after a fronted adverb
    ("Zudem verliere das Land an Einfluss") -- the finite verb's slot, where no adjective stands."""
    tk, lx = r.tk, r.lx
    low = tk.lows[k]
    if len(low) < 4 or not low.endswith("e") or low.endswith("te") or _is_cap(tk.texts[k]) \
            or low in lx.NOT_VERB_E or low in lx.DETERMINERS or not low.isalpha():
        return False
    a = unit.a
    if low in lx.CONJUNCTIONS or low in lx.SUBORDINATORS or k + 1 < unit.b and _is_cap(tk.texts[k + 1]):
        return False  # "136 deutsche Divisionen": an adjective before its noun
    if k == a + 1 and tk.lows[a] in lx.ADVERBS:
        return True
    subj = r._front_subject(unit)
    return subj is not None and subj[1] == k and subj[0] == a and tk.lows[a] not in lx.PRONOUNS \
        and not tk.texts[a][:1].isdigit() and tk.lows[a] not in ("viele", "einige", "wenige", "alle", "beide")


def _is_sub_clause(r, cs, a) -> int | None:
    """Index of the subordinator / relative pronoun that opens the clause at cs, or None."""
    tk, lx = r.tk, r.lx
    k = cs
    if k < r.n and tk.lows[k] in lx.PREPOSITIONS and k + 1 < r.n and tk.lows[k + 1] in lx.RELATIVES \
            and cs > a and tk.texts[cs - 1] == ",":
        k += 1  # "..., für den er ...": but "Für das kommende Jahr rechnet ..." opens a main clause
    low = tk.lows[k]
    if low in ("dass", "daß", "ob", "weil", "wenn", "als", "nachdem", "obwohl", "wie", "was", "wo", "solange"):
        return k
    if low in lx.RELATIVES and cs > a and tk.texts[cs - 1] == "," and k + 1 < r.n and (
            not _is_cap(tk.texts[k + 1]) or tk.lows[k + 1] in ("er", "sie")):
        return k
    if low in lx.RELATIVES and k != cs:
        return k
    return None


def _resume_after_insert(r, ce, b, needs) -> int | None:
    """'bezifferte die Chancen, dass es eine Einigung gibt, erneut auf 50 Prozent': the clause goes on
    after an inserted subordinate or relative clause; the end of the main clause's second stretch
    when it holds the word the verb needs (its preposition or particle), else None."""
    tk, lx = r.tk, r.lx
    if not (ce + 2 < b and tk.texts[ce] == "," and (tk.lows[ce + 1] in lx.SUBORDINATORS
                                                     or tk.lows[ce + 1] in lx.RELATIVES)):
        return None
    m = next((k for k in range(ce + 2, min(b, ce + 30)) if tk.texts[k] in _CLAUSE_END and r.in_quote[k] < 0), None)
    if m is None or tk.texts[m] != "," or m + 1 >= b:
        return None
    e = r.clause_bounds(m + 1, m + 1, b)[1]
    stretch = range(m + 1, e)
    if not 1 <= _words(r, m + 1, e) <= 8 or _find(r, needs, m + 1, e) is None or any(
            tk.lows[k] in lx.SUBORDINATORS and k == m + 1 or tk.lows[k] in lx.AUX for k in stretch):
        return None
    return e


def _de_verb(r, unit, i, rds, found, regions, kforms):
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    if i > a and tk.lows[i - 1] == "zu":
        return None
    cs, ce = r.clause_bounds(i, a, b)
    if i > a and tk.lows[i - 1] in lx.DETERMINERS and i - 1 != cs:
        return None  # a participle used as an adjective: "die erwartete Entscheidung"
    if i > a and tk.lows[i - 1] in ("als", "wie") and i - 1 != cs:
        return None  # "stärker als erwartet"
    if tk.lows[i] in lx.VICTIM_VERBS and _find(r, lx.VICTIM_NOUNS, cs, ce) is not None:
        return None  # "die Schlacht forderte 600.000 Tote": victims, not a demand
    if tk.lows[i] in lx.NOT_REFLEXIVE and (i + 1 < b and tk.lows[i + 1] == "sich" or i > a and tk.lows[i - 1] == "sich"):
        return None  # "ergab sich ein Problem", "zeigte sich zufrieden": no report
    last_word = next((k for k in range(ce - 1, i, -1) if _is_word(tk.texts[k])), None)
    if i + 1 < b and tk.lows[i + 1] in lx.AUX and not _is_cap(tk.texts[i]):
        return None  # an infinitive before a modal: "um einen Aufschub ersuchen musste"
    sub0 = _is_sub_clause(r, cs, a)
    low_i = tk.lows[i]
    if sub0 is not None and i + 1 < ce and _is_cap(tk.texts[i + 1]) and low_i.endswith(("en", "e", "er", "es", "em")):
        return None  # an attributive participle: "in der später als Schlacht bezeichneten Offensive"
    ce0 = ce
    for how, act, kind, particle, needs in rds:
        p = None
        ce = ce0
        if needs and sub0 is None and _find(r, needs, cs, ce) is None:
            ce = _resume_after_insert(r, ce, b, needs) or ce  # "bezifferte X, dass ..., auf 50 Prozent"
        if how == "both" or (how == "fin" and low_i.endswith("en") and sub0 is None
                              and _rfind(r, lx.AUX, cs, i) is not None):
            how = "part" if _rfind(r, lx.AUX, cs, i) is not None else "fin"  # "müsse ... sagen": infinitive
        if particle and how == "part" and not low_i.startswith(particle):
            # an infinitive after a modal: the particle stands right before it ("deutlich machen")
            p = i - 1 if i - 1 > cs and tk.lows[i - 1] == particle else None
            if p is None:
                continue
        if particle and how == "fin":
            if sub0 is not None:  # verb-final: the particle stands before it ("verantwortlich macht")
                p = i - 1 if i - 1 > cs and tk.lows[i - 1] == particle else None
            else:
                p = _find(r, (particle,), i + 1, ce)
                # a separable particle closes its clause: "fordert ... auf." but not "auf Autobahnen"
                if p is not None and not (p + 1 >= ce or tk.texts[p + 1] in _TRAILING
                                          or tk.lows[p + 1] in ("und", "oder", "sowie")
                                          or r.qmark[p + 1] >= 0):
                    p = None
            if p is None:
                continue
        if needs and _find(r, needs, cs, ce) is None:
            continue
        if not particle and how == "fin" and sub0 is None and last_word is not None \
                and tk.lows[last_word] in lx.PARTICLES and last_word + 1 >= ce - 1:
            continue  # "drängten die Truppen ... zurück": another, separable verb
        if tk.lows[i] in lx.NEEDS_PREDICATE and not (
                _predicate_after(r, i, ce) if how != "part"
                else _predicate_after(r, _rfind(r, lx.AUX, cs, i) or cs, i)):
            continue  # "Schätzungen nennen 5.000 Soldaten": naming, not evaluating
        # refusals: "wollte der Sprecher nicht mitteilen", "äußerte sich nicht"
        if _find(r, lx.NEGATIONS, cs, ce) is not None and _find(r, lx.REFUSAL_MODALS, cs, i) is not None:
            return None
        if i == cs and cs > a and _find(r, lx.NEGATIONS, i + 1, ce) is not None:
            return None  # "Ob ..., erklärt der Minister nicht": a refusal
        # inverted: "..., sagte X" / "..., wird in der Mitteilung betont"
        if how == "fin" and i == cs and cs > a and tk.texts[cs - 1] == "," and not needs and not particle \
                or how == "fin" and i == cs and cs > a and tk.texts[cs - 1] == "," and particle and p is not None:
            rep = _reporting_clause(r, unit, i, found)
            c0 = _content_start(r, a, cs - 1)
            if rep and ce < b and tk.texts[ce] == "," and rep[4] <= ce and _words(r, rep[4], ce) <= 4 \
                    and _words(r, ce + 1, r.clean_end(ce + 1, b)) >= 2 \
                    and _words(r, c0, cs - 1) <= 4 and not _covered(r, found, c0, cs - 1) \
                    and r.in_quote[cs - 1] < 0 and _has_konj(r, ce + 1, b) and not _has_konj(r, c0, cs - 1):
                # parenthetical: "Die Lage, sagte Müller, sei ernst."
                cue_toks, cue, src, stext, end, act2 = rep
                e2 = r.clean_end(ce + 1, b)
                content = _span(r, c0, e2)
                regions.append((cs, ce))
                return _Found([content] + [_span(r, t, t + 1) for t in cue_toks] + ([stext[2]] if stext else []),
                              src, stext[0] if stext else None, cue, content, False, act2, cue_tokens=cue_toks,
                              note="parenthetical reporting clause")
            if rep and _words(r, c0, cs - 1) >= 3 and not _covered(r, found, c0, cs - 1) \
                    and not _front_np_before_insert(r, a, cs - 1) and not _only_subordinate(r, c0, cs - 1) \
                    and not _pp_constituent(r, c0, cs - 1):
                cue_toks, cue, src, stext, end, act2 = rep
                content = _span(r, c0, cs - 1)
                parts = [content] + [_span(r, t, t + 1) for t in cue_toks] + ([stext[2]] if stext else [])
                regions.append((cs, ce))
                direct = r.in_quote[c0] >= 0 or r.qmark[c0] >= 0
                return _Found(parts, src, stext[0] if stext else None, cue, content, direct, act2,
                              cue_tokens=cue_toks)
        if how == "part" and cs > a and tk.texts[cs - 1] == "," and (
                tk.lows[cs] in ("wird", "wurde") or tk.lows[cs] in lx.AUX and tk.lows[cs][:1] in "hs"):
            rep = _reporting_clause(r, unit, cs, found)
            if rep:
                c0 = _content_start(r, a, cs - 1)
                if _words(r, c0, cs - 1) >= 3 and not _pp_constituent(r, c0, cs - 1):
                    cue_toks, cue, src, stext, end, act2 = rep
                    content = _span(r, c0, cs - 1)
                    parts = [content] + [_span(r, t, t + 1) for t in cue_toks] + ([stext[2]] if stext else [])
                    regions.append((cs, ce))
                    return _Found(parts, src, stext[0] if stext else None, cue, content, False, act2,
                                  cue_tokens=cue_toks)
            continue
        # forward: find the finite verb and the subject
        sub = _is_sub_clause(r, cs, a)
        passive = False
        if how == "fin" or sub is not None:
            f = i
            if sub is None and i > cs and tk.lows[i] in ("verlangt", "vorgeschrieben") and tk.lows[cs] == "wie":
                return None
        else:
            f = _rfind(r, lx.AUX, a, i)
            if f is None:
                continue
            passive = tk.lows[f] in ("wird", "wurde", "werden", "wurden", "werde")
            if tk.lows[f] in _SEIN:
                continue  # speech verbs take "haben": "war ... genannt" is a state, not a statement
            cs = r.clause_bounds(f, a, b)[0]
        if sub is None and (tk.lows[f] in lx.KONJ1 or tk.lows[f] in lx.KONJ2) and _continues(r, unit):
            kforms.append(f)
            return None  # reported content ("Die Staatschefs hätten sich ... ausgesprochen")
        subj = None
        rel_subject = False  # the relative pronoun is the subject: the speaker is its antecedent
        if sub is not None:
            k = sub + 1
            if tk.lows[sub] == "wie":
                np = r._np_after(k, i)
            elif k < i and (tk.lows[k] in lx.SUBJECT_PRONOUNS or _is_cap(tk.texts[k]) and tk.lows[k] not in lx.PREPOSITIONS
                            or tk.lows[k] in lx.DETERMINERS and k + 1 < i and _is_cap(tk.texts[k + 1])
                            or tk.lows[k] in lx.DETERMINERS and k + 2 < i and _is_cap(tk.texts[k + 2])):
                np = r._np_after(k, i)
            elif tk.lows[sub] in lx.RELATIVES and tk.lows[sub] != "was":
                np = _antecedent(r, cs, a)
                rel_subject = True
            else:
                np = None
            subj = np
        elif passive:
            pp = _find(r, ("in", "von", "vom", "durch", "bei", "aus"), cs, i)
            subj = r._np_after(pp + 1, i) if pp is not None else None
            if subj is not None and not _agent_ok(r, pp, subj):
                subj = None
            if subj is not None:
                subj = (pp, subj[1])
        elif f == cs and cs > a and tk.texts[cs - 1] == "," and _front_np_before_insert(r, a, cs - 1):
            subj = _front_np_before_insert(r, a, cs - 1)
        else:
            first = tk.lows[cs]
            if f > cs and not (first in lx.PREPOSITIONS or first in lx.ADVERBS or first in lx.SUBORDINATORS
                               or first in ("so", "ähnlich", "es", "dies", "zuletzt")
                               or first == "das" and f == cs + 1):  # "Das zeigt der Bericht": object first
                np = r._np_after(cs, f)
                if np and tk.lows[f - 1] in ("und", "oder"):
                    np = None
                    for g in reversed(found):  # "weist dies zurück und fordert": shared subject
                        if g.source:
                            subj_src = g
                            break
                    else:
                        subj_src = None
                    if subj_src is not None:
                        content = _obj_content(r, unit, i, p, f, None, cs, ce, how)
                        if content is None:
                            continue
                        parts = [content, _span(r, i, i + 1)] + ([_span(r, p, p + 1)] if p else [])
                        if subj_src.subj_span:
                            parts.append(subj_src.subj_span)
                        return _Found(parts, subj_src.source, subj_src.source_text, _cue_text(r, i, p), content,
                                      False, act, cue_tokens=[i])
                subj = np
            else:
                k = f + 1
                while k < ce and (tk.lows[k] == "sich" or tk.lows[k] in lx.ADVERBS and not _is_cap(tk.texts[k])):
                    k += 1
                subj = r._np_after(k, ce)
        if subj is None or _legal(r, subj):
            continue
        if tk.lows[subj[0]] in ("denjenigen", "diejenigen", "jene", "jenen", "alle", "man", "es", "ihm", "ihn",
                                "ihnen", "uns", "mir", "dir") or (
                tk.lows[subj[0]] in ("dem", "den") and not rel_subject):
            return None
        # content
        if sub is not None and tk.lows[sub] == "wie":  # "Wie das Amt mitteilte, stiegen die Preise ..."
            j = _find(r, (",",), i + 1, b)
            e2 = r.clean_end(j + 1, b) if j is not None else j
            content = _span(r, j + 1, e2) if j is not None and _words(r, j + 1, e2) >= 2 else None
            if j is None and cs > a and tk.texts[cs - 1] == ",":  # "..., wie der Verband mitteilte."
                c0 = _content_start(r, a, cs - 1)
                content = _span(r, c0, cs - 1) if _words(r, c0, cs - 1) >= 3 else None
        elif kind == "say":
            content = _say_content(r, unit, i, p, found)
            if content is None and sub is None and cs > a and tk.texts[cs - 1] in (":", "–", "—", "-") \
                    and tk.lows[cs] in ("das", "dies") and f == cs + 1 and _find(r, (",", ":"), i + 1, b) is None:
                np2 = r._np_after(i + 1, ce)  # "...: Das zeigt der aktuelle Bericht."
                c0 = _content_start(r, a, cs - 1) if tk.texts[cs - 1] != ":" else a
                if np2 and _words(r, c0, cs - 1) >= 3 and not _legal(r, np2):
                    subj = np2
                    content = _span(r, c0, cs - 1)
            if content is None and sub is None and cs > a and tk.texts[cs - 1] in ("–", "—", "-") \
                    and r.text[tk.ends[cs - 1]:tk.ends[cs - 1] + 1].isspace() \
                    and subj[0] < i and _words(r, i + 1, r.clean_end(i + 1, b)) <= 4 \
                    and _find(r, (",", ":"), i + 1, b) is None:
                c0 = _content_start(r, a, cs - 1)  # "Die Mieten steigen – der Mieterbund berichtete."
                content = _span(r, c0, cs - 1) if _words(r, c0, cs - 1) >= 3 else None
        elif sub is not None and tk.lows[sub] == "was":  # "..., was Moskau bestreitet": the clause before
            pcs = r.clause_bounds(cs - 2, a, b)[0] if cs - 2 >= a else a
            content = _span(r, pcs, cs - 1) if cs - 1 > pcs else None
        elif sub is not None and tk.lows[sub] in lx.RELATIVES:
            stop = min(p, i) if p is not None else i
            if rel_subject:  # "eine Initiative, die ... eine Änderung fordert": the object
                lo = sub + 1
            else:  # "einen Giftgaseinsatz, für den er X verantwortlich macht": antecedent + clause
                ant = _antecedent(r, cs, a)
                lo = ant[0] if ant else sub + 1
            content = _span(r, lo, stop) if stop > lo and _words(r, lo, stop) else None
        elif tk.lows[cs] in ("das", "dies") and f == cs + 1 and sub is None and subj[0] > i:
            content = _span(r, cs, cs + 1)  # "Das fordert die Opposition seit Jahren": the object is "Das"
        else:
            content = _obj_content(r, unit, i, p, f, subj, cs, ce, how)
        if content is None:
            continue
        if kind == "obj" and low_i in getattr(lx, "ACTION_OBJECT", ()) and not _action_object(r, content):
            continue  # "hat Insolvenz beantragt", "beantragte einen Kredit": an application, not a demand
        if low_i in lx.INDEFINITE_OBJECT and r.text[content[0]:content[1]].split()[0].lower() in _DEFINITE:
            return None  # "ortete das Handy": locating a thing, not diagnosing ("ortet Mängel")
        src, st = r.source_of(subj[0], subj[1], unit, found)
        parts = [content, _span(r, *subj), _span(r, i, i + 1)] + ([_span(r, p, p + 1)] if p else [])
        regions.append((min(subj[0], i), i + 1))
        return _Found(parts, src, st, _cue_text(r, i, p), content, False, act, main=sub is None or tk.lows[sub] == "wie",
                      cue_tokens=[i], subj_span=_span(r, *subj))
    return None


def _action_object(r, content) -> bool:
    """The object names an action or measure ("eine Verschiebung", "den Stopp der Lieferungen")."""
    lx = r.lx
    for w in re.findall(r"\w+(?:-\w+)*", r.text[content[0]:content[1]]):
        low = w.lower()
        if w[:1].isupper() and low.endswith(lx.ACTION_NOUN_ENDINGS) and not low.endswith(lx.NOT_ACTION_NOUNS):
            return True
    return False


_DEFINITE = frozenset("der die das den dem des sein seine seinen seinem ihr ihre ihren ihrem".split())


def _only_subordinate(r, c0, c1) -> bool:
    """Is tokens c0..c1-1 one subordinate clause ("Nachdem X ..., erklärte Y") rather than the
    reported statement of an inverted cue ("Die Lage sei ernst, sagte Y")?"""
    tk, lx = r.tk, r.lx
    if tk.lows[c0] not in lx.SUBORDINATORS or tk.lows[c0] in ("dass", "daß", "ob"):
        return False
    return not any(tk.texts[k] == "," and r.in_quote[k] < 0 for k in range(c0, c1)) or not _has_konj(r, c0, c1)


def _pp_constituent(r, c0, c1) -> bool:
    """'Über das Schreiben, das hohe Wellen schlägt, hatte die Zeitung berichtet': a fronted
    prepositional phrase with its relative clause is the prefield of the cue's own clause (V2),
    not a reported statement."""
    tk, lx = r.tk, r.lx
    if tk.lows[c0] not in lx.PREPOSITIONS:
        return False
    k = _find(r, (",",), c0, c1)
    return k is None and not _has_konj(r, c0, c1) or (
        k is not None and k + 1 < c1 and tk.lows[k + 1] in lx.RELATIVES)


def _front_np_before_insert(r, a, comma):
    """'Tobias Lindner, Sprecher der Grünen, nennt ...' / 'Die Behörde, wo ..., sagte ...':
    the noun phrase at the start, before an apposition or relative clause that ends at comma."""
    tk, lx = r.tk, r.lx
    c1 = _find(r, (",",), a, comma)
    if c1 is None or c1 == a:
        return None
    first = tk.lows[a]
    if first in lx.PREPOSITIONS or first in lx.ADVERBS or first in lx.SUBORDINATORS:
        return None
    np = r._np_after(a, c1)
    if not np or np[1] != c1:
        return None
    # what stands between the commas: a relative clause or an apposition without a finite verb
    nxt = tk.lows[c1 + 1] if c1 + 1 < comma else ""
    if 1 <= comma - c1 - 1 <= 3 and all(_is_cap(tk.texts[k]) for k in range(c1 + 1, comma)):
        return a, comma  # "Der Präsident des BDI, Siegfried Russwurm, sagte": normalize() takes the name
    if nxt in lx.RELATIVES or nxt in ("wo", "who", "which") or _words(r, c1 + 1, comma) <= 8:
        return np
    return None


def _predicate_after(r, i, ce) -> bool:
    """'nennt den Vorfall "besorgniserregend"' / 'nennt das Gesetz verfassungswidrig': a quotation
    or a lower-case word after a noun, before the clause ends."""
    tk = r.tk
    noun = False
    for k in range(i + 1, ce):
        if r.qmark[k] >= 0:
            return True
        t = tk.texts[k]
        if _is_cap(t):
            noun = True
        elif noun and _is_word(t) and t[0].isalpha():
            return True
    return False


def _legal(r, np) -> bool:
    """A law, a treaty or a rule as the source ("laut Benn-Gesetz", "the new law says")."""
    tk, lx = r.tk, r.lx
    if r.lang == "de":
        return any(tk.lows[k].endswith(lx.LEGAL_HEADS) for k in range(*np))
    return any(tk.lows[k] in lx.LEGAL_HEADS for k in range(*np))


def _antecedent(r, cs, a):
    """The noun phrase a relative clause at cs refers to ("eine Initiative organisiert, die ...")."""
    tk = r.tk
    j = cs - 1  # the comma
    if j <= a:
        return None
    # the last article before the comma starts it: "eine Initiative (organisiert), die ..."
    end = j - 1 if not _is_cap(tk.texts[j - 1]) else j
    for s in range(end - 1, max(a, end - 8) - 1, -1):
        if not _is_word(tk.texts[s]) or r.in_quote[s] >= 0:
            break
        if tk.lows[s] in r.lx.DETERMINERS and s + 1 < end and _is_cap(tk.texts[s + 1]) or (
                tk.lows[s] in r.lx.DETERMINERS and s + 2 < end and _is_cap(tk.texts[s + 2])):
            if s - 1 >= a and tk.lows[s - 1] in ("des", "der") or (
                    s > a and tk.lows[s - 1] in ("in", "im", "aus", "von", "vom", "bei")
                    and s - 2 >= a and _is_cap(tk.texts[s - 2])):
                continue  # a genitive or a prepositional attribute: the noun phrase starts further left
            return s, end
    k = j
    if not _is_cap(tk.texts[k - 1]):
        k -= 1  # one verb-final word between the noun phrase and the comma
    np = r._np_before(k, a)
    if np is None:
        # the last article + noun before the comma
        for s in range(j - 1, a - 1, -1):
            if tk.lows[s] in r.lx.DETERMINERS and s + 1 < j and _is_cap(tk.texts[s + 1]):
                return (s, s + 2)
        return None
    s, e = np
    # "einen Giftgaseinsatz in Syrien, für den ...": take in the noun the place belongs to
    if s - 2 > a and tk.lows[s - 1] in ("in", "im", "aus", "von", "vom", "bei", "an", "am"):
        head = r._np_before(s - 1, a)
        if head:
            s = head[0]
    while s < e and not (tk.lows[s] in r.lx.DETERMINERS or _is_cap(tk.texts[s])):
        s += 1
    return (s, e) if s < e else None


def _covered(r, found, c0, c1) -> bool:
    s, e = r.tk.starts[c0], r.tk.ends[c1 - 1]
    for f in found:
        if f.content and f.content[0] <= s and e <= f.content[1]:
            return True
    return False


# A separable verb's zu-infinitive written as one word: "einzustellen", "aufzuheben", "vorzulegen".
_ZU_INFINITIVE = re.compile(r"(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zurück|zusammen|"
                            r"um|dar|frei|offen|bereit|sicher|stand|statt|teil|wieder)zu\w{2,}e?n")


def _say_content(r, unit, i, p, found):
    """Clausal content after a speech verb: ', dass ...', ', er sei ...', ': „...“', ', nicht zu ...'."""
    tk, lx = r.tk, r.lx
    b = unit.b
    start = (p or i) + 1
    j = None
    k = start
    while k < min(b, start + 16):
        qi = r.qmark[k] if r.qmark[k] >= 0 else r.in_quote[k]
        if qi >= 0:
            q = r.quotes[qi]
            if q.o == k and q.c - q.o <= 6:
                k = q.c + 1  # a quoted name in the reporting clause: "sagte der „Süddeutschen Zeitung“,"
                continue
            break
        if tk.texts[k] in (",", ":"):
            j = k
            break
        if tk.texts[k] in _SENT_END:
            break
        k += 1
    if j is None or j + 1 >= b:
        return None
    k = j + 1
    e = r.clean_end(k, b)
    # stop before a quotation introduced by a colon, or a reporting clause after it
    for m in range(k, e):
        if tk.texts[m] == ":" and r.in_quote[m] < 0 and m + 1 < b and r.qmark[m + 1] >= 0:
            e = m
            break
        if tk.texts[m] == "," and r.in_quote[m] < 0 and m + 1 < e and (
                tk.lows[m + 1] == "so" or any(rd[0] == "fin" and not rd[4] for rd in lx.VERBS.get(tk.lows[m + 1], ()))):
            return None  # "...: Y komme zu kurz, teilte der Nabu mit": the content is the Nabu's
    if _words(r, k, e) < 3:
        return None
    low = tk.lows[k]
    ok = tk.texts[j] == ":" or r.qmark[k] >= 0 or low in _CLAUSE_OPENERS_DE
    if not ok and e - k >= 2 and (tk.lows[e - 2] == "zu" and r.in_quote[e - 2] < 0
                                  or r.lang == "de" and _ZU_INFINITIVE.fullmatch(tk.lows[e - 1])):
        ok = True  # a zu-infinitive: "teilte mit, den Anteil verkauft zu haben", "..., es einzustellen"
    if r.lang == "de" and low in lx.RELATIVES and e - 1 > k + 1 and tk.lows[e - 2] != "zu" and (
            tk.lows[e - 1] in lx.AUX or tk.lows[e - 1] in lx.KONJ2) and not any(
            tk.texts[m] == "," for m in range(k, e)):
        np = r._np_after(k, e)
        if np and np[1] < e - 1:
            return None  # verb-final: a relative clause on the object ("..., die Investitionen verhindern würde")
    if not ok and r.lang == "de":
        np = r._np_after(k, e)
        if np and np[1] < e and tk.lows[np[1]] in lx.AUX and not _is_cap(tk.texts[np[1]]) and (
                tk.lows[k] not in lx.RELATIVES or np[1] - k >= 2 and _is_cap(tk.texts[np[1] - 1])):
            ok = True  # a main clause with its finite verb second: "gemeint, die Menschen sollten sparen"
    if not ok:
        if low in lx.RELATIVES and k + 1 < b and not _is_cap(tk.texts[k + 1]) and tk.lows[k + 1] not in (
                "er", "sie", "es", "man"):
            return None  # a relative clause on the object: "kritisierte die Schuldenbremse, die ..."
        ok = _has_konj(r, k, e) or _find(r, ("zu",), k, e) is not None
    if not ok:
        return None
    return _span(r, k, e)


def _obj_content(r, unit, i, p, f, subj, cs, ce, how):
    """The object of a demand/deny/evaluate verb, or a clause after it."""
    tk = r.tk
    b = unit.b
    if how == "part" or (f != i):
        lo = f + 1
        if subj and subj[0] > f:
            lo = subj[1]
        hi = p if p is not None and p < i else i  # not the particle: "verantwortlich gemacht"
        if lo >= hi:  # "bestreitet" at the end of a relative clause: content is before
            lo, hi = cs, i
    else:
        lo = i + 1
        if subj and subj[0] > i:
            lo = subj[1]
        hi = p if p else ce
        if subj and subj[0] < i and subj[1] > i:
            return None
    while lo < hi and tk.lows[lo] in ("sich",):
        lo += 1
    hi = r.clean_end(lo, hi)
    # a clause after the comma belongs to it: "plädieren dafür, dass ...", "schwebt X vor, alle ... zu verschmelzen"
    if ce < b and tk.texts[ce] == "," and (p is None or p >= ce - 1):
        nxt = tk.lows[ce + 1] if ce + 1 < b else ""
        e = r.clean_end(ce + 1, b)
        if nxt in ("dass", "daß", "ob") or (e > ce + 1 and tk.lows[e - 2] == "zu" if e - 2 > ce else False):
            if _words(r, lo, hi) == 0 or tk.lows[hi - 1] in ("dafür", "darauf", "damit", "dagegen", "vor", "davor",
                                                              "davon", "dazu", "daran", "aus"):
                lo, hi = ce + 1, e
            else:
                hi = e
    if hi <= lo or _words(r, lo, hi) == 0:
        return None
    return _span(r, lo, hi)


def _continues(r, unit) -> bool:
    """Is this unit inside someone's reported statement (an attribution just before)?"""
    ctx = r.ctx
    return ctx.speaker is not None and unit.index - ctx.last_attr_unit <= 1


def _en_verb(r, unit, i, rd, found, regions):
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    act, kind, needs = rd
    low = tk.lows[i]
    if low in lx.PASSIVE_AS_SAYING or low in lx.PASSIVE_HEARSAY:
        f = _en_passive(r, unit, i, found, regions)
        if f:
            return f
    if i > a and (tk.lows[i - 1] in lx.DETERMINERS or tk.texts[i - 1] in ("'", "’")
                  or tk.lows[i - 1].endswith(("'s", "’s")) or (tk.texts[i - 1] == "s" and i - 2 >= a
                                                                and tk.texts[i - 2] in ("'", "’"))
                  or tk.lows[i - 1] in lx.PREPOSITIONS):
        return None  # a noun: "the report", "Washington's demand", "on charges"
    that_next = i + 1 < b and (tk.lows[i + 1] == "that" or tk.lows[i + 1] in lx.PHRASAL_PARTICLES
                               and i + 2 < b and tk.lows[i + 2] == "that") and not (
        i - 2 >= a and tk.lows[i - 2] in ("a", "an"))  # "a false report that ...": a noun
    if low in lx.NOUNISH and i > a and not that_next and not (
            _is_cap(tk.texts[i - 1]) or tk.lows[i - 1] in lx.SUBJECT_PRONOUNS
            or tk.lows[i - 1].endswith("s") or tk.texts[i - 1] == ","):
        return None  # "a false report": a noun after an adjective (but "the minister claims that")
    if _is_cap(tk.texts[i]) and i > a:
        return None  # part of a name: "New York State Park Police"
    if i + 1 < b and tk.lows[i + 1] in lx.AUX and tk.lows[i + 1] not in ("had",):
        return None  # a noun as subject: "flu reports have been dropping"
    if i > a and tk.lows[i - 1] in lx.BE:
        return None  # passive: "were reported in the last week"
    if i > a and tk.lows[i - 1] in ("to",) or any(tk.lows[k] in lx.REFUSAL or tk.lows[k] in lx.NEGATIONS
                                                  for k in range(max(a, i - 3), i)):
        return None
    if kind == "say" and i + 1 < b and tk.lows[i + 1] in lx.OBJECT_PREPS.get(low, ()):
        kind, needs = "obj", (tk.lows[i + 1],)  # "warned of further delays", "spoke of a crisis"
    if kind == "say" and i + 1 < b and tk.lows[i + 1] == "to" and low not in ("said", "say", "says", "reported"):
        return None  # "a Web site found to be a threat": a participle with an infinitive, not a statement
    if low in ("called", "calls", "call") and not (i + 1 < b and tk.lows[i + 1] == "for"):
        ev = _en_call_as(r, unit, i)
        if ev is None:
            return None
        act, kind, needs = ev, "obj", ()
    if needs and not (i + 1 < b and tk.lows[i + 1] in needs) and _find(r, needs, i + 1, min(b, i + 8)) is None:
        return None
    cs, ce = r.clause_bounds(i, a, b)
    e = r.clean_end(a, b)
    if kind == "say":
        f = _en_after_quote_comma(r, unit, i, act, found, regions)
        if f:
            return f
    # parenthetical: "The suspect, police said, was armed."
    if kind == "say" and cs > a and tk.texts[cs - 1] == "," and ce < e and tk.texts[ce] == "," and i == ce - 1 \
            and _words(r, cs, i) <= 5 and r.in_quote[cs - 1] < 0:
        v = i
        while v - 1 > cs and tk.lows[v - 1] in lx.AUX:
            v -= 1
        c0 = _content_start(r, a, cs - 1)
        np = (cs, v) if v > cs and not any(tk.lows[k] in lx.SUBORDINATORS for k in range(cs, v)) else None
        if np and _words(r, c0, cs - 1) >= 1 and _words(r, ce + 1, e) >= 2 and not _covered(r, found, c0, e):
            src, st = r.source_of(np[0], np[1], unit, found)
            content = _span(r, c0, e)
            regions.append((cs, ce))
            return _Found([content, _span(r, *np), _span(r, i, i + 1)], src, st, _cue_text_en(r, i), content, False,
                          act, cue_tokens=[i], note="parenthetical reporting clause")
    # inverted: "..., the embassy said (Wednesday)." / "..., said Uhuru, ..."
    if cs > a and tk.texts[cs - 1] == "," and kind == "say":
        c0 = _content_start(r, a, cs - 1)
        tail = _words(r, i + 1, ce)
        if i == cs:
            np = r._np_after(i + 1, b)
            pcs = r.clause_bounds(cs - 2, a, b)[0] if cs - 2 >= a else a
            if np and not (np[1] >= e or tk.texts[np[1]] == ",") or tk.lows[pcs] in lx.RELATIVES:
                np = None  # "said the budget would be cut" / "X, who ..., said": not inverted
        else:
            v = i
            while v - 1 > cs and tk.lows[v - 1] in lx.AUX:
                v -= 1
            np = (cs, v) if v > cs and _words(r, cs, v) <= 8 and not any(
                tk.lows[k] in lx.SUBORDINATORS or tk.lows[k] in lx.VERBS for k in range(cs, v)) else None
            citing = ce < e - 1 and tk.texts[ce] == "," and tk.lows[ce + 1].endswith("ing")  # ", citing sources"
            if tail > 4 or ce < e - 1 and not citing or (tail >= 3 and any(
                    tk.lows[m] in lx.AUX or tk.lows[m].endswith("ed") for m in range(i + 1, ce))):
                np = None
        if np and _words(r, c0, cs - 1) >= 3 and not _covered(r, found, c0, cs - 1):
            src, st = r.source_of(np[0], np[1], unit, found)
            content = _span(r, c0, cs - 1)
            parts = [content, _span(r, *np), _span(r, i, i + 1)]
            regions.append((cs, ce))
            return _Found(parts, src, st, _cue_text_en(r, i), content, False, act, cue_tokens=[i])
    # forward: "X said (that) ...", "X, who ..., said ..."
    v = i
    while v - 1 >= a and tk.lows[v - 1] in lx.AUX:
        v -= 1
    if v == a:
        return None
    s_end = v
    if tk.texts[v - 1] == ",":
        c = None
        for k in range(v - 2, a - 1, -1):
            if tk.texts[k] == ",":
                c = k
                break
        ins = tk.lows[c + 1] if c is not None else ""
        if c is None or not (ins in lx.RELATIVES or ins.endswith("ing") or ins in lx.DETERMINERS
                             or ins in lx.PREPOSITIONS or _is_cap(tk.texts[c + 1]) or ins[:1].isdigit()) \
                or _words(r, c + 1, v - 1) > 10:
            return None  # "X, who ..., said" / "X, speaking to reporters, said" / "X, a spokesman, said"
        s_end = c
    s_start = s_end
    while s_start > a and tk.texts[s_start - 1] not in _CLAUSE_END:
        s_start -= 1
    if s_start > a + 1 and tk.texts[s_start - 1] == "," and tk.lows[s_start] in lx.DETERMINERS:
        n0 = s_start - 1  # "Dr Lewis-Jones, the former curator ..., called": the name before the apposition
        while n0 > a and tk.texts[n0 - 1] not in _CLAUSE_END:
            n0 -= 1
        if 1 <= s_start - 1 - n0 <= 4 and all(_is_cap(tk.texts[m]) or tk.texts[m] in ("-", ".") for m in range(n0, s_start - 1)):
            s_start, s_end = n0, s_start - 1
    if s_end < v and tk.texts[s_end] == "," and 1 <= (v - 1) - (s_end + 1) <= 3 and all(
            _is_cap(tk.texts[m]) for m in range(s_end + 1, v - 1)):
        s_end = v - 1  # "Her attorney, Lenard Leeds, said": normalize() takes the name
    while s_end - 1 > s_start and tk.lows[s_end - 1] in lx.TIME_WORDS:
        s_end -= 1  # "The White House on Tuesday denied"
    if s_end - 1 > s_start and tk.lows[s_end - 1] in ("on", "at", "in", "late", "early", "last"):
        s_end -= 1
    if s_start < s_end and tk.lows[s_start] in ("but", "and") and s_end - s_start == 1:
        prev = next((g for g in reversed(found) if g.source), None)  # "..., but insisted ...": shared subject
        if prev is None or not prev.subj_span:
            return None
        k = i + 1
        content_end = e
        if _words(r, k, content_end) < 2:
            return None
        content = _span(r, k, content_end)
        return _Found([content, _span(r, i, i + 1), prev.subj_span], prev.source, prev.source_text,
                      _cue_text_en(r, i), content, False, act, cue_tokens=[i], subj_span=prev.subj_span)
    name_end = s_end  # the subject without a modifier that follows its noun ("who ...", "found to ...")
    if s_start < s_end and (_words(r, s_start, s_end) > 14 or any(
            (tk.lows[k] in lx.VERBS and k != s_start and tk.lows[k - 1] not in lx.DETERMINERS)
            or tk.lows[k] in lx.SUBORDINATORS for k in range(s_start, s_end))):
        name_end = _en_long_subject(r, s_start, s_end, i)
        if name_end is None:
            return None
    if s_start >= s_end:
        return None
    k = i + 1
    if low in ("told", "tell", "tells"):
        t = _find(r, lx.THAT, k, min(b, k + 8))
        if t is not None:
            k = t
        else:
            while k < b and (tk.lows[k] in lx.OBJECT_WORDS or _is_cap(tk.texts[k])):
                k += 1
            if k < b and tk.lows[k] in ("the", "a", "an") and k + 2 < b and (
                    _is_cap(tk.texts[k + 1]) or tk.lows[k + 2] in lx.DETERMINERS | lx.SUBJECT_PRONOUNS):
                k += 2  # "told the newspaper the deal was close"
    if needs:
        k = k + 1 if k < b and tk.lows[k] in needs else k
    k_pre = k
    while k < b and tk.lows[k] in lx.TIME_WORDS and not _is_cap(tk.texts[k]) or (
            k < b and tk.lows[k] in lx.TIME_WORDS and tk.lows[k][0] in "mtwfs" and tk.lows[k].endswith("day")):
        k += 1
    that = False
    t = _find(r, lx.THAT, k, min(b, k + 7))
    if t is not None and _find(r, (",",), k, t) is None and all(
            tk.lows[m] in lx.PREPOSITIONS or tk.lows[m] in lx.DETERMINERS or tk.lows[m] in lx.TIME_WORDS
            or _is_cap(tk.texts[m]) or tk.lows[m] in ("here", "there", "statement", "interview", "news", "conference")
            or tk.lows[m] in lx.OBJECT_WORDS
            or k_pre < b and tk.lows[k_pre] in lx.PREPOSITIONS and not tk.lows[m].endswith("ed")  # "in a tweet"
            for m in range(k, t)):
        k = t  # "said in a statement that", "said here Friday that"
    if k < b and tk.lows[k] == "that":
        k += 1
        that = True
    if k < b and tk.texts[k] == ",":
        return None
    if low in lx.THAT_ONLY and not that:
        return None  # "showed authorities the e-mails": showing, not reporting
    end = e
    if _words(r, k, end) < (3 if kind == "say" else 1):
        return None
    if kind == "say" and not that and tk.lows[k] not in lx.SUBJECT_PRONOUNS | {"i", "there", "we"} and not any(
            tk.lows[m] in lx.AUX or tk.lows[m] in lx.VERBS or (tk.lows[m].endswith("ed") and tk.lows[m - 1] not in lx.DETERMINERS)
            or r.qmark[m] >= 0 for m in range(k, end)):
        return None  # "reported a loss of $3 billion": an object, not a statement
    subj = (s_start, s_end)
    if _legal(r, subj):
        return None  # "A new Russian law says": a normative source, not a speaker
    src, st = r.source_of(subj[0], subj[1], unit, found)
    if name_end < s_end:
        src = r.source_of(s_start, name_end, unit, found)[0]
    content = _span(r, k, end)
    regions.append((s_start, k))
    return _Found([content, _span(r, *subj), _span(r, i, i + 1)], src, st, _cue_text_en(r, i), content, False, act,
                  cue_tokens=[i], subj_span=_span(r, *subj))


# Words after a participle that make it a reduced relative clause on the noun before it: "a site
# found to be ...", "a charity based in Leeds", "a man known as ...", "a firm accused of ...".
_EN_PARTICIPLE_NEXT = frozenset("to by in at on for with as of from".split())


def _en_long_subject(r, s0, s1, i) -> int | None:
    """'The creator of a website found to be spreading false claims says ...', 'A researcher who
    studied the data for years said ...': a subject noun phrase (article or name first) that
    carries a participle phrase or a relative clause, before "says"/"said". Every verb inside
    must belong to such a modifier, so "The report found the minister said ..." stays out.
    Returns where the modifier starts (the name ends), or None when the subject is not one."""
    tk, lx = r.tk, r.lx
    if tk.lows[i] not in ("says", "said") or s1 - s0 > 24:
        return None
    if not (tk.lows[s0] in ("the", "a", "an") or _is_cap(tk.texts[s0])) or tk.lows[s0] in (
            lx.PREPOSITIONS | lx.ADVERBS | lx.SUBORDINATORS | lx.TIME_WORDS):
        return None  # "In the first three months of the year the company said": no subject in front
    if any(tk.texts[k] in _CLAUSE_END or r.qmark[k] >= 0 or tk.lows[k] == "that" for k in range(s0, s1)):
        return None
    rel = False
    at = None
    for k in range(s0 + 1, s1):
        low = tk.lows[k]
        prev = tk.lows[k - 1]
        if low in ("who", "which"):
            if prev in lx.DETERMINERS or prev in lx.PREPOSITIONS or prev in lx.AUX or rel:
                return None
            rel = True  # one relative clause; its verb follows
            at = k if at is None else at
        elif low in lx.SUBORDINATORS:
            return None
        elif low in lx.VERBS and prev not in lx.DETERMINERS and not rel and not (
                low in lx.NOUNISH and prev not in lx.AUX and prev not in lx.SUBJECT_PRONOUNS):  # "false claims"
            if not (low.endswith(("ed", "en", "found", "known", "shown")) and k + 1 < s1
                    and tk.lows[k + 1] in _EN_PARTICIPLE_NEXT and prev not in lx.AUX):
                return None
            at = k if at is None else at
        elif low in lx.AUX and not rel:
            return None
    return at if at is not None else s1


def _en_after_quote_comma(r, unit, i, act, found, regions):
    """'... closed it for violating ``our policies,'' spokesman Serge Clermont said.': the comma
    sits inside the closing quote (American style), so the clause before it is the content."""
    tk = r.tk
    a, b = unit.a, unit.b
    s = i
    while s - 1 > a and _is_word(tk.texts[s - 1]) and r.qmark[s - 1] < 0 and i - s < 8:
        s -= 1
    q = s - 1
    if q - 1 <= a or r.qmark[q] < 0 or r.quotes[r.qmark[q]].c != q or tk.texts[q - 1] != ",":
        return None
    if r.quotes[r.qmark[q]].o == a or r.quotes[r.qmark[q]].o <= a:
        return None  # the quotation is the whole statement: the quotation rule reads it
    e = r.clean_end(a, b)
    if s < i:  # "..., spokesman X said"
        np = (s, i)
        if r.clean_end(i + 1, e) > i + 1 and _words(r, i + 1, e) > 3:
            return None
    else:  # "..., said spokesman X"
        np = r._np_after(i + 1, b)
        if not np or r.clean_end(np[1], e) > np[1] and tk.texts[np[1]] != ",":
            return None
    c0 = _content_start(r, a, q)
    if _words(r, c0, q) < 3:
        return None
    src, st = r.source_of(np[0], np[1], unit, found)
    content = _span(r, c0, q - 1)
    regions.append((s, i + 1))
    return _Found([content, _span(r, *np), _span(r, i, i + 1)], src, st, _cue_text_en(r, i), content, False, act,
                  cue_tokens=[i])


def _en_call_as(r, unit, i) -> str | None:
    """'called the move a "setback"' (evaluate: an object, then a predicate noun or a quotation)
    and 'called on the government to resign' (demand); None for 'called the police'."""
    tk = r.tk
    b = unit.b
    if i + 1 < b and tk.lows[i + 1] == "on":
        np = r._np_after(i + 2, b)
        return "demand" if np and np[1] < b and tk.lows[np[1]] == "to" else None
    np = r._np_after(i + 1, b)
    if not np or np[1] >= b:
        return None
    k = np[1]
    if tk.lows[k] in ("a", "an") or r.qmark[k] >= 0 and r.quotes[r.qmark[k]].o == k:
        return "evaluate"
    return None


def _cue_text_en(r, i):
    tk, lx = r.tk, r.lx
    j = i
    while j - 1 >= 0 and tk.lows[j - 1] in ("have", "has", "had"):
        j -= 1
    e = i + 1
    if e < r.n and tk.lows[e] in lx.PHRASAL_PARTICLES and tk.lows[e] in lx.VERBS.get(tk.lows[i], ((), (), ()))[2]:
        e += 1  # "pointed out"
    return r.span_text(j, e)


def _en_passive(r, unit, i, found, regions):
    """'X was quoted (Friday by local media) as saying (that) ...', 'X was cited as saying ...'
    (the speaker is the subject), and 'X is said to ...' (hearsay: no source named)."""
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    low = tk.lows[i]
    be = i - 1
    while be > a and tk.lows[be] in lx.ADVERBS:
        be -= 1
    if be <= a or tk.lows[be] not in lx.BE:
        return None
    aux = be
    while aux - 1 >= a and (tk.lows[aux - 1] in lx.AUX or tk.lows[aux - 1] in lx.BE):
        aux -= 1
    s_start = aux
    while s_start > a and tk.texts[s_start - 1] not in _CLAUSE_END:
        s_start -= 1
    s_end = aux
    rel = _find(r, ("who", "which", "whose"), s_start + 1, aux)
    if rel is not None:
        s_end = rel  # "A senior official who saw the confessions was quoted ...": the official
    if s_start >= s_end or _words(r, s_start, s_end) > 10 or any(
            tk.lows[k] in lx.SUBORDINATORS or tk.lows[k] in lx.VERBS for k in range(s_start, s_end)):
        return None
    e = r.clean_end(a, b)
    if low in lx.PASSIVE_AS_SAYING:
        k = i + 1
        while k < min(e, i + 10) and not (tk.lows[k] == "as" and k + 1 < e and tk.lows[k + 1] == "saying"):
            if tk.texts[k] in (",", ";") or r.in_quote[k] >= 0:
                return None
            k += 1
        if k >= min(e, i + 10):
            return None
        c0 = k + 2
        if c0 < e and tk.texts[c0] == ":":
            return None  # 'quoted as saying: "..."': the quotation rule reads it
        if c0 < e and tk.lows[c0] == "that":
            c0 += 1
        if _words(r, c0, e) < 2:
            return None
        subj = (s_start, s_end)
        src, st = r.source_of(subj[0], subj[1], unit, found)
        content = _span(r, c0, e)
        regions.append((s_start, c0))
        return _Found([content, _span(r, *subj), _span(r, i, k + 2)], src, st,
                      f"{tk.texts[i]} as saying", content, r.qmark[c0] >= 0, "assert",
                      cue_tokens=[i, k, k + 1], subj_span=_span(r, *subj))
    if low in lx.PASSIVE_HEARSAY and i + 2 < e and tk.lows[i + 1] == "to" and _is_word(tk.texts[i + 2]):
        if _words(r, i + 2, e) < 2:
            return None
        content = _span(r, s_start, e)
        regions.append((be, i + 2))
        return _Found([content], None, None, r.span_text(be, i + 1), content, False, "assert",
                      cue_tokens=[be, i], note="hearsay ('is said to'): no source named")
    return None


# -- pass 3: prepositional cues --

def _in_regions(i, regions) -> bool:
    return any(s <= i < e for s, e in regions)


def _prep_pass(r, unit, found, used, regions):
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    e = r.clean_end(a, b)
    has_main = any(f.main for f in found)
    demnach = None
    for i in range(a, b):
        if i in used or r.in_quote[i] >= 0 or _in_regions(i, regions):
            continue
        low = tk.lows[i]
        res = None
        if r.lang == "de":
            if (low == "laut" or low == "lt") and i + 2 < b and tk.lows[i + 1] in ("eigenen", "eigener") \
                    and tk.lows[i + 2] in lx.NACH_NOUNS:
                subj = _clause_subject_for(r, unit, i, i + 3)  # "beschäftigt laut eigenen Angaben": the subject
                if subj:
                    res = ([i, i + 2], r.span_text(i, i + 3), subj, (i, i + 3))
            elif low == "laut" or low == "lt":
                np = r._np_after(i + 1, b)
                if np and not tk.lows[np[1] - 1].startswith(lx.LEGAL_HEADS) and not any(
                        tk.lows[k].endswith(lx.LEGAL_HEADS) for k in range(*np)):
                    res = ([i], tk.texts[i], _genitive_source(r, np, b), (i, np[1]))
            elif low == "zufolge":
                np = r._np_before(i, a)
                if np:
                    if tk.lows[np[1] - 1] in lx.NACH_NOUNS and np[1] - np[0] == 2 and tk.lows[np[0]] in lx.POSSESSIVE_SOURCES:
                        np = (np[0], np[0] + 1)
                    elif tk.lows[np[1] - 1] in lx.NACH_NOUNS and tk.lows[np[1] - 1] not in lx.DOCUMENT_NOUNS and all(
                            not _is_cap(tk.texts[m]) for m in range(np[0] + 1, np[1] - 1)):
                        # "den (bisherigen) Angaben zufolge": the source is named before, or after
                        # in a trailing "so die Polizei", which the "so" rule reads
                        np = None
                        so_after = any(tk.lows[m] == "so" and tk.texts[m - 1] == "," for m in range(i + 1, e))
                        if not so_after and r.ctx.speaker and unit.index - r.ctx.last_attr_unit <= 2:
                            content = _span(r, a, e)
                            found.append(_Found([content], r.ctx.speaker, None, r.span_text(i - 2, i + 1), content,
                                                False, "assert", note="source named before"))
                            has_main = True
                    if np:
                        cue_start = np[0]
                        for m in range(np[0], np[1] - 2):  # "Den Berechnungen des Instituts": the Institut
                            if tk.lows[m] in lx.NACH_NOUNS and tk.lows[m + 1] in ("des", "der", "von", "vom"):
                                np = (m + 1 if tk.lows[m + 1] in ("des", "der") else m + 2, np[1])
                                break
                        res = ([i], tk.texts[i], np, (cue_start, i + 1))
            elif low == "nach":
                res = _nach(r, unit, i, found)
            elif low == "worten":
                k = i + 1 if i + 1 < e and tk.lows[i + 1] not in _ZITIERT else i + 2  # "mit den Worten zitiert,"
                if not (k + 1 < e and tk.texts[k] in (",", ":") and r.qmark[k + 1] < 0):
                    continue
                cs, _ = r.clause_bounds(i, a, b)
                qw = _quoted_with_words(r, unit, cs, k)
                if qw and _words(r, k + 1, e) >= 3:
                    np, toks = qw
                    src, st = r.source_of(np[0], np[1], unit, found)
                    content = _span(r, k + 1, e)
                    found.append(_Found([content, _span(r, *np), _span(r, toks[0], toks[0] + 1), _span(r, i - 2, i + 1)],
                                        src, st, "zitiert ... mit den Worten", content, False, "assert", cue_tokens=toks))
                    used.update(toks)
                    has_main = True
                continue
            elif low == "aus" and (f := _hervorgehen(r, unit, i, found)) is not None:
                if f:
                    found.append(f)
                    used.add(i)
                    has_main = True
                    continue
            elif low == "aus" and i + 2 < b and tk.lows[i + 2] in lx.SICHT_NOUNS and tk.lows[i + 1] in lx.POSSESSIVE_SOURCES | {
                    "ihrer", "seiner"}:
                res = ([i, i + 1, i + 2], r.span_text(i, i + 3), (i + 1, i + 2), (i, i + 3))
            elif low == "aus" and i + 2 < b and tk.lows[i + 1] in lx.SICHT_NOUNS:
                np = r._np_after(i + 2, b)
                if np:
                    res = ([i, i + 1], r.span_text(i, i + 2), np, (i, np[1]))
            elif low == "so" and i > a and tk.texts[i - 1] == "," and r.in_quote[i - 1] < 0:
                np = r._np_after(i + 1, b)
                after = np[1] if np else b
                while after < e and tk.lows[after] in lx.ADVERBS:
                    after += 1  # "so Müller weiter"
                if np and after < e and (tk.lows[after] in lx.PREPOSITIONS or tk.lows[after] in lx.TIME_WORDS) \
                        and e - after <= 6 and _find(r, (",",), after, e) is None:
                    after = e  # "so die Polizei in einer Pressemeldung", "so Müller am Montag"
                if np and after < e and tk.texts[after] == "," and _words(r, a, i - 1) <= 4 \
                        and not _has_konj(r, a, i - 1) and _has_konj(r, after + 1, e) and r.in_quote[i - 1] < 0:
                    src, st = r.source_of(np[0], np[1], unit, found)  # "Die Lage, so Müller, sei ernst."
                    content = _span(r, _content_start(r, a, i - 1), e)
                    found.append(_Found([content, _span(r, i, np[1])], src, st, tk.texts[i], content, False, "assert",
                                        note="parenthetical reporting clause"))
                    regions.append((i, np[1]))
                    has_main = True
                    continue
                if np and (after >= e or tk.texts[after] == ","):
                    c0 = _content_start(r, a, i - 1)
                    if _words(r, c0, i - 1) >= 3:
                        src, st = r.source_of(np[0], np[1], unit, found)
                        content = _span(r, c0, i - 1)
                        found.append(_Found([content, _span(r, i, np[1])], src, st, tk.texts[i], content,
                                            r.qmark[c0] >= 0, "assert"))
                        regions.append((i, np[1]))
                        has_main = True
                continue
            elif low == "demnach":
                demnach = i
                continue
            elif low in lx.SUMMARY_NOUNS and i >= a + 4 and tk.lows[i - 1] == "die" \
                    and tk.lows[i - 3] == "das" and tk.lows[i - 2] in ("ist", "war", "sei") \
                    and tk.texts[i - 4] in ("–", "—", "-", ":"):
                # "Mehr Geld für die Künstler – das war die Kernforderung der Manager"
                np = r._np_after(i + 1, b) if i + 1 < b and tk.lows[i + 1] in ("der", "des") else None
                if np and _words(r, a, i - 4) >= 2:
                    src, st = r.source_of(np[0], np[1], unit, found)
                    content = _span(r, a, i - 4)
                    act = "demand" if "forderung" in low else "assert"
                    found.append(_Found([content, _span(r, i, np[1])], src, st, tk.texts[i], content, False, act,
                                        cue_tokens=[i]))
                    used.add(i)
                    has_main = True
                continue
            elif low in lx.NOMINAL_CUES and _is_cap(tk.texts[i]):
                f = _nominal(r, unit, i, found)
                if f:
                    found.append(f)
                    used.add(i)
                    regions.append((i, i + 1))
                continue
            elif low in lx.GILT and i + 2 < b and tk.lows[i + 1] in ("für", "bei"):
                np = r._np_after(i + 2, b)
                als = _find(r, ("als",), np[1], b) if np else None
                if np and als is not None and als + 1 < e:
                    cs, ce = r.clause_bounds(i, a, b)
                    src, st = r.source_of(np[0], np[1], unit, found)
                    content = _span(r, cs, r.clean_end(cs, ce))
                    found.append(_Found([content, _span(r, i, np[1])], src, st, tk.texts[i], content, False,
                                        "evaluate", cue_tokens=[i]))
                    has_main = True
                continue
        else:
            if low == "according" and i + 1 < b and tk.lows[i + 1] == "to":
                np = r._np_after(i + 2, b)
                if np:
                    end = np[1]
                    if end + 1 < b and tk.lows[end] in ("from", "by", "of") and tk.lows[end - 1] in lx.INFO_NOUNS:
                        src_np = r._np_after(end + 1, b)  # "according to a statement from the ministry"
                        if src_np:
                            np, end = src_np, src_np[1]
                    res = ([i, i + 1], r.span_text(i, i + 2), np, (i, end))
        if not res:
            continue
        cue_toks, cue, np, cue_span = res
        if isinstance(np, str):  # a source named inside a compound ("nach US-Angaben")
            src, st = np, None
        else:
            src, st = r.source_of(np[0], np[1], unit, found)
        if not src:
            continue
        # content: the clause around the cue; at the start of the sentence, what follows it
        c0, c1 = a, e
        if cue_span[0] == a:
            c0 = cue_span[1]
            if c0 < e and tk.texts[c0] == ",":
                c0 += 1
        if c1 <= c0:
            continue
        content = _span(r, c0, c1)
        parts = [content, _span(r, *cue_span)]
        found.append(_Found(parts, src, st, cue, content, False, "assert", cue_tokens=cue_toks))
        used.update(cue_toks)
        has_main = True
    if r.lang == "en" and unit.heading and not has_main:
        f = _en_headline_source(r, unit, found)
        if f:
            found.append(f)
            has_main = True
    if demnach is not None and not has_main:  # "Demnach ...": the source of the statement before
        ctx = r.ctx
        if ctx.speaker and unit.index - ctx.last_attr_unit <= 2:
            content = _span(r, a, e)
            found.append(_Found([content], ctx.speaker, None, tk.texts[demnach], content, False, "assert",
                                note="source carried over from the statement before"))


_ZITIERT = frozenset("zitiert zitierte zitierten zitieren".split())


def _quoted_with_words(r, unit, lo, hi):
    """'Die Zeitung zitierte den Minister mit den Worten ...' (the Minister) / 'Er wird mit den
    Worten zitiert ...' (the subject): the person quoted, and the cue tokens, or None."""
    tk = r.tk
    w = _find(r, ("worten",), lo + 2, hi)
    if w is None or tk.lows[w - 1] not in ("den", "diesen") or tk.lows[w - 2] != "mit":
        return None
    z = _find(r, _ZITIERT, lo, hi)
    if z is None:
        return None
    if _find(r, ("wird", "wurde", "werden", "wurden"), lo, hi) is not None:
        np = r._np_after(lo, hi)
        if np and np[1] <= min(z, w - 2):
            return np, [z, w]
        return None
    if z < w - 2:
        np = r._np_after(z + 1, w - 2)
        if np:
            return np, [z, w]
    return None


def _genitive_source(r, np, hi):
    """'einem Bericht der Zeitung', 'Daten des Amts': a noun of information with a genitive or
    'von' phrase names its source in that phrase."""
    tk, lx = r.tk, r.lx
    for m in range(np[0], min(np[1], hi - 1)):
        if tk.lows[m] in lx.NACH_NOUNS and tk.lows[m + 1] in ("des", "der", "von", "vom"):
            gen = r._np_after(m + 1 if tk.lows[m + 1] in ("des", "der") else m + 2, hi)
            return gen or np
    return np


def _hervorgehen(r, unit, i, found):
    """'..., wie aus Daten der Börse hervorgeht' / 'Aus dem Bericht geht hervor, dass ...' /
    'Das geht aus dem Bericht hervor': the document after "aus" is the source."""
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    cs, ce = r.clause_bounds(i, a, b)
    h = _find(r, lx.HERVORGEHEN, i + 1, ce)
    if h is None or (tk.lows[h] == "hervor" and h + 1 < ce and _is_word(tk.texts[h + 1])):
        return None
    if tk.lows[i + 1] in ("von", "vom"):  # "aus von Bloomberg zusammengestellten Daten": Bloomberg
        np = r._np_after(i + 2 if tk.lows[i + 1] == "von" else i + 1, h)
    else:
        np = r._np_after(i + 1, h)
        for m in range(np[0], h - 1) if np else ():
            if tk.lows[m] in lx.NACH_NOUNS and tk.lows[m + 1] in ("des", "der", "von", "vom"):
                gen = r._np_after(m + 1 if tk.lows[m + 1] in ("des", "der") else m + 2, h)
                np = gen or np  # "Daten der Börse": the Börse
                break
    if not np or _legal(r, np):
        return None
    e = r.clean_end(a, b)
    if tk.lows[cs] == "wie" and cs > a and tk.texts[cs - 1] == ",":
        c0 = _content_start(r, a, cs - 1)
        content = _span(r, c0, cs - 1) if _words(r, c0, cs - 1) >= 3 else None
    elif ce < e and tk.texts[ce] == "," and tk.lows[ce + 1] in ("dass", "daß") if ce + 1 < e else False:
        content = _span(r, ce + 1, e) if _words(r, ce + 1, e) >= 3 else None
    else:
        return None
    if content is None:
        return None
    src, st = r.source_of(np[0], np[1], unit, found)
    return _Found([content, _span(r, i, h + 1)], src, st, f"aus ... {tk.texts[h]}", content, False, "assert",
                  cue_tokens=[i, h])


def _en_headline_source(r, unit, found):
    """'U.S. Strike No Direct Link: FBI': a headline ending in a colon and a short capitalised
    name is the named source's claim."""
    tk = r.tk
    a, b = unit.a, unit.b
    e = r.clean_end(a, b)
    colon = _rfind(r, (":",), a, e)
    if colon is None or not 1 <= e - colon - 1 <= 3 or _words(r, a, colon) < 4:
        return None
    if not all(_is_cap(tk.texts[k]) and _is_word(tk.texts[k]) for k in range(colon + 1, e)):
        return None
    src, st = r.source_of(colon + 1, e, unit, found)
    if not src:
        return None
    content = _span(r, a, colon)
    return _Found([content, _span(r, colon, e)], src, st, ":", content, False, "assert", cue_tokens=[colon])


def _nominal(r, unit, i, found):
    """'Vorwürfe der US-Geheimdienste, der Kreml habe ... manipuliert': a report noun, its
    genitive source, and a reported clause (Konjunktiv or dass) after the comma."""
    tk = r.tk
    a, b = unit.a, unit.b
    if i + 1 >= b or tk.lows[i + 1] not in ("des", "der", "von", "vom"):
        return None
    np = r._np_after(i + 1 if tk.lows[i + 1] in ("des", "der") else i + 2, b)
    if not np or np[1] >= b or tk.texts[np[1]] != ",":
        return None
    k = np[1] + 1
    cs, ce = r.clause_bounds(k, a, b)
    if tk.lows[k] not in ("dass", "daß") and not _has_konj(r, k, ce):
        return None
    e = r.clean_end(k, ce)
    if _words(r, k, e) < 3:
        return None
    src, st = r.source_of(np[0], np[1], unit, found)
    content = _span(r, k, e)
    act = "demand" if tk.lows[i].startswith("forderung") else "assert"
    return _Found([content, _span(r, i, np[1])], src, st, tk.texts[i], content, False, act, cue_tokens=[i])


def _nach(r, unit, i, found):
    """'nach Angaben des Konzerns', 'nach NDR-Recherchen', 'nach eigenen Angaben', 'Seinen Angaben nach'."""
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    # postposition: "Seinen Angaben nach"
    if i - 2 >= a and tk.lows[i - 1] in lx.NACH_NOUNS and tk.lows[i - 2] in lx.POSSESSIVE_SOURCES:
        return [i - 1, i], r.span_text(i - 2, i + 1), (i - 2, i - 1), (i - 2, i + 1)
    k = i + 1
    own = False
    while k < b and k - i <= 2 and not _is_cap(tk.texts[k]) and _is_word(tk.texts[k]):
        if tk.lows[k] in ("eigenen", "eigener"):
            own = True
        k += 1
    if k >= b:
        return None
    noun = tk.lows[k]
    if noun in lx.NACH_NOUNS:
        if own:
            subj = _clause_subject_for(r, unit, i, k + 1)
            if subj is None:
                return None
            return [i, k], r.span_text(i, k + 1), subj, (i, k + 1)
        if k + 1 < b and tk.lows[k + 1] in ("von", "vom", "des", "der", "eines", "einer", "mehrerer"):
            np = r._np_after(k + 2 if tk.lows[k + 1] in ("von",) else k + 1, b)
            if np and not _legal(r, np):
                return [i, k], r.span_text(i, k + 1), np, (i, np[1])
        return None
    for suffix in lx.NACH_COMPOUND_HEADS:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 1 and k == i + 1:
            name = tk.texts[k][: len(noun) - len(suffix)].rstrip("-")  # "NDR-Recherchen" -> "NDR"
            return [i, k], r.span_text(i, k + 1), name, (i, k + 1)
    return None


def _clause_subject_for(r, unit, i, after):
    """Subject of the clause holding a cue like 'nach eigenen Angaben'."""
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    cs, ce = r.clause_bounds(i, a, b)
    if cs == i:  # "Nach eigenen Angaben kaufte er ..."
        f = after
        k = f + 1
        while k < ce and tk.lows[k] in lx.ADVERBS:
            k += 1
        return r._np_after(k, ce)
    first = tk.lows[cs]
    if not (first in lx.PREPOSITIONS or first in lx.ADVERBS or first in lx.SUBORDINATORS):
        np = r._np_after(cs, i)
        if np:
            return np
    np = r._np_before(i, cs)
    if np and (tk.lows[np[0]] in lx.DETERMINERS or _is_cap(tk.texts[np[0]])):
        s = np[0]
        while s < np[1] and not (tk.lows[s] in lx.DETERMINERS):
            s += 1
        return (s, np[1]) if s < np[1] else np
    return None


def _anaphoric_report(r, unit, pfound):
    """'Das sagte Müller am Montag.' / 'Dies teilte die Polizei mit.': a demonstrative object, a
    cue verb, its subject, and nothing else said. Returns (source, source_text, cue, act, spans)."""
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    e = r.clean_end(a, b)
    if e - a < 3 or tk.lows[a] not in ("das", "dies") or _find(r, (",", ":"), a, e) is not None:
        return None
    rd = next((rd for rd in lx.VERBS.get(tk.lows[a + 1], ()) if rd[0] in ("fin", "both") and rd[2] == "say"
               and not rd[4] and (not rd[3] or tk.lows[e - 1] == rd[3])), None)
    if rd is None:
        return None
    p = e - 1 if rd[3] else None
    np = r._np_after(a + 2, p or e)
    if not np or _legal(r, np):
        return None
    src, st = r.source_of(np[0], np[1], unit, pfound)
    if not src:
        return None
    return src, st, _cue_text(r, a + 1, p), rd[1], [_span(r, a + 1, a + 2), _span(r, *np)]


_COPULAS = frozenset("bleibt bleiben blieb blieben scheint scheinen schien schienen heißt hieß gilt galt".split())


def _colon_konj(r, unit, found):
    """'Scholz verteidigte die Entscheidung: Sie sei richtig gewesen.': a Konjunktiv I clause after
    a colon is the reported speech of the subject of the clause before it."""
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    colon = _find(r, (":",), a + 2, b - 3)
    if colon is None or r.qmark[colon + 1] >= 0 or unit.heading:
        return None
    start = tk.starts[colon + 1]
    if any(f.content and f.content[0] <= start < f.content[1] for f in found):
        return None
    e = r.clean_end(colon + 1, b)
    konj = None
    for m in range(colon + 1, e):
        if r.in_quote[m] >= 0:
            continue
        cs, _ = r.clause_bounds(m, colon + 1, e)
        if _is_sub_clause(r, cs, colon + 1) is not None:
            continue
        if tk.lows[m] in lx.KONJ1 and not _is_cap(tk.texts[m]) or _konj_e(r, m):
            konj = m
            break
    if konj is None or _words(r, colon + 1, e) < 3:
        return None
    subj = _clause_subject_and_verb(r, unit, a, colon)[0] if tk.lows[a] not in lx.SUBORDINATORS else None
    if subj is None or _legal(r, subj) or subj[0] != a or subj[1] >= colon:
        return None
    verb = tk.lows[subj[1]]  # the finite verb right after the subject: a speech act, not a copula
    if verb in lx.AUX or verb in _COPULAS or _is_cap(tk.texts[subj[1]]) or not _is_word(tk.texts[subj[1]]):
        return None
    src, st = r.source_of(subj[0], subj[1], unit, found)
    if not src:
        return None
    content = _span(r, colon + 1, e)
    return _Found([content], src, None, tk.texts[konj], content, False, "assert",
                  note=f"Konjunktiv after a colon: the statement of {src}")


def _perfect_infinitive_end(r, k, b) -> bool:
    """'soll ... bedroht haben' / 'soll ... gewesen sein': the clause after k ends in a participle
    and haben/sein (hearsay), not a plain infinitive ('soll im Mai eröffnen': a plan)."""
    tk = r.tk
    e = r.clean_end(k, b)
    j = k + 1
    while j < e and not (tk.texts[j] in (",", ";", ":") and r.in_quote[j] < 0):
        j += 1
    return j - 2 > k and tk.lows[j - 1] in ("haben", "sein", "worden") and not _is_cap(tk.texts[j - 2])


# -- pass 4: Konjunktiv continuations --

def _continuation(r, unit, found):
    tk, lx = r.tk, r.lx
    a, b = unit.a, unit.b
    ctx = r.ctx
    if not ctx.speaker or unit.index - ctx.speaker_unit > _CONTEXT_WINDOW:
        return
    adjacent = ctx.last_attr_unit == unit.index - 1
    best = None
    # the main clause: up to a comma that opens a subordinate or relative clause
    sub_first = _is_sub_clause(r, a, a) is not None or tk.lows[a] in lx.SUBORDINATORS
    main_end = b
    for k in range(a, b - 1):
        if tk.texts[k] in (",", ":", "–", "-") and r.in_quote[k] < 0:
            nxt = tk.lows[k + 1]
            if tk.texts[k] != "," or nxt in lx.SUBORDINATORS or (
                    nxt in lx.RELATIVES and k + 2 < b and not _is_cap(tk.texts[k + 2])):
                main_end = k
                break
    for k in range(a, b):
        if r.in_quote[k] >= 0:
            continue
        low = tk.lows[k]
        if k > main_end and not sub_first:
            break  # Konjunktiv only in a clause hanging off a noun ("der Ansicht, der Krieg könne")
        if _is_cap(tk.texts[k]) and k != a:
            continue
        if k > a and k + 1 < b and _is_cap(tk.texts[k + 1]) and (
                tk.lows[k - 1] in lx.DETERMINERS or tk.lows[k - 1] in lx.INTENSIFIERS):
            continue  # an adjective: "das extrem heiße Wetter", "die gleiche Lage"
        if low in lx.KONJ1 or _konj_e(r, k) and not (k == a) or _konj_v2(r, unit, k):
            kind = 1
        elif (low in lx.KONJ2 or low in lx.HEARSAY_MODALS and _perfect_infinitive_end(r, k, b)) \
                and adjacent and not unit.line_start:
            kind = 2  # a Konjunktiv II substitute, or hearsay "soll ... getan haben" right after a statement
        else:
            continue
        cs, _ = r.clause_bounds(k, a, b)
        sub = _is_sub_clause(r, cs, a) is not None
        if best is None or (best[2] and not sub):
            best = (k, kind, sub)
    if best is None:
        return
    e = r.clean_end(a, b)
    content = _span(r, a, e)
    k = best[0]
    found.append(_Found([content], ctx.speaker, None, tk.texts[k], content, False, "assert",
                        note="Konjunktiv continuation of the statement before"))
