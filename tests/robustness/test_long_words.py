"""A hostile text's very long "word" costs bounded work (audit of issue 17, case 7).

No timings here: the work is counted (calls of the lookup word formation makes), so the
tests are as fast on a slow machine as on a fast one.
"""

from __future__ import annotations

import vocab.wordformation as wf
from vocab import analyse
from vocab.glossary import Glossary
from vocab.wordformation import MAX_LETTERS, analyse_formation

KNOWN = {"aanslag", "vrede", "akkoord", "boek", "kast", "huis", "deur", "sleutel", "fiets",
         "stalling", "veilig", "zuiveren", "teelt", "vee"}


def counting(known: set[str]):
    calls = []

    def check(lemma: str) -> bool:
        calls.append(lemma)
        return lemma in known

    return check, calls


def test_no_dutch_word_needs_more_than_the_bound():
    # the longest words of real Dutch texts stay below it
    assert 35 <= MAX_LETTERS <= 60
    assert len("hottentottententententoonstelling") < MAX_LETTERS


def test_word_formation_of_a_long_word_is_bounded():
    check, calls = counting(KNOWN)
    assert analyse_formation("aanslag" * 15, check) is None  # 105 letters: no analysis
    assert calls == []


def test_word_formation_looks_each_part_up_once():
    """Below the bound, every candidate part is looked up once per word (the lookups go
    to the lexicon and every dictionary), not once per split that reaches it."""
    word = ("aanslag" * 10)[:MAX_LETTERS]
    check, calls = counting(KNOWN)
    analyse_formation(word, check)
    assert calls and len(calls) == len(set(calls))  # 5,058 lookups of 35 parts before


def test_real_compounds_and_derivations_are_still_read():
    known = KNOWN.__contains__
    assert analyse_formation("vredesakkoord", known).parts == ("vrede", "akkoord")
    assert analyse_formation("boekenkast", known).parts == ("boek", "kast")
    assert analyse_formation("onveilig", known).parts == ("on-", "veilig")
    assert analyse_formation("huisdeursleutel", known).parts == ("huis", "deur", "sleutel")


def test_glossing_a_long_word_does_bounded_lookups(monkeypatch):
    g = Glossary(dictionaries=[])
    calls = []
    real = g._glossable
    monkeypatch.setattr(g, "_glossable", lambda lemma: calls.append(lemma) or real(lemma))
    long_word = "aanslag" * 30  # 210 letters: a million lookups before (25 s at 400)
    gloss = g.gloss_word(long_word)
    assert not gloss.found and gloss.word == long_word
    a = analyse(f"Het {long_word} is groot.")
    tok = next(t for t in a.tokens() if t.text == long_word)
    assert not g.gloss_token(a, tok).found
    assert len(calls) <= 10


def test_the_bound_is_one_setting(monkeypatch):
    monkeypatch.setattr(wf, "MAX_LETTERS", 12)
    assert analyse_formation("vredesakkoord", KNOWN.__contains__) is None
    assert analyse_formation("boekenkast", KNOWN.__contains__) is not None


def test_glossing_a_giant_word_skips_its_analysis(monkeypatch):
    """Analysing a word costs the square of its length (every split is a lookup): a
    5,000-letter "word" (a CLI argument, a pasted line) is glossed as it stands."""
    g = Glossary(dictionaries=[])
    g.gloss_word("huis")
    lookups = []
    real = g.morphology.readings.simplemma
    monkeypatch.setattr(g.morphology.readings, "simplemma", lambda w: lookups.append(w) or real(w))
    giant = "boekenkast" * 500
    gloss = g.gloss_word(giant)
    assert not gloss.found and gloss.word == giant
    assert g.gloss_word("kast", context=f"De {giant} kast.").word == "kast"
    assert len(lookups) <= 50
