"""The Markdown report: the article, a summary table, then every checked claim.

Every piece of untrusted text (article, title, note, evidence title, URL) goes through
`escape()`, so it renders as the same literal text in any CommonMark/GFM renderer: it cannot
open a link, an image, inline HTML, emphasis, a heading, a list or a table, nor turn a bare
URL into a link (GFM autolinks "https://", "www." and e-mail addresses).
"""
from __future__ import annotations

import re
from urllib.parse import quote

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


# Backslash-escaped wherever they occur: characters with a meaning anywhere in a line
# (escapes, emphasis, code, links, raw HTML, entities, strikethrough, tables, '#' for
# headings' closing sequences, '@' of an e-mail autolink) ...
_ESCAPE_CHARS = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&~|#!@"})
# ... and, by context, what renderers turn into links by themselves: a scheme's ':'
# ("https://", "mailto:x") and the '.' inside a domain ("www.x.org"; "x.org" for linkify-it).
_ESCAPE_CONTEXT = re.compile(r"(?<=[A-Za-z]):(?=\S)|(?<=\w)\.(?=\w)")
# what opens a block at the start of a line: heading, quote, list, thematic break, setext
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+(?=[.)]))")


def _backslash(m: re.Match) -> str:
    return "\\" + m.group(0)


def escape(text: str | None, line_start: bool = False) -> str:
    """Untrusted text as literal Markdown (one line; pass line_start when it begins a line)."""
    s = one_line(text).translate(_ESCAPE_CHARS)
    if "." in s or ":" in s:  # most short fields have neither: skip the regex
        s = _ESCAPE_CONTEXT.sub(_backslash, s)
    if line_start:
        m = _LINE_START.match(s)
        if m:
            if m.group(2)[0].isdigit():
                # "1." / "1)" opens an ordered list: escape the delimiter
                end = m.end()
                s = s[:end] + "\\" + s[end:]
            else:
                s = s[: m.start(2)] + "\\" + s[m.start(2):]
    return s


_URL_SAFE = "/:?#[]@!$&'*+,;=%-._~"
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9/:?#\[\]@!$&'*+,;=%\-._~]")


def link(label: str, url: str | None) -> str:
    """[label](url) for an http(s) URL; anything else is shown as escaped text, never a link."""
    safe = safe_url(url)
    if not safe:
        shown = one_line(label) or one_line(url)
        return escape(shown) + (f" ({escape(url)})" if url and one_line(url) != shown else "")
    # percent-encode what could end the destination or the line: spaces, parens, <, >, quotes
    dest = quote(safe, safe=_URL_SAFE) if _URL_UNSAFE.search(safe) else safe
    return f"[{escape(label)}]({dest})"


def _rows(ra: ReportArticle, ctx: Context) -> list[str]:
    a = ra.article
    out = [f"## {escape(title_of(a))}", ""]
    meta = [
        ("Outlet", escape(a.outlet) if a.outlet else ""),
        ("Author", escape(a.author) if a.author else ""),
        ("URL", link(one_line(article_url(a) or a.url or ""), article_url(a)) if (a.url or article_url(a)) else ""),
        ("Published", escape(a.published) if a.published else "unknown"),
        ("Language", escape(a.lang) if a.lang else ""),
        ("Article ID", f"`{a.id}`" if re.fullmatch(r"[0-9a-zA-Z_-]+", a.id or "") else escape(a.id)),
    ]
    out += [f"- **{k}:** {v}" for k, v in meta if v]
    out.append("")

    s = summarize(ra, ctx)
    out += ["### Summary", "", f"{s.total} claims, {s.checked} checked.", ""]
    if s.total:
        heads = [f"{TONE_ICONS[tone]} {escape(label)}" for label, tone in s.labels]
        out.append("| Type | " + " | ".join(heads) + " | Total |")
        out.append("|---|" + "---:|" * (len(heads) + 1))
        for t, counts in s.by_type.items():
            cells = [str(counts.get(label, 0)) for label, _ in s.labels]
            out.append(f"| {escape(t)} | " + " | ".join(cells) + f" | {sum(counts.values())} |")
        totals = [str(sum(c.get(label, 0) for c in s.by_type.values())) for label, _ in s.labels]
        out.append("| **All** | " + " | ".join(totals) + f" | {s.total} |")
        out.append("")

    checked = ra.checked
    out += ["### Checked claims", ""]
    if not checked:
        out += ["No claim of this article has a verdict yet.", ""]
    text = a.text or ""
    for n, r in enumerate(checked, 1):
        c = r.claim
        label, tone = ctx.label(r.verdict)
        out.append(f"#### {n}. {TONE_ICONS[tone]} {escape(label)}: {escape(c.type)}, {escape(value_text(c))}")
        out.append("")
        before, mid, after = context_parts(c, text)
        lead = seams(lambda x: escape(x, line_start=True), before).lstrip()
        out.append(f"> {lead}**{escape(mid)}**{seams(escape, after)}".rstrip())
        out.append("")
        out.append(f"- **Verdict:** {TONE_ICONS[tone]} {escape(label)}")
        out.append(f"- **Type:** {escape(c.type)}")
        if c.type == "attribution":
            out.append(f"- **Source:** {escape(value_text(c))}")
            if c.content:
                out.append(f"- **Content:** {escape(c.content)}")
        else:
            out.append(f"- **Value:** {escape(value_text(c))}")
        lines = paragraph(r.note)
        if lines:
            # a trailing backslash is a hard line break: the note keeps its lines
            out.append("- **Note:** " + "\\\n  ".join(escape(x, line_start=i > 0) for i, x in enumerate(lines)))
        if r.evidence:
            out.append("- **Evidence:**")
            for e in r.evidence:
                item = f"  - {link(one_line(e.title) or one_line(e.url), e.url)}"
                if e.stance:
                    item += f", {escape(e.stance)}"
                item += f": {escape(evidence_status(e))}"
                if e.archive_url:
                    item += f"; {link('archived copy', e.archive_url)}"
                out.append(item)
                if e.quote:
                    out.append(f"    > {escape(e.quote, line_start=True)}")
        at = ra.checked_at(r)
        if at:
            out.append(f"- **Checked:** {escape(when(at))}")
        out.append(f"- **Claim ID:** `{c.id}`" if re.fullmatch(r"[0-9a-zA-Z_-]+", c.id) else f"- **Claim ID:** {escape(c.id)}")
        out.append("")
    rest = len(ra.shown) - len(checked)
    if rest:
        out += [f"{rest} more claim{' is' if rest == 1 else 's are'} not checked yet.", ""]
    return out


def render(articles: list[ReportArticle], ctx: Context) -> str:
    out = ["# Fact-check report", ""]
    by = escape(ctx.settings.author_name) if ctx.settings.author_name else ""
    out.append(f"Generated {date_only(ctx.now.isoformat())}" + (f" by {by}" if by else "") + ".")
    out.append("")
    if not articles:
        out += ["The workspace holds no articles.", ""]
    for ra in articles:
        out += _rows(ra, ctx)
    return "\n".join(out).rstrip("\n") + "\n"
