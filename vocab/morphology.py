"""The engine's analysis of a text: names, tags, lemmas, particle verbs, compounds.

Stages, each a module with one job, run in this order over the tokens of a whole text:

1. :mod:`vocab.names`: which capitalised words are names (kind NAME);
2. :mod:`vocab.tagging`: the part of speech of every token (UPOS; PART for the particle of a
   separable verb), by a trained model;
3. :mod:`vocab.lemmas`: the lemma among the form's readings (:mod:`vocab.readings`) that
   fits the tag;
4. :mod:`vocab.particles`: particles joined to their verbs (*belde … op* → *opbellen*);
5. :mod:`vocab.compounds`: compound parts of each lemma;
6. :mod:`vocab.expressions`: fixed expressions, per sentence, on the joined lemmas (*maakt …
   deel uit van* → *deel uitmaken van*).

The context-free work for a written form (its reading, flags, compound parts) is computed once
per process (:meth:`Morphology._type`), so a token costs a dictionary lookup plus the stages'
little per-token logic; the tagger scores a whole text with a few numpy operations.
"""

from __future__ import annotations

from . import lexicon as _lexicon
from .abbreviations import expand as expand_abbreviation
from .compounds import Compounds
from .expressions import default as default_expressions
from .lemmas import Lemmas
from .names import Names, sentence_case
from .particles import ParticleVerbs
from .readings import Reading, Readings
from .tagging.tagger import Tagger
from .text import NUMBER, PUNCT, WORD, Paragraph, Sentence
from .wordforms import (
    ORDINAL_NUMBER_RE,
    PARTICLES,
    infinitive_stems,
    is_ordinal_of,
    normalise,
)

__all__ = ["Morphology", "Reading", "PARTICLES", "default", "is_ordinal_of"]

# Flags of a written form (Morphology._type).
_UPPER, _ELIDED = 1, 2


