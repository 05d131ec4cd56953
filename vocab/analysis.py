"""One analysis object per text: paragraphs → sentences → tokens with lemmas.

The reader, the vocabulary list, the cloze generator and the exporters all read this one
object; nothing re-tokenises.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import analysis_cache
from .morphology import Morphology
from .morphology import default as default_morphology
from .text import NAME, WORD, Paragraph, Sentence, Token, segment

__all__ = ["Analysis", "analyse", "dutch_share"]


@dataclass(slots=True, eq=False)
class Analysis:
    text: str
    paragraphs: list[Paragraph]
    title: str = ""
    source: str = ""
    warnings: list[str] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, repr=False)
    _sentence_list: list[Sentence] | None = field(default=None, repr=False)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    def tokens(self) -> Iterator[Token]:
        for p in self.paragraphs:
            for s in p.sentences:
                yield from s.tokens

    def words(self) -> Iterator[Token]:
        """Vocabulary tokens: words, not names, numbers or punctuation."""
        return (t for t in self.tokens() if t.kind == WORD)

    def running_words(self) -> Iterator[Token]:
        """Every token a reader reads as a word (words and names)."""
        return (t for t in self.tokens() if t.kind in (WORD, NAME))

    def sentence_of(self, token: Token) -> Sentence | None:
        """The sentence *token* belongs to (found by its offset)."""
        starts = self._starts
        if starts is None:
            self._sentence_list = self.sentences
            starts = self._starts = [s.start for s in self._sentence_list]
        i = bisect_right(starts, token.start) - 1
        if i < 0:
            return None
        s = self._sentence_list[i]
        return s if token.index < len(s.tokens) and s.tokens[token.index] is token else None

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "sentences": [
                {
                    "text": self.sentence_text(s),
                    "start": s.start,
                    "end": s.end,
                    "tokens": [t.to_dict() for t in s.tokens],
                }
                for s in self.sentences
            ],
        }


def analyse(
    text: str,
    *,
    title: str = "",
    source: str = "",
    morphology: Morphology | None = None,
    cache: bool = True,
) -> Analysis:
    """Segment, tag and lemmatise *text* (already decoded; see :mod:`vocab.importers`).

    The analysis of a longer text (the default engine only) is kept in the cache dir, named
    by the text's hash and the engine's fingerprint: opening the same book again costs no
    analysis (:mod:`vocab.analysis_cache`)."""
    # Analysis allocates hundreds of thousands of small acyclic objects; with the language
    # data in memory every generation-2 collection walks all of it, which more than doubles
    # the time of a book. Nothing made here forms cycles, so collection can wait.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        cached = cache and morphology is None and len(text) >= analysis_cache.MIN_CHARS
        paragraphs = analysis_cache.load(text) if cached else None
        if paragraphs is None:
            morph = morphology or default_morphology()
            paragraphs = segment(text)
            morph.analyse_paragraphs(paragraphs)
            if cached:
                analysis_cache.save(text, paragraphs)
    finally:
        if was_enabled:
            gc.enable()
    return Analysis(text=text, paragraphs=paragraphs, title=title, source=source)


def dutch_share(analysis: Analysis, sample: int = 2000) -> float:
    """Share of (up to *sample*) word tokens that look Dutch rather than English or
    nothing at all: a text with little Dutch in it deserves a warning."""
    from .resources import english_zipf, zipf

    words = [t.text.lower() for t in analysis.words() if t.text.isalpha()][:sample]
    if not words:
        return 0.0
    dutch = 0
    for w in words:
        nl = zipf(w)
        if nl > 0 and nl >= english_zipf(w) - 0.5:
            dutch += 1
    return dutch / len(words)
