"""Word difficulty, CEFR band estimates and the profile of a whole text.

The formula (per lemma)
-----------------------
1. ``zipf``: wordfreq Zipf frequency of the lemma *summed over its forms*:
   ``log10(sum(10 ** zipf(form)))`` over the lemma itself, the forms met in the text and the
   lexicon's inflections (plural, past tenses, ...).  A Zipf of 6 is a word per thousand,
   3 a word per million.  The two halves of a split particle verb (*ruimt … op*) are no
   forms of it (their own frequency is that of *ruimen* and *op*); wordfreq only counts its
   joined forms (*opruimen, opgeruimd*), so a separable verb's Zipf is raised by
   ``-log10(1 - s)``, ``s`` the share of particle verbs that stand split in simple text
   (measured on the Tatoeba sentences: 0.54, i.e. +0.34).
2. Adjustments, in Zipf units, give the *effective* frequency ``eff``:
   * simple text: general frequency is dominated by news and Wikipedia; a learner meets
     everyday words first.  With ``c`` the lemma's count in the Tatoeba sentences
     (``vocab/data/simple-counts.tsv``, ``N`` words) and ``e = N * 10 ** (zipf - 9)`` the
     count its general frequency predicts, ``+0.5 * log10((c + 2) / (e + 2))``: the mean of
     the two corpora's log frequencies, with two pseudo-counts so that a small count says
     little (*appel* +0.5, *informatie* −0.5);
   * concreteness: concrete nouns are learnt before abstract ones of the same frequency.
     For a noun whose English sense is rated in Brysbaert et al.'s norms (1 abstract … 5
     concrete; ``vocab/data/concreteness.tsv``), ``+0.3 * (rating - 3) / 2`` (*appel* +0.3,
     *ervaring* −0.18);
   * abstract nouns: a noun made of a verb or adjective with *-ing, -heid, -nis, -iteit*
     (*ervaring, gezondheid, kennis*) names an abstraction, ``-0.25``;
   * length: ``-0.15`` per syllable beyond three (Dutch vowel groups), at most ``-0.6``;
   * transparent compound: when every part is a common word (Zipf ≥ 3.5) and the compound
     is rarer than its rarest part, ``+0.6``, and at least the rarest part's Zipf ``- 0.5``
     (*vredesakkoord* = vrede + akkoord is about as hard as *akkoord*);
   * English cognate: up to ``+0.8`` when the word, under regular Dutch→English spelling
     correspondences (-atie→-ation, -isch→-ic, -teit→-ty, oo→o, k→c ...), is a common
     English word (*informatie*, *probleem*, *moderne*).
   Length, compound and cognate adjustments never lift a word above ``max(frequency, A1
   cut)``: they make a rare word easier, never core vocabulary.
3. ``difficulty = clamp(7 - eff, 0, 10)`` (higher is harder) and the CEFR band from ``eff``
   (``_CUTS``).  The cut-offs are set by rank, with ``tools/calibrate_bands.py``: ranked by
   ``eff``, the engine's lemmas of wordfreq's 40,000 most frequent forms give A1 the first
   800 lemmas, A2 up to 1,600, B1 up to 3,000, B2 up to 5,000, C1 up to 9,000 — about the
   vocabulary sizes the CEFR levels are usually put at (an estimate, not a certification).
4. Number words (*elf, veertig, honderdduizend*) are A1: learners learn the number system
   at once, not word by word by frequency; they, names and fragments (*leiderschaps-*) are
   never words to practise.

Checked against a course's teaching order (``bench/learner_order.py``, which never feeds
back into these numbers): see the README for the figures.

The text profile counts running words (words and names; names count as known, as in
Nation's coverage studies), and for a set of known lemmas the share of running words known
and the fewest new lemmas — most frequent in the text first — that reach 95 % and 98 %
coverage (Laufer; Hu & Nation).  Readability is Flesch–Douma:
``206.835 - 0.93 * words/sentence - 77 * syllables/word``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from . import lexicon as _lexicon
from .analysis import Analysis
from .resources import english_zipf, zipf
from .text import NAME, WORD

__all__ = [
    "LEVELS",
    "WordStats",
    "TextProfile",
    "band_for",
    "level_rank",
    "syllables",
    "hyphenate",
    "word_stats",
    "vocabulary",
    "profile",
    "is_number_word",
    "is_fragment",
    "practisable",
]

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
#: Lowest effective Zipf of each band, from ``tools/calibrate_bands.py`` (ranks 800, 1,600,
#: 3,000, 5,000 and 9,000 of the engine's lemmas; see the module docstring).
_CUTS = ((5.05, "A1"), (4.90, "A2"), (4.50, "B1"), (4.10, "B2"), (3.45, "C1"))
A1_CUT = _CUTS[0][0]


def band_for(eff_zipf: float) -> str:
    for cut, band in _CUTS:
        if eff_zipf >= cut:
            return band
    return "C2"


def level_rank(level: str) -> int:
    """A1 → 0 ... C2 → 5; raises ValueError for anything else."""
    try:
        return LEVELS.index(level.upper())
    except ValueError:
        raise ValueError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}") from None


@cache
def _pyphen():
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=100_000)
def hyphenate(word: str) -> str:
    """Hyphenation points for display, joined with '-': verlegenheid → ver-le-gen-heid
    (pyphen ``nl_NL``; Dutch typography never splits off one letter, so *over* stays whole).
    A "word" of more than 100 letters is left whole: pyphen's work grows with the square of
    the length, and no Dutch word comes near."""
    if len(word) > 100:
        return word
    return _pyphen().inserted(word, hyphen="-")


# Vowel groups that are one syllable in Dutch: long vowels, diphthongs and their -i/-w
# variants. A diaeresis starts a new syllable (geëist, België) because ë is not e.
_SYLLABLE_RE = re.compile(
    r"aai|ooi|oei|eeuw|ieuw|uw|aa|ee|oo|uu|ie|oe|eu|ui|ij|ei|ou|au|ai|oi|ey|ay"
    r"|[aeiouyàáâäèéêëìíîïòóôöùúûü]",
    re.IGNORECASE,
)


def syllables(word: str) -> int:
    """Number of spoken syllables: Dutch vowel groups (verlegenheid 4, over 2, ideeën 3).

    pyphen's hyphenation points undercount (it never splits off a single letter: *over*,
    *eten*, *idee*), so the count comes from the vowel groups; at least 1.
    """
    return _syllables(word.lower())


@lru_cache(maxsize=200_000)
def _syllables(word: str) -> int:
    return max(1, len(_SYLLABLE_RE.findall(word)))


_COGNATE_RULES: tuple[tuple[str, str], ...] = (
    ("isering", "ization"),
    ("iseren", "ize"),
    ("atie", "ation"),
    ("itie", "ition"),
    ("entie", "ence"),
    ("antie", "ance"),
    ("ische", "ical"),
    ("isch", "ical"),
    ("ische", "ic"),
    ("isch", "ic"),
    ("iteit", "ity"),
    ("teit", "ty"),
    ("ieve", "ive"),
    ("ief", "ive"),
    ("iek", "ic"),
    ("iek", "ics"),
    ("ibel", "ible"),
    ("abel", "able"),
    ("eel", "al"),
    ("ele", "al"),
    ("isme", "ism"),
    ("ist", "ist"),
    ("aat", "ate"),
    ("air", "ary"),  # evolutionair → evolutionary
    ("air", "ar"),  # populair → popular
    ("aris", "ary"),  # secretaris → secretary
    ("eur", "or"),  # directeur → director
    ("eus", "ous"),  # nerveus → nervous
    ("graaf", "grapher"),  # fotograaf → photographer
    ("aurus", "aur"),  # dinosaurus → dinosaur
    ("ine", "in"),
    ("eren", "ate"),
    ("eren", "e"),
    ("ie", "y"),
    ("en", ""),
    ("e", ""),
    ("", "e"),
)


def _cognate_candidates(w: str) -> set[str]:
    candidates = {w}
    for nl, en in _COGNATE_RULES:
        if w.endswith(nl):
            candidates.add(w[: len(w) - len(nl)] + en)
    for variant in list(candidates):
        v = (
            variant.replace("oo", "o").replace("ee", "e").replace("aa", "a").replace("uu", "u")
            .replace("k", "c").replace("ij", "y")
        )
        candidates.add(v)
        candidates.add(variant.replace("oo", "o").replace("ee", "e").replace("aa", "a"))
        candidates.add(variant.replace("k", "c"))
        if "f" in variant:
            candidates.add(variant.replace("f", "ph"))  # fotografie → photography
    return {c for c in candidates if len(c) >= 4}


class _CognateStore:
    """Cognates found in earlier runs (cache dir), keyed by this file and wordfreq."""

    def __init__(self) -> None:
        self.data: dict | None = None
        self.added = 0

    def load(self) -> dict:
        if self.data is None:
            import atexit

            from .resources import load_cached

            self.data = load_cached(self.name()) or {}
            atexit.register(self.save)
        return self.data

    @staticmethod
    def name() -> str:
        import hashlib
        from pathlib import Path

        from .resources import package_version

        h = hashlib.sha1(Path(__file__).read_bytes() + package_version("wordfreq").encode())
        return f"cognates-{h.hexdigest()[:16]}"

    def save(self) -> None:
        if self.added and self.data is not None:
            from .resources import save_cached

            save_cached(self.name(), self.data)
            self.added = 0


_COGNATES = _CognateStore()


def english_cognate(lemma: str) -> tuple[str, float] | None:
    """The common English word a Dutch lemma most likely corresponds to (cached)."""
    data = _COGNATES.load()
    if lemma in data:
        value = data[lemma]
        return tuple(value) if value is not None else None
    value = _english_cognate(lemma)
    data[lemma] = value
    _COGNATES.added += 1
    return value


def _english_cognate(lemma: str) -> tuple[str, float] | None:
    """The common English word a Dutch lemma most likely corresponds to under regular
    spelling correspondences (collaboratie → collaboration, numeriek → numeric), with its
    English Zipf; None when there is none."""
    w = lemma.lower()
    if len(w) < 4:
        return None
    best: tuple[str, float] | None = None
    for c in _cognate_candidates(w):
        en = english_zipf(c)
        if en >= 3.0 and (best is None or en > best[1]):
            best = (c, en)
    return best


def cognate_score(lemma: str) -> float:
    """0..1: how likely an English speaker recognises the word (probleem → problem).
    An identical spelling that is also frequent in Dutch may be a false friend or a plain
    loanword; both are easy to recognise."""
    found = english_cognate(lemma)
    if found is None:
        return 0.0
    return min(1.0, (found[1] - 3.0) / 2.0 + 0.4)


_DATA = Path(__file__).with_name("data")


def _read_tsv(name: str) -> tuple[dict[str, str], dict[str, str]]:
    """(header values, rows) of a ``key<TAB>value`` file in ``vocab/data``; lines starting
    with ``# key<TAB>value`` are header values, other ``#`` lines comments."""
    header: dict[str, str] = {}
    rows: dict[str, str] = {}
    path = _DATA / name
    if not path.exists():
        return header, rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, tab, value = line[1:].strip().partition("\t")
            if tab:
                header[key] = value
            continue
        key, tab, value = line.partition("\t")
        if tab:
            rows[key] = value
    return header, rows


