"""Published fact-checks of a claim (Fact Check Tools): pick one to attach it as evidence.

Everything in the table comes from a stranger's server: cleaned (textsafe) and shown as rich
Text, never markup."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from ..display import one_line
from .dialogs import Dialog

COLUMNS = (("publisher", 16), ("rating", 16), ("date", 10), ("reviewed claim", 40))
FIXED = sum(w for _label, w in COLUMNS[:-1])


def review_cells(review) -> list[Text]:
    return [Text(one_line(review.publisher, 40), style="bold"), Text(one_line(review.rating, 40)),
            Text(one_line(review.date or "—", 10), style="dim"), Text(one_line(review.claim_text or "—", 200))]


def review_detail(review) -> Text:
    """The highlighted review in full: what was claimed, by whom, and where the review is."""
    t = Text()
    t.append(one_line(review.publisher, 80), style="bold")
    t.append(": ")
    t.append(one_line(review.rating, 80), style="bold")
    if review.date:
        t.append(f"  {one_line(review.date, 10)}", style="dim")
    t.append("\n")
    if review.claim_text:
        t.append("“" + one_line(review.claim_text, 300) + "”")
        if review.claimant:
            t.append(" — " + one_line(review.claimant, 80), style="italic")
        t.append("\n")
    t.append(one_line(review.url, 300), style="underline")
    return t


class ReviewsDialog(Dialog):
    """The reviews in a table; enter attaches the highlighted one (its index is the answer)."""

    DEFAULT_CSS = """
    ReviewsDialog > Vertical { width: 110; }
    ReviewsDialog #reviews { height: auto; max-height: 12; }
    ReviewsDialog #review-detail { height: auto; margin-top: 1; }
    """

    def __init__(self, claim_text: str, query: str, reviews: list, accept=None) -> None:
        super().__init__(accept)
        self.claim_text = claim_text
        self.query_text = query
        self.reviews = reviews

    def compose(self) -> ComposeResult:
        n = len(self.reviews)
        with Vertical():
            yield Static(Text(f"{n} earlier fact-check{'s' if n != 1 else ''} for: ")
                         + Text(one_line(self.claim_text, 60), style="bold"), classes="title")
            yield Static(Text("searched for: " + one_line(self.query_text, 90)), classes="hint")
            yield DataTable(cursor_type="row", id="reviews")
            yield Static(Text(""), id="review-detail")
            yield Static("enter attaches it as evidence · escape closes", classes="hint")

    def on_mount(self) -> None:
        table = self.query_one("#reviews", DataTable)
        for label, width in COLUMNS:
            table.add_column(label, key=label, width=width)
        for i, review in enumerate(self.reviews):
            table.add_row(*review_cells(review), key=str(i))
        table.focus()
        self.show_review(0)

    def on_resize(self) -> None:
        """The reviewed claim takes the width the other columns leave (no sideways scrolling at 80 columns)."""
        table = self.query_one("#reviews", DataTable)
        width = table.size.width or self.size.width - 8
        spare = width - FIXED - 2 * table.cell_padding * len(COLUMNS) - 2
        col = table.columns.get(COLUMNS[-1][0])
        if col is not None and spare > 0:
            col.width = max(12, spare)
            table._clear_caches()
            table._require_update_dimensions = True
            table.refresh()

    def show_review(self, i: int) -> None:
        if 0 <= i < len(self.reviews):
            self.query_one("#review-detail", Static).update(review_detail(self.reviews[i]))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.show_review(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.finish(event.cursor_row)

    def submit(self) -> None:
        self.finish(self.query_one("#reviews", DataTable).cursor_row)
