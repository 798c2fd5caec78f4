"""Snapshot tests of the main screens (pytest-textual-snapshot; `--snapshot-update` rewrites them).

Deterministic: the real store on a tmp file holding fixed claims, a fixed clock for the history,
a fixed theme and terminal size.
"""
from __future__ import annotations

import pytest

from factcheck.tui.app import WorkbenchApp
from tests.tui_helpers import app_on, make_ws


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    import datetime as dt

    import factcheck.store.workspace as workspace
    from factcheck import report
    from factcheck.tui.screens import export

    monkeypatch.setattr(workspace, "now_iso", lambda: "2026-01-02T03:04:05+00:00")
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)  # the report's "Generated ..." date
    monkeypatch.setattr(export, "render", lambda fmt, data, settings=None: report.render(fmt, data, settings, now))


def app(theme: str = "textual-dark") -> WorkbenchApp:
    make_ws()[0].close()
    return app_on(theme=theme)


def test_main_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30))


def test_main_screen_80x24_after_verdicts(snap_compare):
    # v marks the first claim, j moves on: highlights by verdict and type, the progress line
    assert snap_compare(app(), terminal_size=(80, 24), press=["v", "j", "f", "j"])


def test_main_screen_light_theme(snap_compare):
    assert snap_compare(app("textual-light"), terminal_size=(100, 30), press=["d", "j", "v"])


def test_main_screen_160x48(snap_compare):
    assert snap_compare(app(), terminal_size=(160, 48), press=["u", "j"])


def test_help_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30), press=["question_mark"])


def test_articles_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30), press=["o"])


def test_export_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30), press=["v", "p"])


def test_reviews_dialog_80x24(snap_compare):
    from factcheck.fetch import FactCheckReview
    from factcheck.tui.screens.reviews import ReviewsDialog

    reviews = [FactCheckReview("Putin und Trump treffen sich zwei Mal", "Faktenfinder", "Größtenteils richtig",
                               "https://faktenfinder.example/treffen", "2017-07-09", "Kreml"),
               FactCheckReview("Trump traf Putin [/] im Januar", "checker.example", "Falsch",
                               "https://checker.example/b", None)]

    async def show(pilot):
        await pilot.pause()
        pilot.app.push_screen(ReviewsDialog("7. und 8. Juli", "Putin und Trump treffen sich", reviews))

    assert snap_compare(app(), terminal_size=(80, 24), run_before=show)


def test_main_screen_link_flags_and_archive(snap_compare):
    """Checked links: the flags in the detail pane, '!' in the table, the archived copy."""
    from factcheck.model import Evidence

    ws, _aid = make_ws()
    cid = ws.claims()[0].id
    for url, fields in (("https://a.example/ok", dict(status=200, flag="ok", checked_at="2026-01-02T03:04:05+00:00",
                                                      archive_url="https://web.archive.org/web/20260102/https://a.example/ok")),
                        ("https://a.example/gone", dict(status=404, flag="dead", error="HTTP 404 Not Found",
                                                        checked_at="2026-01-02T03:04:05+00:00"))):
        ws.add_evidence(cid, Evidence(url=url))
        ws.update_evidence(cid, url, **fields)
    ws.close()
    assert snap_compare(app_on(theme="textual-dark"), terminal_size=(100, 30))
