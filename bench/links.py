"""How long checking 200 evidence links takes against the local test server.

    .venv/bin/python bench/links.py [--links 200] [--latency 0.05]

Two runs over the same pooled, concurrency-limited client (settings.concurrency, default 8):
  fast     the server answers at once: measures our own overhead per link (connection pool,
           address check, reading up to the <title>, flags);
  latency  every answer takes --latency seconds (default 50 ms, a typical far-away server):
           checking one by one would take links x latency = 10 s; concurrency must bring it down.
The links mix articles (the common case), 404s, redirect chains and PDFs.

Target: each run under 5 s for 200 links. Why 5 s: a fact-checker clicks "check links" and waits;
a few seconds for a heavily sourced piece (200 links is far more than a typical article's 10-50)
keeps that a short pause, and on the 50 ms run it requires real concurrency (sequential: 10 s).
The server runs in its own process (tests/httpserver.py) so it does not share our GIL; "client
CPU" is this process's own CPU time (the rest of the wall time is the server and the machine).
Exits non-zero when a target is missed.
"""
from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import Settings  # noqa: E402
from factcheck.fetch import acheck_links  # noqa: E402

TARGET_SECONDS = 5.0


def make_urls(base: str, n: int, latency: float) -> list[str]:
    urls = []
    for i in range(n):
        kind = i % 10
        if latency:
            urls.append(f"{base}/concurrency?s={latency}&n={i}")
        elif kind == 7:
            urls.append(f"{base}/status/404?n={i}")
        elif kind == 8:
            urls.append(f"{base}/chain/2?n={i}")
        elif kind == 9:
            urls.append(f"{base}/pdf?n={i}")
        else:
            urls.append(f"{base}/bench/{i}")
    return urls


def run(urls: list[str], settings: Settings) -> tuple[float, float, Counter]:
    """(wall seconds, our process's CPU seconds, flags)."""
    t, cpu = time.perf_counter(), time.process_time()
    results = asyncio.run(acheck_links(urls, settings))
    return time.perf_counter() - t, time.process_time() - cpu, Counter(r.flag for r in results)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--links", type=int, default=200)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--concurrency", type=int, default=Settings().concurrency)
    args = ap.parse_args()

    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "httpserver.py")], stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        settings = Settings(allow_private_hosts=True, concurrency=args.concurrency)
        run(make_urls(base, 10, 0), settings)  # warm-up: imports, first connections
        failed = False
        print(f"checking {args.links} links against {base} (concurrency {args.concurrency})")
        for name, latency in (("fast", 0.0), (f"latency {args.latency * 1000:.0f} ms", args.latency)):
            elapsed, cpu, flags = run(make_urls(base, args.links, latency), settings)
            ok = elapsed < TARGET_SECONDS
            failed |= not ok
            per = elapsed / args.links * 1000
            print(f"  {name:16} {elapsed:6.2f} s  ({per:5.1f} ms/link, {args.links / elapsed:6.1f} links/s)  "
                  f"client CPU {cpu:.2f} s  flags {dict(flags)}  target < {TARGET_SECONDS:g} s: {'ok' if ok else 'MISSED'}")
            if latency:
                print(f"  {'':16} one at a time would take >= {args.links * latency:.1f} s")
        return 1 if failed else 0
    finally:
        server.terminate()
        server.wait(5)


if __name__ == "__main__":
    sys.exit(main())
