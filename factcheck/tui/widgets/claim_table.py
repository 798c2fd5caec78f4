"""The claims table: one row per claim (virtualised DataTable), cells as rich Text, never markup."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from ...model import ClaimRecord
from ..display import table_row
from ..palette import bad_style, type_style, verdict_style

COLUMNS = (("id", "id", 8), ("type", "type", 5), ("text", "text", 24), ("value", "value / source", 20),
           ("verdict", "verdict", 9), ("ev", "ev", 3))  # ev: count, "!" when a link is dead/changed/failed
FLEX = {"text": (0.62, 14), "value": (0.38, 12)}  # share of the spare width, minimum

def row_cells(rec: ClaimRecord, dark: bool = True) -> list[Text]:
    cid, typ, text, value, verdict, ev = table_row(rec)
    return [
        Text(cid, style="dim"),
        Text(typ, style=type_style(typ, dark)),
        Text(text, no_wrap=True, overflow="ellipsis"),
        Text(value, no_wrap=True, overflow="ellipsis"),
        Text(verdict, style=verdict_style(rec.verdict, rec.dismissed, dark)),
        Text(ev, style=bad_style(dark) if ev.endswith("!") else ""),
    ]


class ClaimTable(DataTable):
    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self.claim_ids: list[str] = []
        self.dark = True  # the palette of the cells (set by the screen from the app theme)

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    def on_resize(self) -> None:
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give text and value the width the fixed columns leave (wide terminals show more)."""
        width = self.size.width
        if width <= 0 or not self.columns:
            return
        pad = 2 * self.cell_padding
        fixed = sum(w + pad for key, _l, w in COLUMNS if key not in FLEX)
        spare = width - fixed - 2 * pad - 2  # 2: the vertical scrollbar
        widths = {key: max(minimum, int(spare * share)) for key, (share, minimum) in FLEX.items()}
        changed = False
        for key, w in widths.items():
            col = self.columns.get(key)
            if col is not None and col.width != w:
                col.width = w
                changed = True
        if changed:
            self._clear_caches()
            self._update_dimensions(())
            self.refresh()

    def fill(self, records: list[ClaimRecord], keep: str | None = None) -> None:
        """Show `records`; keep the cursor on claim `keep` when it is among them."""
        self.clear()
        self.claim_ids = [r.id for r in records]
        for rec in records:
            self.add_row(*row_cells(rec, self.dark), key=rec.id)
        if keep is not None and keep in self.claim_ids:
            self.move_cursor(row=self.claim_ids.index(keep), scroll=True)

    def _update_dimensions(self, new_rows) -> None:
        # Every column has a fixed width and every row one line, so DataTable's measuring of
        # each new cell (12,000 measures for 2,000 claims: most of a refill's time) is not
        # needed; the rest (virtual size from columns and row count) still runs.
        super()._update_dimensions(())

    def update_record(self, rec: ClaimRecord) -> None:
        if rec.id not in self.claim_ids:
            return
        for (key, _label, _w), cell in zip(COLUMNS, row_cells(rec, self.dark)):
            self.update_cell(rec.id, key, cell)

    @property
    def current_id(self) -> str | None:
        if not self.claim_ids or self.cursor_row < 0 or self.cursor_row >= len(self.claim_ids):
            return None
        return self.claim_ids[self.cursor_row]

    def select_id(self, claim_id: str) -> bool:
        if claim_id not in self.claim_ids:
            return False
        row = self.claim_ids.index(claim_id)
        if row != self.cursor_row:
            self.move_cursor(row=row, scroll=True)
        return True
