"""Dutch word analysis: lemmas, names, separable (particle) verbs and compounds.

The lemmatiser starts from simplemma's Dutch table and corrects it where it is weak:

* the project lexicon's forms win (plurals, diminutives, strong past tenses, participles);
* an inflected adjective drops its -e with Dutch spelling rules (*intensieve* → *intensief*,
  *grote* → *groot*, *dikke* → *dik*), and is never read as a verb (*zuivere* ≠ *zuiveren*);
* a word that is itself a known lemma is not moved to another one (*boer* ≠ *boeren*);
* simplemma's particle verbs must show their particle (*gezworen* → *zweren*, not *afzweren*);
* a form with a noun cue before it (*de*, *alle*, a number, an inflected adjective) is read as
  a plural noun (*de eisen* → *eis*, *de leden* → *lid*);
* diminutives point to their base noun (*huisje* → *huis*), except lexicalised ones.

Context-free work is cached per lower-cased form (:meth:`Morphology.reading`), so analysing a
book costs one dictionary lookup per running word plus a little per-sentence logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from . import lexicon as _lexicon
from .abbreviations import expand as expand_abbreviation
from .resources import known_lemmas, simplemma_table, zipf
from .text import NAME, NUMBER, PUNCT, WORD, Paragraph, Sentence, Token

__all__ = [
    "Morphology",
    "Reading",
    "PARTICLES",
    "default",
]

#: Separable particles (and particle-like adverbs, adjectives and nouns) of Dutch verbs.
PARTICLES = frozenset(
    """
    aan achter achterna af bij binnen bijeen buiten dicht door heen in langs los mee na neer
    om omhoog omlaag omver onder op open over plaats deel rond samen tegen tegemoet terecht
    terug thuis toe tussen uit uiteen vast voor voorbij voort vrij weg kwijt klaar schoon
    teleur tentoon bloot gade teweeg kennis stil stop gelijk zeker recht tekort ineen vol
    bekend waar les mede overeen bezig teniet lief mis kapot dood goed
    """.split()
)

#: Words after which a form ending in -en/-s is read as a plural noun.
_PLURAL_CUES = frozenset(
    """
    de deze die alle vele veel enkele sommige beide mijn jouw onze hun uw welke zulke
    meerdere diverse verschillende geen twee drie vier vijf zes zeven acht negen tien elf
    twaalf twintig honderd duizend talloze tal weinig andere zijn haar
    """.split()
)
#: Words after which a singular/base form is read as a noun or adjective, not a verb.
#: ("het", "dit", "dat" are no cues: "het was", "dat leek" are verbs.)
_NOUN_CUES = _PLURAL_CUES | frozenset({"een", "elk", "elke", "ieder", "iedere", "zo'n"})

#: Determiner-like words that are also pronouns ("die zitten", "zijn" = are).
_WEAK_CUES = frozenset({"die", "zijn", "haar", "hun", "veel"})
_SUBJECTS = frozenset({"ik", "we", "wij", "ze", "zij", "jullie", "u"})
#: Subject pronouns that follow a finite verb in inversion ("Dat besef ik", "Nu weet je het").
#: Verbs after which an uninflected adjective is predicative ("toen ik oud was").
_COPULAS = frozenset(
    "zijn hebben worden blijven lijken blijken kunnen zullen moeten mogen willen".split()
)
#: Degree words before an adjective ("erg beleefd", "heel heet").
_INTENSIFIERS = frozenset(
    """
    heel erg zeer zo nogal vrij echt ontzettend enorm hartstikke behoorlijk extreem
    tamelijk redelijk best bijzonder uiterst buitengewoon even minder
    """.split()
)
_POSSESSIVE_RELATIVES = frozenset({"wiens", "wier", "diens", "dier"})
_INVERTED_SUBJECTS = frozenset("ik je jij hij zij ze we wij u jullie men".split())
#: Determiners that are also pronouns; their agreement with a noun decides (see _agreement).
_AGREEMENT = frozenset({"het", "dit", "dat", "die", "deze"})
# Flags of a written form (Morphology._type).
_UPPER, _MAYBE_NAME, _CONTEXT, _S_END, _PARTICLE, _ELIDED = 1, 2, 4, 8, 16, 32

#: Words after which an adjective takes the partitive -s: iets moois, niets anders.
_PARTITIVE = frozenset("iets niets wat veel weinig allerlei genoeg niks zoveel".split())
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_IRREGULAR_3SG = frozenset({"wil", "kan", "zal", "mag"})
#: Present forms simplemma reads as nouns only ("staat" is also the state).
_IRREGULAR_PRESENT = {"staat": "staan", "kan": "kunnen"}
#: Words that start an object after a plural verb: "ze tekenen de kaart".
_OBJECT_STARTERS = frozenset({"de", "het", "een", "hun", "mijn", "jouw", "onze", "uw", "geen", "dat", "dit"})

#: Words that start a new clause (used to find where a main clause ends).
_CLAUSE_STARTERS = frozenset(
    """
    en maar of want dus doch omdat dat die wat wie welke waar toen als terwijl nadat voordat
    zodat zodra totdat hoewel ofschoon indien tenzij mits opdat aangezien doordat sinds
    zoals om te wanneer waarna waardoor waarmee waarin waarop hoe waarom
    """.split()
)

_PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    sinds tegen tot tussen uit van via voor zonder tijdens volgens vanaf vanuit rond
    wegens ondanks dankzij behalve richting
    """.split()
)

#: Prepositions that an R-pronoun (er, daar, hier, waar) can strand.
_STRANDABLE = frozenset(
    "aan achter bij door in langs mee na naar om onder op over tegen tussen uit van voor af".split()
)
_R_PRONOUNS = frozenset({"er", "daar", "hier", "waar"})
#: Particles that are also nouns: after a determiner or preposition they are the noun.
_NOUN_PARTICLES = frozenset({"weg", "plaats", "deel", "les", "kennis", "stop", "recht"})
#: Adjective/adverb particles, joined only when clause-final after a finite verb.
_ADJECTIVE_PARTICLES = frozenset(
    """
    open dicht vast los vol vrij kwijt klaar schoon stil dood kapot goed bekend zeker recht
    gelijk lief mis omhoog omlaag samen
    """.split()
)
_PRONOUNS = frozenset("ik jij je hij zij ze wij we u jullie het men er iemand niemand".split())
#: After "dat"/"die" these words show a conjunction or relative pronoun, not a determiner.
_FUNCTION_WORDS_AFTER_DAT = _PRONOUNS | frozenset(
    """
    de het een dit deze die dat twee drie vier vijf zes zeven acht negen tien hen hem haar
    hun ons jou mij me zich geen alle veel niet ook al nog wel er daar hier
    """.split()
)
_CLAUSE_END_PUNCT = frozenset(
    {".", ",", ";", ":", "!", "?", "(", ")", "…", "...", '"', "'", "”", "’", "»", "-", "–", "—"}
)
#: Infinitives between "te" and the verb a particle joins: "af te kunnen snijden".
_TE_MODALS = frozenset({"kunnen", "mogen", "moeten", "willen", "zullen", "gaan", "blijven"})

#: Auxiliaries and modals that stand between a particle and its verb in a cluster.
_AUXILIARIES = frozenset(
    """
    had hadden heeft hebben heb is was waren zijn ben werd werden wordt worden zou zouden
    zal zullen kan kon konden kunnen moet moest moesten moeten wil wilde wilden willen mag
    mocht mochten mogen gaat ging gingen gaan
    """.split()
)

#: Lexicon form kinds that are finite verb forms (a bare stem only as an imperative).
_FINITE_KINDS = frozenset({"past_singular", "past_plural", "lemma", "present"})
_FINITE_PAST_KINDS = frozenset({"past_singular", "past_plural"})

#: Modals and "worden" carry no particle: "kan ... af" is never *afkunnen*.
_MODALS = frozenset({"kunnen", "moeten", "mogen", "willen", "zullen", "worden", "hoeven"})

#: Words that are never the finite verb of a particle verb (frequent homographs).
_NOT_VERBS = frozenset({"te", "een", "de", "het", "in", "op", "uit", "aan", "door"})

#: Diminutives with a meaning of their own: not reduced to the base noun.
_LEXICAL_DIMINUTIVES = frozenset(
    """
    meisje beetje toetje koekje kopje sprookje tientje briefje etentje feestje praatje
    plaatje liedje ommetje bakje zakje broodje snoepje hapje drankje stokje pilsje
    """.split()
)

_VERBS_WITHOUT_EN = frozenset({"gaan", "staan", "slaan", "zien", "doen", "zijn", "vergaan"})

#: Frequent function words that look like verb infinitives or compound parts.
_FUNCTION_WORDS = frozenset(
    """
    en een den ten ben tegen boven beneden binnen buiten sinds zonder tussen zeven negen
    tien even heen open geen alleen enen wegen ieder iemand samen graag tenzij
    """.split()
)

