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

A pair is made only when the joined verb exists: our lexicon or simplemma's list of lemmas,
or else written Dutch uses it (wordfreq knows its participle, or its infinitive and third
person: *ineengeslagen*, *bekendstaan*).  A preposition an R-pronoun strands is no particle
(*waar wacht je op*, *daar past alles in*): the R-pronoun owns it when the base verb takes
that preposition, when it is *daar/waar* (*er* and *hier* are often a dummy or a place: *Hij
ziet er moe uit*), and not when it has another preposition to own (*ik kijk er naar uit*).
"""

from __future__ import annotations

from .text import PUNCT, WORD, Token
from .wordforms import INSEPARABLE, PARTICLES, infinitive_stems, normalise, regular_participle

__all__ = ["ParticleVerbs"]

#: Punctuation that ends a clause for the look-back (not a comma: enumerations and
#: appositions stand inside clauses, and the nearest verb is found first anyway).
_CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "—", "–", "-"})
#: ... for the look-back of er/daar/waar, which does not reach over a comma.
_STRANDING_PUNCT = _CLAUSE_PUNCT | {","}
#: Infinitives between "te" and the verb a particle joins: "af te kunnen snijden".
_TE_MODALS = frozenset({"kunnen", "mogen", "moeten", "willen", "zullen", "gaan", "blijven"})
_VERBAL = frozenset({"VERB", "AUX"})
#: Zipf frequencies from which a particle verb unknown to our lexicon and simplemma counts as
#: attested in written Dutch: its infinitive (bekendstaan 2.0), its participle (ineengeslagen 2.3).
_ATTESTED_INFINITIVE = 1.8
_ATTESTED_PARTICIPLE = 2.2
_AUXILIARIES = frozenset("zijn hebben worden zullen kunnen moeten mogen willen".split())
#: Punctuation after which a clause may end.
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "…", "...", ")", '"', "”", "’", "»", "-", "–", "—"})
#: Pronominal adverbs that strand a preposition: "waar ik van houd", "daar heb ik zin in".
_R_PRONOUNS = frozenset({"er", "daar", "hier", "waar", "ergens", "nergens", "overal"})
#: ... of which these two are also often no more than a place or a dummy subject (er is,
#: vul hier in): they leave an established particle verb its particle.
_WEAK_R_PRONOUNS = frozenset({"er", "hier"})
#: Particles that are also prepositions an R-pronoun strands (erop, daarmee, waaruit).
_STRANDABLE = frozenset(
    "aan achter af bij binnen buiten door in langs mee na om onder op over rond tegen toe tussen uit voor".split()
)
#: Verbs of position and placement: they take a place, which an R-pronoun stands for with
#: its preposition (er staat een foto op, er zit geen suiker in, zet de plant er in).
_PLACING_VERBS = frozenset("staan zitten liggen hangen zetten leggen stoppen steken plaatsen".split())
#: Verbs that take *te* + infinitive for what is going on (*hij stond op een stoel te dansen*):
#: a phrase before that te-infinitive does not make their preposition a particle (opstaan).
_ASPECT_VERBS = frozenset("staan zitten liggen lopen hangen zijn".split())
#: Prepositions as they stand after an R-pronoun (ermee, ertoe) and as a verb takes them.
_PREPOSITION_OF = {"mee": "met", "toe": "tot"}
#: Prepositions: an R-pronoun strands one of these (er … naar uit, daar … voor over).
_PREPOSITIONS = _STRANDABLE | {"van", "naar", "met", "tot", "vandaan", "heen"}
#: Coordinating conjunctions (and dus) that open a main clause after a comma.
_COORDINATING = frozenset({"en", "maar", "want", "of", "dus", "doch", "noch"})
#: Opening quotes: before a word written against them, the word is quoted (a title).
_QUOTES = frozenset({'"', "“", "„", "'", "‘", "«", "‹"})
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
            if tok.pos != "PART" and p not in PARTICLES:
                continue  # (no particle word: nothing below applies)
            if _circumposition(tokens, j, p) or _before_te_clause(tokens, j, p):
                if tok.pos == "PART":
                    tok.pos = "ADP"
                continue  # om hem heen, tot nu toe; door in het programma te schrijven
            if j > 0 and tokens[j - 1].text.lower() in ("ten", "ter"):
                continue  # ten onder gaan: a fixed phrase, not the particle onder
            if _complement_of_preposition(tokens, j) and _r_pronoun(tokens, j - 1) is None:
                if tok.pos == "PART":
                    tok.pos = "ADV"
                continue  # naar binnen, naar buiten: the preposition's object, no particle
            if tok.pos == "PART" and p == "om" and _te_follows(tokens, j) and not _om_before_te(tokens, j):
                tok.pos = "ADP"
                continue  # om te vliegen: the te-infinitive's om, unless zonder … opened it
            if tok.pos == "PART":
                if _has_object(tokens, j):
                    continue  # op dat moment: a preposition and its object after all
                found = self._find(tokens, readings, j, p, any_tag=True)
                if found is not None and self._owned(tokens, j, p, found):
                    found = None  # waar wacht je op: er/daar/waar owns the preposition
                    tok.pos = "ADP"
            elif p == "om" and _om_before_te(tokens, j):
                found = self._after(tokens, readings, j, p)  # zonder nog één keer om te kijken
            elif p in PARTICLES and (
                    (te_object := j + 1 < len(tokens) and _te_clause_after(tokens, j + 1))
                    or self._no_complement(tokens, j)
                    or (tok.pos != "ADP" and _te_verb_follows(tokens, j))):
                # (an adverb, adjective or noun before te: met de koers bezig te houden; a
                # phrase that is the object of a te-infinitive: droeg hem op een regering te
                # vormen, raadde hem aan een advocaat in te schakelen)
                strict = (tok.pos != "ADP" or te_object) and p not in _BOUND_PARTICLES
                if p in _NOUN_PARTICLES and j > 0 and tokens[j - 1].pos in ("DET", "ADP", "PRON", "ADJ"):
                    continue  # op zijn plaats, in de weg: the noun
                found = self._find(tokens, readings, j, p)
                if found is not None and (
                    (strict and not self._established(found[1])) or self._owned(tokens, j, p, found)
                    or (te_object and not _governs_te_object(tokens, found[0], j, found[1][len(p):]))
                ):
                    found = None
            else:
                continue
            if found is not None:
                k, lemma = found
                tok.pos = "PART"
                if tokens[k].pos not in _VERBAL:
                    tokens[k].pos = "VERB"  # Nodig je hem uit? (the tagger took nodig for nodig)
                _pair(tokens, j, k, lemma)

    def _find(self, tokens, readings, j: int, p: str, any_tag: bool = False):
        """The verb the particle at *j* joins: after it (te-infinitive, cluster) or else
        before it in its clause.  A particle right before *te* + verb that does not join
        that verb joins no verb inside an om/zonder-te clause (*om gewassen op te
        verbouwen*: not *opgebruiken* from before)."""
        found = self._after(tokens, readings, j, p)
        if found is not None or _before_cluster(tokens, j):
            return found
        before_te = _te_follows(tokens, j)
        return (
            self._before(tokens, readings, j, p, te_clause=before_te)
            or (any_tag and self._before(tokens, readings, j, p, any_tag=True, te_clause=before_te))
            or self._before(tokens, readings, j, p, finite_reading=True, te_clause=before_te)
        )

    def _owned(self, tokens: list[Token], j: int, p: str, found: tuple[int, str]) -> bool:
        """Does an R-pronoun of the clause (*er, daar, hier, waar, ergens …*) own the
        preposition at *j*, rather than *p* being the particle of the verb *found*?

        Not when the R-pronoun has another stranded preposition to own (*ik kijk er naar
        uit*, *daar heb ik geld voor over*) or *p* is no preposition an R-pronoun strands
        (*plaats, weg, terug*).  Yes when the base verb takes *p* as its fixed preposition
        (*waar wacht je op*: wachten op; *waar moet ik op letten*), when the R-pronoun is
        *daar, waar* or another that only points (*daar past alles in*, *waar de koning
        in sliep*), when the verb is one of position or placement, which takes a place (*er
        staat een foto op*, *zet de plant er voorzichtig in*), and when the joined verb is
        no established particle verb; otherwise *er* and *hier* leave an established one
        its particle (*hij ziet er moe uit*, *er doen tien landen mee*, *vul hier uw naam
        in*)."""
        if p not in _STRANDABLE:
            return False
        r = _r_pronoun(tokens, j)
        if r is None:
            return False
        k, lemma = found
        base = lemma[len(p):]
        if _preposition_of(p) in self._fixed_prepositions(base):
            return True
        if _other_stranded(tokens, r, j):
            return False
        if tokens[r].text.lower() not in _WEAK_R_PRONOUNS or base in _PLACING_VERBS:
            return True
        return not self._established(lemma)

    def _fixed_prepositions(self, verb: str) -> set[str]:
        """The prepositions our lexicon gives the verb's senses (*wachten op*, *denken aan*):
        its ``prepositions`` and those its senses quote (*to think of (denken aan)*)."""
        from .senses import quoted_preposition

        out: set[str] = set()
        for e in self.readings.lexicon.lookup(verb):
            if e.pos != "verb":
                continue
            out.update(x for x in e.sense_prepositions() if x)
            for sense in e.senses:
                q = quoted_preposition(sense, verb, {verb})
                if q:
                    out.add(q)
        return out

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
        if k == j + 1 < n and _opening_quote(tokens, k):
            return False  # doet denken aan "De laatste reis": a quoted title
        if k >= n or (tokens[k].kind == PUNCT and tokens[k].text in _CLAUSE_END):
            return True
        nxt = tokens[k]
        if k == j + 1 and _pronoun_and_relative(tokens, k):
            return False  # in dat wat ...: a pronoun and the relative clause it heads
        if nxt.pos in ("SCONJ", "CCONJ"):
            return True  # a new clause: ... zag er naar uit dat ...
        if nxt.pos == "PRON" and nxt.text.lower() in _RELATIVES and not (
                nxt.text.lower() in _DEMONSTRATIVES and _demonstrative_determiner(tokens, k)):
            return True  # levert 40 % van alle vis op die ... (not: over die tweet)
        # another preposition with its own object: an extraposed phrase (doet mee aan de
        # competitie, vindt plaats in een zuur milieu, bekend staat onder de naam); not one
        # preposition of two words (samen met, tot aan), not ten/ter before a number (door
        # ten minste 4000 toeschouwers)
        low = nxt.text.lower()
        if (normalise(tokens[j].text), low) in _COMPLEX_PREPOSITIONS:
            # samen met X: one preposition inside the clause (ging samen met haar naar huis),
            # the particle before its verb's phrase when that phrase ends the clause (viel
            # samen met het begin van het seizoen, werkt samen met Jan)
            # (not set off by commas: gaat Ensor, samen met Vogels, naar Londen)
            return k == j + 1 and tokens[j - 1].text != "," and _phrase_ends_clause(tokens, k + 1)
        return nxt.pos == "ADP" and low != "te" and not (
            low in ("ten", "ter") and k + 2 < n and tokens[k + 2].pos == "NUM")

    def _joined(self, p: str, tokens: list[Token], readings: list, k: int) -> str | None:
        """particle + the verb of token *k*, if that verb exists."""
        r = readings[k]
        if r is None or tokens[k].pair is not None:
            return None
        from .resources import zipf

        form = normalise(tokens[k].text)
        bases = self.lemmas.particle_bases(form, r)
        known = [p + base for base in bases if self.readings.joins(p, base)]
        if known:
            # a stem read as several infinitives: the one written most (log uit: uitloggen)
            return max(known, key=zipf) if len(known) > 1 else known[0]
        return next((p + base for base in bases if self._attested(p, base)), None)

    def _attested(self, p: str, base: str) -> bool:
        """Is particle + verb a verb that neither our lexicon nor simplemma's verbs know, but
        written texts do (wordfreq): its infinitive as a lemma of its own and its third person
        (*bekendstaan, bekendstaat*), or its participle (*ineengeslagen*)?  The lexicon
        decides where it has the word; a plural (*voortekenen*: voorteken) is no infinitive;
        auxiliaries join no particle (*uit zijn*)."""
        from .resources import zipf

        joined = p + base
        if (base in _AUXILIARIES or self.readings.lexicon.lookup(joined)
                or not self.readings.is_verb_lemma(base)):
            return False
        if (zipf(joined) >= _ATTESTED_INFINITIVE and self.readings.simplemma(joined) in (None, joined)
                and any(zipf(p + stem + "t") >= _ATTESTED_INFINITIVE for stem in infinitive_stems(base))):
            return True
        return any(zipf(p + pp) >= _ATTESTED_PARTICIPLE for pp in self._participles(base))

    def _participles(self, verb: str) -> list[str]:
        """The verb's past participles: our lexicon's, else the regular one (gemat)."""
        for e in self.readings.lexicon.lookup(verb):
            if e.pos == "verb" and e.forms and e.forms.get("past_participle"):
                return [x.strip().lower() for x in e.forms["past_participle"].split("/")]
        return [regular_participle(verb, verb.startswith(INSEPARABLE))]

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
                finite_reading: bool = False, te_clause: bool = False):
        """The nearest verb before the particle in its clause that it forms a verb with
        (*any_tag*: any word in a verb's place that can be one, whatever its tag;
        *finite_reading*: any word that can be a finite verb, whatever its tag: the tagger
        may have missed the verb as well as the particle; *te_clause*: the particle stands
        before *te*, so a preposition opening a te-clause (*om … op te verbouwen*) is the
        start of its clause).

        The clause begins at a subordinating conjunction, unless no verb stands between it
        and the particle (a subordinate clause ends in its verbs: *min of meer overeen*),
        and at a coordinating conjunction after a comma that opens a clause with a verb of
        its own (*Het kan vriezen, dus pas op*), or without a comma when the tagger found
        that verb (*Ik werk vier dagen en op vrijdag ben ik thuis*: not *thuiswerken*)."""
        i = j
        verb_seen = verb_read = False  # (a verb's tag; also a word that can be a finite verb)
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
            low = t.text.lower()
            if t.pos == "SCONJ" and low not in _COMPARING and verb_seen:
                return None  # a subordinate clause begins here: its verbs come last
            if te_clause and low in _TE_PREPOSITIONS and t.pos == "ADP":
                return None  # om gewassen op te verbouwen: the te-clause begins at om
            if (low in _COORDINATING and verb_read and i > 0 and tokens[i - 1].kind == PUNCT
                    and tokens[i - 1].text == ","):
                return None  # ..., dus pas op: a main clause of its own
            if low in _COORDINATING and t.pos == "CCONJ" and verb_seen:
                return None  # ik werk … en op vrijdag ben ik thuis: ben is its clause's verb
            r = readings[i]
            if _nominal_infinitive(tokens, i, r):
                continue  # na het lezen: a noun, not the clause's verb
            verb_seen = verb_seen or t.pos in _VERBAL
            verb_read = verb_read or t.pos in _VERBAL or (r is not None and r.verb is not None and (
                r.finite or normalise(t.text) in infinitive_stems(r.verb)))
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


#: Particles that stand on their own nowhere but beside their verb (unlike vrij, thuis,
#: goed, terug): whatever the tagger took them for, they need no established verb.
_BOUND_PARTICLES = frozenset(
    "ineen uiteen bijeen overeen tegemoet teleur tentoon teweeg gade teniet achterna".split()
)
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
    (om hem heen, naar de stad toe, tot nu toe)?"""
    i = j - 1
    if i >= 1 and tokens[i].pos == "ADV" and (tokens[i - 1].text.lower(), p) in _CIRCUMPOSITIONS:
        return True  # tot nu toe, tot dan toe: an adverb as the object
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


