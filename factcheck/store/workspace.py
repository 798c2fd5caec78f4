"""The workspace repository on TinyDB. (skeleton: the store issue fills it in)"""
from __future__ import annotations

from ..errors import FactcheckError


class StoreError(FactcheckError):
    """The workspace cannot be opened or written (corrupt, foreign, unwritable)."""


class WorkspaceLocked(StoreError):
    """Another process holds the workspace."""


class Workspace:
    def __init__(self, path):
        raise StoreError("the workspace store is not implemented yet")


def open_workspace(db=None) -> Workspace:
    from .location import workspace_path

    return Workspace(workspace_path(db))
