"""`factcheck [open FILE|URL]`: the Textual workbench."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("open", help="open the workbench (the default command)")
    p.add_argument("article", nargs="?", help="an article file or URL (default: the last one, or the bundled sample)")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..tui import run_app  # Textual is imported only when the TUI is wanted

    return run_app(article=args.article, db=args.db, published=args.published, lang=args.lang)
