"""SQLite backend: one file (or `:memory:`), WAL journal, foreign keys on.

WAL with `synchronous=NORMAL` makes a commit per document cheap (no fsync per commit, yet a
crash never corrupts the file: at worst the last commits are lost, never half of one).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from .sql import Dialect, SQLStore

SQLITE = Dialect("sqlite", pk="INTEGER PRIMARY KEY AUTOINCREMENT", float="REAL", param="?")


def _lower(value: object) -> object:
    """Unicode-aware lower() (SQLite's own folds ASCII only: 'Ärzte' would not match 'ärzte')."""
    return value.casefold() if isinstance(value, str) else value


class SQLiteStore(SQLStore):
    dialect = SQLITE
    driver_errors = (sqlite3.Error,)

    def __init__(self, path: str, url: str | None = None) -> None:
        self.path = path
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{path}: cannot open the store (folder {parent} does not exist)")
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            conn.create_function("lower", 1, _lower, deterministic=True)
            conn.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        try:
            super().__init__(conn, url or path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: not a claimgraph store ({exc})") from exc

    # IMMEDIATE takes the write lock up front: two writers wait (busy timeout) instead of
    # failing halfway with "database is locked" on upgrade from a read lock
    _begin = "BEGIN IMMEDIATE"
