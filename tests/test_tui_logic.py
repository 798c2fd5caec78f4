"""The workbench's Textual-free rules: filters, navigation, offsets, display strings."""
from __future__ import annotations

import subprocess

from factcheck.model import Claim, ClaimRecord
from factcheck.tui.display import parse_value, table_row, value_text
from factcheck.tui.filtering import (TYPE_CYCLE, VERDICT_CYCLE, ClaimFilter, claim_index_at, cycle, next_unchecked,
                                     progress)
from factcheck.tui.textmap import TextMap
from tests.conftest import PYTHON, ROOT


def rec(start, end, type_="date", verdict="unchecked", dismissed=False, text=None, **kw) -> ClaimRecord:
    c = Claim(type=type_, start=start, end=end, text=text or f"c{start}", **kw)
    return ClaimRecord(claim=c, article="a", verdict=verdict, dismissed=dismissed)


def test_filter_by_type_verdict_search_and_dismissed():
    rows = [rec(0, 2, "date"), rec(5, 8, "number", "verified", text="zwölf"), rec(10, 12, "attribution", source="Kreml"),
            rec(20, 22, "date", dismissed=True)]
    assert len(ClaimFilter().apply(rows)) == 3
    assert [r.claim.type for r in ClaimFilter(types=frozenset({"number"})).apply(rows)] == ["number"]
    assert [r.verdict for r in ClaimFilter(verdicts=frozenset({"verified"})).apply(rows)] == ["verified"]
    assert [r.claim.source for r in ClaimFilter(search="KREML").apply(rows)] == ["Kreml"]
    assert len(ClaimFilter(show_dismissed=True).apply(rows)) == 4
    assert ClaimFilter().describe() == "all claims" and not ClaimFilter().is_active()
    assert "type: number" in ClaimFilter(types=frozenset({"number"})).describe()


def test_cycle_goes_round():
    seen = []
    cur = frozenset()
    for _ in range(len(TYPE_CYCLE)):
        cur = cycle(TYPE_CYCLE, cur)
        seen.append(next(iter(cur), None))
    assert seen == [*TYPE_CYCLE[1:], None]
    assert cycle(VERDICT_CYCLE, frozenset({"false", "verified"})) == frozenset()


def test_next_unchecked_wraps_and_skips_dismissed():
    rows = [rec(0, 1, verdict="verified"), rec(2, 3), rec(4, 5, dismissed=True), rec(6, 7)]
    assert next_unchecked(rows, None) == 1
    assert next_unchecked(rows, 1) == 3
    assert next_unchecked(rows, 3) == 1
    assert next_unchecked(rows, 1, step=-1) == 3
    assert next_unchecked([rec(0, 1, verdict="false")], 0) is None
    assert next_unchecked([], None) is None


def test_claim_at_offset_prefers_the_innermost():
    outer = rec(0, 50, "attribution")
    inner = rec(10, 20, "date")
    later = rec(60, 70, "number")
    rows = [outer, inner, later]
    assert claim_index_at(rows, 5) == 0
    assert claim_index_at(rows, 15) == 1
    assert claim_index_at(rows, 20) == 1  # right after the last character still counts
    assert claim_index_at(rows, 30) == 0
    assert claim_index_at(rows, 55) is None
    assert claim_index_at(rows, 65) == 2
    assert progress([outer, inner, rec(1, 2, verdict="false"), rec(3, 4, dismissed=True)]) == (1, 3)


def test_textmap_offsets_rows_and_utf8_columns():
    text = "Grüße\nzwei Zeilen\n\nÄnde"
    tm = TextMap(text)
    for off in range(len(text) + 1):
        assert tm.offset(tm.location(off)) == off
    assert tm.location(6) == (1, 0)
    assert tm.byte_col(0, 3) == 4  # "Grü" is 4 bytes
    assert list(tm.spans_by_row(3, 10)) == [(0, 4, None), (1, 0, 4)]


def test_display_strings():
    assert value_text(Claim("number", 0, 1, "x", value={"min": 200000, "max": None}, unit="Tote")) == "≥200 000 Tote"
    assert value_text(Claim("number", 0, 1, "x", value=1.5, approx=True)) == "≈1.5"
    assert value_text(Claim("date", 0, 1, "x", value="2017-07", mod="START")) == "2017-07 (start)"
    assert value_text(Claim("attribution", 0, 1, "x", source="[/]Kreml\x1b[2J", cue="sagte")) == "[/]Kreml (sagte)"
    assert table_row(rec(0, 3, text="a\nb[/]"))[2] == "a b[/]"
    assert parse_value("number", "1 000") == 1000
    assert parse_value("number", "2,5") == 2.5
    assert parse_value("date", " 2017-07-07 ") == "2017-07-07"
    assert parse_value("date", "") is None


def test_plain_modules_do_not_import_textual():
    code = ("import sys, factcheck.tui.filtering, factcheck.tui.display, factcheck.tui.textmap, factcheck.tui.session\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))")
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"
