"""Helpers for the TUI tests: an in-memory stand-in for the store API and claim builders."""
from __future__ import annotations

import copy
import datetime as dt

from factcheck import sources

from factcheck.model import Article, Change, Claim, ClaimRecord


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class MemoryWorkspace:
    """The store API (factcheck.store) in memory, for tests that do not need durability."""

    def __init__(self, clock=None) -> None:
        self.clock = clock or now  # a fixed clock keeps snapshots deterministic
        self._articles: dict[str, Article] = {}
        self._claims: dict[str, ClaimRecord] = {}
        self._history: list[Change] = []
        self._state: dict = {}
        self.closed = False

    def add_article(self, text, title="", source="", lang=None, published=None, claims=None, **meta):
        # no extraction here: the tests say which claims an article has
        art = Article(text=text, title=title, source=source, lang=lang or "de", published=published, added=self.clock(),
                      **meta)
        if art.id in self._articles:
            return self._articles[art.id]
        self._articles[art.id] = art
        for c in claims or []:
            self._claims[c.id] = ClaimRecord(claim=c, article=art.id)
        return art

    def articles(self):
        return list(self._articles.values())

    def article(self, aid):
        return self._articles[aid]

    def claims(self, article=None, verdict=None, type=None, include_dismissed=False):
        out = [copy.deepcopy(r) for r in self._claims.values()
               if (article is None or r.article == article) and (include_dismissed or not r.dismissed)]
        return sorted(out, key=lambda r: r.claim.start)

    def claim(self, cid):
        return copy.deepcopy(self._claims[cid])

    def _log(self, cid, field, old, new):
        self._history.append(Change(claim=cid, field=field, old=old, new=new, at=self.clock()))

    def set_verdict(self, cid, verdict, note=None):
        r = self._claims[cid]
        self._log(cid, "verdict", r.verdict, verdict)
        r.verdict = verdict
        return self.claim(cid)

    def set_note(self, cid, note):
        r = self._claims[cid]
        self._log(cid, "note", r.note, note)
        r.note = note
        return self.claim(cid)

    def add_evidence(self, cid, ev):
        self._claims[cid].evidence.append(ev)
        self._log(cid, "evidence", None, ev.url)
        return self.claim(cid)

    def update_evidence(self, cid, url, **fields):
        for ev in self._claims[cid].evidence:
            if ev.url == url:
                for k, v in fields.items():
                    setattr(ev, k, v)
        return self.claim(cid)

    def remove_evidence(self, cid, url):
        r = self._claims[cid]
        r.evidence = [e for e in r.evidence if e.url != url]
        return self.claim(cid)

    def history(self, cid):
        return [h for h in self._history if h.claim == cid]

    def add_user_claim(self, aid, start, end, type, value=None):
        text = self._articles[aid].text
        c = Claim(type=type, start=start, end=end, text=text[start:end], value=value)
        self._claims[c.id] = ClaimRecord(claim=c, article=aid, origin="user")
        return self.claim(c.id)

    def dismiss_claim(self, cid, dismissed=True):
        r = self._claims[cid]
        self._log(cid, "dismissed", r.dismissed, dismissed)
        r.dismissed = dismissed
        return self.claim(cid)

    def correct_claim(self, cid, type=None, value=None):
        r = self._claims[cid]
        if type:
            r.claim.type = type
        r.claim.value = value
        return self.claim(cid)

    def progress(self, aid):
        live = [r for r in self._claims.values() if r.article == aid and not r.dismissed]
        return sum(r.verdict != "unchecked" for r in live), len(live)

    def get_state(self, key, default=None):
        return copy.deepcopy(self._state.get(key, default))

    def set_state(self, key, value):
        self._state[key] = copy.deepcopy(value)

    def export_article(self, aid):
        return {"article": self._articles[aid].to_dict(),
                "claims": [r.to_dict() for r in self.claims(article=aid, include_dismissed=True)]}

    def close(self):
        self.closed = True


def claims_for(text: str, words: list[tuple[str, str]]) -> list[Claim]:
    """Claims at the first occurrence of each (word, type) in text."""
    out = []
    for word, type_ in words:
        i = text.index(word)
        out.append(Claim(type=type_, start=i, end=i + len(word), text=word, sentence=word))
    return out


SIZE = (100, 30)
WORDS = [("7. und 8. Juli", "date"), ("zwei Mal", "number"), ("im Januar", "date"),
         ("Kremlchef Wladimir Putin", "attribution")]


def make_ws(text: str | None = None, words=WORDS, title: str = sources.SAMPLE_TITLE,
            clock=None) -> tuple[MemoryWorkspace, str]:
    ws = MemoryWorkspace(clock)
    text = text or sources.sample_text()
    art = ws.add_article(text, title=title, published="2017-05-02", lang="de", claims=claims_for(text, words))
    return ws, art.id


class Notes:
    """Records the app's notifications."""

    def __init__(self, app):
        self.messages: list[tuple[str, str]] = []
        orig = app.notify

        def notify(message, *, title="", severity="information", **kw):
            self.messages.append((str(message), severity))
            return orig(message, title=title, severity=severity, **kw)

        app.notify = notify

    def text(self) -> str:
        return "\n".join(m for m, _ in self.messages)



def current_text(app) -> str:
    return app.main.current.claim.text


async def type_into(pilot, selector: str, text: str) -> None:
    """Fill an input of the current screen (typing long strings key by key is slow in Pilot)."""
    widget = pilot.app.screen.query_one(selector)
    widget.value = text
    widget.focus()
    await pilot.pause()
