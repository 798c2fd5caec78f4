"""What the workspace must survive, with real processes and real files: SIGKILLed writers,
two writers at once, a held lock, truncated, corrupt, torn, foreign, newer and schema-0 files."""
from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time

import pytest

from factcheck.model import Evidence
from factcheck.store import StoreError, Workspace, WorkspaceLocked
from factcheck.store.journal import encode_line

from .conftest import PYTHON, ROOT

sys.path.insert(0, str(ROOT / "bench"))
from store import synthetic_export  # noqa: E402
from store_check import Expectations, parse_acks  # noqa: E402

WRITER = ROOT / "bench" / "store_writer.py"


def seed(path, n=12) -> list[str]:
    with Workspace(path) as ws:
        ws.import_article(synthetic_export(n, 3))
        return sorted(r.id for r in ws.claims())


def cli(*args, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([PYTHON, "-m", "factcheck", *args], capture_output=True, text=True, cwd=ROOT, env=e,
                          timeout=60)


def writer(db, tag, *extra):
    return subprocess.Popen([PYTHON, str(WRITER), str(db), str(tag), *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def test_sigkilled_writers_lose_no_acknowledged_write(db_path):
    """Real writer processes, killed at random moments (also mid-compaction: it runs every ~12 KB)."""
    seed(db_path)
    seed_no = int(time.time())
    rnd = random.Random(seed_no)
    exp = Expectations()
    for tag in range(30):
        p = writer(db_path, tag, "--compact-bytes", "12000")
        first = p.stdout.readline().decode()  # it has opened the workspace and written once
        time.sleep(rnd.uniform(0, 0.04))
        p.send_signal(signal.SIGKILL)
        out, err = p.communicate()
        assert p.returncode == -signal.SIGKILL, err.decode()
        acks = parse_acks(first + out.decode())
        assert acks, err.decode()
        exp.add(acks)
        with Workspace(db_path) as ws:  # must load, and show every acknowledged write
            assert exp.lost(ws) == [], f"random seed {seed_no}, round {tag}"
    assert exp.acks >= 30


def test_two_writers_on_one_claim_lose_no_update(db_path):
    """Read-modify-write of one claim's evidence list from two processes at once."""
    ids = seed(db_path)
    procs = [writer(db_path, tag, "--evidence-only", ids[0], "--limit", "60", "--compact-bytes", "20000")
             for tag in (1, 2)]
    exp = Expectations()
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
        exp.add(parse_acks(out.decode()))
    assert exp.acks == 120
    with Workspace(db_path) as ws:
        assert exp.lost(ws) == []
        assert len(ws.claim(ids[0]).evidence) == 120
        assert sum(1 for c in ws.history(ids[0]) if c.field == "evidence") == 120


def test_an_open_workspace_follows_another_process(db_path):
    ids = seed(db_path)
    with Workspace(db_path, compact_bytes=3000) as tui:  # like the TUI: open for a long time
        p = writer(db_path, 5, "--limit", "40", "--compact-bytes", "3000")
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()
        assert tui.refresh()
        exp = Expectations()
        exp.add(parse_acks(out.decode()))
        assert exp.lost(tui) == []
        tui.set_verdict(ids[0], "false")  # and writes on top without losing the other's work
    with Workspace(db_path) as ws:
        assert exp.lost(ws) == [] and ws.claim(ids[0]).verdict == "false"


def test_a_held_lock_gives_a_clear_message_and_writes_nothing(db_path):
    ids = seed(db_path)
    holder = subprocess.Popen(
        [PYTHON, "-c", "import fcntl, sys, time\nf = open(sys.argv[1], 'a')\nfcntl.flock(f, fcntl.LOCK_EX)\n"
         "print('locked', flush=True)\ntime.sleep(30)", str(db_path) + ".lock"], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"locked\n"
        before = db_path.read_bytes()
        with Workspace(db_path, lock_timeout=0.3) as ws:
            with pytest.raises(WorkspaceLocked, match="another factcheck process"):
                ws.set_verdict(ids[0], "false")
            assert ws.claim(ids[0]).verdict == "unchecked"  # the failed write left nothing in memory
        p = cli("verdict", ids[0], "false", env={"FACTCHECK_LOCK_TIMEOUT": "0.3"})
        assert p.returncode != 0 and "another factcheck process" in p.stderr
        assert db_path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    with Workspace(db_path) as ws:
        assert ws.set_verdict(ids[0], "false").verdict == "false"


def test_every_write_is_synced_before_it_returns(db_path, monkeypatch):
    ids = seed(db_path)
    calls = []
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (calls.append(fd), real(fd))[1])
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
        assert len(calls) == 1
        ws.add_evidence(ids[0], Evidence(url="https://example.org/a"))
        ws.set_state("last_claim", ids[0])
        assert len(calls) == 3


def _damaged_message_and_kept(db_path, match, commands=(("verdict", "abcd1234", "false"),)):
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match=match):
        Workspace(db_path)
    for args in commands:
        p = cli(*args)
        assert p.returncode != 0 and "Traceback" not in p.stderr
        assert re.search(match, p.stderr), p.stderr
    assert db_path.read_bytes() == before  # never overwritten


def test_truncated_snapshot_is_refused_kept_and_recovered_from_backup(db_path):
    ids = seed(db_path)
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
        ws.compact()  # the previous file becomes workspace.json.bak
    assert (db_path.parent / "workspace.json.bak").exists()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    _damaged_message_and_kept(db_path, "damaged.*recover", commands=(["list"], ["verdict", ids[0], "false"]))
    p = cli("recover")
    assert p.returncode == 0, p.stderr
    assert "recovered" in p.stdout and "workspace.json.bak" in p.stdout
    kept = list(db_path.parent.glob("workspace.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == data[: len(data) // 2]
    with Workspace(db_path) as ws:
        assert ws.claim(ids[0]).verdict == "false" and len(ws.claims()) == len(ids)


def test_corrupt_line_is_refused_kept_and_salvaged(db_path):
    ids = seed(db_path)
    with Workspace(db_path) as ws:
        for i, cid in enumerate(ids[:4]):
            ws.set_verdict(cid, "false", note=f"n{i}")
    lines = db_path.read_bytes().split(b"\n")
    assert len(lines) == 6  # snapshot, 4 journal lines, ""
    lines[3] = lines[3].replace(b"n2", b"X2")  # a changed byte: the checksum no longer matches
    db_path.write_bytes(b"\n".join(lines))
    _damaged_message_and_kept(db_path, "damaged at line 4")
    with Workspace(db_path.parent / "other.json") as other:  # an open workspace is not affected
        other.set_state("x", 1)
    p = cli("recover")
    assert p.returncode == 0, p.stderr
    assert "lines from 4 on" in p.stdout
    with Workspace(db_path) as ws:
        assert [ws.claim(c).note for c in ids[:4]] == ["n0", "n1", "", ""]


def test_damage_seen_by_an_open_workspace_stops_its_writes(db_path):
    ids = seed(db_path)
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
        ws.set_verdict(ids[1], "false")
        data = db_path.read_bytes()
        other_line = encode_line({"put": {"state": {"k": {"value": 1}}}})
        # another (broken) program appends garbage and then a valid line
        db_path.write_bytes(data + b"garbage\n" + other_line)
        before = db_path.read_bytes()
        with pytest.raises(StoreError, match="damaged"):
            ws.set_verdict(ids[2], "false")
        assert db_path.read_bytes() == before


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b'{"_default": {"1": {"name": "not ours"}}}',
    b"hello world\n",
    b"[1, 2, 3]",
    b'{"articles": [1, 2]}',
])
def test_foreign_file_is_refused_and_never_written(db_path, tmp_path, content):
    db_path.write_bytes(content)
    _damaged_message_and_kept(db_path, "not a factcheck workspace")
    f = tmp_path / "a.txt"
    f.write_text("Es gab 12 Fälle.\n", encoding="utf-8")
    p = cli("add", str(f))
    assert p.returncode != 0 and "not a factcheck workspace" in p.stderr
    assert db_path.read_bytes() == content


def test_torn_last_line_is_ignored_then_set_aside(db_path):
    ids = seed(db_path)
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
    good = db_path.read_bytes()
    torn = encode_line({"put": {"state": {"k": {"value": 1}}}})[:25]
    db_path.write_bytes(good + torn)  # a writer died mid-line
    with Workspace(db_path) as ws:
        assert ws.claim(ids[0]).verdict == "false"
        assert db_path.read_bytes() == good + torn  # opening changes nothing
        ws.set_verdict(ids[1], "disputed")
    data = db_path.read_bytes()
    assert data.startswith(good) and torn not in data
    aside = list(db_path.parent.glob("workspace.json.torn-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == torn
    with Workspace(db_path) as ws:
        assert ws.claim(ids[0]).verdict == "false" and ws.claim(ids[1]).verdict == "disputed"


def test_newer_schema_is_refused_and_not_recovered_over(db_path):
    db_path.write_bytes(encode_line({"format": "factcheck-workspace", "schema": 99, "tables": {}}))
    (db_path.parent / "workspace.json.bak").write_bytes(encode_line({"format": "factcheck-workspace", "schema": 1,
                                                                     "tables": {}}))
    _damaged_message_and_kept(db_path, "newer factcheck")
    p = cli("recover")
    assert p.returncode != 0 and "newer factcheck" in p.stderr
    assert b'"schema":99' in db_path.read_bytes()


def test_schema_0_file_is_migrated_with_a_backup(db_path):
    """A plain TinyDB JSONStorage file of the first prototype (schema 0) opens and keeps its work."""
    from tinydb import TinyDB

    text = "Es gab 12 Fälle im Jahr 2016.\n"
    with TinyDB(db_path) as old:
        old.table("articles").insert({"id": "a1b2c3", "text": text, "title": "Alt", "lang": "de"})
        old.table("claims").insert({"id": "x1", "type": "number", "start": 7, "end": 9, "text": "12", "value": 12,
                                    "article": "a1b2c3", "verdict": "false", "note": "alt",
                                    "evidence": ["https://example.org/beleg"]})
    original = db_path.read_bytes()
    with Workspace(db_path) as ws:
        recs = ws.claims()
        assert len(recs) == 1
        r = recs[0]
        assert (r.claim.text, r.verdict, r.note) == ("12", "false", "alt")
        assert [e.url for e in r.evidence] == ["https://example.org/beleg"]
        assert ws.articles()[0].title == "Alt"
        assert ws.claim("x1").id == r.id  # the old id still finds it
    assert (db_path.parent / "workspace.json.v0.bak").read_bytes() == original
    assert db_path.read_bytes().startswith(b'{"c":"')
    with Workspace(db_path) as ws:
        ws.set_verdict(r.id, "verified")
    with Workspace(db_path) as ws:
        assert ws.claim(r.id).verdict == "verified"


def test_compaction_keeps_everything_and_readers_follow(db_path):
    ids = seed(db_path)
    with Workspace(db_path, compact_bytes=2000) as w, Workspace(db_path) as reader:
        for i in range(30):
            w.set_note(ids[i % len(ids)], f"note {i}")
            if i % 7 == 0:
                assert reader.claim(ids[i % len(ids)]).note == f"note {i}"
        assert (db_path.parent / "workspace.json.bak").exists()
        assert db_path.read_bytes().count(b"\n") < 10  # compacted, not one line per write
        assert reader.claim(ids[29 % len(ids)]).note == "note 29"
    with Workspace(db_path) as ws:
        assert ws.claim(ids[5]).note == "note 29" if 29 % len(ids) == 5 else True
        assert {ws.claim(ids[i % len(ids)]).note for i in range(18, 30)} == {f"note {i}" for i in range(18, 30)}


def test_export_json_is_plain_json(db_path):
    ids = seed(db_path, 3)
    with Workspace(db_path) as ws:
        data = ws.export_article(ws.claim(ids[0]).article)
    assert json.loads(json.dumps(data)) == data


def test_a_failed_write_is_reported_and_not_kept_in_memory(db_path, monkeypatch):
    import factcheck.store.journal as journal

    ids = seed(db_path)
    before = db_path.read_bytes()
    with Workspace(db_path) as ws:
        def full(fd, data):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(journal, "_write_all", full)
        with pytest.raises(StoreError, match="No space left on device.*not saved"):
            ws.set_verdict(ids[0], "false")
        monkeypatch.undo()
        assert db_path.read_bytes() == before
        assert ws.claim(ids[0]).verdict == "unchecked"  # memory does not claim what the disk lacks
        assert ws.history(ids[0]) == []
        assert ws.set_verdict(ids[0], "false").verdict == "false"  # and the next write works


def test_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with Workspace(blocker / "ws.json") as ws:
        with pytest.raises(StoreError, match="cannot create the lock file"):
            ws.set_state("x", 1)
    p = cli("--db", str(blocker / "ws.json"), "verdict", "abcd", "false")
    assert p.returncode != 0 and "Traceback" not in p.stderr and "internal error" not in p.stderr


def test_intact_lines_with_a_wrong_shape_are_damage(db_path):
    ids = seed(db_path)
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
    good = db_path.read_bytes()
    db_path.write_bytes(good + encode_line({"put": {"claims": [1, 2]}}) + encode_line({"put": {}}))
    _damaged_message_and_kept(db_path, "damaged at line 3")


def test_compaction_keeps_the_file_mode(db_path):
    ids = seed(db_path)
    db_path.chmod(0o640)
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
        ws.compact()
    assert db_path.stat().st_mode & 0o777 == 0o640


def test_schema_0_file_is_never_appended_to_when_migration_had_to_wait(db_path):
    from tinydb import TinyDB

    with TinyDB(db_path) as old:
        old.table("articles").insert({"id": "a1", "text": "Es gab 12 Fälle.\n"})
        old.table("claims").insert({"type": "number", "start": 7, "end": 9, "text": "12", "article": "a1"})
    original = db_path.read_bytes()
    holder = subprocess.Popen(
        [PYTHON, "-c", "import fcntl, sys, time\nf = open(sys.argv[1], 'a')\nfcntl.flock(f, fcntl.LOCK_EX)\n"
         "print('locked', flush=True)\nsys.stdin.read()", str(db_path) + ".lock"],
        stdout=subprocess.PIPE, stdin=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"locked\n"
        ws = Workspace(db_path, lock_timeout=0.2)  # cannot migrate on disk now: reads the migrated data
        assert db_path.read_bytes() == original
        (rec,) = ws.claims()
    finally:
        holder.communicate(b"")
    ws.set_verdict(rec.id, "false")  # the first write rewrites the file in the current format
    ws.close()
    assert (db_path.parent / "workspace.json.v0.bak").read_bytes() == original
    with Workspace(db_path) as again:
        assert again.claim(rec.id).verdict == "false"


def test_recover_from_backup_and_when_nothing_is_left(db_path):
    ids = seed(db_path)
    with Workspace(db_path) as ws:
        ws.set_verdict(ids[0], "false")
        ws.compact()
        ws.set_verdict(ids[1], "false")
    db_path.write_bytes(b"garbage")
    p = cli("recover", "--from-backup")
    assert p.returncode == 0, p.stderr
    with Workspace(db_path) as ws:  # the state of the last compaction
        assert ws.claim(ids[0]).verdict == "false" and ws.claim(ids[1]).verdict == "unchecked"
    (db_path.parent / "workspace.json.bak").unlink()
    db_path.write_bytes(b"garbage")
    p = cli("recover")
    assert p.returncode != 0 and "nothing to recover" in p.stderr
    assert db_path.read_bytes() == b"garbage"


def test_a_failed_compaction_does_not_fail_the_saved_change(db_path, monkeypatch):
    import factcheck.store.journal as journal

    ids = seed(db_path)
    with Workspace(db_path, compact_bytes=1) as ws:
        real = journal.JournalStorage._write_snapshot

        def full(self, *a, **k):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(journal.JournalStorage, "_write_snapshot", full)
        assert ws.set_verdict(ids[0], "false").verdict == "false"
        monkeypatch.setattr(journal.JournalStorage, "_write_snapshot", real)
    with Workspace(db_path) as ws:
        assert ws.claim(ids[0]).verdict == "false"
