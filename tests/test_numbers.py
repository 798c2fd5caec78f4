"""NUMBER extraction: the example corpora (tests/corpus/*_numbers.py) and the engine's contract."""
from __future__ import annotations

import json
import math

import pytest

from factcheck.extract import extract
from factcheck.extract.numbers import find_numbers
from factcheck.extract.segment import segment

from .conftest import SHARED
from .corpus import de_numbers, en_numbers

NEWS = SHARED / "eval" / "corpora" / "news"


def numbers(text: str, lang: str):
    return find_numbers(text, segment(text), lang)


def same_value(got, want) -> bool:
    if isinstance(want, dict) or isinstance(got, dict):
        if not (isinstance(want, dict) and isinstance(got, dict)) or set(got) != set(want):
            return False
        return all(same_value(got[k], want[k]) for k in want)
    return isinstance(got, (int, float)) and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


def _rows(module, lang):
    return [pytest.param(lang, *row, id=f"{lang}-{i:03d}") for i, row in enumerate(module.ROWS)]


@pytest.mark.parametrize("lang,text,value,unit,approx",
                         _rows(de_numbers, "de") + _rows(en_numbers, "en"))
def test_corpus(lang, text, value, unit, approx):
    found = numbers(text, lang)
    shown = [(c.text, c.value, c.unit, c.approx) for c in found]
    if value is None:
        assert found == [], shown
        return
    assert len(found) == 1, shown
    c = found[0]
    assert same_value(c.value, value), shown
    if unit is not None:
        assert c.unit == unit, shown
    assert c.approx == approx, shown
    assert text[c.start:c.end] == c.text
    assert c.type == "number" and c.explanation is None or isinstance(c.explanation, str)


def test_offsets_and_sentences_in_a_longer_text():
    text = ("Titel: 3 Tote\n\nDie Polizei zählte mehr als 30 Verletzte. Es entstand ein Schaden "
            "von rund 100.000 Euro.\nAm 7. Juli kamen zwei Mal Helfer.")
    found = numbers(text, "de")
    assert [c.text for c in found] == ["3 Tote", "mehr als 30 Verletzte", "rund 100.000 Euro", "zwei Mal"]
    for c in found:
        assert text[c.start:c.end] == c.text
        assert c.text in c.sentence


def test_hedge_of_an_alternative_carries_over():
    found = numbers("Fällig werden bis zu acht Millionen Euro oder drei Prozent des Jahresumsatzes.", "de")
    assert [c.value for c in found] == [{"max": 8_000_000}, {"max": 3}]


def test_explanation_says_why():
    (c,) = numbers("Es kamen mehr als 1,5 Millionen Besucher.", "de")
    assert c.value == {"min": 1_500_000}
    assert "lower bound" in c.explanation and "Millionen" in c.explanation


def test_dates_win_over_numbers_in_extract():
    text = "Am 7. Juli 2017 trafen sich 20 Staatschefs in Hamburg."
    claims = extract(text, published="2017-05-02", lang="de")
    nums = [c for c in claims if c.type == "number"]
    assert [c.text for c in nums] == ["20 Staatschefs"]


def test_empty_and_numberless_text():
    assert numbers("", "de") == []
    assert numbers("Kein Wert steht hier.", "de") == []
    assert numbers("No value here.", "en") == []


@pytest.mark.skipif(not (NEWS / "index.json").exists(), reason="shared eval corpus not present")
def test_news_corpus_offsets_hold():
    """Every number found in the news texts points at its own surface text."""
    index = json.loads((NEWS / "index.json").read_text(encoding="utf-8"))
    total = 0
    for doc in index:
        text = (NEWS / doc["file"]).read_text(encoding="utf-8")
        for c in numbers(text, doc["language"]):
            assert text[c.start:c.end] == c.text
            assert c.value is not None
            total += 1
    assert total > 100


def test_odd_token_soup_never_breaks_offsets_or_values():
    """Random mixtures of the grammar's pieces: no exception, offsets hold, values are numbers."""
    import random

    vocab = ("1 2,5 1.000 10.000,5 1,234.5 - – / : % € $ Mio . Mrd Millionen million bis to zwischen und "
             "and mehr als über unter zu rund etwa fast knapp ein eine a half Hälfte Drittel third zwei two "
             "dreiundzwanzig twenty-five hundert hundred tausend Tausende hundreds of tens Jahre years alt "
             "v Chr minus 2020 2020/21 18:00 Uhr 50:50 zweimal verdreifachte doubled -jährige year-old G20 "
             "Covid-19 ( ) „ “ Euro Prozent percent Menschen people Nr Artikel 7 Juli oder weniger").split()
    rng = random.Random(7)
    for _ in range(1500):
        pieces = [rng.choice(vocab) for _ in range(rng.randint(1, 10))]
        text = " ".join(pieces) if rng.random() < 0.7 else "".join(pieces)
        for lang in ("de", "en"):
            for c in numbers(text, lang):
                assert text[c.start:c.end] == c.text
                assert isinstance(c.value, (int, float)) or (isinstance(c.value, dict) and c.value)
