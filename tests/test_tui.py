"""Pilot tests of the workbench's claim actions: each key, its effect on screen and in the store.

The app opens the real workspace file itself (as `factcheck open` does); the test reads what it
saved through a second handle, as another process would (tests/tui_helpers.py).
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os

from factcheck import fetch, sources
from factcheck.cli import main as cli_main
from factcheck.tui.display import BUSY
from factcheck.tui.screens.dialogs import ChoiceDialog, ClaimDialog, InputDialog, NoteDialog
from tests.tui_helpers import (SIZE, Notes, app_on, current_text, make_ws, notified, sample,  # noqa: F401
                               settle, status, type_into)


async def test_opens_the_article_with_the_ids_factcheck_list_prints(sample, capsys):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session.article.id == sample.aid
        assert [r.claim.text for r in app.main.rows] == [
            "Kremlchef Wladimir Putin", "7. und 8. Juli", "im Januar", "zwei Mal"]
        assert current_text(app) == "Kremlchef Wladimir Putin"
        assert "Kremlchef" in app.main.detail.text.plain
        assert app.focused is app.main.table
        shown_ids = [app.main.table.get_cell(r.id, "id").plain for r in app.main.rows]
    # the table shows the whole id, the one `factcheck list` prints and every command takes
    assert cli_main(["list", "--format", "json"]) == 0
    listed = {c["id"] for c in json.loads(capsys.readouterr().out)["claims"]}
    assert set(shown_ids) == listed and all(len(i) == 8 for i in shown_ids)
    assert cli_main(["verdict", shown_ids[0], "verified"]) == 0
    assert sample.ws.claim(shown_ids[0]).verdict == "verified"


async def test_empty_workspace_opens_the_sample_added_in_the_background(monkeypatch):
    import threading

    release = threading.Event()
    real_sample = sources.sample_text

    def slow_sample():  # held until the test has seen the loading indicator
        release.wait(10)
        return real_sample()

    monkeypatch.setattr(sources, "sample_text", slow_sample)
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session.article is None and app.main.article_view.loading
        assert "adding the sample article" in status(app)
        release.set()
        await settle(pilot, app)
        assert app.session.article.title == sources.SAMPLE_TITLE
        assert app.main.article_view.text == sources.sample_text()
        assert not app.busy and not app.main.article_view.loading
        assert app.main.table.row_count == len(app.session.visible())


async def test_verdict_keys_save_at_once(sample):
    ws, aid = sample.ws, sample.aid
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        assert app.session.ws._storage.lock_timeout == 0.5  # not the store's 10 s: the UI never waits long
        for key, verdict in (("v", "verified"), ("d", "disputed"), ("f", "false"), ("u", "unverifiable")):
            await pilot.press(key)
            assert ws.claim(cid).verdict == verdict
            assert app.main.table.get_cell(cid, "verdict").plain.startswith(verdict[:6])
            assert f"verdict: {verdict[:6]}" in app.main.detail.text.plain
            assert ws.progress(aid) == (1, 4)
            assert "1/4 checked" in status(app)
        await pilot.press("x")
        assert ws.claim(cid).verdict == "unchecked" and ws.progress(aid) == (0, 4)
        await pilot.press("v", "0")
        assert ws.claim(cid).verdict == "unchecked"
        assert [h.new for h in ws.history(cid) if h.field == "verdict"] == [
            "verified", "disputed", "false", "unverifiable", "unchecked", "verified", "unchecked"]


@contextlib.contextmanager
def lock_held(db: str):
    """Another factcheck writing: the workspace's lock file held (flock) until the block ends."""
    fd = os.open(db + ".lock", os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


async def test_busy_workspace_is_a_message_and_the_note_typed_stays(sample, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_LOCK_TIMEOUT", "0.2")  # a shorter one wins (the default is 0.5 s): a faster test
    ws = sample.ws
    other = tmp_path / "other.txt"
    other.write_text("Am 3. März 2020 gab es 12 Fälle.\n", encoding="utf-8")
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = Notes(app)
        cid = app.main.current.id
        with lock_held(sample.db):
            await pilot.press("v")  # waits half a second for the lock, not the store's 10 s
            assert BUSY in notes.text() and "workspace busy" in BUSY
            assert app.main.current.verdict == "unchecked"
            await pilot.press("o", "a")  # adding an article: the worker is told busy too
            await type_into(pilot, "#source", str(other))
            await pilot.press("enter", "enter")
            await settle(pilot, app)
            assert notes.text().count(BUSY) == 2 and not app.busy and len(ws.articles()) == 1
            await pilot.press("escape")
            await pilot.press("n", *"quelle?", "ctrl+s")
            assert isinstance(app.screen, NoteDialog)  # not saved: the dialog and the note stay
            assert app.screen.query_one("#note").text == "quelle?"
            assert notes.text().count(BUSY) == 3
        await pilot.press("ctrl+s")  # the other writer is done: now it saves
        assert not isinstance(app.screen, NoteDialog)
        assert ws.claim(cid).note == "quelle?" and ws.claim(cid).verdict == "unchecked"
        assert app.session.ws._storage.lock_timeout == 0.2
        await pilot.press("o", "a")  # the article's input is offered again
        assert app.screen.query_one("#source").value == str(other)
        await pilot.press("enter", "enter")
        await settle(pilot, app)
        assert len(ws.articles()) == 2 and app.session.article.text.startswith("Am 3. März 2020")


async def test_navigation_next_previous_unchecked_and_move(sample):
    app = app_on()
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
        assert sample.ws.progress(sample.aid) == (4, 4) and current_text(app) == "im Januar"
        assert "No unchecked" in notified(app)
        assert sorted(r.verdict for r in sample.ws.claims(article=sample.aid)) == [
            "false", "verified", "verified", "verified"]


async def test_table_selection_scrolls_text_and_text_cursor_selects_claim(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # tab: table <-> text
        assert app.focused is app.main.article_view
        await pilot.press("tab")
        assert app.focused is app.main.table
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
        await pilot.press("escape")  # back to the table
        assert app.focused is app.main.table
        app.main.save_position()  # what the once-a-second timer does: remember the position
        assert sample.ws.get_state("tui.last_claim") == {sample.aid: target.id}


async def test_note_editing(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("n")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"quote dpa", "ctrl+s")  # q is typed into the note, it does not quit
        assert not isinstance(app.screen, NoteDialog)
        assert sample.ws.claim(cid).note == "quote dpa"
        assert "note: quote dpa" in app.main.detail.text.plain
        await pilot.press("n", "x", "escape")  # cancel keeps the note
        assert not isinstance(app.screen, NoteDialog)
        assert sample.ws.claim(cid).note == "quote dpa"


async def test_evidence_add_recheck_remove(sample, monkeypatch):
    calls = []

    def fake_check(url, settings=None):
        calls.append(url)
        if len(calls) > 1:  # the second check finds the page gone
            return fetch.LinkCheck(url=url, status=404, final_url=url, checked_at="2026-01-02T00:00:00", flag="dead")
        return fetch.LinkCheck(url=url, status=200, final_url=url, title="Agentur [bold]x[/]",
                               checked_at="2026-01-01T00:00:00", flag="ok")

    monkeypatch.setattr(fetch, "check_link", fake_check)
    ws = sample.ws
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("e")
        assert isinstance(app.screen, InputDialog)
        await type_into(pilot, "#value", "https://example.org/a")
        await pilot.press("enter")
        await settle(pilot, app)
        assert calls == ["https://example.org/a"]
        ev = ws.claim(cid).evidence
        assert [(e.url, e.status, e.title) for e in ev] == [("https://example.org/a", 200, "Agentur [bold]x[/]")]
        assert app.main.table.get_cell(cid, "ev").plain == "1"
        plain = app.main.detail.text.plain
        assert "https://example.org/a" in plain and "200 ok" in plain and "Agentur [bold]x[/]" in plain
        await pilot.press("l")  # recheck
        await settle(pilot, app)
        ev = ws.claim(cid).evidence[0]
        assert len(calls) == 2 and (ev.status, ev.flag, ev.checked_at) == (404, "dead", "2026-01-02T00:00:00")
        assert "404 dead" in app.main.detail.text.plain
        await pilot.press("E")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # the one link is offered first
        assert ws.claim(cid).evidence == []
        assert app.main.table.get_cell(cid, "ev").plain == ""
        assert [h.field for h in ws.history(cid)].count("evidence") >= 2  # added, removed


async def test_failed_link_check_is_shown_not_raised(sample, monkeypatch):
    def broken(url, settings=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(fetch, "check_link", broken)
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("e")
        await type_into(pilot, "#value", "https://example.org/x")
        await pilot.press("enter")
        await settle(pilot, app)
        assert sample.ws.claim(cid).evidence[0].flag == "error"
        assert "error: RuntimeError: boom" in app.main.detail.text.plain
        assert "checking" not in status(app)


async def test_bad_evidence_url_is_refused_and_stays_to_be_fixed(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = Notes(app)
        cid = app.main.current.id
        await pilot.press("e", *"ftp:x", "enter")
        assert sample.ws.claim(cid).evidence == []
        assert notes.messages and notes.messages[-1][1] == "error"
        assert isinstance(app.screen, InputDialog) and app.screen.query_one("#value").value == "ftp:x"
        await pilot.press("escape")
        assert not isinstance(app.screen, InputDialog)


async def test_filters_by_type_verdict_dismissed_and_search(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main = app.main
        await pilot.press("t")  # dates
        assert {r.claim.type for r in main.rows} == {"date"} and main.table.row_count == 2
        # the current claim (an attribution) is filtered out: the next date takes its place
        assert current_text(app) == "7. und 8. Juli" and main.table.current_id == main.current.id
        await pilot.press("t")  # numbers
        assert [r.claim.text for r in main.rows] == ["zwei Mal"]
        await pilot.press("c")
        assert main.table.row_count == 4
        marked = current_text(app)
        await pilot.press("v", "s")  # verdict filter: unchecked
        assert main.table.row_count == 3
        await pilot.press("s")  # verified
        assert [r.claim.text for r in main.rows] == [marked]
        assert [r.claim.text for r in sample.ws.claims(article=sample.aid, verdict="verified")] == [marked]
        await pilot.press("c", "slash", *"januar q")  # q is typed into the search, it does not quit
        assert main.query_one("#search").value == "januar q" and app.is_running
        await pilot.press("backspace", "backspace")
        assert [r.claim.text for r in main.rows] == ["im Januar"] and current_text(app) == "im Januar"
        assert "search: januar" in status(app)
        await pilot.press("enter")
        assert app.focused is main.table
        await pilot.press("v")  # marks what the table shows
        assert sample.ws.claim(main.current.id).claim.text == "im Januar"
        assert sample.ws.claim(main.current.id).verdict == "verified"
        await pilot.press("escape")  # the search box closes and is cleared
        assert not main.query_one("#search").display and main.table.row_count == 4
        await pilot.press("D", "H")  # dismissed claims shown again with H
        assert main.table.row_count == 4 and any(r.dismissed for r in main.rows)
        await pilot.press("H")
        assert main.table.row_count == 3


async def test_add_a_missed_claim_from_a_text_selection(sample):
    from textual.widgets.text_area import Selection

    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = Notes(app)
        view = app.main.article_view
        text = app.session.article.text
        start = text.index("hunderttausend")
        await pilot.press("a")  # nothing selected yet
        assert "Select the claim" in notes.text()
        view.focus()  # select from the keyboard: shift+right from the space before the word
        view.selection = Selection.cursor(view.tmap.location(start - 1))
        await pilot.press(*["shift+right"] * (len("hunderttausend") + 1))
        assert view.selected_span() == (start - 1, start + len("hunderttausend"))
        await pilot.press("a")
        assert isinstance(app.screen, ClaimDialog)
        app.screen.query_one("#type").value = "number"
        await pilot.press(*"100000", "enter")
        recs = [r for r in sample.ws.claims(article=sample.aid) if r.origin == "user"]
        assert len(recs) == 1
        rec = recs[0]
        # the leading space of the selection is trimmed
        assert (rec.claim.start, rec.claim.text, rec.claim.type, rec.claim.value) == (
            start, "hunderttausend", "number", 100000)
        assert app.main.current.id == rec.id and app.main.table.row_count == 5
        assert app.main.table.get_cell(rec.id, "id").plain == rec.id
        assert app.main.table.get_cell(rec.id, "type").plain == "num+"  # added by hand


async def test_dismiss_and_restore_a_wrong_claim(sample):
    ws, aid = sample.ws, sample.aid
    app = app_on()
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
        await pilot.press("delete")  # D or del: restore
        assert not ws.claim(cid).dismissed and ws.progress(aid) == (0, 4)


async def test_correct_type_and_value(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j")
        cid = app.main.current.id
        await pilot.press("r")
        assert isinstance(app.screen, ClaimDialog)
        await type_into(pilot, "#value", "2017-07-07/2017-07-08")
        await pilot.press("enter")
        assert sample.ws.claim(cid).claim.value == "2017-07-07/2017-07-08"
        assert "2017-07-07/2017-07-08" in app.main.table.get_cell(cid, "value").plain
        await pilot.press("r")
        app.screen.query_one("#type").value = "number"
        await type_into(pilot, "#value", "7")
        await pilot.press("enter")
        c = sample.ws.claim(cid).claim
        assert (c.type, c.value) == ("number", 7)


async def test_corrected_dates_are_read_as_typed(sample):
    """A date value may be typed as a reader writes it; it is stored as ISO, counted from the
    article's publication date (2017-05-02); what is no date keeps the dialog open."""
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        for typed, stored in (("8. Juli 2017", "2017-07-08"), ("02.05.2017", "2017-05-02"), ("gestern", "2017-05-01"),
                              ("Juli 2017", "2017-07")):
            await pilot.press("r")
            app.screen.query_one("#type").value = "date"
            await type_into(pilot, "#value", typed)
            await pilot.press("enter")
            assert not isinstance(app.screen, ClaimDialog), typed
            assert sample.ws.claim(cid).claim.value == stored, typed
        await pilot.press("r")
        await type_into(pilot, "#value", "kein Datum")
        await pilot.press("enter")
        assert isinstance(app.screen, ClaimDialog) and "cannot read" in notified(app)
        assert sample.ws.claim(cid).claim.value == "2017-07"


UNTRUSTED = "Er sagte [bold]laut[/] und [@click=app.quit]klick[/] am 7. Juli: [/] \\[x] [red"


async def test_untrusted_text_is_shown_as_typed():
    text = UNTRUSTED + "\n\nZweiter Absatz mit 12 Zahlen.\n"
    ws, _aid = make_ws(text, words=[("[bold]laut[/]", "attribution"), ("[@click=app.quit]klick[/]", "date"),
                                    ("12", "number")], title="[/] Titel [b]")
    ws.close()
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main.article_view.text == text
        assert "[/] Titel [b]" in status(app)
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


async def test_clicking_a_claim_in_the_text_selects_it(sample):
    app = app_on()
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


async def test_detail_pane_scrolls_from_the_keyboard(sample):
    app = app_on()
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
