"""One lookup for every word: what a learner sees when they click it.

Order of sources for the meaning:

1. the learner's own gloss and note (``vocab.store``);
2. our learner lexicon (``vocab.lexicon``) — or, when the learner reads in another
   language (``--lang de``), the dictd dictionary for that language first;
3. dictd dictionaries (FreeDict and any the learner added);
4. the compound's parts, each glossed (*vredesakkoord* = *vrede* peace + *akkoord*
   agreement);
5. fallbacks on the surface form, its lower case and the lemma.

Grammar (article, plural, verb forms) always comes from our lexicon when it has the word;
syllables, frequency and level are computed for every word.  A word whose lemma has an
entry anywhere is never "not found"; an unknown word gets close spellings as suggestions.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

from . import lexicon as _lexicon
from .abbreviations import expand
from .analysis import Analysis, analyse
from .dictd import Dictionary, find_dictionaries, for_language
from .difficulty import english_cognate, hyphenate, word_stats
from .morphology import Morphology, is_ordinal_of
from .morphology import default as default_morphology
from .senses import sense_order
from .text import NAME, NUMBER, WORD, Token
from .wordformation import analyse_formation
from .wordforms import normalise

__all__ = ["Gloss", "Glossary", "PartGloss"]

LEXICON_SOURCE = "dutch-reader lexicon"
NOTE_SOURCE = "your note"
PARTS_SOURCE = "compound parts"
ABBREVIATION_SOURCE = "abbreviation"
COGNATE_SOURCE = "similar English word"

#: Runs of letters longer than this are glossed as they stand, without analysis: analysing
#: a word costs the square of its length (every split is looked up), and no Dutch word
#: comes near (a hostile text's, or a pasted line's, 5,000-letter "word" does).
MAX_ANALYSED = 100


@dataclass(slots=True)
class PartGloss:
    lemma: str
    senses: list[str]
    pos: str | None = None  # the part of speech the senses are of (lezen in leesbril: verb)

    def to_dict(self) -> dict:
        return {"lemma": self.lemma, "pos": self.pos, "senses": self.senses}


@dataclass(slots=True)
class Gloss:
    word: str
    lemma: str
    source: str | None = None
    found: bool = False
    kind: str = "word"  # word, name, number
    pos: str | None = None
    article: str | None = None
    plural: str | None = None
    diminutive: str | None = None
    forms: dict | None = None
    particle: str | None = None
    reflexive: bool | None = None
    comparative: str | None = None
    superlative: str | None = None
    senses: list[str] = field(default_factory=list)
    # aligned with senses (in the order shown): an example {nl, en} and the fixed
    # preposition (wachten op) of each, None where there is none
    examples: list[dict | None] = field(default_factory=list)
    preposition: list[str | None] = field(default_factory=list)
    register: str | None = None
    region: str | None = None
    plurals: list[str] | None = None
    stress: str | None = None
    note: str | None = None
    ipa: str | None = None
    syllables: str = ""
    zipf: float = 0.0
    level: str = "C2"
    parts: list[PartGloss] | None = None
    user_gloss: str | None = None
    user_note: str | None = None
    also: list[dict] = field(default_factory=list)  # other sources: [{source, senses}]
    suggestions: list[str] = field(default_factory=list)
    status: str = "new"
    #: the fixed expression the glossed token belongs to (Expression.to_dict), or None
    expression: dict | None = None

    def parts_text(self) -> str:
        """The parts with their first sense: "vrede (peace) + akkoord (agreement)"."""
        return " + ".join(f"{p.lemma} ({p.senses[0]})" if p.senses else p.lemma for p in self.parts or [])

    def meaning(self) -> str:
        """One line of meaning: the first sense, else the parts."""
        return self.senses[0] if self.senses else self.parts_text()

    def set_senses(self, senses: list[str], examples=None, preposition=None) -> None:
        """Replace the senses, with their examples and prepositions (None where none)."""
        self.senses = list(senses)
        self.examples = list(examples) if examples is not None else [None] * len(self.senses)
        self.preposition = list(preposition) if preposition is not None else [None] * len(self.senses)

    def reorder(self, order: list[int]) -> None:
        """Show the senses in *order* (indices), their examples and prepositions with them."""
        self.set_senses([self.senses[k] for k in order], [self.examples[k] for k in order],
                        [self.preposition[k] for k in order])

    def headword(self) -> str:
        """The lemma as a learner learns it: its stress where that tells two verbs apart."""
        return self.stress or self.lemma

    def sense(self, k: int) -> tuple[str | None, str]:
        """Sense *k* as a learner learns it: (the Dutch with its fixed preposition, the
        English): ("wachten op", "to wait for"); (None, sense) without a preposition."""
        prep = self.preposition[k] if k < len(self.preposition) else None
        return with_preposition(self.senses[k], prep, self.headword(), bool(self.reflexive))

    def tags(self) -> list[str]:
        """Register and region, where the entry has them: ["informal", "Flemish"]."""
        return [t for t in (self.register, self.region) if t]

    def to_dict(self) -> dict:
        return {
            "word": self.word,
            "lemma": self.lemma,
            "source": self.source,
            "found": self.found,
            "kind": self.kind,
            "pos": self.pos,
            "article": self.article,
            "plural": self.plural,
            "diminutive": self.diminutive,
            "forms": self.forms,
            "particle": self.particle,
            "reflexive": self.reflexive,
            "comparative": self.comparative,
            "superlative": self.superlative,
            "senses": self.senses,
            "examples": self.examples,
            "preposition": self.preposition,
            "register": self.register,
            "region": self.region,
            "plurals": self.plurals,
            "stress": self.stress,
            "note": self.note,
            "ipa": self.ipa,
            "syllables": self.syllables,
            "zipf": round(self.zipf, 2),
            "level": self.level,
            "parts": [p.to_dict() for p in self.parts] if self.parts else None,
            "user_gloss": self.user_gloss,
            "user_note": self.user_note,
            "also": self.also,
            "suggestions": self.suggestions,
            "status": self.status,
            "expression": self.expression,
        }


class Glossary:
    """Looks words up in every source.  Cheap to keep; dictionaries load on first use."""

    def __init__(
        self,
        store=None,
        lang: str = "en",
        dictionaries: list[Dictionary] | None = None,
        lex: _lexicon.Lexicon | None = None,
        morphology: Morphology | None = None,
    ) -> None:
        self.store = store
        self.lang = lang
        self.lexicon = lex if lex is not None else _lexicon.default()
        self.morphology = morphology or default_morphology()
        self._dictionaries = dictionaries
        self._cache: dict[tuple, Gloss] = {}
        self._suggest_pool: dict[str, list[str]] | None = None

    # ------------------------------------------------------------------ sources
    @property
    def dictionaries(self) -> list[Dictionary]:
        """Dutch-to-X dictionaries, the learner's language first."""
        if self._dictionaries is None:
            found = find_dictionaries()
            preferred = for_language(self.lang, found)
            rest = [d for d in found if d not in preferred and (d.languages or ("nld",))[0] == "nld"]
            self._dictionaries = preferred + rest
        return self._dictionaries

    def _dict_entries(self, candidates: list[str]) -> list[tuple[Dictionary, list]]:
        out = []
        for d in self.dictionaries:
            for word in candidates:
                try:
                    hits = d.lookup(word)
                except Exception:  # noqa: BLE001 - a broken dictionary must not break a gloss
                    hits = []
                if hits:
                    out.append((d, hits))
                    break
        return out

    # ------------------------------------------------------------------ public API
    def gloss_token(self, analysis: Analysis, token: Token) -> Gloss:
        """Gloss a token as it stands in its sentence (particle verbs, names, numbers).

        The tagger's part of speech decides which entry comes first (*naar* the preposition,
        not the adjective "nasty"; *weer* the adverb "again", not the weather); the others
        stay under "also"."""
        kind = token.kind if token.kind in (WORD, NAME, NUMBER) else WORD
        lemma = token.lemma or token.text
        # a particle verb whose halves stand apart is the separable one (vóórkomen, not
        # voorkómen)
        separable = True if token.pair is not None else None
        pos = TAG_POS.get(token.pos or "")
        degree = token.pos == "ADJ" and _modifies_next(analysis, token)
        # the sense the sentence points to first (vocab.senses); an adjective grading the
        # next word already has its adverb sense first
        sentence = None if degree or analysis is None else analysis.sentence_of(token)
        context = (sentence, token) if sentence is not None else None
        g = self._gloss(token.text, lemma, kind, token.parts, separable, pos, degree, context)
        if token.expression:
            g.expression = self.expression(token.expression)
        return g

    def expression(self, text: str) -> dict | None:
        """A fixed expression as the gloss shows it (its citation form, kind, senses,
        example, register, note; the learner's status when there is a store), or None."""
        from .expressions import default as default_expressions

        e = default_expressions().get(text)
        if e is None:
            return None
        d = e.to_dict()
        if self.store is not None:
            d["status"] = self.store.status(e.text) or "new"
        return d

    def gloss_word(self, word: str, context: str | None = None) -> Gloss:
        """Gloss a bare word, or the word as it stands in the sentence *context*."""
        word = word.strip()
        if _too_long(word):
            return self._gloss(word, word.lower(), WORD, None)
        if context and not _too_long(context):
            a = analyse(context, morphology=self.morphology)
            tok = _find_token(a, word)
            if tok is not None:
                return self.gloss_token(a, tok)
        return self._gloss_alone(word)

    def _gloss_alone(self, word: str) -> Gloss:
        """A word without a sentence: the entries of the word itself as a headword come first
        (*boek* the noun, not the verb *boeken* of "ik boek"; *zon* the sun, not *zinnen*),
        then the other lemmas it can be a form of, by frequency, under "also"."""
        tok = _find_token(analyse(word, morphology=self.morphology, cache=False), word)
        if tok is not None and tok.kind not in (WORD, NAME):
            return self._gloss(word, tok.lemma or word, tok.kind if tok.kind != "punct" else WORD, tok.parts)
        if tok is not None and tok.text != word.strip() and " " in word.strip():
            word = tok.text  # several words: the first one
        low = normalise(word)
        if self.lexicon.lookup(low):
            lemma = self.lexicon.lookup(low)[0].lemma
        else:
            lemma = self.morphology.lemmatize(word)
        g = self._gloss(word, lemma, WORD, self.morphology.compound_parts(lemma))
        seen = {g.lemma.lower()} | {a.get("lemma", g.lemma).lower() for a in g.also}
        # after the other entries of the headword itself, before the dictionaries
        at = next((i for i, a in enumerate(g.also) if a["source"] != LEXICON_SOURCE), len(g.also))
        for other in self._other_readings(low, lemma):
            if other.lower() in seen:
                continue
            seen.add(other.lower())
            for e in self.lexicon.lookup(other):
                g.also.insert(at, {"source": LEXICON_SOURCE, "lemma": e.lemma, "pos": e.pos,
                                   "senses": list(e.senses)})
                at += 1
        return g

    def _other_readings(self, low: str, lemma: str) -> list[str]:
        """Other lemmas *low* can be a form of (its readings), the most frequent first."""
        from .resources import zipf

        r = self.morphology.reading(low)
        guess = self.morphology.lemmas.verb_of(low) if r.verb is None else None  # kom → komen
        out = {x for x in (r.lemma, r.noun, r.verb, r.adj, guess) if x and x.lower() != lemma.lower()}
        return sorted(out, key=lambda x: (-zipf(x.lower()), x))

    def meaning(self, lemma: str) -> str:
        """One line of meaning for a lemma (hints of exercises, flashcards)."""
        return self.gloss_lemma(lemma).meaning()

    def gloss_lemma(self, lemma: str) -> Gloss:
        """Gloss a lemma as a lemma (no re-lemmatising: "stal" is the noun, not a past
        tense of stelen)."""
        return self._gloss(lemma, lemma, WORD, self.morphology.compound_parts(lemma))

    # ------------------------------------------------------------------ the lookup
    def _gloss(self, word: str, lemma: str, kind: str, parts, separable=None, pos=None,
               degree: bool = False, context=None) -> Gloss:
        key = (word, lemma, kind, separable, pos, degree)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._lookup(word, lemma, kind, parts, separable, pos, degree)
        g = _copy(cached)
        if context is not None and len(g.senses) > 1:
            sentence, tok = context
            g.reorder(sense_order(g.senses, sentence, tok, self.lexicon, g.examples, g.preposition))
        self._apply_store(g)
        return g

    def _lookup(self, word: str, lemma: str, kind: str, parts, separable=None, pos=None,
                degree: bool = False) -> Gloss:
        g = Gloss(word=word, lemma=lemma, kind=kind)
        if kind == NUMBER:
            g.syllables, g.found = word, True
            return g
        g.syllables = hyphenate(lemma.lower() if kind == WORD else word)
        ordinal = kind == WORD and is_ordinal_of(word, lemma)
        if ordinal:
            # vierde has the lemma vier (as in the treebanks) but means "fourth": the
            # ordinal's own entry first, else the cardinal's senses made ordinal
            candidates = _unique([word.lower(), word, lemma])
        else:
            candidates = _unique([lemma, lemma.lower(), word, word.lower()])
        # frequency and level as in the vocabulary list; the half of a separated particle
        # verb ("komt" of voorkomen) is no form of its lemma
        stats = word_stats(lemma, [] if separable else [word.lower()], parts=parts)
        g.zipf, g.level = stats.zipf, stats.level

        # grammar and English senses from our lexicon (lemma first, then the surface form)
        hint = pos or (None if _too_long(word) else self._pos_hint(word, lemma))
        entry = self._lexicon_entry(candidates, separable, hint, word)
        dict_hits = self._dict_entries(candidates)
        foreign_first = self.lang not in ("en", "eng") and dict_hits and dict_hits[0][0] in for_language(
            self.lang, self.dictionaries
        )
        if entry is not None:
            _fill_from_entry(g, entry)
            if degree:
                g.reorder(_degree_first(g.senses))  # heel belangrijk: "very", not "whole"
            g.lemma = entry.lemma if entry.lemma.lower() == lemma.lower() else lemma
            if ordinal and entry.lemma == lemma:
                g.senses = [_english_ordinal(s) for s in g.senses]
                g.pos, g.note = "adjective", f"ordinal of {lemma}"
            for other in self.lexicon.lookup(entry.lemma):
                if other is not entry:  # zijn: the verb and the possessive
                    g.also.append({"source": LEXICON_SOURCE, "pos": other.pos,
                                   "senses": list(other.senses)})
                    if other.stress:  # vóórkomen beside voorkómen
                        g.also[-1]["stress"] = other.stress
        for d, hits in dict_hits:
            senses = [s for h in hits for s in h.senses][:6]
            if g.ipa is None:
                g.ipa = next((h.ipa for h in hits if h.ipa), None)
            if senses:
                g.also.append({"source": d.name, "senses": senses})
        if foreign_first:
            first = g.also.pop(0)
            if entry is not None:
                g.also.insert(0, {"source": LEXICON_SOURCE, "senses": g.senses})
            g.set_senses(first["senses"])
            g.source = first["source"]
        elif entry is not None:
            g.source = LEXICON_SOURCE
        elif expand(word) is not None:
            full, english = expand(word)
            g.set_senses([english])
            g.source, g.note = ABBREVIATION_SOURCE, f"= {full}"
            g.syllables = word
        elif g.also:
            first = g.also.pop(0)
            g.set_senses(first["senses"])
            g.source = first["source"]

        # a compound gets its parts glossed; when it has no entry of its own they are the gloss
        if parts and len(parts) >= 2:
            g.parts = self._part_glosses([p for p in parts if p])
        if not g.senses and kind == WORD and _is_place_adjective(lemma if lemma[:1].isupper() else word):
            # Oostends, Amersfoortse, Aristoteliaans: "of X", from the name in it
            name = lemma if lemma[:1].isupper() else word.rstrip("e")
            g.set_senses([f"of or from {_place_of(name)} (adjective)"])
            g.source, g.pos = "word formation", "adjective"
        if not g.senses and kind == WORD and not (g.parts and all(p.senses for p in g.parts)):
            # no source knows the word: read off how it is built (veeteelt = vee + teelt,
            # onveilig = on- + veilig, zuivering = zuiveren + -ing)
            formation = analyse_formation(lemma, self._glossable)
            if formation is not None:
                g.parts = [
                    PartGloss(p, [formation.affixes[p]], None) if p in formation.affixes
                    else PartGloss(p, *self._part_senses(p))
                    for p in formation.parts
                ]
        if not g.senses and g.parts and any(p.senses for p in g.parts):
            g.source = PARTS_SOURCE
        if (g.parts and len(g.parts) >= 2 and g.article is None and g.pos in (None, "noun")
                and pos in (None, "noun") and kind == WORD):
            self._head_grammar(g, lemma, g.parts[-1].lemma)
        if not g.senses and g.source is None and kind == WORD and len(lemma) >= 6:
            # no source knows it, but it looks like an English word: say so, carefully
            # (collaboratie, numeriek, irreversibel)
            cognate = english_cognate(lemma)
            if cognate is not None and cognate[0] != lemma.lower():
                g.set_senses([f"≈ {cognate[0]} (looks like the English word; check the context)"])
                g.source = COGNATE_SOURCE
            elif cognate is not None:
                g.set_senses([f"{cognate[0]} (the same word in English)"])
                g.source = COGNATE_SOURCE
        g.found = bool(g.senses) or g.source == PARTS_SOURCE or kind == NAME
        if not g.found:
            g.suggestions = self.suggest(word)
        return g

    def _lexicon_entry(self, candidates: list[str], separable: bool | None, pos: str | None,
                       word: str = ""):
        for c in candidates:
            entries = self.lexicon.lookup(c)
            if entries:
                if separable is None and len(entries) > 1:
                    entries = _entries_of_form(entries, word.lower(), self.lexicon)
                return _best_entry(entries, separable, pos)
        return None

    def _pos_hint(self, word: str, lemma: str) -> str | None:
        """The part of speech the engine read the word as (was → verb zijn)."""
        r = self.morphology.reading(word.lower())
        if r.verb == lemma:
            return "verb"
        if r.noun == lemma:
            return "noun"
        if r.adj == lemma:
            return "adjective"
        return None

    def _glossable(self, lemma: str) -> bool:
        """Can some source gloss this lemma on its own? (for word-formation analysis)"""
        if len(lemma) < 3:
            return False
        if lemma in self.lexicon:
            return True
        return any(lemma in d for d in self.dictionaries)

    def _part_glosses(self, parts: list[str]) -> list[PartGloss]:
        """The parts of a compound, each with the senses of its likely part of speech: the
        head is a noun where it can be (the compound's word class), a modifier a noun, else
        a verb (lezen in leesbril), else what it is."""
        out = []
        for i, p in enumerate(parts):
            prefer = _HEAD_ORDER if i == len(parts) - 1 else _MODIFIER_ORDER
            senses, pos = self._part_senses(p, prefer)
            out.append(PartGloss(p, senses, pos))
        return out

    def _part_senses(self, part: str, prefer: tuple[str, ...] = ()) -> tuple[list[str], str | None]:
        """(senses, part of speech) of a compound's part: the lexicon's entry of the first
        part of speech in *prefer* it has, else its first; else a dictionary's senses."""
        entries = self.lexicon.lookup(part)
        if entries:
            rank = {pos: i for i, pos in enumerate(prefer)}
            e = min(entries, key=lambda e: rank.get(e.pos, len(rank)))
            return list(e.senses), e.pos
        for _d, hits in self._dict_entries([part]):
            senses = [s for h in hits for s in h.senses]
            if senses:
                return senses[:3], None
        return [], None

    def _head_grammar(self, g: Gloss, lemma: str, head: str) -> None:
        """A compound without an entry of its own takes article, plural and diminutive from
        its head noun (fietsenstalling: de, -en, from stalling): Dutch compounds inherit them
        from their last part."""
        low = lemma.lower()
        if not low.endswith(head) or len(low) == len(head):
            return
        noun = next((e for e in self.lexicon.lookup(head) if e.pos == "noun"), None)
        if noun is None or not noun.article:
            return
        front = lemma[: len(lemma) - len(head)]
        g.pos, g.article = "noun", noun.article
        g.plural = front + noun.plural if noun.plural else None
        g.diminutive = front + noun.diminutive if noun.diminutive else None
        if g.note is None:
            g.note = f"article and plural from its last part, {head}"

    def _apply_store(self, g: Gloss) -> None:
        if self.store is None:
            return
        rec = self.store.word(g.lemma)
        if rec is None:
            return
        g.status = rec.status
        g.user_gloss, g.user_note = rec.gloss, rec.note
        if rec.gloss:
            if g.senses:
                g.also.insert(0, {"source": g.source, "senses": g.senses,
                                  "examples": g.examples, "preposition": g.preposition})
            g.set_senses([rec.gloss])
            g.source, g.found = NOTE_SOURCE, True
        elif rec.note and not g.found:
            g.source, g.found = NOTE_SOURCE, True

    # ------------------------------------------------------------------ suggestions
    def suggest(self, word: str, n: int = 5) -> list[str]:
        """Close spellings from the lexicon and the dictionaries."""
        w = word.lower()
        if not w:
            return []
        if self._suggest_pool is None:
            pool = {e.lemma.lower() for e in self.lexicon.entries()}
            for d in self.dictionaries[:2]:
                pool.update(h for h in d.headwords() if " " not in h)
            by_initial: dict[str, list[str]] = {}
            for p in pool:
                by_initial.setdefault(p[:1], []).append(p)
            self._suggest_pool = by_initial
        near = [p for p in self._suggest_pool.get(w[:1], ()) if abs(len(p) - len(w)) <= 2]
        return difflib.get_close_matches(w, near, n=n, cutoff=0.75)


