"""The project's own learner lexicon (Dutch → English), written and reviewed by us.

Data: ``vocab/lexicon/nl-en.jsonl``, one entry per line, sorted by lemma.  Loaded lazily on
first use.  Besides lookups by lemma, the lexicon yields an index of inflected forms
(plurals, diminutives, past tenses, participles, adjective forms) that the lemmatiser uses
to correct simplemma (*zwom* → *zwemmen*, *steden* → *stad*).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["Entry", "Lexicon", "default", "known_names", "DATA_FILE", "POS_VALUES"]

DATA_FILE = Path(__file__).with_name("nl-en.jsonl")
#: Frequent wordfreq words we reviewed and left out of the lexicon: names, English, fragments.
EXCLUDED_FILE = Path(__file__).with_name("excluded.tsv")

POS_VALUES = (
    "noun",
    "verb",
    "adjective",
    "adverb",
    "preposition",
    "conjunction",
    "pronoun",
    "determiner",
    "numeral",
    "interjection",
)


@dataclass(slots=True, eq=False)
class Entry:  # treated as immutable (a frozen dataclass is 3x slower to build)
    lemma: str
    pos: str
    senses: tuple[str, ...]
    note: str | None = None
    article: str | None = None
    plural: str | None = None
    diminutive: str | None = None
    forms: dict | None = None  # verbs: past_singular, past_plural, past_participle, auxiliary
    particle: str | None = None
    reflexive: bool = False
    comparative: str | None = None
    superlative: str | None = None
    inflected: str | None = None
    # richer entries (issue #13): per sense an example {nl, en} and the fixed preposition
    # (wachten: [None, "op"]), each aligned with ``senses`` or None when the entry has none
    examples: tuple[dict, ...] | None = None
    prepositions: tuple[str | None, ...] | None = None
    register: str | None = None  # informal, formal, vulgar, old-fashioned
    region: str | None = None  # Flemish, Netherlands
    plurals: tuple[str, ...] | None = None  # the alternatives, the main plural among them
    stress: str | None = None  # the lemma with its stressed vowel accented: vóórkomen
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, d: dict) -> Entry:
        return cls(
            lemma=d["lemma"],
            pos=d["pos"],
            senses=tuple(d.get("senses") or ()),
            note=d.get("note"),
            article=d.get("article"),
            plural=d.get("plural"),
            diminutive=d.get("diminutive"),
            forms=d.get("forms"),
            particle=d.get("particle"),
            reflexive=bool(d.get("reflexive", False)),
            comparative=d.get("comparative"),
            superlative=d.get("superlative"),
            inflected=d.get("inflected"),
            examples=tuple(d["examples"]) if d.get("examples") else None,
            prepositions=tuple(d["prepositions"]) if d.get("prepositions") else None,
            register=d.get("register"),
            region=d.get("region"),
            plurals=tuple(d["plurals"]) if d.get("plurals") else None,
            stress=d.get("stress"),
            raw=d,
        )

    def to_dict(self) -> dict:
        """The public JSON shape (``dutch-reader gloss --json``)."""
        return {
            "lemma": self.lemma,
            "pos": self.pos,
            "article": self.article,
            "plural": self.plural,
            "diminutive": self.diminutive,
            "forms": dict(self.forms) if self.forms else None,
            "particle": self.particle,
            "reflexive": self.reflexive if self.pos == "verb" else None,
            "comparative": self.comparative,
            "superlative": self.superlative,
            "senses": list(self.senses),
            "examples": self.sense_examples(),
            "preposition": self.sense_prepositions(),
            "register": self.register,
            "region": self.region,
            "plurals": list(self.plurals) if self.plurals else None,
            "stress": self.stress,
            "note": self.note,
        }

    def sense_examples(self) -> list[dict | None]:
        """One example ``{"nl", "en"}`` per sense, None where the entry has none."""
        return _aligned(self.examples, len(self.senses), dict)

    def sense_prepositions(self) -> list[str | None]:
        """The fixed preposition of each sense (*wachten op*), None where there is none."""
        return _aligned(self.prepositions, len(self.senses))

    def headword(self) -> str:
        """The lemma as a learner learns it: with its stress where it tells two verbs apart
        (vóórkomen, voorkómen)."""
        return self.stress or self.lemma

    def inflections(self) -> list[tuple[str, str]]:
        """(form, kind) pairs this entry licenses, lower case, joined forms only."""
        out: list[tuple[str, str]] = [(self.lemma.lower(), "lemma")]
        if self.pos == "noun":
            if self.plural:
                out.append((self.plural.lower(), "plural"))
            if self.diminutive:
                dim = self.diminutive.lower()
                out += [(dim, "diminutive"), (dim + "s", "diminutive-plural")]
        elif self.pos == "verb" and self.forms:
            p = (self.particle or "").lower()
            stem = _present_stem(self.lemma.lower(), p)
            if stem:
                third = stem if stem.endswith("t") else stem + "t"
                out.append((third, "present"))  # hij werkt, hij heet
                if stem != third:
                    out.append((stem, "stem"))  # ik bel, bel me!
            for key in ("past_singular", "past_plural"):
                value = (self.forms.get(key) or "").lower()
                for variant in value.split("/"):
                    variant = variant.strip()
                    if not variant:
                        continue
                    if p and variant.endswith(" " + p):
                        bare = variant[: -len(p) - 1].strip()
                        out.append((p + bare, key))  # joined: (dat hij) opbelde
                    else:
                        out.append((variant, key))
            for variant in (self.forms.get("past_participle") or "").lower().split("/"):
                variant = variant.strip()
                if variant and variant[0].isalpha():  # "—": no participle (zullen)
                    out += [(variant, "participle"), (variant + "e", "participle-inflected")]
        elif self.pos == "adjective":
            for value, kind in (
                (self.inflected, "inflected"),
                (self.comparative, "comparative"),
                (self.superlative, "superlative"),
            ):
                if value:
                    out.append((value.lower(), kind))
            if self.comparative:
                out.append((self.comparative.lower() + "e", "comparative-inflected"))
            if self.superlative:
                out.append((self.superlative.lower() + "e", "superlative-inflected"))
        return out


def _aligned(values, n: int, copy=None) -> list:
    out = [copy(v) if copy and v is not None else v for v in (values or ())][:n]
    return out + [None] * (n - len(out))


_VOWELS = "aeiou"


def _present_stem(inf: str, particle: str) -> str | None:
    """The present-tense stem of a regular verb without a particle: werken → werk,
    zitten → zit, heten → heet, geven → geef, lezen → lees.  Irregular verbs (gaan, zijn,
    kunnen ...) are left to simplemma; separable verbs are written apart in main clauses."""
    if particle or not inf.endswith("en") or len(inf) < 5:
        return None
    base = inf[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        return base[:-1]  # zitten → zit
    stem = base
    if stem[-1] in "vz":
        stem = stem[:-1] + ("f" if stem[-1] == "v" else "s")  # geven → geef, lezen → lees
    if len(stem) >= 3 and stem[-2] in _VOWELS and stem[-3] not in _VOWELS and stem[-1] not in _VOWELS:
        stem = stem[:-2] + stem[-2] + stem[-2:]  # heten → heet, lopen → loop
    return stem


class Lexicon:
    def __init__(self, path: Path | None = DATA_FILE) -> None:
        self.path = path
        self._entries: dict[str, list[Entry]] | None = None
        self._forms: dict[str, list[tuple[Entry, str]]] | None = None

    def _load(self) -> dict[str, list[Entry]]:
        if self._entries is None:
            entries: dict[str, list[Entry]] = {}
            for d in self._raw():
                e = Entry.from_dict(d)
                entries.setdefault(e.lemma.lower(), []).append(e)
            self._entries = entries
        return self._entries

    def _raw(self) -> list[dict]:
        """The entries as dicts.  The project's own file is kept parsed in the cache dir
        (keyed by its size and modification time), which halves the load time."""
        if self.path is None or not self.path.exists():
            return []

        def parse() -> list[dict]:
            lines = [ln for ln in self.path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            return json.loads("[" + ",".join(lines) + "]")

        if self.path != DATA_FILE:
            return parse()
        from ..resources import _cached

        st = self.path.stat()
        return _cached(f"lexicon-{st.st_size}-{st.st_mtime_ns}", parse)

    def entries(self) -> list[Entry]:
        return [e for group in self._load().values() for e in group]

    def lookup(self, lemma: str) -> list[Entry]:
        """Entries for a lemma (case-insensitive), most common part of speech first."""
        return list(self._load().get(lemma.lower(), ()))

    def __contains__(self, lemma: str) -> bool:
        return lemma.lower() in self._load()

    def __len__(self) -> int:
        return sum(len(v) for v in self._load().values())

    def forms(self) -> dict[str, list[tuple[Entry, str]]]:
        """Inflected form → [(entry, kind)], built once."""
        if self._forms is None:
            index: dict[str, list[tuple[Entry, str]]] = {}
            for entry in self.entries():
                for form, kind in entry.inflections():
                    index.setdefault(form, []).append((entry, kind))
            self._forms = index
        return self._forms


@cache
def default() -> Lexicon:
    return Lexicon()


@cache
def known_names() -> frozenset[str]:
    """Frequent words we reviewed as names (``excluded.tsv``, lower case): pieter, anna,
    rutte.  A name at the start of a sentence looks like any other word there."""
    if not EXCLUDED_FILE.exists():
        return frozenset()
    return frozenset(
        word
        for word, _tab, why in (
            line.partition("\t") for line in EXCLUDED_FILE.read_text(encoding="utf-8").splitlines()
        )
        if why.strip() == "name"
    )
