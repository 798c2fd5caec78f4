"""An archived copy of a link through the Wayback Machine's 'save' API (only when the user asks).

GET {wayback_url}{url} makes the archive take a snapshot; it answers with a redirect to the
snapshot (/web/20240101120000/http://...) or names it in Content-Location. The snapshot itself
is not downloaded. wayback_url is a setting so tests point it at a local server.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

from ..textsafe import short
from . import FetchError
from .client import SafeClient, run_sync, validate_url

_SNAPSHOT = re.compile(r"/web/\d{8,14}[a-z_]*/")


async def aarchive(url: str, settings=None, *, client: SafeClient | None = None) -> str:
    """The URL of an archived copy of `url`; FetchError with a one-line reason otherwise."""
    url = validate_url(url)
    if client is None:
        async with SafeClient(settings) as c:
            return await aarchive(url, client=c)
    base = client.settings.wayback_url
    save = base + url
    label = f"Wayback Machine ({short(url, 80)})"
    result = await client.get(save, follow_redirects=False, max_bytes=200_000, truncate=True, label=label)
    for header in ("location", "content-location"):
        value = result.headers.get(header)
        if value and _SNAPSHOT.search(value):
            return validate_url(urljoin(save, value.strip()))
    for link in result.headers.get_list("link"):
        m = re.search(r"<([^>]+/web/\d{8,14}[^>]*)>", link)
        if m:
            return validate_url(urljoin(save, m.group(1)))
    if result.status == 429:
        raise FetchError(f"{label}: the archive is rate-limiting requests; try again later", "http")
    if result.status >= 400:
        raise FetchError(f"{label}: HTTP {result.status} {result.reason}".rstrip(), "http")
    raise FetchError(f"{label}: the archive did not say where the snapshot is", "content")


def archive(url: str, settings=None) -> str:
    return run_sync(aarchive(url, settings))
