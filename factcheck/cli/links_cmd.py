"""Commands that go out to the web for evidence:

    factcheck check-links [--article ID] [--claim ID] [--format table|json]
    factcheck factchecks CLAIM_ID [--query TEXT] [--lang de|en] [--attach N] [--format table|json]
    factcheck archive CLAIM_ID URL

The workspace is not held open while the network is busy: links are read, checked (concurrently,
progress on stderr), and the results written back in one short second visit. A failure before
that (bad id, no key, the service down) writes nothing.
"""
from __future__ import annotations

import json
import sys

from ..errors import FactcheckError, InputError
from ..textsafe import clean_line, short
from .common import open_workspace, print_table


def register(sub) -> None:
    p = sub.add_parser("check-links", help="check every evidence link (status, final URL, title); flag dead or changed ones")
    p.add_argument("--article", metavar="ID", help="only the evidence of this article's claims")
    p.add_argument("--claim", metavar="ID", help="only the evidence of this claim")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run_check_links)

    p = sub.add_parser("factchecks", help="earlier fact-checks of a claim (Google Fact Check Tools; needs an API key)")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("--query", metavar="TEXT", help="search for this instead of the claim's sentence")
    p.add_argument("--lang", metavar="CODE", help="language of the reviews (default: the article's)")
    p.add_argument("--attach", metavar="N", type=int, help="attach review number N as evidence")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run_factchecks)

    p = sub.add_parser("archive", help="save an evidence link in the Wayback Machine and record the copy's URL")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("url", metavar="URL", help="one of the claim's evidence links")
    p.set_defaults(func=run_archive)


class _Progress:
    """Progress on stderr: one rewritten line on a terminal, a line per link otherwise."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()

    def __call__(self, done: int, total: int, check) -> None:
        if self.tty:
            self.stream.write(f"\rchecking links: {done}/{total}")
            if done == total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{done}/{total}] {check.flag:7} {short(check.url, 100)}\n")
        self.stream.flush()


def run_check_links(args) -> int:
    from ..config import load_settings
    from ..fetch import check_links
    from ..fetch.links import evidence_update
    from ..store.errors import NotFound

    with open_workspace(args) as ws:
        if args.claim:
            records = [ws.claim(args.claim)]
        else:
            records = ws.claims(article=args.article)
    todo = [(r.id, ev) for r in records for ev in r.evidence]
    if not todo:
        where = f" of claim {args.claim}" if args.claim else f" in article {args.article}" if args.article else ""
        print(f"no evidence links to check{where}")
        return 0
    urls = list(dict.fromkeys(ev.url for _, ev in todo))
    print(f"checking {len(urls)} link{'s' if len(urls) != 1 else ''}", file=sys.stderr)
    checks = dict(zip(urls, check_links(urls, load_settings(), progress=_Progress())))

    rows = []
    with open_workspace(args) as ws:
        for cid, ev in todo:
            chk = checks[ev.url]
            fields = evidence_update(chk, ev)
            try:
                ws.update_evidence(cid, ev.url, **fields)
            except NotFound:  # removed meanwhile (the TUI, another shell): nothing to record
                continue
            rows.append({"claim": cid, "url": ev.url, **fields, "title": chk.title or ev.title})
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["flag"]] = counts.get(r["flag"], 0) + 1
    if args.format == "json":
        json.dump({"links": rows, "counts": counts}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    table = [("CLAIM", "FLAG", "STATUS", "URL", "TITLE / PROBLEM")]
    for r in rows:
        table.append((r["claim"], r["flag"], str(r["status"] or "-"), short(r["url"], 60),
                      short(r["error"] if r["flag"] in ("dead", "error") else r["title"], 70)))
    print_table(table)
    summary = ", ".join(f"{counts[k]} {k}" for k in ("ok", "changed", "dead", "error") if counts.get(k))
    print(f"{len(rows)} evidence link{'s' if len(rows) != 1 else ''}: {summary}")
    return 0


def _query_for(rec) -> str:
    c = rec.claim
    text = c.content if c.type == "attribution" and c.content else (c.sentence or c.text)
    return short(text, 300)


def run_factchecks(args) -> int:
    from ..config import load_settings
    from ..fetch import review_to_evidence, search_factchecks

    settings = load_settings()
    with open_workspace(args) as ws:  # a bad id fails first, whether or not a key is set
        rec = ws.claim(args.claim_id)
        lang = args.lang or ws.article(rec.article).lang or None
    if not settings.factcheck_api_key:
        raise FactcheckError("earlier fact-checks are off: no API key (set FACTCHECK_FACTCHECK_API_KEY "
                             "or factcheck_api_key in the config file)")
    query = clean_line(args.query) if args.query else _query_for(rec)
    reviews = search_factchecks(query, settings, lang=lang)
    if args.attach is not None:
        if not 1 <= args.attach <= len(reviews):
            raise InputError(f"--attach {args.attach}: there {'is' if len(reviews) == 1 else 'are'} "
                             f"{len(reviews)} review{'s' if len(reviews) != 1 else ''} for this search")
        review = reviews[args.attach - 1]
        with open_workspace(args) as ws:
            ws.add_evidence(rec.id, review_to_evidence(review))
        print(f"{rec.id}: attached {review.publisher}: {review.rating} {review.url}")
        return 0
    if args.format == "json":
        from dataclasses import asdict

        json.dump({"claim": rec.id, "query": query, "reviews": [asdict(r) for r in reviews]},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not reviews:
        print(f"no published fact-checks found for {short(query, 80)!r}")
        return 0
    print(f"earlier fact-checks for {short(query, 80)!r}:")
    for i, r in enumerate(reviews, 1):
        print(f"{i:3}. {short(r.publisher, 40)}: {short(r.rating, 40)}" + (f" ({r.date})" if r.date else ""))
        print(f"     {short(r.url, 100)}")
        if r.claim_text:
            print(f"     claim: {short(r.claim_text, 90)}" + (f" ({short(r.claimant, 30)})" if r.claimant else ""))
    print(f"attach one as evidence: factcheck factchecks {rec.id} --attach N")
    return 0


def run_archive(args) -> int:
    from ..config import load_settings
    from ..fetch import archive

    with open_workspace(args) as ws:
        rec = ws.claim(args.claim_id)
        if not any(e.url == args.url for e in rec.evidence):
            raise InputError(f"claim {rec.id} has no evidence {short(args.url, 100)} (add it with `factcheck evidence`)")
    copy = archive(args.url, load_settings())
    with open_workspace(args) as ws:
        ws.update_evidence(rec.id, args.url, archive_url=copy)
    print(f"{rec.id}: archived {short(args.url, 80)} -> {copy}")
    return 0
