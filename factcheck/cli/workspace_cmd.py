"""(stub: subcommands registered here are filled in by their issue)"""
from __future__ import annotations


def register(sub) -> None:
    pass
