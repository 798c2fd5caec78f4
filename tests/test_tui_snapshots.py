"""Snapshot tests of the main screens (pytest-textual-snapshot; `--snapshot-update` rewrites them).

Deterministic: an in-memory workspace with fixed claims, a fixed theme and terminal size, no
clock, no history timestamps on screen.
"""
from __future__ import annotations

from factcheck.tui.app import WorkbenchApp
from tests.tui_helpers import make_ws


def app(theme: str = "textual-dark") -> WorkbenchApp:
    ws, _aid = make_ws(clock=lambda: "2026-01-02T03:04:05+00:00")
    return WorkbenchApp(workspace=ws, theme=theme)


def test_main_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30))


def test_main_screen_80x24_after_verdicts(snap_compare):
    # v marks the first claim, j moves on: highlights by verdict and type, the progress line
    assert snap_compare(app(), terminal_size=(80, 24), press=["v", "j", "f", "j"])


def test_main_screen_light_theme(snap_compare):
    assert snap_compare(app("textual-light"), terminal_size=(100, 30), press=["d"])


def test_help_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30), press=["question_mark"])


def test_articles_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(100, 30), press=["o"])
