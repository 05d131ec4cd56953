"""Lazily loaded language data shared by the engine.

Everything heavy (simplemma's Dutch dictionary, wordfreq's frequency list, the project
lexicon) is loaded on first use and kept for the life of the process.
"""

from __future__ import annotations

from functools import cache

__all__ = ["simplemma_table", "known_lemmas", "zipf"]


@cache
def simplemma_table() -> dict[bytes, bytes]:
    """simplemma's Dutch form → lemma table (bytes → bytes, as simplemma stores it).

    Read through simplemma's own loader; we use the table directly because the engine
    needs "is this a known form/lemma?" answers that the public API does not give.
    """
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
def known_lemmas() -> frozenset[bytes]:
    """Every lemma simplemma knows, lower-cased, with particle-verb joints removed
    (``uit_voeren`` → ``uitvoeren``), plus the project lexicon's lemmas."""
    from . import lexicon

    values = set(simplemma_table().values())
    joined = {v.replace(b"_", b"").lower() for v in values}
    joined.update(e.lemma.lower().encode() for e in lexicon.default().entries())
    return frozenset(joined)


@cache
def _wordfreq():
    import wordfreq

    return wordfreq


@cache
def zipf(word: str) -> float:
    """wordfreq Zipf frequency of one surface form (0.0 when unseen)."""
    return _wordfreq().zipf_frequency(word, "nl", wordlist="best")
