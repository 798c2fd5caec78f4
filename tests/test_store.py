"""The workspace API: articles, claims, verdicts, evidence, history, state, export/import."""
from __future__ import annotations

import re

import pytest

import factcheck.extract as extract_mod
from factcheck.errors import FactcheckError
from factcheck.model import Claim, Evidence
from factcheck.store import StoreError, Workspace, open_workspace

TEXT = "Berlin, 3. Mai 2017. Die Stadt hat 3500 neue Wohnungen gebaut. Im Jahr 2016 waren es 2100.\n"


def fake_extract(text, published=None, lang=None):
    """Every run of digits is a number claim: deterministic, independent of the real extractor."""
    return [Claim(type="number", start=m.start(), end=m.end(), text=m.group(), value=int(m.group()),
                  sentence=text) for m in re.finditer(r"\d+", text)]


@pytest.fixture(autouse=True)
def _fake_extractor(monkeypatch):
    monkeypatch.setattr(extract_mod, "extract", fake_extract)


@pytest.fixture
def ws(db_path):
    with open_workspace() as w:
        yield w


def test_open_workspace_resolves_env_and_db(db_path, tmp_path):
    with open_workspace() as w:
        assert w.path == db_path
    other = tmp_path / "sub" / "other.json"
    with open_workspace(str(other)) as w:
        assert w.path == other
        w.set_state("x", 1)
    assert other.exists() and not db_path.exists()


def test_reading_a_missing_workspace_creates_nothing(db_path):
    with open_workspace() as w:
        assert w.articles() == [] and w.claims() == []
    assert not db_path.exists()


def test_add_article_stores_claims_and_is_idempotent(ws):
    art = ws.add_article(TEXT, title="T\x1b[31m", source="a.txt", published="2017-05-03", lang="de")
    assert art.title == "T"  # escape sequences cleaned at the way in
    recs = ws.claims(article=art.id)
    assert [r.claim.text for r in recs] == ["3", "2017", "3500", "2016", "2100"]
    assert len({r.id for r in recs}) == 5 and all(len(r.id) == 8 for r in recs)
    assert all(r.claim.id == r.id for r in recs)
    again = ws.add_article(TEXT)
    assert again.id == art.id and again.title == "T" and again.published == "2017-05-03"
    assert len(ws.articles()) == 1
    assert [r.id for r in ws.claims()] == [r.id for r in recs]


def test_claim_ids_differ_between_articles(ws):
    a = ws.add_article("Es waren 12 Leute.")
    b = ws.add_article("Es kamen 12 Leute.")
    ida = {r.id for r in ws.claims(article=a.id)}
    idb = {r.id for r in ws.claims(article=b.id)}
    assert ida and idb and not ida & idb


def test_reextraction_keeps_work_of_surviving_claims(ws, monkeypatch):
    art = ws.add_article(TEXT)
    recs = {r.claim.text: r for r in ws.claims()}
    ws.set_verdict(recs["3500"].id, "false", note="es waren 3400")
    ws.add_evidence(recs["3500"].id, Evidence(url="https://example.org/a"))
    ws.set_verdict(recs["2100"].id, "verified")
    ws.set_verdict(recs["2016"].id, "disputed")

    def by_text(text, published=None, lang=None):
        out = [c for c in fake_extract(text) if c.text != "2100"]
        for c in out:
            if c.text == "3500":
                c.value = 3501  # a better reading of the same span
        return out

    monkeypatch.setattr(extract_mod, "extract", by_text)
    ws.add_article(TEXT)
    after = {r.claim.text: r for r in ws.claims()}
    assert after["3500"].id == recs["3500"].id
    assert after["3500"].verdict == "false" and after["3500"].note == "es waren 3400"
    assert after["3500"].claim.value == 3501 and [e.url for e in after["3500"].evidence] == ["https://example.org/a"]
    assert after["2016"].verdict == "disputed"
    assert "2100" not in after  # gone from the text's claims ...
    gone = ws.claim(recs["2100"].id)  # ... but the verdict is not thrown away
    assert gone.dismissed and gone.verdict == "verified"
    assert "3" in after and after["3"].verdict == "unchecked"
    assert ws.progress(art.id) == (2, 4)


def test_reextraction_matches_by_type_and_text_when_the_span_moved(ws, monkeypatch):
    ws.add_article(TEXT)
    rec = next(r for r in ws.claims() if r.claim.text == "3500")
    ws.set_verdict(rec.id, "false")

    def same_text_new_span(text, published=None, lang=None):
        out = [c for c in fake_extract(text) if c.text != "3500"]
        out.append(Claim(type="number", start=text.index("3500"), end=text.index("3500") + 2, text="35"))
        out.append(Claim(type="number", start=0, end=0, text="3500"))  # span differs, type+text same
        return out

    monkeypatch.setattr(extract_mod, "extract", same_text_new_span)
    ws.add_article(TEXT)
    kept = [r for r in ws.claims() if r.claim.text == "3500"]
    assert len(kept) == 1 and kept[0].id == rec.id and kept[0].verdict == "false"
    assert (kept[0].claim.start, kept[0].claim.end) == (0, 0)


