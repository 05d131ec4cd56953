"""The learner's store: one SQLite file with everything the learner did.

- WAL journal, a busy timeout, and every learner action is one transaction
  (``with store.transaction():``), so a crash never leaves half an action behind.
- ``schema_version`` table and numbered migrations (``MIGRATIONS``); a store made by an
  older version is migrated on open, after a backup copy of the file is made.  Creating or
  migrating a store is one exclusive transaction: a second process opening the store at
  the same moment waits for it, then finds the store ready.
- Opening checks before it writes anything: ``PRAGMA quick_check`` (a damaged store is
  refused, never written to, and the message names the last good backup), then the
  schema version (a store from a newer dutch-reader is refused unchanged), and only then
  WAL mode and the migrations.  A store that is read-only (file or file system) opens for
  reading; a change then fails as one line.
- Automatic backups: on the first use of each day a consistent copy (SQLite's online
  backup), the last :data:`DAILY_KEPT` kept, as Anki does; :func:`restore` puts a backup
  back after keeping a copy of the current file.  Backups of the default store live in
  ``backups/`` of the data dir, those of a ``--db`` store beside it.
- Every failure is a :class:`StoreError` of one line: a full disk, a read-only file, a
  damaged page, another process holding the store too long.
- Word statuses are per lemma and shared by every text: a lemma known in one text is known
  in all.
"""

from __future__ import annotations

import glob
import json
import os
import re
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
from .fileio import FileProblem, atomic_write, check_regular, problem

__all__ = [
    "Store",
    "StoreError",
    "backups_of",
    "restore",
    "DAILY_KEPT",
    "WordRecord",
    "STATUSES",
    "SCHEMA_VERSION",
    "open_store",
]

#: new → learning 1..4 → known; ignored words (names the engine missed, foreign words) are
#: left out of vocabulary lists and statistics.
STATUSES = ("new", "learning1", "learning2", "learning3", "learning4", "known", "ignored")


#: How long to wait for another dutch-reader (another terminal, a script) that holds the
#: store: creating and migrating a new store on a busy machine can take some seconds.
BUSY_SECONDS = 30.0


class _Rows:
    """Rows read at once (see Store._query)."""

    __slots__ = ("rows",)

    def __init__(self, rows: list) -> None:
        self.rows = rows

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list:
        return self.rows

    def __iter__(self):
        return iter(self.rows)


class StoreError(Exception):
    """The store cannot be opened or used; ``str(exc)`` is one line for the learner."""


#: Automatic daily backups kept (older ones are deleted; backups made before a migration,
#: before a restore or by hand are never deleted).
DAILY_KEPT = 7
_BACKUP_RE = re.compile(r"-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite3$")
#: Stores this process has checked and migrated, by (device, inode, size, mtime) of the
#: file: the reader opens the store again in worker threads, which need not check again
#: (a change of the file from outside changes its size or time: checked again).
_CHECKED: set[tuple[int, int, int, int]] = set()


def _today() -> str:
    """The local calendar day (automatic backups are daily)."""
    return time.strftime("%Y%m%d")


