"""The article text: a read-only TextArea (virtualised, with cursor and selection) whose
highlight map holds the claims instead of syntax.

TextArea renders only the visible lines and keeps a per-line cache, which keeps a 100,000
character article with thousands of claims smooth. Its highlights are (byte start, byte end,
name) per row, the names looked up in the theme's syntax styles; we add one style per
claim type x verdict, built from the app theme so light and dark both read well.
"""
from __future__ import annotations

from collections import defaultdict

from rich.style import Style
from textual.widgets import TextArea

from ...model import BASE_VERDICTS, CLAIM_TYPES, ClaimRecord
from ..palette import TYPE_COLORS, VERDICT_BG
from ..textmap import TextMap

def claim_styles(dark: bool) -> dict[str, Style]:
    k = 0 if dark else 1
    styles: dict[str, Style] = {}
    for t in CLAIM_TYPES:
        for v in BASE_VERDICTS:
            bg = VERDICT_BG.get(v)
            styles[f"claim.{t}.{v}"] = Style(
                color=TYPE_COLORS[t][k], bgcolor=bg[k] if bg else None, underline=v == "unchecked", bold=True
            )
    styles["claim.dismissed"] = Style(dim=True, strike=True)
    styles["claim.selected"] = Style(reverse=True)
    return styles


def claim_style_name(rec: ClaimRecord) -> str:
    return "claim.dismissed" if rec.dismissed else f"claim.{rec.claim.type}.{rec.verdict}"


class ArticleView(TextArea):
    DEFAULT_CSS = """
    ArticleView { border: none; padding: 0 1; }
    ArticleView:focus { border: none; }
    """

    def __init__(self, **kwargs) -> None:
        # set before TextArea.__init__, which already builds the highlight map
        self.tmap = TextMap("")
        self._claim_highlights: dict[int, list[tuple[int, int | None, str]]] = {}
        self._row_claims: dict[int, list[ClaimRecord]] = {}  # which claims are on a row
        self.selected_claim: ClaimRecord | None = None
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False, **kwargs)
        self.highlight_cursor_line = False

    # -- content -------------------------------------------------------------------------
    def set_article(self, text: str, records: list[ClaimRecord]) -> None:
        self.tmap = TextMap(text)
        self.selected_claim = None
        self.load_text(text)
        self.set_claims(records)

    def set_claims(self, records: list[ClaimRecord]) -> None:
        """Highlight every claim by type and verdict (dismissed ones struck through)."""
        hl: dict[int, list] = defaultdict(list)
        by_row: dict[int, list[ClaimRecord]] = defaultdict(list)
        tm = self.tmap
        n = len(tm.text)
        for rec in records:
            c = rec.claim
            if not (0 <= c.start < c.end <= n):
                continue  # a claim that does not fit this text (should not happen) is not drawn
            name = claim_style_name(rec)
            for row, b0, b1 in tm.spans_by_row(c.start, c.end):
                hl[row].append((b0, b1, name))
                by_row[row].append(rec)
        self._claim_highlights = dict(hl)
        self._row_claims = dict(by_row)
        self._apply_highlights()

    def update_claim(self, rec: ClaimRecord, records: list[ClaimRecord]) -> None:
        """One claim changed (verdict, dismissed): redo only the rows it is on."""
        rows = [row for row, _b0, _b1 in self.tmap.spans_by_row(rec.claim.start, rec.claim.end)]
        if not rows or any(row not in self._row_claims for row in rows) or not any(
                r.id == rec.id for r in self._row_claims[rows[0]]):
            self.set_claims(records)  # a new or moved claim: everything again
        else:
            for row in rows:
                recs = [rec if r.id == rec.id else r for r in self._row_claims[row]]
                self._row_claims[row] = recs
                spans = []
                for r in recs:
                    name = claim_style_name(r)
                    spans.extend((b0, b1, name) for rw, b0, b1 in self.tmap.spans_by_row(r.claim.start, r.claim.end)
                                 if rw == row)
                self._claim_highlights[row] = spans
        if self.selected_claim is not None and self.selected_claim.id == rec.id:
            self.selected_claim = rec
        self._apply_highlights()

    def select_claim(self, rec: ClaimRecord | None, scroll: bool = True) -> None:
        """Mark a claim as the selected one and (optionally) move the cursor and view to it."""
        self.selected_claim = rec
        if rec is not None and scroll:
            loc = self.tmap.location(rec.claim.start)
            if self.selection.end != loc or self.selection.start != loc:
                self.move_cursor(loc)
            self.scroll_cursor_visible(center=True)
        self._apply_highlights()

    def _apply_highlights(self) -> None:
        self._build_highlight_map()
        self.refresh()

    def _build_highlight_map(self) -> None:
        # replaces the tree-sitter query: our "syntax" is the claims
        self._line_cache.clear()
        hl = self._highlights
        hl.clear()
        for row, spans in self._claim_highlights.items():
            hl[row] = list(spans)
        rec = self.selected_claim
        if rec is not None and 0 <= rec.claim.start < rec.claim.end <= len(self.tmap.text):
            for row, b0, b1 in self.tmap.spans_by_row(rec.claim.start, rec.claim.end):
                hl[row].append((b0, b1, "claim.selected"))

    def _set_theme(self, theme: str) -> None:
        super()._set_theme(theme)
        dark = True
        try:
            dark = self.app.current_theme.dark
        except Exception:  # not mounted yet: the dark palette until the app theme is known
            pass
        self._theme.syntax_styles = {**self._theme.syntax_styles, **claim_styles(dark)}
        self._line_cache.clear()

    # -- positions -----------------------------------------------------------------------
    @property
    def cursor_offset(self) -> int:
        return self.tmap.offset(self.selection.end)

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as (start, end) offsets into the article text, or None."""
        a, b = self.tmap.offset(self.selection.start), self.tmap.offset(self.selection.end)
        if a == b:
            return None
        return (a, b) if a < b else (b, a)
