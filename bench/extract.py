#!/usr/bin/env python3
"""Benchmark of the claim extractor.

1. In-process throughput of factcheck.extract.extract over every text of the news corpus
   (../shared/eval/corpora/news, with the publication dates and languages of its index.json):
   characters per second, the median of several runs after one warm-up run.
2. The wall time of one cold `python -m factcheck extract` of the bundled sample.
3. Where the time goes: the same texts through each dimension on its own (segmentation,
   dates, numbers, attributions), so a slow extractor points at the part to fix.

Targets (a 2-core machine): >= 200,000 characters per second in-process; cold CLI < 1.5 s.
Prints the figures and the targets; exits 1 when a target is missed.

Usage (from the project root):  .venv/bin/python bench/extract.py [--runs N] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_CPS = 200_000
TARGET_CLI_S = 1.5
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "corpora" / "news"
SAMPLE = ROOT / "factcheck" / "data" / "sample.txt"


def load_corpus(folder: Path) -> list[tuple[str, str | None, str | None]]:
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    return [((folder / d["file"]).read_text(encoding="utf-8"), d.get("published"), d.get("language"))
            for d in index]


def one_pass(docs, fn) -> float:
    t0 = time.perf_counter()
    for text, published, lang in docs:
        fn(text, published, lang)
    return time.perf_counter() - t0


def dimension_profile(docs, runs: int) -> dict[str, float]:
    """Median seconds per pass for each stage of the extractor, run on its own."""
    from factcheck.extract import parse_published
    from factcheck.extract.attributions import find_attributions
    from factcheck.extract.dates import find_dates
    from factcheck.extract.numbers import find_numbers
    from factcheck.extract.segment import segment

    prepared = [(text, parse_published(pub), lang, segment(text)) for text, pub, lang in docs]
    stages = {
        "segment": lambda t, p, lang, s: segment(t),
        "dates": lambda t, p, lang, s: find_dates(t, s, p, lang),
        "numbers": lambda t, p, lang, s: find_numbers(t, s, lang),
        "attributions": lambda t, p, lang, s: find_attributions(t, s, lang),
    }
    out = {}
    for name, fn in stages.items():
        for args in prepared:  # warm-up: lazy imports, parsers built on first use
            fn(*args)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            for args in prepared:
                fn(*args)
            times.append(time.perf_counter() - t0)
        out[name] = statistics.median(times)
    return out


def cold_cli() -> float:
    cmd = [sys.executable, "-m", "factcheck", "extract", str(SAMPLE), "--format", "json"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    dt_s = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"cold CLI run failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
    return dt_s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="timed runs (median); default 7")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with index.json and texts")
    a = ap.parse_args()

    # The cold CLI first, before this process has warmed any file caches for it.
    cli_s = cold_cli()

    t0 = time.perf_counter()
    from factcheck.extract import extract
    import_s = time.perf_counter() - t0

    docs = load_corpus(a.corpus)
    chars = sum(len(t) for t, _, _ in docs)
    run = lambda text, published, lang: extract(text, published=published, lang=lang)  # noqa: E731
    first_s = one_pass(docs, run)
    times = [one_pass(docs, run) for _ in range(a.runs)]
    med = statistics.median(times)
    cps = chars / med if med else float("inf")
    claims = sum(len(extract(t, published=p, lang=lang)) for t, p, lang in docs)

    print(f"corpus: {a.corpus} ({len(docs)} texts, {chars} characters, {claims} claims)")
    print(f"import factcheck.extract: {import_s * 1000:.0f} ms; first pass (warm-up) {first_s * 1000:.0f} ms")
    print(f"in-process: median of {a.runs} runs {med * 1000:.1f} ms per pass = {cps:,.0f} chars/s "
          f"(target >= {TARGET_CPS:,}) {'OK' if cps >= TARGET_CPS else 'MISSED'}")
    print(f"cold CLI `python -m factcheck extract {SAMPLE.relative_to(ROOT)}`: {cli_s:.3f} s "
          f"(target < {TARGET_CLI_S} s) {'OK' if cli_s < TARGET_CLI_S else 'MISSED'}")
    prof = dimension_profile(docs, max(3, a.runs // 2))
    total = sum(prof.values()) or 1.0
    print("per dimension (median per pass, run on its own):")
    for name, s in sorted(prof.items(), key=lambda kv: -kv[1]):
        print(f"  {name:13} {s * 1000:8.1f} ms  {chars / s if s else float('inf'):>14,.0f} chars/s  "
              f"{100 * s / total:5.1f} %")
    ok = cps >= TARGET_CPS and cli_s < TARGET_CLI_S
    if not ok:
        slowest = max(prof, key=prof.get)
        print(f"target missed; the slowest part is {slowest}")
    print(f"summary: {cps:,.0f} chars/s in-process, cold CLI {cli_s:.3f} s, at {dt.datetime.now():%Y-%m-%d %H:%M}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
