"""Pilot tests of the workbench's claim actions, with widget state and store state checked.

They run against an in-memory stand-in of the store API (tests/tui_helpers.py) so they are
fast and independent of the extractor; test_tui_store.py runs the app on the real store.
"""
from __future__ import annotations

from factcheck import fetch, sources
from factcheck.tui.app import WorkbenchApp
from factcheck.tui.screens.dialogs import ClaimDialog, InputDialog, NoteDialog
from tests.tui_helpers import SIZE, MemoryWorkspace, Notes, current_text, make_ws, type_into


async def test_opens_the_article_with_claims_in_text_order():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session.article.id == aid
        assert [r.claim.text for r in app.main.rows] == [
            "Kremlchef Wladimir Putin", "7. und 8. Juli", "im Januar", "zwei Mal"]
        assert app.main.table.row_count == 4
        assert current_text(app) == "Kremlchef Wladimir Putin"
        assert "Kremlchef" in app.main.detail.text.plain
        assert app.focused is app.main.table


async def test_empty_workspace_opens_the_sample():
    ws = MemoryWorkspace()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [a.title for a in ws.articles()] == [sources.SAMPLE_TITLE]
        assert app.main.article_view.text == sources.sample_text()


async def test_verdict_keys_save_at_once():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        for key, verdict in (("v", "verified"), ("d", "disputed"), ("f", "false"), ("u", "unverifiable")):
            await pilot.press(key)
            assert ws.claim(cid).verdict == verdict
            assert app.main.table.get_cell(cid, "verdict").plain.startswith(verdict[:6])
            assert f"verdict: {verdict[:6]}" in app.main.detail.text.plain
            assert ws.progress(aid) == (1, 4)
            assert "1/4 checked" in str(app.main.query_one("#status").render())
        await pilot.press("x")
        assert ws.claim(cid).verdict == "unchecked" and ws.progress(aid) == (0, 4)
        await pilot.press("v", "0")
        assert ws.claim(cid).verdict == "unchecked"
        assert [h.new for h in ws.history(cid)] == [
            "verified", "disputed", "false", "unverifiable", "unchecked", "verified", "unchecked"]


async def test_navigation_next_unchecked_and_move():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j")
        assert current_text(app) == "7. und 8. Juli"
        await pilot.press("k", "k")
        assert current_text(app) == "Kremlchef Wladimir Putin"
        await pilot.press("v", "space")  # the first is checked now; next unchecked is the second
        assert current_text(app) == "7. und 8. Juli"
        await pilot.press("v", "right_square_bracket")
        assert current_text(app) == "im Januar"
        await pilot.press("left_square_bracket")  # previous unchecked wraps to the last one
        assert current_text(app) == "zwei Mal"
        await pilot.press("f", "space")  # wraps round to the one left
        assert current_text(app) == "im Januar"
        await pilot.press("v", "space")
        assert ws.progress(aid) == (4, 4) and current_text(app) == "im Januar"
        assert "No unchecked" in "\n".join(n.message for n in app._notifications)


async def test_table_selection_scrolls_text_and_text_cursor_selects_claim():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "down")  # table: third claim
        view = app.main.article_view
        rec = app.main.current
        assert rec.claim.text == "im Januar"
        assert view.cursor_offset == rec.claim.start
        assert view.selected_claim.id == rec.id
        # now the other way: move the text cursor into another claim
        view.focus()
        target = next(r for r in app.session.records if r.claim.text == "zwei Mal")
        view.move_cursor(view.tmap.location(target.claim.start + 2))
        await pilot.pause()
        assert current_text(app) == "zwei Mal"
        assert app.main.table.current_id == target.id
        # moving the cursor off any claim keeps the selection
        await pilot.press("ctrl+left")
        await pilot.pause()
        assert current_text(app) == "zwei Mal"


async def test_note_editing():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("n")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"ask dpa", "ctrl+s")
        assert not isinstance(app.screen, NoteDialog)
        assert ws.claim(cid).note == "ask dpa"
        assert "note: ask dpa" in app.main.detail.text.plain
        await pilot.press("n", "escape")  # cancel keeps the note
        assert ws.claim(cid).note == "ask dpa"


