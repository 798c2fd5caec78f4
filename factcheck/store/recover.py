"""`factcheck recover`: bring back the last good state of a damaged workspace file.

Nothing is thrown away: the damaged file is renamed to `<file>.damaged-<time>` and a fresh
snapshot of what could be read is moved in. Sources, best first:
1. the file itself, up to its first damaged line (the snapshot must be intact);
2. `<file>.bak`, the file as it was at the last compaction (with its own journal).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import NewerWorkspace, StoreError
from .journal import _link_backup, parse_bytes, write_fresh_snapshot
from .migrations import CURRENT_SCHEMA, migrate


def _salvage(path: Path):
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, "missing"
    except OSError as e:
        return None, e.strerror or str(e)
    try:
        parsed = parse_bytes(data, path, salvage=True)
    except NewerWorkspace:
        raise  # intact, just not for this version: replacing it with older data would lose work
    except StoreError as e:
        return None, str(e)
    return parsed, None


def recover_workspace(path, from_backup: bool = False) -> str:
    path = Path(path)
    backup = Path(str(path) + ".bak")
    parsed, why = (None, "skipped (--from-backup)") if from_backup else _salvage(path)
    source = path
    if parsed is not None and not parsed.torn and parsed.corrupt_line is None:
        return f"{path}: the workspace is intact; nothing to recover"
    if parsed is None:
        parsed, why_bak = _salvage(backup)
        source = backup
        if parsed is None:
            raise StoreError(f"{path}: nothing to recover from: the file: {why}; the backup {backup.name}: {why_bak}")
    tables = parsed.tables
    if parsed.schema < CURRENT_SCHEMA:
        tables = migrate(tables, parsed.schema)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = None
    if path.exists():
        kept = Path(f"{path}.damaged-{stamp}")
        _link_backup(path, kept)
    write_fresh_snapshot(path, tables)
    n_claims = len(tables.get("claims", {}))
    n_articles = len(tables.get("articles", {}))
    lost = ""
    if source == path and parsed.corrupt_line:
        lost = f"; lines from {parsed.corrupt_line} on were damaged and left out"
    elif source == path and parsed.torn:
        lost = "; an unfinished last write was left out"
    msg = f"{path}: recovered {n_articles} articles and {n_claims} claims from {source.name}{lost}"
    if kept:
        msg += f"; the damaged file is kept as {kept.name}"
    return msg