@cache
def _simple_counts() -> tuple[dict[str, int], int, float]:
    """Lemma counts in simple Dutch text, its size, and the share of particle verbs that
    stand split there."""
    header, rows = _read_tsv("simple-counts.tsv")
    counts = {k: int(v) for k, v in rows.items()}
    return counts, int(header.get("words", 0)), float(header.get("split_particle_share", 0.5))


@cache
def _concreteness() -> dict[str, float]:
    return {k: float(v) for k, v in _read_tsv("concreteness.tsv")[1].items()}


def simple_text_adjustment(lemma: str, z: float) -> float:
    """Zipf units to add for how much more (or less) often the lemma occurs in simple,
    everyday text than its general frequency predicts (see the module docstring)."""
    counts, n, _share = _simple_counts()
    if not n:
        return 0.0
    expected = n * 10 ** (z - 9)
    return 0.5 * math.log10((counts.get(lemma, 0) + 2) / (expected + 2))


def split_boost() -> float:
    """Zipf units a separable verb's joined-form frequency misses (its split uses)."""
    share = min(0.9, max(0.0, _simple_counts()[2]))
    return -math.log10(1 - share)


def concreteness_adjustment(lemma: str) -> float:
    rating = _concreteness().get(lemma)
    return 0.0 if rating is None else 0.3 * (rating - 3.0) / 2.0


_UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_BELOW_100 = rf"(?:(?:{_UNITS})[eë]n(?:{_TENS})|{_TENS}|{_TEENS}|{_UNITS}|nul)"
_NUMBER_WORD_RE = re.compile(
    rf"(?:(?:{_BELOW_100})?honderd)?(?:{_BELOW_100})?"
    rf"(?:duizend(?:(?:{_BELOW_100})?honderd)?(?:{_BELOW_100})?)?"
    r"|(?:een|één|twee|drie|vier|vijf|tien|honderd)?(?:miljoen|miljard|biljoen)"
)


def is_number_word(lemma: str) -> bool:
    """A cardinal number written as a word: *elf, veertig, vijfentwintig, tweehonderd,
    drieduizend, miljoen* (the lemma of an ordinal is its cardinal)."""
    w = lemma.lower()
    return bool(w) and _NUMBER_WORD_RE.fullmatch(w) is not None


def is_fragment(text: str) -> bool:
    """An elided compound part (*leiderschaps-* in *leiderschaps- en managementtrainingen*,
    *-verkoop*): half a word, read with its neighbour."""
    return len(text) > 1 and (text.endswith(("-", "‐")) or text.startswith(("-", "‐")))


def practisable(lemma: str | None) -> bool:
    """Whether a lemma may be a word to practise (cloze, flashcards): a word, not a number."""
    return bool(lemma) and any(c.isalpha() for c in lemma) and not is_number_word(lemma)


