"""The articles of the workspace: open, add (file or URL), switch; progress per article."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ..display import one_line


class ArticlesScreen(Screen):
    BINDINGS = [
        Binding("enter", "open_article", "Open", priority=True),
        Binding("a", "app.add_article", "Add file/URL"),
        Binding("escape,o", "back", "Back"),
    ]
    DEFAULT_CSS = """
    ArticlesScreen #articles { height: 1fr; }
    ArticlesScreen #articles-hint { height: 1; color: $text-muted; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Articles in this workspace — enter opens, a adds a file or URL, escape goes back"),
                     id="articles-hint")
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

    def on_screen_resume(self) -> None:
        self.refresh_list()

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
