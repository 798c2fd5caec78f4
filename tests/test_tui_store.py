"""The workbench on the real store: saved at once, reopens where it was, sees outside writes."""
from __future__ import annotations

import os

from factcheck import sources
from factcheck.store import open_workspace
from factcheck.tui.app import WorkbenchApp
from tests.tui_helpers import SIZE


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