def _te_follows(tokens: list[Token], j: int) -> bool:
    """Is the word right after *j* the *te* of an infinitive (*op te ruimen*, *om te*)?"""
    return j + 1 < len(tokens) and tokens[j + 1].text.lower() == "te"


#: Prepositions that take an adverb of place as their object: naar binnen, van boven.
_PLACE_PREPOSITIONS = frozenset({"naar", "van"})


def _complement_of_preposition(tokens: list[Token], j: int) -> bool:
    """Does *naar* or *van* stand right before the particle word at *j* (*naar binnen, naar
    buiten, van boven*)?  Then the word is its object, an adverb of place, not a particle
    (*we gingen snel naar binnen*: gaan, not binnengaan) - unless er/daar/waar owns that
    preposition (*Ik kijk er naar uit*: uitkijken)."""
    if j == 0 or _te_follows(tokens, j):
        return False  # om mee te doen: the particle of the te-infinitive
    prev = tokens[j - 1]
    return prev.pos == "ADP" and prev.text.lower() in _PLACE_PREPOSITIONS


def _has_object(tokens: list[Token], j: int) -> bool:
    """Does a determiner, a number, a possessive follow right after *j* (op dat moment), or
    a quotation after a verb (zijn opwachting maken in « De sprietatoom »)?  Not when the phrase it opens ends in *te* and a
    verb: then it opens a te-clause (*droeg hem op een regering te vormen*)."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if _opening_quote(tokens, j + 1) and j > 0 and tokens[j - 1].pos in _VERBAL:
        return True  # (not after a noun: richt een kunstkring op « La Libre »: its name)
    if nxt.pos in ("DET", "NUM") or nxt.text.lower() in _POSSESSIVES:
        return not _te_clause_after(tokens, j + 1)
    if _pronoun_and_relative(tokens, j + 1):
        return True  # geleerd in dat wat er voor hen kwam
    return nxt.text.lower() in _DEMONSTRATIVES and _demonstrative_determiner(tokens, j + 1)


def _te_clause_after(tokens: list[Token], i: int) -> bool:
    """Does the noun phrase beginning at *i* end right before *te* + a verb (*een regering
    te vormen*), or before a particle, *te* and a verb (*een advocaat in te schakelen*)?
    A noun phrase: determiners, adjectives, one noun (and a name in apposition), or a name."""
    n = len(tokens)
    k = i
    if k < n and tokens[k].text.lower() == "zich":
        k += 1  # riep hen op zich te laten testen
    else:
        while k < n and (tokens[k].pos in ("DET", "NUM", "ADJ") or tokens[k].text.lower() in _POSSESSIVES):
            k += 1
        if k < n and tokens[k].pos == "NOUN":
            k += 1
        while k < n and tokens[k].pos == "PROPN":
            k += 1
    if k + 2 < n and normalise(tokens[k].text) in PARTICLES and tokens[k + 1].text.lower() == "te":
        k += 1  # (the phrase's own particle verb: een nieuwe leider aan te wijzen)
    return ((k > i + 1 or tokens[i].text.lower() == "zich") and k + 1 < n
            and tokens[k].text.lower() == "te"
            and tokens[k + 1].pos in _VERBAL)


def _governs_te_object(tokens: list[Token], k: int, j: int, base: str) -> bool:
    """Is the verb at *k*, before the particle at *j*, the one whose particle stands before the
    object of a te-infinitive (*droeg hem op een regering te vormen*)?  Not a verb of what is
    going on (*stond op een stoel te dansen*), not across a te-clause's opening preposition,
    a coordinator or another te-infinitive (*om niet uit het parlement te verdwijnen*)."""
    if k > j or base in _ASPECT_VERBS or (k > 0 and tokens[k - 1].text.lower() == "te"):
        return False
    return not any(
        t.kind == PUNCT or t.text.lower() in _TE_PREPOSITIONS or t.text.lower() in _COORDINATING
        or t.text.lower() == "te"
        for t in tokens[k + 1 : j]
    )


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
    question: "Nodig je hem uit?", also after ", dus" or ", en") or right after a subject
    pronoun ("ik nodig")?"""
    if i == 0 or tokens[i].initial:
        return True
    prev = tokens[i - 1]
    if prev.text.lower() in _COORDINATING and (i == 1 or tokens[i - 2].text == ","):
        return True  # ..., dus pas op: an imperative opening a main clause of its own
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


