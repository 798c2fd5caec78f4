"""Errors meant for the user: each carries a one-line message the CLI and the TUI show as is."""
from __future__ import annotations


class FactcheckError(Exception):
    """Base of every expected failure (bad input, a locked workspace, a dead link, ...)."""

    exit_code = 1


class InputError(FactcheckError):
    """A file or argument the user gave cannot be used."""

    exit_code = 2
