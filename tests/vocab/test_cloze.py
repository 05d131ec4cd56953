"""Cloze exercises on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab import analyse
from vocab.cloze import Exercise, check_answer, distractors, form_kind, make_exercises
from vocab.lexicon import default
from vocab.resources import zipf

TEXT = """Een middag in de bibliotheek

De studenten zaten de hele middag in de oude bibliotheek van de universiteit.
Hij belde zijn moeder na de lange vergadering eindelijk op om haar het nieuws te vertellen.
De regering voerde de omstreden maatregelen ondanks de felle protesten toch uit.
Ze kocht drie zware boeken over de geschiedenis van de scheepvaart in Amsterdam.
Het ministerie heeft de onderhandelingen over het nieuwe verdrag gisteren hervat.
Kort.
"""


@pytest.fixture(scope="module")
def exercises():
    return make_exercises(analyse(TEXT), level="A1", above=5)


def test_text_under_each_gap_is_the_answer(exercises):
    assert exercises
    for ex in exercises:
        assert len(ex.gaps) == len(ex.answer)
        for (s, e), answer in zip(ex.gaps, ex.answer, strict=True):
            assert ex.sentence[s:e] == answer


def test_only_full_sentences_and_one_exercise_per_lemma(exercises):
    lemmas = [ex.lemma for ex in exercises]
    assert len(lemmas) == len(set(lemmas))
    for ex in exercises:
        assert ex.sentence != "Kort." and not ex.sentence.startswith("Een middag")
        assert 6 <= len(ex.sentence.split()) <= 30


def test_names_numbers_and_known_words_are_never_targets():
    a = analyse(TEXT)
    exs = make_exercises(a, level="A1", above=5, statuses={"bibliotheek": "known"})
    lemmas = {ex.lemma for ex in exs}
    assert "Amsterdam" not in lemmas and "bibliotheek" not in lemmas
    assert all(not ex.answer[0][:1].isdigit() for ex in exs)


def test_split_particle_verbs_become_particle_exercises(exercises):
    particle = {ex.lemma: ex for ex in exercises if ex.kind == "particle"}
    assert set(particle) >= {"opbellen", "uitvoeren"}
    assert particle["opbellen"].answer == ["belde", "op"]
    assert particle["uitvoeren"].masked("___") == (
        "De regering ___ de omstreden maatregelen ondanks de felle protesten toch ___."
    )


def test_level_window():
    a = analyse(TEXT)
    for ex in make_exercises(a, level="B1", above=1):
        assert ex.level in ("B1", "B2")


@pytest.mark.parametrize(
    "sentence, word, kind",
    [
        ("Ze kocht drie zware boeken over de geschiedenis.", "boeken", ("noun", "plural")),
        ("Ze kocht drie zware boeken over de geschiedenis.", "kocht", ("verb", "past_singular")),
        ("Ze kocht drie zware boeken over de geschiedenis.", "zware", ("adjective", "inflected")),
        ("Het ministerie heeft het verdrag gisteren hervat.", "ministerie", ("noun", "lemma")),
    ],
)
def test_distractors_are_real_words_of_the_same_class_and_inflection(sentence, word, kind):
    lex = default()
    a = analyse(sentence)
    tok = next(t for t in a.words() if t.text == word)
    assert form_kind(tok.text, tok.lemma, lex) == kind
    options = distractors(tok, lex, analysis=a)
    assert len(options) == 3 and len(set(options)) == 3
    for option in options:
        assert option != word and zipf(option.lower()) > 2
        lemma = next(e.lemma for e, _k in lex.forms()[option.lower()])
        assert lemma != tok.lemma  # not a form of the answer's lemma
        assert form_kind(option, lemma, lex)[1] == kind[1]  # the same inflection
        if kind == ("noun", "lemma"):  # het ministerie: no de-word gives it away
            assert any(e.article == "het" for e in lex.lookup(lemma))


def test_choice_options_contain_the_answer_once():
    exs = make_exercises(analyse(TEXT), level="A2", above=4, kinds=("choice",))
    assert exs
    for ex in exs:
        assert ex.options.count(ex.answer[0]) == 1 and len(ex.options) == 4


def test_article_exercises():
    exs = make_exercises(analyse(TEXT), level="A2", above=4, kinds=("article",))
    assert exs
    for ex in exs:
        assert ex.answer[0].lower() in ("de", "het") and ex.options == ["de", "het"]
        entry = next(e for e in default().lookup(ex.lemma) if e.pos == "noun")
        assert entry.article == ex.answer[0].lower()


# ----------------------------------------------------------------------------- checking
def ex_of(answer, kind="typed", lemma=None):
    words = answer.split()
    return Exercise(kind=kind, sentence=answer, gaps=[(0, len(w)) for w in words], answer=words,
                    lemma=lemma or answer, hint="")


def test_case_insensitive():
    assert check_answer(ex_of("Vergadering", lemma="vergadering"), "vergadering").verdict == "right"


def test_missing_diacritic_is_accepted_but_pointed_out():
    c = check_answer(ex_of("geëist", lemma="eisen"), "geeist")
    assert c.verdict == "right" and "geëist" in c.message and c.notes == ["diacritics"]


def test_one_wrong_letter_is_almost_for_long_words_only():
    assert check_answer(ex_of("vergadering"), "vergaderinq").verdict == "almost"
    assert check_answer(ex_of("vergadering"), "vergaderign").verdict == "almost"  # swapped
    assert check_answer(ex_of("vergadering"), "vergaderin").verdict == "almost"  # missing
    assert check_answer(ex_of("huis"), "huiz").verdict == "wrong"  # too short for "almost"
    assert check_answer(ex_of("vergadering"), "vergadeing ").verdict == "almost"
    assert check_answer(ex_of("vergadering"), "vergodoring").verdict == "wrong"


def test_other_form_of_the_right_lemma_is_explained():
    c = check_answer(ex_of("voerde", lemma="voeren"), "voert")
    assert c.verdict == "almost" and c.notes == ["other form"]
    assert "voerde" in c.message and "voert" in c.message
    p = Exercise(kind="particle", sentence="x", gaps=[(0, 1), (0, 1)], answer=["voerde", "uit"],
                 lemma="uitvoeren", hint="")
    assert check_answer(p, "voerde uit").verdict == "right"
    assert check_answer(p, ["voerde", "uit"]).verdict == "right"
    assert check_answer(p, "voert uit").notes == ["other form"]
    assert check_answer(p, "deed uit").verdict == "wrong"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["De", "Het", "vergadering", "zware", "belde", "op", "uit", "voerde",
                         "boeken", "Amsterdam", "huis", ",", ".", "'s", "avonds", "geëist",
                         "maatregelen", "regering", "1.500", "\n", "?", "kocht", "drie"]),
        max_size=80,
    ).map(" ".join)
)
def test_any_text_gives_exercises_whose_gaps_hold_the_answer(text):
    for ex in make_exercises(analyse(text), level="A1", above=5):
        for (s, e), answer in zip(ex.gaps, ex.answer, strict=True):
            assert ex.sentence[s:e] == answer