async def test_add_evidence_is_checked_in_the_background(monkeypatch):
    calls = []

    def fake_check(url, settings=None):
        calls.append(url)
        return fetch.LinkCheck(url=url, status=200, final_url=url, title="Agentur [bold]x[/]",
                               checked_at="2026-01-01T00:00:00", flag="ok")

    monkeypatch.setattr(fetch, "check_link", fake_check)
    monkeypatch.setattr(fetch, "validate_url", lambda u: u)
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("e")
        assert isinstance(app.screen, InputDialog)
        await type_into(pilot, "#value", "http://127.0.0.1:9/a")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == ["http://127.0.0.1:9/a"]
        ev = ws.claim(cid).evidence
        assert [(e.url, e.status, e.title) for e in ev] == [("http://127.0.0.1:9/a", 200, "Agentur [bold]x[/]")]
        assert app.main.table.get_cell(cid, "ev").plain == "1"
        plain = app.main.detail.text.plain
        assert "http://127.0.0.1:9/a" in plain and "200 ok" in plain and "Agentur [bold]x[/]" in plain
        await pilot.press("l")  # recheck
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(calls) == 2
        await pilot.press("E", "enter")  # remove: the one link is offered first
        assert ws.claim(cid).evidence == []
        assert app.main.table.get_cell(cid, "ev").plain == ""


