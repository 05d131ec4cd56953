"""One analysis object per text: paragraphs → sentences → tokens with lemmas.

The reader, the vocabulary list, the cloze generator and the exporters all read this one
object; nothing re-tokenises.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field

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
) -> Analysis:
    """Segment and lemmatise *text* (already decoded; see :mod:`vocab.importers`)."""
    morph = morphology or default_morphology()
    # Analysis allocates hundreds of thousands of small acyclic objects; with the language
    # data in memory every generation-2 collection walks all of it, which more than doubles
    # the time of a book. Nothing made here forms cycles, so collection can wait.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        paragraphs = segment(text)
        morph.analyse_paragraphs(paragraphs)
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
