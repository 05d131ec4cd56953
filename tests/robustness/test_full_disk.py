"""Full disks and read-only files (issue 17, case 9): one line, no traceback, no temporary
file left, nothing half-written.

Real failures where the machine allows them (a tiny tmpfs, remounted read-only: needs
root), else the same failures raised where the code meets the OS.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import vocab.store as store_module
from tests.robustness.helpers import one_line, run
from vocab.store import Store, StoreError, backups_of


def store_with_words(path: Path, n: int = 2000) -> None:
    with Store(path) as s:
        s.set_statuses({f"woord{i}": "known" for i in range(n)})


# ----------------------------------------------------------------------------- backup
def test_backup_to_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, tmpfs):
    db = tmp_path / "s.sqlite3"
    store_with_words(db)
    disk = tmpfs("64k")
    out = run("backup", "--db", str(db), "-o", str(disk.where / "kopie.sqlite3"))
    assert out.returncode == 1 and "the disk is full" in one_line(out)
    assert list(disk.where.iterdir()) == []


def test_backup_into_a_read_only_folder_is_one_line(tmp_path, tmpfs):
    db = tmp_path / "s.sqlite3"
    store_with_words(db, 10)
    disk = tmpfs()
    disk.read_only()
    out = run("backup", "--db", str(db), "-o", str(disk.where / "kopie.sqlite3"))
    assert out.returncode == 1 and "read-only" in one_line(out)


def test_backup_failing_inside_sqlite_leaves_no_temporary_file(tmp_path, monkeypatch):
    """Where no tmpfs can be mounted: the disk fills up in the middle of the copy."""
    db = tmp_path / "s.sqlite3"
    store_with_words(db, 50)
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    real_connect = store_module.sqlite3.connect

    def small_disk(path, *args, **kwargs):  # the copy's file can hold two pages only
        conn = real_connect(path, *args, **kwargs)
        if str(path).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(store_module.sqlite3, "connect", small_disk)
    with Store(db) as s, pytest.raises(StoreError, match="the disk is full"):
        s.backup(out_dir / "kopie.sqlite3")
    assert list(out_dir.iterdir()) == []


# ----------------------------------------------------------------------------- the store
def test_a_read_only_store_is_read_and_refuses_changes_in_one_line(tmp_path, tmpfs):
    disk = tmpfs("1m")
    db = disk.where / "s.sqlite3"
    store_with_words(db, 20)
    disk.read_only()
    with Store(db) as s:
        assert s.read_only and s.status("woord3") == "known"
        assert any("read-only" in w for w in s.warnings)
        with pytest.raises(StoreError, match="read-only") as info:
            s.set_status("kat", "known")
        assert "\n" not in str(info.value)
    out = run("gloss", "huis", "--db", str(db), env={"DUTCH_READER_DICT_DIRS": ""})
    assert out.returncode == 0 and "house" in out.stdout
    assert "read-only" in one_line(out)


def test_a_full_disk_during_an_action_is_one_line_and_saves_nothing_of_it(tmp_path, tmpfs):
    disk = tmpfs("512k")
    db = disk.where / "s.sqlite3"
    with Store(db) as s:
        s.set_status("kat", "known")
        disk.fill()
        with pytest.raises(StoreError, match="the disk is full") as info:
            s.set_statuses({f"woord{i}": "learning1" for i in range(5000)})
        assert "\n" not in str(info.value)
        assert s.status("kat") == "known" and s.status("woord1") == "new"
    (disk.where / "vol").unlink()
    with Store(db) as s:  # after room is made, all is as before the failed action
        assert s.statuses() == {"kat": "known"}


def test_a_full_store_file_without_a_mount(tmp_path):
    """The same failure where no tmpfs can be mounted: SQLite's page limit makes the store
    full exactly as a full disk does."""
    with Store(tmp_path / "s.sqlite3") as s:
        s.set_status("kat", "known")
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="the disk is full"):
            s.set_statuses({f"woord{i}": "learning1" for i in range(5000)})
        assert s.statuses() == {"kat": "known"}


def test_a_failed_daily_backup_is_a_warning_and_the_store_opens(tmp_path, tmpfs, monkeypatch):
    disk = tmpfs("512k")
    db = disk.where / "s.sqlite3"
    store_with_words(db, 1500)
    monkeypatch.setattr(store_module, "_today", lambda: "20300101")
    disk.fill()
    with Store(db) as s:
        assert s.status("woord5") == "known"
        assert any("automatic backup failed" in w and "disk is full" in w for w in s.warnings)
    assert backups_of(db) == []
    assert sorted(p.name for p in disk.where.iterdir() if not p.name.startswith("s.sqlite3")) == ["vol"]
