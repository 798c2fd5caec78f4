"""TinyDB glue: tables keyed by our own string ids whose writes cost O(changed documents).

TinyDB's stock Table rebuilds the whole table dict on every write; with 10,000 claims that
alone costs milliseconds. JournalTable hands the operation a view of the live table that
records which documents were read for writing, set or removed, and reports exactly those to
the JournalStorage, which appends them as one journal line.
"""
from __future__ import annotations

import secrets
from collections.abc import MutableMapping

from tinydb import TinyDB
from tinydb.table import Table

from .journal import JournalStorage


class _TrackedView(MutableMapping):
    """The live table as TinyDB's updaters see it; remembers every key they touch."""

    def __init__(self, raw: dict):
        self.raw = raw
        self.touched: set[str] = set()

    def __getitem__(self, key):
        key = str(key)
        doc = self.raw[key]
        self.touched.add(key)  # the updater may mutate the document in place
        return doc

    def __setitem__(self, key, value):
        key = str(key)
        self.raw[key] = value
        self.touched.add(key)

    def __delitem__(self, key):
        key = str(key)
        del self.raw[key]
        self.touched.add(key)

    def __contains__(self, key):
        return str(key) in self.raw

    def __iter__(self):
        return iter(list(self.raw))

    def __len__(self):
        return len(self.raw)

    def clear(self):
        self.touched.update(self.raw)
        self.raw.clear()


class JournalTable(Table):
    """A TinyDB table whose document ids are our string ids (claim, article, history ids)."""

    document_id_class = str

    def __init__(self, storage, name, cache_size: int = 0, persist_empty: bool = False):
        # no query cache: another process may change the documents under us at any time
        super().__init__(storage, name, cache_size=cache_size, persist_empty=persist_empty)

    def _get_next_id(self):
        # inserts without an explicit Document id (e.g. history rows) get a random id: unique
        # across processes without a shared counter
        while True:
            new = secrets.token_hex(6)
            if new not in self._read_table():
                return new

    def _update_table(self, updater) -> None:
        storage: JournalStorage = self._storage
        with storage.transaction():
            raw = storage.tables.setdefault(self.name, {})
            view = _TrackedView(raw)
            try:
                updater(view)
            finally:
                storage.touched(self.name, view.touched)
        self.clear_cache()


    def put(self, doc_id: str, doc: dict) -> None:
        """Insert or replace one whole document."""
        self._update_table(lambda t: t.__setitem__(doc_id, doc))

    def put_many(self, docs: dict) -> None:
        def updater(t):
            for k, v in docs.items():
                t[k] = v

        self._update_table(updater)

    def delete(self, doc_ids) -> None:
        ids = list(doc_ids)

        def updater(t):
            for k in ids:
                if k in t:
                    del t[k]

        self._update_table(updater)

    def raw(self) -> dict:
        """The live documents by id (read-only for callers: never mutate them)."""
        return self._read_table()


class WorkspaceDB(TinyDB):
    table_class = JournalTable
    default_table_name = "_default"