#: Suffixes that make an abstract noun of a verb or an adjective: *ervaring* (ervaren),
#: *gezondheid* (gezond), *kennis* (kennen), *stabiliteit* (stabiel).
_ABSTRACT_SUFFIXES = ("heid", "ing", "nis", "iteit")


def abstract_noun(lemma: str) -> bool:
    """A noun made abstract by its suffix from a verb or adjective the engine knows."""
    from .resources import known_lemmas
    from .wordformation import _adjective_bases, _verb_bases

    w = lemma.lower()
    entries = _lexicon.default().lookup(w)
    if entries and not any(e.pos == "noun" for e in entries):
        return False
    known = known_lemmas()
    for suffix in _ABSTRACT_SUFFIXES:
        stem = w[: -len(suffix)]
        if not w.endswith(suffix) or len(stem) < 3:
            continue
        bases = _verb_bases(stem) if suffix in ("ing", "nis") else _adjective_bases(stem)
        if any(b != w and b.encode() in known for b in bases):
            return True
    return False


def _separable(lemma: str) -> bool:
    return any(e.pos == "verb" and e.particle for e in _lexicon.default().lookup(lemma))


@dataclass(slots=True)
class WordStats:
    lemma: str
    count: int = 0
    forms: list[str] = field(default_factory=list)
    zipf: float = 0.0
    effective_zipf: float = 0.0
    difficulty: float = 0.0
    level: str = "C2"
    syllables: int = 1
    parts: tuple[str, ...] | None = None

    def to_dict(self) -> dict:
        return {
            "lemma": self.lemma,
            "count": self.count,
            "forms": self.forms,
            "zipf": round(self.zipf, 2),
            "level": self.level,
            "difficulty": round(self.difficulty, 2),
            "syllables": self.syllables,
        }


