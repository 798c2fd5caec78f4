"""Fact-check reports: Markdown, HTML, JSON, CSV and schema.org ClaimReview.

    from factcheck.report import FORMATS, render, collect
    text = render("html", data, settings)   # pure: no workspace, no I/O

`write_report(path, text, fmt)` saves a rendered report atomically.

`data` is one article bundle (`Workspace.export_article(id)`: {"article", "claims",
"history"}), a list of them, or an export document; `collect(ws, article_id=None)` gathers
the bundles from an open workspace. `FORMATS` maps each format name to its file extension.
Rating scales (what verdicts are called and how ClaimReview numbers them) are in .ratings.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from ..config import Settings
from ..errors import InputError
from . import claimreview, csv_export, html, json_export, markdown
from .common import Context, load, raw_bundles
from .ratings import all_rating_keys, get_scale

FORMATS: dict[str, str] = {
    "md": "md",
    "html": "html",
    "json": "json",
    "csv": "csv",
    "claimreview": "jsonld",
}
_RENDERERS = {
    "md": markdown.render,
    "html": html.render,
    "json": json_export.render,
    "csv": csv_export.render,
    "claimreview": claimreview.render,
}

__all__ = ["FORMATS", "render", "collect", "write_report", "all_rating_keys", "get_scale"]


def render(fmt: str, data, settings: Settings | None = None, now: dt.datetime | None = None) -> str:
    """The report of `data` in format `fmt` as text; InputError for an unknown format or bad data."""
    if fmt not in _RENDERERS:
        raise InputError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    ctx = Context.make(settings, now)
    if fmt == "json":  # written as given: no need to build model objects first
        return json_export.render(raw_bundles(data), ctx)
    return _RENDERERS[fmt](load(data), ctx)


def collect(ws, article_id: str | None = None) -> list[dict]:
    """The bundles of one article (by id) or of every article in the workspace, in its order."""
    if article_id:
        return [ws.export_article(ws.article(article_id).id)]
    return [ws.export_article(a.id) for a in ws.articles()]


def write_report(path: str | Path, text: str, fmt: str) -> None:
    """Save a rendered report: the whole file or nothing (InputError with the reason). A CSV
    file starts with a BOM, so spreadsheet programs read it as UTF-8 (umlauts intact)."""
    _write_atomic(Path(path), text, bom=(fmt == "csv"))


def _write_atomic(path: Path, text: str, bom: bool = False) -> None:
    """Write the whole file or nothing: a temp file beside it, fsync, rename."""
    path = path.expanduser()
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{parent}: no such directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    except OSError as e:
        raise InputError(f"{path}: cannot write ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise InputError(f"{path}: cannot write ({e.strerror or e})") from None
