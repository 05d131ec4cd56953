"""The sense that fits comes first (issue #13, item 8): cues from the entries themselves,
on sentences we wrote."""

from __future__ import annotations

import pytest

from vocab import analyse
from vocab.lexicon import default
from vocab.senses import fitting_senses, quoted_preposition


def first_sense(sentence: str, word: str, pos: str | None = None) -> str:
    s = analyse(sentence).sentences[0]
    tok = next(t for t in s.tokens if t.text == word)
    entry = next(e for e in default().lookup(tok.lemma) if pos is None or e.pos == pos)
    return fitting_senses(list(entry.senses), s, tok)[0]


@pytest.mark.parametrize("sentence, word, sense", [
    # a fixed preposition in the clause: the entry's own (richer entries) ...
    ("De dokter nam een monster van het water.", "monster", "sample, specimen"),
    ("Het monster at alle koekjes op.", "monster", "monster"),
    ("Ik wacht al een uur op de trein.", "wacht", "to wait for"),
    ("Ik ben zo trots op jou.", "trots", "proud of"),
    # ... as an er-word, stranded
    ("Daar ben ik niet bang voor.", "bang", "afraid of"),
    # ... or quoted in the sense: "to think of (denken aan)", "(lijken op) to look like"
    ("Ik denk vaak aan mijn oma.", "denk", "to think of (denken aan)"),
    ("Ik denk dat het gaat regenen.", "denk", "to think, to believe"),
    ("Mijn broer lijkt echt op mijn moeder.", "lijkt", "(lijken op) to look like, to resemble"),
    ("Het lijkt wel zomer vandaag.", "lijkt", "to seem, to appear"),
    # te + infinitive
    ("Hij ging vroeg naar bed om te slapen.", "om", "(om ... te + infinitive) in order to"),
    ("We eten vanavond om zes uur.", "om", "at (clock time: om drie uur)"),
    # the article a sense names
    ("Het stof ligt dik op de kast.", "stof", "dust (het stof)"),
    ("De stof van deze jurk is zacht.", "stof", "fabric, material (de stof)"),
])
def test_the_sense_the_sentence_points_to_comes_first(sentence, word, sense):
    assert first_sense(sentence, word) == sense


def test_without_cues_the_lexicons_order_stays():
    assert first_sense("Het was een lange dag.", "dag") == default().lookup("dag")[0].senses[0]


def test_a_sense_quotes_its_preposition_after_its_word():
    assert quoted_preposition("to think of (denken aan)", "denken", {"denken", "denk"}) == "aan"
    assert quoted_preposition("(zin hebben in) desire, fancy", "zin", {"zin"}) == "in"
    assert quoted_preposition("sentence", "zin", {"zin"}) is None
