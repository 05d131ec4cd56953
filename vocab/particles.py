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

from .text import PUNCT, WORD, Token
from .wordforms import PARTICLES, infinitive_stems, normalise

__all__ = ["ParticleVerbs"]

#: Punctuation that ends a clause for the look-back (not a comma: enumerations and
#: appositions stand inside clauses, and the nearest verb is found first anyway).
_CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "—", "–", "-"})
#: ... for the look-back of er/daar/waar, which does not reach over a comma.
_STRANDING_PUNCT = _CLAUSE_PUNCT | {","}
#: Infinitives between "te" and the verb a particle joins: "af te kunnen snijden".
_TE_MODALS = frozenset({"kunnen", "mogen", "moeten", "willen", "zullen", "gaan", "blijven"})
_VERBAL = frozenset({"VERB", "AUX"})
#: Punctuation after which a clause may end.
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "…", "...", ")", '"', "”", "’", "»", "-", "–", "—"})
#: Pronominal adverbs that strand a preposition: "waar ik van houd", "daar heb ik zin in".
_R_PRONOUNS = frozenset({"er", "daar", "hier", "waar"})
#: Conjunctions inside a clause (comparisons): "Hij zag er net als zijn vader uit".
_COMPARING = frozenset({"als", "dan", "zoals"})