#: Ordinal numbers keep their own lemma (a learner looks up "vierde", not "vier").
_ORDINAL_RE = re.compile(
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde|\w+tiende|\w+tigste|honderdste|duizendste|miljoenste)"
)

_VOWELS = "aeiouyáéíóúàèëïöüâêîôû"
_SHORT_VOWEL_END = re.compile(rf"(?:^|[^{_VOWELS}])([aeou])([^{_VOWELS}])$")


@dataclass(slots=True)
class Reading:
    """What a lower-cased form can be, before context is considered."""

    lemma: str  # best context-free lemma
    noun: str | None = None  # lemma if read as a (plural) noun
    verb: str | None = None  # lemma if read as a verb form
    adj: str | None = None  # lemma if read as an inflected adjective
    finite: bool = False  # may be a finite verb (present or past)
    stem_noun: str | None = None  # a noun that is also a verb stem (boer/boeren, hoop/hopen)
    bare_stem: bool = False  # only a verb's bare stem: not a verb after a preposition (op zoek)
    plain: bool = False  # one reading only: context cannot change the lemma

    def __post_init__(self) -> None:
        lemma = self.lemma
        self.plain = not self.bare_stem and all(
            x is None or x == lemma for x in (self.noun, self.verb, self.adj)
        )


def _open_syllable(stem: str) -> str:
    """Restore a long vowel written single in an open syllable: nam(en) → naam."""
    m = _SHORT_VOWEL_END.search(stem)
    if m and len(stem) >= 3:
        vowel = m.group(1)
        return stem[: m.start(1)] + vowel + vowel + stem[m.end(1):]
    return stem


def _devoice(stem: str) -> str:
    if stem.endswith("z"):
        return stem[:-1] + "s"
    if stem.endswith("v"):
        return stem[:-1] + "f"
    return stem


def _stem_variants(stem: str) -> list[str]:
    """Candidate bases for a stem left after removing an ending (-en, -e, -er ...)."""
    out = []
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        out.append(stem[:-1])  # stappen → stap, dikke → dik
    dv = _devoice(stem)
    out.append(_open_syllable(dv))  # bomen → boom, brieven → brief, grote → groot
    out.append(dv)  # huizen → huis
    out.append(stem)  # boeken → boek
    seen: list[str] = []
    for s in out:
        if s and s not in seen:
            seen.append(s)
    return seen


