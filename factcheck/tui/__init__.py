"""The Textual workbench: one client of the core (the only package that imports Textual)."""
from __future__ import annotations


def run_app(article=None, db=None, published=None, lang="auto") -> int:
    from .app import WorkbenchApp

    app = WorkbenchApp(db=db, article=article, published=published, lang=lang)
    try:
        app.run()
    finally:
        app.shutdown()
    return app.return_code or 0
