"""The archive: one SQLite file with every document's rows, keyed by file path and content hash.

One transaction per document: a run killed at any point leaves each
document either fully stored (with the hash it was extracted from) or not
at all, so the next run resumes with the documents that are missing.
SQLite, not DuckDB: it ships with Python, its single-writer transactions
with a write-ahead log are made for many small commits (one per document),
and the file opens in any SQL tool.
"""
from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.records import ErrorRecord, Extraction

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported where frames are made: a run that finds nothing new never loads it.

SCHEMA_VERSION = "1"
_INTEGER_COLUMNS = frozenset({"votes_yes", "votes_no", "votes_abstain", "unanimous", "page", "char_start",
                              "char_end", "position", "level", "body_start", "body_end", "pages", "words"})
_HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredDocument:
    """What the archive knows about one file."""

    path: str
    sha256: str
    doc_id: str
    status: str  # ok | error
    tool_version: str
    model: str


@dataclass(frozen=True)
class Entry:
    """One processed file, ready to be stored."""

    path: str  # absolute, the key
    source: str  # as given, as in the provenance columns
    sha256: str
    size: int
    doc_id: str
    outcome: Extraction | ErrorRecord
    seconds: float = 0.0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sort_key(path: str) -> str:
    """Orders like sorted ``Path`` objects (part by part), as the folder walk does."""
    return "\x00".join(Path(path).parts)


