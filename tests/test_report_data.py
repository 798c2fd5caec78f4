"""Report test data: the bundled sample article with a few verdicts and evidence links.

(No tests here: the builders are shared by the tests/test_report*.py modules.)
"""
from __future__ import annotations

import datetime as dt

from factcheck.config import Settings
from factcheck.extract.segment import segment, sentence_at
from factcheck.model import Article, Claim, ClaimRecord, Evidence
from factcheck.report.common import bundle
from factcheck.sources import SAMPLE_PUBLISHED, SAMPLE_TITLE, sample_text

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.timezone.utc)
ARTICLE_URL = "https://www.dw.com/de/trump-und-putin-verabreden-sich/a-38665244"
G20_URL = "https://www.g20germany.de/Webs/G20/EN/G20/Summit_documents/summit_documents_node.html"
ARCHIVE_URL = "https://web.archive.org/web/20170707000000/" + G20_URL


def claim_at(text: str, typ: str, span: str, occurrence: int = 0, **fields) -> Claim:
    """A claim on the `occurrence`-th match of `span` in `text`, with its real sentence."""
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(span, i + 1)
    s = sentence_at(segment(text), i)
    return Claim(type=typ, start=i, end=i + len(span), text=span, sentence=s.text if s else "", **fields)


def sample_article(**overrides) -> Article:
    fields = dict(
        text=sample_text(), title=SAMPLE_TITLE, source="factcheck:sample", lang="de",
        published=SAMPLE_PUBLISHED, url=ARTICLE_URL, outlet="Deutsche Welle", added="2026-11-24T10:00:00+00:00",
    )
    fields.update(overrides)
    return Article(**fields)


def sample_records(article: Article) -> list[ClaimRecord]:
    t = article.text
    summit = claim_at(t, "date", "am 7. und 8. Juli", value="2017-07-07/2017-07-08", kind="interval")
    dead = claim_at(t, "number", "mehreren hunderttausend Toten", value={"min": 200000, "max": 900000}, unit="Toten", approx=True)
    white_house = claim_at(
        t, "attribution", "Das Weiße Haus in Washington bezeichnete das Telefongespräch in einer Erklärung als \"sehr gut\"",
        source="Das Weiße Haus", cue="bezeichnete", content="das Telefongespräch als \"sehr gut\"", direct=True, act="evaluate",
    )
    wednesday = claim_at(t, "date", "an diesem Mittwoch", value="2017-05-03", kind="date")
    return [
        ClaimRecord(
            summit, article.id, verdict="verified",
            note="Die G20-Gipfel fand am 7. und 8. Juli 2017 in Hamburg statt.\nSiehe Gipfeldokumente.",
            evidence=[Evidence(url=G20_URL, title="G20 Hamburg: Gipfeldokumente", status=200, flag="ok",
                               checked_at="2026-11-24T11:00:00+00:00", archive_url=ARCHIVE_URL, stance="supports")],
            updated="2026-11-24T11:05:00+00:00",
        ),
        ClaimRecord(
            dead, article.id, verdict="disputed", note="Schätzungen reichen von 300.000 bis 500.000.",
            evidence=[Evidence(url="https://www.example.org/syria-toll", title="Syria death toll estimates", status=404,
                               flag="dead", checked_at="2026-11-24T11:10:00+00:00")],
            updated="2026-11-24T11:12:00+00:00",
        ),
        ClaimRecord(white_house, article.id, verdict="unverifiable", note="", updated="2026-11-24T11:20:00+00:00"),
        ClaimRecord(wednesday, article.id),  # unchecked
    ]


def sample_bundle(**article_overrides) -> dict:
    art = sample_article(**article_overrides)
    return bundle(art, sample_records(art))


def settings(**kw) -> Settings:
    kw.setdefault("author_name", "Faktencheck-Redaktion")
    kw.setdefault("author_url", "https://factcheck.example.org/")
    return Settings(**kw)
