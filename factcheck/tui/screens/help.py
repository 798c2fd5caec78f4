"""The help screen: every key of the workbench, read from the bindings themselves."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys that belong to the text view (TextArea) rather than to our bindings.
TEXT_KEYS = (
    ("arrows, pgup/pgdn, home/end", "move the cursor in the article text (selects the claim under it)"),
    ("shift+arrows, mouse drag", "select text (then a adds it as a claim)"),
    ("tab / shift+tab", "switch between the article text and the claims table"),
    ("ctrl+p", "command palette: every action by name"),
)


KEY_NAMES = {"right_square_bracket": "]", "left_square_bracket": "[", "slash": "/", "question_mark": "?",
             "space": "space", "delete": "del"}


def key_label(key: str) -> str:
    return " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in key.split(","))


def bindings_table(groups: list[tuple[str, list[Binding]]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, bindings in groups:
        table.add_row(Text(title, style="bold underline"), "")
        seen = set()
        for b in bindings:
            if not b.description or (b.action, b.key) in seen:
                continue
            seen.add((b.action, b.key))
            table.add_row(Text(key_label(b.key)), Text(b.tooltip or b.description))
        table.add_row("", "")
    table.add_row(Text("Text and focus", style="bold underline"), "")
    for k, d in TEXT_KEYS:
        table.add_row(Text(k), Text(d))
    return table


class HelpScreen(ModalScreen):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss_help", "Close help")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90; max-width: 100%; height: 90%; border: thick $primary;
        background: $surface; padding: 0 1; }
    """

    def __init__(self, groups: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.groups = groups
        self.table = bindings_table(groups)

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text("factcheck — keys (escape closes)", style="bold"))
            yield Static(self.table, id="help-keys")

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
