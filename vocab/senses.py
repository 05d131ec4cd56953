"""The sense that fits comes first: an entry's senses ordered for the sentence at hand.

One function decides for every consumer — the gloss panel, interlinear mode, cloze hints and
flashcards all get their senses from ``Glossary.gloss_token``, which orders them here.
Without cues the order stays the lexicon's (the most common sense first: the sort is
stable).  A sense's cues, from what the entry itself carries:

- its **fixed preposition** (a richer entry's ``prepositions``, or the Dutch the sense quotes:
  *to think of (denken aan)*) standing in the word's clause, after the word or as an
  *er*-word (*erop, daaraan*): *Ik denk aan jou* → "to think of"; *een monster van het
  water* → "sample";
- a **te-construction** the sense names (*(om ... te + infinitive) in order to*, *zitten te +
  infinitive*) when *te* and an infinitive follow the word in its clause: *om te slapen*;
- the **article** a sense names (*dust (het stof)*) before the word: *het stof* → "dust";
- the **words** of the sense and its example (Dutch, and English context: *to sustain (an
  injury)* for *geen blessures oplopen*, blessure being "injury") that the sentence shares.
  Very frequent words (de, me; time, make) are no cues.
"""

from __future__ import annotations

import re

from . import lexicon as _lexicon
from .resources import english_zipf, zipf
from .text import WORD

__all__ = ["fitting_senses", "sense_order"]

