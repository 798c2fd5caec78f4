"""A workspace writer that acknowledges each durable write on stdout; the kill tests SIGKILL it.

    python bench/store_writer.py DB TAG [--compact-bytes N] [--claims ID,ID,...] [--evidence-only CLAIM]

Loops forever over the workspace's claims: set_verdict with a note, set_note, add_evidence.
After each call returns (so the change is fsync'd), prints one line:

    ack <claim id> <kind> <tag> <i>

where notes are "<tag>:<i>" and evidence URLs "https://example.org/<tag>/<i>". A checker then
knows exactly which writes were acknowledged, and each later write carries a larger (tag, i).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.model import Evidence  # noqa: E402
from factcheck.store import Workspace  # noqa: E402

VERDICTS = ("verified", "false", "disputed", "unverifiable")


def run_writer(db: str, tag: int, out_fd: int, compact_bytes: int | None = None, claims: list[str] | None = None,
               evidence_only: str | None = None, limit: int | None = None) -> None:
    ws = Workspace(db, compact_bytes=compact_bytes)
    ids = claims or sorted(r.id for r in ws.claims(include_dismissed=True))
    i = 0
    while limit is None or i < limit:
        if evidence_only:
            cid, kind = evidence_only, "evidence"
        else:
            cid = ids[i % len(ids)]
            kind = ("verdict", "note", "evidence")[i % 3]
        if kind == "verdict":
            ws.set_verdict(cid, VERDICTS[(i // 3) % 4], note=f"{tag}:{i}")
        elif kind == "note":
            ws.set_note(cid, f"{tag}:{i}")
        else:
            ws.add_evidence(cid, Evidence(url=f"https://example.org/{tag}/{i}"))
        os.write(out_fd, f"ack {cid} {kind} {tag} {i}\n".encode())
        i += 1
    ws.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("tag", type=int)
    ap.add_argument("--compact-bytes", type=int)
    ap.add_argument("--claims")
    ap.add_argument("--evidence-only")
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    run_writer(a.db, a.tag, sys.stdout.fileno(), a.compact_bytes, a.claims.split(",") if a.claims else None,
               a.evidence_only, a.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