class Morphology:
    """Lemmatiser and sentence-level analyser for Dutch."""

    def __init__(self, lex: _lexicon.Lexicon | None = None) -> None:
        self.lexicon = lex if lex is not None else _lexicon.default()
        self._readings: dict[str, Reading] = {}
        self._parts: dict[str, tuple[str, ...] | None] = {}
        self._types: dict[str, tuple] = {}  # written form → see _type
        self._name_info: dict[str, tuple] = {}  # written form → see _name_type
        self._name_lemmas: dict[str, str] = {}
        # The project's own lexicon: readings are also kept between runs (cache dir), so a
        # second look at a book skips the per-word work.
        self._store = _ReadingStore() if lex is None else None

    def reading(self, w: str) -> Reading:
        """Everything a lower-cased form can be (cached per form)."""
        r = self._readings.get(w)
        if r is None:
            stored = self._store.reading(w) if self._store is not None else None
            if stored is not None:
                r = Reading(*stored)
            else:
                r = self._reading(w)
                if self._store is not None:
                    self._store.add_reading(w, r)
            self._readings[w] = r
        return r

    def compound_parts(self, lemma: str) -> tuple[str, ...] | None:
        """Compound parts of a lemma (cached per lemma); see :meth:`_compound_parts`."""
        if lemma in self._parts:
            return self._parts[lemma]
        found, parts = self._store.parts(lemma) if self._store is not None else (False, None)
        if not found:
            parts = self._compound_parts(lemma)
            if self._store is not None:
                self._store.add_parts(lemma, parts)
        self._parts[lemma] = parts
        return parts

    # ------------------------------------------------------------------ lexical checks
    def is_lemma(self, word: str) -> bool:
        return word.encode() in known_lemmas()

    def simplemma(self, word: str) -> str | None:
        value = simplemma_table().get(word.encode())
        if value is None:
            return None
        return value.decode().replace("_", "")

    def is_verb_lemma(self, word: str) -> bool:
        """Is *word* a verb infinitive?  The lexicon decides where it has the word; otherwise
        simplemma must map the word to itself or map one of its regular forms to it
        (tekent → tekenen), so plurals that simplemma also lists as lemmas (kinderen)
        are not taken for verbs."""
        return self._verb_lemma(word)

    @lru_cache(maxsize=100_000)  # noqa: B019 - Morphology objects live for the process
    def _verb_lemma(self, word: str) -> bool:
        entries = self.lexicon.lookup(word)
        if entries:
            return any(e.pos == "verb" for e in entries)
        if word in _VERBS_WITHOUT_EN:
            return True
        if word in _FUNCTION_WORDS or len(word) < 4 or not word.endswith("en"):
            return False
        if not self.is_lemma(word):
            return False
        table = simplemma_table()
        key = word.encode()
        for stem in _infinitive_stems(word):
            for form in (stem + "t", stem + "de", stem + "te", "ge" + stem + "d", "ge" + stem + "t"):
                hit = table.get(form.encode())
                if hit is not None and hit.replace(b"_", b"") == key:
                    return True
        return False

    # ------------------------------------------------------------- context-free reading
    def _reading(self, w: str) -> Reading:
        cardinal = _ordinal_to_cardinal(w)
        if cardinal:
            return Reading(lemma=cardinal, adj=cardinal)
        lex_hits = self.lexicon.forms().get(w)
        if lex_hits:
            return self._lexicon_reading(w, lex_hits)
        plain = _EMPHASIS.sub(lambda m: _DEACCENT[m.group()], w)
        if plain != w and self.simplemma(w) is None and (
            plain in self.lexicon.forms() or self.simplemma(plain) is not None
        ):
            return self._reading(plain)  # emphasis: wél, níét, dé → wel, niet, de
        return self._simplemma_reading(w)

    def _lexicon_reading(self, w: str, hits) -> Reading:
        """Readings of a form the lexicon knows: the lexicon lists all of them."""
        noun = adj = None
        verbs: dict[str, set[str]] = {}
        for entry, kind in hits:
            if entry.pos == "noun":
                noun = noun or entry.lemma
            elif entry.pos == "verb":
                verbs.setdefault(entry.lemma, set()).add(kind)
            elif entry.pos == "adjective":
                adj = adj or entry.lemma
        # of several verbs, the most frequent (was: zijn, not wassen)
        verb = max(verbs, key=self._verb_zipf) if verbs else None
        verb_kinds = verbs.get(verb, set())
        finite = bool(verb_kinds & _FINITE_KINDS)
        irregular = _IRREGULAR_PRESENT.get(w)
        if irregular and verb is None:
            verb, finite = irregular, True
            verb_kinds.add("present")
        lemma = self._likeliest(w, hits, self.simplemma(w))
        stem_noun = None
        if (
            verb and all(e.pos == "verb" for e, _k in hits)  # (so no noun or adjective)
            and verb_kinds & {"stem", "present"} and "participle" not in verb_kinds
            and w.encode() in _values()
            and len(w) > 3 and w not in PARTICLES and w not in _PREPOSITIONS  # not in/innen
            # the noun must be the likelier reading: not krijg, drink, weet, hoef
            and zipf(verb) < min(zipf(w), 4.5)
        ):
            noun = w  # verzet, sprint, fluit: the verb's stem is also a noun the lexicon lacks
        if verb and noun == w and (verb_kinds & {"stem", "present"} or irregular):
            stem_noun = lemma = w  # bel/bellen, staat/staan: the context decides
        elif verb == w and noun and noun != w:
            lemma = w  # an -en form that is both (werken, plannen): the context decides
        elif verb and adj and lemma == adj and verb_kinds & _FINITE_PAST_KINDS:
            lemma = verb  # bepaalde: past tense, or an adjective after a determiner
        return Reading(
            lemma=lemma, noun=noun, verb=verb, adj=adj, finite=finite,
            stem_noun=stem_noun, bare_stem=verb_kinds == {"stem"} and lemma == verb,
        )

    def _simplemma_reading(self, w: str) -> Reading:
        """Readings of a form the lexicon does not know: simplemma, corrected by rules."""
        s = _IRREGULAR_PRESENT.get(w) or self.simplemma(w)
        noun = verb = adj = stem_noun = None
        finite = False
        if s is not None:
            s = self._check_particle(w, s)
        # An -e form whose simplemma lemma is "form + n" is an adjective, not a verb.
        if w.endswith("e") and not w.endswith(("de", "te")) and s == w + "n":
            base = self._adjective_base(w)
            if base:
                adj = base
                s = base
        if s is None or (s == w and w.endswith("ste")):
            s = self._guess(w) or s
        if s is None or s == w or s == w[:-1]:
            participle = self._participle_verb(w)
            if participle:
                s = participle  # gemengde → mengen, verwoest → verwoesten
        if w in _IRREGULAR_PRESENT and w.encode() in _values():
            stem_noun = w
        elif (
            s is not None
            and s != w
            and not w.startswith(("ge", *_INSEPARABLE))  # bezet, verwoest: participles
            and s in _stem_infinitives(w)
            # a noun in its own right (boer), or as a bare stem far more frequent than the
            # verb (mest/mesten; not lijkt/lijken: that is the third person)
            and (
                w.encode() in _values()
                or (s in _stem_infinitives(w, third=False) and zipf(w) > zipf(s) + 0.5)
            )
        ):
            stem_noun = w
        if s is not None and s.endswith("je") and s != w:
            s = self._diminutive_base(s) or s  # slachtoffertjes → slachtoffertje → slachtoffer
        if s is not None and s != w and w.encode() in _values() and self._gender_pair(w, s):
            s = w  # studente, woordvoerster, werper: a person's word of its own, not its pair

        if s is not None and self.is_verb_lemma(s):
            verb = s
        elif self.is_verb_lemma(w):
            verb = w  # infinitive or plural present (tonen, delen), even if s is a noun
        if verb is not None:
            finite = self._finite_shaped(w, verb)
        lemma = s or w
        if s is not None and s != w and s != verb and self._plural_base(w) == s:
            noun = s
        elif w == verb and w.endswith("en"):
            if s is not None and w == s + "n" and not self.is_verb_lemma(s):
                noun = s  # ronden: the plural of ronde (not of rond)
            else:
                noun = self._plural_base(w)  # tekenen: also the plural of teken
            if noun is not None and noun == _regular_participle(w, w.startswith(_INSEPARABLE)):
                noun = None  # verachten: veracht is its participle, not a noun
            if noun is None and s is not None and s != w and not self.is_verb_lemma(s):
                noun = s  # zitten/zit: simplemma took the noun; keep both readings
        elif w.endswith("en") and s is not None and s != w:
            noun = self._plural_base(w)  # gewassen: also the plural of gewas
        elif s in (None, w) and verb is None and w.endswith(("en", "s", "ën")):
            # A plural simplemma does not know (tractaten, runs, algebra's): the
            # singular must be a known lemma about as frequent as the form.
            base = self._plural_base(w, loose=s is None)
            if base and zipf(base) >= zipf(w) - 0.3:
                noun = lemma = base
        if verb == w and noun is not None and noun != w:
            lemma = w  # an -en form that is both: the verb unless context says noun
        if stem_noun:
            noun = noun or stem_noun
        if adj is None and w.endswith("e") and len(w) > 3 and s in (None, w, w[:-1]):
            adj = self._adjective_base(w)
        return Reading(
            lemma=lemma, noun=noun, verb=verb, adj=adj, finite=finite,
            stem_noun=stem_noun,
        )

    @lru_cache(maxsize=100_000)  # noqa: B019 - Morphology objects live for the process
    def _verb_zipf(self, verb: str) -> float:
        """How frequent a verb is: its infinitive, unless that is also a noun's plural
        (gebieden: areas), then its third person (gebiedt) - so geboden is bieden's."""
        v = verb.lower()
        if any(
            e.pos == "noun" and (e.plural or "").lower() == v
            for e in self.lexicon.lookup(self._plural_base(v) or v)
        ):
            return min(zipf(v), _third_person_zipf(v) + 1.0)
        return zipf(v)

    def _gender_pair(self, w: str, s: str) -> bool:
        """Are *w* and *s* the male and female words for a person (student/studente,
        werper/werpster, leraar/lerares, kandidaat/kandidate)?  simplemma maps one onto
        the other; for a learner each is a word of its own."""
        if w in _female_forms(s):
            male = s
        elif s in _female_forms(w):
            male = w
        else:
            return False
        # blind/blinde, rijk/rijke: an adjective with its -e, not a person
        return not self._is_adjective_lemma(male) and not (
            male.endswith(("ig", "lijk", "isch", "baar", "loos", "zaam", "ief", "eel", "aal"))
        )

    def _likeliest(self, w: str, hits, hint: str | None = None) -> str:
        """Of several lexicon readings, the likeliest lemma: the most frequent one (with a
        little weight for simplemma's choice, *hint*), except that a form which is itself
        a lemma but also a finite verb form gives way to the verb unless clearly more
        frequent (leek → lijken, was → zijn, heet → heten; but bekend stays bekend)."""
        has_finite_form = any(
            e.pos == "verb" and e.lemma.lower() != w and kind in _FINITE_KINDS
            for e, kind in hits
        )

        def score(hit):
            entry, kind = hit
            z = self._verb_zipf(entry.lemma) if entry.pos == "verb" else zipf(entry.lemma.lower())
            if has_finite_form and kind == "lemma" and entry.lemma.lower() == w:
                z -= 1.0
            if hint is not None and entry.lemma == hint:
                z += 0.3
            return z

        return max(hits, key=score)[0].lemma

    def _participle_verb(self, w: str) -> str | None:
        """The verb of a participle that simplemma leaves as is: gemengd(e) → mengen,
        bezet → bezetten, verwoest → verwoesten, overtuigend(e) → overtuigen."""
        core = w[:-1] if w.endswith("e") and not w.endswith("ee") else w
        if core.endswith("end") and len(core) > 6:
            stem = core[:-3]
            for inf in (stem + "en", stem + "n"):
                if self.is_verb_lemma(inf):
                    return inf
            return None
        if not core.endswith(("d", "t")) or len(core) < 6:
            return None
        if core.startswith("ge"):
            bare, prefixed = core[2:], False
            if bare[:1] in "ëï":
                bare = {"ë": "e", "ï": "i"}[bare[0]] + bare[1:]
        elif core.startswith(_INSEPARABLE):
            bare, prefixed = core, True
        else:
            return None
        for stem in (bare[:-1], bare):
            for inf in _stem_infinitives(stem):
                if self.is_verb_lemma(inf) and _regular_participle(inf, prefixed) == core:
                    return inf
        return None

    def _check_particle(self, w: str, s: str) -> str:
        """simplemma sometimes maps a plain verb form to a particle verb (gezworen → afzweren)."""
        for p in _particle_prefixes(s):
            if not w.startswith(p):
                rest = s[len(p):]
                if self.is_lemma(rest):
                    return rest
        return s

    def _finite_shaped(self, w: str, lemma: str) -> bool:
        if w == lemma:
            return True  # plural present (or infinitive)
        particle = next(iter(_particle_prefixes(lemma)), "")
        if particle and w.startswith(particle):
            return w.endswith(("de", "te", "den", "ten")) or w == lemma
        if w.startswith("ge") and not lemma.startswith("ge") and w.endswith(("d", "t", "en")):
            return False  # participle
        return not w.endswith(("end", "ende"))

    def _guess(self, w: str) -> str | None:
        """Lemma for a form simplemma does not know."""
        if w.endswith("ische") and len(w) > 7:
            return w[:-1]  # hippische → hippisch: -isch adjectives are made freely
        if w.startswith("aller") and len(w) > 8:
            # allerbeste → beste → goed; allerarmsten (de allerarmsten) → armste → arm
            for rest in (w[5:], w[5:-1] if w.endswith("sten") else ""):
                r = self.reading(rest) if rest else None
                if r is not None and (r.adj or r.lemma != rest):
                    return r.adj or r.lemma
        if w.endswith("ste") and len(w) > 6:
            for c in _stem_variants(w[:-3]):
                if self.is_lemma(c) and not self.is_verb_lemma(c) and zipf(c) >= 2.5:
                    return c  # voornaamste → voornaam
        if w.endswith(("je", "jes")):
            base = self._diminutive_base(w)
            if base:
                return base
        if w.endswith("e"):
            # participle or adjective with -e: gespecialiseerde → gespecialiseerd → specialiseren
            s = self.simplemma(w[:-1])
            if s is not None:
                return self._check_particle(w, s)
            base = self._adjective_base(w)
            if base:
                return base
        if w.endswith(("end", "ende")):
            stem = w[: -3] if w.endswith("end") else w[:-4]
            for cand in (stem + "en", stem + "n"):
                if self.is_verb_lemma(cand):
                    return cand
        if w.endswith(("en", "s", "'s", "ën")):
            base = self._plural_base(w)
            if base:
                return base
        joined = self._particle_form(w)
        if joined:
            return joined
        return self._compound_head_lemma(w)

    def _compound_head_lemma(self, w: str) -> str | None:
        """An unknown compound inflects its head: spokenjagers → spokenjager, buxustakken →
        buxustak, bauxietrijke → bauxietrijk.  The head must be an inflected form we know
        (its lemma differs from it) and the left part a known word (with -s-/-e-/-en-)."""
        if len(w) < 8 or not w.isalpha() or zipf(w) >= 3.0:
            return None  # (a frequent word simplemma lacks is rather a function word: hoogstens)
        for i in range(3, len(w) - 3):
            head = w[i:]
            hits = self.lexicon.forms().get(head)
            if hits:
                if any(kind == "lemma" for _e, kind in hits):
                    return None  # verjaardagstaart: the head is a lemma itself, not inflected
                lemma = self._likeliest(head, hits, self.simplemma(head))
            else:
                lemma = self.simplemma(head)
            if (
                not lemma
                or not lemma.islower()
                or len(lemma) < 3
                or not _inflects(head, lemma)  # an ending comes off (not vermaak → -maken)
                or head.endswith(("end", "ende"))  # maagprikkelend: an adjective of its own
            ):
                continue
            if any(True for _ in self._modifiers(w[:i], loose=True)):
                return w[:i] + lemma
        return None

    def _plural_base(self, w: str, loose: bool = False) -> str | None:
        """Singular of a plural form, validated as a known lemma (or, *loose*, as a form
        wordfreq knows, for words simplemma lacks: tractaten → tractaat)."""
        if w.endswith(("'s", "’s")):
            cands = [w[:-2]]
        elif w.endswith("ën"):
            cands = [w[:-2] + "e", w[:-2]]
        elif w.endswith("eren") and len(w) > 5:
            cands = [*_stem_variants(w[:-2]), w[:-4]]  # boeren → boer; kinderen → kind
        elif w.endswith("heden"):
            cands = [w[:-5] + "heid"]
        elif w.endswith("en") and len(w) > 4:
            cands = _stem_variants(w[:-2])
        elif w.endswith("s") and len(w) > 3:
            cands = [w[:-1]]
        else:
            return None
        for c in cands:
            if len(c) < 3 and c != "ei":
                continue
            if self.is_lemma(c) and self.simplemma(c) in (c, None, w):
                return c  # (boer: simplemma reads it as the stem of boeren - still a lemma)
            if loose and len(c) >= 4 and self.simplemma(c) is None and zipf(c) >= 1.5:
                return c
        return None

    def _adjective_base(self, w: str) -> str | None:
        if not w.endswith("e") or len(w) < 4:
            return None
        for c in _stem_variants(w[:-1]):
            if self.is_lemma(c) and not self.is_verb_lemma(c):
                return c
        return None

    def _diminutive_base(self, w: str) -> str | None:
        core = w[:-1] if w.endswith("s") else w
        if core in _LEXICAL_DIMINUTIVES:
            return None
        for suffix in ("etje", "tje", "pje", "je"):
            if core.endswith(suffix) and len(core) > len(suffix) + 1:
                base = core[: -len(suffix)]
                for c in _stem_variants(base) if suffix == "etje" else (base, _open_syllable(base)):
                    if len(c) >= 2 and self.is_lemma(c) and zipf(c) >= 2.5:
                        return c
        return None

    def _particle_form(self, w: str) -> str | None:
        """Joined particle-verb forms simplemma misses: opgeëiste → opeisen."""
        for p in _particle_prefixes(w):
            rest = w[len(p):]
            if len(rest) < 3:
                continue
            s = self.simplemma(rest) or (self.simplemma(rest[:-1]) if rest.endswith("e") else None)
            if s and self.is_verb_lemma(s) and self.is_lemma(p + s):
                return p + s
        return None

    # ---------------------------------------------------------------- compounds
    def _compound_parts(self, lemma: str) -> tuple[str, ...] | None:
        """Split a compound lemma into known lemmas, dropping linking -s-, -e-, -en-.

        vredesakkoord → (vrede, akkoord); boekenkast → (boek, kast);
        grensovergang → (grens, overgang).  Returns None for non-compounds.
        """
        w = lemma.lower()
        if "-" in w:
            return self._hyphen_parts(lemma)
        if len(w) < 7 or not w.isalpha() or self.is_verb_lemma(w):
            return None  # verbs are not split (brengen, toenemen)
        best: tuple[float, tuple[str, ...]] | None = None
        for i in range(len(w) - 3, 2, -1):
            head = w[i:]
            if not self._good_part(head):
                continue
            for mod, _link in self._modifiers(w[:i]):
                score = min(zipf(mod), zipf(head)) + 0.3 * len(head) / len(w)
                if best is None or score > best[0]:
                    best = (score, (mod, head))
        if best is None:
            return None
        mod, head = best[1]
        if zipf(w) >= min(zipf(mod), zipf(head)):
            return None  # more frequent than its parts: lexicalised (kantoor, belangrijk)
        inner = self.compound_parts(mod) if zipf(mod) < 3.0 else None
        return (*inner, head) if inner else (mod, head)

    def _hyphen_parts(self, lemma: str) -> tuple[str, ...] | None:
        parts = [p for p in lemma.split("-") if p]
        if len(parts) < 2 or any(len(p) < 2 for p in parts):
            return None  # e-mail, x-as: not a compound of words
        return tuple(parts)

    def _good_part(self, part: str) -> bool:
        return (
            len(part) >= 3
            and part not in _NOT_COMPOUND_PARTS
            and self.is_lemma(part)
            and self.simplemma(part) in (part, None)
            and zipf(part) >= 3.0
        )

    def _modifiers(self, left: str, loose: bool = False):
        """(modifier lemma, linking element) readings of the left side of a compound
        (*loose*: any known lemma of four letters or more will do as the modifier)."""
        good = self._loose_part if loose else self._good_part
        if good(left):
            yield left, ""
        for link in ("s", "en", "e"):
            if left.endswith(link) and good(left[: -len(link)]):
                yield left[: -len(link)], link
        if left.endswith("en") and good(left[:-2] + "e"):
            yield left[:-2] + "e", "n"  # ziektenkosten → ziekte

    def _loose_part(self, part: str) -> bool:
        return len(part) >= 4 and part not in _NOT_COMPOUND_PARTS and (
            self.is_lemma(part) or zipf(part) >= 2.5
        )

    # ---------------------------------------------------------------- text analysis
    def analyse_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        """Fill kind, lemma, parts and pair on every token, in place."""
        sentences = [s for p in paragraphs for s in p.sentences]
        names = self._document_names(sentences)
        for sentence in sentences:
            self.analyse_sentence(sentence, names)

    def _document_names(self, sentences: list[Sentence]) -> set[str]:
        """Capitalised words seen in non-initial position: names wherever they occur."""
        names: set[str] = set()
        for sentence in sentences:
            if _sentence_case(sentence):
                continue
            names.update(
                t.text for t in sentence.tokens if t.text[0].isupper() and not t.initial and t.kind == WORD
            )
        return names

    def _type(self, text: str) -> tuple:
        """What the analysis of a written form needs before context, computed once per form:
        (normalised form, reading or None for an abbreviation, flags, compound parts of the
        reading's lemma or the abbreviation's lemma)."""
        norm = _normalise(text)
        flags = 0
        upper = text[0].isupper()
        if upper:
            flags |= _UPPER
        if upper or "-" in text:
            flags |= _MAYBE_NAME
        if norm[-1] == "." or norm.startswith("'"):
            full = expand_abbreviation(norm)
            if full is not None:
                # bijv. → bijvoorbeeld; a multi-word expansion keeps the abbreviation
                return norm, None, flags, full[0] if " " not in full[0] else norm
        r = self.reading(norm)
        if norm == "eerst":
            flags |= _CONTEXT  # "voor het eerst": see _contextual_lemma
        if norm[-1] == "s":
            flags |= _S_END  # iets anders: see _partitive
        if norm in PARTICLES:
            flags |= _PARTICLE
        if text[-1] in "-‐":
            flags |= _ELIDED
        return norm, r, flags, self.compound_parts(r.lemma)

    def analyse_sentence(self, sentence: Sentence, names: set[str] | frozenset = frozenset()) -> None:
        tokens = sentence.tokens
        case = _sentence_case(sentence)
        shouting, title_case = case == "shout", case == "title"
        readings: list[Reading | None] = []
        append = readings.append
        particles: list[int] = []
        elided = False
        types = self._types
        for i, tok in enumerate(tokens):
            kind = tok.kind
            if kind != WORD:
                append(None)
                if kind == NUMBER:
                    tok.lemma = _ORDINAL_NUMBER_RE.sub("", tok.text)  # 19e, 49ste → 19, 49
                else:
                    tok.lemma = tok.text if kind != PUNCT else None
                continue
            text = tok.text
            info = types.get(text)
            if info is None:
                info = types[text] = self._type(text)
            norm, r, flags, parts = info
            if flags & _MAYBE_NAME and self._is_name(tok, tokens, i, names, shouting, title_case):
                tok.kind = NAME
                lemma = self._name_lemmas.get(text)
                if lemma is None:
                    lemma = self._name_lemmas[text] = self._name_lemma(text)
                tok.lemma = lemma
                append(None)
                continue
            if r is None:  # an abbreviation
                tok.lemma = parts
                append(None)
                continue
            append(r)
            if r.plain and not flags & _CONTEXT:
                tok.lemma = r.lemma
                if flags & _S_END and i and tokens[i - 1].text.lower() in _PARTITIVE:
                    tok.lemma = self._partitive(norm, r)
                    parts = self.compound_parts(tok.lemma)
            else:
                tok.lemma = self._contextual_lemma(tok, norm, r, tokens, readings, i)
                if tok.lemma != r.lemma:
                    parts = self.compound_parts(tok.lemma)
            if flags & _PARTICLE:
                particles.append(i)
            if flags & _ELIDED:
                elided = True
            elif flags & _UPPER:
                lemma = tok.lemma
                if "-" in text:
                    # VN-rapporten → VN-rapport: keep the written name part, lemmatise the head
                    prefix, head = text.rsplit("-", 1)
                    tok.lemma = f"{prefix}-{self.reading(_normalise(head)).lemma}"
                if self._is_national_adjective(norm) and not (
                    (tok.initial or title_case) and self._lower_adjective(r.lemma)
                ):
                    # Amerikaanse → Amerikaans (not "Economische" at the start of a sentence:
                    # economisch is a lower-case word)
                    base = r.lemma if r.lemma != norm or not norm.endswith("e") else norm[:-1]
                    tok.lemma = _capitalise_like(text, base)
                if tok.lemma != lemma:
                    parts = self.compound_parts(tok.lemma)
            tok.parts = parts
        # (an elided part borrows its head; the halves of a particle verb have no parts)
        if elided:
            self._elided_parts(tokens)
        if particles:
            self._particle_verbs(tokens, readings, particles)

    def _is_name(
        self, tok: Token, tokens: list[Token], i: int, names, shouting: bool, title_case: bool
    ) -> bool:
        text = tok.text
        info = self._name_info.get(text)
        if info is None:
            info = self._name_info[text] = self._name_type(text)
        hyphen_name, upper, all_caps, not_name, inflected, verdict = info
        if hyphen_name and not shouting:
            return True  # al-Muhajir, Oost-Afghanistan, ISIS-K
        if not upper or shouting:
            return False
        if all_caps is not None:
            return all_caps
        if not_name:
            return False
        if not tok.initial:
            if inflected:
                return False  # Grote Markt, Rode Kruis: the adjective is still groot, rood
            if not title_case:
                return True
        if text in names:
            return True
        if verdict is not None:
            return verdict
        # A capitalised word followed by a name: "Amira Jadoon", "Jennifer Cafarella".
        return _followed_by_name(tokens, i)

    def _name_type(self, text: str) -> tuple:
        """The context-free part of :meth:`_is_name`, computed once per written form:
        (hyphenated name, capitalised, all-caps verdict, surely no name, an inflected
        adjective, verdict at the start of a sentence or None: a name if one follows)."""
        hyphen_name = False
        if "-" in text:
            head = text.rsplit("-", 1)[-1]
            hyphen_name = head[:1].isupper() and not self._is_national_adjective(head.lower())
        upper = text[:1].isupper()
        letters = [c for c in text if c.isalpha()]
        all_caps = None
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            all_caps = "-" not in text or text.split("-")[-1].isupper()  # ISIS-K; not VN-rapport
        low = _normalise(text)
        not_name = (
            "-" in text and text.rsplit("-", 1)[-1][:1].islower()  # VN-rapport: a compound word
        ) or self._is_national_adjective(low)  # Amerikaanse, Belgische ("Islamitische Staat")
        inflected = any(kind == "inflected" for _e, kind in self.lexicon.forms().get(low, ()))
        s = self.simplemma(low)
        verdict: bool | None
        if low in _lexicon.known_names() and not self.lexicon.lookup(low):
            verdict = True  # Pieter, Anna, Rutte: reviewed names, also at a sentence start
        elif s is None and not self.lexicon.lookup(low) and self._guess(low) is None and (
            zipf(low) < 3.0
        ):
            # unknown capitalised word at sentence start: Khorasan, Amira - unless it is
            # built like a common noun (Salicylzuur, Multiculturaliteit, Vrouwenwijding)
            verdict = not (low.endswith(_NOUN_SUFFIXES) or self.compound_parts(low))
        elif s is not None and s[:1].isupper():
            verdict = True  # simplemma's own proper nouns (jan → Jan)
        elif zipf(low) >= 4.0:
            verdict = False  # a frequent word, even before a name
        else:
            verdict = None
        return hyphen_name, upper, all_caps, not_name, inflected, verdict

    def _name_lemma(self, text: str) -> str:
        """A name is its own lemma, except a common noun capitalised as part of a name
        (de Tweede Kamer, het Verenigd Koninkrijk): its lemma is the noun (kamer)."""
        if text.isupper():
            return text
        low = _normalise(text)
        for entry, _kind in self.lexicon.forms().get(low, ()):
            if entry.pos == "noun" and entry.lemma.islower():
                return entry.lemma
        if self.simplemma(low) == low and zipf(low) >= 2.0 and low not in _lexicon.known_names():
            return low  # Algebra, Telecommunicatie in a heading or a name (not Mark, Roos)
        return text

    def _is_national_adjective(self, low: str) -> bool:
        """Adjectives of countries and places: Belgisch(e), Franse, Amersfoortse.  The bare
        -s form only when the lexicon knows it as an adjective (Frans, not Vries)."""
        if len(low) < 4:
            return False
        if low.endswith(("ische", "isch", "se")):
            return True
        return low.endswith("s") and self._is_adjective_lemma(low)

    def _lower_adjective(self, lemma: str) -> bool:
        """Does the lexicon know *lemma* as a lower-case adjective (economisch, jaarlijks)?"""
        return any(e.pos == "adjective" and e.lemma == lemma for e in self.lexicon.lookup(lemma))

    def _contextual_lemma(self, tok, form: str, r: Reading, tokens, readings, i) -> str:
        """Choose between a form's readings with a look at its neighbours."""
        prev = _prev_word(tokens, i)
        p = prev.text.lower() if prev is not None else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        n = nxt.text.lower() if nxt is not None and nxt.kind == WORD else ""
        clause_end = nxt is None or nxt.kind == PUNCT
        # An adjective before the word; an uninflected one (not -e, not gouden/open) may be
        # predicative or an adverb: "toen ik oud was", "je moet hard werken."
        adj_before = prev is not None and _is_adj_inflected(readings[prev.index], p, prev.lemma)
        bare_adj = adj_before and not p.endswith("e")
        if bare_adj and (
            (r.finite and r.verb in _COPULAS)  # "ontevreden was", "open kan"
            or (clause_end and form == r.verb and not p.endswith("en"))  # not "gouden bergen,"
        ):
            adj_before = False
        plural_cue = prev is not None and (
            p in _PLURAL_CUES
            or (prev.kind == NUMBER and not _YEAR.fullmatch(p))  # not "In 1885 staat hij"
            or adj_before
            or self._plural_noun_coordinated(tokens, readings, prev)  # eiken en beuken
        )
        if r.adj and p in _INTENSIFIERS and r.adj != r.lemma and r.lemma != r.noun:
            return r.adj  # "erg beleefd", "heel bleek": after an intensifier, an adjective
        if form == "eerst" and p == "het":
            return "één"  # "voor het eerst": the ordinal, lemmatised like eerste
        if form == "meer":
            # the lake only after a determiner or an inflected adjective ("het meer", "een
            # groot meer"); else the comparative of veel ("geen zout meer", "meer moderne")
            if n and self._is_adjective_form(n):
                return "veel"  # "een meer administratieve rol", "de meer moderne landen"
            if p in _NOUN_CUES or p in ("het", "dit", "dat") or (adj_before and not bare_adj):
                return "meer"
            return "veel"
        if r.adj and r.adj != r.verb and form.endswith("e") and (
            self._noun_follows(tokens, i, loose=True)
        ):
            return r.adj  # "de heilige plaatsen", "de gewonde arm": before a noun, an adjective
        if (
            r.verb and not r.finite and p in _PREPOSITIONS and form in _infinitive_stems(r.verb)
            # "waar ik van houd": a preposition an R-pronoun strands, before a clause-final verb
            and not (
                (nxt is None or nxt.kind == PUNCT or n in _CLAUSE_STARTERS)
                and self._r_pronoun_before(tokens, i)
            )
        ):
            return r.noun or form  # "op zoek naar", "te voet": a bare stem after a preposition
        if p == "te" and r.verb:
            if form == r.verb:
                return r.verb  # "te werken": after te only an infinitive is a verb
            return r.adj or r.noun or r.lemma  # "te laat", "te voet"
        if (
            r.verb and form != r.verb and n in _INVERTED_SUBJECTS and (r.finite or r.stem_noun)
            and not (
                p in _NOUN_CUES or p in _POSSESSIVE_RELATIVES
                # "wat slimmer streken hij": a plural after an adjective (not "op zijn minst
                # wil ik", "waar koop je": waar ≠ true)
                or (plural_cue and p not in _CLAUSE_STARTERS and not (bare_adj and form == r.noun))
            )
        ):
            return r.verb  # "Dat besef ik wel", "Daar krijg je spijt van": subject after verb
        if r.verb and r.noun and p in _AGREEMENT and not (
            form != r.verb and not r.finite and (nxt is None or nxt.kind == PUNCT)
        ):
            # (not "Aan wie heb je het gegeven?": a clause-final participle after "het")
            verdict = self._agreement(p, form, r)
            if verdict is not None:
                return verdict
        if r.verb and r.noun and r.finite and form != r.verb and tok.text.islower() and not (
            plural_cue or p in _NOUN_CUES or form in _PREPOSITIONS
        ) and (
            (prev is not None and prev.kind == NAME)
            or (nxt is not None and nxt.kind == WORD and nxt.text[:1].isupper() and not nxt.initial)
        ):
            # "Ensor zet", "Interpay schat", "elke ochtend zet Kees": a name next to a
            # singular finite form is its subject, and no noun follows a name
            return r.verb
        if r.noun and r.verb and r.noun != r.verb:
            strong_cue = plural_cue and p not in _WEAK_CUES
            if strong_cue or p in _NOUN_CUES or p in _PREPOSITIONS:
                return r.noun
            if p in _SUBJECTS or n in _SUBJECTS:
                return r.verb
            if r.stem_noun:
                # A bare stem: "boer", "kalf" are nouns (a first person is rare in texts);
                # a stem in -t/-d is also the third person ("hij zit"): the more frequent
                # infinitive says which reading is usual (zitten/zit vs rijzen/rijst).
                if r.stem_noun in _IRREGULAR_3SG or (tok.initial and _imperative_follows(nxt)):
                    return r.verb  # "Kijk eens", "Stel dat ...", "Bel me op!": an imperative
                if (
                    r.stem_noun.endswith(("t", "d"))
                    and zipf(r.verb) > zipf(r.stem_noun) - 0.5
                    and not self._is_plural_of(r.verb, r.noun)
                ):
                    return r.verb
                return r.noun
            if nxt is None or nxt.kind == PUNCT or n in _OBJECT_STARTERS:
                return r.verb  # clause-final infinitive, or a plural verb before its object
            if r.lemma == r.verb and r.noun and _third_person_zipf(r.verb) + 1.0 < zipf(r.noun):
                return r.noun  # mannen, landen: the noun is far more frequent
            return r.lemma
        if r.noun and plural_cue and r.noun != r.lemma:
            return r.noun
        if r.adj and r.lemma == r.verb and (
            p in _NOUN_CUES or plural_cue or p in _PREPOSITIONS or self._noun_follows(tokens, i)
        ):
            return r.adj  # "in bepaalde gevallen", "de ontwikkelde landen"
        return r.lemma

    def _partitive(self, form: str, r: Reading) -> str:
        """iets anders, niets nieuws, wat moois: an adjective with the partitive -s."""
        base = form[:-1]
        if self._is_adjective_lemma(base):
            return base
        return r.lemma

    def _is_adjective_form(self, w: str) -> bool:
        return self.reading(w).adj is not None

    def _agreement(self, p: str, form: str, r: Reading) -> str | None:
        """het/dit/dat/die/deze before a form that is a noun or a verb: a determiner must agree
        with its noun, so a mismatch shows the verb ("dat kost", "het staat") and the verbal
        noun ("het ploegen": het never takes a plural); a match shows the noun ("het verzet")."""
        neuter = p in ("het", "dit", "dat")
        if form == r.verb and r.noun != form:
            # the infinitive or a plural: het/dit/dat + plural is impossible
            return r.verb if neuter else None
        if r.noun != form:
            return None
        article = self._article(r.noun)
        if article is None or article == "de/het":
            return None
        if neuter and article == "het":
            return r.noun
        # a finite verb only: "die deel uitmaakt" is a relative pronoun and a noun
        if r.finite and (neuter or article == "het"):
            return r.verb
        return None  # die/deze + de-word: both possible

    def _article(self, noun: str) -> str | None:
        for e in self.lexicon.lookup(noun):
            if e.pos == "noun" and e.article:
                return e.article
        return None

    def _plural_noun_coordinated(self, tokens: list[Token], readings, prev: Token) -> bool:
        """Is *prev* "en"/"of" after a plural noun (eiken en beuken, grenen en sparren)?"""
        if prev.text not in ("en", "of") or prev.index < 1:
            return False
        before = tokens[prev.index - 1]
        r = readings[prev.index - 1]
        return (
            r is not None and r.noun is not None and before.lemma == r.noun
            and _normalise(before.text) != r.noun
        )

    def _is_plural_of(self, form: str, noun: str) -> bool:
        """landen is the plural of land: its frequency says nothing about the verb."""
        return any(e.pos == "noun" and (e.plural or "").lower() == form for e in self.lexicon.lookup(noun))

    def _noun_follows(self, tokens: list[Token], i: int, loose: bool = False) -> bool:
        """Is the next word a noun (*loose*: may it be one, also a capitalised one)?"""
        if i + 1 >= len(tokens) or tokens[i + 1].kind != WORD:
            return False
        nxt = tokens[i + 1]
        r = self.reading(_normalise(nxt.text))
        if loose:
            return r.noun is not None and not nxt.text[:1].isupper()
        return r.noun is not None and r.lemma == r.noun and not nxt.text[:1].isupper()

    def _elided_parts(self, tokens: list[Token]) -> None:
        """leiderschaps-, mankracht- en financiële verliezen: the part gets its lemma and the
        head of the coordination as second part."""
        for i, tok in enumerate(tokens):
            if tok.kind != WORD or not tok.text.endswith(("-", "‐")) or len(tok.text) < 3:
                continue
            left = tok.text[:-1].lower()
            mods = [m for m, _ in self._modifiers(left)] or [left]
            head = None
            for later in tokens[i + 1 : i + 8]:
                if later.kind == WORD and not later.text.endswith(("-", "‐")) and (
                    later.text.lower() not in ("en", "of", "tot")
                ) and not later.text.endswith("e"):
                    head = later.lemma
                    break
            tok.lemma = mods[0]
            tok.parts = (mods[0], head) if head else None
        return None

    def _particle_verbs(
        self, tokens: list[Token], readings: list[Reading | None], candidates: list[int]
    ) -> None:
        n = len(tokens)
        for j in candidates:
            tok = tokens[j]
            if tok.kind != WORD or tok.pair is not None:
                continue
            p = tok.text.lower()
            prev = tokens[j - 1].text.lower() if j > 0 else ""
            if p in _NOUN_PARTICLES and (prev in _NOUN_CUES or prev in _PREPOSITIONS):
                continue  # "een weg", "op weg", "de plaats": the noun, not a particle
            nxt = tokens[j + 1] if j + 1 < n else None
            # te-infinitive: "uit te voeren", "aan te tonen", "af te kunnen snijden"
            if nxt is not None and nxt.text.lower() == "te" and j + 2 < n:
                k = j + 2
                while (
                    k + 1 < n
                    and tokens[k].text.lower() in _TE_MODALS
                    and readings[k + 1] is not None
                    and readings[k + 1].verb == tokens[k + 1].text.lower()  # an infinitive
                ):
                    k += 1  # (not "aan te kunnen": then kunnen is the verb, aankunnen)
                r = readings[k]
                if r is not None and r.verb and self._joins(p, r.verb):
                    self._pair(tokens, j, k, p + r.verb)
                continue
            stranded = self._r_pronoun_before(tokens, j) and p in _STRANDABLE
            # Written apart before a verb cluster (common in subordinate clauses):
            # "voorbij komen", "bekend had gemaakt", "op zou kunnen merken".
            if not stranded:
                cluster = self._following_verb(tokens, readings, j, p)
                if cluster is not None:
                    self._pair(tokens, j, cluster, p + readings[cluster].verb)
                    continue
            if not self._clause_final(tokens, readings, j):
                continue
            # Separated: look back for the finite verb of the clause.
            i = j
            while i > 0:
                i -= 1
                t = tokens[i]
                if t.kind == PUNCT:
                    if t.text == ")":
                        # "richtten met X de Stichting (STA) op": skip what is in brackets
                        opening = _matching_open(tokens, i)
                        if opening is not None:
                            i = opening
                            continue
                    if t.text in (";", ":", "(", ")"):
                        break
                r = readings[i]
                if r is None or t.pair is not None or not r.verb:
                    continue
                low = t.text.lower()
                if not r.finite and not (
                    low in _infinitive_stems(r.verb) and (
                        # "Bel me op!", "Neem het mee": an imperative; "neem jij het over": a
                        # stem before its subject
                        (t.initial and _imperative_follows(tokens[i + 1]))
                        or tokens[i + 1].text.lower() in _INVERTED_SUBJECTS
                    )
                ):
                    continue
                if low in _NOT_VERBS or r.verb in _MODALS:
                    continue
                if low in ("zijn", "haar") and self._determines(tokens, readings, i):
                    continue  # "richtte er zijn eerste atelier in": zijn is his, no verb
                if stranded and not self._in_lexicon(p + r.verb):
                    break  # "waar heb je het over", "er zit een meter tussen": er + prep
                if self._joins(p, r.verb):
                    self._pair(tokens, i, j, p + r.verb)
                    break

    def _determines(self, tokens: list[Token], readings, i: int) -> bool:
        """Is tokens[i] (zijn, haar) a possessive before a noun or adjective?"""
        if i + 1 >= len(tokens) or tokens[i + 1].kind != WORD:
            return False
        r = readings[i + 1]
        return r is not None and (r.noun is not None or r.adj is not None) and not r.finite

    def _is_adjective_lemma(self, lemma: str) -> bool:
        return any(e.pos == "adjective" for e in self.lexicon.lookup(lemma))

    def _is_noun_lemma(self, lemma: str) -> bool:
        return any(e.pos == "noun" for e in self.lexicon.lookup(lemma))

    def _in_lexicon(self, verb: str) -> bool:
        return any(e.pos == "verb" for e in self.lexicon.lookup(verb))

    @staticmethod
    def _r_pronoun_before(tokens: list[Token], j: int) -> bool:
        """An unattached er/daar/hier/waar earlier in the clause (it may own the
        preposition: "ik denk er niet aan", "waar heb je het over")."""
        for k in range(j - 1, -1, -1):
            t = tokens[k]
            if t.kind == PUNCT and t.text in (",", ";", ":"):
                return False
            if t.text.lower() in _R_PRONOUNS:
                return True
        return False

    def _following_verb(self, tokens, readings, j: int, p: str) -> int | None:
        """Index of the verb right after particle j (over auxiliaries and "te") that the
        particle joins, or None.  The cluster must close its clause."""
        found = None
        verbs = 0
        for k in range(j + 1, min(j + 5, len(tokens))):
            t, r = tokens[k], readings[k]
            if r is None or t.pair is not None:
                break
            low = t.text.lower()
            if low == "te" or low in _AUXILIARIES:
                verbs += 1
                continue
            if not r.verb or low in _NOT_VERBS or (r.noun and r.lemma != r.verb):
                break
            if r.stem_noun or low in _infinitive_stems(r.verb) or low.endswith(("end", "ende")):
                break  # a bare stem or a present participle: "op zoek naar", "in stijgende lijn"
            if p in _ADJECTIVE_PARTICLES and not self._in_lexicon(p + r.verb):
                break  # "omhoog gegaan", "open ligt": joined only for verbs we list
            if self._joins(p, r.verb):
                after = tokens[k + 1] if k + 1 < len(tokens) else None
                if (
                    after is None
                    or after.kind == PUNCT
                    or after.text.lower() in _CLAUSE_STARTERS
                    or (verbs and after.text.lower() in _PREPOSITIONS)
                ):
                    found = k
            break
        return found

    def _joins(self, particle: str, verb: str) -> bool:
        joined = particle + verb
        for e in self.lexicon.lookup(joined):
            if e.pos == "verb":
                return True
        return self.is_lemma(joined) and zipf(joined) >= 1.0

    @staticmethod
    def _pair(tokens: list[Token], i: int, j: int, lemma: str) -> None:
        tokens[i].pair, tokens[j].pair = j, i
        tokens[i].lemma = tokens[j].lemma = lemma
        tokens[i].parts = tokens[j].parts = None

    def _clause_final(self, tokens: list[Token], readings, j: int) -> bool:
        """Is the particle at the end of its clause (allowing an extraposed PP after it)?"""
        if j + 1 >= len(tokens):
            return True
        nxt = tokens[j + 1]
        p = tokens[j].text.lower()
        if nxt.kind == PUNCT:
            return nxt.text in _CLAUSE_END_PUNCT
        low = nxt.text.lower()
        if low in ("dat", "die", "deze") and j + 2 < len(tokens):
            after = tokens[j + 2]
            r = readings[j + 2] if after.kind == WORD else None
            if r is not None and after.text.lower() not in _FUNCTION_WORDS_AFTER_DAT and (
                r.noun or self._is_noun_lemma(r.lemma)
            ):
                return False  # "op dat moment": a determiner, not a conjunction
        if low in _CLAUSE_STARTERS:
            return True
        if p == "om":
            return False  # om ... te
        if p == "samen" and low == "met" and j > 0 and tokens[j - 1].text == ",":
            return False  # ", samen met X," = together with
        if low in _PREPOSITIONS:
            # "dook op in 2015": a PP after the particle - unless the particle is itself a
            # preposition opening a te-infinitive ("door in het programma te schrijven")
            if p in ("door", "zonder", "na"):
                for later in tokens[j + 2 :]:
                    if later.kind == PUNCT:
                        break
                    if later.text.lower() == "te":
                        return False
            return True
        return False

    def lemmatize(self, word: str) -> str:
        """Context-free lemma of a single word (lower-cased unless it is all caps)."""
        return self.reading(_normalise(word)).lemma