async def test_failed_link_check_is_shown_not_raised(monkeypatch):
    def broken(url, settings=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(fetch, "check_link", broken)
    monkeypatch.setattr(fetch, "validate_url", lambda u: u)
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("e")
        await type_into(pilot, "#value", "http://127.0.0.1:9/x")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert ws.claim(cid).evidence[0].flag == "error"
        assert "error: RuntimeError: boom" in app.main.detail.text.plain


async def test_bad_evidence_url_is_refused(monkeypatch):
    def refuse(url):
        raise fetch.FetchError("not an http(s) URL: " + url)

    monkeypatch.setattr(fetch, "validate_url", refuse)
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = Notes(app)
        cid = app.main.current.id
        await pilot.press("e", *"ftp:x", "enter")
        assert ws.claim(cid).evidence == []
        assert "not an http(s) URL" in notes.text()


async def test_filters_by_type_verdict_and_search():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main
        await pilot.press("t")  # dates
        assert {r.claim.type for r in main.rows} == {"date"} and main.table.row_count == 2
        await pilot.press("t")  # numbers
        assert [r.claim.text for r in main.rows] == ["zwei Mal"]
        await pilot.press("c")
        assert main.table.row_count == 4
        marked = current_text(app)
        await pilot.press("v", "s")  # verdict filter: unchecked
        assert main.table.row_count == 3
        await pilot.press("s")  # verified
        assert [r.claim.text for r in main.rows] == [marked]
        await pilot.press("c", "slash", *"januar")
        assert [r.claim.text for r in main.rows] == ["im Januar"]
        assert "search: januar" in str(main.query_one("#status").render())
        await pilot.press("enter")
        assert app.focused is main.table
        await pilot.press("escape")  # the search box closes; claims come back on clear
        await pilot.press("c")
        assert main.table.row_count == 4


async def test_add_a_missed_claim_from_a_text_selection():
    from textual.widgets.text_area import Selection

    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = Notes(app)
        view = app.main.article_view
        text = app.session.article.text
        start = text.index("hunderttausend")
        await pilot.press("a")  # nothing selected yet
        assert "Select the claim" in notes.text()
        view.selection = Selection(view.tmap.location(start - 1), view.tmap.location(start + len("hunderttausend")))
        await pilot.press("a")
        assert isinstance(app.screen, ClaimDialog)
        app.screen.query_one("#type").value = "number"
        await pilot.press(*"100000", "enter")
        recs = [r for r in ws.claims(article=aid) if r.origin == "user"]
        assert len(recs) == 1
        rec = recs[0]
        # the leading space of the selection is trimmed
        assert (rec.claim.start, rec.claim.text, rec.claim.type, rec.claim.value) == (
            start, "hunderttausend", "number", 100000)
        assert app.main.current.id == rec.id and app.main.table.row_count == 5


async def test_dismiss_and_restore_a_wrong_claim():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("D")
        assert ws.claim(cid).dismissed
        assert app.main.table.row_count == 3 and cid not in app.main.table.claim_ids
        assert app.main.current.id != cid
        assert ws.progress(aid) == (0, 3)
        await pilot.press("H")  # show dismissed
        assert app.main.table.row_count == 4
        await pilot.pause()
        app.main.select(app.session.by_id[cid])
        await pilot.press("D")
        assert not ws.claim(cid).dismissed


async def test_correct_type_and_value():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j")
        cid = app.main.current.id
        await pilot.press("r")
        assert isinstance(app.screen, ClaimDialog)
        await type_into(pilot, "#value", "2017-07-07/2017-07-08")
        await pilot.press("enter")
        assert ws.claim(cid).claim.value == "2017-07-07/2017-07-08"
        assert "2017-07-07/2017-07-08" in app.main.table.get_cell(cid, "value").plain


UNTRUSTED = "Er sagte [bold]laut[/] und [@click=app.quit]klick[/] am 7. Juli: [/] \\[x] [red"


async def test_untrusted_text_is_shown_as_typed():
    text = UNTRUSTED + "\n\nZweiter Absatz mit 12 Zahlen.\n"
    ws, aid = make_ws(text, words=[("[bold]laut[/]", "attribution"), ("[@click=app.quit]klick[/]", "date"),
                                   ("12", "number")], title="[/] Titel [b]")
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main.article_view.text == text
        assert "[/] Titel [b]" in str(app.main.query_one("#status").render())
        assert app.main.table.get_cell(app.main.rows[0].id, "text").plain == "[bold]laut[/]"
        await pilot.press("j")
        assert "[@click=app.quit]klick[/]" in app.main.detail.text.plain
        await pilot.press("n", *"[/] [@click=app.quit]", "ctrl+s")
        assert "[/] [@click=app.quit]" in app.main.detail.text.plain
        await pilot.click("#detail", offset=(3, 1))
        await pilot.click("#article", offset=(30, 0))
        await pilot.pause()
        assert app.is_running
        assert not app._exit_renderables


async def test_clicking_a_claim_in_the_text_selects_it():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.main.article_view
        target = next(r for r in app.session.records if r.claim.text == "zwei Mal")
        x, y = view.wrapped_document.location_to_offset(view.tmap.location(target.claim.start + 1))
        view.scroll_to(y=max(0, y - 3), animate=False)
        await pilot.pause()
        await pilot.click("#article", offset=(x + 1, y - view.scroll_offset.y))
        await pilot.pause()
        assert current_text(app) == "zwei Mal"
        assert app.main.table.current_id == target.id


async def test_notifications_show_outside_text_as_typed(tmp_path):
    ws, aid = make_ws()
    missing = str(tmp_path / "x[/]y[@click=app.quit].txt")
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("o", "a")
        await type_into(pilot, "#source", missing)
        await pilot.press("enter", "enter")
        for _ in range(50):  # toasts are mounted a moment later
            await pilot.pause(0.02)
            if app.screen.query("Toast"):
                break
        shown = [str(t.render()) for t in app.screen.query("Toast")]
        assert any(f"{missing}: no such file" in s for s in shown), shown
        await pilot.click("Toast")
        await pilot.pause()
        assert app.is_running


async def test_detail_pane_scrolls_from_the_keyboard():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for i in range(8):  # a long history makes the pane taller than the screen
            app.session.set_note(app.main.current.id, f"note {i}")
        app.main.show_detail()
        await pilot.pause()
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert app.main.detail.scroll_y > 0
        await pilot.press("ctrl+up")
        await pilot.pause()
        assert app.main.detail.scroll_y == 0
