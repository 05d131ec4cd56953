"""Which sentences make examples: full sentences with a finite verb, never headings."""

from __future__ import annotations

import pytest

from vocab import analyse
from vocab.sentences import best_example, has_finite_verb, is_full_sentence, is_heading


def one(text: str):
    a = analyse(text)
    assert len(a.sentences) == 1, [a.sentence_text(s) for s in a.sentences]
    return a, a.sentences[0]


@pytest.mark.parametrize("text", [
    "Mijn buurvrouw is gisteren verhuisd.",          # irregular present (is)
    "De kinderen lopen elke ochtend naar school.",    # plural present, the infinitive's form
    "Hij belde zijn zus op.",                         # past of a particle verb
    "Zij werkt sinds maart bij de bakker.",           # present, third person
    "Kom je morgen ook naar het feest?",              # stem, inverted
    "De fotograaf fotografeerde het hele dorp.",      # a past the lexicon need not know
    "Ben ik te laat?",                                # Ben: the verb, not the name
    "Bel je moeder even!",                            # an imperative
    "Sinds maart werken veel mensen thuis.",          # plural present, inverted
    "Een voetbalteam bestaat uit elf spelers.",       # an infinitive in -n (bestaan)
    "Donkere stoffen absorberen het meeste licht.",   # a plural present the lexicon lacks
])
def test_finite_verbs(text):
    _a, s = one(text)
    assert has_finite_verb(s)


@pytest.mark.parametrize("text", [
    "Een nieuwe bibliotheek voor het dorp.",
    "Om vijf uur te fietsen.",                        # te + infinitive
    "Lekker weer in het weekend!",
])
def test_no_finite_verb(text):
    _a, s = one(text)
    assert not has_finite_verb(s)


def test_title_and_headings_are_not_full_sentences():
    text = ("Wie betaalt de nieuwe sporthal?\n\n"
            "Het geld\n\n"
            "De gemeente betaalt de helft van de nieuwe sporthal. De rest komt van de club.\n")
    a = analyse(text, title="Wie betaalt de nieuwe sporthal?")
    title, heading, first, second = a.sentences
    assert is_heading(a, title) and not is_full_sentence(a, title)  # a question, but the title
    assert is_heading(a, heading) and not is_full_sentence(a, heading)
    assert is_full_sentence(a, first) and is_full_sentence(a, second)
    # a renamed text: the first line is still its title
    renamed = analyse(text, title="Mijn sporthal")
    assert not is_full_sentence(renamed, renamed.sentences[0])


def test_list_items_and_fragments_are_not_full_sentences():
    a = analyse("- Breng je eigen tas mee.\n\nen toen.\n")
    assert not any(is_full_sentence(a, s) for s in a.sentences)


def test_best_example_prefers_a_full_sentence_with_the_word_once_and_few_unknown_words():
    text = ("De markt\n\n"
            "Op de markt koop ik kaas.\n\n"
            "Kaas en vis\n\n"
            "De kaas van de kaasboer is beter dan de kaas uit de winkel. "
            "Mijn moeder eet elke dag kaas. "
            "De gerijpte kaas werd door de marskramer omstandig aangeprezen.")
    a = analyse(text, title="De markt")

    def occurrences(lemma):
        return [(s, t) for s in a.sentences for t in s.tokens if t.lemma == lemma]

    unknown = {"gerijpt", "rijpen", "marskramer", "omstandig", "aanprijzen", "aangeprezen"}
    s, tok = best_example(a, occurrences("kaas"), lambda t: t.lemma in unknown or t.text in unknown)
    # not the heading "Kaas en vis", not the sentence with kaas twice, and of the rest the
    # one whose other words the learner knows; with equal keys, the earlier
    assert a.sentence_text(s) in ("Op de markt koop ik kaas.", "Mijn moeder eet elke dag kaas.")
    assert tok.text.lower() == "kaas"
    s, _ = best_example(a, occurrences("markt"))
    assert a.sentence_text(s) == "Op de markt koop ik kaas."  # never the title
    assert best_example(a, [(a.sentences[0], a.sentences[0].tokens[1])]) is None
