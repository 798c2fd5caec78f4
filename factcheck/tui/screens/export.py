"""Export with a preview: pick a format, see the report, save it to a file."""
from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from ...errors import FactcheckError
from ...report import FORMATS, render, write_report
from ...textsafe import clean_text

LABELS = {"md": "Markdown", "html": "HTML", "json": "JSON", "csv": "CSV",
          "claimreview": "ClaimReview (schema.org JSON-LD)"}


def formats() -> dict[str, str]:
    """Format name -> file extension, as the report package offers them."""
    return dict(FORMATS)


class ExportScreen(ModalScreen):
    # q closes this screen (modal screens do not see the app's q, and it must not quit from here)
    BINDINGS = [Binding("escape", "close", "Close"), Binding("q", "close", "Close", show=False),
                Binding("ctrl+s", "save", "Save")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 95%; height: 95%; border: thick $primary; background: $surface; padding: 0 1; }
    ExportScreen #preview { height: 1fr; }
    ExportScreen Horizontal { height: auto; }
    ExportScreen #path { width: 1fr; }
    ExportScreen Select { width: 40; }
    """

    def __init__(self, data: dict, settings=None, base_name: str = "report") -> None:
        super().__init__()
        self.data = data
        self.settings = settings
        self.base_name = base_name
        self.formats = formats()
        self.fmt = next(iter(self.formats))
        self.rendered: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            with Horizontal():
                yield Select([(LABELS.get(fmt, fmt), fmt) for fmt in self.formats], value=self.fmt,
                             allow_blank=False, type_to_search=False, id="format")
                yield Static(Text(" ctrl+s saves · escape/q closes"), classes="hint")
            yield TextArea("", read_only=True, id="preview")
            with Horizontal():
                yield Label("Save to ")
                yield Input(self._default_path(self.fmt), id="path")
                yield Button("Save", id="save", variant="primary")

    def _default_path(self, fmt: str) -> str:
        return f"{self.base_name}.{self.formats.get(fmt, fmt)}"

    def on_mount(self) -> None:
        self.render_preview()
        self.query_one("#format", Select).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.value is Select.BLANK:
            return
        old_default = self._default_path(self.fmt)
        self.fmt = str(event.value)
        path = self.query_one("#path", Input)
        if path.value == old_default:
            path.value = self._default_path(self.fmt)
        self.render_preview()

    def render_preview(self) -> None:
        preview = self.query_one("#preview", TextArea)
        try:
            self.rendered = render(self.fmt, self.data, self.settings)
        except Exception as e:  # the report may fail on odd data; show why, never a traceback
            self.rendered = None
            preview.load_text(f"Cannot render {self.fmt}: {type(e).__name__}: {e}")
            return
        preview.load_text(clean_text(self.rendered))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        if self.rendered is None:
            self.notify("Nothing to save: the report could not be rendered.", severity="error")
            return
        path = Path(self.query_one("#path", Input).value.strip() or self._default_path(self.fmt)).expanduser()
        try:  # the whole file or nothing; a CSV gets the BOM spreadsheets need (as `factcheck export -o`)
            write_report(path, self.rendered, self.fmt)
        except FactcheckError as e:
            self.notify(str(e), title="Not saved", severity="error")
            return
        self.notify(f"Saved {self.fmt} report to {path}")
        self.dismiss(str(path))

    def action_close(self) -> None:
        self.dismiss(None)