def _lexicon_forms(lemma: str) -> list[str]:
    out: list[str] = []
    for entry in _lexicon.default().lookup(lemma):
        out.extend(form for form, _kind in entry.inflections())
    return out


def lemma_zipf(lemma: str, forms: Iterable[str] = ()) -> float:
    """Zipf of a lemma summed over its forms (the lemma, given forms, lexicon forms)."""
    seen = {lemma.lower(), *(f.lower() for f in forms), *_lexicon_forms(lemma)}
    # abbreviations: wordfreq stores them without dots (ipv, dwz)
    seen |= {f.replace(".", "") for f in seen if "." in f}
    # 's avonds, 's morgens: wordfreq counts the second word
    seen |= {f.split()[-1] for f in seen if " " in f and f[:1] in "'’"}
    total = sum(10 ** zipf(f) for f in seen if f)
    return math.log10(total) if total > 0 else 0.0


def word_stats(lemma: str, forms: Iterable[str] = (), count: int = 0, parts=None,
               separable: bool | None = None) -> WordStats:
    """The difficulty of one lemma (see the module docstring).  *forms*: its forms met in a
    text (never the halves of a split particle verb); *separable*: whether it is a
    separable verb (default: as the lexicon says)."""
    forms = list(dict.fromkeys(forms))
    z = lemma_zipf(lemma, forms)
    if separable is None:
        separable = _separable(lemma)
    if separable:
        z += split_boost()
    if "-" in lemma and parts:
        # VN-rapport, assistent-professor: as hard as the hardest word in it (names and
        # acronyms do not count)
        words = [p for p in parts if p and p[:1].islower()]
        if words:
            z = max(z, min(lemma_zipf(p) for p in words))
    base = z + simple_text_adjustment(lemma.lower(), z) + concreteness_adjustment(lemma.lower())
    if abstract_noun(lemma):
        base -= 0.25
    eff = base
    n_syll = syllables(lemma)
    eff -= min(0.6, 0.15 * max(0, n_syll - 3))
    if parts and len(parts) >= 2:
        part_z = [zipf(p) for p in parts if p]
        if part_z and min(part_z) >= 3.5 and z < min(part_z):
            # a transparent compound is about as hard as its rarest part, a little harder
            eff = max(eff + 0.6, min(part_z) - 0.5)
    eff += 0.8 * cognate_score(lemma)
    eff = min(eff, max(base, A1_CUT - 0.05))  # adjustments never make a rare word A1 core
    if is_number_word(lemma):
        eff = max(eff, A1_CUT)  # the number system is learnt at once, at A1
    return WordStats(
        lemma=lemma,
        count=count,
        forms=forms,
        zipf=z,
        effective_zipf=eff,
        difficulty=max(0.0, min(10.0, 7.0 - eff)),
        level=band_for(eff),
        syllables=n_syll,
        parts=tuple(parts) if parts else None,
    )


def vocabulary(analysis: Analysis) -> list[WordStats]:
    """The text's lemmas (names excluded), hardest first; ties by count, then lemma."""
    counts, forms, parts = lemma_occurrences(analysis)
    stats = [word_stats(lemma, list(forms[lemma]), n, parts[lemma]) for lemma, n in counts.items()]
    sort_hardest_first(stats)
    return stats


def sort_hardest_first(stats: list[WordStats]) -> None:
    stats.sort(key=lambda s: (-s.difficulty, -s.count, s.lemma))


def lemma_occurrences(analysis: Analysis):
    """Per vocabulary lemma (names excluded): its count, its forms in order of appearance,
    and its compound parts.  Cheap; :func:`word_stats` is the expensive part."""
    counts: Counter[str] = Counter()
    forms: dict[str, dict[str, None]] = {}
    parts: dict[str, tuple[str, ...] | None] = {}
    wordlike: dict[str, bool] = {}
    for tok in analysis.words():
        lemma = tok.lemma
        if not lemma:
            continue
        ok = wordlike.get(lemma)
        if ok is None:
            ok = wordlike[lemma] = any(c.isalpha() for c in lemma)
        if not ok:
            continue
        counts[lemma] += 1
        fl = forms.get(lemma)
        if fl is None:
            fl = forms[lemma] = {}
            parts[lemma] = tok.parts
        if tok.pair is None:
            # the halves of a split particle verb (ruimt … op) are forms of ruimen and op
            fl[tok.text.lower()] = None
    return counts, forms, parts


