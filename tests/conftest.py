"""Shared fixtures. Every test gets its own workspace file through FACTCHECK_DB."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PYTHON = sys.executable


@pytest.fixture(autouse=True)
def _isolated_workspace(tmp_path, monkeypatch):
    """No test touches the user's real workspace or config."""
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "workspace.json"))
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.delenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", raising=False)
    monkeypatch.delenv("FACTCHECK_FACTCHECK_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_FACTCHECK_API_KEY", raising=False)
    yield


@pytest.fixture
def db_path(tmp_path) -> Path:
    return Path(os.environ["FACTCHECK_DB"])
