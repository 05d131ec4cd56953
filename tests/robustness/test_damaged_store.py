"""Damaged, newer and fresh stores; automatic backups and restore (issue 17: 8, 10, 16).

A damaged store is never written to, and every message about it names the backups; a
store from a newer version is refused without a byte changed; creating a store is one
exclusive transaction that other processes wait for.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vocab.store as store_module
from tests.robustness.helpers import one_line, run
from vocab.store import SCHEMA_VERSION, Store, StoreError, backups_of, restore

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(path: Path, n: int = 3000) -> None:
    """A store with the learner's work in it, checkpointed into the main file."""
    with Store(path) as s:
        s.set_statuses({f"woord{i}": "known" for i in range(n)})
        for i in range(0, n, 5):
            s.set_note(f"woord{i}", "mijn vertaling " * 3, "een notitie " * 10)
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage(path: Path) -> None:
    """Garbage over pages in the middle of the file (as a bad disk or a stray write)."""
    data = bytearray(path.read_bytes())
    mid = len(data) // 2 // 4096 * 4096
    data[mid : mid + 3 * 4096] = bytes((i * 7 + 3) % 251 for i in range(3 * 4096))
    path.write_bytes(bytes(data))


@pytest.fixture
def today(monkeypatch):
    """The calendar day the store believes it is (automatic backups are daily)."""
    day = ["20260105"]
    monkeypatch.setattr(store_module, "_today", lambda: day[0])
    return day


