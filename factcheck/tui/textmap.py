"""Offsets into the article text <-> (row, column) locations of the text view. No Textual.

Claims carry character offsets into the text as read; the text view thinks in rows (lines
split at "\n") and columns (characters), and its highlights in UTF-8 byte columns.
"""
from __future__ import annotations

import bisect


class TextMap:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            self.line_starts.append(i + 1)
            i = find("\n", i + 1)
        self._lines = text.split("\n")

    def line(self, row: int) -> str:
        return self._lines[row]

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def location(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        row = bisect.bisect_right(self.line_starts, offset) - 1
        return row, offset - self.line_starts[row]

    def offset(self, location: tuple[int, int]) -> int:
        row, col = location
        row = max(0, min(row, len(self.line_starts) - 1))
        return min(self.line_starts[row] + col, len(self.text))

    def byte_col(self, row: int, col: int) -> int:
        line = self._lines[row]
        if line.isascii():
            return col
        return len(line[:col].encode("utf-8"))

    def spans_by_row(self, start: int, end: int):
        """(row, byte_start, byte_end_or_None) pieces of the span [start, end) per line."""
        r0, c0 = self.location(start)
        r1, c1 = self.location(end)
        if r0 == r1:
            yield r0, self.byte_col(r0, c0), self.byte_col(r0, c1)
            return
        yield r0, self.byte_col(r0, c0), None
        for r in range(r0 + 1, r1):
            yield r, 0, None
        if c1:
            yield r1, 0, self.byte_col(r1, c1)
