"""What a written form can be before context is considered: its readings.

The lemmatiser starts from simplemma's Dutch table and corrects it where it is weak:

* the project lexicon's forms win (plurals, diminutives, strong past tenses, participles);
* an inflected adjective drops its -e with Dutch spelling rules (*intensieve* → *intensief*,
  *grote* → *groot*, *dikke* → *dik*), and is never read as a verb (*zuivere* ≠ *zuiveren*);
* a word that is itself a known lemma is not moved to another one (*boer* ≠ *boeren*);
* simplemma's particle verbs must show their particle (*gezworen* → *zweren*, not *afzweren*);
* diminutives point to their base noun (*huisje* → *huis*), except those the lexicon has as
  entries of their own (*broodje*, *feestje*: a meaning of their own);
* unknown compounds inflect their head (*buxustakken* → *buxustak*); person words keep their
  gender (*studente*, *werper*); plurals and participles simplemma lacks are found by rule.

A :class:`Reading` lists every lemma a form can have as a noun, a verb and an adjective; which
one a token is decides the tagger (:mod:`vocab.tagging`) and :mod:`vocab.lemmas`.  Readings are
cached per lower-cased form, in the process and between runs (:class:`ReadingStore`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as _lexicon
from .compounds import MAX_LETTERS, modifiers
from .reading_store import ReadingStore
from .resources import known_lemmas, simplemma_table, zipf
from .wordforms import (
    INSEPARABLE,
    PARTICLES,
    deaccent,
    female_forms,
    infinitive_stems,
    inflects,
    normalise,
    open_syllable,
    ordinal_to_cardinal,
    particle_prefixes,
    regular_participle,
    stem_infinitives,
    stem_variants,
    third_person_zipf,
)

__all__ = ["Reading", "Readings", "FINITE_KINDS", "PREPOSITIONS"]

PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    sinds tegen tot tussen uit van via voor zonder tijdens volgens vanaf vanuit rond
    wegens ondanks dankzij behalve richting
    """.split()
)

#: Lexicon form kinds that are finite verb forms (a bare stem only as an imperative).
FINITE_KINDS = frozenset({"past_singular", "past_plural", "lemma", "present"})
_FINITE_PAST_KINDS = frozenset({"past_singular", "past_plural"})

_VERBS_WITHOUT_EN = frozenset({"gaan", "staan", "slaan", "zien", "doen", "zijn", "vergaan"})

#: Frequent function words that look like verb infinitives or compound parts.
_FUNCTION_WORDS = frozenset(
    """
    en een den ten ben tegen boven beneden binnen buiten sinds zonder tussen zeven negen
    tien even heen open geen alleen enen wegen ieder iemand samen graag tenzij
    """.split()
)

_IRREGULAR_3SG = frozenset({"wil", "kan", "zal", "mag"})
#: Present forms simplemma reads as nouns only ("staat" is also the state).
_IRREGULAR_PRESENT = {"staat": "staan", "kan": "kunnen"}


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