def _stamp() -> str:
    return f"{_today()}-{time.strftime('%H%M%S')}"


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
    # 6: the reading position as a character offset too, so a book's page can be shown
    # before the whole book is analysed
    """
    ALTER TABLE texts ADD COLUMN offset INTEGER NOT NULL DEFAULT 0;
    """,
    # 7: a book's chapters as its file gave them (an EPUB's documents: JSON [[offset, title],
    # …]), so a text reopened from the library has them too; NULL: not recorded
    """
    ALTER TABLE texts ADD COLUMN chapters TEXT;
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
        self.read_only = False
        #: things the learner should know that do not stop the work (a read-only store,
        #: an automatic backup that failed): the CLI prints them, the reader shows them
        self.warnings: list[str] = []
        self._memory = str(self.path) == ":memory:"
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.RLock()
        self._closed = False
        self._uri = ""
        self.conn = self._connect()
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000:.0f}")
            identity = self._identity()
            if identity is None or identity not in _CHECKED:
                self._open_checked_patiently(backup_before_migration)
                if (identity := self._identity()) is not None:
                    _CHECKED.add(identity)
            if not self.read_only:
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(self._failure(exc)) from None

    def _connect(self) -> sqlite3.Connection:
        """The connection: read-write, or read-only when the file or its folder cannot be
        written (nothing is written before the checks of :meth:`_open_checked`)."""
        if self._memory:
            return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.path.parent}: {problem(exc)}") from None
        exists = self.path.exists()
        if exists:
            try:
                check_regular(self.path, "a dutch-reader store")
            except FileProblem as exc:
                raise StoreError(str(exc)) from None
        writable = os.access(self.path.parent, os.W_OK) and (not exists or os.access(self.path, os.W_OK))
        if not writable:
            if not exists:
                raise StoreError(f"cannot create {self.path}: the folder is read-only")
            return self._connect_read_only()
        try:
            return sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot be opened ({_reason(exc)})") from None

    def _connect_read_only(self) -> sqlite3.Connection:
        self.read_only = True
        self.warnings.append(f"{self.path} is read-only: nothing you change will be saved")
        base = f"file:{quote(str(self.path.resolve()))}"
        for uri in (f"{base}?mode=ro", f"{base}?immutable=1"):  # immutable: no -shm needed
            try:
                conn = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None,
                                       check_same_thread=False)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error:
                continue
            self._uri = uri
            return conn
        raise StoreError(f"{self.path}: cannot be opened (read-only, and no WAL index beside it)")

    def _identity(self) -> tuple[int, int, int, int] | None:
        if self._memory:
            return None
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) if st.st_size else None

    def _open_checked_patiently(self, backup_before_migration: bool) -> None:
        """:meth:`_open_checked`, tried again while another dutch-reader holds the store:
        some of SQLite's locks (changing the journal mode, a lock upgrade) fail at once
        instead of waiting for the busy timeout."""
        deadline = time.monotonic() + BUSY_SECONDS
        pause = 0.05
        while True:
            try:
                self._open_checked(backup_before_migration)
                return
            except (StoreError, sqlite3.OperationalError) as exc:
                busy = "busy" in str(exc) or "locked" in str(exc)
                if not busy or time.monotonic() > deadline:
                    raise
                if self.conn.in_transaction:
                    self.conn.rollback()
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    def _open_checked(self, backup_before_migration: bool) -> None:
        """Check, then write: the health of the file, the schema version, and only then
        WAL mode, the migrations and today's backup."""
        self.check()
        version = self.schema_version()
        target = len(MIGRATIONS)
        if version > target:
            raise StoreError(
                f"{self.path} was written by a newer dutch-reader (schema {version}); this one "
                f"knows schema {target}; the file was not changed"
            )
        if self.read_only:
            if version < target:
                raise StoreError(f"{self.path} is read-only and needs an upgrade to schema {target}")
            return
        self.conn.execute("PRAGMA journal_mode = WAL")
        self._migrate(version, backup_before_migration)
        if version > 0:
            self._daily_backup()

    def check(self) -> None:
        """``PRAGMA quick_check``: a damaged store raises :class:`StoreError`, naming the
        last good backup."""
        try:
            rows = self.conn.execute("PRAGMA quick_check(3)").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(self._failure(exc)) from None
        found = _check_result(rows)
        if found != "ok":
            raise StoreError(_damaged_message(self.path, found))

    def _failure(self, exc: sqlite3.Error) -> str:
        reason = _reason(exc)
        if reason.startswith("damaged") or "not a database" in reason:
            return _damaged_message(self.path, reason)
        return f"{self.path}: not a usable dutch-reader store ({reason})"

    # ------------------------------------------------------------------ plumbing
    def close(self) -> None:
        with self._readers_lock:  # never while another thread reads (a use after close crashes)
            self._closed = True
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        self.conn.close()

    def _query(self, sql: str, params: tuple = ()) -> _Rows:
        """Rows of a read, from any thread.  Reads of other threads hold the readers' lock
        from execute to the last row, so :meth:`close` cannot close a connection in use;
        after close, a late read (a gloss worker as the app quits) finds nothing."""
        if threading.get_ident() == self._owner or str(self.path) == ":memory:":
            return _Rows(self.conn.execute(sql, params).fetchall())
        with self._readers_lock:
            if self._closed:
                return _Rows([])
            return _Rows(self._read().execute(sql, params).fetchall())

    def _read(self) -> sqlite3.Connection:
        """The connection for reading in this thread: the store's own in the thread that
        opened it, else a read-only one of the thread's own (SQLite connections stay in
        their thread; WAL lets readers and the writer work at once)."""
        if threading.get_ident() == self._owner or str(self.path) == ":memory:":
            return self.conn
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = self._uri or f"file:{quote(str(self.path.resolve()))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000:.0f}")
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
            self._readers.append(conn)  # (under the readers' lock: see _query)
        return conn

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One learner action: everything inside is saved together or not at all.  A
        failure to save (a full disk, a read-only or damaged store, a store kept busy by
        another process) rolls the action back and raises :class:`StoreError`."""
        if self.read_only:
            raise StoreError(f"{self.path} is read-only: the change was not saved")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(self._not_saved(exc)) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(self._not_saved(exc)) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolled back itself (a full disk can do that)

    def _not_saved(self, exc: sqlite3.Error) -> str:
        reason = _reason(exc)
        if reason.startswith("damaged"):
            return _damaged_message(self.path, reason)
        return f"{self.path}: the change was not saved ({reason})"

    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
        ).fetchone()
        if row is None:
            return 0
        row = self.conn.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else 0

    def _migrate(self, version: int, backup: bool) -> None:
        """Bring the store to the current schema in one exclusive transaction; a process
        opening the store meanwhile waits, then finds it done."""
        target = len(MIGRATIONS)
        if version == target:
            return
        if version > 0 and backup:
            self.backup(reason=f"schema{version}", check=False)  # nothing is ever lost
        try:
            self.conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot be set up ({_reason(exc)})") from None
        try:
            current = self.schema_version()  # another process may have done it meanwhile
            if current > target:
                raise StoreError(f"{self.path} was written by a newer dutch-reader (schema {current})")
            if current < target:
                self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                if self.conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
                    self.conn.execute("INSERT INTO schema_version VALUES (0)")
                for v in range(current + 1, target + 1):
                    for statement in _statements(MIGRATIONS[v - 1]):
                        self.conn.execute(statement)
                self.conn.execute("UPDATE schema_version SET version = ?", (target,))
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(f"{self.path}: cannot be set up ({_reason(exc)})") from None
        except BaseException:
            self._rollback()
            raise

    def backup(self, dest: Path | str | None = None, reason: str = "manual", *,
               check: bool = True) -> Path:
        """A consistent copy of the store (SQLite's online backup), after a health check
        (a damaged store is not copied: the message names the last good backup).  Written
        through a temporary file: a failure leaves nothing behind."""
        if check:
            self.check()
        if dest is None:
            folder, stem = _backup_place(self.path)
            dest = folder / f"{stem}-{_stamp()}-{reason}.sqlite3"
        dest = Path(dest)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {dest.parent}: {problem(exc)}") from None
        _copy_database(self.conn, dest)
        return dest

    def _daily_backup(self) -> None:
        """The first use of a day makes a backup; the last DAILY_KEPT are kept."""
        mine = backups_of(self.path)
        if any(_backup_reason(b) == "daily" and _backup_stamp(b).startswith(_today()) for b in mine):
            return
        try:
            self.backup(reason="daily", check=False)  # checked a moment ago
        except StoreError as exc:
            self.warnings.append(f"today's automatic backup failed: {exc}")
            return
        daily = [b for b in backups_of(self.path) if _backup_reason(b) == "daily"]
        for old in daily[DAILY_KEPT:]:
            try:
                old.unlink()
            except OSError:
                pass

    # ------------------------------------------------------------------ words
    def word(self, lemma: str) -> WordRecord | None:
        row = self._query(
            "SELECT lemma, status, gloss, note, updated FROM words WHERE lemma = ?", (lemma,)
        ).fetchone()
        return WordRecord(**dict(row)) if row else None

    def status(self, lemma: str) -> str:
        row = self._query("SELECT status FROM words WHERE lemma = ?", (lemma,)).fetchone()
        return row[0] if row else "new"

    def statuses(self) -> dict[str, str]:
        """Every lemma the learner has marked (lemmas never marked are new)."""
        return dict(self._query("SELECT lemma, status FROM words").fetchall())

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
                  body: str | None = None, chapters: list[tuple[int, str]] | None = None) -> int:
        """Record that a text was opened (once per content); returns its id.  With *body*,
        the text itself is kept (compressed), so it reopens when its file has moved or its
        site is down; with *chapters* ((offset, title) as an EPUB gives them), its chapters
        too."""
        now = time.time()
        packed = zlib.compress(body.encode("utf-8"), 6) if body is not None else None
        toc = json.dumps([[int(o), str(t)] for o, t in chapters]) if chapters is not None else None
        with self.transaction() as conn:
            conn.execute(
                """INSERT INTO texts (title, source, content_hash, words, added, opened, body, chapters)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(content_hash) DO UPDATE SET opened = excluded.opened,
                                                           source = excluded.source,
                                                           body = COALESCE(excluded.body, body),
                                                           chapters = COALESCE(excluded.chapters, chapters),
                                                           archived = 0""",
                (title, source, content_hash, words, now, now, packed, toc),
            )
            row = conn.execute("SELECT id FROM texts WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0]

    def text_body(self, text_id: int) -> str | None:
        """The text as it was read (None for texts opened before texts were kept)."""
        row = self.conn.execute("SELECT body FROM texts WHERE id = ?", (text_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        return zlib.decompress(row[0]).decode("utf-8")

    def text_chapters(self, text_id: int) -> list[tuple[int, str]] | None:
        """The chapters kept with a text ((offset, title)); None when none were recorded."""
        row = self._query("SELECT chapters FROM texts WHERE id = ?", (text_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        return [(int(o), str(t)) for o, t in json.loads(row[0])]

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

    def place_of(self, content_hash: str) -> tuple[int, int, int] | None:
        """(id, position, character offset) of a text opened before, by its content."""
        row = self.conn.execute("SELECT id, position, offset FROM texts WHERE content_hash = ?",
                                (content_hash,)).fetchone()
        return tuple(row) if row else None

    def text(self, text_id: int) -> dict | None:
        row = self._query(f"SELECT {_TEXT_COLUMNS} FROM texts WHERE id = ?", (text_id,)).fetchone()
        return _text_dict(row) if row else None

    def texts(self, archived: bool | None = None) -> list[dict]:
        """Texts opened before, most recent first (all, or only the archived or only the
        active ones)."""
        where = "" if archived is None else f"WHERE archived = {int(archived)}"
        rows = self._query(f"SELECT {_TEXT_COLUMNS} FROM texts {where} ORDER BY opened DESC").fetchall()
        return [_text_dict(r) for r in rows]

    #: An advance of the word cursor larger than this is a jump (the vocabulary list's
    #: Enter, a click far down), not reading.
    READING_STEP = 500

    def set_position(self, text_id: int, position: int, at: float | None = None,
                     offset: int | None = None) -> None:
        """The reading position (a word index; *offset*: its character offset).  Moving
        past the furthest point reached in the text counts those words as read today
        (progress charts)."""
        with self.transaction() as conn:
            if offset is not None:
                conn.execute("UPDATE texts SET offset = ? WHERE id = ?", (offset, text_id))
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
        rows = self._query("SELECT lemma, status, at FROM status_log ORDER BY at, id").fetchall()
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
        rows = self._query("SELECT lemma FROM words WHERE status IN ('known', 'ignored')")
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


def _check_result(rows) -> str:
    """quick_check's answer on one line: "ok", or its first finding (a finding can span
    lines: "*** in database main ***\nPage 75: btreeInitPage() returns error code 11")."""
    lines = [ln for r in rows for ln in str(r[0]).splitlines() if ln.strip() and not ln.startswith("***")]
    return " ".join(lines[0].split()) if lines else "ok"


def _reason(exc: sqlite3.Error) -> str:
    """An SQLite error in a learner's words."""
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return "another dutch-reader kept it busy; try again"
    if "malformed" in low or "corrupt" in low:
        return f"damaged: {text}"
    if "not a database" in low:
        return "not a database"
    if "unable to open" in low:
        return "cannot be opened"
    return problem(exc)


