"""What the command modules share: opening the workspace named by --db, and plain-text tables
(cells cut with textsafe.short)."""
from __future__ import annotations


def open_workspace(args):
    """The workspace of `--db` (else $FACTCHECK_DB, else the user data directory)."""
    from ..store import open_workspace as open_ws  # imported on use: a command that needs no workspace does not load TinyDB

    return open_ws(getattr(args, "db", None))


def print_table(rows) -> None:
    """Columns padded to their widest cell; the last one is not padded."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for r in rows:
        print("  ".join([*(c.ljust(w) for c, w in zip(r, widths)), r[-1]]).rstrip())