@lru_cache(maxsize=1)
def _values() -> frozenset[bytes]:
    """Every lemma simplemma itself uses (not joined, not lexicon)."""
    return frozenset(simplemma_table().values())


def _female_forms(male: str) -> set[str]:
    """Female words formed from a male one: student → studente, held → heldin, danser →
    danseres, werper → werpster, leraar → lerares, kandidaat → kandidate, acteur → actrice."""
    out = {male + "e", male + "es", male + "esse", male + "in", male + "ster"}
    if male.endswith("er"):
        # werper → werpster, spreker → spreekster, woordvoerder → woordvoerster
        out |= {male[:-2] + "ster", _open_syllable(male[:-2]) + "ster"}
        if male.endswith("der"):
            out.add(male[:-3] + "ster")
    if male.endswith("aar"):
        out.add(male[:-3] + "ares")  # leraar → lerares, kunstenaar → kunstenares
    if male.endswith("eur"):
        out |= {male[:-3] + "rice", male[:-3] + "euse"}  # acteur → actrice, masseur → masseuse
    if male.endswith("us"):
        out.add(male[:-2] + "a")  # politicus → politica
    if len(male) > 4 and male[-2] == male[-3] and male[-2] in "aeou":
        out.add(male[:-2] + male[-1] + "e")  # kandidaat → kandidate, huisgenoot → huisgenote
    return out


