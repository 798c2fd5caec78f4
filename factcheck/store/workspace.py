"""The workspace repository: articles, claims, verdicts, evidence and history on TinyDB.

Every mutating call runs as one transaction of the JournalStorage (journal.py): lock, catch up
with other processes, change the TinyDB tables, append the change as one fsync'd line. So each
call is durable before it returns and is all-or-nothing (a verdict and its history row land
together or not at all).

Ids: articles are keyed by a hash of their text (re-adding the same text finds them); claims
by a hash of article, type, span and text (8 hex chars), kept across re-extractions; every
command also takes a unique prefix (4+ chars) or the extractor's id of the claim.
"""
from __future__ import annotations

import copy
import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..model import (
    BASE_VERDICTS,
    CLAIM_TYPES,
    Article,
    Change,
    Claim,
    ClaimRecord,
    Evidence,
    Verdict,
    article_id,
    field_names,
    now_iso,
    short_hash,
)
from ..textsafe import clean_line, clean_text
from .db import WorkspaceDB
from .errors import NotFound, StoreError, WorkspaceLocked
from .journal import JournalStorage
from .migrations import workspace_claim_id

__all__ = ["Workspace", "open_workspace", "StoreError", "WorkspaceLocked", "NotFound", "allowed_verdicts"]

EXPORT_FORMAT = "factcheck-article"
EXPORT_VERSION = 1
MIN_PREFIX = 4
STANCES = ("supports", "refutes")
_EVIDENCE_FIELDS = field_names(Evidence)


def allowed_verdicts() -> list[str]:
    """The built-in verdicts plus every rating key of the configured rating scales."""
    keys = list(BASE_VERDICTS)
    try:  # the report package may be missing or broken: the base verdicts still work
        from ..report.ratings import all_rating_keys

        keys += [k for k in all_rating_keys() if k not in keys]
    except Exception:
        pass
    return keys


def check_verdict(verdict: str) -> str:
    v = (verdict or "").strip()
    keys = allowed_verdicts()
    if v in keys:
        return v
    low = {k.lower(): k for k in keys}
    if v.lower() in low:
        return low[v.lower()]
    raise NotFound(f"unknown verdict {verdict!r}: use one of {', '.join(keys)}")


