"""Small modal dialogs: note, evidence link, claim type/value, date, new article, errors.

Each returns its answer through dismiss() (None when cancelled with escape or q outside a
text field). A dialog may be given `accept`, called with the answer before it closes: when it
returns False (the answer was refused, or the workspace was busy and nothing was saved) the
dialog stays open with what was typed. Text typed or prefilled from the article goes into
widgets as plain values, never as markup.
"""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from ...model import CLAIM_TYPES


class Dialog(ModalScreen):
    """A centred box; escape cancels, and so does q when no text field takes it (it never quits)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("q", "cancel", "Cancel", show=False)]
    DEFAULT_CSS = """
    Dialog { align: center middle; }
    Dialog > Vertical { width: 70; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1; }
    Dialog .title { text-style: bold; margin-bottom: 1; }
    Dialog .hint { color: $text-muted; }
    Dialog Horizontal.buttons { height: auto; align-horizontal: right; margin-top: 1; }
    Dialog Button { margin-left: 1; }
    """

    def __init__(self, accept=None) -> None:
        super().__init__()
        self.accept = accept

    def action_cancel(self) -> None:
        self.dismiss(None)

    def finish(self, answer) -> None:
        """Close with `answer`, unless `accept` refuses it (then the input stays for another try)."""
        if self.accept is not None and answer is not None and self.accept(answer) is False:
            return
        self.dismiss(answer)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id == "ok":
            self.submit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submit()

    def submit(self) -> None:  # pragma: no cover - overridden
        self.dismiss(None)

    def buttons(self, ok: str = "OK") -> Horizontal:
        return Horizontal(Button(ok, id="ok", variant="primary"), Button("Cancel", id="cancel"), classes="buttons")


class NoteDialog(Dialog):
    BINDINGS = [Binding("ctrl+s", "save", "Save note")]

    def __init__(self, note: str, claim_text: str, accept=None) -> None:
        super().__init__(accept)
        self.note = note
        self.claim_text = claim_text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Note on: ") + Text(self.claim_text, style="bold"), classes="title")
            yield TextArea(self.note, id="note", soft_wrap=True)
            yield Static("ctrl+s saves · escape cancels", classes="hint")
            yield self.buttons("Save")

    def on_mount(self) -> None:
        ta = self.query_one("#note", TextArea)
        ta.styles.height = 8
        ta.focus()
        ta.move_cursor(ta.document.end)

    def action_save(self) -> None:
        self.submit()

    def submit(self) -> None:
        self.finish(self.query_one("#note", TextArea).text)


class InputDialog(Dialog):
    """One line of input with a title and a hint."""

    def __init__(self, title: str, value: str = "", placeholder: str = "", hint: str = "", accept=None) -> None:
        super().__init__(accept)
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), classes="title")
            yield Input(self.value, placeholder=self.placeholder, id="value")
            if self.hint:
                yield Static(Text(self.hint), classes="hint")
            yield self.buttons()

    def on_mount(self) -> None:
        self.query_one("#value", Input).focus()

    def submit(self) -> None:
        self.finish(self.query_one("#value", Input).value.strip())


class ClaimDialog(Dialog):
    """Type and value of a claim: for adding a missed claim or correcting a wrong one."""

    def __init__(self, title: str, text: str, type_: str = "date", value: str = "", accept=None) -> None:
        super().__init__(accept)
        self.title_text = title
        self.text = text
        self.type_ = type_ if type_ in CLAIM_TYPES else "date"
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), classes="title")
            yield Static(Text(self.text, style="italic"))
            yield Label("Type")
            yield Select([(t, t) for t in CLAIM_TYPES], value=self.type_, allow_blank=False, type_to_search=False, id="type")
            yield Label("Value: a date (2017-07-07), a number or a source; may be empty")
            yield Input(self.value, id="value")
            yield self.buttons()

    def on_mount(self) -> None:
        self.query_one("#value", Input).focus()

    def submit(self) -> None:
        self.finish((self.query_one("#type", Select).value, self.query_one("#value", Input).value.strip()))


class AddArticleDialog(Dialog):
    """A file path or a URL, and the publication date when known."""

    _moved_on = False

    def __init__(self, source: str = "", published: str = "", accept=None) -> None:
        super().__init__(accept)
        self.source = source  # prefilled after a failed try (a typo in the path, a busy workspace)
        self.published = published

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Add an article", classes="title")
            yield Label("File path or URL")
            yield Input(self.source, placeholder="article.txt or https://…", id="source")
            yield Label("Publication date (YYYY-MM-DD, optional)")
            yield Input(self.published, placeholder="2017-05-02", id="published")
            yield Static("It is read and its claims extracted in the background.", classes="hint")
            yield self.buttons("Add")

    def on_mount(self) -> None:
        self.query_one("#source", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.prevent_default()  # not Dialog's handler too: enter in the first field moves on, once
        if event.input.id == "source" and not self.query_one("#published", Input).value and not self._moved_on:
            self._moved_on = True  # a second enter (typed fast, before focus moved) submits
            self.query_one("#published", Input).focus()
            return
        self.submit()

    def submit(self) -> None:
        source = self.query_one("#source", Input).value.strip()
        if not source:
            self.notify("Give a file path or a URL.", severity="warning")
            return
        self.finish((source, self.query_one("#published", Input).value.strip() or None))


class MessageDialog(Dialog):
    """An error or a notice that needs acknowledging; `fatal` quits the app when closed."""

    BINDINGS = [Binding("enter", "close", "OK"), Binding("q", "close", "OK", show=False)]

    def __init__(self, title: str, message: str, fatal: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.message = message
        self.fatal = fatal

    def compose(self) -> ComposeResult:
        with Vertical(classes="error"):
            yield Static(Text(self.title_text, style="bold red"), classes="title")
            yield Static(Text(self.message))
            yield Static("enter closes" + (" (and quits)" if self.fatal else ""), classes="hint")
            with Horizontal(classes="buttons"):
                yield Button("OK", id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def action_close(self) -> None:
        self.submit()

    def action_cancel(self) -> None:
        self.submit()

    def submit(self) -> None:
        if self.fatal:
            self.app.exit(return_code=1)
        else:
            self.dismiss(None)


class ChoiceDialog(Dialog):
    """Pick one of a few lines (e.g. which evidence link to remove); returns its index."""

    def __init__(self, title: str, choices: list[str], accept=None) -> None:
        super().__init__(accept)
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), classes="title")
            yield OptionList(*[Option(Text(c), id=str(i)) for i, c in enumerate(self.choices)], id="choices")
            yield Static("enter picks · escape cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#choices", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.finish(int(event.option.id))
