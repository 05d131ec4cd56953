"""Lazily loaded language data shared by the engine.

Everything heavy (simplemma's Dutch table, wordfreq's frequency lists, the project lexicon)
is loaded on first use and kept for the life of the process.  simplemma's table (stored
lzma-compressed) and wordfreq's lists (gzipped msgpack) are kept decoded in the user cache
directory, keyed by the packages' versions: they load in a tenth of the time.
"""

from __future__ import annotations

import marshal
import math
import os
import tempfile
from functools import cache
from pathlib import Path

from .paths import cache_dir

__all__ = ["simplemma_table", "known_lemmas", "zipf", "english_zipf"]


def load_cached(name: str):
    """A value kept in the cache dir by :func:`save_cached`, or None."""
    return read_marshal(cache_dir() / f"{name}.marshal")


def save_cached(name: str, value) -> None:
    """Keep *value* (marshal-able) in the cache dir, atomically; failure is no error."""
    write_marshal(cache_dir() / f"{name}.marshal", value)


def read_marshal(path: Path):
    """The value of a file written by :func:`write_marshal`, or None (missing or broken)."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(path: Path, value) -> bool:
    """Write *value* (marshal-able) to *path* atomically; False when it cannot be written
    (a cache that cannot be kept is no error)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(value))
        os.replace(tmp, path)
    except (OSError, ValueError):
        return False
    return True


def package_version(package: str) -> str:
    return _version(package)


def _cached(name: str, build):
    """Derived data kept between runs in the cache dir (marshal: the fastest format the
    standard library reads back).  *name* carries the versions it depends on; a missing,
    stale or broken file is rebuilt, and a cache that cannot be written is no error."""
    value = load_cached(name)  # (marshal.loads of the bytes: marshal.load is 5x slower)
    if value:
        return value
    value = build()
    save_cached(name, value)
    return value


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


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
    needs "is this a known form/lemma?" answers that the public API does not give.  Kept
    decoded in the cache dir (simplemma stores it lzma-compressed: 0.5 s to decode).
    """
    return _cached(f"simplemma-nl-{_version('simplemma')}", _load_simplemma)


@cache
def known_lemmas() -> frozenset[bytes]:
    """Every lemma simplemma knows, lower-cased, with particle-verb joints removed
    (``uit_voeren`` → ``uitvoeren``), plus the project lexicon's lemmas."""
    from . import lexicon

    data = lexicon.DATA_FILE
    sig = f"{data.stat().st_size}-{data.stat().st_mtime_ns}" if data.exists() else "none"

    def build() -> frozenset[bytes]:
        values = set(simplemma_table().values())
        joined = {v.replace(b"_", b"").lower() for v in values}
        joined.update(e.lemma.lower().encode() for e in lexicon.default().entries())
        return frozenset(joined)

    return _cached(f"known-lemmas-{_version('simplemma')}-{sig}", build)


@cache
def _zipf_table(lang: str) -> dict[str, float]:
    return _cached(f"wordfreq-{lang}-{_version('wordfreq')}", lambda: _read_zipf_table(lang))


def _read_zipf_table(lang: str) -> dict[str, float]:
    """word → Zipf frequency from wordfreq's "large" list for *lang*.

    The list is read straight from wordfreq's data file (gzipped msgpack, one bucket of
    words per centibel of frequency: bucket i holds words of frequency 10**(-i/100), so
    Zipf = 9 - i/100).  That skips importing wordfreq's tokenisers, a fifth of a second
    at every start.  Other wordfreq layouts fall back to its public API.
    """
    try:
        import gzip
        from importlib.resources import files

        import msgpack

        data = files("wordfreq").joinpath("data", f"large_{lang}.msgpack.gz").read_bytes()
        pack = msgpack.unpackb(gzip.decompress(data), raw=False)
        header, buckets = pack[0], pack[1:]
        if not (isinstance(header, dict) and header.get("format") == "cB"):
            raise ValueError("not a cBpack file")
        table: dict[str, float] = {}
        for i, bucket in enumerate(buckets):
            if bucket:
                table.update(dict.fromkeys(bucket, round(9 - i / 100, 2)))
        return table
    except (ImportError, OSError, ValueError, KeyError, TypeError):  # pragma: no cover
        import wordfreq

        return {w: _to_zipf(f) for w, f in wordfreq.get_frequency_dict(lang, wordlist="best").items()}


def _to_zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def zipf(word: str) -> float:
    """wordfreq Zipf frequency of one lower-case Dutch form (0.0 when unseen).

    A direct lookup in wordfreq's table: ``wordfreq.zipf_frequency`` re-tokenises its
    argument on every call, which is 30× slower and changes nothing for single words.
    """
    return _zipf_table("nl").get(word, 0.0)


def english_zipf(word: str) -> float:
    """wordfreq Zipf frequency of an English word (for cognates)."""
    return _zipf_table("en").get(word, 0.0)
