import sqlite3

import pytest

from vocab.store import MIGRATIONS, SCHEMA_VERSION, STATUSES, Store, StoreError


def test_new_store_has_schema_and_wal(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_statuses_and_notes_persist(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path) as s:
        assert s.status("huis") == "new"
        s.set_status("huis", "known")
        s.set_status("aanslag", "learning2")
        s.set_note("aanslag", "attack", "ook: belastingaanslag")
    with Store(path) as s:
        assert s.statuses() == {"huis": "known", "aanslag": "learning2"}
        rec = s.word("aanslag")
        assert (rec.gloss, rec.note, rec.status) == ("attack", "ook: belastingaanslag", "learning2")
        # a note does not reset the status, a status does not drop the note
        s.set_status("aanslag", "known")
        assert s.word("aanslag").note == "ook: belastingaanslag"
        s.set_note("aanslag", "", "")
        assert s.word("aanslag").gloss is None and s.word("aanslag").status == "known"


def test_unknown_status_is_refused_and_nothing_is_written(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        with pytest.raises(ValueError):
            s.set_statuses({"kat": "known", "hond": "bijna"})
        assert s.statuses() == {}
        assert set(STATUSES) >= {"new", "known", "ignored", "learning1"}


def test_a_failed_action_is_rolled_back(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        with pytest.raises(RuntimeError):
            with s.transaction() as conn:
                conn.execute(
                    "INSERT INTO words (lemma, status, created, updated) VALUES ('kat', 'known', 0, 0)"
                )
                raise RuntimeError("crash in the middle of an action")
        assert s.word("kat") is None


def test_half_created_store_is_completed(tmp_path):
    path = tmp_path / "half.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE schema_version (version INTEGER NOT NULL);")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        s.set_status("kat", "known")


def test_older_schema_is_migrated_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    with Store(path) as s:  # a store of today's schema, with the learner's work in it
        s.set_status("kat", "known")
    # tomorrow's dutch-reader adds a migration
    import vocab.store as store_module

    monkeypatch.setattr(
        store_module, "MIGRATIONS", [*MIGRATIONS, "ALTER TABLE words ADD COLUMN example TEXT"]
    )
    with Store(path) as s:
        assert s.schema_version() == len(MIGRATIONS) + 1
        assert s.status("kat") == "known"
        s.conn.execute("SELECT example FROM words").fetchall()
    (backup,) = tmp_path.glob(f"old-*-schema{len(MIGRATIONS)}.sqlite3")
    with sqlite3.connect(backup) as b:
        assert b.execute("SELECT version FROM schema_version").fetchone()[0] == len(MIGRATIONS)
        assert b.execute("SELECT status FROM words WHERE lemma='kat'").fetchone()[0] == "known"


def test_a_version_1_store_is_migrated_keeping_the_learners_words(tmp_path):
    """A store as the first release wrote it (schema 1) opens in this one."""
    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE schema_version (version INTEGER NOT NULL);"
        "INSERT INTO schema_version VALUES (1);" + MIGRATIONS[0]
    )
    conn.execute(
        "INSERT INTO words (lemma, status, gloss, note, created, updated) "
        "VALUES ('aanslag', 'learning2', 'attack', NULL, 1, 1)"
    )
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.word("aanslag").gloss == "attack" and s.status("aanslag") == "learning2"
        s.set_status("aanslag", "known")  # the new status log works
        assert s.known_history(days=2)[-1] == 1
    assert len(list(tmp_path.glob("v1-*-schema1.sqlite3"))) == 1


def test_texts_positions_and_stats(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        tid = s.open_text("De fiets", "/tmp/fiets.txt", "abc", 120)
        assert s.open_text("De fiets", "/tmp/elders.txt", "abc", 120) == tid  # same content
        s.set_position(tid, 42)
        s.set_text_stats(tid, {"known_share": 0.9})
        (t,) = s.texts()
        assert (t["title"], t["position"], t["stats"]["known_share"], t["source"]) == (
            "De fiets", 42, 0.9, "/tmp/elders.txt"
        )


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    with Store(path) as s:
        s.conn.execute("UPDATE schema_version SET version = 999")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        Store(path)


def test_default_location_is_the_data_dir(_isolated_home):
    with Store() as s:
        assert s.path.parent == _isolated_home


def test_reads_from_another_thread(tmp_path):
    """The reader looks glosses up in worker threads: the learner's notes and statuses can
    be read there (each thread gets a read-only connection of its own)."""
    import threading

    with Store(tmp_path / "s.sqlite3") as s:
        s.set_note("kat", "cat", "mijn notitie")
        seen = []

        def work():
            seen.append((s.word("kat").gloss, s.statuses()))
            try:
                s._read().execute("DELETE FROM words")
            except sqlite3.OperationalError as exc:  # and only read there
                seen.append("read-only" if "readonly" in str(exc) else str(exc))

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert seen == [("cat", {"kat": "new"}), "read-only"]
        assert s.word("kat").gloss == "cat"
