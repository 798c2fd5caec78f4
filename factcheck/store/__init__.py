"""The workspace: articles, claims, verdicts, notes, evidence and history on TinyDB.

Public API (the CLI, the TUI, fetch and report use only this):

    from factcheck.store import Workspace, open_workspace, StoreError, WorkspaceLocked

    with open_workspace(db=None) as ws:          # --db / FACTCHECK_DB / user data dir
        art = ws.add_article(text, title=..., source=..., lang=None, published=None, ...)
        ws.articles() -> list[Article]; ws.article(article_id) -> Article
        ws.claims(article=None, verdict=None, type=None, include_dismissed=False) -> list[ClaimRecord]
        ws.claim(claim_id) -> ClaimRecord
        ws.set_verdict(claim_id, verdict, note=None) -> ClaimRecord
        ws.set_note(claim_id, note) -> ClaimRecord
        ws.add_evidence(claim_id, Evidence) -> ClaimRecord
        ws.update_evidence(claim_id, url, **fields) -> ClaimRecord
        ws.remove_evidence(claim_id, url) -> ClaimRecord
        ws.history(claim_id) -> list[Change]
        ws.add_user_claim(article_id, start, end, type, value=None) -> ClaimRecord
        ws.dismiss_claim(claim_id, dismissed=True) -> ClaimRecord
        ws.correct_claim(claim_id, type=None, value=None) -> ClaimRecord
        ws.progress(article_id) -> (checked, total)
        ws.get_state(key, default=None) / ws.set_state(key, value)   # UI state (last article, claim)
        ws.export_article(article_id) -> dict     # everything of one article: article, claim records, history
        ws.import_article(data: dict) -> Article  # the inverse (for `factcheck import`), lossless round trip

Every mutating call is durable (fsync'd) before it returns.

Also (additions beyond the contract above):
        ws.refresh() -> bool          # take in other processes' writes now; True if anything changed
        ws.version -> int             # changes whenever the content changes (cache key for views)
        ws.resolve_claim(id) -> str   # full id for an id, a unique 4+ char prefix, or an extractor id
        ws.compact()                  # rewrite the journal as one snapshot (also happens by itself)
    Errors: StoreError (damaged/foreign/newer file: never written; `factcheck recover`),
    WorkspaceLocked (another writer held the lock > $FACTCHECK_LOCK_TIMEOUT s, default 10),
    NotFound (an InputError: unknown claim/article id, verdict, stance; nothing written).
    History fields: verdict, note, evidence (old/new: None or {url, ...}), dismissed, type,
    value/source (corrections), created (user claims).
    One workspace may be used from several threads; many processes may open one file at once.
    Storage: journal.py (the file format), db.py (TinyDB glue), migrations.py, recover.py.
"""
from .workspace import NotFound, StoreError, Workspace, WorkspaceLocked, open_workspace

__all__ = ["Workspace", "open_workspace", "StoreError", "WorkspaceLocked", "NotFound"]
