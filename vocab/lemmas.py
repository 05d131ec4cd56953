"""Lemmas chosen by form and tag.

A form's :class:`~vocab.readings.Reading` lists its lemma as a noun, a verb and an adjective;
the tagger (:mod:`vocab.tagging`) says which of them the token is.  So *kom* is *komen* in
*Ik kom morgen* (VERB) and the bowl in *een kom soep* (NOUN); *eisen* is *eis* after *de*
(NOUN) and *eisen* after *wij* (VERB).  What is left for context rules here is what no tag
can tell:

* the partitive -s of an adjective after *iets, niets, wat, veel* … (*iets anders* → *ander*);
* *voor het eerst*: the ordinal *eerst* takes the cardinal as lemma, as *eerste* does;
* a present participle before its noun that the lexicon knows as an adjective keeps the
  adjective (*volgende week* → *volgend*), though it is tagged VERB as in the treebanks: a
  learner looks up the adjective; a past participle tagged VERB is the verb (*de gemengde
  salade* → *mengen*, as the treebanks say) unless the adjective is a word of its own, far
  more frequent than the verb (*de bekende schilder* → *bekend*);
* a bare superlative that is a headword of its own (*Ik wil best helpen*: *best*), unless
  *het*, *de* or a possessive makes it a superlative (*zijn best doen*: *goed*);
* a plural adjective used as a noun is the adjective (*de ouderen* → *oud*);
* *was* (and *las*, …) is the present of *wassen* (*lassen*) only with *ik* or inverted *jij*,
  an object, and only present tenses around it (*Ik was me snel en kleed me aan*).
"""

from __future__ import annotations

from .readings import Reading
from .resources import zipf
from .text import Token
from .wordforms import INSEPARABLE, infinitive_stems, regular_participle, stem_infinitives

__all__ = ["Lemmas", "CONTENT_TAGS"]

#: Tags of words whose lemma is chosen among the readings.
CONTENT_TAGS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV", "PROPN"})
#: Words after which an adjective takes the partitive -s: iets moois, niets anders.
_PARTITIVE = frozenset("iets niets wat veel weinig allerlei genoeg niks zoveel".split())
_VERBAL = frozenset({"VERB", "AUX"})
#: How much more frequent (Zipf) than its verb an adjective that is also a participle must be
#: to be a word of its own when tagged as a verb: bekend/bekennen (1.6), not
#: gefrustreerd/frustreren (1.2) or verplicht/verplichten (1.0).
_OWN_ADJECTIVE = 1.5
_POSSESSIVES = frozenset("mijn jouw zijn haar onze ons hun uw".split())
_INFLECTED_KINDS = frozenset({"inflected", "comparative-inflected", "superlative-inflected"})
_REFLEXIVES = frozenset("me mij je jezelf zich ons".split())
#: Forms of hebben, zijn and worden: with one of them a participle is a verb.
_AUX_FORMS = frozenset(
    """
    heb hebt heeft hebben had hadden gehad ben bent is zijn was waren geweest word wordt
    worden werd werden geworden
    """.split()
)