class Morphology:
    """The analysis pipeline and the engine's word knowledge for other modules."""

    def __init__(self, lex: _lexicon.Lexicon | None = None) -> None:
        self.readings = Readings(lex)
        self.lexicon = self.readings.lexicon
        self.compounds = Compounds(self.readings)
        self.names = Names(self.readings, self.compounds)
        self.lemmas = Lemmas(self.readings)
        self.particles = ParticleVerbs(self.readings, self.lemmas)
        self.tagger = Tagger(self)
        self.expressions = default_expressions()
        self._types: dict[str, tuple] = {}  # written form → see _type

    # ------------------------------------------------------------------ word knowledge
    def reading(self, w: str) -> Reading:
        """Everything a lower-cased form can be (cached per form)."""
        return self.readings.reading(w)

    def compound_parts(self, lemma: str) -> tuple[str, ...] | None:
        return self.compounds.parts(lemma)

    def is_lemma(self, word: str) -> bool:
        return self.readings.is_lemma(word)

    def simplemma(self, word: str) -> str | None:
        return self.readings.simplemma(word)

    def is_verb_lemma(self, word: str) -> bool:
        return self.readings.is_verb_lemma(word)

    def joins(self, particle: str, verb: str) -> bool:
        return self.readings.joins(particle, verb)

    def particle_bases(self, form: str) -> tuple[str, ...]:
        return self.lemmas.particle_bases(form, self.readings.reading(form))

    def lemmatize(self, word: str) -> str:
        """Context-free lemma of a single word (lower-cased unless it is all caps)."""
        return self.readings.lemmatize(word)

    def mark_names(self, paragraphs: list[Paragraph]) -> None:
        """Only the name stage (used to prepare the tagger's training data)."""
        self.names.mark(paragraphs)

    # ------------------------------------------------------------------ analysis
    def analyse_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        """Fill kind, pos, lemma, parts and pair on every token, in place."""
        self.names.mark(paragraphs)
        sentences = [s for p in paragraphs for s in p.sentences]
        tags = self.tagger.tag([s.tokens for s in sentences])
        for sentence, sentence_tags in zip(sentences, tags, strict=True):
            self._sentence(sentence, sentence_tags)

    def analyse_sentence(self, sentence: Sentence) -> None:
        """Analyse one sentence on its own (names from this sentence only)."""
        self.analyse_paragraphs([Paragraph(sentence.start, sentence.end, [sentence])])

    def _type(self, text: str) -> tuple:
        """What the analysis of a written form needs before context, computed once per form:
        (normalised form, reading or None for an abbreviation, flags, compound parts of the
        reading's lemma or the abbreviation's lemma)."""
        norm = normalise(text)
        flags = 0
        if text[0].isupper():
            flags |= _UPPER
        if text[-1] in "-‐":
            flags |= _ELIDED
        if norm[-1] == "." or norm.startswith("'"):
            full = expand_abbreviation(norm)
            if full is not None:
                # bijv. → bijvoorbeeld; a multi-word expansion keeps the abbreviation
                return norm, None, flags, full[0] if " " not in full[0] else norm
        r = self.readings.reading(norm)
        return norm, r, flags, self.compounds.parts(r.lemma)

    def _sentence(self, sentence: Sentence, tags: list[str]) -> None:
        tokens = sentence.tokens
        for tok, tag in zip(tokens, tags, strict=True):
            tok.pos = tag
        self._finite_verb_first(tokens)
        title_case = sentence_case(sentence) == "title"
        readings: list[Reading | None] = []
        append = readings.append
        elided = particles = False
        types = self._types
        choose = self.lemmas.choose
        for i, tok in enumerate(tokens):
            kind = tok.kind
            if kind != WORD:
                append(None)
                if kind == NUMBER:
                    tok.lemma = ORDINAL_NUMBER_RE.sub("", tok.text)  # 19e, 49ste → 19, 49
                elif kind == PUNCT:
                    tok.lemma = None
                elif tok.lemma is None:
                    tok.lemma = tok.text  # a name the name stage did not lemmatise (a URL)
                continue
            text = tok.text
            info = types.get(text)
            if info is None:
                info = types[text] = self._type(text)
            norm, r, flags, parts = info
            if r is None:  # an abbreviation
                tok.lemma = parts
                append(None)
                continue
            append(r)
            tok.lemma = choose(norm, r, tok.pos, tokens, i)
            if tok.pos == "PART" or norm in PARTICLES:
                particles = True
            if tok.lemma != r.lemma:
                parts = self.compounds.parts(tok.lemma)
            if flags & _ELIDED:
                elided = True
            elif flags & _UPPER:
                parts = self._capitalised(tok, text, norm, r, title_case, parts)
            tok.parts = parts
        # (an elided part borrows its head; the halves of a particle verb have no parts)
        if elided:
            self.compounds.elided(tokens)
        if particles:
            self.particles.join(tokens, readings)
        self.expressions.mark(tokens)

    def _finite_verb_first(self, tokens) -> None:
        """Every clause has a finite verb.  When the tagger found none in a sentence's first
        clause and the first word can be a verb's stem, that word is the verb: an imperative
        or a question (*Raak niet in paniek*, *Fiets je mee?*)."""
        first = next((t for t in tokens if t.kind == WORD), None)
        if first is None or not first.initial or first.pos in ("VERB", "AUX"):
            return
        if first.pos not in ("ADJ", "NOUN", "ADV"):
            return
        words = 0
        for t in tokens[first.index + 1 :]:
            if t.pos in ("VERB", "AUX"):
                return
            if t.kind == PUNCT or t.pos in ("SCONJ", "CCONJ"):
                break
            words += 1
        if words < 2:
            return  # a clause of a word or two may have no verb: Goed zo. Mooi!
        norm = normalise(first.text)
        verb = self.readings.reading(norm).verb
        if verb and norm in infinitive_stems(verb):
            first.pos = "VERB"

    def _capitalised(self, tok, text: str, norm: str, r: Reading, title_case: bool, parts):
        """A capitalised word that is no name: VN-rapporten → VN-rapport; Amerikaanse →
        Amerikaans (but Economische at the start of a sentence is economisch)."""
        lemma = tok.lemma
        if "-" in text:
            # keep the written name part, lemmatise the head
            prefix, head = text.rsplit("-", 1)
            tok.lemma = f"{prefix}-{self.readings.reading(normalise(head)).lemma}"
        if self.readings.is_national_adjective(norm) and not (
            (tok.initial or title_case) and self.readings.lower_adjective(r.lemma)
        ):
            base = r.lemma if r.lemma != norm or not norm.endswith("e") else norm[:-1]
            tok.lemma = _capitalise_like(text, base)
        if tok.lemma != lemma:
            return self.compounds.parts(tok.lemma)
        return parts


def _capitalise_like(text: str, lemma: str) -> str:
    """Zuid-Amerikaanse → Zuid-Amerikaans: take the capitals of the written word."""
    out = [c.upper() if i < len(text) and text[i].isupper() else c for i, c in enumerate(lemma)]
    return "".join(out)


_DEFAULT: Morphology | None = None


def default() -> Morphology:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Morphology()
    return _DEFAULT
