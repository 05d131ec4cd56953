"""Importing word lists, on files written in each peer's own format."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest

from vocab.store import Store
from vocab.wordlists import (
    WordlistError,
    anki_status,
    detect_format,
    export_words,
    import_file,
)

LUTE_HEADER = ["term", "parent", "translation", "language", "tags", "added", "status",
               "link_status", "pronunciation"]


def write_lute(path: Path, rows: list[list[str]]) -> Path:
    # Lute writes its export with Python's csv module, default dialect (CRLF, minimal quoting)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(LUTE_HEADER)
        w.writerows(rows)
    return path


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        yield s


def test_lute_export_statuses_parents_languages_and_translations(tmp_path, store):
    path = write_lute(tmp_path / "Terms.csv", [
        ["huizen", "huis", "houses", "Dutch", "", "2024-03-01 10:00:00", "3", "y", ""],
        ["huis", "", "house", "Dutch", "noun", "2024-02-01 09:00:00", "99", "", ""],
        ["liep", "lopen", "", "Dutch", "", "2024-03-02 10:00:00", "2", "", ""],
        ["gato", "", "cat", "Spanish", "", "2024-03-02 10:00:00", "1", "", ""],
        ["Hund", "", "dog", "German", "", "2024-03-02 10:00:00", "5", "", ""],
        ["op\u200b \u200bzoek\u200b \u200bnaar", "", "looking for", "Dutch", "", "", "1", "", ""],
        ["de kat", "", "cat", "Dutch", "", "", "5", "", ""],
        ["zo'n", "", "such a", "Dutch", "", "", "98", "", ""],
        ["aanslagen", "", "attacks\nbombings", "Dutch", "", "", "4", "", ""],
        ["fiets", "", "", "Dutch", "", "", "0", "", ""],
    ])
    assert detect_format(path) == "lute"
    summary = import_file(store, path, lemmatize=lambda w: {"aanslagen": "aanslag"}.get(w, w))
    assert store.statuses() == {
        "huis": "known",  # the lemma's own row decides over its inflected child (3)
        "lopen": "learning2",  # via parent
        "kat": "known",  # article dropped; Lute 5 (learned) is known
        "zo'n": "ignored",  # 98
        "aanslag": "learning4",  # lemmatised
    }
    assert store.word("huis").gloss == "house"
    assert store.word("aanslag").gloss == "attacks; bombings"
    assert summary.skipped["other language (Spanish)"] == 1
    assert summary.skipped["other language (German)"] == 1
    assert summary.skipped["multi-word term"] == 1
    assert summary.skipped["status 0 (unknown) and no translation"] == 1
    assert summary.folded == 1 and len(summary.imported) == 5
    assert summary.backup and Path(summary.backup).exists()
    # 'added' dates the status in the progress log
    at = store.conn.execute("SELECT at FROM status_log WHERE lemma = 'huis'").fetchone()[0]
    assert 1706745600 - 86400 < at < 1706745600 + 86400  # 2024-02-01, whatever the time zone


def test_nothing_stored_is_overwritten_without_overwrite(tmp_path, store):
    store.set_status("huis", "learning1")
    store.set_note("huis", "my house", None)
    store.set_note("boom", None, "seen in the park")  # a note only: no status of mine yet
    path = write_lute(tmp_path / "t.csv", [
        ["huis", "", "house", "Dutch", "", "", "99", "", ""],
        ["boom", "", "tree", "Dutch", "", "", "3", "", ""],
    ])
    dry = import_file(store, path, dry_run=True, lemmatize=str)
    assert dry.backup is None and store.word("boom").status == "new"
    summary = import_file(store, path, lemmatize=str)
    assert store.word("huis").status == "learning1" and store.word("huis").gloss == "my house"
    assert store.word("boom").status == "learning3" and store.word("boom").gloss == "tree"
    assert store.word("boom").note == "seen in the park"
    assert summary.kept_status == 1 and summary.merged == ["boom"]
    import_file(store, path, overwrite=True, lemmatize=str)
    assert store.word("huis").status == "known" and store.word("huis").gloss == "house"


def test_a_file_that_is_not_lute_is_refused(tmp_path, store):
    path = tmp_path / "x.csv"
    path.write_text("woord,betekenis\nkat,cat\n", encoding="utf-8")
    with pytest.raises(WordlistError, match="header lacks"):
        import_file(store, path, "lute")
    assert store.statuses() == {}


def test_anki_intervals():
    assert [anki_status(d) for d in (0, 1, 3, 4, 9, 10, 20, 21, 400)] == [
        "learning1", "learning2", "learning2", "learning3", "learning3", "learning4",
        "learning4", "known", "known"]


def _genanki_package(tmp_path: Path) -> Path:
    import genanki

    model = genanki.Model(1_234_567, "Dutch vocab", fields=[{"name": "Nederlands"}, {"name": "English"}],
                          templates=[{"name": "c", "qfmt": "{{Nederlands}}", "afmt": "{{English}}"}])
    deck = genanki.Deck(7_654_321, "Dutch")
    for nl, en in [("de kat", "cat"), ("<b>lopen</b>, liep, gelopen", "to walk"),
                   ("het huis&nbsp;(huizen)", "house"), ("boom", "tree")]:
        deck.add_note(genanki.Note(model=model, fields=[nl, en]))
    out = tmp_path / "deck.apkg"
    genanki.Package(deck).write_to_file(str(out))
    # review three of the notes as Anki would have: type 2 (review) with an interval
    with zipfile.ZipFile(out) as z:
        data = z.read("collection.anki2")
    db = tmp_path / "c.anki2"
    db.write_bytes(data)
    conn = sqlite3.connect(db)
    notes = {flds.split("\x1f")[0]: nid for nid, flds in conn.execute("SELECT id, flds FROM notes")}
    for first, (ctype, ivl) in {"de kat": (2, 30), "<b>lopen</b>, liep, gelopen": (2, 5),
                                "het huis&nbsp;(huizen)": (1, 0)}.items():
        conn.execute("UPDATE cards SET type = ?, queue = ?, ivl = ? WHERE nid = ?",
                     (ctype, ctype, ivl, notes[first]))
    conn.commit()
    conn.close()
    with zipfile.ZipFile(out, "w") as z:
        z.write(db, "collection.anki2")
        z.writestr("media", "{}")
    return out


def test_anki_package_written_by_genanki(tmp_path, store):
    path = _genanki_package(tmp_path)
    assert detect_format(path) == "anki"
    summary = import_file(store, path, lemmatize=str)
    assert store.statuses() == {"kat": "known", "lopen": "learning3", "huis": "learning1"}
    assert store.word("lopen").gloss == "to walk"
    assert summary.skipped["never studied in Anki (new card)"] == 1
    assert any("Nederlands" in n for n in summary.notes)
    with pytest.raises(WordlistError, match="Nederlands, English"):
        import_file(store, path, field_spec="Deutsch")


def _real_anki(tmp_path: Path):
    """A collection made by Anki itself (the `anki` package, a dev dependency): notes, one
    reviewed to maturity, one young, one new."""
    pytest.importorskip("anki.collection")
    from anki.collection import Collection
    from anki.decks import DeckId

    col = Collection(str(tmp_path / "real.anki2"))
    basic = col.models.by_name("Basic")
    ids = {}
    for front, back in [("de fiets", "bicycle"), ("zwemmen", "to swim"), ("appel", "apple")]:
        note = col.new_note(basic)
        note["Front"], note["Back"] = front, back
        col.add_note(note, DeckId(1))
        ids[front] = note
    for front, ivl in (("de fiets", 45), ("zwemmen", 2)):
        card = ids[front].cards()[0]
        card.type = card.queue = 2
        card.ivl, card.due = ivl, 10
        col.update_card(card)
    return col


@pytest.mark.parametrize("legacy", [False, True], ids=["anki21b-zstd", "anki21-legacy"])
def test_anki_package_exported_by_anki(tmp_path, store, legacy):
    from anki.collection import ExportAnkiPackageOptions

    col = _real_anki(tmp_path)
    out = tmp_path / "export.apkg"
    col.export_anki_package(out_path=str(out), limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=False, with_media=False, legacy=legacy))
    col.close()
    summary = import_file(store, out, lemmatize=str)
    assert store.statuses() == {"fiets": "known", "zwemmen": "learning2"}
    assert store.word("fiets").gloss == "bicycle"
    assert summary.skipped["never studied in Anki (new card)"] == 1


def test_anki_notes_in_plain_text(tmp_path, store):
    col = _real_anki(tmp_path)
    out = tmp_path / "notes.txt"
    col.export_note_csv(out_path=str(out), limit=None, with_html=True, with_tags=True,
                        with_deck=True, with_notetype=True, with_guid=True)
    col.close()
    assert detect_format(out) == "anki"
    summary = import_file(store, out, status="learning2", lemmatize=str)
    assert store.statuses() == {"fiets": "learning2", "zwemmen": "learning2", "appel": "learning2"}
    assert store.word("appel").gloss == "apple"
    assert summary.rows == 3


def test_lingq_export(tmp_path, store):
    path = tmp_path / "lingq.csv"
    path.write_text(
        "term,phrase,tag1,tag2,tag3,tag4,meaninglanguage1,meaning1,meaninglanguage2,meaning2\n"
        "fietsen,we gaan fietsen,verb,,,,en,to cycle,de,Rad fahren\n"
        "het huis,,,,,,de,Haus,en,house\n"
        "op zoek naar,,,,,,en,looking for,,\n",
        encoding="utf-8",
    )
    assert detect_format(path) == "lingq"
    summary = import_file(store, path, lemmatize=str)
    assert store.statuses() == {"fietsen": "learning1", "huis": "learning1"}
    assert store.word("fietsen").gloss == "to cycle"  # the learner's language (en) only
    assert store.word("huis").gloss == "house"
    assert summary.skipped["multi-word term"] == 1


def test_plain_list_and_round_trip_of_our_export(tmp_path, store):
    path = tmp_path / "known.txt"
    path.write_text("# my words\nkat\n\nhonden\t dogs\n", encoding="utf-8")
    assert detect_format(path) == "list"
    import_file(store, path, status="known", lemmatize=lambda w: {"honden": "hond"}.get(w, w))
    assert store.statuses() == {"kat": "known", "hond": "known"}
    assert store.word("hond").gloss == "dogs"
    out = tmp_path / "mine.csv"
    rows = [{"lemma": "hond", "status": "known", "level": "A1", "meaning": "dog",
             "user_gloss": "dogs", "note": "woef", "texts": ["Een dag"]}]
    assert export_words(rows, out) == 1
    assert detect_format(out) == "dutch-reader"
    with Store(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        assert other.word("hond").status == "known" and other.word("hond").note == "woef"


def test_multi_word_terms_become_our_expressions(tmp_path, store):
    """A list's phrases are stored under our citation form (as the reader's m marks an
    expression), in whatever form the learner wrote them; phrases we do not know are
    skipped, not guessed."""
    from vocab.expressions import default as expressions

    path = tmp_path / "phrases.txt"
    path.write_text(
        "maak je geen zorgen\tdon't worry\n"
        "zich zorgen maken\n"        # the same expression: merged
        "aan de slag gaan\n"
        "iemand in de steek laten\n"
        "op zoek naar\n"
        "ik ben op zoek naar een huis\n"  # a sentence with more than the expression
        "huis en haard\n"             # not an expression of ours
        "fiets\n",
        encoding="utf-8",
    )
    summary = import_file(store, path, "list", status="learning2", lemmatize=str,
                          expressions=expressions().lookup)
    assert store.statuses() == {
        "zich zorgen maken over": "learning2",
        "aan de slag gaan": "learning2",
        "in de steek laten": "learning2",
        "op zoek naar": "learning2",
        "fiets": "learning2",
    }
    assert store.word("zich zorgen maken over").gloss == "don't worry"
    assert summary.skipped["multi-word term"] == 2 and summary.folded == 1
    # without a lookup (the engine's default) they are all skipped
    with Store(tmp_path / "other.sqlite3") as other:
        bare = import_file(other, path, "list", lemmatize=str)
        assert bare.skipped["multi-word term"] == 7


def test_the_cli_import_maps_expressions(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "lingq.csv"
    path.write_text(
        "term,phrase,tag1,tag2,tag3,tag4,meaninglanguage1,meaning1\n"
        "deel uitmaken van,,,,,,en,to be part of\n"
        "op zoek naar,,,,,,en,looking for\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.sqlite3"
    out = subprocess.run([sys.executable, "-m", "reader", "words", "import", str(path), "--db", str(db)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    with Store(db) as s:
        assert s.statuses() == {"deel uitmaken van": "learning1", "op zoek naar": "learning1"}
        assert s.word("op zoek naar").gloss == "looking for"


def test_the_example_block_of_our_own_export_is_not_part_of_a_meaning():
    from vocab.wordlists import _field_text

    field = ('to wait<div class="example" style="margin-top: 0.5em"><i>Wacht even.</i><br>'
             '<span style="color: #888">Wait a moment.</span></div>')
    assert _field_text(field) == "to wait"
    assert _field_text("to wait<br>to expect") == "to wait\nto expect"  # other HTML: kept as lines
