"""Schema versions of the workspace file and the migrations between them.

The snapshot line carries `"schema": N`. On open, a file with an older schema is migrated in
memory step by step (MIGRATIONS[n] turns schema n into n + 1) and rewritten once, the old
file kept beside it as `<file>.v<n>.bak`. A file from a newer factcheck is refused untouched.

Schema 0 is the plain TinyDB JSONStorage file of the first prototype: tables `articles` and
`claims` keyed by TinyDB's integer ids, each claim flat (claim fields next to `article`,
`verdict`, `note`), evidence a list of URL strings, no history.
Schema 1: tables `articles` (keyed by article id), `claims` (keyed by workspace claim id:
{"claim": {...}, "article", "verdict", "note", "evidence": [{...}], "origin", "dismissed",
"updated", "extract_id", "corrected"}), `history` (random ids: {"claim", "field", "old",
"new", "at", "seq"}) and `state` ({"value": ...} keyed by name).
"""
from __future__ import annotations

import json
from collections.abc import Callable

from ..model import short_hash

FORMAT = "factcheck-workspace"
CURRENT_SCHEMA = 1

_CLAIM_KEYS = ("type", "start", "end", "text", "sentence", "value", "kind", "mod", "unit", "approx", "source",
               "source_text", "cue", "content", "content_start", "content_end", "direct", "act", "explanation")


def workspace_claim_id(article_id: str, type_: str, start: int, end: int, text: str, length: int = 8) -> str:
    """The id a claim gets in the workspace: stable for the same span of the same article."""
    return short_hash("claim", article_id, type_, start, end, text, length=length)


def _v0_to_v1(tables: dict) -> dict:
    articles: dict = {}
    for doc in (tables.get("articles") or {}).values():
        if not isinstance(doc, dict) or "text" not in doc:
            continue
        from ..model import article_id

        aid = doc.get("id") or article_id(doc["text"])
        art = dict(doc)
        art["id"] = aid
        articles[aid] = art
    claims: dict = {}
    for doc in (tables.get("claims") or {}).values():
        if not isinstance(doc, dict) or "type" not in doc:
            continue
        claim = {k: doc.get(k) for k in _CLAIM_KEYS if k in doc}
        aid = doc.get("article", "")
        cid = workspace_claim_id(aid, claim.get("type"), claim.get("start"), claim.get("end"), claim.get("text"))
        claim["id"] = cid
        evidence = []
        for e in doc.get("evidence") or []:
            evidence.append({"url": e} if isinstance(e, str) else dict(e))
        claims[cid] = {
            "claim": claim,
            "article": aid,
            "verdict": doc.get("verdict") or "unchecked",
            "note": doc.get("note") or "",
            "evidence": evidence,
            "origin": doc.get("origin") or "extractor",
            "dismissed": bool(doc.get("dismissed", False)),
            "updated": doc.get("updated") or "",
            "extract_id": doc.get("id"),
            "corrected": {},
        }
    return {"articles": articles, "claims": claims, "history": {}, "state": {}}


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1}


def migrate(tables: dict, schema: int) -> dict:
    while schema < CURRENT_SCHEMA:
        tables = MIGRATIONS[schema](tables)
        schema += 1
    return tables


def legacy_tables(data: bytes) -> dict | None:
    """The tables of a schema-0 file (plain TinyDB JSON with our tables), else None (foreign)."""
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(doc, dict) or not ({"articles", "claims"} & set(doc)):
        return None
    if not all(isinstance(t, dict) and all(isinstance(d, dict) for d in t.values()) for t in doc.values()):
        return None
    return doc
