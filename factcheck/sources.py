"""Reading an article from a file: the bundled sample, text files, saved HTML pages.

Every way a file can be unusable (missing, a directory, empty, binary, not UTF-8) ends in an
InputError with a one-line message; nothing here raises anything else for bad input.
"""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from .errors import InputError

SAMPLE_NAME = "sample.txt"
SAMPLE_PUBLISHED = "2017-05-02"  # the Deutsche Welle article's publication date
SAMPLE_TITLE = "Trump und Putin verabreden sich"
SAMPLE_SOURCE = "factcheck:sample"
MAX_BYTES = 20_000_000


def sample_text() -> str:
    return resources.files("factcheck").joinpath("data", SAMPLE_NAME).read_text(encoding="utf-8")


def is_url(arg: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", arg))


def read_text_file(path: str | Path) -> str:
    """The file's text as Python reads it in text mode (UTF-8, universal newlines).

    Offsets of claims refer to exactly this string.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: too large ({size // 1_000_000} MB); articles up to {MAX_BYTES // 1_000_000} MB")
        raw = p.read_bytes()
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror or e})") from None
    if not raw.strip():
        raise InputError(f"{p}: the file is empty")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{p}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{p}: not valid UTF-8 (byte {e.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    # universal newlines, as open(..., encoding="utf-8").read() gives
    return text.replace("\r\n", "\n").replace("\r", "\n")