_CUE_WORD = re.compile(r"[^\W\d_]+")
#: Prepositions a sense may quote after its word (denken aan, trots op, bang voor).
_PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    rond tegen tot tussen uit van vanaf voor zonder
    """.split()
)
_R_WORDS = ("er", "daar", "hier", "waar")
_DETERMINERS = {"de": "de", "het": "het", "een": None, "dit": "het", "dat": "het", "deze": "de",
                "die": "de"}


def cue_words(text: str) -> set[str]:
    return {w.casefold() for w in _CUE_WORD.findall(text) if len(w) >= 3}


def english_key(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def richer(senses: list[str], lemma: str, lex) -> tuple[list[str], list[str | None]]:
    """Per sense, what a richer lexicon entry adds (issue #13's optional fields): its
    example, Dutch and English, and its fixed preposition (*denken aan*).  The senses may
    stand in another order than the entry's (already ordered for a sentence)."""
    for entry in lex.lookup(lemma):
        if not (entry.examples or entry.prepositions) or set(senses) - set(entry.senses):
            continue
        at = {sense: k for k, sense in enumerate(entry.senses)}
        examples, preps = entry.sense_examples(), entry.sense_prepositions()
        return ([example_text(examples[at[s]]) for s in senses], [preps[at[s]] for s in senses])
    return [""] * len(senses), [None] * len(senses)


def example_text(example: dict | None) -> str:
    """An example's Dutch and English as one string of cue words."""
    return " ".join(filter(None, [(example or {}).get("nl"), (example or {}).get("en")]))


def quoted_preposition(sense: str, lemma: str, forms: set[str]) -> str | None:
    """The preposition a sense quotes after its word: "to think of (denken aan)" → aan,
    "(zin hebben in) desire" → in (for zin)."""
    words = [w.casefold() for w in _CUE_WORD.findall(sense)]
    for i, w in enumerate(words[:-1]):
        if w in forms:
            for nxt in words[i + 1 : i + 3]:  # zin hebben in: one word between
                if nxt in _PREPOSITIONS:
                    return nxt
    return None


_TE_CONSTRUCTION = re.compile(r"\bte\s*\+\s*infinitive|\.\.\.\s*te\b|…\s*te\b", re.IGNORECASE)
_TE_EXAMPLE = re.compile(r"\bte\s+\w+n\b")  # an example's "om te slapen"


def _clause(tokens, i: int) -> tuple[int, int]:
    """The token span of the clause around token *i*: up to punctuation."""
    lo = i
    while lo > 0 and tokens[lo - 1].kind != "punct":
        lo -= 1
    hi = i
    while hi < len(tokens) - 1 and tokens[hi + 1].kind != "punct":
        hi += 1
    return lo, hi


def _has_preposition(tokens, lo: int, hi: int, skip: set, prep: str) -> bool:
    for t in tokens[lo : hi + 1]:
        if t.index in skip or t.kind != WORD:
            continue
        low = t.text.casefold()
        if low == prep:
            return True
        if any(low == r + prep for r in _R_WORDS):
            return True
        if prep == "met" and any(low == r + "mee" for r in _R_WORDS):
            return True
        if prep == "tot" and any(low == r + "toe" for r in _R_WORDS):
            return True
    return False


def _te_follows(tokens, i: int, hi: int) -> bool:
    """*te* and an infinitive after token *i* in its clause (om … te slapen, zit te lezen)."""
    for j in range(i + 1, hi):
        if tokens[j].text.casefold() == "te" and tokens[j + 1].text.casefold().endswith("n"):
            return True
    return False


def _article_before(tokens, i: int) -> str | None:
    """de or het before the word (an adjective may stand between): het fijne stof → het."""
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        low = tokens[j].text.casefold()
        if low in _DETERMINERS:
            return _DETERMINERS[low]
        if not low.endswith("e"):  # only an inflected adjective may stand between
            return None
    return None


def sense_order(senses: list[str], sentence, tok, lex=None, examples=None,
                prepositions=None) -> list[int]:
    """The indices of *senses*, the one the sentence points to first (stable: without cues
    the lexicon's order).  *examples* and *prepositions*, aligned with *senses*, are the
    entry's (a gloss carries them); without them they are looked up by the token's lemma."""
    if len(senses) < 2 or sentence is None:
        return list(range(len(senses)))
    lex = lex or _lexicon.default()
    tokens = sentence.tokens
    halves = {tok.index, tok.pair}
    dutch: set[str] = set()
    english: set[str] = set()
    for t in tokens:
        if t.kind != WORD or t.index in halves:
            continue
        for w in {t.text.casefold(), (t.lemma or "").casefold()}:
            if len(w) >= 3 and zipf(w) < 5.8:
                dutch.add(w)
        for entry in lex.lookup(t.lemma or ""):
            if entry.senses:
                english |= {english_key(w) for w in cue_words(entry.senses[0]) if english_zipf(w) < 5.5}
                break
    lemma = (tok.lemma or "").casefold()
    # the word itself, both halves of a particle verb (komt … voor): a sense quoting it
    # (het komt me voor) shares nothing with the sentence by that
    own = {tokens[h].text.casefold() for h in halves if h is not None and 0 <= h < len(tokens)}
    own |= {tok.text.casefold(), lemma}
    if examples is not None and prepositions is not None:
        extras, preps = [example_text(x) for x in examples], list(prepositions)
    else:
        extras, preps = richer(senses, tok.lemma or "", lex)
    i = tok.index if 0 <= tok.index < len(tokens) and tokens[tok.index] is tok else None
    lo, hi = _clause(tokens, i) if i is not None else (0, len(tokens) - 1)
    article = _article_before(tokens, i) if i is not None else None
    te = i is not None and _te_follows(tokens, i, hi)
    forms = own | {lemma.split(" ")[-1]}

    def cues(k: int) -> int:
        sense = senses[k]
        words = cue_words(sense + " " + extras[k]) - own
        score = len(words & dutch) + len({english_key(w) for w in words} & english)
        prep = preps[k] or quoted_preposition(sense, lemma, forms)
        if prep and _has_preposition(tokens, lo, hi, halves, prep.casefold()):
            score += 3
        if te and (_TE_CONSTRUCTION.search(sense) or _TE_EXAMPLE.search(extras[k])):
            score += 3
        if article:
            named = re.search(rf"\((de|het) {re.escape(lemma)}\)", sense, re.IGNORECASE)
            if named:
                score += 2 if named.group(1).lower() == article else -2
        return score

    return sorted(range(len(senses)), key=lambda k: -cues(k))


def fitting_senses(senses: list[str], sentence, tok, lex=None) -> list[str]:
    """*senses* with the one the sentence points to first (see :func:`sense_order`)."""
    return [senses[k] for k in sense_order(list(senses), sentence, tok, lex)]
