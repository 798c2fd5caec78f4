"""The workbench's web actions against the local test server: F (earlier fact-checks), L (every
evidence link of the article), A (Wayback archive). Store state and what the screen shows."""
from __future__ import annotations

import os

import pytest

from factcheck.model import Evidence
from factcheck.store import open_workspace
from factcheck.tui.app import WorkbenchApp
from factcheck.tui.screens.dialogs import ChoiceDialog, MessageDialog
from factcheck.tui.screens.reviews import ReviewsDialog
from tests.httpserver import local_server  # noqa: F401 (fixture)
from tests.tui_helpers import SIZE, article_doc, notified, status, wait_until

TEXT = ("Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke für 12 Millionen Euro zu bauen. "
        "Der Bau soll im Juli beginnen, sagte Bürgermeisterin Maria Beispiel. "
        "Die alte Strecke nutzten täglich rund 20.000 Fahrzeuge.")
WORDS = [("12 Millionen Euro", "number"), ("im Juli", "date"), ("20.000 Fahrzeuge", "number")]


@pytest.fixture
def web(local_server, monkeypatch):
    """Settings pointing the services at the local server, the way a user sets them (environment)."""
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_URL", local_server.url("/factchecks"))
    monkeypatch.setenv("FACTCHECK_WAYBACK_URL", local_server.url("/save/"))
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_KEY", "test-key")
    monkeypatch.delenv("GOOGLE_FACTCHECK_API_KEY", raising=False)
    return local_server


@pytest.fixture
def ws():
    """A workspace with TEXT; each claim's sentence is its sentence in the text."""
    doc = article_doc(TEXT, WORDS, "Brücke")
    sentences = [s if s.endswith(".") else s + "." for s in TEXT.split(". ")]
    for c in doc["claims"]:
        c["claim"]["sentence"] = next(s for s in sentences if c["claim"]["text"] in s)
    w = open_workspace(os.environ["FACTCHECK_DB"])
    w.import_article(doc)
    yield w
    w.close()


def claim_id(w, text: str) -> str:
    return next(r.id for r in w.claims() if r.claim.text == text)


def app() -> WorkbenchApp:
    return WorkbenchApp(db=os.environ["FACTCHECK_DB"])


async def open_on(pilot, a, cid: str) -> None:
    await pilot.pause()
    a.main.select(a.session.by_id[cid])
    await pilot.pause()


# -- F: earlier fact-checks ---------------------------------------------------------------------------

async def test_factchecks_listed_and_one_attached_as_evidence(web, ws):
    cid = claim_id(ws, "12 Millionen Euro")
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        await pilot.press("F")
        await wait_until(pilot, lambda: isinstance(a.screen, ReviewsDialog), "the reviews dialog")
        # a short claim is searched by its sentence, in the article's language
        q = web.httpd.last_factcheck_query
        assert q["query"].startswith("Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke")
        assert q["languageCode"] == "de"
        table = a.screen.query_one("#reviews")
        assert table.row_count == 2
        cells = [[str(c) for c in table.get_row_at(i)] for i in range(2)]
        assert cells[0][:3] == ["Faktenfinder", "Größtenteils richtig", "2023-05-03"]
        assert cells[1][1] == "Falsch"  # the escape sequence in the rating is gone
        shown = a.screen.query_one("#review-detail").render()
        assert "https://faktenfinder.example/bruecke" in str(shown) and "Maria Beispiel" in str(shown)
        await pilot.press("down")
        assert "https://checker.example/b" in str(a.screen.query_one("#review-detail").render())
        await pilot.press("up", "enter")
        await pilot.pause()
        assert not isinstance(a.screen, ReviewsDialog)
        (ev,) = ws.claim(cid).evidence
        assert (ev.url, ev.title) == ("https://faktenfinder.example/bruecke", "Faktenfinder: Größtenteils richtig")
        assert ev.quote == "Die Brücke kostet 12 Millionen Euro"
        assert any(ch.field == "evidence" and ch.old is None for ch in ws.history(cid))
        plain = a.main.detail.text.plain
        assert "https://faktenfinder.example/bruecke" in plain and "Faktenfinder: Größtenteils richtig" in plain
        assert "link added: https://faktenfinder.example/bruecke" in plain
        # again: the same review is not attached twice
        await pilot.press("F")
        await wait_until(pilot, lambda: isinstance(a.screen, ReviewsDialog), "the reviews dialog")
        await pilot.press("enter")
        await pilot.pause()
        assert len(ws.claim(cid).evidence) == 1 and "already attached" in notified(a)


