"""What the command modules share: opening the workspace named by --db, and plain-text tables."""
from __future__ import annotations

from ..textsafe import clean_line


def open_workspace(args):
    """The workspace of `--db` (else $FACTCHECK_DB, else the user data directory)."""
    from ..store import open_workspace as open_ws  # the store is not loaded for `--help`

    return open_ws(getattr(args, "db", None))


def short(s, n: int) -> str:
    """One clean line of at most n characters ("…" marks a cut)."""
    s = clean_line(str(s) if s else "")
    return s if len(s) <= n else s[: n - 1] + "…"


def print_table(rows) -> None:
    """Columns padded to their widest cell; the last one is not padded."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for r in rows:
        print("  ".join([*(c.ljust(w) for c, w in zip(r, widths)), r[-1]]).rstrip())
