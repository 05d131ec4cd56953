"""Separable (particle) verbs, decided on tags.

The tagger marks the particle of a separable verb with its own tag, PART: *op* in *Ik bel je
morgen op*, *uit* in *uit te voeren*, but not *uit* in *Ze komt uit Nederland* (ADP, a
preposition with its own object), not *om* in *om te vliegen*, not *over* in *geven over hoe*.
This stage finds the verb each particle belongs to and gives both tokens the joined lemma
(*opbellen*) and a link to each other (``pair``):

* *te*-infinitive: the particle before *te* (and modals: *af te kunnen snijden*) joins the
  infinitive after it;
* a particle written apart before a clause-final verb cluster (*bekend had gemaakt*, *op zou
  kunnen merken*) joins the cluster's main verb;
* otherwise the particle closes its clause and joins the nearest verb before it in the same
  clause: the finite verb of a main clause (*belde … op*), an imperative (*Gooi het weg*), a
  first person (*Ik vul het formulier in*), a question (*Nodig je hem uit?*).

A pair is made only when the joined verb exists (our lexicon or simplemma's list of lemmas).
"""

from __future__ import annotations

from .text import PUNCT, Token
from .wordforms import normalise

__all__ = ["ParticleVerbs"]

#: Punctuation that ends a clause for the look-back.
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”", "«", "»"})
#: Infinitives between "te" and the verb a particle joins: "af te kunnen snijden".
_TE_MODALS = frozenset({"kunnen", "mogen", "moeten", "willen", "zullen", "gaan", "blijven"})
_VERBAL = frozenset({"VERB", "AUX"})
#: Conjunctions inside a clause (comparisons): "Hij zag er net als zijn vader uit".
_COMPARING = frozenset({"als", "dan", "zoals"})


class ParticleVerbs:
    def __init__(self, readings, lemmas) -> None:
        self.readings = readings
        self.lemmas = lemmas

    def join(self, tokens: list[Token], readings: list) -> None:
        """Pair every PART-tagged token of a sentence with its verb (*readings*: the tokens'
        readings, None where a token has none)."""
        for j, tok in enumerate(tokens):
            if tok.pos != "PART" or tok.pair is not None:
                continue
            p = normalise(tok.text)
            found = self._after(tokens, readings, j, p)
            if found is None:
                found = self._before(tokens, readings, j, p)
            if found is not None:
                k, lemma = found
                _pair(tokens, j, k, lemma)

    def _joined(self, p: str, tokens: list[Token], readings: list, k: int) -> str | None:
        """particle + the verb of token *k*, if that verb exists."""
        r = readings[k]
        if r is None or tokens[k].pair is not None:
            return None
        form = normalise(tokens[k].text)
        for base in self.lemmas.particle_bases(form, r):
            if self.readings.joins(p, base):
                return p + base
        return None

    def _after(self, tokens, readings, j: int, p: str):
        """The verb after the particle: *uit te voeren*, *bekend had gemaakt*."""
        n = len(tokens)
        k = j + 1
        if k < n and tokens[k].text.lower() == "te":
            k += 1
            while k + 1 < n and tokens[k].text.lower() in _TE_MODALS and tokens[k + 1].pos in _VERBAL:
                k += 1  # af te kunnen snijden (not "aan te kunnen": then kunnen is the verb)
            if k < n and tokens[k].pos in _VERBAL:
                lemma = self._joined(p, tokens, readings, k)
                if lemma:
                    return k, lemma
            return None
        # a cluster of verbs right after the particle, closing the clause
        while k < n and tokens[k].pos in _VERBAL:
            if tokens[k].pos == "VERB":
                lemma = self._joined(p, tokens, readings, k)
                if lemma:
                    return k, lemma
            k += 1
        return None

    def _before(self, tokens, readings, j: int, p: str):
        """The nearest verb before the particle in its clause that it forms a verb with."""
        i = j
        while i > 0:
            i -= 1
            t = tokens[i]
            if t.kind == PUNCT:
                if t.text == ")":
                    opening = _matching_open(tokens, i)
                    if opening is not None:
                        i = opening  # richtten met X de Stichting (STA) op
                        continue
                if t.text in _CLAUSE_PUNCT:
                    return None
                continue
            if t.pos in ("SCONJ", "CCONJ") and t.text.lower() not in _COMPARING:
                return None  # the clause begins here: no verb of its own before the particle
            if t.pos in _VERBAL:
                lemma = self._joined(p, tokens, readings, i)
                if lemma:
                    return i, lemma
        return None


def _pair(tokens: list[Token], i: int, j: int, lemma: str) -> None:
    tokens[i].pair, tokens[j].pair = j, i
    tokens[i].lemma = tokens[j].lemma = lemma
    tokens[i].parts = tokens[j].parts = None


def _matching_open(tokens: list[Token], i: int) -> int | None:
    """Index of the "(" that the ")" at *i* closes, within the sentence."""
    depth = 0
    for k in range(i, -1, -1):
        text = tokens[k].text
        if text == ")":
            depth += 1
        elif text == "(":
            depth -= 1
            if depth == 0:
                return k
    return None
