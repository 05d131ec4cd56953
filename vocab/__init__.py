"""dutch-reader's language engine: analyse Dutch texts for learners.

The engine never imports textual or rich; the UI (``reader``) asks it for everything.

>>> from vocab import analyse
>>> a = analyse("Hij belde zijn moeder gisteren op.")
>>> [t.lemma for t in a.words()][:2]
['hij', 'opbellen']
"""

from .analysis import Analysis, analyse
from .difficulty import (
    LEVELS,
    TextProfile,
    WordStats,
    band_for,
    hyphenate,
    known_at_level,
    profile,
    syllables,
    vocabulary,
    word_stats,
)
from .importers import ImportFailure, LoadedText, decode_bytes, load_bytes, load_path
from .morphology import Morphology
from .text import Paragraph, Sentence, Token

__all__ = [
    "Analysis",
    "analyse",
    "LEVELS",
    "TextProfile",
    "WordStats",
    "band_for",
    "hyphenate",
    "known_at_level",
    "profile",
    "syllables",
    "vocabulary",
    "word_stats",
    "ImportFailure",
    "LoadedText",
    "decode_bytes",
    "load_bytes",
    "load_path",
    "Morphology",
    "Paragraph",
    "Sentence",
    "Token",
]

__version__ = "0.1.0"
