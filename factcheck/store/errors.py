"""The store's errors: one-line messages the CLI and the TUI show as they are."""
from __future__ import annotations

from ..errors import FactcheckError, InputError


class StoreError(FactcheckError):
    """The workspace cannot be opened or written (corrupt, foreign, unwritable)."""


class NewerWorkspace(StoreError):
    """The file was written by a newer factcheck: intact, but not ours to read or repair."""


class WorkspaceLocked(StoreError):
    """Another process kept the workspace locked for longer than we wait."""


class NotFound(InputError):
    """An unknown article or claim id, an unknown verdict: bad input, nothing written."""
