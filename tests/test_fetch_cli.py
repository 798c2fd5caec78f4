"""`factcheck check-links`, `factcheck factchecks` and `factcheck archive` against the local server."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.model import Evidence
from factcheck.store import open_workspace

from .httpserver import local_server  # noqa: F401 (fixture)

TEXT = ("Der Stadtrat hat am 2. Mai 2023 beschlossen, eine neue Brücke für 12 Millionen Euro zu bauen. "
        "Der Bau soll im Juli beginnen, sagte Bürgermeisterin Maria Beispiel.\n")


@pytest.fixture
def env(monkeypatch, local_server):
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_URL", local_server.url("/factchecks"))
    monkeypatch.setenv("FACTCHECK_WAYBACK_URL", local_server.url("/save/"))
    Path(os.environ["FACTCHECK_CONFIG"]).write_text("request_deadline = 2.0\n", encoding="utf-8")
    return local_server


@pytest.fixture
def claim(env):
    """(article id, claim id) of a fresh article in the test's workspace."""
    with open_workspace() as ws:
        art = ws.add_article(TEXT, title="Brücke", lang="de", published="2023-05-02")
        rec = ws.claims(article=art.id)[0]
    return art.id, rec.id


def evidence(cid: str) -> dict[str, Evidence]:
    with open_workspace() as ws:
        return {e.url: e for e in ws.claim(cid).evidence}


def db_bytes() -> bytes:
    p = Path(os.environ["FACTCHECK_DB"])
    return b"".join(f.read_bytes() for f in sorted(p.parent.glob(p.name + "*")) if f.is_file())


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_links(claim, capsys):
    code, out, _ = run(capsys, "check-links")
    assert code == 0 and "no evidence links to check" in out


def test_check_links_records_results_and_shows_progress(env, claim, capsys):
    aid, cid = claim
    urls = {name: env.url(path) for name, path in
            [("ok", "/article"), ("dead", "/status/404"), ("changed", "/to-home"), ("error", "/loop/a")]}
    with open_workspace() as ws:
        for u in urls.values():
            ws.add_evidence(cid, Evidence(url=u))
        ws.add_evidence(cid, Evidence(url=env.url("/pdf"), title="Haushaltsplan (PDF)"))
    code, out, err = run(capsys, "check-links", "--article", aid)
    assert code == 0
    assert "[5/5]" in err and "checking 5 links" in err
    assert "5 evidence links: 2 ok, 1 changed, 1 dead, 1 error" in out
    ev = evidence(cid)
    for flag, u in urls.items():
        assert ev[u].flag == flag and ev[u].checked_at
    assert ev[urls["ok"]].status == 200 and ev[urls["ok"]].title == "Stadt baut neue Brücke | Beispielzeitung"
    assert ev[urls["dead"]].status == 404 and ev[urls["dead"]].error == "HTTP 404 Not Found"
    assert ev[urls["changed"]].final_url == env.url("/")
    assert "redirect loop" in ev[urls["error"]].error
    pdf = ev[env.url("/pdf")]
    assert pdf.title == "Haushaltsplan (PDF)" and pdf.content_type == "application/pdf"  # the user's title stays


def test_check_links_json(env, claim, capsys):
    _, cid = claim
    with open_workspace() as ws:
        ws.add_evidence(cid, Evidence(url=env.url("/article")))
    code, out, _ = run(capsys, "check-links", "--claim", cid, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {"ok": 1}
    assert data["links"][0]["claim"] == cid and data["links"][0]["status"] == 200


def test_unknown_article_writes_nothing(claim, capsys):
    before = db_bytes()
    code, _, err = run(capsys, "check-links", "--article", "zzzzzz")
    assert code == 2 and "no article with id" in err
    assert db_bytes() == before


def test_factchecks_off_without_a_key(claim, capsys):
    code, _, err = run(capsys, "factchecks", claim[1])
    assert code == 1 and "no API key" in err and "Traceback" not in err


def test_factchecks_listed_and_attached(claim, capsys, monkeypatch, env):
    _, cid = claim
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_KEY", "test-key")
    code, out, _ = run(capsys, "factchecks", cid, "--query", "Brücke Kosten")
    assert code == 0
    assert "1. Faktenfinder: Größtenteils richtig (2023-05-03)" in out
    assert "https://faktenfinder.example/bruecke" in out
    assert env.httpd.last_factcheck_query["languageCode"] == "de"  # the article's language

    code, out, _ = run(capsys, "factchecks", cid, "--query", "Brücke Kosten", "--attach", "1")
    assert code == 0 and "attached Faktenfinder" in out
    ev = evidence(cid)["https://faktenfinder.example/bruecke"]
    assert ev.title.startswith("Faktenfinder: Größtenteils richtig")

    before = db_bytes()
    code, _, err = run(capsys, "factchecks", cid, "--query", "Brücke", "--attach", "7")
    assert code == 2 and "there are 2 reviews" in err
    assert db_bytes() == before


def test_factchecks_default_query_is_the_claims_sentence(claim, capsys, monkeypatch, env):
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_KEY", "test-key")
    code, out, _ = run(capsys, "factchecks", claim[1], "--format", "json")
    data = json.loads(out)
    assert code == 0 and "Brücke" in data["query"] and len(data["reviews"]) == 2


def test_factchecks_service_failure_writes_nothing(claim, capsys, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_KEY", "not-the-key")
    before = db_bytes()
    code, _, err = run(capsys, "factchecks", claim[1], "--attach", "1")
    assert code == 1 and "API key not valid" in err and "not-the-key" not in err
    assert db_bytes() == before


def test_archive_records_the_copy(env, claim, capsys):
    _, cid = claim
    url = env.url("/article")
    with open_workspace() as ws:
        ws.add_evidence(cid, Evidence(url=url))
    code, out, _ = run(capsys, "archive", cid, url)
    assert code == 0
    assert evidence(cid)[url].archive_url == env.url(f"/web/20240102030405/{url}")


def test_archive_failures_write_nothing(env, claim, capsys):
    _, cid = claim
    with open_workspace() as ws:
        ws.add_evidence(cid, Evidence(url="https://zeitung.example/ratelimit"))
    before = db_bytes()
    hits = sum(env.hits.values())
    code, _, err = run(capsys, "archive", cid, "https://zeitung.example/other")
    assert code == 2 and "has no evidence" in err
    assert sum(env.hits.values()) == hits  # refused before any request
    code, _, err = run(capsys, "archive", cid, "https://zeitung.example/ratelimit")
    assert code == 1 and "rate-limiting" in err
    assert db_bytes() == before
