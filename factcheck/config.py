"""Settings: defaults, overridden by a TOML file, overridden by the environment.

The file is $FACTCHECK_CONFIG, else `config.toml` in the user config directory. Environment:
FACTCHECK_ALLOW_PRIVATE_HOSTS=1, FACTCHECK_FACTCHECK_API_KEY (or GOOGLE_FACTCHECK_API_KEY),
FACTCHECK_FACTCHECK_API_URL, FACTCHECK_WAYBACK_URL, FACTCHECK_RATING_SCALE (a scale's name).
Base URLs of external services are settings so tests can point them at a local server.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

from .errors import InputError


@dataclass
class Settings:
    allow_private_hosts: bool = False
    factcheck_api_key: str | None = None
    factcheck_api_url: str = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
    wayback_url: str = "https://web.archive.org/save/"
    user_agent: str = "factcheck/0.1 (+https://example.org/factcheck; fact-checking workbench)"
    request_deadline: float = 15.0  # seconds for a whole request, body included
    max_body_bytes: int = 5_000_000
    max_redirects: int = 5
    concurrency: int = 8
    rating_scale: str = "default"  # see report.ratings
    # reviewer identity for ClaimReview
    author_name: str = "factcheck"
    author_url: str | None = None
    extra: dict = field(default_factory=dict)


def config_path() -> Path:
    env = os.environ.get("FACTCHECK_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir("factcheck", appauthor=False)) / "config.toml"


def _truthy(v: str) -> bool:
    return v.strip().lower() in ("1", "true", "yes", "on")


def load_settings(path: Path | None = None) -> Settings:
    s = Settings()
    p = path or config_path()
    if p.exists():
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as e:
            raise InputError(f"{p}: bad config file ({e})") from None
        known = {f.name for f in fields(Settings)}
        for k, v in data.items():
            if k in known and k != "extra":
                setattr(s, k, v)
            else:
                s.extra[k] = v
    env = os.environ
    if "FACTCHECK_ALLOW_PRIVATE_HOSTS" in env:
        s.allow_private_hosts = _truthy(env["FACTCHECK_ALLOW_PRIVATE_HOSTS"])
    key = env.get("FACTCHECK_FACTCHECK_API_KEY") or env.get("GOOGLE_FACTCHECK_API_KEY")
    if key:
        s.factcheck_api_key = key
    if env.get("FACTCHECK_FACTCHECK_API_URL"):
        s.factcheck_api_url = env["FACTCHECK_FACTCHECK_API_URL"]
    if env.get("FACTCHECK_WAYBACK_URL"):
        s.wayback_url = env["FACTCHECK_WAYBACK_URL"]
    if env.get("FACTCHECK_RATING_SCALE"):
        s.rating_scale = env["FACTCHECK_RATING_SCALE"]
    return s
