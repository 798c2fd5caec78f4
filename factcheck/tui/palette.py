"""The workbench's colours for claim types and verdicts, one palette per theme (no Textual).

The same colours mark a claim in the article text, the claims table and the detail pane, so a
checker learns them once. Named ANSI colours ("magenta", "red") are not used: Textual's themes
map several of them to near-identical pinks, which made "false" and "unverifiable" look alike.
Chosen for contrast on the dark (#1e1e1e) and light (#e0e0e0) backgrounds of Textual's themes.
"""
from __future__ import annotations

# text colour per claim type: (dark theme, light theme)
TYPE_COLORS = {
    "date": ("#5fd7ff", "#005f87"),
    "number": ("#d7afff", "#6a1fb0"),
    "attribution": ("#ffd75f", "#7a5500"),
}
# background of a judged claim in the text: (dark, light)
VERDICT_BG = {
    "verified": ("#1f5f2f", "#b5e8c0"),
    "disputed": ("#7a5200", "#ffd98a"),
    "false": ("#8a1f1f", "#ffb8b8"),
    "unverifiable": ("#3a4a6a", "#c8d4ec"),
}
# text colour of a verdict in the table and the detail pane: (dark, light)
VERDICT_FG = {
    "verified": ("#5fd75f", "#11702e"),
    "disputed": ("#ffaf00", "#9a5b00"),
    "false": ("#ff5f5f", "#c0151f"),
    "unverifiable": ("#8fb0e8", "#2f4f8f"),
}
TYPE_OF_SHORT = {"date": "date", "num": "number", "attr": "attribution"}


def _pick(pair: tuple[str, str], dark: bool) -> str:
    return pair[0] if dark else pair[1]


def type_style(type_: str, dark: bool = True) -> str:
    """A rich style string for a claim type (full or short name, a trailing '+' allowed)."""
    t = TYPE_OF_SHORT.get(type_.rstrip("+"), type_.rstrip("+"))
    return _pick(TYPE_COLORS[t], dark) if t in TYPE_COLORS else ""


def verdict_style(verdict: str, dismissed: bool = False, dark: bool = True) -> str:
    if dismissed:
        return "dim strike"
    if verdict in VERDICT_FG:
        return "bold " + _pick(VERDICT_FG[verdict], dark)
    return "dim"


def ok_style(dark: bool = True) -> str:
    return _pick(VERDICT_FG["verified"], dark)


def warn_style(dark: bool = True) -> str:
    """Work in progress, an active filter."""
    return _pick(VERDICT_FG["disputed"], dark)


def bad_style(dark: bool = True) -> str:
    return _pick(VERDICT_FG["false"], dark)