class ParticleVerbs:
    def __init__(self, readings, lemmas) -> None:
        self.readings = readings
        self.lemmas = lemmas

    def join(self, tokens: list[Token], readings: list) -> None:
        """Pair every PART-tagged token of a sentence with its verb (*readings*: the tokens'
        readings, None where a token has none).

        A particle word the tagger took for something else is a particle too when it has no
        complement of its own (nothing but verbs after it in its clause: a preposition needs
        an object) and a verb of its clause forms a known verb with it: *voerde … in april
        van dat jaar uit*, *bekend had gemaakt*.  Unless *er/daar/waar* strands it (*waar ik
        van houd*), or, for a particle that is also an adjective, adverb or noun (*vrij,
        thuis, plaats*), the joined verb is not one of our lexicon's frequent verbs."""
        for j, tok in enumerate(tokens):
            if tok.pair is not None or tok.kind != WORD:
                continue
            p = normalise(tok.text)
            if _circumposition(tokens, j, p) or _before_te_clause(tokens, j, p):
                continue  # om hem heen; door in het programma te schrijven
            if tok.pos == "PART":
                if _has_object(tokens, j):
                    continue  # op dat moment: a preposition and its object after all
                found = self._after(tokens, readings, j, p)
                if found is None and not _before_cluster(tokens, j):
                    found = (
                        self._before(tokens, readings, j, p)
                        or self._before(tokens, readings, j, p, any_tag=True)
                        or self._before(tokens, readings, j, p, finite_reading=True)
                    )
                if found is not None and self._stranded(tokens, j) and not self._established(found[1]):
                    found = None  # waar wacht je op: er/daar/waar owns the preposition
            elif p in PARTICLES and self._no_complement(tokens, j):
                strict = tok.pos != "ADP" or self._stranded(tokens, j)
                if p in _NOUN_PARTICLES and j > 0 and tokens[j - 1].pos in ("DET", "ADP", "PRON", "ADJ"):
                    continue  # op zijn plaats, in de weg: the noun
                found = self._after(tokens, readings, j, p)
                if found is None and not _before_cluster(tokens, j):
                    found = self._before(tokens, readings, j, p) or self._before(
                        tokens, readings, j, p, finite_reading=True
                    )
                if found is not None and strict and not self._established(found[1]):
                    found = None
            else:
                continue
            if found is not None:
                k, lemma = found
                tok.pos = "PART"
                if tokens[k].pos not in _VERBAL:
                    tokens[k].pos = "VERB"  # Nodig je hem uit? (the tagger took nodig for nodig)
                _pair(tokens, j, k, lemma)

    def _established(self, verb: str) -> bool:
        """A particle verb in our lexicon and in common use (not goeddoen beside goed doen)."""
        from .resources import zipf

        return self.readings.has_verb(verb) and zipf(verb) >= 2.5

    @staticmethod
    def _no_complement(tokens: list[Token], j: int) -> bool:
        """Does the particle word at *j* lack a complement: its clause ends after it, or only
        verbs follow (*bekend had gemaakt*)?"""
        n = len(tokens)
        k = j + 1
        while k < n and tokens[k].pos in _VERBAL:
            k += 1
        if k >= n or (tokens[k].kind == PUNCT and tokens[k].text in _CLAUSE_END):
            return True
        nxt = tokens[k]
        if nxt.pos in ("SCONJ", "CCONJ"):
            return True  # a new clause: ... zag er naar uit dat ...
        if nxt.pos == "PRON" and nxt.text.lower() in _RELATIVES and not (
                nxt.text.lower() in _DEMONSTRATIVES and _demonstrative_determiner(tokens, k)):
            return True  # levert 40 % van alle vis op die ... (not: over die tweet)
        # another preposition with its own object: an extraposed phrase (doet mee aan de
        # competitie, vindt plaats in een zuur milieu); not one preposition of two words
        # (samen met, tot aan)
        low = nxt.text.lower()
        return nxt.pos == "ADP" and k == j + 1 and low not in ("te", "tot") and (
            (normalise(tokens[j].text), low) not in _COMPLEX_PREPOSITIONS
        )

    @staticmethod
    def _stranded(tokens: list[Token], j: int) -> bool:
        """Is there an er/daar/hier/waar earlier in the clause that may own the preposition
        (*waar ik van houd*, *daar heb ik zin in*)?"""
        for i in range(j - 1, -1, -1):
            t = tokens[i]
            if t.kind == PUNCT and t.text in _STRANDING_PUNCT:
                return False
            if t.text.lower() in _R_PRONOUNS:
                return True
        return False

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
        # a cluster of verbs right after the particle, closing the clause (the last one that
        # joins: af zou kunnen hebben → afhebben; bekend had gemaakt → bekendmaken)
        found = None
        while k < n and tokens[k].pos in _VERBAL:
            lemma = self._joined(p, tokens, readings, k)
            if lemma:
                found = k, lemma
            k += 1
        return found

    def _before(self, tokens, readings, j: int, p: str, any_tag: bool = False,
                finite_reading: bool = False):
        """The nearest verb before the particle in its clause that it forms a verb with
        (*any_tag*: any word in a verb's place that can be one, whatever its tag;
        *finite_reading*: any word that can be a finite verb, whatever its tag: the tagger
        may have missed the verb as well as the particle)."""
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
            if t.pos == "SCONJ" and t.text.lower() not in _COMPARING:
                return None  # a subordinate clause begins here: its verbs come last
            r = readings[i]
            if t.pos in _VERBAL and _finite(t, r) or (
                any_tag and t.kind == WORD and _verb_slot(tokens, i)
            ) or (
                finite_reading and r is not None and r.verb is not None and r.finite
                and t.pos not in ("DET", "ADP", "PRON")
            ):
                lemma = self._joined(p, tokens, readings, i)
                if lemma:
                    return i, lemma
        return None


#: Particles that are also nouns: after a determiner or preposition they are the noun.
_NOUN_PARTICLES = frozenset({"weg", "plaats", "deel", "les", "kennis", "stop", "recht"})
_POSSESSIVES = frozenset("mijn jouw zijn haar onze ons hun uw".split())
#: Relative pronouns that may open a clause right after a particle.
_RELATIVES = frozenset({"die", "dat", "wat", "welke", "wie"})
#: Subject pronouns: a finite verb follows them in a main clause ("ik nodig je uit").
_SUBJECTS = frozenset("ik je jij hij zij ze we wij u jullie men".split())


