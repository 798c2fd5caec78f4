"""English dates: the example corpus (tests/corpus/en_dates.py), offsets, anchoring, speed."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from factcheck.extract import extract
from factcheck.extract.dates import en
from factcheck.extract.segment import segment

from .conftest import SHARED
from .corpus.en_dates import ROWS


def dates(text: str, published: str | None):
    pub = dt.date.fromisoformat(published) if published else None
    return en.find(text, segment(text), pub)


@pytest.mark.parametrize("text, ref, expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_corpus(text, ref, expected):
    found = dates(text, ref)
    values = [c.value for c in found]
    if expected is None:
        assert values == [], [c.text for c in found]
    elif isinstance(expected, list):
        assert values == expected
    else:
        assert values == [expected], [(c.text, c.value, c.explanation) for c in found]


def test_offsets_kinds_and_explanations():
    text = "NAIROBI (AP) _\n\nOn Aug. 7, the bomb went off. Talks ended on Wednesday after 90 days."
    found = dates(text, "1998-08-26")
    assert [c.text for c in found] == ["On Aug. 7", "on Wednesday", "90 days"]
    for c in found:
        assert text[c.start:c.end] == c.text
        assert c.type == "date" and c.explanation
    assert [c.kind for c in found] == ["date", "date", "duration"]
    assert "1998-08-26" in found[1].explanation


def test_mod_on_position_words():
    [c] = dates("Prices fell in early December.", "2013-03-22")
    assert (c.value, c.mod) == ("2012-12", "START")
    [c] = dates("He served for more than four years.", "2013-03-22")
    assert (c.value, c.mod) == ("P4Y", "MORE_THAN")


def test_without_publication_date_the_last_absolute_date_anchors():
    text = "The war began on Sept. 1, 1939. On Friday, troops crossed the border. In May they attacked."
    found = dates(text, None)
    assert [c.value for c in found] == ["1939-09-01", "1939-09-01", "1939-05"]
    assert "1939-09-01" in found[1].explanation


def test_a_narrative_keeps_the_year_of_the_last_date():
    text = ("The battle was fought July 1-3, 1863. By the evening of July 3, the battle was over. "
            "Lincoln spoke on November 19.")
    assert [c.value for c in dates(text, None)] == ["1863-07-01/1863-07-03", "1863-07-03", "1863-11-19"]


def test_a_coarser_mention_keeps_the_finer_anchor():
    text = "On Sept. 1, 1939, the war began. In 1939 alone, many fled. On Sunday, Britain declared war."
    assert [c.value for c in dates(text, None)] == ["1939-09-01", "1939", "1939-08-27"]


def test_no_anchor_gives_no_value_for_relative_dates():
    [c] = dates("He spoke on Friday.", None)
    assert c.value is None


def test_through_the_api_ages_stay_numbers():
    claims = extract("Elian, the 6-year-old boy, arrived on Dec. 2, 1956.", "2000-04-01", "en")
    d = [c for c in claims if c.type == "date"]
    assert [(c.text, c.value) for c in d] == [("on Dec. 2, 1956", "1956-12-02")]


def test_news_gold_texts_are_right():
    """en01 and en02 of the news corpus: every gold date found with its value."""
    import json

    corpus = SHARED / "eval" / "corpora" / "news"
    if not corpus.exists():
        pytest.skip("shared evaluation corpus not present")
    index = {d["id"]: d for d in json.loads((corpus / "index.json").read_text(encoding="utf-8"))}
    for doc_id in ("en01", "en02"):
        text = (corpus / f"{doc_id}.txt").read_text(encoding="utf-8")
        gold = json.loads((corpus / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
        found = {(c.start, c.end): c.value for c in dates(text, index[doc_id]["published"])}
        for g in gold["claims"]:
            if g["type"] == "DATE":
                hits = [v for (s, e), v in found.items() if s < g["end"] and g["start"] < e]
                assert hits == [g["value"]], (doc_id, g["text"])


def test_speed_in_process():
    """The English date grammar alone must leave room for the whole extractor's 200,000 chars/s."""
    corpus = SHARED / "eval" / "corpora" / "te3-platinum"
    if not corpus.exists():
        pytest.skip("shared evaluation corpus not present")
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    sents = segment(text)
    pub = dt.date(2013, 3, 22)
    en.find(text, sents, pub)
    best = min(_timed(lambda: en.find(text, sents, pub)) for _ in range(3))
    assert len(text) / best > 400_000, f"{len(text) / best:,.0f} chars/s"


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def test_one_huge_line_stays_linear():
    """No sentence breaks and a date every few words: overlap checks and tense lookups must not
    grow with the square of the line (this took minutes before they were bounded)."""
    text = "He said on Friday that 3 years ago in May 2010 it rained, " * 4000
    t = time.perf_counter()
    found = dates(text, "2013-03-22")
    elapsed = time.perf_counter() - t
    assert len(found) == 3 * 4000  # Friday, 3 years ago, May 2010 in each repetition
    assert len(text) / elapsed > 100_000, f"{len(text) / elapsed:,.0f} chars/s"