def _copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """SQLite's online backup of *source* into *dest*, through a temporary file."""

    def write(tmp: Path) -> None:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
            Path(f"{tmp}-journal").unlink(missing_ok=True)

    try:
        atomic_write(dest, write)
    except FileProblem as exc:
        raise StoreError(str(exc)) from None


# ----------------------------------------------------------------------------- backups
def _backup_place(path: Path) -> tuple[Path, str]:
    """Where the backups of the store *path* go, and their name's start: ``backups/`` of
    the data dir for a store in it, else beside the store."""
    try:
        in_data_dir = path.parent.resolve() == paths.data_dir().resolve()
    except OSError:
        in_data_dir = False
    return (paths.backup_dir() if in_data_dir else path.parent), path.stem


def _backup_stamp(p: Path) -> str:
    m = _BACKUP_RE.search(p.name)
    return m.group(1) if m else ""


def _backup_reason(p: Path) -> str:
    m = _BACKUP_RE.search(p.name)
    return m.group(2) if m else ""


def backups_of(path: Path | str | None = None) -> list[Path]:
    """The backups of the store *path* (default: the learner's), newest first."""
    path = Path(path) if path is not None else paths.db_path()
    folder, stem = _backup_place(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{glob.escape(stem)}-*.sqlite3")
             if p.name[len(stem):].startswith("-") and _BACKUP_RE.fullmatch(p.name[len(stem):])]
    return sorted(found, key=lambda p: (_backup_stamp(p), p.name), reverse=True)


