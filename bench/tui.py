"""Workbench speed: start-up on the sample, and a 100,000-character article with 2,000 claims.

    .venv/bin/python bench/tui.py

Measures with Textual's headless run_test (a 100x30 terminal) on the real store in a temp dir:
  - import: importing the app (Textual, the store, the extractor)
  - start-up (first): app start until the claims table is filled, the sample added on the way
  - start-up (again): the same on a second start (the usual case)
  - large: opening a 100,000-char article with 2,000 claims (table filled), and the mean/max
    time of navigation keypresses (j, space, ], a verdict, a filter and back)
Prints each figure with its target; exits 1 when a target is missed.
"""
from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_STARTUP = 1.0  # s, interactive after start on the sample (issue 4)
TARGET_LARGE_OPEN = 3.0  # s, a 100,000-char article with 2,000 claims on screen
TARGET_KEY = 0.15  # s, mean per navigation keypress on the large article ("smooth")
TARGET_KEY_MAX = 0.5  # s, slowest single keypress on the large article

WORDS = ("der die das und mit von Regierung Minister sagte Bericht Stadt Jahr Prozent Menschen "
         "nach einem Treffen in Berlin wurde erklärt dass es keine weitere Verhandlung geben werde").split()


def large_article(n_chars: int = 100_000, n_claims: int = 2_000, seed: int = 7):
    """Text of about n_chars with n_claims claim spans on numbers and dates in it."""
    rnd = random.Random(seed)
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    per_claim = n_chars // n_claims
    para = 0
    while len(spans) < n_claims:
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < per_claim - 18:
            words.append(rnd.choice(WORDS))
        filler = " ".join(words)
        kind = rnd.choice(("date", "number", "number"))
        claim = f"{rnd.randint(1, 28)}. Mai {rnd.randint(1990, 2024)}" if kind == "date" else f"{rnd.randint(2, 999)} Prozent"
        chunk = filler.capitalize() + " am " if kind == "date" else filler.capitalize() + " "
        parts.append(chunk)
        pos += len(chunk)
        spans.append((pos, pos + len(claim), kind))
        parts.append(claim)
        pos += len(claim)
        para += 1
        sep = ".\n\n" if para % 6 == 0 else ". "
        parts.append(sep)
        pos += len(sep)
    return "".join(parts), spans


def export_doc(text: str, spans) -> dict:
    from factcheck.model import Article, Claim

    art = Article(text=text, title="Large article (bench)", source="bench", lang="de", published="2020-01-01")
    claims = []
    for start, end, kind in spans:
        c = Claim(type=kind, start=start, end=end, text=text[start:end], sentence=text[max(0, start - 60):end + 5])
        claims.append({"claim": c.to_dict() | {"id": ""}, "article": art.id, "verdict": "unchecked"})
    return {"format": "factcheck-article", "version": 1, "article": art.to_dict(), "claims": claims, "history": []}


async def time_start(db: str, article: str | None = None) -> tuple[float, int]:
    from factcheck.tui.app import WorkbenchApp

    t0 = time.perf_counter()
    app = WorkbenchApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        while not (app.session and app.main.table.row_count):
            await pilot.pause(0.005)
            if time.perf_counter() - t0 > 60:
                raise SystemExit("the claims table never filled")
        elapsed = time.perf_counter() - t0
        rows = app.main.table.row_count
        await pilot.press("q")
    return elapsed, rows


LARGE_KEYS = ["j"] * 5 + ["space", "right_square_bracket", "v", "j", "t", "t", "c", "k", "k", "x"]


async def time_large(db: str) -> tuple[float, int, list[float]]:
    from factcheck.tui.app import WorkbenchApp

    t0 = time.perf_counter()
    app = WorkbenchApp(db=db)
    keys = LARGE_KEYS
    times = []
    async with app.run_test(size=(100, 30)) as pilot:
        while not (app.session and app.main.table.row_count):
            await pilot.pause(0.005)
        open_s = time.perf_counter() - t0
        rows = app.main.table.row_count
        for key in keys:
            t = time.perf_counter()
            await app._press_keys([key])  # the key and what it causes, without Pilot's idle waits
            await pilot._wait_for_screen()
            times.append(time.perf_counter() - t)
        await pilot.press("q")
    return open_s, rows, times


def main() -> int:
    t = time.perf_counter()
    import factcheck.tui.app  # noqa: F401
    import factcheck.store  # noqa: F401
    import factcheck.extract  # noqa: F401
    import_s = time.perf_counter() - t

    from factcheck.store import open_workspace

    failures = []

    def report(name: str, value: float, target: float, unit: str = "s", extra: str = "") -> None:
        ok = value <= target
        if not ok:
            failures.append(name)
        print(f"{name:<40} {value:8.3f} {unit}   target <= {target:g} {unit}  {'ok' if ok else 'MISSED'} {extra}")

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACTCHECK_CONFIG"] = str(Path(tmp) / "config.toml")
        db = str(Path(tmp) / "sample.json")
        first, rows = asyncio.run(time_start(db))
        again, rows2 = asyncio.run(time_start(db))
        print(f"import of the app: {import_s:.3f} s (before start-up; Python start not counted)")
        report("start-up, first (adds the sample)", first, TARGET_STARTUP, extra=f"({rows} claims)")
        report("start-up, again", again, TARGET_STARTUP, extra=f"({rows2} claims)")
        report("start-up again + import", again + import_s, TARGET_STARTUP)

        big = str(Path(tmp) / "large.json")
        text, spans = large_article()
        with open_workspace(big) as ws:
            art = ws.import_article(export_doc(text, spans))
            ws.set_state("tui.last_article", art.id)
        open_s, rows, times = asyncio.run(time_large(big))
        print(f"large article: {len(text):,} chars, {rows:,} claims in the table")
        report("large: open (table filled)", open_s, TARGET_LARGE_OPEN)
        report("large: keypress mean", sum(times) / len(times), TARGET_KEY, extra=f"({len(times)} keys)")
        report("large: keypress max", max(times), TARGET_KEY_MAX)
        print("  per key:", " ".join(f"{k}={t * 1000:.0f}ms" for k, t in zip(LARGE_KEYS, times)))
    if failures:
        print("MISSED:", ", ".join(failures))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