def _preposition_of(p: str) -> str:
    return _PREPOSITION_OF.get(p, p)


def _r_pronoun(tokens: list[Token], j: int) -> int | None:
    """The er/daar/hier/waar (or ergens, nergens, overal) earlier in the clause of *j* that
    may own the preposition at *j* (*waar ik van houd*, *daar heb ik zin in*), if any."""
    for i in range(j - 1, -1, -1):
        t = tokens[i]
        if t.kind == PUNCT and t.text in _STRANDING_PUNCT and not _between_adjectives(tokens, i):
            return None
        if t.text.lower() in _R_PRONOUNS and t.pos in ("ADV", "PRON", "SCONJ", "PART", "ADP"):
            if t.text.lower() == "waar" and i + 1 < j and tokens[i + 1].pos == "ADJ" and (
                    tokens[i + 2].pos not in ("NOUN", "ADJ", "PUNCT")):
                continue  # waar nodig in te dammen: "where necessary", a clause of two words
            return i
    return None


def _other_stranded(tokens: list[Token], r: int, j: int) -> bool:
    """Is there another preposition between the R-pronoun at *r* and *j* without an object
    of its own, which the R-pronoun owns (*ik kijk er naar uit*, *ik doe er niet aan mee*)?"""
    for i in range(r + 1, j):
        if tokens[i].text.lower() in _PREPOSITIONS and tokens[i].pos in ("ADP", "PART", "ADV"):
            nxt = tokens[i + 1]
            if nxt.pos not in ("DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ") or i + 1 == j:
                return True
    return False


