"""Report formats: content for the sample article, and escaping of untrusted text."""
from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from factcheck.errors import InputError
from factcheck.model import Evidence
from factcheck.report import FORMATS, render
from factcheck.report.common import load
from factcheck.report.csv_export import COLUMNS, neutralise
from factcheck.report.markdown import escape as md_escape

from .test_report_data import ARCHIVE_URL, ARTICLE_URL, G20_URL, NOW, sample_bundle, settings


def md_to_html(text: str) -> str:
    """Render Markdown the way a GFM-ish viewer would, autolinking bare URLs and domains."""
    return MarkdownIt("gfm-like").render(text)


class Audit(HTMLParser):
    """Collects what matters for safety: tags, hrefs/srcs, event handlers, text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.handlers: list[str] = []
        self.meta: list[dict] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("href", "src", "action", "formaction", "xlink:href", "srcset"):
                self.urls.append(v or "")
            if k.startswith("on"):
                self.handlers.append(k)
        if tag == "meta":
            self.meta.append(dict(attrs))

    def handle_data(self, data):
        self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


# -- content for the sample article ------------------------------------------------------------


def test_formats_table_names_an_extension_per_format():
    assert FORMATS == {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "jsonld"}
    with pytest.raises(InputError, match="unknown report format"):
        render("pdf", sample_bundle(), settings())


def test_markdown_report_of_the_sample():
    md = render("md", sample_bundle(), settings(), now=NOW)
    assert md.startswith("# Fact-check report\n")
    assert "## Trump und Putin verabreden sich" in md
    assert "- **Outlet:** Deutsche Welle" in md
    assert "- **Published:** 2017-05-02" in md
    assert f"]({ARTICLE_URL})" in md
    # summary: counts by type and verdict, the unchecked claim counted but not detailed
    assert "4 claims, 3 checked." in md
    assert "| date | 1 | 0 | 0 | 1 | 2 |" in md
    assert "| number | 0 | 0 | 1 | 0 | 1 |" in md
    assert "| **All** | 1 | 1 | 1 | 1 | 4 |" in md
    assert "1 more claim is not checked yet." in md
    assert "Mittwoch**" not in md
    # a checked claim: context with the claim in bold, value, verdict, note, evidence, time
    assert "G20-Gipfels **am 7. und 8. Juli** in Hamburg" in md
    assert "#### 1. ✓ Verified: date, 2017-07-07/2017-07-08 (interval)" in md
    assert "- **Value:** 2017-07-07/2017-07-08 (interval)" in md
    assert "- **Note:** Die G20-Gipfel fand am 7. und 8. Juli 2017 in Hamburg statt.\\\n  Siehe Gipfeldokumente." in md
    assert f"[G20 Hamburg: Gipfeldokumente]({G20_URL}), supports: ok, HTTP 200, checked 2026-11-24 11:00" in md
    assert f"[archived copy]({ARCHIVE_URL})" in md
    assert "- **Checked:** 2026-11-24 11:05" in md
    assert "≈ 200 000–900 000 Toten" in md
    assert "dead, HTTP 404" in md
    assert "- **Source:** Das Weiße Haus (bezeichnete)" in md
    # claims in text order
    assert md.index("am 7. und 8. Juli**") < md.index("Das Weiße Haus (bezeichnete)") < md.index("hunderttausend")


def test_markdown_renders_to_the_expected_links_only():
    html = md_to_html(render("md", sample_bundle(), settings(), now=NOW))
    a = Audit(html)
    assert sorted(set(a.urls)) == sorted({ARTICLE_URL, G20_URL, ARCHIVE_URL, "https://www.example.org/syria-toll"})
    assert "<strong>am 7. und 8. Juli</strong>" in html
    assert "300.000 bis 500.000" in a.plain  # escaped dots render as dots


def test_markdown_on_the_german_scale():
    md = render("md", sample_bundle(), settings(rating_scale="de"), now=NOW)
    assert "#### 1. ✓ richtig: date" in md
    assert "◐ teilweise falsch: number" in md
    assert "? unbelegt: attribution" in md


def test_html_report_of_the_sample():
    page = render("html", sample_bundle(), settings(), now=NOW)
    a = Audit(page)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Fact-check report: Trump und Putin verabreden sich</title>" in page
    assert "<style>" in page and "@media print" in page
    assert a.tags.count("article") == 1
    assert f'<a href="{ARTICLE_URL}"' in page
    assert "<dt>Published</dt><dd>2017-05-02</dd>" in page
    assert "<dt>Outlet</dt><dd>Deutsche Welle</dd>" in page
    assert "<p>4 claims, 3 checked.</p>" in page
    assert '<tr><th scope="row">number</th><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td></tr>' in page
    assert "G20-Gipfels <mark>am 7. und 8. Juli</mark> in Hamburg" in page
    assert "<p>Die G20-Gipfel fand am 7. und 8. Juli 2017 in Hamburg statt.</p><p>Siehe Gipfeldokumente.</p>" in page
    assert f'<a href="{G20_URL}" rel="noopener noreferrer nofollow">G20 Hamburg: Gipfeldokumente</a>' in page
    assert f'<a href="{ARCHIVE_URL}" rel="noopener noreferrer nofollow">archived copy</a>' in page
    assert "ok, HTTP 200, checked 2026-11-24 11:00" in page
    assert '<time datetime="2026-11-24T11:05:00+00:00">2026-11-24 11:05</time>' in page
    assert "1 more claim is not checked yet." in page
    # no scripts, no handlers, nothing loaded from anywhere
    assert not {"script", "iframe", "object", "embed", "img", "link", "base", "form"} & set(a.tags)
    assert not a.handlers
    assert all(u.startswith("https://") for u in a.urls)


def test_html_verdicts_are_legible_without_colour():
    page = render("html", sample_bundle(), settings(), now=NOW)
    # each verdict carries its label and an icon, and its tone class has a border pattern
    assert '<span class="verdict tone-good"><span class="icon" aria-hidden="true">✓</span> Verified</span>' in page
    assert '<span class="verdict tone-mixed"><span class="icon" aria-hidden="true">◐</span> Disputed</span>' in page
    assert '<span class="verdict tone-unknown"><span class="icon" aria-hidden="true">?</span> Unverifiable</span>' in page
    assert ".claim.tone-mixed { border-left-style: dashed; }" in page
    assert ".claim.tone-unknown { border-left-style: dotted; }" in page
    assert ".claim.tone-bad { border-left-style: double;" in page


def test_html_has_a_strict_content_security_policy():
    a = Audit(render("html", sample_bundle(), settings(), now=NOW))
    csp = [m["content"] for m in a.meta if m.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1
    directives = dict(d.strip().split(" ", 1) for d in csp[0].split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == "'unsafe-inline'"


def test_csv_one_row_per_claim():
    text = render("csv", sample_bundle(), settings(rating_scale="de"), now=NOW)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0].keys()) == list(COLUMNS)
    assert len(rows) == 4
    first = rows[0]
    assert first["article_title"] == "Trump und Putin verabreden sich"
    assert first["article_url"] == ARTICLE_URL
    assert first["published"] == "2017-05-02"
    assert first["type"] == "date"
    assert first["text"] == "am 7. und 8. Juli"
    assert first["value"] == "2017-07-07/2017-07-08"
    assert first["verdict"] == "verified" and first["verdict_label"] == "richtig"
    assert first["note"] == "Die G20-Gipfel fand am 7. und 8. Juli 2017 in Hamburg statt.\nSiehe Gipfeldokumente."
    assert first["evidence_urls"] == G20_URL
    assert first["archive_urls"] == ARCHIVE_URL
    number = next(r for r in rows if r["type"] == "number")
    assert json.loads(number["value"]) == {"min": 200000, "max": 900000}
    assert number["unit"] == "Toten" and number["verdict_label"] == "teilweise falsch"
    attribution = next(r for r in rows if r["type"] == "attribution")
    assert attribution["source"] == "Das Weiße Haus" and attribution["value"] == ""
    assert rows[-1]["verdict"] == "unchecked" and rows[-1]["text"] == "an diesem Mittwoch"


def test_dismissed_claims_are_left_out_of_reports_but_kept_in_json():
    b = sample_bundle()
    b["claims"][0]["dismissed"] = True
    assert len(list(csv.DictReader(io.StringIO(render("csv", b, settings()))))) == 3
    md = render("md", b, settings(), now=NOW)
    assert "3 claims, 2 checked." in md and "am 7. und 8. Juli**" not in md
    assert len(json.loads(render("claimreview", b, settings(), now=NOW))) == 2
    assert len(json.loads(render("json", b, settings()))["articles"][0]["claims"]) == 4


# -- escaping -----------------------------------------------------------------------------------

EVIL_TITLE = 'Breaking <script>alert("t")</script> [bold]news[/bold] # *x*'
EVIL_NOTE = (
    "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![img](https://evil.example/i.png)\n"
    "# not a heading\n1. not a list\n- not a list either\n> not a quote\n"
    "**not bold** _nor this_ `code` <b>raw</b> &lt;entity&gt; https://evil.example/x www.evil.example "
    "evil.example me@evil.example | cell | [bold]rich[/bold]"
)
EVIL_EVIDENCE = [
    Evidence(url="javascript:alert(document.cookie)", title="<script>alert(2)</script>"),
    Evidence(url="JaVaScRiPt:alert(3)", title="mixed case"),
    Evidence(url="java\tscript:alert(4)", title="tab in scheme"),
    Evidence(url="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==", title="data url"),
    Evidence(url="vbscript:msgbox(6)", title="vbscript"),
    Evidence(url='https://ok.example/a"onmouseover="alert(7)', title="quote in url"),
]


def evil_bundle() -> dict:
    b = sample_bundle(title=EVIL_TITLE, outlet="<i>Outlet</i>", url="javascript:alert(0)")
    c = b["claims"][0]
    c["note"] = EVIL_NOTE
    c["evidence"] = [e.to_dict() for e in EVIL_EVIDENCE]
    b["claims"][1]["note"] = "=HYPERLINK(\"https://evil.example\",\"x\")"
    return b


def test_html_escapes_everything_untrusted():
    page = render("html", evil_bundle(), settings(), now=NOW)
    a = Audit(page)
    assert "script" not in a.tags and "img" not in a.tags and "b" not in a.tags and "i" not in a.tags
    assert not a.handlers
    # only the http(s) links survive as links; the quote cannot leave the attribute
    assert all(u.startswith(("https://", "http://")) for u in a.urls)
    assert 'https://ok.example/a&quot;onmouseover=&quot;alert(7)' in page
    for bad in ("javascript:", "data:", "vbscript:", "java\tscript", "JaVaScRiPt:"):
        assert not any(bad.lower() in u.lower() for u in a.urls)
    # ... and are still shown, as text
    assert "javascript:alert(document.cookie)" in a.plain
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "Breaking &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; [bold]news[/bold]" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "[bold]rich[/bold]" in a.plain


def test_markdown_escapes_everything_untrusted():
    md = render("md", evil_bundle(), settings(), now=NOW)
    html = md_to_html(md)
    a = Audit(html)
    assert not {"script", "img", "b", "i", "em", "ol"} & set(a.tags)
    assert a.tags.count("table") == 1  # the summary, nothing from the note
    assert a.tags.count("h1") == 1 and a.tags.count("h2") == 1  # the title is one heading, intact
    assert a.tags.count("code") == 4  # only the article's and the three claims' ids
    # the only links left are the real evidence links (no javascript:, no autolinked evil.example)
    assert sorted(set(a.urls)) == ["https://ok.example/a%22onmouseover=%22alert%287%29", "https://www.example.org/syria-toll"]
    assert "evil.example" not in " ".join(a.urls)
    # the text reads as written
    for literal in ("[click](javascript:alert(1))", "# not a heading", "1. not a list", "- not a list either",
                    "> not a quote", "**not bold** _nor this_ `code` <b>raw</b> &lt;entity&gt;",
                    "https://evil.example/x www.evil.example evil.example me@evil.example | cell | [bold]rich[/bold]",
                    'Breaking <script>alert("t")</script> [bold]news[/bold] # *x*', "<i>Outlet</i>",
                    "javascript:alert(0)", "<script>alert(2)</script>"):
        assert literal in a.plain, literal
    # the layout holds: every claim heading is still a heading
    assert a.tags.count("h4") == 3


@pytest.mark.parametrize(
    "text",
    ["# h", "- item", "+ item", "1. item", "3) item", "> quote", "===", "---", "***", "<div>", "[a]: https://x.y",
     "`x`", "\\", "a  \\", "~~s~~", "|a|b|", "<!-- c -->", "&amp;", "*a* _b_ __c__"],
)
def test_markdown_escape_keeps_each_line_literal(text):
    html = md_to_html(md_escape(text, line_start=True))
    assert html.startswith("<p>") and html.count("<") == 2, html
    assert Audit(html).plain == " ".join(text.split())


def test_csv_cells_cannot_start_a_formula():
    b = sample_bundle(title="=cmd|' /C calc'!A0")
    b["claims"][0]["note"] = "+SUM(1,2)"
    b["claims"][1]["note"] = "-2+3"
    b["claims"][2]["note"] = "@SUM(A1)"
    b["claims"][3]["note"] = "\tTAB"
    b["claims"][0]["evidence"][0]["title"] = "=HYPERLINK(\"https://evil.example\")"
    b["claims"][1]["claim"]["unit"] = "-12.5"  # a plain number is no formula and stays a number
    rows = list(csv.reader(io.StringIO(render("csv", b, settings()))))[1:]
    col = {name: i for i, name in enumerate(COLUMNS)}
    by_id = {row[col["claim_id"]]: row for row in rows}
    ids = [c["claim"]["id"] for c in b["claims"]]
    assert by_id[ids[0]][col["article_title"]] == "'=cmd|' /C calc'!A0"
    assert by_id[ids[0]][col["note"]] == "'+SUM(1,2)"
    assert by_id[ids[0]][col["evidence_titles"]] == "'=HYPERLINK(\"https://evil.example\")"
    assert by_id[ids[1]][col["note"]] == "'-2+3"
    assert by_id[ids[1]][col["unit"]] == "-12.5"
    assert by_id[ids[2]][col["note"]] == "'@SUM(A1)"
    assert by_id[ids[3]][col["note"]] == "'\tTAB"
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell


@pytest.mark.parametrize("cell,expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1+1", "'-1+1"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("-3", "-3"), ("-3.25", "-3.25"), ("a=b", "a=b"), ("", ""), (None, ""), (12, "12"),
])
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


def test_load_accepts_bundles_lists_and_export_documents():
    b = sample_bundle()
    assert len(load(b)) == 1
    assert len(load([b, b])) == 2
    assert len(load({"format": "factcheck-export", "version": 1, "articles": [b]})) == 1
    with pytest.raises(InputError):
        load("nonsense")
    with pytest.raises(InputError):
        load({"claims": []})


def test_empty_workspace_renders_in_every_format():
    for fmt in FORMATS:
        out = render(fmt, [], settings(), now=NOW)
        assert out.endswith("\n")
    assert "no articles" in render("md", [], settings(), now=NOW)
    assert json.loads(render("claimreview", [], settings(), now=NOW)) == []


def test_checked_time_is_that_of_the_verdict_not_of_a_later_edit():
    b = sample_bundle()
    cid = b["claims"][0]["claim"]["id"]
    b["claims"][0]["updated"] = "2026-11-25T08:00:00+00:00"  # a note edited the next morning
    b["history"] = [
        {"claim": cid, "field": "verdict", "old": "unchecked", "new": "disputed", "at": "2026-11-24T09:00:00+00:00"},
        {"claim": cid, "field": "verdict", "old": "disputed", "new": "verified", "at": "2026-11-24T10:30:00+00:00"},
        {"claim": cid, "field": "note", "old": "", "new": "x", "at": "2026-11-25T08:00:00+00:00"},
    ]
    assert "- **Checked:** 2026-11-24 10:30" in render("md", b, settings(), now=NOW)
    rows = list(csv.DictReader(io.StringIO(render("csv", b, settings()))))
    assert rows[0]["checked"] == "2026-11-24T10:30:00+00:00"
    reviews = json.loads(render("claimreview", b, settings(), now=NOW))
    assert reviews[0]["datePublished"] == "2026-11-24"


def test_article_text_around_a_claim_is_escaped_too():
    from factcheck.model import Article, ClaimRecord
    from factcheck.report.common import bundle

    from .test_report_data import claim_at

    text = ("# Titel\n\nDer Minister sagte <script>alert(1)</script> am 3. Mai 2017 [x](javascript:alert(2)) "
            "**fett** [bold]rot[/bold] <a href=\"javascript:alert(3)\">hier</a>.\n")
    art = Article(text=text, title="<b>T</b>", published="2017-05-04")
    c = claim_at(text, "date", "am 3. Mai 2017", value="2017-05-03")
    b = bundle(art, [ClaimRecord(c, art.id, verdict="false")])

    page = render("html", b, settings(), now=NOW)
    a = Audit(page)
    assert "script" not in a.tags and not a.handlers and a.urls == []
    assert ("Der Minister sagte &lt;script&gt;alert(1)&lt;/script&gt; <mark>am 3. Mai 2017</mark> "
            "[x](javascript:alert(2)) **fett** [bold]rot[/bold] &lt;a href=&quot;javascript:alert(3)&quot;&gt;hier&lt;/a&gt;.") in page

    html = md_to_html(render("md", b, settings(), now=NOW))
    a = Audit(html)
    assert "script" not in a.tags and "a" not in a.tags and a.urls == []
    assert "<strong>am 3. Mai 2017</strong>" in html and "<strong>fett</strong>" not in html
    assert ('Der Minister sagte <script>alert(1)</script> am 3. Mai 2017 [x](javascript:alert(2)) **fett** '
            '[bold]rot[/bold] <a href="javascript:alert(3)">hier</a>.') in a.plain


def test_context_marks_the_right_occurrence_and_finds_a_missing_sentence():
    from factcheck.model import Article, Claim, ClaimRecord
    from factcheck.report.common import bundle

    text = "Einleitung.\n\nAm 7. Juli, nicht am 7. Juli 2016, trafen sie sich. Danach nichts mehr.\n"
    art = Article(text=text, title="t")
    second = text.index("7. Juli", text.index("7. Juli") + 1)
    dup = Claim(type="date", start=second, end=second + 7, text="7. Juli",
                sentence="Am 7. Juli, nicht am 7. Juli 2016, trafen sie sich.")
    bare = Claim(type="date", start=text.index("Danach"), end=text.index("Danach") + 6, text="Danach")  # no sentence
    b = bundle(art, [ClaimRecord(dup, art.id, verdict="false"), ClaimRecord(bare, art.id, verdict="verified")])
    md = render("md", b, settings(), now=NOW)
    assert "> Am 7. Juli, nicht am **7. Juli** 2016, trafen sie sich." in md
    assert "> **Danach** nichts mehr." in md
    page = render("html", b, settings(), now=NOW)
    assert "Am 7. Juli, nicht am <mark>7. Juli</mark> 2016" in page
    assert "<mark>Danach</mark> nichts mehr.</blockquote>" in page
