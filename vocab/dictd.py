"""Reading dictionaries in the dictd format (FreeDict's format).

A dictionary is two files: ``NAME.index`` with one line per headword —
``headword<TAB>offset<TAB>length``, offset and length in dictd's base64 digits — and
``NAME.dict`` (plain) or ``NAME.dict.dz`` (dictzip, which is gzip-compatible) with the
entries' text.  The format is small enough that a reader of our own is simpler than a
dependency: the index is parsed on first lookup, the text is decompressed once.

Dictionaries are files from elsewhere: only regular files are read, the index and the
(unpacked) text have size limits (a gzip bomb is unpacked as a stream and stopped at the
limit), a dictionary that fails is not read again, and ``dict add`` installs a dictionary
only when it reads well (both files through temporary files, so a full disk leaves
nothing half-installed).  Names are plain file names: ``dict remove ../x`` removes nothing.

FreeDict entries look like ``huis /həʏs/\\n1. house\\n2. family\\n``: the IPA between
slashes and numbered senses are picked out; anything else is kept as plain text.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .controls import neutralise
from .fileio import FileProblem, atomic_write, gunzip_limited, read_limited

__all__ = [
    "Dictionary",
    "DictEntry",
    "DictdError",
    "find_dictionaries",
    "add_dictionary",
    "remove_dictionary",
    "for_language",
    "LANGUAGE_CODES",
]

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}

#: ISO 639-1 → FreeDict's ISO 639-3 codes, for ``--lang``.
LANGUAGE_CODES = {
    "en": "eng", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "pt": "por",
    "sv": "swe", "af": "afr", "ja": "jpn", "ru": "rus", "pl": "pol", "tr": "tur",
}


#: The largest index and the largest entries' text (unpacked) read; FreeDict's largest
#: dictionaries are a few tens of MB.
MAX_INDEX_BYTES = 64 * 1024 * 1024
MAX_DICT_BYTES = 128 * 1024 * 1024
#: What a dictionary's name may be: a file name of letters, digits and . _ + - (FreeDict:
#: freedict-nld-eng), never a path.
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")


class DictdError(Exception):
    """A dictionary file is missing or malformed; ``str(exc)`` is one line."""


def _check_name(name: str) -> str:
    if not _NAME_RE.fullmatch(name) or ".." in name or len(name) > 200:
        raise DictdError(f"{name!r} is not a dictionary name (see 'dutch-reader dict list')")
    return name


def _b64(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 64 + _B64[ch]
    return n


def _key(word: str) -> str:
    return word.strip().lower().replace("ĳ", "ij").replace("’", "'")


@dataclass(slots=True)
class DictEntry:
    headword: str
    text: str
    ipa: str | None = None
    senses: list[str] = field(default_factory=list)


_IPA_RE = re.compile(r"^\S.*?/([^/\n]+)/")
_SENSE_RE = re.compile(r"^\s*\d+\.\s*(.+)$")


def parse_entry(headword: str, text: str) -> DictEntry:
    """IPA and senses out of a FreeDict-style entry text."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    ipa = None
    if lines:
        m = _IPA_RE.match(lines[0])
        if m:
            ipa = m.group(1).strip()
    body = lines[1:] if lines and (ipa or lines[0].split()[:1] == headword.split()[:1]) else lines
    senses = []
    for line in body:
        m = _SENSE_RE.match(line)
        if m:
            senses.append(m.group(1).strip())
    if not senses:
        senses = [line.strip() for line in body if line.strip()][:4]
    return DictEntry(
        headword=headword, text=text.strip(), ipa=ipa, senses=[_respace(s) for s in senses]
    )


#: A lower-case run of 7+ letters standing alone (not inside a capitalised name: Damascus).
_RUN_TOGETHER = re.compile(r"(?<![^\W\d_])[a-z]{7,}(?![^\W\d_])")
#: Words of one or two letters a re-spaced sense may contain ("a", "in", "up"); any other
#: piece must be a word of three letters or more (no "me d d le some ness").
_SHORT_WORDS = frozenset(
    "a an as at be by do go he if in is it me my no of on or so to up us we".split()
)
#: Pieces that are affixes rather than words ("overbearing ness", "pico metre").
_AFFIXES = frozenset(
    """
    ness ment ful ous ism ist ity ing hood ally ible ical ive ize ise tion sion
    anti pico micro macro mega multi pseudo mono poly semi ultra
    """.split()
)


def _respace(sense: str) -> str:
    """FreeDict's nld-eng data lost the spaces inside some senses ("goonfoot",
    "onthecontrary"); put them back where the run-together word is no English word and
    splits into common English words, the likeliest split by word frequency (a unigram
    model: the sum of log probabilities).  Names and words that do not split cleanly are
    left as written: a sense is never made worse than FreeDict wrote it."""
    return _RUN_TOGETHER.sub(_respaced, sense)


