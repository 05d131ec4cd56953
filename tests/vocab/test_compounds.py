"""Compound parts (vocab.compounds) on words and sentences written for these tests."""

import pytest

from vocab import analyse


def tok(sentence, word, nth=0):
    hits = [t for t in analyse(sentence).tokens() if t.text == word]
    return hits[nth]


@pytest.mark.parametrize(
    "word, parts",
    [
        ("vredesakkoord", ("vrede", "akkoord")),
        ("grensovergang", ("grens", "overgang")),
        ("boekenkast", ("boek", "kast")),
        ("kaaskraam", ("kaas", "kraam")),
        ("werkplek", ("werk", "plek")),
    ],
)
def test_compounds_split_into_known_lemmas(word, parts):
    assert tok(f"Dat is een {word}.", word).parts == parts


@pytest.mark.parametrize("word", ["kantoor", "belangrijk", "verlegenheid", "afspraak", "brengen"])
def test_non_compounds_are_not_split(word):
    assert tok(f"Het gaat om {word}.", word).parts is None


def test_compound_plural_is_split_by_its_lemma():
    t = tok("Er zijn zwakke grensovergangen.", "grensovergangen")
    assert t.lemma == "grensovergang" and t.parts == ("grens", "overgang")


def test_elided_part_in_a_list_borrows_the_head():
    t = tok("Ondanks leiderschaps-, mankracht- en financiële verliezen.", "leiderschaps-")
    assert t.lemma == "leiderschap"
    assert t.parts == ("leiderschap", "verlies")




@pytest.mark.parametrize(
    "word, parts",
    [
        ("leesbril", ("lezen", "bril")),  # a verb's stem as the modifier: the verb
        ("breekijzer", ("breken", "ijzer")),
        ("schrijfmachine", ("schrijven", "machine")),  # f → v
        ("kieslijst", ("kiezen", "lijst")),  # s → z
        ("zitkamer", ("zitten", "kamer")),  # a short vowel: the consonant doubles
        ("drinkwater", ("drinken", "water")),
    ],
)
def test_a_verb_stem_modifier_is_given_as_its_verb(word, parts):
    assert tok(f"Daar ligt de {word}.", word).parts == parts


def test_a_noun_modifier_is_preferred_to_a_verb_stem():
    # boek is a noun of its own (boeken is also a verb): the noun is the part
    assert tok("Daar staat de boekenkast.", "boekenkast").parts == ("boek", "kast")
