"""Checking a workspace against a writer's acknowledgements (bench/store_writer.py)."""
from __future__ import annotations


def parse_acks(text: str) -> list[tuple[str, str, int, int]]:
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] == "ack":  # a line cut by the kill was never complete
            out.append((parts[1], parts[2], int(parts[3]), int(parts[4])))
    return out


class Expectations:
    """What every acknowledged write promises about the workspace from then on."""

    def __init__(self):
        self.last_note: dict[str, tuple[int, int]] = {}
        self.evidence: dict[str, set[str]] = {}
        self.notes_in_history: dict[str, set[str]] = {}
        self.acks = 0

    def add(self, acks) -> None:
        for cid, kind, tag, i in acks:
            self.acks += 1
            if kind in ("verdict", "note"):
                if (tag, i) > self.last_note.get(cid, (-1, -1)):
                    self.last_note[cid] = (tag, i)
                self.notes_in_history.setdefault(cid, set()).add(f"{tag}:{i}")
            else:
                self.evidence.setdefault(cid, set()).add(f"https://example.org/{tag}/{i}")

    def lost(self, ws) -> list[str]:
        """Acknowledged writes the workspace does not show (empty when nothing was lost)."""
        problems = []
        for cid, (tag, i) in self.last_note.items():
            note = ws.claim(cid).note
            try:
                got = tuple(int(x) for x in note.split(":"))
            except ValueError:
                got = (-1, -1)
            if got < (tag, i):
                problems.append(f"{cid}: note {note!r} older than acknowledged {tag}:{i}")
        for cid, urls in self.evidence.items():
            have = {e.url for e in ws.claim(cid).evidence}
            for u in sorted(urls - have):
                problems.append(f"{cid}: acknowledged evidence {u} missing")
        for cid, notes in self.notes_in_history.items():
            have = {c.new for c in ws.history(cid) if c.field == "note"}
            for n in sorted(notes - have):
                problems.append(f"{cid}: acknowledged note {n} missing from the history")
        return problems
