"""The learner's corrections over the engine's analysis: applied, reverted, stored."""

from __future__ import annotations

import pytest

from vocab import analyse
from vocab.corrections import Correction, apply, load, load_path, revert, sentence_key
from vocab.morphology import default
from vocab.reading import analyse_for_learner
from vocab.store import Store

LIJST = "Maak een lijst, gooi spullen weg."


def tokens(a):
    return {t.text: t for t in a.tokens()}


def key_of(a, n=0):
    s = a.sentences[n]
    return sentence_key(a.text[s.start : s.end])


def state(a):
    return [(t.text, t.lemma, t.kind, t.pair) for t in a.tokens()]


def wrongly_joined(a):
    """The mistake this file is about, as the engine used to make it: "Maak een lijst, gooi
    spullen weg" read as wegmaken (the tagger now joins weg to gooi)."""
    t = tokens(a)
    t["Maak"].pair, t["weg"].pair = t["weg"].index, t["Maak"].index
    t["Maak"].lemma = t["weg"].lemma = "wegmaken"
    t["gooi"].pair, t["gooi"].lemma = None, "gooien"
    return t


def test_the_engine_joins_weg_to_gooi():
    t = tokens(analyse(LIJST))
    assert t["gooi"].lemma == t["weg"].lemma == "weggooien" and t["Maak"].lemma == "maken"


def test_split_a_wrongly_joined_particle_verb_and_join_the_right_one():
    a = analyse(LIJST)
    t = wrongly_joined(a)
    before = state(a)
    k = key_of(a)
    changes = apply(a, [
        Correction("split", "maak", k, t["Maak"].index, other=t["Maak"].pair),
        Correction("join", "gooi", k, t["gooi"].index, other=t["weg"].index, value="weggooien"),
    ], default().lemmatize)
    assert (t["Maak"].lemma, t["Maak"].pair) == ("maken", None)
    assert t["gooi"].lemma == t["weg"].lemma == "weggooien"
    assert t["gooi"].pair == t["weg"].index and t["weg"].pair == t["gooi"].index
    revert(changes)
    assert state(a) == before


def test_a_join_frees_the_old_partner():
    a = analyse(LIJST)
    t = wrongly_joined(a)
    apply(a, [Correction("join", "gooi", key_of(a), t["gooi"].index, other=t["weg"].index,
                         value="weggooien")], default().lemmatize)
    assert (t["Maak"].lemma, t["Maak"].pair) == ("maken", None)


def test_lemma_here_holds_in_its_sentence_only_and_everywhere_in_any_text():
    a = analyse("De bank staat in de kamer. Ik ga naar de bank.")
    first, second = (next(t for t in s.tokens if t.text == "bank") for s in a.sentences)
    apply(a, [Correction("lemma", "bank", key_of(a, 0), first.index, value="zitbank")])
    assert first.lemma == "zitbank" and second.lemma == "bank"
    b = analyse("Op de bank lag een kat.")
    apply(b, [Correction("lemma", "bank", value="zitbank")])
    assert tokens(b)["bank"].lemma == "zitbank"


def test_a_context_correction_needs_the_same_word_at_its_place():
    a = analyse("Hij belde zijn moeder gisteren op.")
    t = tokens(a)
    apply(a, [Correction("lemma", "moeder", key_of(a), t["zijn"].index, value="moer")])
    assert t["zijn"].lemma == "zijn" and t["moeder"].lemma == "moeder"


def test_the_lemma_of_a_particle_verb_is_set_on_both_halves():
    a = analyse("Hij belde zijn moeder gisteren op.")
    t = tokens(a)
    apply(a, [Correction("lemma", "belde", key_of(a), t["belde"].index, value="opbellen2")])
    assert t["belde"].lemma == t["op"].lemma == "opbellen2"


def test_name_and_not_a_name():
    a = analyse("Gisteren zag ik Mark in de stad. De stad is oud.")
    t = tokens(a)
    assert t["Mark"].kind == "name"
    apply(a, [Correction("notname", "mark", value=None),
              Correction("name", "stad", key_of(a, 1), 1)], default().lemmatize)
    assert (t["Mark"].kind, t["Mark"].lemma) == ("word", "mark")
    kinds = [(tok.text, tok.kind) for tok in a.tokens() if tok.text == "stad"]
    assert kinds == [("stad", "word"), ("stad", "name")]


def test_split_and_join_hold_in_their_sentence_only():
    with pytest.raises(ValueError):
        Correction("split", "maak")
    with pytest.raises(ValueError):
        Correction("guess", "maak")


def test_sentence_key_ignores_line_breaks():
    assert sentence_key("Hij belde\nzijn moeder op.") == sentence_key("Hij  belde zijn moeder op.")


def test_store_keeps_replaces_removes_and_restores(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        row = {"kind": "lemma", "form": "bank", "sentence": None, "position": None, "value": "zitbank"}
        first, replaced = store.add_correction(row)
        assert replaced == []
        second, replaced = store.add_correction({**row, "value": "bankstel"})
        assert [r["value"] for r in replaced] == ["zitbank"]
        assert [c.value for c in load(store)] == ["bankstel"]
        removed = store.remove_corrections([second])
        assert load(store) == []
        store.restore_corrections(removed)
        assert [(c.id, c.value) for c in load(store)] == [(second, "bankstel")]
    assert [c.value for c in load_path(path)] == ["bankstel"]
    assert load_path(tmp_path / "none.sqlite3") == []
    assert not (tmp_path / "none.sqlite3").exists()


def test_analyse_for_learner_applies_the_stored_corrections(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        a = analyse(LIJST)
        t = tokens(a)
        # the learner disagrees with a join (here a right one: any join can be split)
        store.add_correction({"kind": "split", "form": "gooi", "sentence": key_of(a),
                              "position": t["gooi"].index, "other": t["gooi"].pair})
    b, changes = analyse_for_learner("Zo. " + LIJST, store_path=path)  # another text
    assert tokens(b)["gooi"].lemma == "gooien" and tokens(b)["weg"].pair is None and changes
