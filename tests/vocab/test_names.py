"""Names (vocab.names) on sentences written for these tests."""

import pytest

from vocab import analyse


def tok(sentence, word, nth=0):
    hits = [t for t in analyse(sentence).tokens() if t.text == word]
    return hits[nth]


def test_names_are_names():
    text = (
        "Volgens Jennifer Cafarella, van het instituut, sprak Amira Jadoon met Shahab "
        "al-Muhajir in Afghanistan, meldde The New York Times. Cafarella was het eens."
    )
    a = analyse(text)
    kinds = {t.text: t.kind for t in a.tokens()}
    for name in ["Jennifer", "Cafarella", "Amira", "Jadoon", "Shahab", "al-Muhajir",
                 "Afghanistan", "The", "New", "York", "Times"]:
        assert kinds[name] == "name", name
    # a sentence-initial word seen as a name elsewhere is a name too
    last = a.sentences[-1].tokens[0]
    assert last.text == "Cafarella" and last.kind == "name"
    assert kinds["instituut"] == "word"


@pytest.mark.parametrize("name", ["Pieter", "Anna", "Mark", "Sophie"])
def test_known_first_names_at_a_sentence_start_are_names(name):
    """Frequent first names we reviewed are names even where every word has a capital."""
    t = tok(f"{name} woont sinds kort in Utrecht.", name)
    assert t.kind == "name" and t.lemma == name


def test_sentence_initial_common_words_are_not_names():
    a = analyse("Gisteren regende het. Khorasan is een regio.")
    kinds = {t.text: t.kind for t in a.tokens()}
    assert kinds["Gisteren"] == "word"
    assert kinds["Khorasan"] == "name"


def test_acronym_compounds_are_words_with_the_acronym_kept():
    t = tok("Volgens een VN-rapport van juni.", "VN-rapport")
    assert t.kind == "word" and t.lemma == "VN-rapport" and t.parts == ("VN", "rapport")