async def test_factchecks_without_a_key_say_how_to_set_one(web, ws, monkeypatch):
    monkeypatch.delenv("FACTCHECK_FACTCHECK_API_KEY")
    before = web.hits.get("/factchecks", 0)
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(a.screen, MessageDialog)
        shown = " ".join(str(s.render()) for s in a.screen.query("Static"))
        assert "FACTCHECK_FACTCHECK_API_KEY" in shown and "factcheck_api_key" in shown and "config.toml" in shown
        await pilot.press("enter")
        assert not isinstance(a.screen, MessageDialog)
    assert web.hits.get("/factchecks", 0) == before  # nothing was asked
    assert all(not r.evidence for r in ws.claims())


async def test_factchecks_service_errors_and_no_matches_are_messages(web, ws, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FACTCHECK_API_KEY", "wrong-secret")
    cid = claim_id(ws, "12 Millionen Euro")
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        await pilot.press("F")
        await wait_until(pilot, lambda: "API key not valid" in notified(a), "the error")
        assert "wrong-secret" not in notified(a)
        assert not isinstance(a.screen, ReviewsDialog) and "searching" not in status(a)
        a.settings.factcheck_api_key = "test-key"
        a.settings.factcheck_api_url = web.url("/status/500")
        await pilot.press("F")
        await wait_until(pilot, lambda: "HTTP 500" in notified(a), "the server error")
        a.settings.factcheck_api_url = web.url("/factchecks")
        await open_on(pilot, a, claim_id(ws, "20.000 Fahrzeuge"))  # its sentence names no bridge
        await pilot.press("F")
        await wait_until(pilot, lambda: "No published fact-checks match" in notified(a), "no matches")
        assert not isinstance(a.screen, ReviewsDialog)
    assert all(not r.evidence for r in ws.claims())


# -- L: every evidence link of the article ----------------------------------------------------------------

async def test_check_all_links_saves_each_result_and_shows_the_flags(web, ws):
    c1, c2 = claim_id(ws, "12 Millionen Euro"), claim_id(ws, "im Juli")
    links = {c1: ["/article", "/status/404", "/to-home"], c2: ["/status/500", "/article"]}  # /article twice
    for cid, paths in links.items():
        for p in paths:
            ws.add_evidence(cid, Evidence(url=web.url(p)))
    before = web.hits.get("/article", 0)
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, c1)
        await pilot.press("L")
        await wait_until(pilot, lambda: "Checked 4 links" in notified(a), "the check to end")
        assert "1 ok, 1 changed, 1 dead, 1 error" in notified(a)
        assert not a.main.query_one("#links-bar").display and "links" not in status(a)
        assert web.hits.get("/article", 0) == before + 1  # a link cited twice is fetched once
        flags = {ev.url.removeprefix(web.base): (ev.status, ev.flag) for ev in ws.claim(c1).evidence}
        assert flags == {"/article": (200, "ok"), "/status/404": (404, "dead"), "/to-home": (200, "changed")}
        e500, again = ws.claim(c2).evidence
        assert (e500.status, e500.flag, again.flag) == (500, "error", "ok") and "HTTP 500" in e500.error
        plain = a.main.detail.text.plain
        assert "[200 ok]" in plain and "[dead: HTTP 404 Not Found]" in plain and "[200 changed]" in plain
        assert "checking…" not in plain
        row = a.main.table.get_row(c1)
        assert str(row[-1]) == "3!"  # a flagged link shows in the table
        assert str(a.main.table.get_row(claim_id(ws, "20.000 Fahrzeuge"))[-1]) == ""


async def test_check_all_links_shows_progress_and_escape_cancels(web, ws):
    cid = claim_id(ws, "12 Millionen Euro")
    ws.add_evidence(cid, Evidence(url=web.url("/article")))
    for i in range(3):
        ws.add_evidence(cid, Evidence(url=web.url(f"/slow-headers?s=3&i={i}")))
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        await pilot.press("L")
        await wait_until(pilot, lambda: "checked 1/4 links" in status(a), "the first result")
        bar = a.main.query_one("#links-progress")
        assert (bar.total, bar.progress) == (4, 1)
        assert "checked 1/4 links" in str(a.main.query_one("#links-label").render())
        assert a.main.detail.text.plain.count("checking…") == 3
        await pilot.press("j")  # the UI answers keys while the links are checked
        assert a.main.current.id != cid
        await pilot.press("k")
        assert a.main.current.id == cid
        await pilot.press("escape")
        await wait_until(pilot, lambda: "Stopped after 1 of 4 links" in notified(a), "the cancel")
        assert not a.main.query_one("#links-bar").display and "links" not in status(a)
        evs = ws.claim(cid).evidence
        assert evs[0].flag == "ok" and all(e.checked_at is None for e in evs[1:])
        assert "checking…" not in a.main.detail.text.plain
        assert not a.main.bulk_running


