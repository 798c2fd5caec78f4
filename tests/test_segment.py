"""The sentence segmenter: lines start sentences; abbreviations and date ordinals do not end them."""
from __future__ import annotations

import time

import pytest

from factcheck.extract.segment import segment, sentence_at


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Der Senat tagte am 7. Juli. Dann kam er.", ["Der Senat tagte am 7. Juli.", "Dann kam er."]),
        ("Die Zahl stieg im Jahr 2019. Der Rest folgt.", ["Die Zahl stieg im Jahr 2019.", "Der Rest folgt."]),
        ("Zum 100. Geburtstag kamen alle.", ["Zum 100. Geburtstag kamen alle."]),
        ("Er schätzt die Chancen auf 50:50. Der Rest ist offen.", ["Er schätzt die Chancen auf 50:50.", "Der Rest ist offen."]),
        ("Die Quote lag bei 3,5. Das ist viel.", ["Die Quote lag bei 3,5.", "Das ist viel."]),
        ("Dr. Müller kam z.B. gestern. Er ging.", ["Dr. Müller kam z.B. gestern.", "Er ging."]),
        ("J. Smith said so. Mr. Brown agreed.", ["J. Smith said so.", "Mr. Brown agreed."]),
        ("Titel ohne Punkt\nErster Satz! Zweiter? Dritter.", ["Titel ohne Punkt", "Erster Satz!", "Zweiter?", "Dritter."]),
        ('Er sagte: "Es geht." Sie schwieg.', ['Er sagte: "Es geht."', "Sie schwieg."]),
        ("klein. danach klein", ["klein. danach klein"]),
    ],
)
def test_sentences(text, sentences):
    got = segment(text)
    assert [s.text for s in got] == sentences
    assert all(text[s.start:s.end] == s.text for s in got)


def test_navigation_lines_are_flagged_not_dropped():
    text = "1. Zum Inhalt springen\nTrump und Putin verabreden sich\n"
    got = segment(text)
    assert [s.boilerplate for s in got] == [True, False]


def test_sentence_at():
    text = "Eins ist hier. Zwei ist da.\nDrei."
    sents = segment(text)
    assert sentence_at(sents, text.index("Zwei")).text == "Zwei ist da."
    assert sentence_at(sents, text.index("\n")) is None


def test_long_line_is_linear():
    line = "Das ist ein Satz. Im Jahr 2019. Der Rest folgt am 7. Juli in Berlin. " * 2000
    t = time.perf_counter()
    assert len(segment(line)) == 6000
    assert time.perf_counter() - t < 1.0
