"""The articles of the workspace: open, add (file or URL), switch; progress per article."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual.widgets.data_table import ColumnKey

from ..display import one_line
from ..palette import warn_style


HINT = "Articles in this workspace · enter opens · a adds a file or URL · escape: back"


class ArticlesScreen(Screen):
    BINDINGS = [
        Binding("enter", "open_article", "Open", priority=True),
        Binding("a", "app.add_article", "Add file/URL"),
        Binding("escape,o", "back", "Back"),
        Binding("q", "back", "Back", show=False),  # q quits only from the main screen
    ]
    DEFAULT_CSS = """
    ArticlesScreen #articles { height: 1fr; }
    ArticlesScreen #articles-hint { height: 1; color: $text-muted; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(HINT), id="articles-hint")
        yield DataTable(cursor_type="row", id="articles")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#articles", DataTable)
        table.add_column("title", key="title", width=40)
        table.add_column("checked", key="progress", width=9)
        table.add_column("published", key="published", width=10)
        table.add_column("lang", key="lang", width=4)
        table.add_column("source", key="source", width=30)
        self.refresh_list()
        table.focus()

    def on_resize(self) -> None:
        """Title and source share the width the other columns leave (no sideways scrolling)."""
        table = self.query_one("#articles", DataTable)
        spare = self.size.width - (9 + 10 + 4) - 5 * 2 * table.cell_padding - 2
        for key, share, minimum in (("title", 0.6, 20), ("source", 0.4, 12)):
            table.columns[ColumnKey(key)].width = max(minimum, int(spare * share))
        table._clear_caches()
        table._require_update_dimensions = True
        table.refresh()

    def on_screen_resume(self) -> None:
        self.refresh_list()
        self.update_status()

    def update_status(self) -> None:
        """The hint line, or what is being fetched and added in the background."""
        jobs = list(self.app.busy.values())
        text = Text(HINT) if not jobs else Text(" · ".join(j + "…" for j in jobs), style=warn_style(
            self.app.current_theme.dark))
        self.query_one("#articles-hint", Static).update(text)

    def refresh_list(self) -> None:
        table = self.query_one("#articles", DataTable)
        ws = self.app.session.ws
        current = self.app.session.article.id if self.app.session.article else None
        table.clear()
        for art in ws.articles():
            checked, total = ws.progress(art.id)
            mark = "▶ " if art.id == current else ""
            table.add_row(
                Text(mark + one_line(art.title or "(untitled)", 60)),
                Text(f"{checked}/{total}", style="green" if total and checked == total else ""),
                Text(art.published or "—"),
                Text(art.lang or ""),
                Text(one_line(art.url or art.source, 80)),
                key=art.id,
            )
        if current is not None:
            try:
                table.move_cursor(row=table.get_row_index(current))
            except Exception:
                pass

    def action_open_article(self) -> None:
        table = self.query_one("#articles", DataTable)
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.app.pop_screen()
        self.app.open_article(key)

    def action_back(self) -> None:
        self.app.pop_screen()
