"""The learner's store: one SQLite file with everything the learner did.

- WAL journal, a busy timeout, and every learner action is one transaction
  (``with store.transaction():``), so a crash never leaves half an action behind.
- ``schema_version`` table and numbered migrations (``MIGRATIONS``); a store made by an
  older version is migrated on open, after a backup copy of the file is made.
- Word statuses are per lemma and shared by every text: a lemma known in one text is known
  in all.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from . import paths

__all__ = [
    "Store",
    "StoreError",
    "WordRecord",
    "STATUSES",
    "SCHEMA_VERSION",
    "open_store",
]

#: new → learning 1..4 → known; ignored words (names the engine missed, foreign words) are
#: left out of vocabulary lists and statistics.
STATUSES = ("new", "learning1", "learning2", "learning3", "learning4", "known", "ignored")


class StoreError(Exception):
    """The store cannot be opened or used; ``str(exc)`` is one line for the learner."""


MIGRATIONS: list[str] = [
    # 1: texts and words
    """
    CREATE TABLE texts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        words INTEGER NOT NULL DEFAULT 0,
        added REAL NOT NULL,
        opened REAL NOT NULL
    );
    CREATE TABLE words (
        lemma TEXT PRIMARY KEY,
        status TEXT NOT NULL DEFAULT 'new',
        gloss TEXT,
        note TEXT,
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    CREATE INDEX words_status ON words(status);
    """,
    # 2: per-text statistics for the library, and a log of status changes (progress chart)
    """
    ALTER TABLE texts ADD COLUMN stats TEXT;
    CREATE TABLE status_log (
        id INTEGER PRIMARY KEY,
        lemma TEXT NOT NULL,
        status TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX status_log_at ON status_log(at);
    """,
    # 3: practice cards (one per lemma and exercise kind) and their reviews
    """
    CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        lemma TEXT NOT NULL,
        kind TEXT NOT NULL,
        exercise TEXT NOT NULL,
        fsrs TEXT NOT NULL,
        due REAL NOT NULL,
        text_hash TEXT,
        created REAL NOT NULL,
        UNIQUE (lemma, kind)
    );
    CREATE INDEX cards_due ON cards(due);
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards(id),
        rating INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        answer TEXT,
        duration REAL,
        at REAL NOT NULL
    );
    CREATE INDEX reviews_card ON reviews(card_id);
    """,
    # 4: the library keeps each text (zlib-compressed) so it reopens when its file is gone;
    # texts can be archived; an index lemma → text → sentences for "My words"; how far the
    # learner has read in each text, and a log of words read (progress charts)
    """
    ALTER TABLE texts ADD COLUMN body BLOB;
    ALTER TABLE texts ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE texts ADD COLUMN furthest INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE texts ADD COLUMN indexed TEXT;
    UPDATE texts SET furthest = position;
    CREATE TABLE text_words (
        lemma TEXT NOT NULL,
        text_id INTEGER NOT NULL REFERENCES texts(id) ON DELETE CASCADE,
        count INTEGER NOT NULL,
        spans TEXT NOT NULL,
        PRIMARY KEY (lemma, text_id)
    ) WITHOUT ROWID;
    CREATE INDEX text_words_text ON text_words(text_id);
    CREATE TABLE reading_log (
        id INTEGER PRIMARY KEY,
        text_id INTEGER REFERENCES texts(id) ON DELETE CASCADE,
        words INTEGER NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX reading_log_at ON reading_log(at);
    """,
    # 5: the learner's corrections of the analysis (vocab.corrections): in a sentence (its
    # hash and the token's place) or everywhere (sentence NULL: by the token's form)
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        form TEXT NOT NULL,
        sentence TEXT,
        position INTEGER,
        other INTEGER,
        value TEXT,
        created REAL NOT NULL
    );
    CREATE INDEX corrections_form ON corrections(form);
    CREATE INDEX corrections_sentence ON corrections(sentence);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class WordRecord:
    lemma: str
    status: str = "new"
    gloss: str | None = None
    note: str | None = None
    updated: float = 0.0


class Store:
    """A connection to the learner's store.  Use :func:`open_store` or ``Store(path)``."""

    def __init__(self, path: Path | str | None = None, *, backup_before_migration: bool = True):
        self.path = Path(path) if path is not None else paths.db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.path.parent}: {exc.strerror or exc}") from None
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        try:
            self.conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None,
                                        check_same_thread=str(self.path) != ":memory:")
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(backup_before_migration)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable dutch-reader store ({exc})") from None

    # ------------------------------------------------------------------ plumbing
    def close(self) -> None:
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        self.conn.close()

    def _read(self) -> sqlite3.Connection:
        """The connection for reading in this thread: the store's own in the thread that
        opened it, else a read-only one of the thread's own (SQLite connections stay in
        their thread; WAL lets readers and the writer work at once)."""
        if threading.get_ident() == self._owner or str(self.path) == ":memory:":
            return self.conn
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=10.0, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One learner action: everything inside is saved together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
        ).fetchone()
        if row is None:
            return 0
        row = self.conn.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else 0

    def _migrate(self, backup: bool) -> None:
        target = len(MIGRATIONS)
        current = self.schema_version()
        if current > target:
            raise StoreError(
                f"{self.path} was written by a newer dutch-reader (schema {current}); "
                f"this one knows schema {target}"
            )
        if current == target:
            return
        if current > 0 and backup:
            self.backup(reason=f"schema{current}")  # nothing the learner did is ever lost
        with self.transaction() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            if conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
                conn.execute("INSERT INTO schema_version VALUES (0)")
            for version in range(current + 1, target + 1):
                for statement in _statements(MIGRATIONS[version - 1]):
                    conn.execute(statement)
            conn.execute("UPDATE schema_version SET version = ?", (target,))

    def backup(self, dest: Path | str | None = None, reason: str = "manual") -> Path:
        """A consistent copy of the store (SQLite's online backup)."""
        if dest is None:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            dest = paths.backup_dir() / f"dutch-reader-{stamp}-{reason}.sqlite3"
            if self.path.parent != paths.data_dir():
                dest = self.path.with_name(f"{self.path.stem}-{stamp}-{reason}.sqlite3")
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(dest.suffix + ".tmp")
        target = sqlite3.connect(tmp)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        shutil.move(tmp, dest)
        return dest

    # ------------------------------------------------------------------ words
    def word(self, lemma: str) -> WordRecord | None:
        row = self._read().execute(
            "SELECT lemma, status, gloss, note, updated FROM words WHERE lemma = ?", (lemma,)
        ).fetchone()
        return WordRecord(**dict(row)) if row else None

    def status(self, lemma: str) -> str:
        row = self._read().execute("SELECT status FROM words WHERE lemma = ?", (lemma,)).fetchone()
        return row[0] if row else "new"

    def statuses(self) -> dict[str, str]:
        """Every lemma the learner has marked (lemmas never marked are new)."""
        return dict(self._read().execute("SELECT lemma, status FROM words").fetchall())

    def set_status(self, lemma: str, status: str) -> None:
        self.set_statuses({lemma: status})

    def set_statuses(self, statuses: dict[str, str]) -> None:
        """Mark several lemmas in one action ("mark the rest of the page known")."""
        for status in statuses.values():
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        now = time.time()
        with self.transaction() as conn:
            conn.executemany(
                """INSERT INTO words (lemma, status, created, updated) VALUES (?, ?, ?, ?)
                   ON CONFLICT(lemma) DO UPDATE SET status = excluded.status,
                                                    updated = excluded.updated""",
                [(lemma, status, now, now) for lemma, status in statuses.items()],
            )
            conn.executemany(
                "INSERT INTO status_log (lemma, status, at) VALUES (?, ?, ?)",
                [(lemma, status, now) for lemma, status in statuses.items()],
            )

    def stored_statuses(self, lemmas: list[str]) -> dict[str, str | None]:
        """What the store holds for *lemmas* (None: never marked): kept to undo a change."""
        out: dict[str, str | None] = dict.fromkeys(lemmas)
        for i in range(0, len(lemmas), 500):
            chunk = lemmas[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for lemma, status in self.conn.execute(
                f"SELECT lemma, status FROM words WHERE lemma IN ({marks})", chunk
            ):
                out[lemma] = status
        return out

    def restore_statuses(self, statuses: dict[str, str | None]) -> None:
        """Undo a status change: put back what :meth:`stored_statuses` returned (a lemma
        never marked loses its row unless it holds the learner's gloss or note)."""
        now = time.time()
        with self.transaction() as conn:
            for lemma, status in statuses.items():
                if status is None:
                    conn.execute("DELETE FROM words WHERE lemma = ? AND gloss IS NULL AND note IS NULL",
                                 (lemma,))
                    conn.execute("UPDATE words SET status = 'new', updated = ? WHERE lemma = ?", (now, lemma))
                else:
                    conn.execute("UPDATE words SET status = ?, updated = ? WHERE lemma = ?",
                                 (status, now, lemma))
                conn.execute("INSERT INTO status_log (lemma, status, at) VALUES (?, ?, ?)",
                             (lemma, status or "new", now))

    # ------------------------------------------------------------------ corrections
    def corrections(self) -> list[sqlite3.Row]:
        """The learner's corrections of the analysis, oldest first (vocab.corrections)."""
        return self.conn.execute("SELECT * FROM corrections ORDER BY id").fetchall()

    def add_correction(self, row: dict) -> tuple[int, list[dict]]:
        """Save a correction (a dict of the table's columns), replacing one of the same sort
        for the same token; returns its id and the rows it replaced (to undo it)."""
        group = {"lemma": ("lemma",), "split": ("split", "join"), "join": ("split", "join"),
                 "name": ("name", "notname"), "notname": ("name", "notname")}[row["kind"]]
        marks = ",".join("?" * len(group))
        with self.transaction() as conn:
            old = [dict(r) for r in conn.execute(
                f"""SELECT * FROM corrections WHERE kind IN ({marks}) AND form = ?
                    AND sentence IS ? AND position IS ?""",
                (*group, row["form"], row["sentence"], row["position"]))]
            conn.executemany("DELETE FROM corrections WHERE id = ?", [(r["id"],) for r in old])
            cur = conn.execute(
                """INSERT INTO corrections (kind, form, sentence, position, other, value, created)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (row["kind"], row["form"], row["sentence"], row["position"], row.get("other"),
                 row.get("value"), time.time()))
        return cur.lastrowid, old

    def remove_corrections(self, ids: list[int]) -> list[dict]:
        """Delete corrections; returns the rows deleted (to undo it)."""
        with self.transaction() as conn:
            rows = [dict(r) for i in ids
                    for r in conn.execute("SELECT * FROM corrections WHERE id = ?", (i,))]
            conn.executemany("DELETE FROM corrections WHERE id = ?", [(i,) for i in ids])
        return rows

    def restore_corrections(self, rows: list[dict]) -> None:
        """Put deleted corrections back, with their ids."""
        with self.transaction() as conn:
            conn.executemany(
                """INSERT OR REPLACE INTO corrections (id, kind, form, sentence, position, other,
                   value, created) VALUES (:id, :kind, :form, :sentence, :position, :other,
                   :value, :created)""", rows)

    def set_note(self, lemma: str, gloss: str | None, note: str | None) -> None:
        """The learner's own gloss and note for a lemma (empty text removes them)."""
        gloss = (gloss or "").strip() or None
        note = (note or "").strip() or None
        now = time.time()
        with self.transaction() as conn:
            conn.execute(
                """INSERT INTO words (lemma, gloss, note, created, updated) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(lemma) DO UPDATE SET gloss = excluded.gloss,
                                                    note = excluded.note,
                                                    updated = excluded.updated""",
                (lemma, gloss, note, now, now),
            )

    # ------------------------------------------------------------------ texts
    def open_text(self, title: str, source: str, content_hash: str, words: int,
                  body: str | None = None) -> int:
        """Record that a text was opened (once per content); returns its id.  With *body*,
        the text itself is kept (compressed), so it reopens when its file has moved or its
        site is down."""
        now = time.time()
        packed = zlib.compress(body.encode("utf-8"), 6) if body is not None else None
        with self.transaction() as conn:
            conn.execute(
                """INSERT INTO texts (title, source, content_hash, words, added, opened, body)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(content_hash) DO UPDATE SET opened = excluded.opened,
                                                           source = excluded.source,
                                                           body = COALESCE(excluded.body, body),
                                                           archived = 0""",
                (title, source, content_hash, words, now, now, packed),
            )
            row = conn.execute("SELECT id FROM texts WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0]

    def text_body(self, text_id: int) -> str | None:
        """The text as it was read (None for texts opened before texts were kept)."""
        row = self.conn.execute("SELECT body FROM texts WHERE id = ?", (text_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        return zlib.decompress(row[0]).decode("utf-8")

    def rename_text(self, text_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise ValueError("a title cannot be empty")
        with self.transaction() as conn:
            conn.execute("UPDATE texts SET title = ? WHERE id = ?", (title, text_id))

    def archive_text(self, text_id: int, archived: bool = True) -> None:
        """Archived texts leave the library's list but keep everything."""
        with self.transaction() as conn:
            conn.execute("UPDATE texts SET archived = ? WHERE id = ?", (int(archived), text_id))

    def delete_text(self, text_id: int) -> None:
        """Delete a text with its statistics (reading log, word index); the learner's words,
        notes and cards stay."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM texts WHERE id = ?", (text_id,))

    def text_index_fingerprint(self, text_id: int) -> str | None:
        row = self.conn.execute("SELECT indexed FROM texts WHERE id = ?", (text_id,)).fetchone()
        return row[0] if row else None

    def set_text_index(self, text_id: int, rows: list[tuple[str, int, str]], fingerprint: str) -> None:
        """Replace the text's lemma index: (lemma, count, sentence spans as text)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM text_words WHERE text_id = ?", (text_id,))
            conn.executemany(
                "INSERT INTO text_words (lemma, text_id, count, spans) VALUES (?, ?, ?, ?)",
                [(lemma, text_id, count, spans) for lemma, count, spans in rows],
            )
            conn.execute("UPDATE texts SET indexed = ? WHERE id = ?", (fingerprint, text_id))

    def occurrences(self, lemma: str) -> list[sqlite3.Row]:
        """Where a lemma occurs: rows of text_id, title, count, spans (most recent text
        first)."""
        return self.conn.execute(
            """SELECT tw.text_id, t.title, tw.count, tw.spans FROM text_words tw
               JOIN texts t ON t.id = tw.text_id WHERE tw.lemma = ? ORDER BY t.opened DESC""",
            (lemma,),
        ).fetchall()

    def text(self, text_id: int) -> dict | None:
        row = self._read().execute(
            f"SELECT {_TEXT_COLUMNS} FROM texts WHERE id = ?", (text_id,)
        ).fetchone()
        return _text_dict(row) if row else None

    def texts(self, archived: bool | None = None) -> list[dict]:
        """Texts opened before, most recent first (all, or only the archived or only the
        active ones)."""
        where = "" if archived is None else f"WHERE archived = {int(archived)}"
        rows = self._read().execute(
            f"SELECT {_TEXT_COLUMNS} FROM texts {where} ORDER BY opened DESC"
        ).fetchall()
        return [_text_dict(r) for r in rows]

    #: An advance of the word cursor larger than this is a jump (the vocabulary list's
    #: Enter, a click far down), not reading.
    READING_STEP = 500

    def set_position(self, text_id: int, position: int, at: float | None = None) -> None:
        """The reading position (a word index).  Moving past the furthest point reached in
        the text counts those words as read today (progress charts)."""
        with self.transaction() as conn:
            row = conn.execute("SELECT furthest FROM texts WHERE id = ?", (text_id,)).fetchone()
            if row is None:
                return
            advance = position - row[0]
            conn.execute(
                "UPDATE texts SET position = ?, furthest = MAX(furthest, ?) WHERE id = ?",
                (position, position, text_id),
            )
            if 0 < advance <= self.READING_STEP:
                conn.execute(
                    "INSERT INTO reading_log (text_id, words, at) VALUES (?, ?, ?)",
                    (text_id, advance, at if at is not None else time.time()),
                )

    def set_text_stats(self, text_id: int, stats: dict) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE texts SET stats = ? WHERE id = ?", (json.dumps(stats), text_id)
            )

    def known_history(self, days: int = 30) -> list[int]:
        """Number of lemmas marked known at the end of each of the last *days* days."""
        now = time.time()
        start = now - days * 86400
        rows = self._read().execute(
            "SELECT lemma, status, at FROM status_log ORDER BY at, id"
        ).fetchall()
        state: dict[str, str] = {}
        out: list[int] = []
        i = 0
        for day in range(days):
            end = start + (day + 1) * 86400
            while i < len(rows) and rows[i]["at"] <= end:
                state[rows[i]["lemma"]] = rows[i]["status"]
                i += 1
            out.append(sum(1 for st in state.values() if st == "known"))
        return out

    def known_lemmas(self) -> set[str]:
        rows = self._read().execute("SELECT lemma FROM words WHERE status IN ('known', 'ignored')")
        return {r[0] for r in rows}


#: Every column of ``texts`` but the body (read on its own, when a text is reopened).
_TEXT_COLUMNS = ("id, title, source, content_hash, position, words, added, opened, stats, "
                 "archived, furthest, body IS NOT NULL AS kept")


def _text_dict(row: sqlite3.Row) -> dict:
    d = dict(row)
    d["stats"] = json.loads(d["stats"]) if d.get("stats") else None
    return d


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def open_store(path: Path | str | None = None) -> Store:
    return Store(path)