def with_preposition(sense: str, prep: str | None, headword: str,
                     reflexive: bool = False) -> tuple[str | None, str]:
    """(the word with its fixed preposition, the sense without the brackets that repeat it):
    ("to think of (denken aan)", "aan", "denken") → ("denken aan", "to think of");
    a reflexive verb's with *zich*: zich ergeren aan."""
    if not prep:
        return None, sense
    phrase = " ".join([*(["zich"] if reflexive else []), headword, prep])
    bare = " ".join([*(["zich"] if reflexive else []), _plain(headword), prep])
    text = sense
    for quoted in {f"({phrase})", f"({bare})", f"({bare.removeprefix('zich ')})"}:
        if quoted.casefold() in text.casefold():
            at = text.casefold().index(quoted.casefold())
            text = " ".join((text[:at] + text[at + len(quoted):]).split())
    return phrase, text or sense


def _plain(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"))

#: Parts of speech in the order they are likelier for a compound's last part and for the
#: parts before it.
_HEAD_ORDER = ("noun", "adjective", "verb")
_MODIFIER_ORDER = ("noun", "verb", "adjective", "numeral", "adverb", "preposition")

#: The lexicon's part of speech for each tag of the tagger.
TAG_POS = {
    "NOUN": "noun", "PROPN": "noun", "VERB": "verb", "AUX": "verb", "PART": "verb",
    "ADJ": "adjective", "ADV": "adverb", "ADP": "preposition", "CCONJ": "conjunction",
    "SCONJ": "conjunction", "PRON": "pronoun", "DET": "determiner", "NUM": "numeral",
    "INTJ": "interjection",
}


def _modifies_next(analysis: Analysis, token: Token) -> bool:
    """Does an adjective stand before another adjective or adverb it grades (*heel
    belangrijk*, *erg laag*), as an adverb of degree?"""
    sentence = analysis.sentence_of(token)
    if sentence is None or token.index + 1 >= len(sentence.tokens):
        return False
    return sentence.tokens[token.index + 1].pos in ("ADJ", "ADV")


def _degree_first(senses: list[str]) -> list[int]:
    """An adjective used as a degree adverb: its adverb sense first ("very (adverb: heel
    mooi)" before "whole, entire"); the senses' indices in that order."""
    adverbial = [k for k, s in enumerate(senses) if "adverb" in s]
    return adverbial + [k for k in range(len(senses)) if k not in adverbial]


def _too_long(text: str) -> bool:
    return len(text) > MAX_ANALYSED and any(len(w) > MAX_ANALYSED for w in text.split())


def _is_place_adjective(lemma: str) -> bool:
    return lemma[:1].isupper() and lemma.endswith(("s", "isch", "aans", "ees")) and len(lemma) > 4


def _place_of(lemma: str) -> str:
    """Amersfoorts → Amersfoort; Aristoteliaans → Aristoteles-ish: the best we can say."""
    for suffix in ("isch", "aans", "s"):
        if lemma.endswith(suffix):
            return lemma[: -len(suffix)] or lemma
    return lemma


def _find_token(a: Analysis, word: str) -> Token | None:
    low = word.lower()
    for tok in a.tokens():
        if tok.text.lower() == low:
            return tok
    for tok in a.tokens():  # the lemma asked for: "voorkomen" in "Dat komt vaak voor."
        if (tok.lemma or "").lower() == low:
            return tok
    for tok in a.tokens():  # a multi-token input: the first word
        if tok.kind in (WORD, NAME):
            return tok
    return None


#: Forms the index keeps for verbs without a particle only: the joined present of a
#: separable verb (als je even doordenkt) is spelt the same and is not in the index.
_UNDECIDING = frozenset({"present", "stem"})


def _entries_of_form(entries: list, word: str, lex) -> list:
    """Of several entries of one spelling, those *word* is a form of, when that tells them
    apart: *voorgekomen* is the separable vóórkomen's participle, not voorkómen's (whose
    participle *voorkomen* is also both infinitives: that stays undecided)."""
    own = [e for e, kind in lex.forms().get(word, ()) if any(e is x for x in entries)
           and kind not in _UNDECIDING]
    return own if own and len(own) < len(entries) else entries


def _best_entry(entries, separable: bool | None, pos: str | None = None):
    """Of several entries of one spelling: the separable verb when the word was built from
    a separated particle, else the part of speech the engine read, else the first."""
    if separable:
        for e in entries:
            if e.pos == "verb" and e.particle:
                return e
    if pos:
        for e in entries:
            if e.pos == pos and (separable is not None or not e.particle or len(entries) == 1):
                return e
        for e in entries:
            if e.pos == pos:
                return e
    return entries[0]


def _fill_from_entry(g: Gloss, e) -> None:
    g.pos = e.pos
    g.article, g.plural, g.diminutive = e.article, e.plural, e.diminutive
    g.forms = dict(e.forms) if e.forms else None
    g.particle = e.particle
    g.reflexive = e.reflexive if e.pos == "verb" else None
    g.comparative, g.superlative = e.comparative, e.superlative
    g.set_senses(e.senses, e.sense_examples(), e.sense_prepositions())
    g.register, g.region, g.stress = e.register, e.region, e.stress
    g.plurals = list(e.plurals) if e.plurals else None
    g.note = e.note


_ENGLISH_ORDINALS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}


def _english_ordinal(sense: str) -> str:
    """four → fourth, twenty → twentieth, twenty-one → twenty-first, a hundred → hundredth."""
    head, sep, last = sense.strip().rpartition("-") if "-" in sense else ("", "", sense.strip())
    words = last.split(" ")
    w = words[-1]
    if w in _ENGLISH_ORDINALS:
        w = _ENGLISH_ORDINALS[w]
    elif w.endswith("y"):
        w = w[:-1] + "ieth"
    elif w.isalpha():
        w = w + "th"
    else:
        return sense
    if words[:-1] == ["a"]:
        words = []  # a hundred → hundredth
    return head + sep + " ".join([*words[:-1], w])


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _copy(g: Gloss) -> Gloss:
    d = {f: getattr(g, f) for f in Gloss.__slots__}
    d["senses"] = list(g.senses)
    d["examples"] = list(g.examples)
    d["preposition"] = list(g.preposition)
    d["also"] = [dict(a) for a in g.also]
    return Gloss(**d)
