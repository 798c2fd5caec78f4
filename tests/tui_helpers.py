"""Helpers for the TUI tests: a real workspace (a tmp file) with claims the tests choose.

The app runs on the real store (factcheck.store): writes take about a millisecond, so there is
no need for a stand-in that could drift from it. The article's claims are given by the test
(imported as a factcheck article export), not found by the extractor, whose output changes as
others improve it.
"""
from __future__ import annotations

import os
from typing import NamedTuple

import pytest

from factcheck import sources
from factcheck.model import Claim
from factcheck.store import open_workspace

SIZE = (100, 30)
WORDS = [("7. und 8. Juli", "date"), ("zwei Mal", "number"), ("im Januar", "date"),
         ("Kremlchef Wladimir Putin", "attribution")]


def claims_for(text: str, words: list[tuple[str, str]]) -> list[Claim]:
    """Claims at the first occurrence of each (word, type) in text."""
    out = []
    for word, type_ in words:
        i = text.index(word)
        out.append(Claim(type=type_, start=i, end=i + len(word), text=word, sentence=word))
    return out


def article_doc(text: str, words, title: str, published: str = "2017-05-02", lang: str = "de") -> dict:
    """A factcheck article export (what `factcheck import` reads) with exactly these claims."""
    claims = [{"claim": c.to_dict() | {"id": ""}, "verdict": "unchecked"} for c in claims_for(text, words)]
    return {"format": "factcheck-article", "version": 1,
            "article": {"text": text, "title": title, "source": "test", "lang": lang, "published": published},
            "claims": claims, "history": []}


def make_ws(text: str | None = None, words=WORDS, title: str = sources.SAMPLE_TITLE, db: str | None = None):
    """(workspace, article id): the workspace file at $FACTCHECK_DB holding one article.

    The app opens the same file itself (WorkbenchApp(db=...)); the test's handle reads what
    the app saved from disk, as another process would."""
    ws = open_workspace(db or os.environ["FACTCHECK_DB"])
    art = ws.import_article(article_doc(text or sources.sample_text(), words, title))
    return ws, art.id


class Sample(NamedTuple):
    ws: object
    aid: str
    db: str


@pytest.fixture
def sample():
    """The sample article with the four claims of WORDS in the test's workspace file."""
    ws, aid = make_ws()
    yield Sample(ws, aid, os.environ["FACTCHECK_DB"])
    ws.close()


def app_on(db: str | None = None, **kwargs):
    """The workbench on the test's workspace file, opened by the app as in real use."""
    from factcheck.tui.app import WorkbenchApp

    return WorkbenchApp(db=db or os.environ["FACTCHECK_DB"], **kwargs)


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


def notified(app) -> str:
    return "\n".join(n.message for n in app._notifications)


def current_text(app) -> str:
    return app.main.current.claim.text


def status(app) -> str:
    return str(app.main.query_one("#status").render())


async def type_into(pilot, selector: str, text: str) -> None:
    """Fill an input of the current screen (typing long strings key by key is slow in Pilot)."""
    widget = pilot.app.screen.query_one(selector)
    widget.value = text
    widget.focus()
    await pilot.pause()


async def settle(pilot, app) -> None:
    """Let background workers (adding articles, link checks) finish and their results show."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def wait_until(pilot, cond, what: str = "condition", tries: int = 200) -> None:
    for _ in range(tries):
        if cond():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"timed out waiting for {what}")
