"""Pilot tests of the workbench's screens: export, help, palette, articles, errors, themes."""
from __future__ import annotations

import threading

from factcheck import fetch
from factcheck.tui.app import WorkbenchApp
from factcheck.tui.screens.articles import ArticlesScreen
from factcheck.tui.screens.dialogs import InputDialog, MessageDialog
from factcheck.tui.screens.export import ExportScreen
from factcheck.tui.screens.help import HelpScreen
from tests.tui_helpers import SIZE, make_ws, type_into


async def test_export_with_preview_and_save(tmp_path):
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v", "p")
        assert isinstance(app.screen, ExportScreen)
        screen = app.screen
        assert screen.rendered and "Kremlchef Wladimir Putin" in screen.rendered
        assert screen.query_one("#preview").text  # the preview shows it
        screen.query_one("#format").value = "json"
        await pilot.pause()
        assert screen.rendered.lstrip().startswith(("{", "["))
        target = tmp_path / "out.json"
        screen.query_one("#path").value = str(target)
        await pilot.press("ctrl+s")
        assert target.read_text(encoding="utf-8") == screen.rendered
        assert not isinstance(app.screen, ExportScreen)

async def test_help_lists_every_key():
    from factcheck.tui.screens.main import MainScreen

    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=120, record=True, file=None)
        with console.capture() as cap:
            console.print(app.screen.table)
        shown = cap.get()
        for b in MainScreen.BINDINGS:
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


async def test_command_palette_runs_actions():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cid = app.main.current.id
        await palette_run(pilot, "claim disp", "Mark the claim disputed")
        assert ws.claim(cid).verdict == "disputed"
        await palette_run(pilot, "only num", "Filter: only number claims")
        assert [r.claim.type for r in app.main.rows] == ["number"]


def test_palette_has_an_entry_for_every_action():
    from factcheck.tui.commands import palette_commands
    from factcheck.tui.screens.main import MainScreen

    actions = {a for _t, _h, a in palette_commands()}
    for b in MainScreen.BINDINGS:
        if b.action != "escape":
            assert b.action in actions

async def test_articles_screen_add_file_and_switch(tmp_path):
    ws, aid = make_ws()
    other = tmp_path / "other.txt"
    other.write_text("Am 3. März 2020 sagte der Minister, es gebe 12 Fälle.\n", encoding="utf-8")
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("o")
        assert isinstance(app.screen, ArticlesScreen)
        assert app.screen.query_one("#articles").row_count == 1
        await pilot.press("a")
        await type_into(pilot, "#source", str(other))
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert len(ws.articles()) == 2
        new = next(a for a in ws.articles() if a.id != aid)
        assert app.session.article.id == new.id
        assert app.main.article_view.text.startswith("Am 3. März 2020")
        assert ws.get_state("tui.last_article") == new.id
        await pilot.press("o")
        table = app.screen.query_one("#articles")
        assert table.row_count == 2
        assert "0/4" in [c.plain for c in table.get_column("progress")]
        table.move_cursor(row=table.get_row_index(aid))
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.article.id == aid and isinstance(app.screen, type(app.main))

async def test_bad_file_is_a_notification_not_a_crash(tmp_path):
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws, article=str(tmp_path / "missing.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "no such file" in "\n".join(n.message for n in app._notifications)
        assert app.session.article.id == aid  # falls back to the last article
        await pilot.press("o", "a")
        await type_into(pilot, "#source", str(tmp_path))
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert "is a directory" in "\n".join(n.message for n in app._notifications)

async def test_url_import_without_date_asks_for_it(monkeypatch):
    release = threading.Event()

    def fake_fetch(url, settings=None, published=None):
        release.wait(10)  # held until the test has seen the progress
        return fetch.FetchedArticle(url=url, final_url=url, text="Am Mittwoch kamen 300 Menschen.\n",
                                    title="Seite \x1b]0;evil\x07[/]", lang="de", fetched_at="2026-01-01T00:00:00")

    monkeypatch.setattr(fetch, "fetch_article", fake_fetch)
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("o", "a")
        await type_into(pilot, "#source", "http://127.0.0.1:9/p")
        await pilot.press("enter", "enter")
        assert "fetching 1 article" in str(app.main.query_one("#status").render())
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, InputDialog)
        assert not app.fetching
        await type_into(pilot, "#value", "2020-05-06")
        await pilot.press("enter")
        await pilot.pause()
        new = next(a for a in ws.articles() if a.id != aid)
        assert new.published == "2020-05-06" and new.title == "Seite [/]" and new.url == "http://127.0.0.1:9/p"
        assert app.session.article.id == new.id

async def test_fetch_failure_is_a_notification(monkeypatch):
    def failing(url, settings=None, published=None):
        raise fetch.FetchError("connection refused: 127.0.0.1:9")

    monkeypatch.setattr(fetch, "fetch_article", failing)
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws, article="http://127.0.0.1:9/x")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "connection refused" in "\n".join(n.message for n in app._notifications)
        assert app.session.article.id == aid

async def test_locked_workspace_is_a_dialog(monkeypatch):
    import factcheck.store as store

    def locked(db=None):
        raise store.WorkspaceLocked("the workspace is open in another factcheck (pid 1)")

    monkeypatch.setattr(store, "open_workspace", locked)
    app = WorkbenchApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MessageDialog)
        assert "another factcheck" in app.screen.message
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1

async def test_theme_toggle():
    ws, aid = make_ws()
    app = WorkbenchApp(workspace=ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current_theme.dark
        await pilot.press("ctrl+t")
        assert not app.current_theme.dark
        styles = app.main.article_view._theme.syntax_styles
        assert str(styles["claim.date.unchecked"].color.name).lower() == "#005f87"
        await pilot.press("ctrl+t")
        assert app.current_theme.dark
