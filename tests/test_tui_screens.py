"""Pilot tests of the workbench's screens: export, help, palette, articles, errors, themes, q.

On the real store (a tmp workspace file the app opens itself), see tests/tui_helpers.py.
"""
from __future__ import annotations

import threading

from factcheck import fetch, sources
from factcheck.tui.app import WorkbenchApp
from factcheck.tui.screens.articles import ArticlesScreen
from factcheck.tui.screens.dialogs import AddArticleDialog, InputDialog, MessageDialog, NoteDialog
from factcheck.tui.screens.export import ExportScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.main import MainScreen
from tests.tui_helpers import SIZE, app_on, notified, sample, settle, status, type_into, wait_until  # noqa: F401


async def test_export_with_preview_and_save(sample, tmp_path):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await pilot.press("v", "n", *"laut dpa", "ctrl+s", "p")
        assert isinstance(app.screen, ExportScreen)
        screen = app.screen
        assert screen.rendered and "Kremlchef Wladimir Putin" in screen.rendered and "laut dpa" in screen.rendered
        assert screen.query_one("#preview").text  # the preview shows it
        screen.query_one("#format").value = "json"
        await pilot.pause()
        assert screen.rendered.lstrip().startswith(("{", "["))
        target = tmp_path / "out.json"
        screen.query_one("#path").value = str(target)
        await pilot.press("ctrl+s")
        assert target.read_text(encoding="utf-8") == screen.rendered
        assert not isinstance(app.screen, ExportScreen)
        assert not list(tmp_path.glob(".out.json.*"))  # written whole through a temp file, none left
        import json

        saved = json.loads(target.read_text(encoding="utf-8"))
        assert cid in json.dumps(saved) and sample.ws.claim(cid).verdict == "verified"


async def test_q_and_escape_close_every_screen_and_q_quits_only_from_the_main_screen(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for opener, screen_type in (("p", ExportScreen), ("question_mark", HelpScreen), ("o", ArticlesScreen),
                                    ("n", NoteDialog), ("e", InputDialog)):
            # escape is pressed on the export screen here; on the others in their own tests
            for key in ("q", "escape") if screen_type is ExportScreen else ("q",):
                await pilot.press(opener)
                assert isinstance(app.screen, screen_type)
                if screen_type in (NoteDialog, InputDialog) and key == "q":
                    await pilot.press("q")  # typed into the text field
                    assert isinstance(app.screen, screen_type) and app.is_running
                    app.screen.set_focus(None)  # outside a text field q closes the dialog
                await pilot.press(key)
                assert isinstance(app.screen, MainScreen), (opener, key, app.screen)
                assert app.is_running
        await pilot.press("o", "a")  # a dialog over the articles screen: one screen closes at a time
        assert isinstance(app.screen, AddArticleDialog)
        app.screen.set_focus(None)
        await pilot.press("q")
        assert isinstance(app.screen, ArticlesScreen)
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen) and app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert [r.note for r in sample.ws.claims()] == [""] * 4  # cancelled: nothing saved


async def test_help_lists_every_key(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=120, record=True, file=None)
        with console.capture() as cap:
            console.print(app.screen.table)
        shown = cap.get()
        for b in [*MainScreen.BINDINGS, *ArticlesScreen.BINDINGS, *WorkbenchApp.BINDINGS]:
            assert (b.tooltip or b.description) in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def palette_run(pilot, query: str, expect: str) -> None:
    """Type `query` into the command palette, wait for `expect` to be the top hit, run it."""
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    await pilot.press("ctrl+p")
    await pilot.press(*query)
    for _ in range(100):  # the palette searches asynchronously; slow machines need a moment
        await pilot.pause(0.05)
        screen = pilot.app.screen
        if isinstance(screen, CommandPalette):
            options = screen.query_one(OptionList)
            if options.option_count and expect in str(options.get_option_at_index(0).prompt):
                break
    else:
        raise AssertionError(f"no palette hit {expect!r} for {query!r}")
    await pilot.press("enter")
    await pilot.pause(0.1)


