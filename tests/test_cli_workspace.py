"""The workspace commands through real processes: add, articles, list, verdict, evidence, history."""
from __future__ import annotations

import json
import os
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import factcheck.extract as extract_mod
from factcheck.store import open_workspace

from .conftest import PYTHON, ROOT
from .test_store import TEXT, fake_extract


def run(*args, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([PYTHON, "-m", "factcheck", *args], capture_output=True, text=True, cwd=ROOT, env=e,
                          timeout=60)


@pytest.fixture
def seeded(db_path, monkeypatch):
    """A workspace with one article and its (fake-extracted) claims, written in-process."""
    monkeypatch.setattr(extract_mod, "extract", fake_extract)
    with open_workspace() as ws:
        art = ws.add_article(TEXT, title="Wohnungen", published="2017-05-03")
        ids = [r.id for r in ws.claims()]
    return art.id, ids


def state(db_path):
    return db_path.read_bytes() if db_path.exists() else None


def test_add_file_twice_and_articles(tmp_path, db_path):
    f = tmp_path / "a.txt"
    f.write_text("Am 3. Mai 2017 sagte der Senat, es gebe 3500 Wohnungen.\n", encoding="utf-8")
    p = run("add", str(f), "--published", "2017-05-03", "--lang", "de")
    assert p.returncode == 0, p.stderr
    assert "added: article" in p.stdout
    p = run("add", str(f))
    assert p.returncode == 0, p.stderr
    assert "already in the workspace" in p.stdout
    p = run("articles", "--format", "json")
    arts = json.loads(p.stdout)["articles"]
    assert len(arts) == 1 and arts[0]["published"] == "2017-05-03" and arts[0]["title"] == "a"
    p = run("articles")
    assert arts[0]["id"] in p.stdout


def test_add_without_date_says_so(tmp_path, db_path):
    f = tmp_path / "b.txt"
    f.write_text("Es gab 12 Fälle.\n", encoding="utf-8")
    p = run("add", str(f), "--lang", "de")
    assert p.returncode == 0, p.stderr
    assert "no publication date" in p.stderr


@pytest.mark.parametrize("args, message", [
    (["add", "missing.txt"], "no such file"),
    (["add", "x.txt", "--published", "gestern"], "bad publication date"),
])
def test_add_errors_write_nothing(db_path, args, message):
    p = run(*args)
    assert p.returncode != 0 and message in p.stderr and "Traceback" not in p.stderr
    assert not db_path.exists()


def test_list_json_and_filters(seeded, db_path):
    aid, ids = seeded
    p = run("list", "--format", "json")
    assert p.returncode == 0, p.stderr
    claims = json.loads(p.stdout)["claims"]
    assert [c["id"] for c in claims] == ids
    for c in claims:
        assert {"id", "article", "type", "text", "sentence", "value", "verdict", "note", "evidence"} <= c.keys()
    assert run("verdict", ids[0], "false").returncode == 0
    p = run("list", "--verdict", "false", "--format", "json", "--article", aid)
    assert [c["id"] for c in json.loads(p.stdout)["claims"]] == [ids[0]]
    p = run("list", "--type", "date", "--format", "json")
    assert json.loads(p.stdout)["claims"] == []
    p = run("list")
    assert all(i in p.stdout for i in ids) and "false" in p.stdout
    p = run("list", "--verdict", "nonsense")
    assert p.returncode != 0 and "unknown verdict" in p.stderr
    p = run("list", "--article", "nope")
    assert p.returncode != 0 and "no article" in p.stderr


def test_verdict_history_and_prefix(seeded, db_path):
    _, ids = seeded
    p = run("verdict", ids[1][:5], "disputed", "--note", "Zahl stimmt nicht")
    assert p.returncode == 0, p.stderr
    assert ids[1] in p.stdout
    p = run("history", ids[1])
    assert p.returncode == 0 and "verdict" in p.stdout and "disputed" in p.stdout and "Zahl stimmt nicht" in p.stdout
    p = run("history", ids[1], "--format", "json")
    h = json.loads(p.stdout)["history"]
    assert [(c["field"], c["new"]) for c in h] == [("verdict", "disputed"), ("note", "Zahl stimmt nicht")]


@pytest.mark.parametrize("args, message", [
    (["verdict", "deadbeef", "false"], "no claim"),
    (["verdict", "{id}", "kinda"], "unknown verdict"),
    (["history", "zz"], "no claim"),
    (["evidence", "deadbeef", "https://example.org/"], "no claim"),
    (["evidence", "{id}", "ftp://example.org/x", "--no-check"], ""),
    (["evidence", "{id}", "not a url", "--no-check"], ""),
])
def test_bad_input_is_an_error_and_writes_nothing(seeded, db_path, args, message):
    _, ids = seeded
    before = state(db_path)
    p = run(*[a.replace("{id}", ids[0]) for a in args])
    assert p.returncode != 0
    assert message in p.stderr and "Traceback" not in p.stderr and "internal error" not in p.stderr
    assert state(db_path) == before


ARTICLE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Senat baut 3500 Wohnungen</title>
<meta property="article:published_time" content="2023-05-02T10:00:00+02:00"></head><body><article>
<h1>Senat baut 3500 Wohnungen</h1>
<p>Der Senat hat am Dienstag beschlossen, in diesem Jahr 3500 neue Wohnungen zu bauen. Im Jahr 2022 waren es
nach Angaben der Verwaltung nur 2100 gewesen, sagte die Senatorin am Abend vor Journalisten in Berlin.</p>
<p>Die Opposition kritisierte den Plan als zu klein. Nach ihren Berechnungen fehlen in der Stadt mehr als
100.000 Wohnungen, und die Mieten seien seit 2015 um mehr als 40 Prozent gestiegen.</p>
</article></body></html>""".encode()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/article"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE)))
            self.end_headers()
            self.wfile.write(ARTICLE)
        elif self.path.startswith("/ok"):
            body = b"<html><head><title>Beleg</title></head><body>ok</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    do_HEAD = do_GET

    def log_message(self, *a):
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_evidence_checked_live_and_dead(seeded, db_path, server):
    _, ids = seeded
    env = {"FACTCHECK_ALLOW_PRIVATE_HOSTS": "1"}
    p = run("evidence", ids[0], server + "/ok", "--quote", "ok", "--stance", "supports", env=env)
    assert p.returncode == 0, p.stderr
    p = run("evidence", ids[0], server + "/gone", env=env)
    assert p.returncode == 0, p.stderr
    assert "warning" in p.stderr
    p = run("evidence", ids[0], "https://example.org/later", "--no-check")
    assert p.returncode == 0, p.stderr
    with open_workspace() as ws:
        ev = {e.url: e for e in ws.claim(ids[0]).evidence}
    ok, gone = ev[server + "/ok"], ev[server + "/gone"]
    assert ok.status == 200 and ok.flag == "ok" and ok.quote == "ok" and ok.stance == "supports"
    assert gone.flag == "dead" and gone.status == 404
    assert ev["https://example.org/later"].checked_at is None
    p = run("evidence", ids[0], "https://example.org/later", "--remove")
    assert p.returncode == 0
    with open_workspace() as ws:
        assert "https://example.org/later" not in {e.url for e in ws.claim(ids[0]).evidence}


def test_recover_on_an_intact_workspace_changes_nothing(seeded, db_path):
    before = state(db_path)
    p = run("recover")
    assert p.returncode == 0 and "intact" in p.stdout
    assert state(db_path) == before


def test_add_url_stores_the_page_and_its_metadata(db_path, server):
    env = {"FACTCHECK_ALLOW_PRIVATE_HOSTS": "1"}
    p = run("add", server + "/article", env=env)
    assert p.returncode == 0, p.stderr
    assert "added: article" in p.stdout and "no publication date" not in p.stderr
    with open_workspace() as ws:
        (art,) = ws.articles()
    assert art.url == server + "/article" and art.published == "2023-05-02"
    assert "3500 neue Wohnungen" in art.text and art.title
    p = run("add", server + "/article", "--published", "2023-05-03", env=env)  # the flag wins over the page
    assert p.returncode == 0, p.stderr
    with open_workspace() as ws:
        assert [a.published for a in ws.articles()] == ["2023-05-03"]


def test_add_url_failure_stores_nothing(db_path, server):
    p = run("add", server + "/missing", env={"FACTCHECK_ALLOW_PRIVATE_HOSTS": "1"})
    assert p.returncode != 0 and p.stderr.startswith("factcheck: error:") and "Traceback" not in p.stderr
    assert not db_path.exists()


def test_add_saved_html_page_and_text_headline(tmp_path, db_path):
    """A saved .html page is read for its main text and title; a text file's headline is its title."""
    page = tmp_path / "page.html"
    body = " ".join(["Der Senat teilte am Dienstag mit, es gebe 3500 neue Wohnungen in der Stadt."] * 6)
    page.write_text(
        "<html lang='de'><head><title>Senat: 3500 Wohnungen</title></head><body>"
        "<nav>Menü [bold] Start</nav><article><h1>Senat: 3500 Wohnungen</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    p = run("add", str(page), "--published", "2017-05-03")
    assert p.returncode == 0, p.stderr
    arts = json.loads(run("articles", "--format", "json").stdout)["articles"]
    assert arts[0]["title"] == "Senat: 3500 Wohnungen"
    listed = json.loads(run("list", "--format", "json").stdout)["claims"]
    assert any(c["type"] == "number" and c["value"] == 3500 for c in listed)
    assert all("<p>" not in c["sentence"] for c in listed)

    txt = tmp_path / "story.txt"
    txt.write_text("1. Zum Inhalt springen\nTrump und Putin verabreden sich\n\nAm 3. Mai sagte er es.\n",
                   encoding="utf-8")
    assert run("add", str(txt), "--published", "2017-05-03").returncode == 0
    titles = {a["title"] for a in json.loads(run("articles", "--format", "json").stdout)["articles"]}
    assert "Trump und Putin verabreden sich" in titles
