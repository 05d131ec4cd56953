""""My words": every lemma the learner has a status, note or card for, with what the list
shows about it (status, CEFR band, own gloss and note, the texts it occurs in, when it was
last seen), and the search, filters and sorts of the words screen and ``words list``.

Fixed expressions the learner marked (``m``, ``words import``) are in the same table under
their citation form; :attr:`MyWord.kind` tells them apart (a citation form has a space, a
lemma never does: :func:`vocab.expressions.is_citation`), they have no CEFR band, and
their meaning comes from the expressions data.

UI-free: the screen (``reader.screens.words``) and the CLI both read :func:`load_words`.
CEFR bands are computed per lemma with :func:`vocab.difficulty.word_stats` and kept in the
cache dir (keyed by the engine's fingerprint), so a list of 20,000 lemmas opens at once.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .difficulty import LEVELS
from .expressions import is_citation
from .store import Store

__all__ = [
    "MyWord",
    "STATUS_ORDER",
    "load_words",
    "bands",
    "fold",
    "filter_words",
    "sort_words",
    "SORTS",
    "parse_status_filter",
    "as_dicts",
    "meaning_lookup",
    "KINDS",
]

#: What a row of My words is: a lemma, or a fixed expression under its citation form.
KINDS = ("word", "expression")

#: Statuses from least to most known; ignored last.
STATUS_ORDER = ("new", "learning1", "learning2", "learning3", "learning4", "known", "ignored")
_STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}


@dataclass(slots=True)
class MyWord:
    lemma: str
    status: str = "new"
    gloss: str | None = None  # the learner's own gloss
    note: str | None = None
    cards: int = 0
    texts: tuple[int, ...] = ()  # ids of the kept texts the lemma occurs in
    last_seen: float | None = None  # last opened a text with it, or practised it
    updated: float = 0.0
    level: str = ""  # CEFR band, filled by load_words (or later by bands())
    key: str = field(default="", repr=False)  # folded lemma, gloss and note for search
    order: str = field(default="", repr=False)  # folded lemma: the sort key

    @property
    def kind(self) -> str:
        """"expression" for a fixed expression (its citation form), else "word"."""
        return "expression" if is_citation(self.lemma) else "word"

    def refresh_key(self) -> None:
        self.order = fold(self.lemma)
        self.key = self.order
        if self.gloss or self.note:
            self.key = fold(" ".join(x for x in (self.lemma, self.gloss, self.note) if x))


def fold(text: str) -> str:
    """Lower case without diacritics: *ideeen* finds *ideeën*, *cafe* finds *café*."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_words(store: Store, with_levels: bool = True) -> list[MyWord]:
    """Every lemma with a status, note or card, sorted by lemma (Dutch order: case and
    diacritics folded)."""
    # Tens of thousands of small acyclic objects: with the language data in memory, every
    # generation-2 collection would walk all of it (as in vocab.analysis).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_words(store, with_levels)
    finally:
        if was_enabled:
            gc.enable()


def _load_words(store: Store, with_levels: bool) -> list[MyWord]:
    conn = store.conn
    words: dict[str, MyWord] = {}
    for lemma, status, gloss, note, updated in conn.execute(
        "SELECT lemma, status, gloss, note, updated FROM words"
    ):
        words[lemma] = MyWord(lemma, status, gloss, note, updated=updated)
    for lemma, n in conn.execute("SELECT lemma, COUNT(*) FROM cards GROUP BY lemma"):
        w = words.get(lemma)
        if w is None:
            w = words[lemma] = MyWord(lemma)
        w.cards = n
    for lemma, at in conn.execute(
        "SELECT c.lemma, MAX(r.at) FROM reviews r JOIN cards c ON c.id = r.card_id GROUP BY c.lemma"
    ):
        w = words[lemma]
        w.last_seen = max(w.last_seen or 0.0, at)
    for lemma, ids, opened in conn.execute(
        """SELECT tw.lemma, group_concat(tw.text_id), MAX(t.opened) FROM text_words tw
           JOIN texts t ON t.id = tw.text_id
           WHERE tw.lemma IN (SELECT lemma FROM words UNION SELECT lemma FROM cards)
           GROUP BY tw.lemma"""
    ):
        w = words[lemma]
        w.texts = tuple(int(i) for i in ids.split(","))
        w.last_seen = max(w.last_seen or 0.0, opened)
    for w in words.values():
        w.refresh_key()
    out = sorted(words.values(), key=lambda w: (w.order, w.lemma))
    if with_levels:
        levels = bands(w.lemma for w in out)
        for w in out:
            w.level = levels[w.lemma]
    return out