def _health(path: Path) -> str | None:
    """None for a healthy SQLite file, else what is wrong (read-only, nothing written)."""
    try:
        check_regular(path, "a dutch-reader store")
    except FileProblem as exc:
        return str(exc)
    conn = None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        found = _check_result(conn.execute("PRAGMA quick_check(3)").fetchall())
    except sqlite3.Error as exc:
        return _reason(exc)
    finally:
        if conn is not None:
            conn.close()
    return None if found == "ok" else f"damaged: {found}"


def _last_good_backup(path: Path) -> Path | None:
    for b in backups_of(path)[:20]:
        if _health(b) is None:
            return b
    return None


def _restore_command(path: Path) -> str:
    default = path == paths.db_path()
    return "dutch-reader restore" + ("" if default else f" --db {path}")


def _damaged_message(path: Path, reason: str) -> str:
    reason = reason.removeprefix("damaged: ")
    advice = _backup_advice(path)
    if reason == "not a database":
        return f"{path}: not a usable dutch-reader store (not an SQLite database); it was not changed; {advice}"
    return f"{path} is damaged ({' '.join(reason.split())}) and was not changed; {advice}"


def _backup_advice(path: Path) -> str:
    good = _last_good_backup(path)
    if good is None:
        advice = "no backup of it was found"
    else:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(good.stat().st_mtime))
        advice = (f"your last good backup is {good} ({when}): '{_restore_command(path)}' "
                  "puts it back and keeps the damaged file")
    return advice


