"""Flashcards, verified by importing into real Anki (the `anki` package is Anki's own
library): packages, and CSV/TSV through Anki's own text importer."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vocab import analyse, library
from vocab.difficulty import LEVELS
from vocab.export import (
    CLOZE_MODEL_ID,
    CSV_COLUMNS,
    WORD_FIELDS,
    WORD_MODEL_ID,
    cloze_text,
    export_selection,
    select_words,
    word_guid,
    write_apkg,
    write_csv,
)
from vocab.glossary import Glossary
from vocab.reading import content_hash
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


def import_text_file(col, path: Path):
    """Anki's own CSV/TSV import, with what Anki reads from the file's header lines."""
    from anki.collection import ImportCsvRequest

    metadata = col.get_csv_metadata(str(path), None)
    return metadata, col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def notes_by_model(col, model_id: int) -> list:
    return [col.get_note(nid) for nid in col.find_notes(f"mid:{model_id}")]


def glossary(store=None) -> Glossary:
    return Glossary(store=store, dictionaries=[])


def cards_for(store: Store, text: str = TEXT, level: str = "A1"):
    a = analyse(text, title="De fietsenmaker", source="fietsenmaker.txt")
    return select_words(glossary(store), store.statuses(), level, {"new", "learning"}, [a]).cards


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
    # the example is the sentence, never the title line "De fietsenmaker"
    sentence = by_lemma["fietsenmaker"]["Sentence"]
    assert sentence.startswith("De <b>fietsenmaker</b> repareerde") and sentence.count("<b>") == 1
    # hierarchical tags: the band and the text
    tags = by_lemma["fietsenmaker"].tags
    assert "dutch-reader" in tags and "dutch-reader::text::de-fietsenmaker" in tags
    assert [t for t in tags if t.startswith("dutch-reader::") and "::text::" not in t] == \
        [f"dutch-reader::{next(c.level for c in cards if c.lemma == 'fietsenmaker')}"]
    # the split particle verb is one cloze card with both halves, the hint on the front
    opbellen = [n for n in clozes if n["Lemma"] == "opbellen"]
    assert len(opbellen) == 1
    assert "{{c1::belde::" in opbellen[0]["Text"] and "{{c1::op}}" in opbellen[0]["Text"]
    card = opbellen[0].cards()[0]
    out = card.render_output()
    hint = next(c.cloze[0].hint for c in cards if c.lemma == "opbellen")
    shown = re.sub(r"<[^>]+>", "", out.question_text)  # what the learner sees
    assert hint and f"[{hint}]" in shown and "belde" not in shown and "[...]" in shown
    # the answer is highlighted on the back, as in Anki's own cloze type
    assert '<span class="cloze"' in out.answer_text and ">belde</span>" in out.answer_text
    assert ".cloze" in out.css and "font-weight: bold" in out.css.split(".cloze", 1)[1]
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


def test_no_note_without_a_meaning_and_the_skipped_are_counted(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    text = TEXT + "Naast de kassa stond een oude snurfel met een kapotte bel.\n"
    a = analyse(text, title="De fietsenmaker")
    selection = select_words(glossary(store), {}, "A1", {"new", "learning"}, [a])
    assert selection.skipped == ["snurfel"]  # a made-up word: no dictionary knows it
    assert all(c.meaning for c in selection.cards)
    assert "snurfel" not in {c.lemma for c in selection.cards}
    assert selection.skipped_text() == "skipped 1 word without a meaning (snurfel)"
    store.close()


def test_a_word_only_in_headings_gets_no_sentence_and_no_cloze(tmp_path):
    text = ("Werkplaats\n\n"
            "Open werkplaats\n\n"
            "De fietsenmaker repareerde gisteren drie lekke banden.\n")
    a = analyse(text, title="Werkplaats")
    cards = {c.lemma: c for c in select_words(glossary(), {}, "A1", {"new"}, [a]).cards}
    assert cards["werkplaats"].sentence == "" and cards["werkplaats"].cloze == []
    assert cards["fietsenmaker"].sentence == "De fietsenmaker repareerde gisteren drie lekke banden."


def read_back(path: Path, delimiter: str) -> tuple[list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = [line.rstrip("\n") for line in lines if line.startswith("#")]
    rows = list(csv.reader([line for line in lines if not line.startswith("#")], delimiter=delimiter))
    return header, rows


@pytest.mark.parametrize("delimiter,name,separator", [(",", "w.csv", "Comma"), ("\t", "w.tsv", "Tab")])
def test_csv_and_tsv_begin_with_anki_header_lines_and_read_back(tmp_path, delimiter, name, separator):
    store = Store(tmp_path / "s.sqlite3")
    cards = cards_for(store)
    out = tmp_path / name
    write_csv(cards, out, delimiter=delimiter)
    header, rows = read_back(out, delimiter)
    assert header[0] == f"#separator:{separator}" and "#html:false" in header
    assert f"#columns:{delimiter.join(CSV_COLUMNS)}" in header
    assert f"#tags column:{CSV_COLUMNS.index('Tags') + 1}" in header
    assert f"#guid column:{CSV_COLUMNS.index('GUID') + 1}" in header
    assert rows == [c.row() for c in cards]  # no header row: every row is a word
    store.close()


@pytest.mark.parametrize("delimiter,name", [(",", "w.csv"), ("\t", "w.tsv")])
def test_anki_imports_the_csv_without_a_stray_note_and_updates_on_a_second_import(tmp_path, delimiter, name):
    store = Store(tmp_path / "s.sqlite3")
    cards = cards_for(store)
    out = tmp_path / name
    write_csv(cards, out, delimiter=delimiter)

    # a collection without our note type: Anki's default one, the word as the first field
    col = anki_collection.Collection(str(tmp_path / "fresh.anki2"))
    metadata, log = import_text_file(col, out)
    assert metadata.tags_column == CSV_COLUMNS.index("Tags") + 1 and not metadata.is_html
    assert len(log.new) == col.note_count() == len(cards)
    firsts = sorted(col.get_note(n).fields[0] for n in col.find_notes(""))
    assert firsts == sorted(c.word for c in cards)  # no note "Word", no "#separator" note
    note = col.get_note(col.find_notes('"tag:dutch-reader::text::de-fietsenmaker"')[0])
    assert "dutch-reader" in note.tags
    col.close()

    # after one of our packages the note type is there: the columns fill its fields by
    # name, and the GUIDs make the CSV update the package's notes instead of adding
    apkg = tmp_path / "dutch.apkg"
    counts = write_apkg(cards, apkg, audio=False)
    col = import_into(tmp_path / "collection.anki2", apkg)
    n_notes = col.note_count()
    store.set_note("fietsenmaker", "bicycle repairer (my words)", None)
    write_csv(cards_for(store), out, delimiter=delimiter)
    time.sleep(1.1)
    metadata, log = import_text_file(col, out)
    assert col.models.get(metadata.global_notetype.id)["id"] == WORD_MODEL_ID
    assert len(log.new) == 0 and len(log.updated) == counts["words"]
    assert col.note_count() == n_notes
    fietsenmaker = col.get_note(col.find_notes("Lemma:fietsenmaker")[0])
    assert fietsenmaker.guid == word_guid("fietsenmaker")
    assert "bicycle repairer (my words)" in fietsenmaker["Meaning"]
    assert fietsenmaker["Sentence"].startswith("De fietsenmaker repareerde")
    # and the same file once more: nothing new
    _metadata, log = import_text_file(col, out)
    assert len(log.new) == 0 and col.note_count() == n_notes
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


def test_cloze_text_marks_every_gap():
    from vocab.cloze import Exercise

    ex = Exercise(kind="particle", sentence="Hij belde zijn moeder op.", gaps=[(4, 9), (22, 24)],
                  answer=["belde", "op"], lemma="opbellen", hint="")
    assert cloze_text(ex) == "Hij {{c1::belde}} zijn moeder {{c1::op}}."
    # the hint on the first gap; nothing in it can close the cloze early
    ex.hint = "to call :: up {{ }} <b>"
    assert cloze_text(ex) == "Hij {{c1::belde::to call : up { { } } &lt;b&gt;}} zijn moeder {{c1::op}}."


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


def remember(store: Store, text: str = TEXT, title: str = "De fietsenmaker", source: str = "/tmp/fietsenmaker.txt"):
    a = analyse(text, title=title, source=source)
    library.remember(store, a, source, sum(1 for _ in a.words()), content_hash(text))
    return a


@pytest.mark.parametrize("level", ["A1", "A2", "B1"])
@pytest.mark.parametrize("wanted", [{"new", "learning"}, {"new"}, {"learning"}, {"known"}, {"ignored"},
                                    {"new", "learning", "known", "ignored"}])
def test_all_and_one_text_export_the_same_words_for_the_same_statuses_and_level(tmp_path, level, wanted):
    """The rule of vocab.export: the same words, by the same statuses and level, whether
    from the one text (export --text, the reader's X) or from the library (export --all);
    --all adds the marked words that stand in no kept text."""
    store = Store(tmp_path / "s.sqlite3")
    a = remember(store)
    store.set_statuses({"klant": "learning2", "fiets": "known", "contant": "ignored",
                        "meteen": "new",  # A1, but the learner said new
                        "boodschap": "learning1", "zolder": "known"})  # in no kept text
    g = glossary(store)
    one = export_selection(store, g, level, wanted, a)
    everything = export_selection(store, g, level, wanted)
    outside = {"boodschap", "zolder"}
    assert [c.lemma for c in everything.cards if c.lemma not in outside] == [c.lemma for c in one.cards]
    assert [c.row() for c in everything.cards if c.lemma not in outside] == [c.row() for c in one.cards]
    lemmas = {c.lemma for c in everything.cards}
    assert ("klant" in lemmas) == ("learning" in wanted)
    assert ("boodschap" in lemmas) == ("learning" in wanted)
    assert ("fiets" in lemmas) == ("known" in wanted) and ("zolder" in lemmas) == ("known" in wanted)
    assert ("contant" in lemmas) == ("ignored" in wanted)
    assert ("meteen" in lemmas) == ("new" in wanted)
    # unmarked words: new from the learner's level up, known below it
    for c in one.cards:
        if c.lemma not in store.statuses():
            assert (c.status == "new") == (LEVELS.index(c.level) >= LEVELS.index(level))
    store.close()


def test_cli_all_and_text_write_the_same_rows(tmp_path):
    src = tmp_path / "fietsenmaker.txt"
    src.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "s.sqlite3"
    with Store(db) as store:
        loaded_title = "De fietsenmaker"
        a = analyse(TEXT, title=loaded_title, source=str(src))
        library.remember(store, a, str(src), 30, content_hash(TEXT))
        store.set_status("klant", "learning1")
    outs = {}
    for name, source in (("text.csv", ["--text", str(src)]), ("all.csv", ["--all"])):
        r = run("export", *source, "--level", "A2", "-o", str(tmp_path / name), "--db", str(db), cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        outs[name] = read_back(tmp_path / name, ",")[1]
    assert outs["text.csv"] == outs["all.csv"] and len(outs["all.csv"]) > 5
    assert "klant" in [row[1] for row in outs["all.csv"]]


def test_cli_says_how_many_words_it_skipped(tmp_path):
    src = tmp_path / "kassa.txt"
    src.write_text(TEXT + "Naast de kassa stond een oude snurfel met een kapotte bel.\n", encoding="utf-8")
    r = run("export", "--text", str(src), "--level", "A1", "-o", str(tmp_path / "w.apkg"), "--no-audio",
            "--db", str(tmp_path / "s.sqlite3"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("; skipped 1 word without a meaning (snurfel)")


def test_all_gives_a_marked_word_in_no_kept_text_its_practice_sentence(tmp_path):
    from vocab.cloze import Exercise
    from vocab.srs import Practice

    store = Store(tmp_path / "s.sqlite3")
    sentence = "Na het werk doe ik snel de boodschappen bij de supermarkt."
    start = sentence.index("boodschappen")
    Practice(store).add([Exercise(kind="typed", sentence=sentence, gaps=[(start, start + 12)],
                                  answer=["boodschappen"], lemma="boodschap", hint="groceries")])
    heading = "De nieuwe supermarkt."
    Practice(store).add([Exercise(kind="typed", sentence=heading, gaps=[(10, 20)],
                                  answer=["supermarkt"], lemma="supermarkt", hint="supermarket")])
    store.set_statuses({"boodschap": "learning1", "supermarkt": "learning1"})
    cards = {c.lemma: c for c in export_selection(store, glossary(store), "A2", {"learning"}).cards}
    assert cards["boodschap"].sentence == sentence
    assert cards["boodschap"].spans == [(start, start + 12)] and cards["boodschap"].word == "boodschappen"
    assert cards["boodschap"].cloze and cards["boodschap"].texts == []
    # a card's sentence that is no full sentence (no verb) is no example
    assert cards["supermarkt"].sentence == "" and cards["supermarkt"].cloze == []
    store.close()


def test_a_word_of_two_texts_is_one_note_tagged_with_both(tmp_path):
    from vocab.export import note_tags

    store = Store(tmp_path / "s.sqlite3")
    remember(store)
    other = ("De nieuwe winkel\n\n"
             "In onze straat opende een fietsenmaker gisteren een nieuwe winkel met een werkplaats.\n")
    remember(store, other, "De nieuwe winkel", "/tmp/winkel.txt")
    cards = {c.lemma: c for c in export_selection(store, glossary(store), "A1", {"new"}).cards}
    tags = note_tags(cards["fietsenmaker"])
    assert {"dutch-reader::text::de-fietsenmaker", "dutch-reader::text::de-nieuwe-winkel"} <= set(tags)
    assert len([c for c in cards if c == "fietsenmaker"]) == 1
    # one text: only its own tag; the note (same GUID) is updated with it on import
    one = export_selection(store, glossary(store), "A1", {"new"}, analyse(other, title="De nieuwe winkel"))
    card = next(c for c in one.cards if c.lemma == "fietsenmaker")
    assert [t for t in note_tags(card) if "::text::" in t] == ["dutch-reader::text::de-nieuwe-winkel"]
    assert card.row()[-1] == cards["fietsenmaker"].row()[-1] == word_guid("fietsenmaker")
    store.close()