class Lemmas:
    def __init__(self, readings) -> None:
        self.readings = readings
        self._verb_guess: dict[str, str | None] = {}

    def choose(self, form: str, r: Reading, tag: str | None, tokens: list[Token], i: int) -> str:
        """The lemma of token *i* (lower-cased *form*, reading *r*) tagged *tag*."""
        if tag in _VERBAL:
            if r.adj and r.adj != r.verb and self._present_participle(form, r, tokens, i):
                return r.adj  # volgende week, komend jaar: the adjective the lexicon has
            if r.verb is None:
                return self.verb_of(form) or r.lemma
            if r.finite:
                present = self._present_twin(form, r, tokens, i)
                if present is not None:
                    return present  # Ik was me snel en kleed me aan: wassen, not zijn
            if r.adj and r.adj != r.verb and (
                self._attributive(form, r, tokens, i) or self._participle_alone(form, r, tokens, i)
            ) and self._adjective_of_its_own(form, r):
                return r.adj  # de wilde dieren, de bekende schilder; Bel gerust even aan
            return r.verb
        if tag == "NOUN" or tag == "PROPN":
            partitive = self._partitive(form, r, tokens, i)
            if partitive:
                return partitive  # niets nieuws: an adjective, whatever the tag says
            agreed = self._disagrees(form, r, tokens, i)
            if agreed is not None:
                return agreed
            nominal = self._nominalised(form, r)
            if nominal is not None:
                return nominal  # de ouderen, twee geliefden: adjectives as nouns
            if r.noun is not None:
                return r.noun
            if r.verb is not None and (form == r.verb or form in infinitive_stems(r.verb)):
                return form  # het zwemmen, op zoek
            if tag == "NOUN" and r.adj is not None and r.lemma == r.verb:
                return r.adj  # een gewonde (an adjective as a noun), not a verb
            return r.lemma
        if tag == "ADJ" or tag == "ADV":
            own = self._bare_superlative(form, r, tokens, i)
            if own is not None:
                return own  # Het is best koud; Ik wil best helpen (but: het best, zijn best)
        if tag == "ADJ":
            if r.adj is not None:
                return self._partitive(form, r, tokens, i) or r.adj
            nominal = self._nominalised(form, r)
            if nominal is not None:
                return nominal
            if form == "eerst" and i > 0 and tokens[i - 1].text.lower() == "het":
                return "één"  # voor het eerst: the ordinal, lemmatised like eerste
            if r.verb is not None and r.lemma == r.verb and form in infinitive_stems(r.verb):
                return form  # a bare verb stem is no verb here (op zoek)
            if r.verb is not None and r.lemma == r.verb:
                adjective = self._participle_as_adjective(form, r.verb)
                if adjective is not None:
                    return adjective  # een treffend voorbeeld, getinte glazen: the participle
            return self._partitive(form, r, tokens, i) or r.lemma
        if tag == "ADV":
            if form == "eerst" and i > 0 and tokens[i - 1].text.lower() == "het":
                return "één"
            partitive = self._partitive(form, r, tokens, i)
            if partitive:
                return partitive
            if r.lemma in (r.verb, r.noun) and r.lemma != form:
                return r.adj or form  # laat (late), not laten; weer stays weer
            return r.lemma
        # function words, particles (joined later), numbers written as words, foreign words
        if r.lemma != form and r.lemma in (r.verb, r.noun) and self._own_entry(form):
            return form  # bij (at) is no form of anything else
        return r.lemma

    def verb_of(self, form: str) -> str | None:
        """The verb of a form the readings have no verb for (an irregular stem the lexicon
        lacks: *kom* → *komen*; a stem whose verb only exists with a particle: *nodig* →
        *nodigen*, joined later to *uitnodigen*)."""
        hit = self._verb_guess.get(form, "")
        if hit != "":
            return hit
        rd = self.readings
        found = None
        s = rd.simplemma(form)
        if s is not None and s != form and rd.is_verb_lemma(s):
            found = s
        elif (participle := rd.participle_verb(form)) is not None:
            found = participle  # overtuigend, geavanceerde: overtuigen, avanceren
        else:
            for inf in stem_infinitives(form, third=form.endswith("t")):
                if rd.is_verb_lemma(inf):
                    found = inf
                    break
            if found is None and form.endswith("t"):
                found = next((v for v in stem_infinitives(form[:-1]) if rd.is_verb_lemma(v)), None)
        self._verb_guess[form] = found
        return found

    def particle_bases(self, form: str, r: Reading) -> tuple[str, ...]:
        """Verbs a particle may join with this form: its verb reading, and infinitives of it
        as a stem that exist only with a particle (*nodig* → *nodigen*: *uitnodigen*)."""
        out = [r.verb] if r.verb else []
        if r.verb is not None:
            return tuple(out)  # (not "was" → wassen → afwassen: was is zijn's)
        g = self.verb_of(form)
        if g and g not in out:
            out.append(g)
        if len(form) >= 3 and form.isalpha():
            base = form[:-1] if form.endswith("t") and len(form) > 3 else form
            for inf in stem_infinitives(base, third=False):
                if inf not in out:
                    out.append(inf)
        return tuple(out)

    def _partitive(self, form: str, r: Reading, tokens: list[Token], i: int) -> str | None:
        """iets anders, niets nieuws, wat moois: an adjective with the partitive -s."""
        if form.endswith("s") and i > 0 and tokens[i - 1].text.lower() in _PARTITIVE:
            base = form[:-1]
            if self.readings.is_adjective_lemma(base):
                return base
        return None

    def _attributive(self, form: str, r: Reading, tokens: list[Token], i: int) -> bool:
        """A participle before its noun (or with the attributive -e) whose adjective the
        lexicon lists: *volgende*, *bekende*, *afgelopen week*."""
        if not self.readings.is_adjective_lemma(r.adj):
            return False
        prev = tokens[i - 1] if i > 0 else None
        opens = prev is None or prev.pos in ("DET", "ADJ", "NUM", "ADP") or (
            prev.text.lower() in _POSSESSIVES
        )  # not "Hij bekende alles", "Tom wilde koffie": a past tense after its subject
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return opens and nxt is not None and nxt.pos in ("NOUN", "ADJ")

    def _bare_superlative(self, form: str, r: Reading, tokens: list[Token], i: int) -> str | None:
        """A superlative without -e that is a headword of its own (*best* "quite, happily",
        *laatst* "recently") is that word, unless *het*, *de* or a possessive makes it the
        superlative (*het best*, *de best*, *zijn best*)."""
        if r.adj is None or form == r.adj or form.endswith("e"):
            return None
        if not any(e.pos == "adjective" and e.superlative == form for e in self._entries(r.adj)):
            return None
        if not any(e.pos in ("adverb", "adjective") for e in self._entries(form)):
            return None
        prev = tokens[i - 1].text.lower() if i > 0 else ""
        if prev in ("het", "'t", "de") or prev in _POSSESSIVES:
            return None
        return form

    def _present_twin(self, form: str, r: Reading, tokens: list[Token], i: int) -> str | None:
        """A past tense that is also another verb's first person present (*was*: zijn and
        wassen, *las*: lezen and lassen) is that present when its subject is *ik* (or an
        inverted *ik, jij*), it has an object (a reflexive, an article or possessive with its
        noun) or that verb's particle, nothing makes it an auxiliary or copula (a
        participle, an infinitive, a predicate adjective), and the sentence's other finite
        verbs are all present, in main clauses (*Na het eten was ik de afwas en mijn man
        droogt af*).  Otherwise the past tense.  (The particle stage still joins only the
        verb of the reading: *Was jij vandaag af?* is not joined to *afwassen*.)"""
        twins = [
            e.lemma for e, kind in self.readings.lexicon.forms().get(form, ())
            if e.pos == "verb" and kind == "stem" and e.lemma != r.verb
        ]
        if not twins:
            return None
        clause = _clause(tokens, i)
        at = next(k for k, t in enumerate(clause) if t is tokens[i])
        before = clause[at - 1].text.lower() if at > 0 else ""
        after = clause[at + 1].text.lower() if at + 1 < len(clause) else ""
        if before == "ik":
            rest = clause[at + 1:]
        elif after in ("ik", "jij", "je"):
            rest = clause[at + 2:]
        else:
            return None
        if any(t.pos in ("VERB", "AUX", "NUM") for t in rest):
            return None  # a participle or an infinitive: zijn as an auxiliary
        particle = next((t.text.lower() for t in rest if t.pos == "PART"), None)
        if particle is not None:
            if not self.readings.joins(particle, twins[0]):
                return None
        elif not _has_object(rest):
            return None
        tenses = {self._tense(t.text.lower()) for t in tokens
                  if t is not tokens[i] and t.pos in _VERBAL and t.kind == "word"}
        if "present" not in tenses or "past" in tenses:
            return None
        if any(t.pos == "SCONJ" for t in tokens):
            return None  # (Hij zegt dat ik ziek was: a past in a clause of its own)
        return twins[0]

    def _tense(self, form: str) -> str | None:
        """"past" or "present" for a finite verb form the lexicon knows unambiguously."""
        kinds = {kind for e, kind in self.readings.lexicon.forms().get(form, ()) if e.pos == "verb"}
        past = bool(kinds & {"past_singular", "past_plural"})
        present = bool(kinds & {"present", "stem", "lemma"})
        if past == present:
            return None
        return "past" if past else "present"

    def _nominalised(self, form: str, r: Reading) -> str | None:
        """The adjective of a plural adjective used as a noun: *ouderen* → *oud*, *zieken* →
        *ziek*, *geliefden* → *geliefd* (the lexicon's noun *oudere* is the adjective's
        inflected form), as the treebanks lemmatise them."""
        if r.noun is None or form != r.noun + "n":
            return None
        if any(e.pos == "noun" and e.plural and e.plural.lower() != form for e in self._entries(r.noun)):
            return None  # a noun of its own: de ronde, plural rondes (ronden is rare)
        for e, kind in self.readings.lexicon.forms().get(r.noun, ()):
            if e.pos == "adjective" and kind in _INFLECTED_KINDS:
                return e.lemma
        return None

    def _participle_as_adjective(self, form: str, verb: str) -> str | None:
        """A participle tagged as an adjective, for which the lexicon has no adjective, is
        its own lemma without the attributive -e (*treffend*, *getinte* → *getint*), as in
        the treebanks: not the verb."""
        core = form[:-1] if form.endswith("e") and not form.endswith("ee") else form
        if core.endswith("end") and core[:-3] + "en" == verb or core[:-3] + "n" == verb:
            return core
        if self._is_participle(form, verb):
            return core
        return None

    def _entries(self, lemma: str):
        return self.readings.lexicon.lookup(lemma)

    def _present_participle(self, form: str, r: Reading, tokens: list[Token], i: int) -> bool:
        """A present participle before its noun whose adjective the lexicon lists: a learner
        looks up *volgend* (next) in *volgende week*, *komend* in *komend jaar*, though the
        treebanks lemmatise it as the verb."""
        if not form.endswith(("end", "ende")) or not self.readings.is_adjective_lemma(r.adj):
            return False
        k = i + 1
        while k < len(tokens) and tokens[k].pos == "NUM":
            k += 1  # de komende vier jaar, de volgende twee weken
        return k < len(tokens) and tokens[k].pos in ("NOUN", "ADJ")

    def _adjective_of_its_own(self, form: str, r: Reading) -> bool:
        """May a form tagged as a verb in an adjective's place be the adjective?  A past
        participle of its verb is the verb, as in the treebanks (*de gemengde salade* →
        *mengen*, *een gesloten deur* → *sluiten*), unless the adjective is a word of its own,
        far more frequent than the verb (*bekend*/*bekennen*, *gezond*/*zonnen*); another
        form is no participle at all (*de wilde dieren*: not *willen*)."""
        if not self._is_participle(form, r.verb):
            return True
        return zipf(r.adj) >= self.readings.verb_zipf(r.verb) + _OWN_ADJECTIVE

    def _is_participle(self, form: str, verb: str) -> bool:
        """Is *form* (with or without the attributive -e) the past participle of *verb*?"""
        core = form[:-1] if form.endswith("e") and not form.endswith("ee") else form
        for e in self.readings.lexicon.lookup(verb):
            if e.pos == "verb" and e.forms and e.forms.get("past_participle") in (form, core):
                return True
        return regular_participle(verb, verb.startswith(INSEPARABLE)) == core

    def _disagrees(self, form: str, r: Reading, tokens: list[Token], i: int) -> str | None:
        """A noun reading its article rules out: *het oogsten* (het takes no plural: the
        infinitive as a noun), *de meer ontwikkelde landen* (meer, the lake, is a het-word:
        here the comparative of veel).  The lemma to take instead, or None."""
        if i == 0 or r.noun is None:
            return None
        article = tokens[i - 1].text.lower()
        if article in ("het", "dit", "dat") and form != r.noun and form == r.verb:
            return form  # a plural after het: the verbal noun
        if tokens[i - 1].pos != "DET":
            return None  # (die deel uitmaakt: a relative pronoun, no article)
        if article in ("de", "deze", "die") and form == r.noun and (
            self.readings.article(r.noun) == "het"
        ):
            return r.adj or (r.verb if r.verb and form != r.verb else None)
        return None

    def _participle_alone(self, form: str, r: Reading, tokens: list[Token], i: int) -> bool:
        """A past participle with an adjective reading and no form of hebben, zijn or worden
        in its sentence is the adjective (*Bel gerust even aan*: no verb gerust without an
        auxiliary)."""
        if r.finite or form == r.verb or not form.endswith(("d", "t", "en")):
            return False
        if not form.startswith(("ge", *INSEPARABLE)):
            return False
        return not any(t.pos == "AUX" or t.text.lower() in _AUX_FORMS for t in _clause(tokens, i))

    def _own_entry(self, form: str) -> bool:
        return bool(self.readings.lexicon.lookup(form))


def _has_object(rest: list[Token]) -> bool:
    """Do the words after a verb and its subject start with an object: a reflexive (*me,
    je, zich, ons*), or an article or possessive with its noun and no adjective in the
    clause (which would be a predicate)?"""
    if not rest:
        return False
    first = rest[0].text.lower()
    if first in _REFLEXIVES:
        return True
    if rest[0].pos in ("DET", "PRON") and (first in _POSSESSIVES or rest[0].pos == "DET"):
        # (not Ik was mijn sleutels kwijt: a predicate after the noun)
        return len(rest) > 1 and rest[1].pos == "NOUN" and not any(t.pos == "ADJ" for t in rest)
    return False


def _clause(tokens: list[Token], i: int) -> list[Token]:
    """The tokens of the clause around *i*: up to punctuation or a conjunction."""
    a = i
    while a > 0 and tokens[a - 1].pos not in ("PUNCT", "SCONJ", "CCONJ"):
        a -= 1
    b = i + 1
    while b < len(tokens) and tokens[b].pos not in ("PUNCT", "SCONJ", "CCONJ"):
        b += 1
    return tokens[a:b]
