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


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def article_fields(source: str, published: str | None = None, lang: str | None = None,
                   title: str | None = None, settings=None) -> dict:
    """The keyword arguments of Workspace.add_article for a URL, a saved HTML page or a text file.

    The one way every client (CLI `add`, the TUI's open/add) turns what the user named into an
    article. `published` (YYYY-MM-DD) overrides a date found on the page. Raises FactcheckError
    subclasses (InputError, FetchError) with one-line messages; nothing is stored here.
    """
    if is_url(source):
        from .config import load_settings
        from .fetch import fetch_article

        fa = fetch_article(source, settings or load_settings(), published)
        return dict(text=fa.text, title=title or fa.title, source=fa.final_url or fa.url,
                    lang=lang or fa.lang, published=published or fa.published, url=fa.url,
                    final_url=fa.final_url, fetched_at=fa.fetched_at, author=fa.author, outlet=fa.outlet)
    path = Path(source)
    text = read_text_file(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        from .fetch.article import article_from_html

        fa = article_from_html(text, published=published)
        return dict(text=fa.text, title=title or fa.title or path.stem, source=str(source),
                    lang=lang or fa.lang, published=published or fa.published, author=fa.author,
                    outlet=fa.outlet)
    return dict(text=text, title=title or _first_line(text) or path.stem, source=str(source),
                lang=lang, published=published)


def _first_line(text: str) -> str:
    """A text file's title: its first line that reads like a headline (a few words, no final
    period, not a numbered navigation entry)."""
    for line in text.splitlines()[:15]:
        line = line.strip()
        if (12 <= len(line) <= 160 and len(line.split()) >= 3 and not line.endswith(".")
                and not re.match(r"^\d+\.\s", line)):
            return line
    return ""