_BANDS: dict[str, str] | None = None
_BANDS_ADDED = 0


def _bands_name() -> str:
    from .library import engine_fingerprint

    return f"levels-{engine_fingerprint()}"


def bands(lemmas: Iterable[str]) -> dict[str, str]:
    """CEFR band of each lemma (as a lemma on its own: its frequency summed over the
    lexicon's forms, syllables, compound parts, cognates), kept in the cache dir."""
    global _BANDS, _BANDS_ADDED
    from .resources import load_cached, save_cached

    if _BANDS is None:
        _BANDS = load_cached(_bands_name()) or {}
    known = _BANDS
    out: dict[str, str] = {}
    missing = []
    for lemma in lemmas:
        if is_citation(lemma):
            out[lemma] = ""  # an expression has no CEFR band of its own
            continue
        band = known.get(lemma)
        if band is None:
            missing.append(lemma)
        else:
            out[lemma] = band
    if missing:
        from .difficulty import word_stats
        from .morphology import default as default_morphology

        morph = default_morphology()
        for lemma in missing:
            parts = morph.compound_parts(lemma) if lemma.isalpha() else None
            known[lemma] = out[lemma] = word_stats(lemma, parts=parts).level
        save_cached(_bands_name(), known)
    return out


def as_dicts(store: Store, words: list[MyWord], meaning) -> list[dict]:
    """The rows of ``words list --json``: lemma (an expression's citation form), kind
    ("word" or "expression"), status, level ("" for an expression), meaning (first sense,
    from *meaning*), the learner's gloss and note, and the titles of the texts it occurs
    in."""
    titles = {t["id"]: t["title"] for t in store.texts()}
    return [
        {
            "lemma": w.lemma,
            "kind": w.kind,
            "status": w.status,
            "level": w.level,
            "meaning": meaning(w.lemma) or None,
            "user_gloss": w.gloss,
            "note": w.note,
            "texts": [titles[i] for i in w.texts if i in titles],
        }
        for w in words
    ]


def meaning_lookup(lang: str = "en"):
    """A function lemma → its first sense from the dictionaries (not the learner's own
    gloss, which has its own column), for lists of thousands of lemmas: a lemma without
    any entry gets "" at once (no spelling suggestions are computed for it).  A fixed
    expression's is its first sense in the expressions data."""
    from .expressions import default as default_expressions
    from .glossary import Glossary

    class _ListGlossary(Glossary):
        def suggest(self, word: str, n: int = 5) -> list[str]:
            return []

    glossary = _ListGlossary(store=None, lang=lang)

    def meaning(lemma: str) -> str:
        if is_citation(lemma):
            e = default_expressions().get(lemma)
            return e.senses[0] if e is not None and e.senses else ""
        return glossary.gloss_lemma(lemma).meaning()

    return meaning


def parse_status_filter(text: str | None) -> set[str] | None:
    """``known``, ``learning`` (1–4), ``learning2``, a comma-separated mix; None for all."""
    if not text:
        return None
    wanted: set[str] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        if part == "learning":
            wanted.update(s for s in STATUS_ORDER if s.startswith("learning"))
        elif part in _STATUS_RANK:
            wanted.add(part)
        else:
            raise ValueError(
                f"unknown status {part!r}; use new, learning, learning1-learning4, known, ignored"
            )
    return wanted


def filter_words(
    words: list[MyWord],
    query: str = "",
    statuses: set[str] | None = None,
    levels: set[str] | None = None,
    kind: str | None = None,
) -> list[MyWord]:
    """Words whose lemma, gloss or note contains *query* (case and diacritics ignored),
    with one of *statuses* and *levels* (None: any), of *kind* ("word", "expression";
    None: both)."""
    q = fold(query.strip())
    out = []
    for w in words:
        if kind is not None and w.kind != kind:
            continue
        if statuses is not None and w.status not in statuses:
            continue
        if levels is not None and w.level not in levels:
            continue
        if q and q not in w.key:
            continue
        out.append(w)
    return out


#: Sort orders of the words screen: name → (key, reverse).
SORTS = {
    "lemma": (lambda w: (w.order, w.lemma), False),
    "status": (lambda w: (_STATUS_RANK.get(w.status, 0), w.order), False),
    "level": (lambda w: (LEVELS.index(w.level) if w.level in LEVELS else 9, w.order), False),
    "last seen": (lambda w: (w.last_seen or 0.0, w.lemma), True),
    "texts": (lambda w: (len(w.texts), w.lemma), True),
}


def sort_words(words: list[MyWord], order: str = "lemma") -> list[MyWord]:
    key, reverse = SORTS[order]
    return sorted(words, key=key, reverse=reverse)
