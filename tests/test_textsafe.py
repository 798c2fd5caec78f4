"""Untrusted text is cleaned where it enters: no escape sequence or control character survives."""
from __future__ import annotations

import pytest

from factcheck.textsafe import clean_line, clean_text, has_controls


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("plain [bold]text[/]", "plain [bold]text[/]"),  # markup is not ours to remove: shown as typed
        ("red \x1b[31mALERT\x1b[0m", "red ALERT"),
        ("title \x1b]0;pwned\x07 here", "title  here"),  # OSC window title
        ("clip \x1b]52;c;aGVsbG8=\x1b\\ board", "clip  board"),  # OSC 52 clipboard write
        ("clear\x1b[2J\x1b[H screen", "clear screen"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("c1 \x9b31m csi", "c1  csi"),
        ("evil\u202egnp.exe", "evilgnp.exe"),  # right-to-left override
        ("a\r\nb\rc", "a\nb\nc"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("Grüße „Zitat“ – ok", "Grüße „Zitat“ – ok"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
    assert not has_controls(clean_text(raw))


def test_clean_line_collapses_whitespace():
    assert clean_line("  Title\n\twith \x1b[1mbold\x1b[0m  ") == "Title with bold"
    assert clean_line(None) == ""