def _inflects(form: str, lemma: str) -> bool:
    """Is *form* the lemma with a plural, verb or adjective ending (takken ← tak,
    bijters ← bijter, merkt ← merken, rijke ← rijk)?"""
    if lemma.endswith("en"):
        return any(form in (stem + "t", stem + "te", stem + "de") for stem in _infinitive_stems(lemma))
    if form in (lemma + "s", lemma + "'s", lemma + "e", lemma + "en"):
        return True
    return any(form in (v + "en", v + "e") for v in _plural_stems(lemma))


def _plural_stems(lemma: str) -> list[str]:
    """What a lemma looks like before -en/-e: tak → takk, boom → bom, brief → briev."""
    out = [lemma]
    if _SHORT_VOWEL_END.search(lemma):
        out.append(lemma + lemma[-1])
    if len(lemma) >= 3 and lemma[-2] == lemma[-3] and lemma[-2] in "aeou":
        out.append(lemma[:-2] + lemma[-1])
    out += [v[:-1] + {"f": "v", "s": "z"}[v[-1]] for v in list(out) if v[-1] in "fs"]
    return out


def _infinitive_stems(inf: str) -> list[str]:
    """Stems of an -en infinitive: werken → werk, bellen → bel, lopen → loop, geven → geef."""
    base = inf[:-2]
    out = []
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        out.append(base[:-1])
    out.append(_open_syllable(_devoice(base)))
    out.append(_devoice(base))
    return list(dict.fromkeys(out))


