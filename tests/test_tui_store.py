"""The workbench on the real store: saved at once, reopens where it was, sees outside writes."""
from __future__ import annotations

import os

from factcheck import sources
from factcheck.store import open_workspace
from factcheck.tui.app import WorkbenchApp
from tests.httpserver import local_server  # noqa: F401 (fixture)
from tests.tui_helpers import SIZE, type_into


async def test_verdicts_are_saved_and_the_app_reopens_where_it_was():
    db = os.environ["FACTCHECK_DB"]
    app = WorkbenchApp(db=db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session.article.title == sources.SAMPLE_TITLE
        if len(app.main.rows) < 2:  # the extractor's output is not this test's business
            app.session.add_user_claim(*_span(app, "Hamburg"), "number")
            app.session.add_user_claim(*_span(app, "Astana"), "number")
            app.main.show_article()
        await pilot.press("j", "f")
        marked = app.main.current.id
        await pilot.press("n", *"siehe [/]", "ctrl+s")
        await pilot.press("q")
    # saved at once: another process (here: a second handle) sees it
    with open_workspace(db) as ws:
        rec = ws.claim(marked)
        assert (rec.verdict, rec.note) == ("false", "siehe [/]")
    app = WorkbenchApp(db=db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main.current.id == marked
        assert app.main.table.current_id == marked
        assert "verdict: false" in app.main.detail.text.plain


def _span(app, word):
    i = app.session.article.text.index(word)
    return i, i + len(word)


async def test_outside_writes_show_up(tmp_path):
    db = os.environ["FACTCHECK_DB"]
    app = WorkbenchApp(db=db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        aid = app.session.article.id
        with open_workspace(db) as ws:  # e.g. `factcheck verdict ...` in another terminal
            start = app.session.article.text.index("Hamburg")
            rec = ws.add_user_claim(aid, start, start + len("Hamburg"), "attribution")
            ws.set_verdict(rec.id, "verified")
        app.main.take_in_outside_changes()
        await pilot.pause()
        assert rec.id in app.main.table.claim_ids
        assert app.session.by_id[rec.id].verdict == "verified"


async def test_escape_sequences_in_a_file_never_reach_the_screen(tmp_path):
    art = tmp_path / "evil.txt"
    art.write_text("Am 3. M\u00e4rz 2020 \x1b[31mrot\x1b[0m \x1b]0;pwned\x07 und \x1b]52;c;aGk=\x07 [bold]x[/] 12 F\u00e4lle.\n",
                   encoding="utf-8")
    app = WorkbenchApp(db=os.environ["FACTCHECK_DB"], article=str(art))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = app.main.article_view.text
        assert "\x1b" not in shown and "\x07" not in shown
        assert "rot" in shown and "[bold]x[/]" in shown and "pwned" not in shown
        assert app.session.article.title == "evil"
        if app.main.current is None:  # whatever the extractor finds, we need one claim
            i = shown.index("rot")
            app.main.select(app.session.add_user_claim(i, i + 3, "number"))
        await pilot.press("n", "ctrl+s")  # an empty note is fine
        app.session.set_note(app.main.current.id, "a\x1b[2Jb\x00c")
        assert app.session.ws.claim(app.main.current.id).note == "abc"


async def test_theme_choice_is_remembered():
    db = os.environ["FACTCHECK_DB"]
    app = WorkbenchApp(db=db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
    app = WorkbenchApp(db=db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"


async def test_url_import_through_the_real_fetch(local_server, monkeypatch):
    """A page from a local server: fetched in a worker, no date on it -> asked, then opened."""
    from factcheck.tui.screens.dialogs import InputDialog

    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")  # the server is on 127.0.0.1
    app = WorkbenchApp(db=os.environ["FACTCHECK_DB"], article=local_server.url("/nodate"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(100):  # the fetch runs in a thread
            await app.workers.wait_for_complete()
            await pilot.pause(0.05)
            if isinstance(app.screen, InputDialog):
                break
        assert isinstance(app.screen, InputDialog), [n.message for n in app._notifications]
        await type_into(pilot, "#value", "2023-05-02")
        await pilot.press("enter")
        await pilot.pause()
        art = app.session.article
        assert art.title and art.published == "2023-05-02" and art.outlet == "Beispielzeitung"
        assert art.url == local_server.url("/nodate")
        assert "Brücke" in app.main.article_view.text
        assert app.main.table.row_count == len(app.session.visible())


async def test_evidence_link_checked_through_the_real_fetch(local_server, monkeypatch):
    """e with a page on a local server: the real check_link in a worker, its result in the store."""
    from tests.tui_helpers import make_ws, settle

    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")  # the server is on 127.0.0.1
    ws, _aid = make_ws()
    app = WorkbenchApp(db=os.environ["FACTCHECK_DB"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        for path in ("/article", "/status/404"):
            await pilot.press("e")
            await type_into(pilot, "#value", local_server.url(path))
            await pilot.press("enter")
            await settle(pilot, app)
        for _ in range(100):  # the checks run in threads
            if all(e.checked_at for e in ws.claim(cid).evidence):
                break
            await settle(pilot, app)
        ok, dead = ws.claim(cid).evidence
        assert (ok.url, ok.status, ok.flag) == (local_server.url("/article"), 200, "ok") and ok.title
        assert (dead.status, dead.flag) == (404, "dead")
        plain = app.main.detail.text.plain
        assert "[200 ok]" in plain and "HTTP 404" in plain and f"link checked: {local_server.url('/article')} → 200 ok" in plain
    ws.close()