class Readings:
    """Word knowledge of the engine: the lexicon, simplemma, word frequencies, and the
    readings of written forms made from them."""

    def __init__(self, lex: _lexicon.Lexicon | None = None) -> None:
        self.lexicon = lex if lex is not None else _lexicon.default()
        self._readings: dict[str, Reading] = {}
        # The project's own lexicon: readings are also kept between runs (cache dir), so a
        # second look at a book skips the per-word work.
        self.store = ReadingStore() if lex is None else None

    def reading(self, w: str) -> Reading:
        """Everything a lower-cased form can be (cached per form)."""
        r = self._readings.get(w)
        if r is None:
            stored = self.store.reading(w) if self.store is not None else None
            if stored is not None:
                r = Reading(*stored)
            else:
                r = self._reading(w)
                if self.store is not None:
                    self.store.add_reading(w, r)
            self._readings[w] = r
        return r

    def is_lemma(self, word: str) -> bool:
        return word.encode() in known_lemmas()

    def simplemma(self, word: str) -> str | None:
        value = simplemma_table().get(word.encode())
        if value is None:
            return None
        lemma = value.decode()
        if "-" in word and "_" in lemma and "-" not in lemma:
            return lemma.replace("_", "-")  # its table writes 23-jarige → 23_jarig
        return lemma.replace("_", "")

    def is_verb_lemma(self, word: str) -> bool:
        """Is *word* a verb infinitive?  The lexicon decides where it has the word; otherwise
        simplemma must map the word to itself or map one of its regular forms to it
        (tekent → tekenen), so plurals that simplemma also lists as lemmas (kinderen)
        are not taken for verbs."""
        return self._verb_lemma(word)

    @lru_cache(maxsize=100_000)  # noqa: B019 - Readings objects live for the process
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
        for stem in infinitive_stems(word):
            for form in (stem + "t", stem + "de", stem + "te", "ge" + stem + "d", "ge" + stem + "t"):
                hit = table.get(form.encode())
                if hit is not None and hit.replace(b"_", b"") == key:
                    return True
        return False

    # ------------------------------------------------------------- context-free reading

    def _reading(self, w: str) -> Reading:
        cardinal = ordinal_to_cardinal(w)
        if cardinal:
            return Reading(lemma=cardinal, adj=cardinal)
        lex_hits = self.lexicon.forms().get(w)
        if lex_hits:
            return self._lexicon_reading(w, lex_hits)
        if "-" in w and self.simplemma(w) is None:
            hyphenated = self._hyphenated(w)
            if hyphenated is not None:
                return hyphenated
        plain = deaccent(w)
        if plain != w and self.simplemma(w) is None and (
            plain in self.lexicon.forms() or self.simplemma(plain) is not None
        ):
            return self._reading(plain)  # emphasis: wél, níét, dé → wel, niet, de
        return self._simplemma_reading(w)

    def _lexicon_reading(self, w: str, hits) -> Reading:
        """Readings of a form the lexicon knows: the lexicon lists all of them."""
        noun = adj = None
        verbs: dict[str, set[str]] = {}
        if any(kind in ("lemma", "plural") and e.pos == "noun" for e, kind in hits):
            # a diminutive with an entry of its own is no form of its base (broodje, not brood)
            hits = [(e, kind) for e, kind in hits if not kind.startswith("diminutive")]
        for entry, kind in hits:
            if entry.pos == "noun":
                noun = noun or entry.lemma
            elif entry.pos == "verb":
                verbs.setdefault(entry.lemma, set()).add(kind)
            elif entry.pos == "adjective":
                adj = adj or entry.lemma
        # of several verbs, the most frequent (was: zijn, not wassen)
        verb = max(verbs, key=self.verb_zipf) if verbs else None
        verb_kinds = verbs.get(verb, set())
        finite = bool(verb_kinds & FINITE_KINDS)
        irregular = _IRREGULAR_PRESENT.get(w)
        if irregular and verb is None:
            verb, finite = irregular, True
            verb_kinds.add("present")
        lemma = self.likeliest(w, hits, self.simplemma(w))
        stem_noun = None
        if (
            verb and all(e.pos == "verb" for e, _k in hits)  # (so no noun or adjective)
            and verb_kinds & {"stem", "present"} and "participle" not in verb_kinds
            and w.encode() in _values()
            and len(w) > 3 and w not in PARTICLES and w not in PREPOSITIONS  # not in/innen
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

    def _hyphenated(self, w: str) -> Reading | None:
        """A hyphenated word nobody lists inflects its last part: *67-jarige* → *67-jarig*,
        *18-jarigen*, *cirkel-kwadrateurs* → *cirkel-kwadrateur*."""
        prefix, _, head = w.rpartition("-")
        if not prefix or len(head) < 3 or not head.isalpha():
            return None
        h = self.reading(head)
        if h.plain and h.lemma == head:
            return None  # nothing to inflect (oud-premier)

        def joined(part: str | None) -> str | None:
            return None if part is None else f"{prefix}-{part}"

        # (no verb reading: a hyphenated word is a noun or an adjective)
        lemma = h.lemma if h.verb is None or h.lemma != h.verb else (h.noun or h.adj or head)
        return Reading(lemma=joined(lemma), noun=joined(h.noun), adj=joined(h.adj))

    def _simplemma_reading(self, w: str) -> Reading:
        """Readings of a form the lexicon does not know: simplemma, corrected by rules."""
        s = _IRREGULAR_PRESENT.get(w) or self.simplemma(w)
        noun = verb = adj = stem_noun = None
        finite = False
        if s is not None:
            s = self._check_particle(w, s)
        # An -e form whose simplemma lemma is "form + n" is an adjective, not a verb.
        if w.endswith("e") and not w.endswith(("de", "te")) and s == w + "n":
            base = self.adjective_base(w)
            if base:
                adj = base
                s = base
        if s is None or (s == w and w.endswith("ste")):
            s = self.guess(w) or s
        if s is None or s == w or s == w[:-1]:
            participle = self.participle_verb(w)
            if participle:
                s = participle  # gemengde → mengen, verwoest → verwoesten
        if w in _IRREGULAR_PRESENT and w.encode() in _values():
            stem_noun = w
        elif (
            s is not None
            and s != w
            and not w.startswith(("ge", *INSEPARABLE))  # bezet, verwoest: participles
            and s in stem_infinitives(w)
            # a noun in its own right (boer), or as a bare stem far more frequent than the
            # verb (mest/mesten; not lijkt/lijken: that is the third person)
            and (
                w.encode() in _values()
                or (s in stem_infinitives(w, third=False) and zipf(w) > zipf(s) + 0.5)
            )
        ):
            stem_noun = w
        if s is not None and s.endswith("je") and s != w:
            s = self.diminutive_base(s) or s  # slachtoffertjes → slachtoffertje → slachtoffer
        if s is not None and s != w and w.encode() in _values() and self._gender_pair(w, s):
            s = w  # studente, woordvoerster, werper: a person's word of its own, not its pair

        if s is not None and self.is_verb_lemma(s):
            verb = s
        elif self.is_verb_lemma(w):
            verb = w  # infinitive or plural present (tonen, delen), even if s is a noun
        if verb is not None:
            finite = self._finite_shaped(w, verb)
        lemma = s or w
        if s is not None and s != w and s != verb and self.plural_base(w) == s:
            noun = s
        elif w == verb and w.endswith("en"):
            if s is not None and w == s + "n" and not self.is_verb_lemma(s):
                noun = s  # ronden: the plural of ronde (not of rond)
            else:
                noun = self.plural_base(w)  # tekenen: also the plural of teken
            if noun is not None and noun == regular_participle(w, w.startswith(INSEPARABLE)):
                noun = None  # verachten: veracht is its participle, not a noun
            if noun is None and s is not None and s != w and not self.is_verb_lemma(s):
                noun = s  # zitten/zit: simplemma took the noun; keep both readings
        elif w.endswith("en") and s is not None and s != w:
            noun = self.plural_base(w)  # gewassen: also the plural of gewas
        elif s in (None, w) and verb is None and w.endswith(("en", "s", "ën")):
            # A plural simplemma does not know (tractaten, runs, algebra's): the
            # singular must be a known lemma about as frequent as the form.
            base = self.plural_base(w, loose=s is None)
            if base and zipf(base) >= zipf(w) - 0.3:
                noun = lemma = base
        if verb == w and noun is not None and noun != w:
            lemma = w  # an -en form that is both: the verb unless context says noun
        if stem_noun:
            noun = noun or stem_noun
        if adj is None and w.endswith("e") and len(w) > 3 and s in (None, w, w[:-1]):
            adj = self.adjective_base(w)
        return Reading(
            lemma=lemma, noun=noun, verb=verb, adj=adj, finite=finite,
            stem_noun=stem_noun,
        )

    @lru_cache(maxsize=100_000)  # noqa: B019 - Readings objects live for the process
    def verb_zipf(self, verb: str) -> float:
        """How frequent a verb is: its infinitive, unless that is also a noun's plural
        (gebieden: areas), then its third person (gebiedt) - so geboden is bieden's."""
        v = verb.lower()
        if any(
            e.pos == "noun" and (e.plural or "").lower() == v
            for e in self.lexicon.lookup(self.plural_base(v) or v)
        ):
            return min(zipf(v), third_person_zipf(v) + 1.0)
        return zipf(v)

    def _gender_pair(self, w: str, s: str) -> bool:
        """Are *w* and *s* the male and female words for a person (student/studente,
        werper/werpster, leraar/lerares, kandidaat/kandidate)?  simplemma maps one onto
        the other; for a learner each is a word of its own."""
        if w in female_forms(s):
            male = s
        elif s in female_forms(w):
            male = w
        else:
            return False
        # blind/blinde, rijk/rijke: an adjective with its -e, not a person
        return not self.is_adjective_lemma(male) and not (
            male.endswith(("ig", "lijk", "isch", "baar", "loos", "zaam", "ief", "eel", "aal"))
        )

    def likeliest(self, w: str, hits, hint: str | None = None) -> str:
        """Of several lexicon readings, the likeliest lemma: the most frequent one (with a
        little weight for simplemma's choice, *hint*), except that a form which is itself
        a lemma but also a finite verb form gives way to the verb unless clearly more
        frequent (leek → lijken, was → zijn, heet → heten; but bekend stays bekend)."""
        has_finite_form = any(
            e.pos == "verb" and e.lemma.lower() != w and kind in FINITE_KINDS
            for e, kind in hits
        )

        def score(hit):
            entry, kind = hit
            z = self.verb_zipf(entry.lemma) if entry.pos == "verb" else zipf(entry.lemma.lower())
            if has_finite_form and kind == "lemma" and entry.lemma.lower() == w:
                z -= 1.0
            if hint is not None and entry.lemma == hint:
                z += 0.3
            return z

        return max(hits, key=score)[0].lemma

    def participle_verb(self, w: str) -> str | None:
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
        elif core.startswith(INSEPARABLE):
            bare, prefixed = core, True
        else:
            return None
        for stem in (bare[:-1], bare):
            for inf in stem_infinitives(stem):
                if self.is_verb_lemma(inf) and regular_participle(inf, prefixed) == core:
                    return inf
        return None

    def _check_particle(self, w: str, s: str) -> str:
        """simplemma sometimes maps a plain verb form to a particle verb (gezworen → afzweren)."""
        for p in particle_prefixes(s):
            if not w.startswith(p):
                rest = s[len(p):]
                if self.is_lemma(rest):
                    return rest
        return s

    def _finite_shaped(self, w: str, lemma: str) -> bool:
        if w == lemma:
            return True  # plural present (or infinitive)
        particle = next(iter(particle_prefixes(lemma)), "")
        if particle and w.startswith(particle):
            return w.endswith(("de", "te", "den", "ten")) or w == lemma
        if w.startswith("ge") and not lemma.startswith("ge") and w.endswith(("d", "t", "en")):
            return False  # participle
        return not w.endswith(("end", "ende"))

    def guess(self, w: str) -> str | None:
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
            for c in stem_variants(w[:-3]):
                if self.is_lemma(c) and not self.is_verb_lemma(c) and zipf(c) >= 2.5:
                    return c  # voornaamste → voornaam
        if w.endswith(("je", "jes")):
            base = self.diminutive_base(w)
            if base:
                return base
        if w.endswith("e"):
            # participle or adjective with -e: gespecialiseerde → gespecialiseerd → specialiseren
            s = self.simplemma(w[:-1])
            if s is not None:
                return self._check_particle(w, s)
            base = self.adjective_base(w)
            if base:
                return base
        if w.endswith(("end", "ende")):
            stem = w[: -3] if w.endswith("end") else w[:-4]
            for cand in (stem + "en", stem + "n"):
                if self.is_verb_lemma(cand):
                    return cand
        if w.endswith(("en", "s", "'s", "ën")):
            base = self.plural_base(w)
            if base:
                return base
        joined = self.particle_form(w)
        if joined:
            return joined
        return self._compound_head_lemma(w)

    def _compound_head_lemma(self, w: str) -> str | None:
        """An unknown compound inflects its head: spokenjagers → spokenjager, buxustakken →
        buxustak, bauxietrijke → bauxietrijk.  The head must be an inflected form we know
        (its lemma differs from it) and the left part a known word (with -s-/-e-/-en-)."""
        if len(w) < 8 or len(w) > MAX_LETTERS or not w.isalpha() or zipf(w) >= 3.0:
            return None  # (a frequent word simplemma lacks is rather a function word: hoogstens)
        for i in range(3, len(w) - 3):
            head = w[i:]
            hits = self.lexicon.forms().get(head)
            if hits:
                if any(kind == "lemma" for _e, kind in hits):
                    return None  # verjaardagstaart: the head is a lemma itself, not inflected
                lemma = self.likeliest(head, hits, self.simplemma(head))
            else:
                lemma = self.simplemma(head)
            if (
                not lemma
                or not lemma.islower()
                or len(lemma) < 3
                or not inflects(head, lemma)  # an ending comes off (not vermaak → -maken)
                or head.endswith(("end", "ende"))  # maagprikkelend: an adjective of its own
            ):
                continue
            if any(True for _ in modifiers(self, w[:i], loose=True)):
                return w[:i] + lemma
        return None

    def plural_base(self, w: str, loose: bool = False) -> str | None:
        """Singular of a plural form, validated as a known lemma (or, *loose*, as a form
        wordfreq knows, for words simplemma lacks: tractaten → tractaat)."""
        if w.endswith(("'s", "’s")):
            cands = [w[:-2]]
        elif w.endswith("ën"):
            cands = [w[:-2] + "e", w[:-2]]
        elif w.endswith("eren") and len(w) > 5:
            cands = [*stem_variants(w[:-2]), w[:-4]]  # boeren → boer; kinderen → kind
        elif w.endswith("heden"):
            cands = [w[:-5] + "heid"]
        elif w.endswith("en") and len(w) > 4:
            cands = stem_variants(w[:-2])
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

    def adjective_base(self, w: str) -> str | None:
        if not w.endswith("e") or len(w) < 4:
            return None
        for c in stem_variants(w[:-1]):
            if self.is_lemma(c) and not self.is_verb_lemma(c):
                return c
        return None

    def diminutive_base(self, w: str) -> str | None:
        core = w[:-1] if w.endswith("s") else w
        if self.is_noun_lemma(core):
            return None  # a diminutive with a meaning of its own (meisje, broodje)
        for suffix in ("etje", "tje", "pje", "je"):
            if core.endswith(suffix) and len(core) > len(suffix) + 1:
                base = core[: -len(suffix)]
                for c in stem_variants(base) if suffix == "etje" else (base, open_syllable(base)):
                    if len(c) >= 2 and self.is_lemma(c) and zipf(c) >= 2.5:
                        return c
        return None

    def particle_form(self, w: str) -> str | None:
        """Joined particle-verb forms simplemma misses: opgeëiste → opeisen."""
        for p in particle_prefixes(w):
            rest = w[len(p):]
            if len(rest) < 3:
                continue
            s = self.simplemma(rest) or (self.simplemma(rest[:-1]) if rest.endswith("e") else None)
            if s and self.is_verb_lemma(s) and self.is_lemma(p + s):
                return p + s
        return None

    # ---------------------------------------------------------------- compounds

    def is_national_adjective(self, low: str) -> bool:
        """Adjectives of countries and places: Belgisch(e), Franse, Amersfoortse.  The bare
        -s form only when the lexicon knows it as an adjective (Frans, not Vries)."""
        if len(low) < 4:
            return False
        if low.endswith(("ische", "isch", "se")):
            return True
        return low.endswith("s") and self.is_adjective_lemma(low)

    def lower_adjective(self, lemma: str) -> bool:
        """Does the lexicon know *lemma* as a lower-case adjective (economisch, jaarlijks)?"""
        return any(e.pos == "adjective" and e.lemma == lemma for e in self.lexicon.lookup(lemma))

    def article(self, noun: str) -> str | None:
        for e in self.lexicon.lookup(noun):
            if e.pos == "noun" and e.article:
                return e.article
        return None

    def is_plural_of(self, form: str, noun: str) -> bool:
        """landen is the plural of land: its frequency says nothing about the verb."""
        return any(e.pos == "noun" and (e.plural or "").lower() == form for e in self.lexicon.lookup(noun))

    def is_adjective_lemma(self, lemma: str) -> bool:
        return any(e.pos == "adjective" for e in self.lexicon.lookup(lemma))

    def is_noun_lemma(self, lemma: str) -> bool:
        return any(e.pos == "noun" for e in self.lexicon.lookup(lemma))

    def has_verb(self, verb: str) -> bool:
        return any(e.pos == "verb" for e in self.lexicon.lookup(verb))

    def joins(self, particle: str, verb: str) -> bool:
        """Is particle + verb a verb (op + ruimen → opruimen)?  The lexicon decides where it
        has the word (aandenken is a noun there); otherwise simplemma's lemmas."""
        joined = particle + verb
        entries = self.lexicon.lookup(joined)
        if entries:
            return any(e.pos == "verb" for e in entries)
        return self.is_verb_lemma(joined) and zipf(joined) >= 1.0

    def lemmatize(self, word: str) -> str:
        """Context-free lemma of a single word (lower-cased unless it is all caps)."""
        return self.reading(normalise(word)).lemma


@lru_cache(maxsize=1)
def _values() -> frozenset[bytes]:
    """Every lemma simplemma itself uses (not joined, not lexicon)."""
    return frozenset(simplemma_table().values())
