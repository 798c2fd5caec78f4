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
the document for that reason). Text is UTF-8 JSON, not ASCII-escaped, laid out with one claim
record (and one history row) per line so that two exports diff claim by claim.
"""
from __future__ import annotations

import json

from ..errors import InputError
from .common import EXPORT_FORMAT, EXPORT_VERSION, Context, ReportArticle, bundle


# per-bundle fields that describe the export, not the workspace: left out so that exporting
# a re-imported workspace gives the same bytes
_VOLATILE = ("exported",)


# one line per claim record and per history row: diffs of two exports read claim by claim,
# and the C encoder (no indent) writes 10,000 claims in a fraction of the indented time
_encode = json.JSONEncoder(ensure_ascii=False).encode
_LISTS = ("claims", "history")


def _entry(b) -> dict:
    if isinstance(b, ReportArticle):
        b = b.raw if b.raw is not None else bundle(b.article, b.records, b.history)
    return {k: v for k, v in b.items() if k not in _VOLATILE}


def document(articles: list) -> dict:
    """The export document as a dict (ReportArticles or raw bundles in)."""
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "articles": [_entry(a) for a in articles]}


def _bundle_text(b: dict) -> str:
    parts = []
    for k, v in b.items():
        if k in _LISTS and isinstance(v, list) and v:
            parts.append(f"{_encode(k)}: [\n" + ",\n".join(_encode(x) for x in v) + "\n]")
        else:
            parts.append(f"{_encode(k)}: {_encode(v)}")
    return "{" + ", ".join(parts) + "}"


def render(articles: list, ctx: Context | None = None) -> str:
    """The export document as text: valid JSON, laid out one claim record per line."""
    doc = document(articles)
    head = f'{{"format": {_encode(doc["format"])}, "version": {doc["version"]}, "articles": ['
    if not doc["articles"]:
        return head + "]}\n"
    return head + "\n" + ",\n".join(_bundle_text(b) for b in doc["articles"]) + "\n]}\n"


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
