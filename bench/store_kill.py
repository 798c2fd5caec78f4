"""Benchmark: SIGKILL writers at random moments; count unloadable workspaces and lost acknowledged writes.

    python bench/store_kill.py [--kills 1000] [--writers 1|2] [--spawn] [--max-delay-ms 60]

Each round starts writer processes (bench/store_writer.py: verdicts, notes, evidence; each
acknowledged on a pipe after the call returned), kills them with SIGKILL after a random delay,
then opens the workspace in a fresh Workspace and checks every acknowledgement so far. The
journal is compacted every few kilobytes, so kills also land mid-compaction. A fresh workspace
is started every 100 rounds to keep rounds fast.

By default writers are forked from this process (a real child process, without the interpreter's
start-up); --spawn starts each as `python bench/store_writer.py` instead and kills it after its
first acknowledgement. --writers 2 runs two writers on disjoint claims of the same workspace at
once (no update of one may be lost by the other's journal replay or compaction).

Targets (issue 3): 0 workspaces that fail to load, 0 acknowledged writes lost. Exits 1 otherwise.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from factcheck.store import StoreError, Workspace  # noqa: E402
from store import synthetic_export  # noqa: E402
from store_check import Expectations, parse_acks  # noqa: E402
from store_writer import run_writer  # noqa: E402

COMPACT_BYTES = 12_000
ROUNDS_PER_WORKSPACE = 100


def seed_workspace(path: Path, n_claims: int) -> list[str]:
    with Workspace(path) as ws:
        ws.import_article(synthetic_export(n_claims, 7))
        return sorted(r.id for r in ws.claims())


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        b = os.read(fd, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b"".join(chunks).decode(errors="replace")


def fork_writer(db: Path, tag: int, claims: list[str]) -> tuple[int, int]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed
        os.close(r)
        try:
            run_writer(str(db), tag, w, compact_bytes=COMPACT_BYTES, claims=claims)
        finally:
            os._exit(0)
    os.close(w)
    return pid, r


def spawn_writer(db: Path, tag: int, claims: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(HERE / "store_writer.py"), str(db), str(tag), "--compact-bytes", str(COMPACT_BYTES),
         "--claims", ",".join(claims)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def one_round(db: Path, rnd: random.Random, tag0: int, groups: list[list[str]], spawn: bool, max_delay: float):
    """Run the writers, kill them; returns their acknowledgements and any stderr of theirs."""
    acks, errors = [], []
    if spawn:
        procs = [spawn_writer(db, tag0 + k, g) for k, g in enumerate(groups)]
        firsts = [p.stdout.readline().decode() for p in procs]  # each has opened and written once
        time.sleep(rnd.uniform(0, max_delay))
        for p in procs:
            p.send_signal(signal.SIGKILL)
        for p, first in zip(procs, firsts):
            out, err = p.communicate()
            acks += parse_acks(first + out.decode(errors="replace"))
            if p.returncode != -signal.SIGKILL and err:
                errors.append(err.decode(errors="replace").strip().splitlines()[-1])
    else:
        kids = [fork_writer(db, tag0 + k, g) for k, g in enumerate(groups)]
        time.sleep(rnd.uniform(0, max_delay))
        for pid, _ in kids:
            os.kill(pid, signal.SIGKILL)
        for pid, r in kids:
            acks += parse_acks(_read_all(r))
            _, status = os.waitpid(pid, 0)
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                errors.append(f"writer {pid} ended by itself (status {status}) before the kill")
    return acks, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--writers", type=int, choices=(1, 2), default=1)
    ap.add_argument("--spawn", action="store_true")
    ap.add_argument("--max-delay-ms", type=float, default=60.0)
    ap.add_argument("--claims", type=int, default=24)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--dir")
    args = ap.parse_args()

    rnd = random.Random(args.seed)
    tmp = tempfile.TemporaryDirectory(dir=args.dir)
    unloadable = lost = total_acks = rounds = writer_errors = 0
    torn_seen = 0
    t0 = time.perf_counter()
    exp = Expectations()
    db = None
    groups: list[list[str]] = []
    for rnd_no in range(args.kills):
        if rnd_no % ROUNDS_PER_WORKSPACE == 0:
            db = Path(tmp.name) / f"ws{rnd_no // ROUNDS_PER_WORKSPACE}" / "workspace.json"
            ids = seed_workspace(db, args.claims)
            groups = [ids[k::args.writers] for k in range(args.writers)]
            exp = Expectations()
        acks, errors = one_round(db, rnd, rnd_no * 2, groups, args.spawn, args.max_delay_ms / 1000)
        writer_errors += len(errors)
        for e in errors[:3]:
            print(f"round {rnd_no}: writer error: {e}", file=sys.stderr)
        exp.add(acks)
        total_acks += len(acks)
        rounds += 1
        try:
            with Workspace(db) as ws:
                torn_seen += ws._storage._torn  # a kill mid-line: ignored on open, set aside by the next writer
                problems = exp.lost(ws)
        except StoreError as e:
            unloadable += 1
            print(f"round {rnd_no}: workspace does not load: {e}", file=sys.stderr)
            # go on with a fresh workspace so one failure does not hide the others
            db = Path(tmp.name) / f"bad{rnd_no}" / "workspace.json"
            ids = seed_workspace(db, args.claims)
            groups = [ids[k::args.writers] for k in range(args.writers)]
            exp = Expectations()
            continue
        if problems:
            lost += len(problems)
            for p in problems[:5]:
                print(f"round {rnd_no}: LOST: {p}", file=sys.stderr)
    dt = time.perf_counter() - t0
    mode = "spawned" if args.spawn else "forked"
    print(f"{rounds} SIGKILLs of {args.writers} {mode} writer(s) in {dt:.1f} s (seed {args.seed}), "
          f"{total_acks} acknowledged writes")
    print(f"workspaces that failed to load: {unloadable}")
    print(f"acknowledged writes lost:       {lost}")
    print(f"writer errors (other than the kill): {writer_errors}")
    print(f"opens that found a torn last line (ignored): {torn_seen}")
    ok = unloadable == 0 and lost == 0 and writer_errors == 0 and total_acks > 0
    print("target: 0 unloadable, 0 lost: " + ("met" if ok else "MISSED"))
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
