"""The JSON export: everything the workspace holds for each article, and its reader.

Format (stable; fields are only ever added, a breaking change bumps "version"):

    {
      "format": "factcheck-export",
      "version": 1,
      "articles": [
        {                                  # one bundle per article: Workspace.export_article(id)
          "format": "factcheck-article",   # the store's own header for one article
          "version": 1,
          "article": {...},                # Article fields: id, text, title, source, lang,
                                           #   published, added, url, final_url, fetched_at,
                                           #   author, outlet
          "claims": [                      # claim records in text order
            {"claim": {...},               #   id, type, start, end, text, sentence, value, kind,
                                           #   mod, unit, approx, source, cue, content, ...
             "article": "ID", "verdict": "verified", "note": "...",
             "evidence": [{...}],          #   url, title, status, final_url, checked_at, flag,
                                           #   archive_url, stance, quote, error, ...
             "origin": "extractor", "dismissed": false, "updated": "ISO time", ...}
          ],
          "history": [...]                 # the append-only changes {id, claim, field, old, new, at, ...}
        }
      ]
    }

Articles are in workspace order; each bundle is written as the store exports it (less its
"exported" time stamp), so `factcheck import` (Workspace.import_article per bundle) restores
it without loss, and an export of the restored workspace is byte-identical (no time stamp in
the document for that reason). Text is UTF-8 JSON, not ASCII-escaped.
"""
from __future__ import annotations

import json

from ..errors import InputError
from .common import EXPORT_FORMAT, EXPORT_VERSION, Context, ReportArticle, bundle


# per-bundle fields that describe the export, not the workspace: left out so that exporting
# a re-imported workspace gives the same bytes
_VOLATILE = ("exported",)


def _entry(ra: ReportArticle) -> dict:
    b = ra.raw if ra.raw is not None else bundle(ra.article, ra.records, ra.history)
    return {k: v for k, v in b.items() if k not in _VOLATILE}


def document(articles: list[ReportArticle]) -> dict:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "articles": [_entry(ra) for ra in articles]}


def render(articles: list[ReportArticle], ctx: Context | None = None) -> str:
    return json.dumps(document(articles), ensure_ascii=False, indent=1) + "\n"


def parse(text: str, name: str = "input") -> list[dict]:
    """The article bundles of an export document; InputError (one line) for anything else."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}: not JSON ({e.msg} at line {e.lineno}, column {e.colno})") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise InputError(f"{name}: not a factcheck export (expected \"format\": \"{EXPORT_FORMAT}\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InputError(f"{name}: the export has no version number")
    if version > EXPORT_VERSION:
        raise InputError(f"{name}: export version {version} is newer than this factcheck reads ({EXPORT_VERSION}); update factcheck")
    articles = doc.get("articles")
    if not isinstance(articles, list):
        raise InputError(f"{name}: \"articles\" must be a list")
    for i, b in enumerate(articles, 1):
        if not isinstance(b, dict) or not isinstance(b.get("article"), dict):
            raise InputError(f"{name}: article {i} has no \"article\" object")
        if not isinstance(b["article"].get("text"), str) or not b["article"]["text"].strip():
            raise InputError(f"{name}: article {i} has no text")
        if not isinstance(b.get("claims", []), list) or not isinstance(b.get("history", []), list):
            raise InputError(f"{name}: article {i}: \"claims\" and \"history\" must be lists")
    return articles