_ORDINAL_NUMBER_RE = re.compile(r"(?<=\d)(?:e|de|ste)$")
#: Acute accents in Dutch mark emphasis (wél, dé); één and café are words of their own.
_DEACCENT = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}
_EMPHASIS = re.compile("[áéíóú]")
_INSEPARABLE = ("be", "ver", "ont", "her", "er", "mis")


def _regular_participle(inf: str, prefixed: bool) -> str:
    """The weak participle of an infinitive by 't kofschip: mengen → gemengd,
    werken → gewerkt, bezetten → bezet; without ge- after be-, ver-, ont-, her-, er-."""
    stem = _infinitive_stems(inf)[0]
    if stem.endswith(("t", "d")):
        suffix = ""
    else:
        voiceless = inf[:-2][-1:] in "tkfsp" or inf[:-2].endswith("ch")
        suffix = "t" if voiceless else "d"
    return ("" if prefixed else "ge") + stem + suffix


def _third_person_zipf(inf: str) -> float:
    """Frequency of a verb's third person singular (werken → werkt)."""
    return max((zipf(stem + "t") for stem in _infinitive_stems(inf)), default=0.0)


def _stem_infinitives(stem: str, third: bool = True) -> tuple[str, ...]:
    """Infinitives of which *stem* is the first person singular: boer → boeren,
    stap → stappen, hoop → hopen, droog → drogen, leef → leven."""
    out = [stem + "en"]
    if stem and stem[-1] not in _VOWELS:
        out.append(stem + stem[-1] + "en")
    if stem.endswith(("f", "s")):
        out.append(stem[:-1] + {"f": "v", "s": "z"}[stem[-1]] + "en")  # kalf → kalven
    if third and stem.endswith("t") and len(stem) > 3:
        out.extend(_stem_infinitives(stem[:-1]))  # rijst → rijzen: third person
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        short = stem[:-2] + stem[-1]
        voiced = short[:-1] + {"f": "v", "s": "z"}.get(short[-1], short[-1])
        out += [short + "en", voiced + "en"]
    return tuple(out)