# ----------------------------------------------------------------------------- 8: damage
def test_a_damaged_store_is_refused_and_never_written(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    fill(db)
    Store(db).close()  # first use of the day: the automatic backup
    (good,) = backups_of(db)
    damage(db)
    before = digest(db)
    with pytest.raises(StoreError, match="damaged") as info:
        Store(db)
    message = str(info.value)
    assert good.name in message and "dutch-reader restore" in message and "\n" not in message
    assert digest(db) == before


def test_backup_refuses_a_damaged_store_and_names_the_last_good_one(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    fill(db)
    Store(db).close()
    (good,) = backups_of(db)
    damage(db)
    before = digest(db)
    out = run("backup", "--db", str(db), "-o", str(tmp_path / "kopie.sqlite3"))
    assert out.returncode == 1
    line = one_line(out)
    assert "damaged" in line and good.name in line
    assert not (tmp_path / "kopie.sqlite3").exists() and digest(db) == before


def test_commands_on_a_damaged_store_are_one_line(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    fill(db)
    damage(db)
    before = digest(db)
    for args in (["gloss", "huis"], ["read", "--db", str(db)], ["practice"]):
        if "--db" not in args:
            args = [*args, "--db", str(db)]
        out = run(*args)
        assert out.returncode == 1 and "damaged" in one_line(out), args
    assert digest(db) == before


def test_a_damaged_store_with_no_backup_says_so(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    fill(db)
    for b in backups_of(db):
        b.unlink()
    damage(db)
    with pytest.raises(StoreError, match="no backup"):
        Store(db)


# ----------------------------------------------------------------------------- backups
def test_a_backup_every_day_of_use_and_the_last_seven_kept(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    with Store(db) as s:
        s.set_status("kat", "known")
    assert backups_of(db) == []  # a new store: nothing to keep yet
    for day in range(6, 16):
        today[0] = f"202601{day:02d}"
        for _ in range(2):  # the second use of a day makes no second backup
            with Store(db) as s:
                s.set_status(f"dag{day}", "known")
    daily = [b for b in backups_of(db) if b.name.endswith("-daily.sqlite3")]
    assert [b.name.split("-")[1] for b in daily] == [f"202601{d:02d}" for d in range(15, 8, -1)]
    with sqlite3.connect(daily[-1]) as oldest:  # a consistent copy of that morning
        assert oldest.execute("SELECT status FROM words WHERE lemma = 'dag8'").fetchone() == ("known",)
        assert oldest.execute("SELECT COUNT(*) FROM words WHERE lemma = 'dag9'").fetchone() == (0,)


def test_default_store_backups_live_in_the_data_dir(_isolated_home, today):
    with Store() as s:
        s.set_status("kat", "known")
    Store().close()
    (b,) = backups_of(_isolated_home / "dutch-reader.sqlite3")
    assert b.parent == _isolated_home / "backups"


# ----------------------------------------------------------------------------- restore
def test_restore_puts_the_last_good_backup_back_and_keeps_the_damaged_file(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    fill(db, 500)
    Store(db).close()
    damage_copy_before = None
    damage(db)
    damage_copy_before = digest(db)
    restored_from, kept = restore(db)
    assert restored_from.name.endswith("-daily.sqlite3")
    assert digest(kept) == damage_copy_before  # the damaged file is kept as it was
    with Store(db) as s:
        assert s.status("woord7") == "known" and s.word("woord5").gloss


def test_restore_of_a_healthy_store_keeps_a_copy_of_it_first(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    with Store(db) as s:
        s.set_status("kat", "known")
    Store(db).close()  # the daily backup: kat known
    with Store(db) as s:
        s.set_status("hond", "learning2")  # done after the backup
    out = run("restore", "--db", str(db))
    assert out.returncode == 0, out.stderr
    with Store(db) as s:
        assert s.status("kat") == "known" and s.status("hond") == "new"
    kept = [b for b in backups_of(db) if "before-restore" in b.name]
    assert len(kept) == 1
    with Store(kept[0]) as copy:  # nothing is lost: the work after the backup is kept
        assert copy.status("hond") == "learning2"


def test_restore_of_a_named_file(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    mine = tmp_path / "elders.sqlite3"
    with Store(mine) as s:
        s.set_status("fiets", "learning1")
    with Store(db) as s:
        s.set_status("kat", "known")
    out = run("restore", str(mine), "--db", str(db))
    assert out.returncode == 0, out.stderr
    with Store(db) as s:
        assert s.statuses() == {"fiets": "learning1"}


@pytest.mark.parametrize("what", ["damaged", "not a store", "fifo", "newer", "missing"])
def test_restore_refuses_what_it_cannot_restore(tmp_path, today, what):
    db = tmp_path / "s.sqlite3"
    with Store(db) as s:
        s.set_status("kat", "known")
    bad = tmp_path / "slecht.sqlite3"
    if what == "damaged":
        fill(bad)
        damage(bad)
    elif what == "not a store":
        bad.write_text("Dit is geen database.\n" * 200)
    elif what == "fifo":
        os.mkfifo(bad)
    elif what == "newer":
        with Store(bad) as s:
            s.conn.execute("UPDATE schema_version SET version = 999")
    before = digest(db)
    out = run("restore", str(bad), "--db", str(db), timeout=30)
    assert out.returncode == 1 and one_line(out)
    assert digest(db) == before


def test_restore_list_names_the_backups(tmp_path, today):
    db = tmp_path / "s.sqlite3"
    fill(db, 50)
    Store(db).close()
    out = run("restore", "--list", "--db", str(db))
    assert out.returncode == 0 and backups_of(db)[0].name in out.stdout and "ok" in out.stdout


# ----------------------------------------------------------------------------- 10: newer
def test_a_store_from_a_newer_version_is_refused_unchanged(tmp_path):
    db = tmp_path / "nieuw.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE schema_version (version INTEGER NOT NULL);"
                       "INSERT INTO schema_version VALUES (999);")
    conn.commit()
    conn.close()
    before = digest(db)
    with pytest.raises(StoreError, match="newer"):
        Store(db)
    assert digest(db) == before  # not even converted to WAL
    assert not Path(f"{db}-wal").exists()


# ----------------------------------------------------------------------------- 16
OPENER = """
import sys, time
from vocab.store import Store
time.sleep(max(0.0, float(sys.argv[1]) - time.time()))
try:
    with Store() as s:
        s.set_status("kat", "known")
except Exception as exc:
    print(type(exc).__name__, exc)
    sys.exit(1)
"""


def test_several_processes_creating_the_store_at_once(tmp_path):
    """A script, or the reader and a gloss in another terminal, on a new data dir: one
    creates and migrates the store in one exclusive transaction, the others wait."""
    for attempt in range(3):
        home = tmp_path / f"home{attempt}"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DUTCH_READER_HOME": str(home)}
        start = time.time() + 2.0  # all imports done: they open the store together
        procs = [subprocess.Popen([sys.executable, "-c", OPENER, str(start)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                 for _ in range(6)]
        outputs = [p.communicate(timeout=120)[0] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, outputs
        with Store(home / "dutch-reader.sqlite3") as s:
            assert s.schema_version() == SCHEMA_VERSION and s.status("kat") == "known"
