"""`factcheck extract FILE [--published DATE] [--lang de|en|auto] [--format json|table]`."""
from __future__ import annotations

import json
import sys

from .common import print_table


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the claims of an article file (no workspace needed)")
    p.add_argument("file", help="a UTF-8 text file")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (relative dates resolve against it)")
    p.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=run)


def run(args) -> int:
    # imported here: loading the grammars is most of a cold start, and only this command needs them
    from ..extract import detect_language, extract, parse_published
    from ..sources import read_text_file

    published = parse_published(args.published)  # bad date: error before reading anything
    text = read_text_file(args.file)
    lang = detect_language(text) if args.lang == "auto" else args.lang
    claims = extract(text, published=published, lang=lang)
    if args.format == "json":
        doc = {
            "article": {
                "file": args.file,
                "lang": lang,
                "published": published.isoformat() if published else None,
                "chars": len(text),
            },
            "claims": [c.to_dict() for c in claims],
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_claims(claims)
    return 0


def _cell(v) -> str:
    if isinstance(v, dict):
        return " ".join(f"{k}={v[k]}" for k in ("min", "max") if k in v)
    return "" if v is None else str(v)


def _print_claims(claims) -> None:
    rows = [("ID", "TYPE", "TEXT", "VALUE / SOURCE")]
    for c in claims:
        val = c.source if c.type == "attribution" else _cell(c.value) + (f" {c.unit}" if c.unit else "")
        text = " ".join(c.text.split())
        rows.append((c.id, c.type, text[:60] + ("…" if len(text) > 60 else ""), val or ""))
    print_table(rows)
