"""Flashcards of fixed expressions the learner marked (``m`` in the reader, ``words
import``): exported like a word, its meaning the expression's senses, its sentence one of
the learner's texts, its cloze blanking all its words on one card — in real Anki."""

from __future__ import annotations

import re
import time

import pytest

from vocab import analyse, expressions
from vocab.export import (
    CLOZE_MODEL_ID,
    WORD_FIELDS,
    WORD_MODEL_ID,
    cloze_text,
    export_selection,
    note_tags,
    write_apkg,
    write_csv,
)
from vocab.glossary import Glossary
from vocab.store import Store

from .test_export import import_into, import_text_file, notes_by_model, read_back

ZORGEN = "zich zorgen maken over"
TEXT = (
    "Het weer in de bergen\n\n"
    "Mijn oude moeder maakt zich al weken zorgen over het weer in de bergen.\n"
    "Ze belt elke avond en vraagt of we goed gegeten hebben.\n"
)


@pytest.fixture(autouse=True)
def _no_system_dictionaries(monkeypatch):
    monkeypatch.setenv("DUTCH_READER_DICT_DIRS", "")


def selection(store: Store, text: str | None = TEXT, wanted=frozenset({"learning"})):
    glossary = Glossary(store=store, dictionaries=[])
    analysis = analyse(text, title="Het weer", source="weer.txt") if text is not None else None
    return export_selection(store, glossary, "A1", set(wanted), analysis)


def by_lemma(sel) -> dict:
    return {c.lemma: c for c in sel.cards}


def test_a_marked_expression_is_a_card_with_its_senses_and_its_sentence(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({ZORGEN: "learning1"})
    sel = selection(store)
    assert ZORGEN not in sel.skipped
    card = by_lemma(sel)[ZORGEN]
    expr = expressions.default().get(ZORGEN)
    assert card.kind == "expression" and card.lemma == ZORGEN
    assert card.meaning == "; ".join(expr.senses[:3])
    assert card.sentence == "Mijn oude moeder maakt zich al weken zorgen over het weer in de bergen."
    # the expression's words as they stand, in bold: maakt … zorgen over
    assert card.word == "maakt … zorgen over"
    assert [card.sentence[s:e] for s, e in card.spans] == ["maakt", "zorgen", "over"]
    assert "<b>maakt</b> zich al weken <b>zorgen</b> <b>over</b>" in card.sentence_html()
    assert card.example is None  # the text's sentence is the example
    tags = note_tags(card)
    assert "dutch-reader::expression" in tags and "dutch-reader::text::het-weer" in tags
    assert not any(t in tags for t in ("dutch-reader::A1", "dutch-reader::B1"))
    # one cloze: every word of the expression blanked, adjacent words in one gap
    (ex,) = card.cloze
    assert cloze_text(ex).startswith("Mijn oude moeder {{c1::maakt::")
    assert "zich al weken {{c1::zorgen over}} het weer" in cloze_text(ex)
    assert "zorg" not in ex.hint and "maak" not in ex.hint
    store.close()


def test_an_expression_never_marked_is_not_a_card_and_its_words_still_are(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"zorgen": "learning1", "maken": "learning2"})
    cards = by_lemma(selection(store))
    assert ZORGEN not in cards and {"zorgen", "maken"} <= set(cards)


def test_a_known_expression_goes_only_when_known_is_asked_for(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({ZORGEN: "known"})
    assert ZORGEN not in by_lemma(selection(store))
    assert by_lemma(selection(store, wanted={"known"}))[ZORGEN].status == "known"


def test_all_exports_an_expression_in_no_text_with_its_own_example(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({"in de steek laten": "learning2"})
    sel = selection(store, text=None)
    card = by_lemma(sel)["in de steek laten"]
    expr = expressions.default().get("in de steek laten")
    assert card.sentence == "" and card.cloze == []
    assert card.example == expr.example and card.example["nl"] in card.meaning_text()
    # a citation form the expressions data does not have is skipped and counted
    store.set_statuses({"iets heel anders doen": "learning1"})
    assert "iets heel anders doen" in selection(store, text=None).skipped


def test_anki_imports_the_expression_notes_and_the_csv_updates_them(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.set_statuses({ZORGEN: "learning1", "avond": "learning1"})
    store.set_note(ZORGEN, None, "ook: zich zorgen maken om")
    cards = selection(store).cards
    apkg = tmp_path / "weer.apkg"
    write_apkg(cards, apkg, audio=False)
    col = import_into(tmp_path / "collection.anki2", apkg)
    words = {n["Lemma"]: n for n in notes_by_model(col, WORD_MODEL_ID)}
    note = words[ZORGEN]
    assert "avond" in words and len(words) == len(cards)
    assert "dutch-reader::expression" in note.tags and "dutch-reader::expression" not in words["avond"].tags
    assert note["Meaning"].endswith("— ook: zich zorgen maken om")
    out = note.cards()[0].render_output()
    assert "<b>zorgen</b>" in out.question_text
    # the cloze: one card, all the expression's words hidden at once, shown on the back
    cloze = [n for n in notes_by_model(col, CLOZE_MODEL_ID) if n["Lemma"] == ZORGEN]
    assert len(cloze) == 1 and len(cloze[0].cards()) == 1
    rendered = cloze[0].cards()[0].render_output()
    front = re.sub(r"<[^>]+>", "", rendered.question_text)  # what the learner sees
    assert front == "Mijn oude moeder [to worry about] zich al weken [...] het weer in de bergen."
    back = re.sub(r"<[^>]+>", "", rendered.answer_text)
    assert back.startswith("Mijn oude moeder maakt zich al weken zorgen over het weer")

    # the CSV: the same note (its GUID), its tags; a second import updates, adds nothing
    out_csv = tmp_path / "weer.csv"
    store.set_note(ZORGEN, None, "een nieuwe notitie")
    time.sleep(1.1)  # Anki updates notes that are newer (modification times in seconds)
    write_csv(selection(store).cards, out_csv)
    _header, rows = read_back(out_csv, ",")
    row = next(r for r in rows if r[WORD_FIELDS.index("Lemma")] == ZORGEN)
    assert "dutch-reader::expression" in row[len(WORD_FIELDS)].split()
    before = col.note_count()
    _metadata, log = import_text_file(col, out_csv)
    assert col.note_count() == before and len(log.updated) == len(rows)
    assert col.get_note(note.id)["Meaning"].endswith("— een nieuwe notitie")
    col.close()
    store.close()
