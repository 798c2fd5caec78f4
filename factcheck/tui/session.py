"""The workbench's state over the store: the open article, its claims, the filter. No Textual.

Every change goes straight to the store (which makes it durable before returning) and the
record the store hands back replaces ours, so what the screen shows is what is saved.
"""
from __future__ import annotations

from ..errors import FactcheckError
from ..model import Article, ClaimRecord, Evidence
from ..textsafe import clean_line, clean_text
from .filtering import ClaimFilter, sort_records

LAST_ARTICLE = "tui.last_article"
LAST_CLAIM = "tui.last_claim"  # a dict: article id -> claim id


class Session:
    def __init__(self, ws) -> None:
        self.ws = ws
        self.article: Article | None = None
        self.records: list[ClaimRecord] = []
        self.by_id: dict[str, ClaimRecord] = {}
        self.filter = ClaimFilter()

    # -- articles ------------------------------------------------------------------------
    def open_article(self, article_id: str) -> Article:
        self.article = self.ws.article(article_id)
        self.reload()
        try:
            self.ws.set_state(LAST_ARTICLE, article_id)
        except FactcheckError:  # remembering is a nicety (the workspace may be busy): open it anyway
            pass
        return self.article

    def reload(self) -> None:
        assert self.article is not None
        self.records = sort_records(self.ws.claims(article=self.article.id, include_dismissed=True))
        self.by_id = {r.id: r for r in self.records}

    def last_article_id(self) -> str | None:
        aid = self.ws.get_state(LAST_ARTICLE)
        known = {a.id for a in self.ws.articles()}
        if aid in known:
            return aid
        return None

    def last_claim_id(self) -> str | None:
        if self.article is None:
            return None
        d = self.ws.get_state(LAST_CLAIM) or {}
        cid = d.get(self.article.id) if isinstance(d, dict) else None
        return cid if cid in self.by_id else None

    def remember_claim(self, claim_id: str | None) -> None:
        if self.article is None or not claim_id:
            return
        d = self.ws.get_state(LAST_CLAIM) or {}
        if not isinstance(d, dict):
            d = {}
        if d.get(self.article.id) == claim_id:
            return
        d = {**d, self.article.id: claim_id}
        self.ws.set_state(LAST_CLAIM, d)

    def add_article(self, text: str, *, title: str = "", source: str = "", published: str | None = None,
                    lang: str | None = None, **meta) -> Article:
        if lang == "auto":
            lang = None
        return self.ws.add_article(
            clean_text(text), title=clean_line(title), source=clean_line(source), lang=lang, published=published,
            **meta,
        )

    # -- the view ------------------------------------------------------------------------
    def visible(self) -> list[ClaimRecord]:
        return self.filter.apply(self.records)

    def _replace(self, rec: ClaimRecord) -> ClaimRecord:
        old = self.by_id.get(rec.id)
        if old is None and (self.article is None or rec.article != self.article.id):
            return rec  # a claim of another article (a background job finished after a switch)
        self.by_id[rec.id] = rec
        if old is not None:
            self.records[self.records.index(old)] = rec
        else:
            self.records = sort_records([*self.records, rec])
        return rec

    # -- changes (each saved at once by the store) ------------------------------------------
    def set_verdict(self, claim_id: str, verdict: str) -> ClaimRecord:
        return self._replace(self.ws.set_verdict(claim_id, verdict))

    def set_note(self, claim_id: str, note: str) -> ClaimRecord:
        return self._replace(self.ws.set_note(claim_id, clean_text(note).strip()))

    def add_evidence(self, claim_id: str, url: str) -> ClaimRecord:
        return self._replace(self.ws.add_evidence(claim_id, Evidence(url=url)))

    def attach_evidence(self, claim_id: str, url: str, title: str | None = None, quote: str | None = None) -> ClaimRecord:
        """Evidence with a title and a quote (a published fact-check: "publisher: rating", the reviewed claim)."""
        return self._replace(self.ws.add_evidence(claim_id, Evidence(
            url=url, title=clean_line(title) or None, quote=clean_line(quote) or None)))

    def update_evidence(self, claim_id: str, url: str, **fields) -> ClaimRecord:
        if fields.get("title"):
            fields["title"] = clean_line(fields["title"])
        if fields.get("error"):
            fields["error"] = clean_line(fields["error"])
        return self._replace(self.ws.update_evidence(claim_id, url, **fields))

    def remove_evidence(self, claim_id: str, url: str) -> ClaimRecord:
        return self._replace(self.ws.remove_evidence(claim_id, url))

    def dismiss(self, claim_id: str, dismissed: bool) -> ClaimRecord:
        return self._replace(self.ws.dismiss_claim(claim_id, dismissed=dismissed))

    def correct(self, claim_id: str, type: str | None = None, value=None) -> ClaimRecord:
        return self._replace(self.ws.correct_claim(claim_id, type=type, value=value))

    def add_user_claim(self, start: int, end: int, type: str, value=None) -> ClaimRecord:
        assert self.article is not None
        return self._replace(self.ws.add_user_claim(self.article.id, start, end, type, value=value))

    def history(self, claim_id: str):
        return self.ws.history(claim_id)