def _serialized(method):
    """Run a public method under the storage's mutex: threads of one process take turns."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._storage.mutex:
            return method(self, *args, **kwargs)

    return wrapper


def _seq() -> int:
    return time.time_ns()


def _claim(cdoc: dict) -> Claim:
    c = Claim.from_dict(cdoc)  # a field this version does not know (a newer export) is dropped
    if isinstance(c.value, (dict, list)):
        c.value = copy.deepcopy(c.value)  # never hand out the live document's objects
    return c


def _record(doc: dict) -> ClaimRecord:
    return ClaimRecord(
        claim=_claim(doc["claim"]),
        article=doc["article"],
        verdict=doc.get("verdict", Verdict.UNCHECKED.value),
        note=doc.get("note", ""),
        evidence=[Evidence.from_dict(e) for e in doc.get("evidence", [])],
        origin=doc.get("origin", "extractor"),
        dismissed=bool(doc.get("dismissed", False)),
        updated=doc.get("updated", ""),
    )


def _has_work(doc: dict) -> bool:
    return (doc.get("verdict", "unchecked") != "unchecked" or bool(doc.get("note")) or bool(doc.get("evidence"))
            or bool(doc.get("corrected")))


def _detached(obj):
    """A deep copy that shares nothing with the live tables (JSON types only)."""
    return json.loads(json.dumps(obj, ensure_ascii=False))


class Workspace:
    """One workspace file. Use as a context manager; many may be open on one file at once."""

    def __init__(self, path, *, compact_bytes: int | None = None, lock_timeout: float | None = None):
        self.path = Path(path)
        self.db = WorkspaceDB(self.path, storage=JournalStorage, compact_bytes=compact_bytes,
                              lock_timeout=lock_timeout)
        self._storage: JournalStorage = self.db.storage
        self._articles = self.db.table("articles")
        self._claims = self.db.table("claims")
        self._history = self.db.table("history")
        self._state = self.db.table("state")
        self._hist_cache: tuple[int, dict] = (-1, {})

    # ---- life cycle
    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @_serialized
    def refresh(self) -> bool:
        """Read what other processes wrote meanwhile; True if anything changed (the TUI polls this)."""
        return self._storage.refresh()

    @property
    def version(self) -> int:
        """Changes whenever the content changes (own writes or other processes'), for caches."""
        return self._storage.version

    @_serialized
    def compact(self) -> None:
        """Rewrite the journal as one snapshot now (it also happens by itself as the journal grows)."""
        self._storage.compact()

    def _tx(self):
        return self._storage.transaction()

    # ---- articles
    @_serialized
    def articles(self) -> list[Article]:
        self.refresh()
        arts = [Article.from_dict(dict(d)) for d in self._articles.raw().values()]
        return sorted(arts, key=lambda a: (a.added, a.id))

    @_serialized
    def article(self, article_id_: str) -> Article:
        self.refresh()
        return Article.from_dict(dict(self._articles.raw()[self._resolve_article(article_id_)]))

    def _resolve_article(self, ident: str) -> str:
        raw = self._articles.raw()
        key = (ident or "").strip().lower()
        if key in raw:
            return key
        if len(key) >= 3:
            hits = [k for k in raw if k.startswith(key)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise NotFound(f"article id {ident!r} is ambiguous: {', '.join(sorted(hits)[:5])}")
        raise NotFound(f"no article with id {ident!r} in {self.path} (`factcheck articles` lists them)")

    def add_article(self, text: str, title: str = "", source: str = "", lang: str | None = None,
                    published: str | None = None, url: str | None = None, final_url: str | None = None,
                    fetched_at: str | None = None, author: str | None = None,
                    outlet: str | None = None) -> Article:
        """Store an article and its claims; the same text again updates it and re-extracts,
        keeping the verdicts, notes and evidence of the claims that are still found."""
        from ..extract import ExtractError, detect_language, extract, parse_published

        text = clean_text(text or "")
        if not text.strip():
            raise ExtractError("the article is empty")
        aid = article_id(text)
        self.refresh()
        old = self._articles.raw().get(aid)  # extraction runs outside the mutex: it may take a while
        pub = parse_published(published)
        pub_s = pub.isoformat() if pub else (old or {}).get("published")
        if not lang or lang == "auto":
            lang = (old or {}).get("lang") or detect_language(text)
        claims = extract(text, pub_s, lang)  # pure and possibly slow: outside the lock
        given = {
            "title": clean_line(title), "source": clean_line(source), "lang": lang, "published": pub_s,
            "url": clean_line(url) or None, "final_url": clean_line(final_url) or None,
            "fetched_at": clean_line(fetched_at) or None, "author": clean_line(author) or None,
            "outlet": clean_line(outlet) or None,
        }
        with self._tx():
            old = self._articles.raw().get(aid)
            if old:
                doc = dict(old)
                for k, v in given.items():
                    if v:  # a re-add without a title keeps the title it had
                        doc[k] = v
            else:
                doc = Article(text=text, id=aid, added=now_iso(), **given).to_dict()
            if doc != old:
                self._articles.put(aid, doc)
            self._merge_claims(aid, claims)
        return Article.from_dict(dict(doc))

    def _merge_claims(self, aid: str, claims: list[Claim]) -> None:
        raw = self._claims.raw()
        old = {cid: d for cid, d in raw.items() if d["article"] == aid and d.get("origin", "extractor") == "extractor"}
        by_span: dict = {}
        by_text: dict = {}
        for cid, d in old.items():
            c = d["claim"]
            by_span.setdefault((c["type"], c["start"], c["end"]), cid)
            by_text.setdefault((c["type"], c["text"]), []).append(cid)
        used: set[str] = set()
        puts: dict = {}
        now = now_iso()
        for c in claims:
            cid = by_span.get((c.type, c.start, c.end))
            if cid in used:
                cid = None
            if cid is None:
                cid = next((x for x in by_text.get((c.type, c.text), []) if x not in used), None)
            extract_id = c.id
            if cid is not None:
                used.add(cid)
                prev = old[cid]
                doc = dict(prev)
                cdict = asdict(c)
                cdict["id"] = cid
                cdict.update(prev.get("corrected") or {})  # the checker's corrections win
                doc["claim"] = cdict
                doc["extract_id"] = extract_id
                if doc.pop("gone", False):
                    doc["dismissed"] = False
                    self._log(cid, "dismissed", True, False, now)
                if doc != prev:
                    doc["updated"] = now
                    puts[cid] = doc
            else:
                cid = self._new_claim_id(aid, c.type, c.start, c.end, c.text, puts)
                cdict = asdict(c)
                cdict["id"] = cid
                puts[cid] = {
                    "claim": cdict, "article": aid, "verdict": Verdict.UNCHECKED.value, "note": "",
                    "evidence": [], "origin": "extractor", "dismissed": False, "updated": now,
                    "extract_id": extract_id, "corrected": {},
                }
        removed = []
        for cid, d in old.items():
            if cid in used:
                continue
            if _has_work(d):
                # no longer found, but the checker worked on it: keep it, out of the way
                if not d.get("dismissed"):
                    doc = dict(d, dismissed=True, gone=True, updated=now)
                    puts[cid] = doc
                    self._log(cid, "dismissed", False, True, now)
            else:
                removed.append(cid)
        if puts:
            self._claims.put_many(puts)
        if removed:
            self._claims.delete(removed)

    def _new_claim_id(self, aid, type_, start, end, text, pending) -> str:
        raw = self._claims.raw()
        for length in range(8, 41):
            cid = workspace_claim_id(aid, type_, start, end, text, length=length)
            if cid not in raw and cid not in pending:
                return cid
        raise StoreError("cannot make a unique claim id")  # pragma: no cover

    # ---- claims
    @_serialized
    def claims(self, article: str | None = None, verdict: str | None = None, type: str | None = None,
               include_dismissed: bool = False) -> list[ClaimRecord]:
        self.refresh()
        aid = self._resolve_article(article) if article else None
        arts = self._articles.raw()
        out = []
        for d in self._claims.raw().values():
            if aid and d["article"] != aid:
                continue
            if verdict and d.get("verdict") != verdict:
                continue
            if type and d["claim"]["type"] != type:
                continue
            if d.get("dismissed") and not include_dismissed:
                continue
            out.append(d)
        out.sort(key=lambda d: ((arts.get(d["article"]) or {}).get("added", ""), d["article"],
                                d["claim"]["start"], d["claim"]["end"], d["claim"]["type"]))
        return [_record(d) for d in out]

    @_serialized
    def claim(self, claim_id: str) -> ClaimRecord:
        self.refresh()
        return _record(self._claims.raw()[self.resolve_claim(claim_id)])

    @_serialized
    def resolve_claim(self, ident: str) -> str:
        """The full workspace id for an id, a unique prefix of one, or an extractor id."""
        raw = self._claims.raw()
        key = (ident or "").strip().lower()
        if key in raw:
            return key
        hits = [k for k in raw if k.startswith(key)] if len(key) >= MIN_PREFIX else []
        if not hits:
            hits = [k for k, d in raw.items() if d.get("extract_id") == key]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise NotFound(f"claim id {ident!r} is ambiguous: {', '.join(sorted(hits)[:5])}")
        raise NotFound(f"no claim with id {ident!r} in {self.path} (`factcheck list` shows the ids)")

    def _change(self, claim_id: str, mutate) -> ClaimRecord:
        """Run `mutate(doc, now)` on a copy of the claim's document inside one transaction."""
        self.refresh()
        cid = self.resolve_claim(claim_id)
        with self._tx():
            cur = self._claims.raw().get(cid)
            if cur is None:
                raise NotFound(f"claim {cid} was removed by another process")
            doc = copy.deepcopy(cur)
            now = now_iso()
            mutate(doc, now)
            if doc != cur:
                doc["updated"] = now
                self._claims.put(cid, doc)
        return _record(doc)

    def _log(self, cid: str, field: str, old: Any, new: Any, at: str | None = None) -> None:
        self._history.insert({"claim": cid, "field": field, "old": old, "new": new, "at": at or now_iso(),
                              "seq": _seq()})

    @_serialized
    def set_verdict(self, claim_id: str, verdict: str, note: str | None = None) -> ClaimRecord:
        verdict = check_verdict(verdict)
        note = None if note is None else clean_text(note)

        def mutate(doc, now):
            if doc["verdict"] != verdict:
                self._log(doc["claim"]["id"], "verdict", doc["verdict"], verdict, now)
                doc["verdict"] = verdict
            if note is not None and note != doc.get("note", ""):
                self._log(doc["claim"]["id"], "note", doc.get("note", ""), note, now)
                doc["note"] = note

        return self._change(claim_id, mutate)

    @_serialized
    def set_note(self, claim_id: str, note: str) -> ClaimRecord:
        note = clean_text(note or "")

        def mutate(doc, now):
            if note != doc.get("note", ""):
                self._log(doc["claim"]["id"], "note", doc.get("note", ""), note, now)
                doc["note"] = note

        return self._change(claim_id, mutate)

    @_serialized
    def add_evidence(self, claim_id: str, evidence: Evidence) -> ClaimRecord:
        ev = _clean_evidence(evidence.to_dict() if isinstance(evidence, Evidence) else dict(evidence))
        if not ev.get("url"):
            raise NotFound("evidence needs a URL")

        def mutate(doc, now):
            if not ev["added"]:
                ev["added"] = now
            for i, e in enumerate(doc["evidence"]):
                if e["url"] == ev["url"]:  # the same link again: update it in place
                    self._merge_evidence(doc, i, {k: v for k, v in ev.items() if v is not None and k != "added"}, now)
                    return
            doc["evidence"].append(ev)
            self._log(doc["claim"]["id"], "evidence", None, _ev_summary(ev), now)

        return self._change(claim_id, mutate)

    @_serialized
    def update_evidence(self, claim_id: str, url: str, **fields) -> ClaimRecord:
        unknown = set(fields) - _EVIDENCE_FIELDS - {"url"}
        if unknown:
            raise NotFound(f"unknown evidence field(s): {', '.join(sorted(unknown))}")
        upd = _clean_evidence(dict(fields), partial=True)
        self._need_evidence(claim_id, url)

        def mutate(doc, now):
            for i, e in enumerate(doc["evidence"]):
                if e["url"] == url:
                    self._merge_evidence(doc, i, upd, now)
                    return
            raise NotFound(f"claim {doc['claim']['id']} has no evidence {url}")

        return self._change(claim_id, mutate)

    def _merge_evidence(self, doc: dict, i: int, fields: dict, now: str) -> None:
        """Set the fields of the claim's i-th evidence that differ, logging old and new values."""
        e = doc["evidence"][i]
        changed = {k: v for k, v in fields.items() if e.get(k) != v}
        if changed:
            self._log(doc["claim"]["id"], "evidence", {"url": e["url"], **{k: e.get(k) for k in changed}},
                      {"url": e["url"], **changed}, now)
            doc["evidence"][i] = {**e, **changed}

    @_serialized
    def remove_evidence(self, claim_id: str, url: str) -> ClaimRecord:
        def mutate(doc, now):
            for i, e in enumerate(doc["evidence"]):
                if e["url"] == url:
                    del doc["evidence"][i]
                    self._log(doc["claim"]["id"], "evidence", _ev_summary(e), None, now)
                    return
            raise NotFound(f"claim {doc['claim']['id']} has no evidence {url}")

        self._need_evidence(claim_id, url)
        return self._change(claim_id, mutate)

    def _need_evidence(self, claim_id: str, url: str) -> None:
        # checked before the transaction: a bad URL must not cost a rollback
        rec = self.claim(claim_id)
        if not any(e.url == url for e in rec.evidence):
            raise NotFound(f"claim {rec.id} has no evidence {url}")

    @_serialized
    def history(self, claim_id: str) -> list[Change]:
        self.refresh()
        cid = self.resolve_claim(claim_id)
        raw = self._history.raw()
        rows = [raw[h] for h in self._history_index().get(cid, ()) if h in raw]
        rows.sort(key=lambda d: (d.get("seq", 0), d.get("at", "")))
        return [Change.from_dict(_detached(d)) for d in rows]

    def _history_index(self) -> dict[str, list[str]]:
        # the TUI asks for a claim's history on every cursor move: scan the table once per change
        if self._hist_cache[0] != self._storage.version:
            index: dict[str, list[str]] = {}
            for hid, d in self._history.raw().items():
                index.setdefault(d.get("claim"), []).append(hid)
            self._hist_cache = (self._storage.version, index)
        return self._hist_cache[1]

    @_serialized
    def add_user_claim(self, article_id_: str, start: int, end: int, type: str, value: Any = None) -> ClaimRecord:
        from ..extract.segment import segment, sentence_at

        if type not in CLAIM_TYPES:
            raise NotFound(f"unknown claim type {type!r}: use one of {', '.join(CLAIM_TYPES)}")
        self.refresh()
        aid = self._resolve_article(article_id_)
        text = self._articles.raw()[aid]["text"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise NotFound(f"span {start}-{end} is outside the article (0-{len(text)})")
        s = sentence_at(segment(text), start)
        for d in self._claims.raw().values():
            c = d["claim"]
            if d["article"] == aid and (c["type"], c["start"], c["end"]) == (type, start, end):
                raise NotFound(f"claim {c['id']} already covers this span")
        claim = Claim(type=type, start=start, end=end, text=text[start:end], sentence=s.text if s else "")
        if type == "attribution":
            claim.source = clean_line(value) if value else None
        else:
            claim.value = value
        with self._tx():
            raw = self._claims.raw()
            for d in raw.values():
                c = d["claim"]
                if d["article"] == aid and (c["type"], c["start"], c["end"]) == (type, start, end):
                    raise NotFound(f"claim {c['id']} already covers this span")
            cid = self._new_claim_id(aid, "user:" + type, start, end, claim.text, {})
            claim.id = cid
            now = now_iso()
            doc = {"claim": asdict(claim), "article": aid, "verdict": Verdict.UNCHECKED.value, "note": "",
                   "evidence": [], "origin": "user", "dismissed": False, "updated": now, "extract_id": None,
                   "corrected": {}}
            self._claims.put(cid, doc)
            self._log(cid, "created", None, claim.text, now)
        return _record(doc)

    @_serialized
    def dismiss_claim(self, claim_id: str, dismissed: bool = True) -> ClaimRecord:
        def mutate(doc, now):
            if bool(doc.get("dismissed")) != bool(dismissed):
                self._log(doc["claim"]["id"], "dismissed", bool(doc.get("dismissed")), bool(dismissed), now)
                doc["dismissed"] = bool(dismissed)
                doc.pop("gone", None)

        return self._change(claim_id, mutate)

    @_serialized
    def correct_claim(self, claim_id: str, type: str | None = None, value: Any = None) -> ClaimRecord:
        if type is not None and type not in CLAIM_TYPES:
            raise NotFound(f"unknown claim type {type!r}: use one of {', '.join(CLAIM_TYPES)}")

        def mutate(doc, now):
            c = doc["claim"]
            corrected = doc.setdefault("corrected", {})
            if type is not None and type != c["type"]:
                self._log(c["id"], "type", c["type"], type, now)
                c["type"] = corrected["type"] = type
            if value is not None:
                key = "source" if c["type"] == "attribution" else "value"
                if c.get(key) != value:
                    self._log(c["id"], key, c.get(key), value, now)
                    c[key] = corrected[key] = value

        return self._change(claim_id, mutate)

    @_serialized
    def progress(self, article_id_: str) -> tuple[int, int]:
        self.refresh()
        aid = self._resolve_article(article_id_)
        checked = total = 0
        for d in self._claims.raw().values():
            if d["article"] == aid and not d.get("dismissed"):
                total += 1
                checked += d.get("verdict", "unchecked") != "unchecked"
        return checked, total

    # ---- UI state
    @_serialized
    def get_state(self, key: str, default: Any = None) -> Any:
        self.refresh()
        doc = self._state.raw().get(key)
        return default if doc is None else _detached(doc.get("value"))

    @_serialized
    def set_state(self, key: str, value: Any) -> None:
        value = _detached(value)
        self.refresh()
        cur = self._state.raw().get(key)
        if cur is not None and cur.get("value") == value:
            return  # no fsync for a cursor that did not move
        self._state.put(key, {"value": value})

    # ---- export / import
    @_serialized
    def export_article(self, article_id_: str) -> dict:
        self.refresh()
        aid = self._resolve_article(article_id_)
        claims = {cid: d for cid, d in self._claims.raw().items() if d["article"] == aid}
        hist = [dict(d, id=hid) for hid, d in self._history.raw().items() if d.get("claim") in claims]
        hist.sort(key=lambda d: (d.get("seq", 0), d["id"]))
        recs = sorted(claims.values(), key=lambda d: (d["claim"]["start"], d["claim"]["end"], d["claim"]["type"]))
        return _detached({
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported": now_iso(),
            "article": self._articles.raw()[aid],
            "claims": recs,
            "history": hist,
        })

    @_serialized
    def import_article(self, data: dict) -> Article:
        art, claims, hist = _validate_export(data)
        with self._tx():
            old = self._articles.raw().get(art["id"])
            if old != art:
                self._articles.put(art["id"], art)
            cur = self._claims.raw()
            puts = {d["claim"]["id"]: d for d in claims if cur.get(d["claim"]["id"]) != d}
            if puts:
                self._claims.put_many(puts)
            have = self._history.raw()
            new_hist = {h.pop("id"): h for h in hist}
            new_hist = {k: v for k, v in new_hist.items() if have.get(k) != v}
            if new_hist:
                self._history.put_many(new_hist)
        return Article.from_dict(dict(art))


def _ev_summary(e: dict) -> dict:
    return {k: v for k, v in e.items() if k in ("url", "quote", "stance") and v is not None}


def _clean_evidence(ev: dict, partial: bool = False) -> dict:
    out = {}
    for k, v in ev.items():
        if k not in _EVIDENCE_FIELDS:
            continue
        if isinstance(v, str):
            v = clean_text(v) if k == "quote" else clean_line(v)
        out[k] = v
    if out.get("stance") is not None and out["stance"] not in STANCES:
        raise NotFound(f"unknown stance {out['stance']!r}: use supports or refutes")
    if not partial:
        out = Evidence.from_dict(out).to_dict() if out.get("url") else out
    return out


def _validate_export(data) -> tuple[dict, list[dict], list[dict]]:
    from ..errors import InputError

    def bad(why: str):
        return InputError(f"not a factcheck article export: {why}")

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise bad("missing \"format\": \"factcheck-article\"")
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise bad(f"unsupported version {data.get('version')!r}")
    art = data.get("article")
    if not isinstance(art, dict) or not isinstance(art.get("text"), str) or not art["text"].strip():
        raise bad("no article text")
    art = _detached(art)
    text = art["text"]
    if clean_text(text) != text:
        raise bad("the article text contains control characters or escape sequences")
    aid = article_id(text)
    old_aid = art.get("id")
    art = Article.from_dict(art).to_dict()
    art["id"] = aid
    for k in ("title", "source", "author", "outlet", "url", "final_url"):
        if isinstance(art.get(k), str):
            art[k] = clean_line(art[k])
    claims = []
    ids = set()
    for d in data.get("claims") or []:
        if not isinstance(d, dict) or not isinstance(d.get("claim"), dict):
            raise bad("a claim record without its claim")
        d = _detached(d)
        c = d["claim"]
        if c.get("type") not in CLAIM_TYPES or not isinstance(c.get("start"), int) or not isinstance(c.get("end"), int):
            raise bad(f"claim {c.get('id')!r} has no valid type/span")
        if text[c["start"]:c["end"]] != c.get("text"):
            raise bad(f"claim {c.get('id')!r}: its text is not at its offsets in the article")
        if not isinstance(c.get("id"), str) or not c["id"]:
            c["id"] = workspace_claim_id(aid, c["type"], c["start"], c["end"], c["text"])
        c = d["claim"] = asdict(Claim.from_dict(c))  # every field, as the store keeps claims
        if c["id"] in ids:
            raise bad(f"claim id {c['id']} twice")
        ids.add(c["id"])
        if d.get("article") not in (aid, old_aid, None):
            raise bad(f"claim {c['id']} belongs to another article")
        d["article"] = aid
        d["note"] = clean_text(d.get("note") or "")
        if not isinstance(d.get("verdict"), str) or not d["verdict"]:
            d["verdict"] = Verdict.UNCHECKED.value
        d["evidence"] = [_clean_evidence(e) for e in d.get("evidence") or [] if isinstance(e, dict) and e.get("url")]
        d.setdefault("origin", "extractor")
        d["dismissed"] = bool(d.get("dismissed", False))
        d.setdefault("updated", "")
        d.setdefault("extract_id", None)
        d.setdefault("corrected", {})
        claims.append(d)
    hist = []
    for n, h in enumerate(data.get("history") or []):
        if not isinstance(h, dict) or h.get("claim") not in ids or not isinstance(h.get("field"), str):
            raise bad("a history row without its claim or field")
        h = _detached(h)
        if not isinstance(h.get("seq"), int):
            h["seq"] = n  # keeps the given order; older than anything recorded here
        if not h.get("id"):
            # the same row imported twice gets the same id, so it is not duplicated
            h["id"] = short_hash("change", h["claim"], h["field"], json.dumps(h.get("old"), sort_keys=True),
                                 json.dumps(h.get("new"), sort_keys=True), h.get("at"), length=12)
        hist.append(h)
    return art, claims, hist


def open_workspace(db=None, **options) -> Workspace:
    """The workspace at --db PATH, else $FACTCHECK_DB, else the user data directory."""
    from .location import workspace_path

    return Workspace(workspace_path(db), **options)