def _om_before_te(tokens: list[Token], j: int) -> bool:
    """Is *om* right before *te* the particle of the infinitive (*zonder nog één keer om te
    kijken*: omkijken), because a preposition earlier in the clause already opens the
    te-clause (zonder, door, na, om … te)?"""
    if j + 2 >= len(tokens) or tokens[j + 1].text.lower() != "te":
        return False
    for i in range(j - 1, -1, -1):
        t = tokens[i]
        if t.kind == PUNCT or t.text.lower() == "te" or t.pos in _VERBAL or t.pos == "SCONJ":
            return False
        if t.text.lower() in _TE_PREPOSITIONS and t.pos == "ADP":
            return True
    return False


def _opening_quote(tokens: list[Token], k: int) -> bool:
    """Is the token at *k* a quote or guillemet that opens a quotation: a word follows it
    (written against it, or after a space for « and ‹), not a clause end?"""
    t = tokens[k]
    if t.text not in _QUOTES or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.kind == PUNCT:
        return False
    if t.text in ("«", "‹", "„"):
        return True
    return nxt.start == t.end and (k == 0 or tokens[k - 1].end < t.start)


def _between_adjectives(tokens: list[Token], i: int) -> bool:
    """Is the comma at *i* one of an enumeration of adjectives (grote, eetbare korrels)?"""
    return (tokens[i].text == "," and 0 < i < len(tokens) - 1 and tokens[i - 1].pos == "ADJ"
            and tokens[i + 1].pos == "ADJ")