_CARDINALS = {
    "eerste": "één", "tweede": "twee", "derde": "drie", "vierde": "vier", "vijfde": "vijf",
    "zesde": "zes", "zevende": "zeven", "achtste": "acht", "negende": "negen", "tiende": "tien",
    "elfde": "elf", "twaalfde": "twaalf",
}


def is_ordinal_of(word: str, lemma: str) -> bool:
    """Is *word* an ordinal whose lemma is the cardinal *lemma* (vierde/vier, eerst/één)?"""
    w = word.lower()
    return w != lemma and (_ordinal_to_cardinal(w) == lemma or (w == "eerst" and lemma == "één"))


def _ordinal_to_cardinal(w: str) -> str | None:
    """Ordinals take their cardinal as lemma, as in the UD Dutch treebanks: vierde → vier,
    twintigste → twintig (glossing still shows the ordinal's own meaning)."""
    if w in _CARDINALS:
        return _CARDINALS[w]
    if w == "eersten":
        return "één"  # de eersten (vierden is a past tense of vieren)
    m = _ORDINAL_RE.fullmatch(w)
    if not m:
        return None
    if w.endswith("ste"):
        return w[:-3]
    if w.endswith("de"):
        return w[:-2]
    return None


def _normalise(text: str) -> str:
    low = text.lower()
    if "’" in low or "ĳ" in low:
        low = low.replace("’", "'").replace("ĳ", "ij")
    return low


