"""The state of one reading session, without any UI: the text's analysis, the learner's
statuses and level, and what follows from them (each word's effective status, how much of
the text is known, which words to learn next).

The reader (``reader.screens.reading``) draws this; tests can drive it directly.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .analysis import Analysis
from .difficulty import (
    LEVELS,
    WordStats,
    lemma_occurrences,
    profile,
    sort_hardest_first,
    with_known,
    word_stats,
)
from .text import NAME, NUMBER, WORD, Token

__all__ = ["ReadingState", "effective_status", "short_meaning", "analyse_for_learner", "window_around",
           "LEARNING"]

LEARNING = ("learning1", "learning2", "learning3", "learning4")


def effective_status(stored: str | None, band: str, level: str | None) -> str:
    """The status a word shows: what the learner said, else "known" for lemmas below the
    learner's level (A1 and A2 for a B1 learner), else "new"."""
    if stored and stored != "new":
        return stored
    if stored == "new":
        return "new"  # the learner said so explicitly
    if level and LEVELS.index(band) < LEVELS.index(level):
        return "known"
    return "new"


def short_meaning(sense: str, limit: int = 16) -> str:
    """A meaning short enough to stand under a word: the first sense, without brackets,
    an infinitive's "to" or an article ("to swear (an oath); to vow" → "swear")."""
    text = re.sub(r"\([^)]*\)|\[[^]]*\]", "", sense or "")
    text = re.split(r"[;,/]| or ", text, maxsplit=1)[0].strip(" .:")
    text = re.sub(r"^(?:to|a|an|the)\s+", "", text, flags=re.IGNORECASE)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def window_around(text: str, offset: int, before: int = 3_000, after: int = 25_000) -> tuple[int, int]:
    """Character span of the paragraphs around *offset* (about *before* characters before
    it, *after* after it), cut at line breaks, else at a space: the page to show first."""
    n = len(text)
    lo, hi = max(0, offset - before), min(n, max(offset, 0) + after)
    if lo > 0:
        cut = text.rfind("\n", max(0, lo - 10_000), lo)
        lo = cut + 1 if cut >= 0 else max(0, text.rfind(" ", 0, lo) + 1)
    if hi < n:
        cut = text.find("\n", hi, hi + 10_000)
        hi = cut if cut >= 0 else (text.find(" ", hi) if text.find(" ", hi) >= 0 else n)
    return lo, hi


