"""The detail pane: everything about the selected claim, built as rich Text (no markup)."""
from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...model import ClaimRecord
from ..display import change_line, evidence_status, one_line, value_text, verdict_label
from ..palette import bad_style, ok_style, type_style, verdict_style, warn_style


def detail_text(rec: ClaimRecord | None, history=(), checking: set[str] = frozenset(), dark: bool = True,
                archiving: set[str] = frozenset()) -> Text:
    if rec is None:
        return Text("No claim selected.\n\nMove through the table (↑/↓, j/k) or the text; "
                    "select text and press a to add a claim the extractor missed.", style="dim")
    c = rec.claim
    t = Text()

    def label(name: str) -> None:
        t.append(f"{name}: ", style="bold")

    t.append(f" {c.type} ", style=f"bold reverse {type_style(c.type, dark)}")
    t.append(f" {c.id}", style="dim")
    if rec.origin == "user":
        t.append("  added by you", style="italic")
    if rec.dismissed:
        t.append("  dismissed", style="dim strike")
    t.append("\n")
    t.append(one_line(c.text), style="bold")
    t.append("\n")
    # verdict and note first: at 80x24 the pane is short, and they are what a checker looks for
    label("verdict")
    t.append(verdict_label(rec.verdict) if rec.verdict != "unchecked" else "unchecked",
             style=verdict_style(rec.verdict, dark=dark))
    t.append("\n")
    label("note")
    t.append((rec.note or "—") + "\n")
    if c.type == "attribution":
        label("source")
        t.append(one_line(c.source or c.source_text or "?") + "\n")
        if c.cue:
            label("cue")
            t.append(one_line(c.cue) + "\n")
        if c.content:
            label("says" if c.direct else "content")
            t.append(one_line(c.content, 300) + "\n")
    else:
        label("value")
        t.append(value_text(c) + "\n")
        if c.kind:
            label("kind")
            t.append(one_line(c.kind) + "\n")
    if c.explanation:
        t.append(one_line(c.explanation) + "\n", style="dim")
    t.append("\n")
    label(f"evidence ({len(rec.evidence)})")
    t.append("\n")
    for ev in rec.evidence:
        status = "checking…" if ev.url in checking else evidence_status(ev)
        style = warn_style(dark) if ev.url in checking else (
            ok_style(dark) if ev.flag == "ok" and ev.status else
            bad_style(dark) if ev.error or ev.flag in ("dead", "error") else "dim")
        t.append(" • ")
        t.append(one_line(ev.url, 200))
        t.append(f"  [{status}]", style=style)
        if ev.title:
            t.append("\n   " + one_line(ev.title, 120), style="dim")
        if ev.url in archiving:
            t.append("\n   archiving…", style=warn_style(dark))
        elif ev.archive_url:
            t.append("\n   archived: ", style="dim")
            t.append(one_line(ev.archive_url, 200), style="dim")
        t.append("\n")
    if not rec.evidence:
        t.append(" none yet (e adds a link)\n", style="dim")
    if c.sentence:
        t.append("\n")
        sentence = one_line(c.sentence)
        t.append(sentence, style="italic")
        i = sentence.find(one_line(c.text))
        if i >= 0:
            t.stylize("underline", len(t) - len(sentence) + i, len(t) - len(sentence) + i + len(one_line(c.text)))
        t.append("\n")
    if history:
        t.append("\n")
        label("history")
        t.append("\n")
        for ch in list(history)[-12:]:
            t.append(" " + change_line(ch) + "\n", style="dim")
    return t


class DetailPane(VerticalScroll):
    DEFAULT_CSS = """
    DetailPane { padding: 0 1; }
    DetailPane > Static { width: 1fr; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # tab goes back and forth between the text and the table; the pane scrolls with the mouse
        self.can_focus = False
        self.text = detail_text(None)
        self._shown: str | None = None  # the claim on show

    def compose(self):
        yield Static(self.text, id="detail-body")

    def show(self, rec: ClaimRecord | None, history=(), checking: set[str] = frozenset(), dark: bool = True,
             archiving: set[str] = frozenset()) -> None:
        self.text = detail_text(rec, history, checking, dark, archiving)
        self.query_one("#detail-body", Static).update(self.text)
        shown = rec.id if rec is not None else None
        if shown != self._shown:  # another claim: from its top (a changed one keeps where the reader is)
            self._shown = shown
            self.scroll_home(animate=False)