_PARTICLES_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _p in sorted(PARTICLES, key=len, reverse=True):
    _PARTICLES_BY_INITIAL[_p[0]] = (*_PARTICLES_BY_INITIAL.get(_p[0], ()), _p)


def _particle_prefixes(word: str) -> list[str]:
    """Particles that *word* starts with (longest first), leaving at least three letters."""
    if not word:
        return []
    n = len(word)
    return [p for p in _PARTICLES_BY_INITIAL.get(word[0], ()) if n > len(p) + 2 and word.startswith(p)]


#: Words that follow an imperative at the start of a sentence: "Bel me", "Kijk eens".
_AFTER_IMPERATIVE = frozenset(
    """
    me mij hem haar ons het je jezelf u uzelf jullie ze hen hun eens even maar dan dat
    nou toch niet gewoon goed snel ook nog alsjeblieft alstublieft er daar hier de een
    wat één twee drie alle mijn uw dit deze die iets niets alles zo nu
    """.split()
)


def _imperative_follows(nxt: Token | None) -> bool:
    return nxt is None or nxt.kind == PUNCT or nxt.text.lower() in _AFTER_IMPERATIVE


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


def _prev_word(tokens: list[Token], i: int) -> Token | None:
    if i > 0 and tokens[i - 1].kind in (WORD, NUMBER, NAME):
        return tokens[i - 1]
    return None


def _is_adj_inflected(r: Reading | None, text: str = "", chosen: str | None = None) -> bool:
    """An inflected adjective (or participle) before a noun: financiële, grote, gekozen."""
    if r is None:
        return False
    if r.adj is not None and (r.lemma == r.adj or chosen == r.adj):
        return True  # (chosen: the lemma context gave it - "zijn bekende werken")
    if text.startswith("ge") and text.endswith(("de", "te")) and r.verb and not r.verb.startswith("ge"):
        return True  # gestichte, gemaakte: an inflected participle (not gebruikte: a past)
    return text.endswith("e") and r.lemma != text and not r.verb and not r.noun


def _sentence_case(sentence: Sentence) -> str:
    """"shout" for an ALL-CAPS sentence, "title" for a Title Case heading, else ""
    (computed once per sentence)."""
    if sentence.case is None:
        if _is_shouting(sentence):
            sentence.case = "shout"
        elif _is_title_case(sentence):
            sentence.case = "title"
        else:
            sentence.case = ""
    return sentence.case


_TEXT = attrgetter("text")


def _is_title_case(sentence: Sentence) -> bool:
    """A heading in Title Case ("Buitenlands Beleid en Economische Zaken"): capitals say
    nothing about names there."""
    if sentence.tokens[-1].text in (".", ",", ";"):
        return False
    long_words = [t for t in sentence.tokens if t.kind == WORD and len(t.text) > 3]
    if len(long_words) < 2 or sentence.tokens[-1].text in (".", ",", ";"):
        return False
    caps = sum(1 for t in long_words if t.text[:1].isupper())
    return caps / len(long_words) >= 0.75


def _is_shouting(sentence: Sentence) -> bool:
    if sum(map(str.isupper, map(_TEXT, sentence.tokens))) < 3:
        return False
    words = [t for t in sentence.tokens if t.kind == WORD and len(t.text) > 1]
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.text.isupper())
    return caps / len(words) >= 0.6





def _capitalise_like(text: str, lemma: str) -> str:
    """Zuid-Amerikaanse → Zuid-Amerikaans: take the capitals of the written word."""
    out = [c.upper() if i < len(text) and text[i].isupper() else c for i, c in enumerate(lemma)]
    return "".join(out)


def _followed_by_name(tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.kind in (WORD, NAME) and nxt.text[:1].isupper() and nxt.start - tokens[i].end <= 1


#: Endings of common nouns (and no names): an unknown capitalised word at the start of a
#: sentence that ends in one of these is a word (Multiculturaliteit, Paleoconservatisme).
_NOUN_SUFFIXES = (
    "isme", "iteit", "heid", "schap", "ologie", "atie", "ering", "iging", "aties", "ingen",
    "ismen", "ieën", "teiten",
)

_NOT_COMPOUND_PARTS = frozenset(
    """
    aan achter af bij door in mee na om onder op over tegen toe uit voor weg ver ont her
    een twee drie vier vijf zes zeven acht negen tien het de die dat dit wat wie hun zijn
    niet geen heid ing ling sel schap dom baar lijk ig isch tje aar eren ster zich zelf
    ode ven gen men ren ten pen
    """.split()
)


class _ReadingStore:
    """Readings and compound splits of earlier runs, kept in the cache dir.  The file's
    name carries a fingerprint of the code and data they were computed from, so any change
    to the engine, the lexicon or the packages starts afresh.  New results are written back
    when the process ends."""

    LIMIT = 300_000

    def __init__(self) -> None:
        self._data: dict | None = None
        self._added = 0

    def _load(self) -> dict:
        if self._data is None:
            import atexit

            from .resources import load_cached

            self._data = load_cached(self.name()) or {"r": {}, "c": {}}
            atexit.register(self.save)
        return self._data

    @staticmethod
    def name() -> str:
        import hashlib

        from .resources import package_version

        h = hashlib.sha1()
        here = Path(__file__).parent
        for f in ("morphology.py", "lexicon/__init__.py", "resources.py", "abbreviations.py"):
            h.update((here / f).read_bytes())
        h.update(_lexicon.DATA_FILE.read_bytes() if _lexicon.DATA_FILE.exists() else b"")
        h.update(package_version("simplemma").encode() + package_version("wordfreq").encode())
        return f"readings-{h.hexdigest()[:16]}"

    def reading(self, w: str):
        return self._load()["r"].get(w)

    def add_reading(self, w: str, r: Reading) -> None:
        data = self._load()
        if len(data["r"]) < self.LIMIT:
            data["r"][w] = (r.lemma, r.noun, r.verb, r.adj, r.finite, r.stem_noun, r.bare_stem)
            self._added += 1

    def parts(self, lemma: str) -> tuple[bool, tuple[str, ...] | None]:
        c = self._load()["c"]
        if lemma in c:
            value = c[lemma]
            return True, tuple(value) if value is not None else None
        return False, None

    def add_parts(self, lemma: str, parts) -> None:
        data = self._load()
        if len(data["c"]) < self.LIMIT:
            data["c"][lemma] = parts
            self._added += 1

    def save(self) -> None:
        if not self._added or self._data is None:
            return
        from .resources import save_cached

        save_cached(self.name(), self._data)
        self._added = 0


_DEFAULT: Morphology | None = None


def default() -> Morphology:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Morphology()
    return _DEFAULT
