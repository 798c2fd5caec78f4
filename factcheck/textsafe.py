"""Cleaning untrusted text where it enters the workspace.

Articles, fetched page titles and notes come from strangers. Escape sequences (CSI, OSC:
window title, clear screen, clipboard write) and other control characters must never reach
a terminal, a store or a report, so they are removed here, once, at the way in. Newlines
and tabs are kept; everything else in Unicode category Cc (and the C1 range) goes. short()
is the same cleaning for text going out in one line (messages, table cells), cut to a length.
"""
from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \),
# DCS/SOS/PM/APC (ESC P/X/^/_ ... ESC \), and two-character escapes.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]             # CSI
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC, terminated by BEL or ST (or cut off)
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?       # DCS, SOS, PM, APC
  | \x1b[@-Z\\-_]                       # other two-character escapes
  | \x9b[0-?]*[ -/]*[@-~]               # 8-bit CSI
  | \x9d[^\x07\x9c]*(?:\x07|\x9c)?      # 8-bit OSC
    """,
    re.VERBOSE,
)
# C0 controls except \t \n \r, DEL, and C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates: invisible, and they reorder what a terminal
# shows ("Trojan Source"), so a title could display as something other than what it says.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Remove escape sequences and control characters; keep newlines and tabs.

    "\r\n" and lone "\r" become "\n" so offsets computed later refer to one text.
    """
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    return _BIDI.sub("", _CONTROLS.sub("", text))


def clean_line(text: str | None) -> str:
    """As clean_text, for one-line fields (titles, names): whitespace runs become one space."""
    if not text:
        return ""
    if not has_controls(text):  # the common case (the store cleaned it on the way in): no regex subs
        return " ".join(text.split())
    return " ".join(clean_text(text).split())


def short(text, limit: int = 120) -> str:
    """As clean_line, cut to at most `limit` characters ("…" marks the cut): for one-line
    messages and table cells."""
    s = clean_line(str(text) if text else "")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def has_controls(text: str) -> bool:
    return bool(_CONTROLS.search(text) or _BIDI.search(text) or "\x1b" in text)
