"""Flashcards of a word with no sentence from the text (issue #13, item 2): the back shows
the lexicon's example of the chosen sense, in real Anki; a card with a sentence shows that."""

from __future__ import annotations

import time

import pytest

from vocab import analyse
from vocab.export import WORD_FIELDS, WORD_MODEL_ID, export_selection, write_apkg, write_csv
from vocab.glossary import Glossary
from vocab.lexicon import default
from vocab.store import Store

from .test_export import import_into, import_text_file, notes_by_model, read_back

pytest.importorskip("anki.collection")

TEXT = "Hij wacht op de trein naar Utrecht, die vandaag flink vertraagd is.\n"


@pytest.fixture(autouse=True)
def _no_system_dictionaries(monkeypatch):
    monkeypatch.setenv("DUTCH_READER_DICT_DIRS", "")


def cards(store: Store, texts=()) -> dict:
    sel = export_selection(store, Glossary(store=store, dictionaries=[]), "A1", {"learning"},
                           *([analyse(t, title="De trein") for t in texts][:1]))
    return {c.lemma: c for c in sel.cards}


def first_example(lemma: str, pos: str) -> dict:
    e = next(e for e in default().lookup(lemma) if e.pos == pos)
    return e.examples[0]


def test_a_card_without_a_sentence_gets_the_example_of_its_first_sense(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"wachten": "learning1", "bang": "learning2"})
    c = cards(store)
    wachten = c["wachten"]
    assert wachten.sentence == "" and wachten.meaning.startswith("to wait")
    assert wachten.example == first_example("wachten", "verb")  # Wacht even, ik kom eraan.
    assert c["bang"].example == first_example("bang", "adjective")
    row = dict(zip(WORD_FIELDS, wachten.row(), strict=False))
    assert row["Meaning"].splitlines() == [wachten.meaning, "Wacht even, ik kom eraan.",
                                           "Wait a moment, I'm coming."]
    store.close()


def test_a_card_with_its_sentence_from_the_text_gets_no_lexicon_example(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"wachten": "learning1"})
    wachten = cards(store, [TEXT])["wachten"]
    assert wachten.sentence == TEXT.strip()
    # in its sentence the sense with op comes first, and the sentence is the example
    assert wachten.meaning.startswith("to wait for") and wachten.example is None
    assert "Wacht even" not in dict(zip(WORD_FIELDS, wachten.row(), strict=False))["Meaning"]
    store.close()


def test_the_example_is_on_the_back_in_anki_and_updates_an_earlier_note(tmp_path):
    """The note type stays as it was: an export made before examples existed is updated
    in place, not duplicated, and the back now shows the example."""
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"wachten": "learning1"})
    old = cards(store)["wachten"]
    old.example = None  # as an earlier export wrote it
    apkg = tmp_path / "old.apkg"
    write_apkg([old], apkg, audio=False)
    col = import_into(tmp_path / "collection.anki2", apkg)
    assert "Wacht even" not in notes_by_model(col, WORD_MODEL_ID)[0]["Meaning"]
    col.close()

    time.sleep(1.1)  # Anki updates notes that are newer (modification times in seconds)
    write_apkg([cards(store)["wachten"]], apkg, audio=False)
    col = import_into(tmp_path / "collection.anki2", apkg)
    notes = notes_by_model(col, WORD_MODEL_ID)
    assert len(notes) == 1
    out = notes[0].cards()[0].render_output()
    assert "Wacht even, ik kom eraan." not in out.question_text  # the front stays the word
    assert "<i>Wacht even, ik kom eraan.</i>" in out.answer_text
    assert "Wait a moment, I&#x27;m coming." in out.answer_text or "Wait a moment, I'm coming." in out.answer_text
    col.close()
    store.close()


def test_anki_reads_the_csv_meaning_with_its_example(tmp_path):
    """The CSV's Meaning column fills our note type's Meaning field, example lines and all."""
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"wachten": "learning1"})
    card = cards(store)["wachten"]
    out = tmp_path / "words.csv"
    write_csv([card], out)
    _header, rows = read_back(out, ",")
    assert rows[0][WORD_FIELDS.index("Meaning")].endswith("Wacht even, ik kom eraan.\nWait a moment, I'm coming.")
    card.example, example = None, card.example
    apkg = tmp_path / "old.apkg"
    write_apkg([card], apkg, audio=False)  # our note type, a note without the example
    col = import_into(tmp_path / "collection.anki2", apkg)
    time.sleep(1.1)
    _metadata, log = import_text_file(col, out)
    assert len(log.updated) == 1 and col.note_count() == 1
    meaning = col.get_note(col.find_notes("Lemma:wachten")[0])["Meaning"]
    assert meaning.startswith("to wait") and f"<br>{example['nl']}<br>" in meaning  # lines
    col.close()
    store.close()


def test_importing_our_own_export_keeps_the_meaning_without_its_example(tmp_path):
    """Our CSV read back by `words import` (a learner moving stores): the example under the
    meaning is ours, not the learner's gloss."""
    from vocab.wordlists import import_file

    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"wachten": "learning1"})
    wachten = cards(store)["wachten"]
    out = tmp_path / "words.csv"
    write_csv([wachten], out)
    store.close()
    other = Store(tmp_path / "t.sqlite3")
    import_file(other, out, lemmatize=str)
    gloss = other.word("wachten").gloss
    assert gloss == wachten.meaning and "Wacht even" not in gloss
    other.close()
