"""Workspace commands: add, articles, list, verdict, note, evidence, history, recover.

Each is a thin call into factcheck.store; bad ids and unknown verdicts are FactcheckErrors
(one line, non-zero exit) raised before anything is written.
"""
from __future__ import annotations

import json
import sys

from ..model import CLAIM_TYPES, Evidence
from ..textsafe import short
from .common import open_workspace, print_table


def register(sub) -> None:
    p = sub.add_parser("add", help="add an article (file or URL) to the workspace and extract its claims")
    p.add_argument("source", metavar="FILE|URL", help="a UTF-8 text file or an http(s) URL")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (overrides the page's date)")
    p.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    p.add_argument("--title", help="title to store (default: the page title or the file name)")
    p.set_defaults(func=run_add)

    p = sub.add_parser("articles", help="list the workspace's articles with their progress")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run_articles)

    p = sub.add_parser("list", help="list claims with their verdicts")
    p.add_argument("--article", metavar="ID")
    p.add_argument("--verdict", metavar="V")
    p.add_argument("--type", choices=CLAIM_TYPES)
    p.add_argument("--all", action="store_true", help="include dismissed claims")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run_list)

    p = sub.add_parser("verdict", help="set a claim's verdict")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("verdict", metavar="VERDICT")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=run_verdict)

    p = sub.add_parser("note", help="set a claim's note")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(func=run_note)

    p = sub.add_parser("evidence", help="attach an evidence link to a claim (and check it)")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("url", metavar="URL")
    p.add_argument("--quote", metavar="TEXT")
    p.add_argument("--stance", choices=("supports", "refutes"))
    p.add_argument("--no-check", action="store_true", help="do not fetch the link now")
    p.add_argument("--remove", action="store_true", help="remove this link from the claim instead")
    p.set_defaults(func=run_evidence)

    p = sub.add_parser("history", help="show the history of a claim")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run_history)

    p = sub.add_parser("recover", help="restore a damaged workspace file from its last good state")
    p.add_argument("--from-backup", action="store_true", help="use the backup of the last compaction")
    p.set_defaults(func=run_recover)


def run_add(args) -> int:
    from ..extract import parse_published
    from ..sources import article_fields

    published = parse_published(args.published)  # a bad date fails before anything is fetched
    pub_s = published.isoformat() if published else None
    lang = None if args.lang == "auto" else args.lang
    fields = article_fields(args.source, pub_s, lang, args.title)
    with open_workspace(args) as ws:
        from ..model import article_id
        from ..textsafe import clean_text

        known = article_id(clean_text(fields["text"])) in {a.id for a in ws.articles()}
        art = ws.add_article(**fields)
        checked, total = ws.progress(art.id)
    what = "already in the workspace, re-extracted" if known else "added"
    print(f"{what}: article {art.id} {art.title!r}: {total} claims ({checked} checked)")
    if not art.published:
        print("no publication date (none given, none on the page): relative dates resolve against dates "
              "in the text; use --published YYYY-MM-DD to set one", file=sys.stderr)
    return 0


def run_articles(args) -> int:
    with open_workspace(args) as ws:
        rows = []
        for a in ws.articles():
            checked, total = ws.progress(a.id)
            rows.append({"id": a.id, "title": a.title, "source": a.source, "lang": a.lang,
                         "published": a.published, "added": a.added, "checked": checked, "claims": total})
    if args.format == "json":
        json.dump({"articles": rows}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("no articles yet: `factcheck add FILE|URL` adds one")
        return 0
    table = [("ID", "CHECKED", "PUBLISHED", "TITLE")]
    table += [(r["id"], f"{r['checked']}/{r['claims']}", r["published"] or "-", short(r["title"] or r["source"], 60))
              for r in rows]
    print_table(table)
    return 0


def run_list(args) -> int:
    from ..store.workspace import check_verdict

    verdict = check_verdict(args.verdict) if args.verdict else None
    with open_workspace(args) as ws:
        recs = ws.claims(article=args.article, verdict=verdict, type=args.type, include_dismissed=args.all)
    if args.format == "json":
        json.dump({"claims": [r.to_dict() for r in recs]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    table = [("ID", "ARTICLE", "TYPE", "VERDICT", "TEXT", "VALUE / SOURCE")]
    for r in recs:
        c = r.claim
        val = c.source if c.type == "attribution" else _value(c.value) + (f" {c.unit}" if c.unit else "")
        table.append((r.id, r.article, c.type, r.verdict + (" (dismissed)" if r.dismissed else ""),
                      short(c.text, 50), short(val or "", 40)))
    print_table(table)
    return 0


def run_verdict(args) -> int:
    with open_workspace(args) as ws:
        r = ws.set_verdict(args.claim_id, args.verdict, note=args.note)
    print(f"{r.id}: {r.verdict}" + (f" ({short(r.note, 60)})" if r.note else ""))
    return 0


def run_note(args) -> int:
    with open_workspace(args) as ws:
        r = ws.set_note(args.claim_id, args.text)
    print(f"{r.id}: note set")
    return 0


def run_evidence(args) -> int:
    from ..fetch import FetchError, check_link, evidence_update, validate_url

    with open_workspace(args) as ws:
        cid = ws.claim(args.claim_id).id  # a bad id fails before anything is written
        if args.remove:
            ws.remove_evidence(cid, args.url)
            print(f"{cid}: removed {args.url}")
            return 0
        url = validate_url(args.url)  # malformed or not http(s): error, nothing written
        rec = ws.add_evidence(cid, Evidence(url=url, quote=args.quote, stance=args.stance))
        print(f"{cid}: evidence {url}")
        if args.no_check:
            return 0
        from ..config import load_settings

        try:
            chk = check_link(url, load_settings())
        except FetchError as e:  # recorded, not fatal: the link is stored either way
            ws.update_evidence(cid, url, error=str(e), flag="error")
            print(f"warning: {url}: {e}", file=sys.stderr)
            return 0
        # as check-links does: a link added again keeps its title and what its last good check learned
        previous = next((e for e in rec.evidence if e.url == url), None)
        fields = evidence_update(chk, previous)
        ws.update_evidence(cid, url, **fields)
    if fields["flag"] != "ok":
        why = chk.error or (f"HTTP {chk.status}" if chk.status else "no answer")
        print(f"warning: {url}: link is {fields['flag']} ({why})", file=sys.stderr)
    else:
        print(f"checked: HTTP {chk.status}" + (f" {short(chk.title, 60)!r}" if chk.title else ""))
    return 0


def run_history(args) -> int:
    with open_workspace(args) as ws:
        cid = ws.claim(args.claim_id).id
        changes = ws.history(cid)
    if args.format == "json":
        json.dump({"claim": cid, "history": [c.to_dict() for c in changes]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not changes:
        print(f"{cid}: no changes yet")
        return 0
    table = [("WHEN", "FIELD", "OLD", "NEW")]
    table += [(c.at, c.field, short(_value(c.old), 40), short(_value(c.new), 40)) for c in changes]
    print_table(table)
    return 0


def run_recover(args) -> int:
    from ..store.location import workspace_path
    from ..store.recover import recover_workspace

    report = recover_workspace(workspace_path(getattr(args, "db", None)), from_backup=args.from_backup)
    print(report)
    return 0


def _value(v) -> str:
    if v is None or v == "":
        return "-"
    if isinstance(v, dict):
        if set(v) <= {"min", "max"}:
            return " ".join(f"{k}={v[k]}" for k in ("min", "max") if k in v)
        return ", ".join(f"{k}={v[k]}" for k in v)
    return str(v)
