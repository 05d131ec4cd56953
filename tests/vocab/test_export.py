"""Flashcards, verified by importing into real Anki (the `anki` package is Anki's own
library) and by reading the CSV back."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vocab import analyse
from vocab.export import (
    CLOZE_MODEL_ID,
    WORD_FIELDS,
    WORD_MODEL_ID,
    cloze_text,
    collect_from_text,
    write_apkg,
    write_csv,
)
from vocab.glossary import Glossary
from vocab.store import Store

anki_collection = pytest.importorskip("anki.collection")

ROOT = Path(__file__).resolve().parents[2]
TEXT = """De fietsenmaker

De fietsenmaker repareerde gisteren drie lekke banden in zijn kleine werkplaats.
Hij belde de klant na de reparatie meteen op om het goede nieuws te vertellen.
De klant haalde de fiets zelf op en betaalde contant aan de toonbank.
"""


@pytest.fixture(autouse=True)
def _no_system_dictionaries(monkeypatch):
    monkeypatch.setenv("DUTCH_READER_DICT_DIRS", "")


def import_into(collection_path: Path, apkg: Path) -> anki_collection.Collection:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = anki_collection.Collection(str(collection_path))
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=False)
    ))
    return col


def notes_by_model(col, model_id: int) -> list:
    return [col.get_note(nid) for nid in col.find_notes(f"mid:{model_id}")]


def cards_for(store: Store):
    a = analyse(TEXT, title="De fietsenmaker", source="fietsenmaker.txt")
    return collect_from_text(a, Glossary(store=store, dictionaries=[]), store.statuses(), "A1",
                             {"new", "learning"})


def test_apkg_imports_into_anki_and_a_second_export_updates_instead_of_adding(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    cards = cards_for(store)
    apkg = tmp_path / "dutch.apkg"
    counts = write_apkg(cards, apkg, audio=False)
    assert counts["words"] == len(cards) > 5 and counts["cloze"] >= 2

    col = import_into(tmp_path / "collection.anki2", apkg)
    words = notes_by_model(col, WORD_MODEL_ID)
    clozes = notes_by_model(col, CLOZE_MODEL_ID)
    assert len(words) == counts["words"] and len(clozes) == counts["cloze"]
    assert list(words[0].keys()) == WORD_FIELDS
    by_lemma = {n["Lemma"]: n for n in words}
    assert by_lemma["fietsenmaker"]["Sentence"].count("<b>") == 1
    assert "<b>fietsenmaker</b>" in by_lemma["fietsenmaker"]["Sentence"].lower()
    assert "dutch-reader" in by_lemma["fietsenmaker"].tags
    # the split particle verb is one cloze card with both halves
    opbellen = [n for n in clozes if n["Lemma"] == "opbellen"]
    assert len(opbellen) == 1
    assert "{{c1::belde}}" in opbellen[0]["Text"] and "{{c1::op}}" in opbellen[0]["Text"]
    # every cloze note produces a card
    for note in clozes:
        assert len(note.cards()) == 1
    n_notes = col.note_count()
    col.close()

    # the learner edits a gloss; the next export updates the note and adds none
    store.set_note("fietsenmaker", "bicycle repairer (my words)", None)
    time.sleep(1.1)  # Anki updates notes that are newer (modification times in seconds)
    write_apkg(cards_for(store), apkg, audio=False)
    col = import_into(tmp_path / "collection.anki2", apkg)
    assert col.note_count() == n_notes
    updated = {n["Lemma"]: n for n in notes_by_model(col, WORD_MODEL_ID)}
    assert "bicycle repairer (my words)" in updated["fietsenmaker"]["Meaning"]
    col.close()
    store.close()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_audio_is_packed_when_espeak_is_there(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    cards = cards_for(store)[:2]
    apkg = tmp_path / "audio.apkg"
    counts = write_apkg(cards, apkg, audio=True)
    assert counts["audio"] == 2
    col = import_into(tmp_path / "collection.anki2", apkg)
    note = notes_by_model(col, WORD_MODEL_ID)[0]
    assert note["Audio"].startswith("[sound:") and note["Audio"].endswith(".wav]")
    media = Path(col.media.dir())
    assert any(p.suffix == ".wav" and p.stat().st_size > 0 for p in media.iterdir())
    col.close()
    store.close()


def test_csv_reads_back_as_written(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    cards = cards_for(store)
    for delimiter, name in ((",", "w.csv"), ("\t", "w.tsv")):
        out = tmp_path / name
        write_csv(cards, out, delimiter=delimiter)
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=delimiter))
        assert rows[0] == WORD_FIELDS
        assert rows[1:] == [c.row() for c in cards]
    store.close()


def test_cloze_text_marks_every_gap():
    from vocab.cloze import Exercise

    ex = Exercise(kind="particle", sentence="Hij belde zijn moeder op.", gaps=[(4, 9), (22, 24)],
                  answer=["belde", "op"], lemma="opbellen", hint="")
    assert cloze_text(ex) == "Hij {{c1::belde}} zijn moeder {{c1::op}}."


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_export_writes_only_out_and_fails_clearly(tmp_path, _isolated_home):
    src = tmp_path / "tekst.txt"
    src.write_text(TEXT, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    out = run("export", "--text", str(src), "--level", "A1", "--format", "csv", "-o", "woorden.csv",
              "--db", str(tmp_path / "none.sqlite3"), cwd=work)
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in work.iterdir()) == ["woorden.csv"]
    assert not (tmp_path / "none.sqlite3").exists()  # reading did not create a store
    bad = run("export", "--text", str(src), "-o", str(tmp_path / "missing" / "x.apkg"), cwd=work)
    assert bad.returncode == 1 and "does not exist" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    assert not (tmp_path / "missing").exists()
    usage = run("export", "--text", str(src), "-o", "x.unknown", cwd=work)
    assert usage.returncode == 2
