"""The HTML report: one self-contained page (inline CSS, no scripts, no external resources).

Safety: every piece of untrusted text is html-escaped; hrefs are only ever http(s) URLs
(`javascript:`, `data:`, `vbscript:` and anything else is shown as text, never linked); a
Content-Security-Policy meta tag forbids scripts, frames, images and remote loads even if
something slipped through. Verdicts are colour-coded and also carry an icon, their label
and a border pattern, so a black-and-white print tells them apart.
"""
from __future__ import annotations

import re
from html import escape as _esc

from .common import (
    TONE_ICONS,
    Context,
    ReportArticle,
    article_url,
    context_parts,
    date_only,
    evidence_status,
    one_line,
    paragraph,
    safe_url,
    seams,
    summarize,
    title_of,
    value_text,
    when,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

CSS = """
:root { --good: #1a7f37; --mixed: #9a6700; --bad: #cf222e; --unknown: #57606a; --none: #8c959f; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4 { line-height: 1.25; }
a { color: #0550ae; overflow-wrap: anywhere; }
.url { overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: .9em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .6rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.claim { border-left: 6px solid var(--tone); padding: .2rem 0 .2rem 1rem; margin: 1.5rem 0;
  break-inside: avoid; }
.claim h4 { margin: 0 0 .4rem; }
.verdict { display: inline-block; border: 2px solid var(--tone); color: var(--tone);
  border-radius: .3rem; padding: 0 .45rem; font-weight: 700; }
.tone-good { --tone: var(--good); }
.tone-mixed { --tone: var(--mixed); }
.tone-bad { --tone: var(--bad); }
.tone-unknown { --tone: var(--unknown); }
.tone-none { --tone: var(--none); }
/* patterns as well as colours: solid, dashed, double, dotted survive a grey-scale print */
.claim.tone-mixed { border-left-style: dashed; }
.claim.tone-bad { border-left-style: double; border-left-width: 9px; }
.claim.tone-unknown { border-left-style: dotted; }
.verdict.tone-mixed { border-style: dashed; }
.verdict.tone-bad { border-style: double; border-width: 4px; }
.verdict.tone-unknown { border-style: dotted; }
.kind { color: #57606a; font-weight: 400; }
blockquote.context { margin: .4rem 0; padding: .3rem .8rem; background: #f6f8fa; border-left: 3px solid #d0d7de; }
mark { background: #fff8c5; font-weight: 700; padding: 0 .1em; }
.note p { margin: .2rem 0; }
ul.evidence { margin: .2rem 0; padding-left: 1.2rem; }
.status { color: #57606a; }
footer { margin-top: 3rem; color: #57606a; font-size: .9em; }
@media print {
  body { font: 10.5pt/1.4 Georgia, "Times New Roman", serif; color: #000; max-width: none; margin: 0; }
  a { color: #000; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
  blockquote.context { background: none; }
  mark { background: none; text-decoration: underline; }
  .claim, table { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  article + article { break-before: page; }
}
"""


def esc(text) -> str:
    """Untrusted text for an element's content or a quoted attribute."""
    return _esc(one_line("" if text is None else str(text)), quote=True)


def link(label: str, url: str | None) -> str:
    """<a> for an http(s) URL; anything else is shown as text, never as a link."""
    safe = safe_url(url)
    if not safe:
        shown = one_line(label) or one_line(url)
        out = f'<span class="unsafe-url">{esc(shown)}</span>'
        if url and one_line(url) != shown:
            out += f' (<span class="url">{esc(url)}</span>)'
        return out
    return f'<a href="{_esc(safe, quote=True)}" rel="noopener noreferrer nofollow">{esc(label)}</a>'


def _lang(code: str | None) -> str:
    code = (code or "").strip().lower()
    return code if re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", code) else ""


def _verdict(label: str, tone: str) -> str:
    return (f'<span class="verdict tone-{tone}"><span class="icon" aria-hidden="true">{TONE_ICONS[tone]}</span> '
            f"{esc(label)}</span>")


def _article(ra: ReportArticle, ctx: Context) -> list[str]:
    a = ra.article
    lang = _lang(a.lang)
    out = [f'<article id="article-{esc(a.id)}"' + (f' lang="{lang}"' if lang else "") + ">",
           f"<h2>{esc(title_of(a))}</h2>", '<dl class="meta">']
    url = article_url(a)
    meta = [
        ("Outlet", esc(a.outlet) if a.outlet else ""),
        ("Author", esc(a.author) if a.author else ""),
        ("URL", link(url or a.url or "", url or a.url) if (url or a.url) else ""),
        ("Published", esc(a.published) if a.published else "unknown"),
        ("Article ID", f"<code>{esc(a.id)}</code>"),
    ]
    out += [f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta if v]
    out.append("</dl>")

    s = summarize(ra, ctx)
    out += ['<section class="summary">', "<h3>Summary</h3>", f"<p>{s.total} claims, {s.checked} checked.</p>"]
    if s.total:
        out.append('<table><thead><tr><th scope="col">Type</th>'
                   + "".join(f'<th scope="col">{_verdict(label, tone)}</th>' for label, tone in s.labels)
                   + '<th scope="col">Total</th></tr></thead><tbody>')
        for t, counts in s.by_type.items():
            out.append(f'<tr><th scope="row">{esc(t)}</th>'
                       + "".join(f"<td>{counts.get(label, 0)}</td>" for label, _ in s.labels)
                       + f"<td>{sum(counts.values())}</td></tr>")
        totals = "".join(f"<td>{sum(c.get(label, 0) for c in s.by_type.values())}</td>" for label, _ in s.labels)
        out.append(f'<tr><th scope="row">All</th>{totals}<td>{s.total}</td></tr></tbody></table>')
    out.append("</section>")

    checked = ra.checked
    out += ['<section class="claims">', "<h3>Checked claims</h3>"]
    if not checked:
        out.append("<p>No claim of this article has a verdict yet.</p>")
    text = a.text or ""
    for r in checked:
        c = r.claim
        label, tone = ctx.label(r.verdict)
        before, mid, after = context_parts(c, text)
        val = value_text(c)
        out.append(f'<section class="claim tone-{tone}" id="claim-{esc(c.id)}">')
        out.append(f'<h4>{_verdict(label, tone)} <span class="kind">{esc(c.type)}: {esc(val)}</span></h4>')
        out.append(f'<blockquote class="context">{seams(esc, before)}<mark>{esc(mid)}</mark>{seams(esc, after)}</blockquote>')
        out.append("<dl class=\"meta\">")
        out.append(f"<dt>Type</dt><dd>{esc(c.type)}</dd>")
        if c.type == "attribution":
            out.append(f"<dt>Source</dt><dd>{esc(val)}</dd>")
            if c.content:
                out.append(f"<dt>Content</dt><dd>{esc(c.content)}</dd>")
        else:
            out.append(f"<dt>Value</dt><dd>{esc(val)}</dd>")
        at = ra.checked_at(r)
        if at:
            out.append(f'<dt>Checked</dt><dd><time datetime="{esc(at)}">{esc(when(at))}</time></dd>')
        out.append("</dl>")
        lines = paragraph(r.note)
        if lines:
            out.append('<div class="note"><strong>Note</strong>' + "".join(f"<p>{esc(x)}</p>" for x in lines) + "</div>")
        if r.evidence:
            out.append('<strong>Evidence</strong><ul class="evidence">')
            for e in r.evidence:
                item = link(one_line(e.title) or one_line(e.url), e.url)
                if e.stance:
                    item += f" ({esc(e.stance)})"
                item += f' <span class="status">{esc(evidence_status(e))}</span>'
                if e.archive_url:
                    item += " · " + link("archived copy", e.archive_url)
                if e.quote:
                    item += f"<blockquote>{esc(e.quote)}</blockquote>"
                out.append(f"<li>{item}</li>")
            out.append("</ul>")
        out.append("</section>")
    rest = len(ra.shown) - len(checked)
    if rest:
        out.append(f"<p>{rest} more claim{' is' if rest == 1 else 's are'} not checked yet.</p>")
    out += ["</section>", "</article>"]
    return out


def render(articles: list[ReportArticle], ctx: Context) -> str:
    titles = [title_of(ra.article) for ra in articles]
    title = "Fact-check report" + (f": {titles[0]}" if len(titles) == 1 else "")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header><h1>Fact-check report</h1></header>",
    ]
    if not articles:
        out.append("<p>The workspace holds no articles.</p>")
    for ra in articles:
        out += _article(ra, ctx)
    by = f" by {esc(ctx.settings.author_name)}" if ctx.settings.author_name else ""
    out += [f'<footer>Generated {date_only(ctx.now.isoformat())}{by}.</footer>', "</body>", "</html>"]
    return "\n".join(out) + "\n"
