"""`factcheck export [--article ID] --format FMT [-o FILE]` and `factcheck import FILE`.

export: a report of one article or of the whole workspace, on standard output or into FILE
(written whole or not at all). import: reads a JSON export (`--format json`) back into the
workspace.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..config import load_settings
from ..errors import InputError
from ..textsafe import clean_line
from .common import open_workspace

_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json",
               ".csv": "csv", ".jsonld": "claimreview"}


def register(sub) -> None:
    from ..report import FORMATS

    p = sub.add_parser("export", help="write a fact-check report (md, html, json, csv, claimreview)")
    p.add_argument("--article", metavar="ID", help="one article (default: every article in the workspace)")
    p.add_argument("--format", "-f", choices=tuple(FORMATS), default=None,
                   help="report format (default: from the -o file's extension, else md)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--scale", metavar="NAME", help="rating scale (default: rating_scale from config.toml)")
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help="read a JSON export (factcheck export --format json) into the workspace")
    p.add_argument("file", help="a file written by `factcheck export --format json` ('-' for standard input)")
    p.set_defaults(func=run_import)


def _format(args) -> str:
    if args.format:
        return args.format
    if args.output:
        return _EXTENSIONS.get(Path(args.output).suffix.lower(), "md")
    return "md"


def run_export(args) -> int:
    from ..report import collect, render, write_report
    from ..report.ratings import get_scale

    fmt = _format(args)
    settings = load_settings()
    if args.scale:
        get_scale(args.scale, settings)  # unknown scale: error before touching the workspace
        settings.rating_scale = args.scale
    with open_workspace(args) as ws:
        data = collect(ws, args.article)
    text = render(fmt, data, settings)
    if fmt == "claimreview" and not (settings.extra.get("review_url") or settings.author_url):
        print("factcheck: note: no review_url or author_url in config.toml; each ClaimReview url is "
              "\"#claim-ID\", relative to the page that embeds it", file=sys.stderr)
    if args.output:
        write_report(Path(args.output), text, fmt)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def run_import(args) -> int:
    from ..report.json_export import parse

    if args.file == "-":
        text, name = sys.stdin.read(), "standard input"
    else:
        p = Path(args.file)
        if not p.is_file():
            raise InputError(f"{p}: no such file" if not p.exists() else f"{p}: not a file")
        try:
            text = p.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{p}: not UTF-8 text, not a factcheck export") from None
        except OSError as e:
            raise InputError(f"{p}: cannot read ({e.strerror or e})") from None
        name = str(p)
    bundles = parse(text, name)  # validated whole before the workspace is touched
    claims = 0
    with open_workspace(args) as ws:
        for b in bundles:
            art = ws.import_article(b)
            claims += len(b.get("claims") or [])
            print(f"imported article {art.id}: {clean_line(art.title or art.source)[:120]}")
    print(f"{len(bundles)} article(s), {claims} claim(s) imported")
    return 0