def analyse_for_learner(text: str, *, title: str = "", source: str = "", store_path=None,
                        window: tuple[int, int] | None = None):
    """The analysis the reader, practice and export read: the engine's, with the learner's
    corrections (kept in the store at *store_path*) applied.  Returns the analysis and
    what the corrections changed (:func:`vocab.corrections.revert` undoes it).

    With *window* (a character span, see :func:`window_around`) only that part is analysed,
    its tokens keeping their offsets in the whole text (a book's first page, shown while
    the whole book is analysed)."""
    from .analysis import analyse
    from .corrections import apply_from_store
    from .morphology import default

    if window is not None:
        start, end = window
        text = " " * start + text[start:end]  # blank before: offsets stay the whole text's
    analysis = analyse(text, title=title, source=source)
    changes = apply_from_store(analysis, store_path, default().lemmatize) if store_path else []
    return analysis, changes


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class ReadingState:
    analysis: Analysis
    statuses: dict[str, str] = field(default_factory=dict)  # lemma → stored status
    level: str | None = None
    #: what the learner's corrections changed in the analysis (vocab.corrections)
    changes: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tokens: list[Token] = [t for t in self.analysis.tokens() if t.kind in (WORD, NAME, NUMBER)]
        self.sentence_of: dict[int, object] = {}
        index_of = {id(t): i for i, t in enumerate(self.tokens)}
        self.index_of = index_of
        for s in self.analysis.sentences:
            for t in s.tokens:
                if id(t) in index_of:
                    self.sentence_of[index_of[id(t)]] = s
        self.reindex()

    def reindex(self) -> None:
        """Lemma counts and occurrences anew (after a correction changed lemmas or kinds)."""
        # Word statistics are computed per lemma when first needed (a page of a book needs a
        # few hundred), and for all lemmas when the ranking is asked for.
        self._counts, self._forms, self._parts = lemma_occurrences(self.analysis)
        self._stat: dict[str, WordStats] = {}
        self._stats: list[WordStats] | None = None
        self._base_profile = None
        self.occurrences: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            if t.kind == WORD and t.lemma in self._counts:
                self.occurrences.setdefault(t.lemma, []).append(i)

    def is_vocabulary(self, lemma: str | None) -> bool:
        """A lemma of the text's vocabulary (not a name, number or punctuation)."""
        return lemma in self._counts

    def stat(self, lemma: str) -> WordStats:
        s = self._stat.get(lemma)
        if s is None:
            s = self._stat[lemma] = word_stats(
                lemma, list(self._forms[lemma]), self._counts[lemma], self._parts[lemma]
            )
        return s

    @property
    def stats(self) -> list[WordStats]:
        """All the text's lemmas, hardest first."""
        if self._stats is None:
            stats = [self.stat(lemma) for lemma in self._counts]
            sort_hardest_first(stats)
            self._stats = stats
        return self._stats

    @property
    def ranked(self) -> bool:
        return self._stats is not None

    @property
    def by_lemma(self) -> dict[str, WordStats]:
        return {s.lemma: s for s in self.stats}

    # ------------------------------------------------------------------ words
    @property
    def hash(self) -> str:
        return content_hash(self.analysis.text)

    def band(self, lemma: str) -> str:
        return self.stat(lemma).level if lemma in self._counts else "C2"

    def status(self, lemma: str) -> str:
        return effective_status(self.statuses.get(lemma), self.band(lemma), self.level)

    def token_status(self, i: int) -> str:
        t = self.tokens[i]
        if t.kind != WORD or t.lemma not in self._counts:
            return t.kind  # name / number
        return self.status(t.lemma)

    def pair_index(self, i: int) -> int | None:
        """Global index of the other half of a particle verb."""
        t = self.tokens[i]
        if t.pair is None:
            return None
        other = self.sentence_of[i].tokens[t.pair]
        return self.index_of.get(id(other))

    def expression_indices(self, i: int) -> tuple[int, ...]:
        """Global indices of all the tokens of the fixed expression token *i* belongs to
        (empty when it belongs to none)."""
        t = self.tokens[i]
        if not t.expression_tokens:
            return ()
        sentence = self.sentence_of[i].tokens
        found = (self.index_of.get(id(sentence[j])) for j in t.expression_tokens)
        return tuple(k for k in found if k is not None)

    def known_lemmas(self) -> set[str]:
        return {s.lemma for s in self.stats if self.status(s.lemma) in ("known", "ignored")}

    def profile(self):
        """The text profile with the learner's known share.  The expensive, status-free
        part (readability, bands) is computed once; the known share is recomputed."""
        if self._base_profile is None:
            self._base_profile = profile(self.analysis, stats=self.stats)
        return with_known(self._base_profile, self.stats, self.known_lemmas())

    def status_counts(self) -> dict[str, int]:
        counts = {"all": len(self.stats), "new": 0, "learning": 0}
        for s in self.stats:
            st = self.status(s.lemma)
            if st == "new":
                counts["new"] += 1
            elif st in LEARNING:
                counts["learning"] += 1
        return counts

    def vocabulary(self, show: str = "all") -> list[WordStats]:
        """Lemmas hardest first; *show*: all, new, learning."""
        out = []
        for s in self.stats:
            st = self.status(s.lemma)
            if show == "new" and st != "new":
                continue
            if show == "learning" and st not in LEARNING:
                continue
            out.append(s)
        return out

    def next_occurrence(self, lemma: str, after: int) -> int | None:
        """Index of the lemma's next occurrence after token *after* (wrapping round)."""
        occ = self.occurrences.get(lemma) or []
        for i in occ:
            if i > after:
                return i
        return occ[0] if occ else None

    def new_lemmas_in(self, indices: range) -> list[str]:
        """Lemmas shown as new among the tokens in *indices* (e.g. the visible page)."""
        seen: dict[str, None] = {}
        for i in indices:
            t = self.tokens[i]
            if t.kind == WORD and t.lemma in self._counts and self.status(t.lemma) == "new":
                seen.setdefault(t.lemma, None)
        return list(seen)

    def band_counts(self) -> dict[str, dict[str, int]]:
        """Running words per CEFR band, and how many of them are known (library bars)."""
        out = {b: {"words": 0, "known": 0} for b in LEVELS}
        for s in self.stats:
            out[s.level]["words"] += s.count
            if self.status(s.lemma) in ("known", "ignored"):
                out[s.level]["known"] += s.count
        return out