async def test_check_all_links_without_links_says_so(web, ws):
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert "No evidence links in this article" in notified(a)
        assert not a.main.query_one("#links-bar").display


# -- A: Wayback archive -----------------------------------------------------------------------------------

async def test_archive_one_link_and_pick_among_several(web, ws):
    cid = claim_id(ws, "12 Millionen Euro")
    one = "https://zeitung.example/artikel?id=5"
    ws.add_evidence(cid, Evidence(url=one))
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        await pilot.press("A")
        snapshot = web.url(f"/web/20240102030405/{one}")
        await wait_until(pilot, lambda: ws.claim(cid).evidence[0].archive_url == snapshot, "the archive URL")
        await pilot.pause()
        plain = a.main.detail.text.plain
        assert f"archived: {snapshot}" in plain and f"link archived: {one}" in plain
        assert "Archived: " in notified(a)
        # two links: the user picks which
        two = "https://zeitung.example/zwei"
        a.main.changed(a.session.add_evidence(cid, two))
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(a.screen, ChoiceDialog)
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: ws.claim(cid).evidence[1].archive_url, "the second archive URL")
        assert ws.claim(cid).evidence[1].archive_url == web.url(f"/web/20240102030405/{two}")
    assert not any(p.startswith("/web/") for p, _ in web.requests)  # the snapshot itself is not fetched


async def test_archive_failures_are_messages_and_record_nothing(web, ws, monkeypatch):
    cid = claim_id(ws, "12 Millionen Euro")
    ws.add_evidence(cid, Evidence(url="https://zeitung.example/ratelimit"))
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        await pilot.press("A")
        await wait_until(pilot, lambda: "rate-limiting" in notified(a), "the rate-limit message")
        a.settings.wayback_url = web.url("/status/500?u=")
        await pilot.press("A")
        await wait_until(pilot, lambda: "HTTP 500" in notified(a), "the server error")
        await pilot.pause()
        assert "archiving" not in a.main.detail.text.plain and "archiving" not in status(a)
        await open_on(pilot, a, claim_id(ws, "im Juli"))
        await pilot.press("A")
        assert "no evidence links" in notified(a)
    assert ws.claim(cid).evidence[0].archive_url is None


async def test_fetched_text_is_shown_as_typed_never_as_markup(ws):
    """A review from a stranger's server with markup and escape sequences: shown as typed, nothing runs."""
    from factcheck.fetch import FactCheckReview

    evil = FactCheckReview(claim_text="[@click=app.quit]klick[/] \x1b]0;pwned\x07", publisher="[bold]Pub[/]",
                           rating="[/]", url="https://x.example/[/]", date="2023-01-01", claimant="[red]x")
    cid = claim_id(ws, "12 Millionen Euro")
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        got = []
        a.push_screen(ReviewsDialog("[/]", "[/]", [evil], accept=lambda i: got.append(i) or True))
        await pilot.pause()
        table = a.screen.query_one("#reviews")
        assert [str(c) for c in table.get_row_at(0)][:2] == ["[bold]Pub[/]", "[/]"]
        detail = str(a.screen.query_one("#review-detail").render())
        assert "“[@click=app.quit]klick[/]” — [red]x" in detail
        assert "\x1b" not in detail and "\x07" not in detail and "pwned" not in detail
        await pilot.click("#review-detail")  # a click on the text runs no action
        await pilot.press("enter")
        assert got == [0] and a.is_running


async def test_quitting_while_links_are_checked(web, ws):
    cid = claim_id(ws, "12 Millionen Euro")
    ws.add_evidence(cid, Evidence(url=web.url("/slow-headers?s=3&i=q")))
    a = app()
    async with a.run_test(size=SIZE) as pilot:
        await open_on(pilot, a, cid)
        await pilot.press("L")
        await wait_until(pilot, lambda: a.main.bulk_running, "the check to start")
        await pilot.press("q")
        await pilot.pause()
    assert a.return_code in (0, None)  # closed cleanly: no worker error, no traceback


def test_web_actions_have_keys_in_help_and_palette():
    from factcheck.tui.commands import palette_commands
    from factcheck.tui.screens.help import bindings_table
    from factcheck.tui.screens.main import MainScreen

    actions = {action for _t, _h, action in palette_commands()}
    assert {"factchecks", "check_all_links", "archive_link"} <= actions
    ids = {b.id for b in MainScreen.BINDINGS if b.action in ("factchecks", "check_all_links", "archive_link")}
    assert ids == {"web.factchecks", "web.check_links", "web.archive"}
    keys = {b.key for b in MainScreen.BINDINGS}
    assert {"F", "L", "A"} <= keys
    assert bindings_table([("main", MainScreen.BINDINGS)]).row_count > 3
