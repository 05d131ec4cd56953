"""Which sentences of a text make good examples: full sentences, never headings.

A flashcard's example and a cloze exercise need a sentence a teacher would pick: one that
starts and ends like a sentence, has a finite verb, is not the text's title or a heading,
and in which the word is not given away by standing twice.  Among a word's full sentences
:func:`best_example` prefers one of a comfortable length whose other words the learner
mostly knows (the *i + 1* of a good example), then the earliest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import lexicon as _lexicon
from .analysis import Analysis
from .text import NAME, NUMBER, WORD, Sentence, Token

__all__ = ["TERMINAL", "has_finite_verb", "is_heading", "is_full_sentence", "best_example",
           "example_key", "word_count"]

#: How a sentence may end (with a closing quote or bracket after the stop).
TERMINAL = (".", "!", "?", "…", '."', '!"', '?"', ".'", "!'", "?'", ".”", "!”", "?”", ".’",
            "!’", "?’", ".)", "!)", "?)", ".»", "!»", "?»")

#: Finite forms of the irregular verbs the lexicon's regular rules do not make (the present
#: of zijn, hebben, the modals, gaan, staan, slaan, doen, zien, komen).  A closed class.
_IRREGULAR_FINITE = frozenset(
    "ben bent is heeft hebt kan kun kunt mag moogt wil wilt zal zult ga gaat sta staat sla "
    "slaat doe doet zie ziet kom komt".split()
)
_FINITE_KINDS = frozenset({"present", "stem", "past_singular", "past_plural"})
#: Tags the part-of-speech tagger gives a verb (when tokens carry ``pos``).
_VERB_TAGS = frozenset({"VERB", "AUX"})


def word_count(sentence: Sentence) -> int:
    return sum(1 for t in sentence.tokens if t.kind in (WORD, NAME, NUMBER))


def _verb_kinds(tok: Token, lex) -> set[str]:
    """The verb inflections *tok*'s form can be, as a form of the lemma the analysis chose
    (*weer* read as the adverb is no stem of *weren*; *belde* of *opbellen* is *bellen*'s)."""
    lemma = (tok.lemma or tok.text).lower()
    return {kind for entry, kind in lex.forms().get(tok.text.lower(), ())
            if entry.pos == "verb" and (entry.lemma.lower() == lemma or lemma.endswith(entry.lemma.lower()))}


def _finite(tokens: list[Token], i: int, lex) -> bool:
    tok = tokens[i]
    form = tok.text.lower()
    if tok.initial and tok.kind in (WORD, NAME) and (
        form in _IRREGULAR_FINITE
        or any(e.pos == "verb" and k == "stem" for e, k in lex.forms().get(form, ()))
    ):
        return True  # an imperative or an inverted verb first: "Bel je moeder!", "Ben ik te laat?"
    if tok.kind != WORD:
        return False
    pos = getattr(tok, "pos", None)
    if pos is not None and pos not in _VERB_TAGS:
        return False  # the tagger says it is no verb here (de fietsen, het eten)
    if form in _IRREGULAR_FINITE:
        return True
    kinds = _verb_kinds(tok, lex)
    if kinds & _FINITE_KINDS:
        return True
    if "lemma" in kinds:
        # the infinitive's form is also the plural present (ze fietsen, werken veel
        # mensen); after te it is an infinitive
        return i == 0 or tokens[i - 1].text.lower() != "te"
    lemma = (tok.lemma or "").lower()
    if kinds or not lemma.endswith("n") or form.startswith("ge"):
        return False  # no verb, or only its participle
    if lemma == form:
        # a verb the lexicon does not know, in its infinitive's form: the plural present
        # when the tagger says it is a verb here (zwarte stoffen absorberen het licht)
        return pos is not None and (i == 0 or tokens[i - 1].text.lower() != "te")
    # a verb the lexicon does not know: a present or a past by its ending (fotografeert,
    # fotografeerde, bestaat); ge- forms are participles
    return form.endswith(("t", "de", "te", "den", "ten"))


def has_finite_verb(sentence: Sentence, lex=None) -> bool:
    """Whether the sentence has a finite verb: a present or past form, or a verb's -en
    form (the plural present) not after *te*.  *Een dag op de markt* has none; an
    infinitive heading with a full stop (*Gratis parkeren.*) passes until tokens carry
    their part of speech's features."""
    lex = lex or _lexicon.default()
    tokens = sentence.tokens
    return any(_finite(tokens, i, lex) for i in range(len(tokens)))


#: A first paragraph of one sentence this short is the title line (*Wie zijn ISIS-K?*).
TITLE_WORDS = 15


def is_heading(analysis: Analysis, sentence: Sentence) -> bool:
    """The title line (the text's title, or a first paragraph of one short sentence: a
    title the learner renamed is still the first line), or any line without a sentence's
    final punctuation."""
    text = analysis.sentence_text(sentence).strip()
    if analysis.title and text == analysis.title.strip():
        return True
    if len(analysis.paragraphs) > 1:
        first = analysis.paragraphs[0]
        if (len(first.sentences) == 1 and first.sentences[0] is sentence
                and word_count(sentence) <= TITLE_WORDS):
            return True
    return not text.endswith(TERMINAL)


def is_full_sentence(analysis: Analysis, sentence: Sentence, min_words: int = 4,
                     max_words: int = 40, lex=None) -> bool:
    """A sentence fit to be an example: *min_words*–*max_words* words, starts like a
    sentence (a capital, a digit, a quote or *'s*/*'t*), ends like one, is no heading or
    list item, and has a finite verb."""
    if not min_words <= word_count(sentence) <= max_words:
        return False
    text = analysis.sentence_text(sentence).strip()
    if text.startswith(("-", "•", "*", "–", "—")):
        return False
    first = next((t for t in sentence.tokens if t.kind in (WORD, NAME, NUMBER)), None)
    if first is None:
        return False
    if not (first.text[:1].isupper() or first.text[:1].isdigit()
            or first.text.lower().startswith(("'s", "'t", "’s", "’t"))):
        return False
    if is_heading(analysis, sentence):
        return False
    return has_finite_verb(sentence, lex)


def example_key(analysis: Analysis, sentence: Sentence, tok: Token,
                unknown: Callable[[Token], bool] | None = None):
    """The sort key of a full sentence as an example for *tok*'s lemma (smaller is
    better): the word standing once, a comfortable length (6–20 words, then 4–30), few
    other words the learner does not know, early in the text."""
    lemma = tok.lemma
    halves = {tok.index, tok.pair}
    repeats = sum(1 for t in sentence.tokens
                  if t.kind == WORD and t.index not in halves
                  and (t.lemma == lemma or t.text.lower() == tok.text.lower()))
    n = word_count(sentence)
    length = 0 if 6 <= n <= 20 else 1 if 4 <= n <= 30 else 2
    others = 0
    if unknown is not None:
        others = sum(1 for t in sentence.tokens
                     if t.kind == WORD and t.index not in halves and unknown(t))
    return (min(repeats, 1), length, others, sentence.start)


def best_example(
    analysis: Analysis,
    occurrences: Iterable[tuple[Sentence, Token]],
    unknown: Callable[[Token], bool] | None = None,
    lex=None,
) -> tuple[Sentence, Token] | None:
    """The best full sentence among *occurrences* (sentence, token of the word), or None
    when the word stands in no full sentence (only in the title, a heading, a list)."""
    best = None
    for sentence, tok in occurrences:
        if not is_full_sentence(analysis, sentence, lex=lex):
            continue
        key = example_key(analysis, sentence, tok, unknown)
        if best is None or key < best[0]:
            best = (key, sentence, tok)
    return (best[1], best[2]) if best else None
