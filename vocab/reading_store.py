"""Readings and compound splits of earlier runs, kept in the cache dir (see ReadingStore)."""

from __future__ import annotations

from pathlib import Path

from . import lexicon as _lexicon

__all__ = ["ReadingStore"]


#: The code that readings and compound splits are computed by (part of the cache's name).
_FINGERPRINTED = (
    "readings.py", "reading_store.py", "compounds.py", "wordforms.py", "lexicon/__init__.py",
    "resources.py", "abbreviations.py",
)


class ReadingStore:
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
        for f in _FINGERPRINTED:
            h.update((here / f).read_bytes())
        h.update(_lexicon.DATA_FILE.read_bytes() if _lexicon.DATA_FILE.exists() else b"")
        h.update(package_version("simplemma").encode() + package_version("wordfreq").encode())
        return f"readings-{h.hexdigest()[:16]}"

    def reading(self, w: str):
        return self._load()["r"].get(w)

    def add_reading(self, w: str, r) -> None:
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