def _respaced(m: re.Match) -> str:
    word = m.group()
    start = m.start()
    if word[0] in "st" and start > 0 and m.string[start - 1] in "'’":
        # one'sprinciples, don'tknow: the letter after the apostrophe belongs to the word
        rest = _segment(word[1:]) or (word[1:] if _english_word(word[1:]) else None)
        return word[0] + " " + rest if rest else word
    return _segment(word) or word


_PARTICLES = ("in", "on", "up", "at", "to", "by", "of")


def _verb_and_particle(piece: str, z: float) -> bool:
    """A less common word that is a very common word and a particle run together is read
    as the two: "putinorder" is "put in order" (Putin is a name)."""
    if z >= 4.5 or len(piece) < 5 or piece[-2:] not in _PARTICLES:
        return False
    from .resources import english_zipf

    return english_zipf(piece[:-2]) >= 5.5


def _english_word(word: str) -> bool:
    from .resources import english_zipf

    return english_zipf(word) >= _min_zipf(word)


def _min_zipf(piece: str) -> float:
    """How common a piece must be to count as a word: the shorter, the commoner (ind, ign
    and ant are in wordfreq's lists, but no word of a run-together sense; a long rare word
    is likelier than short ones by chance: "loggerheads", not "logger heads")."""
    n = len(piece)
    return 4.5 if n <= 3 else 4.0 if n == 4 else 3.0 if n <= 7 else 2.0


def _segment(word: str) -> str | None:
    from .resources import english_zipf

    if english_zipf(word) > 0:
        return None
    n = len(word)
    # best[i]: (log10 probability, words) for word[:i]; a word's log10 probability is its
    # Zipf value - 9 (Zipf is log10 of the frequency per billion words)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(1, n + 1):
        for j in range(max(0, i - 15), i):
            if best[j] is None:
                continue
            piece = word[j:i]
            if (len(piece) < 3 and piece not in _SHORT_WORDS) or piece in _AFFIXES:
                continue
            z = english_zipf(piece)
            if z < (3.0 if piece in _SHORT_WORDS else _min_zipf(piece)) or _verb_and_particle(piece, z):
                continue
            score = best[j][0] + (z - 9.0)
            if best[i] is None or score > best[i][0]:
                best[i] = (score, [*best[j][1], piece])
    if best[n] is None or len(best[n][1]) < 2 or all(len(p) < 4 for p in best[n][1]):
        return None  # small words alone are a guess (abutonto is no "a but on to")
    return " ".join(best[n][1])


class Dictionary:
    """One dictd dictionary; files are read on first use."""

    def __init__(self, index_path: Path | str):
        self.index_path = Path(index_path)
        self.name = self.index_path.name[: -len(".index")]
        base = self.index_path.with_name(self.name)
        candidates = [base.with_name(self.name + ".dict.dz"), base.with_name(self.name + ".dict")]
        self.data_path = next((p for p in candidates if p.exists()), candidates[0])
        self._index: dict[str, list[tuple[str, int, int]]] | None = None
        self._data: bytes | None = None
        self._error: DictdError | None = None  # a dictionary that failed is not read again

    def __repr__(self) -> str:
        return f"Dictionary({self.name!r})"

    @property
    def languages(self) -> tuple[str, str] | None:
        """(source, target) ISO 639-3 codes from a FreeDict-style name (freedict-nld-eng)."""
        m = re.search(r"([a-z]{3})-([a-z]{3})$", self.name)
        return (m.group(1), m.group(2)) if m else None

    def _failed(self, exc: FileProblem) -> DictdError:
        self._error = DictdError(str(exc))
        return self._error

    def _load_index(self) -> dict[str, list[tuple[str, int, int]]]:
        if self._error is not None:
            raise self._error
        if self._index is None:
            index: dict[str, list[tuple[str, int, int]]] = {}
            try:
                raw = read_limited(self.index_path, MAX_INDEX_BYTES, "a dictionary index")
            except FileProblem as exc:
                raise self._failed(exc) from None
            text = raw.decode("utf-8", errors="replace")
            for line in text.splitlines():
                parts = line.split("\t")
                if len(parts) < 3 or parts[0].startswith("00database"):
                    continue
                try:
                    offset, length = _b64(parts[1]), _b64(parts[2])
                except KeyError:
                    continue
                index.setdefault(_key(parts[0]), []).append((parts[0], offset, length))
            self._index = index
        return self._index

    def _load_data(self) -> bytes:
        if self._error is not None:
            raise self._error
        if self._data is None:
            try:
                if self.data_path.name.endswith(".dz") or _gzipped(self.data_path):
                    raw = gunzip_limited(self.data_path, MAX_DICT_BYTES, "a dictionary")
                else:
                    raw = read_limited(self.data_path, MAX_DICT_BYTES, "a dictionary")
            except FileProblem as exc:
                raise self._failed(exc) from None
            self._data = raw
        return self._data

    def load(self) -> Dictionary:
        """Read both files now (for timing and for an early error)."""
        self._load_index()
        self._load_data()
        return self

    def __len__(self) -> int:
        return len(self._load_index())

    def headwords(self) -> list[str]:
        return list(self._load_index())

    def lookup(self, word: str) -> list[DictEntry]:
        hits = self._load_index().get(_key(word))
        if not hits:
            return []
        data = self._load_data()
        out = []
        for headword, offset, length in hits:
            # a dictionary is a file from elsewhere: no control character reaches a screen
            text = neutralise(data[offset : offset + length].decode("utf-8", errors="replace"))
            out.append(parse_entry(neutralise(headword.replace("ĳ", "ij")), text))
        return out

    def __contains__(self, word: str) -> bool:
        return _key(word) in self._load_index()


