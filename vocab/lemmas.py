"""Lemmas chosen by form and tag.

A form's :class:`~vocab.readings.Reading` lists its lemma as a noun, a verb and an adjective;
the tagger (:mod:`vocab.tagging`) says which of them the token is.  So *kom* is *komen* in
*Ik kom morgen* (VERB) and the bowl in *een kom soep* (NOUN); *eisen* is *eis* after *de*
(NOUN) and *eisen* after *wij* (VERB).  What is left for context rules here is what no tag
can tell:

* the partitive -s of an adjective after *iets, niets, wat, veel* … (*iets anders* → *ander*);
* *voor het eerst*: the ordinal *eerst* takes the cardinal as lemma, as *eerste* does;
* an attributive participle the lexicon knows as an adjective keeps the adjective
  (*volgende week* → *volgend*, *de bekende schilder* → *bekend*), though it is tagged VERB as
  in the treebanks: a learner looks up the adjective.
"""

from __future__ import annotations

from .readings import Reading
from .text import Token
from .wordforms import INSEPARABLE, infinitive_stems, stem_infinitives

__all__ = ["Lemmas", "CONTENT_TAGS"]

#: Tags of words whose lemma is chosen among the readings.
CONTENT_TAGS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV", "PROPN"})
#: Words after which an adjective takes the partitive -s: iets moois, niets anders.
_PARTITIVE = frozenset("iets niets wat veel weinig allerlei genoeg niks zoveel".split())
_VERBAL = frozenset({"VERB", "AUX"})
_POSSESSIVES = frozenset("mijn jouw zijn haar onze ons hun uw".split())
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
            if r.verb is None:
                return self.verb_of(form) or r.lemma
            if r.adj and r.adj != r.verb and (
                self._attributive(form, r, tokens, i) or self._participle_alone(form, r, tokens, i)
            ):
                return r.adj  # volgende week, de bekende schilder; Bel gerust even aan
            return r.verb
        if tag == "NOUN" or tag == "PROPN":
            partitive = self._partitive(form, r, tokens, i)
            if partitive:
                return partitive  # niets nieuws: an adjective, whatever the tag says
            agreed = self._disagrees(form, r, tokens, i)
            if agreed is not None:
                return agreed
            if r.noun is not None:
                return r.noun
            if r.verb is not None and (form == r.verb or form in infinitive_stems(r.verb)):
                return form  # het zwemmen, op zoek
            if tag == "NOUN" and r.adj is not None and r.lemma == r.verb:
                return r.adj  # een gewonde (an adjective as a noun), not a verb
            return r.lemma
        if tag == "ADJ":
            if r.adj is not None:
                return self._partitive(form, r, tokens, i) or r.adj
            if form == "eerst" and i > 0 and tokens[i - 1].text.lower() == "het":
                return "één"  # voor het eerst: the ordinal, lemmatised like eerste
            if r.verb is not None and r.lemma == r.verb and form in infinitive_stems(r.verb):
                return form  # a bare verb stem is no verb here (op zoek)
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


def _clause(tokens: list[Token], i: int) -> list[Token]:
    """The tokens of the clause around *i*: up to punctuation or a conjunction."""
    a = i
    while a > 0 and tokens[a - 1].pos not in ("PUNCT", "SCONJ", "CCONJ"):
        a -= 1
    b = i + 1
    while b < len(tokens) and tokens[b].pos not in ("PUNCT", "SCONJ", "CCONJ"):
        b += 1
    return tokens[a:b]
