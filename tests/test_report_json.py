"""The JSON export document: header, content, and the reader `factcheck import` uses."""
from __future__ import annotations

import json

import pytest

from factcheck.errors import InputError
from factcheck.report import render
from factcheck.report.common import load
from factcheck.report.json_export import parse

from .test_report_data import G20_URL, NOW, sample_bundle, settings


def test_document_header_and_content():
    b = sample_bundle()
    doc = json.loads(render("json", b, settings(), now=NOW))
    assert doc["format"] == "factcheck-export" and doc["version"] == 1
    assert len(doc["articles"]) == 1
    art = doc["articles"][0]
    assert art == b  # the bundle as the store gives it, unchanged
    assert art["article"]["published"] == "2017-05-02"
    assert art["article"]["text"].startswith("1. Zum Inhalt springen")
    assert [c["verdict"] for c in art["claims"]] == ["verified", "disputed", "unverifiable", "unchecked"]
    assert art["claims"][0]["evidence"][0]["url"] == G20_URL


def test_output_is_deterministic_and_utf8():
    a = render("json", sample_bundle(), settings())
    assert a == render("json", sample_bundle(), settings())
    assert "Weiße" in a  # not \\u-escaped


def test_render_parse_render_is_identical():
    other = {"article": {"id": "abc123", "text": "Ein anderer Artikel vom 3. Mai 2017.", "title": "Anders"},
             "claims": [], "history": [{"claim": "x", "field": "verdict", "old": "unchecked", "new": "false",
                                         "at": "2026-11-24T10:00:00+00:00"}]}
    first = render("json", [sample_bundle(), other], settings())
    bundles = parse(first)
    again = render("json", load(bundles), settings())
    assert again == first


@pytest.mark.parametrize("text,message", [
    ("{not json", "not JSON"),
    ("[]", "not a factcheck export"),
    ('{"format": "other"}', "not a factcheck export"),
    ('{"format": "factcheck-export"}', "no version"),
    ('{"format": "factcheck-export", "version": 2, "articles": []}', "newer"),
    ('{"format": "factcheck-export", "version": 1, "articles": {}}', "must be a list"),
    ('{"format": "factcheck-export", "version": 1, "articles": [{}]}', "article 1 has no"),
    ('{"format": "factcheck-export", "version": 1, "articles": [{"article": {"text": " "}}]}', "no text"),
    ('{"format": "factcheck-export", "version": 1, "articles": [{"article": {"text": "x"}, "claims": 3}]}', "lists"),
])
def test_parse_refuses_what_is_not_an_export(text, message):
    with pytest.raises(InputError, match=message) as e:
        parse(text, "f.json")
    assert str(e.value).startswith("f.json: ") and "\n" not in str(e.value)


def test_one_claim_record_per_line_and_bad_data_refused():
    text = render("json", sample_bundle(), settings())
    lines = text.splitlines()
    claim_lines = [ln for ln in lines if ln.startswith('{"claim": ')]
    assert len(claim_lines) == 4
    assert all(json.loads(ln.rstrip(","))["claim"]["id"] for ln in claim_lines)
    for bad in ("nonsense", {"claims": []}, [1]):
        with pytest.raises(InputError):
            render("json", bad, settings())
