"""A TinyDB Storage that never loses an acknowledged write: a snapshot line plus a journal.

The workspace is one file of JSON lines, each framed with a CRC32 of its payload:

    {"c":"1a2b3c4d","op":{"format":"factcheck-workspace","schema":1,"tables":{...}}}   <- snapshot
    {"c":"5e6f7a8b","op":{"put":{"claims":{"3fa9c2d1":{...}}},"del":{}}}             <- one per transaction
    ...

Why this shape:
- A write appends one line (only the documents the transaction touched) and fdatasyncs it:
  a few milliseconds however large the workspace is, instead of rewriting every document.
- A process killed mid-write leaves at most a torn last line, which the next opener ignores
  (and the next writer moves aside); every acknowledged line was fsync'd before the ack.
- When the journal outgrows the snapshot it is compacted: a new snapshot is written to a
  temp file, fsync'd, the old file is kept as `<file>.bak` (a hard link, no copy) and the new
  one moved in with os.replace. Readers holding the old file keep a complete file.
- Writers take an exclusive flock on `<file>.lock` for each transaction only (not for the
  life of the app), replay what other processes appended since they last looked, then write.
  So the TUI and `factcheck verdict` in another terminal can both write and lose nothing.
- Anything that does not parse as our format (truncated snapshot, a bad line followed by good
  ones, a foreign file) is never written to: StoreError, and `factcheck recover` salvages it.

The Storage keeps the tables in memory and hands TinyDB the live dicts; JournalTable (db.py)
tells it which documents a TinyDB operation touched, so a commit costs O(changed documents).
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import glob
import json
import os
import secrets
import threading
import time
import zlib
from pathlib import Path

from tinydb.storages import Storage

from ..model import now_iso
from .errors import NewerWorkspace, StoreError, WorkspaceLocked
from .migrations import CURRENT_SCHEMA, FORMAT, legacy_tables, migrate

_PREFIX = b'{"c":"'
_MID = b'","op":'
_HEAD = len(_PREFIX) + 8 + len(_MID)  # the payload starts here

LOCK_TIMEOUT = 10.0  # seconds a writer waits for another one before WorkspaceLocked ($FACTCHECK_LOCK_TIMEOUT)
COMPACT_MIN_BYTES = 1_000_000  # never compact a journal smaller than this


def _env_lock_timeout() -> float:
    try:
        return float(os.environ.get("FACTCHECK_LOCK_TIMEOUT", LOCK_TIMEOUT))
    except ValueError:
        return LOCK_TIMEOUT


def encode_line(payload: dict) -> bytes:
    # "replace": a lone surrogate (broken input) becomes "?" instead of making the change unwritable
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")
    return b"%s%08x%s%s}\n" % (_PREFIX, zlib.crc32(body), _MID, body)


class BadLine(ValueError):
    pass


def decode_line(line: bytes) -> dict:
    """The payload of one complete line (without its newline); BadLine if it is not intact."""
    if len(line) < _HEAD + 2 or not line.startswith(_PREFIX) or line[_HEAD - len(_MID):_HEAD] != _MID:
        raise BadLine("not a workspace line")
    if not line.endswith(b"}"):
        raise BadLine("line not closed")
    body = line[_HEAD:-1]
    try:
        crc = int(line[len(_PREFIX):len(_PREFIX) + 8], 16)
    except ValueError:
        raise BadLine("bad checksum field") from None
    if zlib.crc32(body) != crc:
        raise BadLine("checksum mismatch")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BadLine("bad JSON") from None
    if not isinstance(payload, dict):
        raise BadLine("payload is not an object")
    if "format" not in payload:
        _check_op(payload)
    return payload


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _check_op(op: dict) -> None:
    put, dele = op.get("put") or {}, op.get("del") or {}
    if not (isinstance(put, dict) and all(isinstance(t, dict) and all(isinstance(d, dict) for d in t.values())
                                          for t in put.values())):
        raise BadLine("bad put")
    if not (isinstance(dele, dict) and all(isinstance(ids, list) for ids in dele.values())):
        raise BadLine("bad del")
    if not isinstance(op.get("drop") or [], list):
        raise BadLine("bad drop")


def apply_op(tables: dict, op: dict) -> None:
    for name, docs in (op.get("put") or {}).items():
        tables.setdefault(name, {}).update(docs)
    for name, ids in (op.get("del") or {}).items():
        t = tables.get(name)
        if t is not None:
            for i in ids:
                t.pop(i, None)
    if op.get("drop"):
        for name in op["drop"]:
            tables.pop(name, None)


class Parsed:
    """What a file holds: its tables, where its intact part ends, and what was wrong with it."""

    def __init__(self):
        self.tables: dict = {}
        self.header: dict = {}
        self.schema = CURRENT_SCHEMA
        self.good_end = 0  # byte offset just past the last intact line
        self.snapshot_bytes = 0
        self.torn = False  # bytes after good_end that are not a complete intact line (a crash)
        self.corrupt_line: int | None = None  # 1-based line number of a bad line followed by good ones
        self.legacy = False  # a schema-0 plain TinyDB file


def parse_bytes(data: bytes, path: Path, salvage: bool = False) -> Parsed:
    """Parse a whole workspace file. Raises StoreError for anything but a torn tail (unless salvage)."""
    p = Parsed()
    if not data.strip():
        raise StoreError(f"{path}: the workspace file is empty (truncated?); it was kept as it is. "
                         f"Run `factcheck recover` to restore the last good state from {path.name}.bak, "
                         f"or delete the file to start a new workspace")
    if not data.startswith(_PREFIX):
        legacy = legacy_tables(data)
        if legacy is None:
            raise StoreError(f"{path}: not a factcheck workspace (unknown format); the file was not changed. "
                             f"Use --db to choose another file")
        p.tables, p.schema, p.legacy = legacy, 0, True
        p.good_end = len(data)
        return p
    nl = data.find(b"\n")
    try:
        if nl < 0:
            raise BadLine("truncated snapshot")
        header = decode_line(data[:nl])
        if header.get("format") != FORMAT:
            raise BadLine("not a factcheck workspace snapshot")
    except BadLine as e:
        raise StoreError(f"{path}: the workspace snapshot is damaged ({e}); the file was kept as it is. "
                         f"Run `factcheck recover` to restore the last good state") from None
    schema = header.get("schema")
    if not isinstance(schema, int) or schema > CURRENT_SCHEMA:
        raise NewerWorkspace(f"{path}: written by a newer factcheck (schema {schema}, this one reads up to "
                         f"{CURRENT_SCHEMA}); upgrade factcheck. The file was not changed")
    p.header, p.schema = header, schema
    p.tables = header.get("tables") or {}
    try:
        _check_op({"put": p.tables})
    except BadLine:
        raise StoreError(f"{path}: the workspace snapshot is damaged (bad tables); the file was kept as it is. "
                         f"Run `factcheck recover` to restore the last good state") from None
    p.good_end = p.snapshot_bytes = nl + 1
    pos, lineno = nl + 1, 1
    bad_at: int | None = None
    while pos < len(data):
        nl = data.find(b"\n", pos)
        lineno += 1
        if nl < 0:  # an incomplete last line: a write that never finished
            p.torn = True
            break
        try:
            op = decode_line(data[pos:nl])
        except BadLine:
            if bad_at is None:
                bad_at = lineno
            pos = nl + 1
            continue
        if bad_at is not None:
            # an intact line after a bad one: the bad one is damage, not a torn tail
            if salvage:
                p.corrupt_line = bad_at
                return p
            raise StoreError(f"{path}: the workspace is damaged at line {bad_at}; the file was kept as it is. "
                             f"Run `factcheck recover` to restore everything up to that line")
        apply_op(p.tables, op)
        p.good_end = nl + 1
        pos = nl + 1
    if bad_at is not None:
        p.torn = True
    return p


class JournalStorage(Storage):
    """TinyDB storage over the journal file. One instance per open workspace."""

    def __init__(self, path, compact_bytes: int | None = None, lock_timeout: float | None = None):
        self.path = Path(path)
        self.lock_path = Path(str(self.path) + ".lock")
        self.compact_bytes = compact_bytes  # None: compact when the journal outgrows the snapshot
        self.lock_timeout = _env_lock_timeout() if lock_timeout is None else lock_timeout
        self.tables: dict = {}
        self.version = 0  # bumped whenever the tables change (own or other processes' writes)
        self._fd: int | None = None  # read fd of the current file (pins its inode)
        self._ino: tuple | None = None
        self._good_end = 0
        self._snapshot_bytes = 0
        self._torn = False
        self._pending_migration: int | None = None
        self._legacy_on_disk: int | None = None  # schema of an older file not yet rewritten
        self._depth = 0
        # one transaction at a time per process: the TUI's workers share this workspace
        self.mutex = threading.RLock()
        self._lock_fd: int | None = None
        self._touched: dict[str, set] = {}
        self._full_rewrite = False
        self._load()
        if self._pending_migration is not None:
            self._migrate_file()

    # ---- TinyDB Storage interface
    def read(self):
        return self.tables

    def write(self, data) -> None:
        # Only whole-database operations (drop_tables) come here; JournalTable records per document.
        with self.transaction():
            self.tables.clear()
            self.tables.update(data)
            self._full_rewrite = True

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # ---- loading
    def _load(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            self._reset_empty()
            return
        except IsADirectoryError:
            raise StoreError(f"{self.path}: is a directory, not a workspace file") from None
        except PermissionError:
            raise StoreError(f"{self.path}: permission denied") from None
        except NotADirectoryError:
            self._reset_empty()  # nothing to read; a write will say why it cannot create the file
            return
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open the workspace ({e.strerror or e})") from None
        try:
            st = os.fstat(fd)
            data = _read_fd(fd, 0)
            parsed = parse_bytes(data, self.path)
        except BaseException:
            os.close(fd)
            raise
        if self._fd is not None:
            os.close(self._fd)
        self._fd, self._ino = fd, (st.st_dev, st.st_ino)
        self._legacy_on_disk = None
        if parsed.schema < CURRENT_SCHEMA:
            parsed.tables = migrate(parsed.tables, parsed.schema)
            self._pending_migration = parsed.schema
            self._legacy_on_disk = parsed.schema
        self.tables = parsed.tables
        self._good_end = parsed.good_end
        self._snapshot_bytes = parsed.snapshot_bytes
        self._torn = parsed.torn
        self.version += 1

    def _reset_empty(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
        self._fd, self._ino = None, None
        self._legacy_on_disk = None
        self.tables = {}
        self._good_end = self._snapshot_bytes = 0
        self._torn = False
        self.version += 1

    def refresh(self) -> bool:
        """Take in what other processes wrote since we last looked. True if anything changed."""
        with self.mutex:
            if self._depth:
                return False  # inside our own transaction the lock already made us current
            return self._refresh(locked=False)

    def _refresh(self, locked: bool) -> bool:
        try:
            st = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            if self._ino is None:
                return False
            raise StoreError(f"{self.path}: the workspace file disappeared while open; "
                             f"nothing was written. Run `factcheck recover` if a {self.path.name}.bak exists")
        if self._ino != (st.st_dev, st.st_ino):
            self._load()  # created, compacted or replaced by another process
            return True
        if st.st_size == self._good_end:
            return False
        if st.st_size < self._good_end:
            raise StoreError(f"{self.path}: the workspace file shrank while open (truncated by something "
                             f"else?); it was not written. Run `factcheck recover`")
        base = self._good_end
        data = _read_fd(self._fd, base)
        changed = False
        pos = 0
        while pos < len(data):
            nl = data.find(b"\n", pos)
            if nl < 0:
                break  # another writer is mid-line (or died there): not ours to judge yet
            try:
                op = decode_line(data[pos:nl])
            except BadLine:
                if _has_intact_line(data[nl + 1:]):
                    raise StoreError(f"{self.path}: the workspace is damaged after byte {base + pos}; "
                                     f"the file was kept as it is. Run `factcheck recover`") from None
                break
            apply_op(self.tables, op)
            changed = True
            pos = nl + 1
        self._good_end = base + pos
        # under the lock nobody else is writing, so anything left over is a dead writer's torn line
        self._torn = locked and st.st_size > self._good_end
        if changed:
            self.version += 1
        return changed

    # ---- transactions
    @contextlib.contextmanager
    def transaction(self):
        """Lock, catch up with other writers, run the body, append its changes as one fsync'd line."""
        with self.mutex:
            with self._transaction():
                yield

    @contextlib.contextmanager
    def _transaction(self):
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._acquire()
        try:
            self._refresh_locked()
            self._touched = {}
            self._full_rewrite = False
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._touched = {}
                self._full_rewrite = False
                self._load()  # throw away the half-done changes: back to what is on disk
                raise
            self._depth = 0
            try:
                self._commit()
            except BaseException as e:  # memory must not claim what did not reach the disk
                self._touched = {}
                self._full_rewrite = False
                with contextlib.suppress(StoreError, OSError):
                    self._load()
                if isinstance(e, OSError):  # disk full, read-only, I/O error
                    raise StoreError(f"{self.path}: could not write the workspace ({e.strerror or e}); "
                                     f"the change was not saved") from None
                raise
        finally:
            self._depth = 0
            self._release()

    def touched(self, table: str, keys) -> None:
        self._touched.setdefault(table, set()).update(keys)

    def _commit(self) -> None:
        touched, self._touched = self._touched, {}
        if self._full_rewrite:
            self._full_rewrite = False
            self._write_snapshot()
            self.version += 1
            return
        if not any(touched.values()):
            return
        put: dict = {}
        dele: dict = {}
        for name, keys in touched.items():
            t = self.tables.get(name, {})
            for k in keys:
                if k in t:
                    put.setdefault(name, {})[k] = t[k]
                else:
                    dele.setdefault(name, []).append(k)
        op: dict = {"put": put}
        if dele:
            op["del"] = dele
        line = encode_line(op)
        if self._ino is None:
            self._write_snapshot()  # the first write creates the file (complete, via rename)
        elif self._legacy_on_disk is not None:
            # never append to an older-schema file: rewrite it in the current one, keeping the original
            self._write_snapshot(backup_suffix=f".v{self._legacy_on_disk}.bak")
        else:
            self._append(line)  # durable from here on
            if self._good_end - self._snapshot_bytes > self._compact_threshold():
                try:
                    self._write_snapshot()
                except OSError:
                    pass  # compaction is an optimisation: the change is saved, the journal just stays longer
        self.version += 1

    def _compact_threshold(self) -> int:
        if self.compact_bytes is not None:
            return self.compact_bytes
        # compact when the journal outgrows the snapshot: opening then reads at most twice the data
        return max(COMPACT_MIN_BYTES, self._snapshot_bytes)

    def _append(self, line: bytes) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        try:
            if self._torn:
                self._set_aside_torn_tail(fd)
            _write_all(fd, line)
            os.fdatasync(fd)
        finally:
            os.close(fd)
        self._good_end += len(line)

    def _set_aside_torn_tail(self, fd: int) -> None:
        """A writer died mid-line (never acknowledged): keep its bytes beside the file, cut them off."""
        tail = _read_fd(self._fd, self._good_end)
        if tail:
            aside = Path(f"{self.path}.torn-{int(time.time())}-{secrets.token_hex(2)}")
            with open(aside, "wb") as f:
                f.write(tail)
                f.flush()
                os.fsync(f.fileno())
        os.ftruncate(fd, self._good_end)
        os.fsync(fd)
        self._torn = False

    def compact(self) -> None:
        with self.transaction():
            self._full_rewrite = True

    def _write_snapshot(self, backup_suffix: str = ".bak") -> None:
        """Write all tables as a new snapshot file and move it in; the old file becomes the backup."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        header = {
            "format": FORMAT,
            "schema": CURRENT_SCHEMA,
            "written": now_iso(),
            "generation": secrets.token_hex(6),
            "tables": self.tables,
        }
        line = encode_line(header)
        tmp = Path(f"{self.path}.tmp-{os.getpid()}-{secrets.token_hex(3)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask decides, as for any file
        try:
            if self._fd is not None:  # keep the permissions the user gave the workspace
                os.fchmod(fd, os.fstat(self._fd).st_mode & 0o7777)
            _write_all(fd, line)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        os.close(fd)
        if self._ino is not None and backup_suffix:
            _link_backup(self.path, Path(str(self.path) + backup_suffix))
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)
        # re-pin the new file
        newfd = os.open(self.path, os.O_RDONLY)
        st = os.fstat(newfd)
        if self._fd is not None:
            os.close(self._fd)
        self._fd, self._ino = newfd, (st.st_dev, st.st_ino)
        self._good_end = self._snapshot_bytes = len(line)
        self._torn = False
        self._legacy_on_disk = None
        for stale in glob.glob(glob.escape(str(self.path)) + ".tmp-*"):
            # temp files of writers killed mid-compaction; ours was renamed already
            with contextlib.suppress(OSError):
                if time.time() - os.stat(stale).st_mtime > 60:
                    os.unlink(stale)

    def _migrate_file(self) -> None:
        old = self._pending_migration
        self._pending_migration = None
        try:
            self._acquire()
        except StoreError:
            return  # someone is writing; the migration happens in memory now and on disk later
        try:
            st = os.stat(self.path)
            if self._ino != (st.st_dev, st.st_ino):
                return
            self._write_snapshot(backup_suffix=f".v{old}.bak")
        finally:
            self._release()

    # ---- the lock
    def _acquire(self) -> None:
        if self._lock_fd is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._lock_fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as e:
                raise StoreError(f"{self.lock_path}: cannot create the lock file ({e.strerror})") from None
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise StoreError(f"{self.lock_path}: cannot lock ({e.strerror})") from None
            if time.monotonic() > deadline:
                raise WorkspaceLocked(
                    f"{self.path}: another factcheck process has been writing to this workspace for over "
                    f"{self.lock_timeout:g} s; nothing was written. Try again when it has finished")
            time.sleep(delay)
            delay = min(delay * 2, 0.01)  # short: locks are held for a few milliseconds

    def _release(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def _refresh_locked(self) -> None:
        self._refresh(locked=True)


def _has_intact_line(data: bytes) -> bool:
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            return False
        try:
            decode_line(data[pos:nl])
            return True
        except BadLine:
            pos = nl + 1
    return False


def _read_fd(fd: int, offset: int) -> bytes:
    chunks = []
    while True:
        b = os.pread(fd, 1 << 22, offset)
        if not b:
            break
        chunks.append(b)
        offset += len(b)
    return b"".join(chunks)


def _link_backup(src: Path, dst: Path) -> None:
    """Keep the file being replaced as `dst` (hard link; a copy where links are not supported)."""
    tmp = Path(f"{dst}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(src, tmp)
    except OSError:
        import shutil

        shutil.copy2(src, tmp)
    os.replace(tmp, dst)


def write_fresh_snapshot(path: Path, tables: dict) -> None:
    """Replace the file at `path` with a snapshot of `tables`, under the workspace lock (for
    `factcheck recover`: whatever is there now is neither read nor kept as the backup)."""
    # a storage opened on a path that does not exist starts empty; pointed at `path`, its own
    # snapshot writing (temp file, fsync, replace) does the rest
    st = JournalStorage(Path(f"{path}.recover-{os.getpid()}"))
    try:
        st.path = path
        st.lock_path = Path(str(path) + ".lock")
        st._acquire()
        try:
            st.tables = tables
            st._write_snapshot(backup_suffix="")
        finally:
            st._release()
    finally:
        st.close()
