"""Fact-check reports: Markdown, HTML, JSON, CSV and schema.org ClaimReview.

    from factcheck.report import FORMATS, render, collect
    text = render("html", data, settings)   # pure: no workspace, no I/O

`data` is one article bundle (`Workspace.export_article(id)`: {"article", "claims",
"history"}), a list of them, or an export document; `collect(ws, article_id=None)` gathers
the bundles from an open workspace. `FORMATS` maps each format name to its file extension.
Rating scales (what verdicts are called and how ClaimReview numbers them) are in .ratings.
"""
from __future__ import annotations

import datetime as dt

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

__all__ = ["FORMATS", "render", "collect", "all_rating_keys", "get_scale"]


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