def _check_restorable(source: Path) -> None:
    try:
        check_regular(source, "a backup of a dutch-reader store")
    except FileProblem as exc:
        raise StoreError(str(exc)) from None
    conn = None
    try:
        conn = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        found = _check_result(conn.execute("PRAGMA quick_check(3)").fetchall())
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = 0
        if "schema_version" in tables:
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
    except sqlite3.Error as exc:
        raise StoreError(f"{source}: not a dutch-reader store ({_reason(exc)})") from None
    finally:
        if conn is not None:
            conn.close()
    if found != "ok":
        raise StoreError(f"{source} is damaged ({found}); choose another backup "
                         "('dutch-reader restore --list')")
    if not {"schema_version", "words"} <= tables or version < 1:
        raise StoreError(f"{source}: not a dutch-reader store")
    if version > len(MIGRATIONS):
        raise StoreError(f"{source} was written by a newer dutch-reader (schema {version}); "
                         f"this one knows schema {len(MIGRATIONS)}")


def restore(path: Path | str | None = None, source: Path | str | None = None) -> tuple[Path, Path | None]:
    """Put a backup back as the store *path* (default: the learner's store): *source*, or
    the newest backup that is not damaged.  The current file is kept first (a consistent
    copy ``…-before-restore``, or the file as it is, ``…-damaged``), so nothing is lost.
    Returns (the backup restored, the copy kept or None)."""
    path = Path(path) if path is not None else paths.db_path()
    if source is None:
        source = _last_good_backup(path)
        if source is None:
            raise StoreError(f"no good backup of {path} was found")
    source = Path(source)
    if source.exists() and path.exists() and source.resolve() == path.resolve():
        raise StoreError(f"{source} is the store itself")
    _check_restorable(source)
    folder, stem = _backup_place(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create {folder}: {problem(exc)}") from None
    kept: Path | None = None
    current = path.exists() and path.stat().st_size > 0
    healthy = current and _health(path) is None
    src = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    try:
        if healthy:
            live = sqlite3.connect(path, timeout=BUSY_SECONDS)
            try:
                kept = folder / f"{stem}-{_stamp()}-before-restore.sqlite3"
                _copy_database(live, kept)
                src.backup(live)  # in place, under SQLite's locks: other readers see it whole
            except sqlite3.Error as exc:
                raise StoreError(f"{path}: cannot be restored ({_reason(exc)})") from None
            finally:
                live.close()
        else:
            if current:  # damaged or unreadable: keep its bytes as they are
                kept = folder / f"{stem}-{_stamp()}-damaged.sqlite3"
                for suffix in ("", "-wal"):
                    if Path(f"{path}{suffix}").exists():
                        _copy_file(Path(f"{path}{suffix}"), Path(f"{kept}{suffix}"))
            fresh = path.with_name(f".{path.name}.restoring")
            fresh.unlink(missing_ok=True)
            _copy_database(src, fresh)
            for suffix in ("-wal", "-shm"):  # the old file's journal must not meet the new one
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(fresh, path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot be restored ({problem(exc)})") from None
    finally:
        src.close()
    _CHECKED.clear()
    return source, kept


def _copy_file(src: Path, dest: Path) -> None:
    try:
        atomic_write(dest, lambda tmp: shutil.copyfile(src, tmp))
    except FileProblem as exc:
        raise StoreError(str(exc)) from None


def open_store(path: Path | str | None = None) -> Store:
    return Store(path)