def test_ids_prefix_and_errors(ws):
    ws.add_article(TEXT)
    rec = ws.claims()[0]
    assert ws.claim(rec.id[:5]).id == rec.id
    assert ws.claim(rec.id.upper()).id == rec.id
    with pytest.raises(FactcheckError, match="no claim"):
        ws.claim("zzzzzzzz")
    with pytest.raises(FactcheckError, match="no claim"):
        ws.claim(rec.id[:2])  # too short to be taken as a prefix
    with pytest.raises(FactcheckError, match="unknown verdict"):
        ws.set_verdict(rec.id, "mostly-ok")
    assert ws.claim(rec.id).verdict == "unchecked" and ws.history(rec.id) == []


def test_verdicts_accept_rating_keys(ws, monkeypatch):
    import types, sys

    fake = types.ModuleType("factcheck.report.ratings")
    fake.all_rating_keys = lambda settings=None: ["pants-on-fire", "half-true"]
    monkeypatch.setitem(sys.modules, "factcheck.report.ratings", fake)
    ws.add_article(TEXT)
    cid = ws.claims()[0].id
    assert ws.set_verdict(cid, "pants-on-fire").verdict == "pants-on-fire"
    assert ws.set_verdict(cid, "VERIFIED").verdict == "verified"


def test_history_records_every_change(ws):
    ws.add_article(TEXT)
    cid = ws.claims()[0].id
    ws.set_verdict(cid, "false", note="n1")
    ws.set_verdict(cid, "false")  # no change: no row
    ws.set_note(cid, "n2")
    ws.add_evidence(cid, Evidence(url="https://example.org/a", stance="refutes"))
    ws.update_evidence(cid, "https://example.org/a", status=404, flag="dead")
    ws.remove_evidence(cid, "https://example.org/a")
    ws.dismiss_claim(cid)
    ws.dismiss_claim(cid, False)
    ws.correct_claim(cid, value=4)
    fields = [(c.field, c.old, c.new) for c in ws.history(cid)]
    assert fields == [
        ("verdict", "unchecked", "false"),
        ("note", "", "n1"),
        ("note", "n1", "n2"),
        ("evidence", None, {"url": "https://example.org/a", "stance": "refutes"}),
        ("evidence", {"url": "https://example.org/a", "status": None, "flag": None},
         {"url": "https://example.org/a", "status": 404, "flag": "dead"}),
        ("evidence", {"url": "https://example.org/a", "stance": "refutes"}, None),
        ("dismissed", False, True),
        ("dismissed", True, False),
        ("value", 3, 4),
    ]
    with pytest.raises(FactcheckError, match="no evidence"):
        ws.remove_evidence(cid, "https://example.org/a")
    with pytest.raises(FactcheckError, match="stance"):
        ws.add_evidence(cid, Evidence(url="https://example.org/b", stance="maybe"))


def test_correction_survives_reextraction(ws):
    ws.add_article(TEXT)
    cid = next(r.id for r in ws.claims() if r.claim.text == "2016")
    ws.correct_claim(cid, type="date", value="2016")
    ws.add_article(TEXT)
    rec = ws.claim(cid)
    assert rec.claim.type == "date" and rec.claim.value == "2016"


def test_user_claims_and_filters(ws):
    art = ws.add_article(TEXT)
    i = TEXT.index("Die Stadt")
    rec = ws.add_user_claim(art.id, i, i + 9, "attribution", value="Senat")
    assert rec.origin == "user" and rec.claim.text == "Die Stadt" and rec.claim.source == "Senat"
    with pytest.raises(FactcheckError):
        ws.add_user_claim(art.id, 5, 5000, "number")
    with pytest.raises(FactcheckError):
        ws.add_user_claim(art.id, 1, 3, "opinion")
    assert [r.id for r in ws.claims(type="attribution")] == [rec.id]
    ws.set_verdict(rec.id, "verified")
    assert [r.id for r in ws.claims(verdict="verified")] == [rec.id]
    ws.add_article(TEXT)  # user claims survive re-extraction
    assert ws.claim(rec.id).verdict == "verified" and not ws.claim(rec.id).dismissed
    ws.dismiss_claim(rec.id)
    assert rec.id not in {r.id for r in ws.claims()}
    assert rec.id in {r.id for r in ws.claims(include_dismissed=True)}


