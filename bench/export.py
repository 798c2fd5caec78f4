"""Benchmark: export a workspace of 10,000 claims in every report format.

    .venv/bin/python bench/export.py [--claims N] [--articles N] [--store]

Builds the workspace data in memory (the bundles `Workspace.export_article` returns: 20
copies of the sample article, claims spread over its sentences, three in four with a
verdict, notes, one or two evidence links) and times `factcheck.report.render` per format,
from the bundles to the finished text. With --store the same data goes through a real
workspace in a temp directory first (import, then collect), and the whole `factcheck export`
command (start-up, reading the workspace, rendering, writing the file) is timed per format.

Target: every format under 2 s for 10,000 claims (median of three runs). Exits 1 when one
misses it.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import Settings  # noqa: E402
from factcheck.extract.segment import segment  # noqa: E402
from factcheck.model import Article, Claim, ClaimRecord, Evidence  # noqa: E402
from factcheck.report import FORMATS, collect, render  # noqa: E402
from factcheck.report.common import bundle  # noqa: E402
from factcheck.sources import sample_text  # noqa: E402

TARGET_S = 2.0
VERDICTS = ("verified", "disputed", "false", "unverifiable", "richtig", "fehlender_kontext", "unchecked", "unchecked")


def build(n_claims: int, n_articles: int) -> list[dict]:
    base = sample_text()
    per = -(-n_claims // n_articles)
    out, made = [], 0
    for a in range(n_articles):
        text = base + f"\n\nKopie {a}."  # a distinct text, a distinct article id
        art = Article(text=text, title=f"Trump und Putin verabreden sich ({a})", source="bench", lang="de",
                      published="2017-05-02", url=f"https://www.example.org/article/{a}", outlet="Deutsche Welle")
        sentences = [s for s in segment(text) if len(s.text) > 20]
        recs = []
        for i in range(min(per, n_claims - made)):
            s = sentences[i % len(sentences)]
            # a distinct span per claim: slide a word window through the sentence
            words = [(m.start(), m.end()) for m in re.finditer(r"\S+", s.text)]
            k = (i // len(sentences)) % max(1, len(words) - 1)
            lo, hi = words[k][0], words[min(k + 1, len(words) - 1)][1]
            span, start = s.text[lo:hi], s.start + lo
            assert text[start:start + len(span)] == span
            typ = ("date", "number", "attribution")[i % 3]
            claim = Claim(type=typ, start=start, end=start + len(span), text=span, sentence=s.text,
                          id=f"{a:03d}{i:05d}",
                          value="2017-07-07" if typ == "date" else {"min": 1, "max": i} if typ == "number" else None,
                          source="Kremlsprecher" if typ == "attribution" else None, cue="sagte" if typ == "attribution" else None)
            v = VERDICTS[i % len(VERDICTS)]
            ev = [Evidence(url=f"https://www.example.org/evidence/{i}", title=f"Beleg <{i}> [bold]", status=200, flag="ok",
                           checked_at="2026-11-24T10:00:00+00:00", archive_url=f"https://web.archive.org/web/2026/{i}")]
            if i % 2:
                ev.append(Evidence(url="javascript:alert(1)", title="=HYPERLINK(1)"))
            recs.append(ClaimRecord(claim, art.id, verdict=v, note=f"Notiz {i}: *nicht* <b>fett</b>\nzweite Zeile" if v != "unchecked" else "",
                                    evidence=ev if v != "unchecked" else [], updated="2026-11-24T11:00:00+00:00"))
        made += len(recs)
        out.append(bundle(art, recs))
    return out


def through_store(bundles: list[dict]) -> tuple[list[dict], float, float, dict[str, float]]:
    """Import into a temp workspace, collect it back, and time `factcheck export` per format there."""
    from factcheck.store import open_workspace

    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "ws.json"
        with open_workspace(db) as ws:
            t0 = time.perf_counter()
            for b in bundles:
                ws.import_article(b)
            t1 = time.perf_counter()
            data = collect(ws)
            t2 = time.perf_counter()
        cli = {}
        config = Path(d) / "config.toml"
        config.write_text('rating_scale = "de"\nauthor_url = "https://factcheck.example.org/"\n', encoding="utf-8")
        env = dict(os.environ, FACTCHECK_CONFIG=str(config))
        for fmt in FORMATS:
            runs = []
            for _ in range(3):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "factcheck", "--db", str(db), "export", "--format", fmt,
                                "-o", str(Path(d) / f"out.{fmt}")], check=True, env=env, cwd=ROOT)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                runs.append((time.perf_counter() - t,
                             after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
            cli[fmt] = sorted(runs)[1]  # the median run: (wall, cpu)
    return data, t1 - t0, t2 - t1, cli


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--store", action="store_true", help="round-trip the data through a real workspace first")
    args = ap.parse_args()

    data = build(args.claims, args.articles)
    n = sum(len(b["claims"]) for b in data)
    print(f"workspace: {len(data)} articles, {n} claims (target: each format < {TARGET_S:.1f} s)")
    failed = False
    cli = {}
    if args.store:
        data, t_import, t_collect, cli = through_store(data)
        print(f"  store: import {t_import:.2f} s (not part of the target), collect {t_collect:.2f} s")
    settings = Settings(rating_scale="de", author_url="https://factcheck.example.org/")
    for fmt in FORMATS:
        times, cpu = [], []
        for _ in range(3):
            t0, c0 = time.perf_counter(), time.process_time()
            out = render(fmt, data, settings)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        median = sorted(times)[1]
        ok = median < TARGET_S
        failed |= not ok
        # CPU time beside wall time: on a shared machine the wall clock includes waiting
        print(f"  {fmt:12s} render median {median:6.3f} s (cpu {sorted(cpu)[1]:.3f} s, first run {times[0]:.3f} s)  "
              f"{len(out) / 1e6:5.1f} MB  {'ok' if ok else 'MISSED'}")
        if fmt in cli:
            wall, cpu_s = cli[fmt]
            ok = wall < TARGET_S
            failed |= not ok
            print(f"  {'':12s} whole `factcheck export` median {wall:6.3f} s (cpu {cpu_s:.3f} s)  {'ok' if ok else 'MISSED'}")
    print("all formats within target" if not failed else "TARGET MISSED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