#: Prepositions of two words: "samen met", "tot aan".
_COMPLEX_PREPOSITIONS = frozenset({("samen", "met"), ("tot", "aan"), ("tot", "op"), ("tot", "in")})
#: Circumpositions: a preposition, its object, and a second word that is no particle
#: ("om het huis heen", "naar de stad toe", "van die dag af").
_CIRCUMPOSITIONS = frozenset({
    ("om", "heen"), ("door", "heen"), ("over", "heen"), ("langs", "heen"), ("naar", "toe"),
    ("tot", "toe"),
})  # (not van … uit, van … af, op … af: "voerde … in april van dat jaar uit" is uitvoeren)
#: Prepositions that take a te-infinitive: "door in het programma te schrijven".
_TE_PREPOSITIONS = frozenset({"door", "zonder", "na", "om", "in plaats van"})


def _circumposition(tokens: list[Token], j: int, p: str) -> bool:
    """Is *p* the second half of a circumposition whose first half stands before its object
    (om hem heen, naar de stad toe)?"""
    i = j - 1
    while i >= 0 and tokens[i].pos in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
        i -= 1
    return i >= 0 and i < j - 1 and (tokens[i].text.lower(), p) in _CIRCUMPOSITIONS


def _before_te_clause(tokens: list[Token], j: int, p: str) -> bool:
    """Is *p* a preposition opening a te-infinitive (door ... te schrijven, zonder ... te
    kijken), not a particle: a te follows later in its clause, not right after it."""
    if p not in _TE_PREPOSITIONS or j + 2 >= len(tokens) or tokens[j + 1].text.lower() == "te":
        return False
    for t in tokens[j + 2 :]:
        if t.kind == PUNCT:
            return False
        if t.text.lower() == "te":
            return True
    return False


def _finite(t: Token, r) -> bool:
    """Can token *t* be the finite verb of its clause (a finite form, or a bare stem: an
    imperative, a first person)?  Not an attributive participle (volgend jaar)."""
    form = normalise(t.text)
    if r is not None and r.verb is None and r.adj is not None and form.endswith(("end", "ende")):
        return False  # a present participle read as an adjective (volgend jaar, lopende zaken)
    if r is None or r.verb is None:
        return True  # (the tagger says it is a verb; nothing to object)
    return r.finite or form in infinitive_stems(r.verb) or form == r.verb


def _has_object(tokens: list[Token], j: int) -> bool:
    """Does a determiner, a number or a possessive follow right after *j* (op dat moment)?"""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.pos in ("DET", "NUM") or nxt.text.lower() in _POSSESSIVES:
        return True
    return nxt.text.lower() in _DEMONSTRATIVES and _demonstrative_determiner(tokens, j + 1)


#: Demonstratives that may stand before a noun (not dat: "gaf toe dat fouten ..." is a clause).
_DEMONSTRATIVES = frozenset({"die", "deze", "dit"})


def _demonstrative_determiner(tokens: list[Token], i: int) -> bool:
    """Is the demonstrative at *i* a determiner whatever its tag: adjectives and a noun follow
    and no verb after them (over die tweet?), unlike a relative pronoun, whose clause ends
    in its verb (de man op die boeken verkoopt)?"""
    k = i + 1
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    if k >= len(tokens) or tokens[k].pos != "NOUN":
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].pos not in _VERBAL


def _before_cluster(tokens: list[Token], j: int) -> bool:
    """Is *j* followed right away by verbs (a clause-final cluster)?  Then only they can be
    its verb (waar een boer aan moet voldoen: not *aanstaan* from earlier)."""
    return j + 1 < len(tokens) and tokens[j + 1].pos in _VERBAL


def _verb_slot(tokens: list[Token], i: int) -> bool:
    """Is token *i* where a finite verb stands: first in its clause (an imperative, a yes/no
    question: "Nodig je hem uit?") or right after a subject pronoun ("ik nodig")?"""
    if i == 0 or tokens[i].initial:
        return True
    prev = tokens[i - 1]
    return (prev.kind == PUNCT and prev.text in (",", ";", ":")) or prev.text.lower() in _SUBJECTS


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
