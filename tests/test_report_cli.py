"""`factcheck export` and `factcheck import` on a real workspace."""
from __future__ import annotations

import csv
import io
import json

import pytest

from factcheck.cli import main
from factcheck.model import Article, ClaimRecord
from factcheck.report.common import bundle
from factcheck.store import open_workspace

from .test_report_data import G20_URL, claim_at, sample_bundle


def second_bundle() -> dict:
    text = "Die Bundesregierung teilte am 3. Mai 2017 mit, dass 12 Minister reisen.\n"
    art = Article(text=text, title="Zweiter Artikel", source="zwei.txt", lang="de", published="2017-05-03")
    c = claim_at(text, "number", "12 Minister", value=12, unit="Minister")
    return bundle(art, [ClaimRecord(c, art.id, verdict="false", note="Es waren 10.", updated="2026-11-24T09:00:00+00:00")])


@pytest.fixture
def workspace():
    """The sample article with verdicts, evidence and history, plus a second article."""
    with open_workspace() as ws:
        art = ws.import_article(sample_bundle())
        other = ws.import_article(second_bundle())
        recs = ws.claims(art.id)
        ws.set_verdict(recs[-1].id, "falsch", note="Mittwoch war der 3. Mai.")  # history rows
        ws.set_note(recs[0].id, "Gipfel: 7.–8. Juli 2017 <script>alert(1)</script>")
    return art.id, other.id


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_round_trip_through_a_fresh_workspace(workspace, capsys, tmp_path, monkeypatch):
    first = tmp_path / "first.json"
    assert run(capsys, "export", "--format", "json", "-o", str(first))[0] == 0
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["format"] == "factcheck-export" and doc["version"] == 1
    assert len(doc["articles"]) == 2
    assert sum(len(a["history"]) for a in doc["articles"]) >= 3

    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "fresh.json"))
    code, out, err = run(capsys, "import", str(first))
    assert code == 0, err
    assert "2 article(s), 5 claim(s) imported" in out
    second = tmp_path / "second.json"
    assert run(capsys, "export", "--format", "json", "-o", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    # and the restored workspace holds the work, not just the bytes
    with open_workspace() as ws:
        recs = {r.claim.text: r for r in ws.claims()}
    assert recs["an diesem Mittwoch"].verdict == "falsch"
    assert recs["am 7. und 8. Juli"].evidence[0].url == G20_URL
    assert recs["12 Minister"].note == "Es waren 10."


def test_import_twice_changes_nothing(workspace, capsys, tmp_path):
    f = tmp_path / "e.json"
    run(capsys, "export", "--format", "json", "-o", str(f))
    assert run(capsys, "import", str(f))[0] == 0
    code, out, _ = run(capsys, "export", "--format", "json")
    assert out == f.read_text(encoding="utf-8")


def test_markdown_export_to_stdout_and_one_article(workspace, capsys):
    aid, other = workspace
    code, out, _ = run(capsys, "export", "--format", "md")
    assert code == 0
    assert "## Trump und Putin verabreden sich" in out and "## Zweiter Artikel" in out
    assert "\\<script\\>alert(1)\\</script\\>" in out
    code, out, _ = run(capsys, "export", "--article", other, "--format", "md")
    assert "## Zweiter Artikel" in out and "Trump" not in out
    assert "✗ False: number, 12 Minister" in out


def test_html_csv_and_claimreview_files(workspace, capsys, tmp_path):
    aid, _ = workspace
    page = tmp_path / "r.html"
    assert run(capsys, "export", "--article", aid, "-o", str(page))[0] == 0  # format from the extension
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html

    sheet = tmp_path / "r.csv"
    assert run(capsys, "export", "--format", "csv", "-o", str(sheet), "--scale", "de")[0] == 0
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 5
    assert {r["verdict_label"] for r in rows} == {"richtig", "teilweise falsch", "unbelegt", "falsch"}

    code, out, err = run(capsys, "export", "--format", "claimreview", "--article", aid)
    reviews = json.loads(out)
    assert len(reviews) == 4 and all(r["@type"] == "ClaimReview" for r in reviews)
    assert reviews[0]["url"].startswith("#claim-") and "no review_url or author_url" in err


def test_export_errors_are_one_line(workspace, capsys, tmp_path):
    code, out, err = run(capsys, "export", "--article", "zzzzzz", "--format", "md")
    assert code != 0 and out == "" and err.count("\n") == 1 and "error" in err
    code, _, err = run(capsys, "export", "--scale", "klingonisch")
    assert code == 2 and "unknown rating scale" in err and err.count("\n") == 1
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "missing" / "r.md"))
    assert code == 2 and "no such directory" in err


@pytest.mark.parametrize("content,message", [
    (None, "no such file"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (b"{}", "not a factcheck export"),
    (b'{"format": "factcheck-export", "version": 1, "articles": [{"article": {"text": "x"}, "claims": [{}]}]}',
     "not a factcheck article export"),
])
def test_import_refuses_bad_files_in_one_line(capsys, tmp_path, content, message):
    f = tmp_path / "in.json"
    if content is not None:
        f.write_bytes(content)
    code, out, err = run(capsys, "import", str(f))
    assert code == 2 and message in err and err.count("\n") == 1


def test_empty_workspace_exports(capsys):
    code, out, _ = run(capsys, "export", "--format", "json")
    assert code == 0 and json.loads(out) == {"format": "factcheck-export", "version": 1, "articles": []}
