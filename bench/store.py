"""Benchmark: a verdict change on a workspace with 10,000 claims, durable (fsync'd) before it returns.

    python bench/store.py [--claims 10000] [--ops 300]

Target (issue 3): median < 20 ms per verdict change. Also prints the cost of opening the
workspace, listing claims, adding evidence and compacting. Exits 1 when the target is missed.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.model import Evidence, article_id  # noqa: E402
from factcheck.store import Workspace  # noqa: E402

TARGET_MS = 20.0
PER_ARTICLE = 500


def synthetic_export(n_claims: int, seed: int, history_per_claim: int = 0) -> dict:
    """An article export with n_claims number claims of about 1 KB each (as the issue measured)."""
    rnd = random.Random(seed)
    words = ["Die", "Stadt", "hat", "im", "Jahr", "neue", "Wohnungen", "gebaut", "sagte", "der", "Senat"]
    parts, claims = [], []
    pos = 0
    for i in range(n_claims):
        filler = " ".join(rnd.choice(words) for _ in range(40))
        num = str(rnd.randint(10, 99999))
        sentence = f"{filler} {num} Euro."
        start = pos + len(filler) + 1
        claims.append({"start": start, "end": start + len(num), "text": num, "sentence": sentence,
                       "value": int(num)})
        parts.append(sentence)
        pos += len(sentence) + 1
    text = "\n".join(parts) + f"\nseed {seed}\n"
    aid = article_id(text)
    recs = []
    for i, c in enumerate(claims):
        cid = f"{seed:03x}{i:05x}"
        claim = {"id": cid, "type": "number", "unit": "EUR", "approx": False,
                 "explanation": "a number followed by a currency word", **c}
        recs.append({"claim": claim, "article": aid, "verdict": "unchecked", "note": "", "evidence": [],
                     "origin": "extractor", "dismissed": False, "updated": "", "extract_id": cid,
                     "corrected": {}})
    hist = [{"id": f"h{seed:03x}{i:05x}{k}", "claim": r["claim"]["id"], "field": "note", "old": "", "new": f"n{k}",
             "at": "2026-01-01T00:00:00+00:00", "seq": i * 3 + k}
            for i, r in enumerate(recs) for k in range(history_per_claim)]
    return {"format": "factcheck-article", "version": 1, "article": {"text": text, "title": f"Artikel {seed}"},
            "claims": recs, "history": hist}


def _count_syncs() -> list[int]:
    """Count fsync/fdatasync calls from here on: proof that every acknowledged change was synced."""
    count = [0]
    for name in ("fsync", "fdatasync"):
        real = getattr(os, name)

        def counted(fd, _real=real):
            count[0] += 1
            return _real(fd)

        setattr(os, name, counted)
    return count


def ms(seconds: float) -> float:
    return seconds * 1000.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--ops", type=int, default=300)
    ap.add_argument("--dir", help="where to put the workspace (default: a temp dir)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(dir=args.dir)
    path = Path(tmp.name) / "workspace.json"
    t0 = time.perf_counter()
    with Workspace(path) as ws:
        for seed in range((args.claims + PER_ARTICLE - 1) // PER_ARTICLE):
            ws.import_article(synthetic_export(min(PER_ARTICLE, args.claims - seed * PER_ARTICLE), seed, 3))
        ws.compact()
    build = time.perf_counter() - t0
    size = path.stat().st_size

    t0 = time.perf_counter()
    ws = Workspace(path)
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    all_claims = ws.claims()
    list_s = time.perf_counter() - t0
    ids = [r.id for r in all_claims]
    assert len(ids) == args.claims, len(ids)
    t0 = time.perf_counter()
    ws.claims(article=all_claims[0].article)
    list_one_s = time.perf_counter() - t0

    syncs = _count_syncs()
    t0 = time.perf_counter()
    ws.history(ids[0])
    history_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for cid in ids[1:101]:
        ws.history(cid)
    history_next_s = (time.perf_counter() - t0) / 100
    rnd = random.Random(1)
    verdicts = ["verified", "false", "disputed", "unverifiable"]
    lat = []
    for i, cid in enumerate(rnd.sample(ids, min(args.ops, len(ids)))):  # each op a real change
        t0 = time.perf_counter()
        ws.set_verdict(cid, verdicts[i % 4])
        lat.append(time.perf_counter() - t0)
    n_syncs = syncs[0]
    ev_lat = []
    for i in range(max(50, args.ops // 5)):
        cid = rnd.choice(ids)
        t0 = time.perf_counter()
        ws.add_evidence(cid, Evidence(url=f"https://example.org/beleg/{i}", stance="refutes"))
        ev_lat.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    ws.compact()
    compact_s = time.perf_counter() - t0
    ws.close()
    # every verdict is on disk: a fresh open sees them
    with Workspace(path) as again:
        seen = sum(1 for r in again.claims() if r.verdict != "unchecked")

    med = statistics.median(lat) * 1000
    p95 = sorted(lat)[int(len(lat) * 0.95)] * 1000
    print(f"workspace: {args.claims} claims, {size / 1e6:.1f} MB snapshot (built in {build:.1f} s)")
    print(f"open (load + parse):         {ms(open_s):8.1f} ms")
    print(f"list all claims:             {ms(list_s):8.1f} ms   one article: {ms(list_one_s):.1f} ms")
    print(f"history of one claim:        {ms(history_s):8.1f} ms first, then {ms(history_next_s):.2f} ms"
          f"   ({3 * args.claims} history rows)")
    print(f"set_verdict, fsync'd:        median {med:.2f} ms   p95 {p95:.2f} ms   max {max(lat) * 1000:.2f} ms"
          f"   ({args.ops} ops, {n_syncs} fsync/fdatasync calls)")
    print(f"add_evidence, fsync'd:       median {statistics.median(ev_lat) * 1000:.2f} ms")
    print(f"compaction (snapshot+fsync): {ms(compact_s):8.1f} ms")
    print(f"claims with a verdict after reopening: {seen}")
    ok = med < TARGET_MS and n_syncs >= args.ops
    print(f"target: verdict change median < {TARGET_MS:g} ms: {'met' if ok else 'MISSED'}")
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