@dataclass(slots=True)
class TextProfile:
    words: int
    sentences: int
    unique_lemmas: int
    syllables_per_word: float
    words_per_sentence: float
    flesch_douma: float
    level: str
    coverage_by_band: dict[str, float]
    known_share: float | None = None
    new_for_95: int | None = None
    new_for_98: int | None = None

    def to_dict(self) -> dict:
        d = {
            "words": self.words,
            "sentences": self.sentences,
            "unique_lemmas": self.unique_lemmas,
            "syllables_per_word": round(self.syllables_per_word, 3),
            "words_per_sentence": round(self.words_per_sentence, 2),
            "flesch_douma": round(self.flesch_douma, 1),
            "level": self.level,
            "coverage_by_band": {k: round(v, 4) for k, v in self.coverage_by_band.items()},
        }
        if self.known_share is not None:
            d.update(
                known_share=round(self.known_share, 4),
                new_for_95=self.new_for_95,
                new_for_98=self.new_for_98,
            )
        return d


def _new_needed(base_known: int, total: int, unknown_counts: list[int], target: float) -> int:
    """Fewest new lemmas (most frequent first) to reach *target* coverage."""
    known = base_known
    if total == 0 or known / total >= target:
        return 0
    for i, c in enumerate(sorted(unknown_counts, reverse=True), 1):
        known += c
        if known / total >= target:
            return i
    return len(unknown_counts)


def profile(
    analysis: Analysis,
    known: set[str] | frozenset[str] | None = None,
    stats: list[WordStats] | None = None,
) -> TextProfile:
    stats = stats if stats is not None else vocabulary(analysis)
    running = [t for t in analysis.running_words()]
    total = len(running)
    names = sum(1 for t in running if t.kind == NAME)
    n_sent = sum(1 for s in analysis.sentences if any(t.kind in (WORD, NAME) for t in s.tokens))
    syll = sum(syllables(t.text) for t in running)
    wps = total / n_sent if n_sent else 0.0
    spw = syll / total if total else 0.0
    flesch = 206.835 - 0.93 * wps - 77.0 * spw

    band_tokens = Counter()
    for s in stats:
        band_tokens[s.level] += s.count
    coverage: dict[str, float] = {}
    cum = names
    level = "C2"
    found = False
    for band in LEVELS:
        cum += band_tokens.get(band, 0)
        coverage[band] = cum / total if total else 0.0
        if not found and coverage[band] >= 0.95:
            level, found = band, True
    prof = TextProfile(
        words=total,
        sentences=n_sent,
        unique_lemmas=len(stats),
        syllables_per_word=spw,
        words_per_sentence=wps,
        flesch_douma=flesch,
        level=level,
        coverage_by_band=coverage,
    )
    return with_known(prof, stats, known) if known is not None else prof


def with_known(base: TextProfile, stats: list[WordStats], known) -> TextProfile:
    """*base* with the share of running words known and the fewest new lemmas for 95 % and
    98 %.  Running words outside *stats* (names, lemma-less tokens) count as known."""
    total = base.words
    known_tokens = total - sum(s.count for s in stats) + sum(s.count for s in stats if s.lemma in known)
    unknown = [s.count for s in stats if s.lemma not in known]
    return replace(
        base,
        known_share=known_tokens / total if total else 0.0,
        new_for_95=_new_needed(known_tokens, total, unknown, 0.95),
        new_for_98=_new_needed(known_tokens, total, unknown, 0.98),
    )


def known_at_level(stats: Iterable[WordStats], level: str) -> set[str]:
    """Lemmas whose estimated band is at or below *level*."""
    rank = level_rank(level)
    return {s.lemma for s in stats if LEVELS.index(s.level) <= rank}
