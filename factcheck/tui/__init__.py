"""The Textual workbench: one client of the core. (skeleton: the TUI issue fills it in)"""
from __future__ import annotations


def run_app(article=None, db=None, published=None, lang="auto") -> int:
    from ..errors import FactcheckError

    raise FactcheckError("the workbench is not built yet")