class Archive:
    """``Archive(path)`` opens or creates the file; ``Archive(None)`` lives in memory."""

    def __init__(self, path: Path | None, tool_version: str, model: str) -> None:
        self.path = path
        self.tool_version = tool_version
        self.model = model
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses no commit
        self._create()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------

    def _create(self) -> None:
        """Create what is missing; when the tables' columns changed, start their rows afresh.

        New columns have no values for documents extracted before, so those
        documents are forgotten and extracted again on this run.
        """
        from extractor.batch.rows import TABLE_COLUMNS

        with self._transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('archive_id', ?)", (uuid.uuid4().hex,))
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
            found = self._meta("schema_version")
            if found != SCHEMA_VERSION:
                raise ValueError(f"Archive {self.path} has schema version {found!r}; this protokoll reads "
                                 f"version {SCHEMA_VERSION!r}. Use a new --archive file.")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS documents (path TEXT PRIMARY KEY, source TEXT NOT NULL, "
                "sort_key TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER, doc_id TEXT NOT NULL, "
                "status TEXT NOT NULL, tool_version TEXT NOT NULL, model TEXT NOT NULL, "
                "pages INTEGER, words INTEGER, seconds REAL, extracted_at TEXT NOT NULL)")
            self._db.execute("CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256)")
            if self._row_columns() != {t: ["doc_path", *c] for t, c in TABLE_COLUMNS.items()}:
                self._recreate_row_tables(TABLE_COLUMNS)

    def _row_columns(self) -> dict[str, list[str]]:
        return {table: [row[1] for row in self._db.execute(f"PRAGMA table_info({table})")]
                for table in self._row_tables()}

    def _recreate_row_tables(self, table_columns: dict[str, list[str]]) -> None:
        for table in self._row_tables():
            self._db.execute(f"DROP TABLE {table}")
        self._db.execute("DELETE FROM documents")
        for table, columns in table_columns.items():
            typed = ", ".join(f"{c} {'INTEGER' if c in _INTEGER_COLUMNS else 'TEXT'}" for c in columns)
            self._db.execute(f"CREATE TABLE {table} (doc_path TEXT NOT NULL, {typed})")
            self._db.execute(f"CREATE INDEX {table}_doc ON {table} (doc_path)")
        self._bump()

    def _meta(self, key: str) -> str:
        return self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0]

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # --- reading --------------------------------------------------------------

    @property
    def state(self) -> str:
        """Changes whenever a document is stored or pruned: tables written from one state are current."""
        return f"{self._meta('archive_id')}:{self._meta('generation')}"

    def documents(self) -> dict[str, StoredDocument]:
        query = "SELECT path, sha256, doc_id, status, tool_version, model FROM documents"
        return {row[0]: StoredDocument(*row) for row in self._db.execute(query)}

    def is_current(self, stored: StoredDocument | None, sha256: str, doc_id: str) -> bool:
        """Same bytes, same id, same tool and model: no need to extract again."""
        return (stored is not None and stored.sha256 == sha256 and stored.doc_id == doc_id
                and stored.tool_version == self.tool_version and stored.model == self.model)

    def counts(self) -> tuple[int, Counter]:
        """Documents extracted, and failed documents by kind of error."""
        extracted = self._db.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
        kinds = self._db.execute("SELECT e.kind, count(*) FROM errors e JOIN documents d ON d.path = e.doc_path "
                                 "GROUP BY e.kind ORDER BY count(*) DESC, e.kind")
        return extracted, Counter(dict(kinds.fetchall()))

    def errors(self) -> list[ErrorRecord]:
        query = ("SELECT e.file, e.doc_id, e.kind, e.message, e.hint FROM errors e "
                 "JOIN documents d ON d.path = e.doc_path ORDER BY d.sort_key, e.rowid")
        return [ErrorRecord(*row) for row in self._db.execute(query)]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table, documents in path order, with the dtypes ``build_tables`` gives."""
        from extractor.batch.rows import TABLE_COLUMNS
        from extractor.tables import build_tables

        dtypes = {name: frame.dtypes.to_dict() for name, frame in build_tables([], []).items()}
        return {name: self._table(name, dtypes[name]) for name in TABLE_COLUMNS}

    def _table(self, name: str, dtypes: dict) -> pd.DataFrame:
        import pandas as pd

        from extractor.batch.rows import TABLE_COLUMNS

        columns = ", ".join(f"t.{c}" for c in TABLE_COLUMNS[name])
        query = (f"SELECT {columns} FROM {name} t JOIN documents d ON d.path = t.doc_path "
                 "ORDER BY d.sort_key, t.rowid")
        frame = pd.read_sql_query(query, self._db, coerce_float=False)
        frame.columns = TABLE_COLUMNS[name]
        return frame.astype(dtypes)

    # --- writing --------------------------------------------------------------

    def store(self, entry: Entry) -> None:
        """Replace everything known about ``entry.path`` in one transaction."""
        from extractor.batch.rows import error_rows, extraction_rows

        outcome = entry.outcome
        rows = error_rows(outcome) if isinstance(outcome, ErrorRecord) else extraction_rows(outcome)
        ok = isinstance(outcome, Extraction)
        with self._transaction():
            self._delete(entry.path)
            self._db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
                (entry.path, entry.source, sort_key(entry.path), entry.sha256, entry.size, entry.doc_id,
                 "ok" if ok else "error", self.tool_version, self.model,
                 outcome.pages if ok else None, outcome.words if ok else None, entry.seconds))
            for table, table_rows in rows.items():
                self._insert(table, entry.path, table_rows)
            self._bump()

    def prune(self, keep: Iterable[str] = ()) -> list[str]:
        """Forget documents whose file no longer exists (except paths in ``keep``); returns their paths."""
        keep = set(keep)
        gone = [path for path in self.documents() if path not in keep and not Path(path).exists()]
        for path in gone:
            with self._transaction():
                self._delete(path)
                self._bump()
        return gone

    def _insert(self, table: str, path: str, rows: list[tuple]) -> None:
        from extractor.batch.rows import TABLE_COLUMNS

        if rows:
            marks = ", ".join("?" * (len(TABLE_COLUMNS[table]) + 1))
            self._db.executemany(f"INSERT INTO {table} VALUES ({marks})", [(path, *row) for row in rows])

    def _delete(self, path: str) -> None:
        self._db.execute("DELETE FROM documents WHERE path = ?", (path,))
        for table in self._row_tables():
            self._db.execute(f"DELETE FROM {table} WHERE doc_path = ?", (path,))

    def _row_tables(self) -> list[str]:
        names = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND name NOT IN ('meta', 'documents')")
        return [name for (name,) in names]

    def _bump(self) -> None:
        self._db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, kind: type | None, *exc: object) -> None:
        self._db.execute("ROLLBACK" if kind else "COMMIT")

