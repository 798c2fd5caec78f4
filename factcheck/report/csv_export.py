"""The CSV report: one row per claim (dismissed ones left out), for spreadsheets.

Formula injection: a spreadsheet runs a cell that starts with = + - @ (and some read TAB or
CR the same way), so such a cell gets a leading apostrophe, which every spreadsheet shows as
text. Plain numbers ("-12.5") are left as they are: they are not formulas.
"""
from __future__ import annotations

import csv
import io
import json
import re

from .common import Context, ReportArticle, article_url, one_line

COLUMNS = (
    "article_id", "article_title", "article_url", "published",
    "claim_id", "type", "text", "sentence", "value", "unit", "source", "content",
    "verdict", "verdict_label", "note", "evidence_urls", "evidence_titles", "archive_urls",
    "checked", "start", "end",
)
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def neutralise(cell) -> str:
    """A cell as text a spreadsheet will not run as a formula."""
    s = "" if cell is None else str(cell)
    if s.startswith(_DANGEROUS) and not _NUMBER.fullmatch(s):
        return "'" + s
    return s


def _value(c) -> str:
    if c.type == "attribution":
        return ""
    v = c.value
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return "" if v is None else str(v)


def rows(articles: list[ReportArticle], ctx: Context):
    for ra in articles:
        a = ra.article
        head = (a.id, one_line(a.title), article_url(a) or one_line(a.url), a.published or "")
        for r in ra.shown:
            c = r.claim
            label, _ = ctx.label(r.verdict)
            yield (
                *head,
                c.id, c.type, one_line(c.text), one_line(c.sentence), _value(c), one_line(c.unit),
                one_line(c.source or c.source_text) if c.type == "attribution" else "",
                one_line(c.content),
                r.verdict, label, "\n".join(x for x in (r.note or "").splitlines() if x.strip()),
                " ".join(one_line(e.url) for e in r.evidence),
                " | ".join(one_line(e.title) for e in r.evidence),
                " ".join(one_line(e.archive_url) for e in r.evidence if e.archive_url),
                ra.checked_at(r), c.start, c.end,
            )


def render(articles: list[ReportArticle], ctx: Context) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180
    w.writerow(COLUMNS)
    w.writerows([neutralise(x) for x in row] for row in rows(articles, ctx))
    return buf.getvalue()