def _gzipped(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(2) == b"\x1f\x8b"
    except OSError:
        return False


def find_dictionaries() -> list[Dictionary]:
    """Dictionaries in the user's data dir first, then the system's (/usr/share/dictd)."""
    seen: set[str] = set()
    out: list[Dictionary] = []
    for folder in [paths.user_dict_dir(), *paths.system_dict_dirs()]:
        if not folder.is_dir():
            continue
        for index in sorted(folder.glob("*.index")):
            d = Dictionary(index)
            if d.name not in seen and (d.data_path.exists()):
                seen.add(d.name)
                out.append(d)
    return out


def for_language(lang: str, dictionaries: list[Dictionary] | None = None) -> list[Dictionary]:
    """Dutch → *lang* dictionaries (lang as ISO 639-1 'de' or 639-3 'deu')."""
    code = LANGUAGE_CODES.get(lang, lang)
    dictionaries = find_dictionaries() if dictionaries is None else dictionaries
    return [d for d in dictionaries if d.languages == ("nld", code)]


def add_dictionary(path: Path | str) -> Dictionary:
    """Copy a dictd dictionary (NAME.index with NAME.dict[.dz] beside it) into the user's
    dictionary folder.  *path* may name the .index, the .dict(.dz) or the common stem."""
    p = Path(path)
    name = p.name
    for suffix in (".index", ".dict.dz", ".dict"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    folder = p.parent
    index = folder / f"{name}.index"
    data = next((folder / f"{name}{s}" for s in (".dict.dz", ".dict") if (folder / f"{name}{s}").exists()), None)
    if not index.exists():
        raise DictdError(f"{index}: no such dictionary index")
    if data is None:
        raise DictdError(f"{folder / name}.dict(.dz): no dictionary data beside the index")
    _check_name(name)
    probe = Dictionary(index)
    probe.data_path = data
    probe.load()  # refused here (too large, a bomb, not a file) is never installed
    if len(probe) == 0:
        raise DictdError(f"{index}: not a dictd index (no entries found)")
    dest_dir = paths.user_dict_dir()
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DictdError(f"cannot create {dest_dir}: {exc.strerror or exc}") from None
    installed: list[Path] = []
    try:
        for src in (data, index):  # the index last: a dictionary is found by its index
            atomic_write(dest_dir / src.name, lambda tmp, src=src: shutil.copyfile(src, tmp))
            installed.append(dest_dir / src.name)
    except FileProblem as exc:
        for p in installed:
            p.unlink(missing_ok=True)
        raise DictdError(str(exc)) from None
    return Dictionary(dest_dir / index.name)


def remove_dictionary(name: str) -> Path:
    """Remove a dictionary the user added; system dictionaries are not ours to delete.
    *name* is a dictionary's name, never a path."""
    _check_name(name)
    folder = paths.user_dict_dir()
    index = folder / f"{name}.index"
    if not index.exists():
        system = [d for d in find_dictionaries() if d.name == name]
        if system:
            raise DictdError(
                f"{name} is a system dictionary ({system[0].index_path.parent}); "
                "remove it with your package manager"
            )
        raise DictdError(f"no added dictionary named {name!r} (see 'dutch-reader dict list')")
    for p in (index, folder / f"{name}.dict.dz", folder / f"{name}.dict"):
        p.unlink(missing_ok=True)
    return index
