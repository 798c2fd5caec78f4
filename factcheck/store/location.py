"""Where the workspace lives: --db PATH, else $FACTCHECK_DB, else the user data directory."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "FACTCHECK_DB"
DEFAULT_NAME = "workspace.json"


def workspace_path(db: str | os.PathLike | None = None) -> Path:
    if db:
        return Path(db).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("factcheck", appauthor=False)) / DEFAULT_NAME