def _te_verb_follows(tokens: list[Token], j: int) -> bool:
    return (j + 2 < len(tokens) and tokens[j + 1].text.lower() == "te"
            and tokens[j + 2].pos in _VERBAL)


def _pronoun_and_relative(tokens: list[Token], k: int) -> bool:
    """Do a demonstrative and a relative pronoun begin at *k* (dat wat, die die): a pronoun
    heading its relative clause, the complement of a preposition before it?"""
    return (k + 1 < len(tokens) and tokens[k].text.lower() in _RELATIVES
            and tokens[k + 1].text.lower() in _RELATIVES)


def _phrase_ends_clause(tokens: list[Token], i: int) -> bool:
    """Does a noun phrase (with *van* phrases in it) begin at *i* and end its clause?"""
    k, n = i, len(tokens)
    while k < n and (tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON")
                     or tokens[k].text.lower() == "van"):
        k += 1
    if k == i:
        return False
    return k >= n or (tokens[k].kind == PUNCT and tokens[k].text in _CLAUSE_END) or tokens[k].pos in (
        "SCONJ", "CCONJ")


def _nominal_infinitive(tokens: list[Token], i: int, r) -> bool:
    """Is the token at *i* an infinitive used as a noun, after an article (*na het lezen*)?"""
    return (i > 0 and tokens[i - 1].text.lower() in ("het", "de", "een") and r is not None
            and r.verb is not None and normalise(tokens[i].text) == r.verb)