def test_list_dict_shape(ws):
    ws.add_article(TEXT)
    d = ws.claims()[0].to_dict()
    for k in ("id", "article", "type", "text", "sentence", "value", "verdict", "note", "evidence"):
        assert k in d


def test_state_round_trip_and_persistence(db_path):
    with open_workspace() as w:
        assert w.get_state("last_article", "none") == "none"
        w.set_state("last_article", "abc")
        w.set_state("filters", {"verdict": ["false"], "type": None})
    with open_workspace() as w:
        assert w.get_state("last_article") == "abc"
        assert w.get_state("filters") == {"verdict": ["false"], "type": None}


def test_export_import_round_trip(ws, tmp_path):
    art = ws.add_article(TEXT, title="T", published="2017-05-03")
    recs = ws.claims()
    ws.set_verdict(recs[0].id, "false", note="n")
    ws.add_evidence(recs[1].id, Evidence(url="https://example.org/a", quote="q", stance="supports"))
    ws.dismiss_claim(recs[2].id)
    ws.correct_claim(recs[3].id, type="date", value="2016")
    i = TEXT.index("Stadt")
    ws.add_user_claim(art.id, i, i + 5, "attribution", value="X")
    data = ws.export_article(art.id)
    assert len(data["claims"]) == 6 and len(data["history"]) >= 6
    with Workspace(tmp_path / "other.json") as other:
        imported = other.import_article(data)
        assert imported.id == art.id
        again = other.export_article(art.id)
        other.import_article(data)  # importing twice changes nothing
        assert other.export_article(art.id)["history"] == again["history"]
    data.pop("exported"), again.pop("exported")
    assert again == data
    with Workspace(tmp_path / "other.json") as other:
        assert other.claim(recs[0].id).verdict == "false"
        assert other.claim(recs[2].id).dismissed


def test_import_rejects_bad_exports(ws):
    with pytest.raises(FactcheckError, match="not a factcheck article export"):
        ws.import_article({"format": "something"})
    art = ws.add_article(TEXT)
    data = ws.export_article(art.id)
    data["claims"][0]["claim"]["start"] += 1
    with pytest.raises(FactcheckError, match="offsets"):
        ws.import_article(data)


def test_second_instance_sees_changes(db_path):
    with open_workspace() as a, open_workspace() as b:
        a.add_article(TEXT)
        cid = a.claims()[0].id
        assert b.claim(cid).verdict == "unchecked"
        v = b.version
        a.set_verdict(cid, "false")
        assert b.refresh() and b.version != v
        assert b.claim(cid).verdict == "false"
        b.set_note(cid, "from b")  # b catches up under the lock, then writes
        assert a.claim(cid).verdict == "false" and a.claim(cid).note == "from b"


def test_empty_file_is_refused_and_kept(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(StoreError, match="empty"):
        open_workspace()
    assert db_path.read_bytes() == b""


def test_import_of_a_bundle_without_store_fields(ws, tmp_path):
    """A bundle built from model objects (report.common.bundle shape): no history ids, short claims."""
    art = ws.add_article(TEXT)
    rec = ws.claims()[0]
    ws.set_verdict(rec.id, "false")
    data = ws.export_article(art.id)
    for d in data["claims"]:
        d["claim"] = {k: v for k, v in d["claim"].items() if v is not None}
        d.pop("extract_id"), d.pop("corrected")
    for h in data["history"]:
        h.pop("id"), h.pop("seq")
    with Workspace(tmp_path / "o.json") as other:
        other.import_article(data)
        other.import_article(data)
        assert other.claim(rec.id).verdict == "false"
        assert [(c.field, c.new) for c in other.history(rec.id)] == [("verdict", "false")]


def test_threads_of_one_process_take_turns(ws):
    import threading

    ws.add_article(TEXT)
    cid = ws.claims()[0].id
    errors = []

    def add(prefix):
        try:
            for i in range(40):
                ws.add_evidence(cid, Evidence(url=f"https://example.org/{prefix}/{i}"))
                ws.claims()
        except Exception as e:  # pragma: no cover - the assertion below shows it
            errors.append(e)

    threads = [threading.Thread(target=add, args=(p,)) for p in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(ws.claim(cid).evidence) == 80


def test_user_claim_on_an_existing_span_is_refused(ws):
    art = ws.add_article(TEXT)
    rec = ws.claims()[0]
    with pytest.raises(FactcheckError, match="already covers"):
        ws.add_user_claim(art.id, rec.claim.start, rec.claim.end, rec.claim.type)


def test_lone_surrogates_do_not_break_writes(ws, db_path):
    ws.add_article(TEXT)
    cid = ws.claims()[0].id
    ws.set_note(cid, "kaputt \ud800 text")
    with open_workspace() as again:
        assert again.claim(cid).note == "kaputt ? text"
