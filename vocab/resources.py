"""Lazily loaded language data shared by the engine.

Everything heavy (simplemma's Dutch table, wordfreq's frequency lists, the project lexicon)
is loaded on first use and kept for the life of the process.  simplemma's table is stored
lzma-compressed; decoding it costs ~0.5 s, so a pickled copy is kept in the user cache
directory (keyed by simplemma's version) and loads in ~0.1 s.
"""

from __future__ import annotations

import math
import os
import pickle
import tempfile
from functools import cache

from .paths import cache_dir

__all__ = ["simplemma_table", "known_lemmas", "zipf", "english_zipf"]


def _load_simplemma() -> dict[bytes, bytes]:
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            _load_dictionary_from_disk,
        )

        return _load_dictionary_from_disk("nl")
    except (ImportError, AttributeError):  # pragma: no cover - other simplemma layouts
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        mapping = DefaultDictionaryFactory().get_dictionary("nl")
        return {k.encode(): v.encode() for k, v in mapping.items()}


@cache
def simplemma_table() -> dict[bytes, bytes]:
    """simplemma's Dutch form → lemma table (bytes → bytes, as simplemma stores it).

    Read through simplemma's own loader; we use the table directly because the engine
    needs "is this a known form/lemma?" answers that the public API does not give.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        tag = version("simplemma")
    except PackageNotFoundError:  # pragma: no cover
        tag = "unknown"
    path = cache_dir() / f"simplemma-nl-{tag}.pickle"
    try:
        with path.open("rb") as fh:
            table = pickle.load(fh)
        if isinstance(table, dict) and table:
            return table
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    table = _load_simplemma()
    try:  # write atomically; a cache we cannot write is not an error
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return table


@cache
def known_lemmas() -> frozenset[bytes]:
    """Every lemma simplemma knows, lower-cased, with particle-verb joints removed
    (``uit_voeren`` → ``uitvoeren``), plus the project lexicon's lemmas."""
    from . import lexicon

    values = set(simplemma_table().values())
    joined = {v.replace(b"_", b"").lower() for v in values}
    joined.update(e.lemma.lower().encode() for e in lexicon.default().entries())
    return frozenset(joined)


@cache
def _frequencies(lang: str) -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(lang, wordlist="best")


def _to_zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def zipf(word: str) -> float:
    """wordfreq Zipf frequency of one lower-case Dutch form (0.0 when unseen).

    A direct lookup in wordfreq's table: ``wordfreq.zipf_frequency`` re-tokenises its
    argument on every call, which is 30× slower and changes nothing for single words.
    """
    return _to_zipf(_frequencies("nl").get(word, 0.0))


def english_zipf(word: str) -> float:
    """wordfreq Zipf frequency of an English word (for cognates)."""
    return _to_zipf(_frequencies("en").get(word, 0.0))