async def test_command_palette_runs_actions(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await palette_run(pilot, "claim disp", "Mark the claim disputed")
        assert sample.ws.claim(cid).verdict == "disputed"
        await palette_run(pilot, "only num", "Filter: only number claims")
        assert [r.claim.type for r in app.main.rows] == ["number"]


def test_palette_has_an_entry_for_every_action():
    from factcheck.tui.commands import palette_commands

    actions = {a for _t, _h, a in palette_commands()}
    for b in MainScreen.BINDINGS:
        if b.action != "escape":
            assert b.action in actions


async def test_articles_screen_add_file_in_the_background_and_switch(sample, tmp_path, monkeypatch):
    other = tmp_path / "other.txt"
    other.write_text("Am 3. März 2020 sagte der Minister, es gebe 12 Fälle.\n", encoding="utf-8")
    release = threading.Event()
    real_read = sources.read_text_file

    def slow_read(path):  # held until the test has seen the progress
        release.wait(10)
        return real_read(path)

    monkeypatch.setattr(sources, "read_text_file", slow_read)
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("o")
        assert isinstance(app.screen, ArticlesScreen)
        assert app.screen.query_one("#articles").row_count == 1
        await pilot.press("a")
        await type_into(pilot, "#source", str(other))
        await pilot.press("enter", "enter")
        assert isinstance(app.screen, ArticlesScreen)  # the dialog closed; reading runs in a worker
        assert "adding other.txt" in status(app)
        assert "adding other.txt" in str(app.screen.query_one("#articles-hint").render())
        await pilot.press("escape", "j", "v")  # the UI goes on meanwhile
        assert app.session.article.id == sample.aid and app.main.current.verdict == "verified"
        release.set()
        await settle(pilot, app)
        assert len(sample.ws.articles()) == 2
        new = next(a for a in sample.ws.articles() if a.id != sample.aid)
        assert app.session.article.id == new.id
        assert app.main.article_view.text.startswith("Am 3. März 2020")
        assert sample.ws.get_state("tui.last_article") == new.id
        assert "adding" not in status(app)
        await pilot.press("o")
        table = app.screen.query_one("#articles")
        assert table.row_count == 2 and "▶" in table.get_cell(new.id, "title").plain
        await pilot.press("o")  # o again: back
        assert isinstance(app.screen, MainScreen)
        await pilot.press("o")
        table = app.screen.query_one("#articles")
        assert "1/4" in [c.plain for c in table.get_column("progress")]
        table.move_cursor(row=table.get_row_index(sample.aid))
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.article.id == sample.aid and isinstance(app.screen, MainScreen)
        assert sample.ws.get_state("tui.last_article") == sample.aid


async def test_bad_file_is_a_notification_and_the_input_is_offered_again(sample, tmp_path):
    app = app_on(article=str(tmp_path / "missing.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert "no such file" in notified(app)
        assert app.session.article.id == sample.aid  # the last article stays open
        await pilot.press("o", "a")
        assert app.screen.query_one("#source").value == str(tmp_path / "missing.txt")
        await type_into(pilot, "#source", str(tmp_path))
        await pilot.press("enter", "enter")
        await settle(pilot, app)
        assert "is a directory" in notified(app)
        assert len(sample.ws.articles()) == 1


async def test_url_import_without_date_asks_for_it(sample, monkeypatch):
    release = threading.Event()

    def fake_fetch(url, settings=None, published=None):
        release.wait(10)  # held until the test has seen the progress
        return fetch.FetchedArticle(url=url, final_url=url, text="Am Mittwoch kamen 300 Menschen.\n",
                                    title="Seite \x1b]0;evil\x07[/]", lang="de", fetched_at="2026-01-01T00:00:00")

    monkeypatch.setattr(fetch, "fetch_article", fake_fetch)
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("o", "a")
        await type_into(pilot, "#source", "http://127.0.0.1:9/p")
        await pilot.press("enter", "enter")
        assert "fetching http://127.0.0.1:9/p" in status(app)
        release.set()
        await wait_until(pilot, lambda: isinstance(app.screen, InputDialog), "the date dialog")
        assert not app.busy
        await type_into(pilot, "#value", "irgendwann")
        await pilot.press("enter")  # not a date: said so, the dialog stays
        assert isinstance(app.screen, InputDialog) and "cannot read" in notified(app)
        await type_into(pilot, "#value", "Mai 2020")
        await pilot.press("enter")  # a month is not a publication day
        assert isinstance(app.screen, InputDialog) and "not a single day" in notified(app)
        await type_into(pilot, "#value", "6.5.2020")  # as a German reader types it: 6 May
        await pilot.press("enter")
        await settle(pilot, app)
        new = next(a for a in sample.ws.articles() if a.id != sample.aid)
        assert new.published == "2020-05-06" and new.title == "Seite [/]" and new.url == "http://127.0.0.1:9/p"
        assert app.session.article.id == new.id


async def test_fetch_failure_is_a_notification(sample, monkeypatch):
    def failing(url, settings=None, published=None):
        raise fetch.FetchError("connection refused: 127.0.0.1:9")

    monkeypatch.setattr(fetch, "fetch_article", failing)
    app = app_on(article="http://127.0.0.1:9/x")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert "connection refused" in notified(app)
        assert app.session.article.id == sample.aid and not app.busy


async def test_locked_workspace_is_a_dialog(monkeypatch):
    import factcheck.store as store

    def locked(db=None, **options):
        raise store.WorkspaceLocked("the workspace is open in another factcheck (pid 1)")

    monkeypatch.setattr(store, "open_workspace", locked)
    app = WorkbenchApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MessageDialog)
        assert "busy" in app.screen.message
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1


async def test_theme_toggle_is_saved(sample):
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current_theme.dark
        await pilot.press("ctrl+t")
        assert not app.current_theme.dark and sample.ws.get_state("tui.theme") == "textual-light"
        styles = app.main.article_view._theme.syntax_styles
        assert str(styles["claim.date.unchecked"].color.name).lower() == "#005f87"
        # the table and the detail pane follow with the light palette (same colours as the text)
        date = next(r for r in app.main.rows if r.claim.type == "date")
        assert str(app.main.table.get_cell(date.id, "type").style) == "#005f87"
        await pilot.press("ctrl+t")
        assert app.current_theme.dark and sample.ws.get_state("tui.theme") == "textual-dark"
