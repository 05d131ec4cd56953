"""Cloze exercises made from the sentences of the text being read, and answer checking.

Kinds:

* **typed** — the learner types the word; the hint gives its meaning, and on request its
  first letter and length;
* **choice** — the answer and three distractors of the same word class and inflection (a
  past tense for a past tense, a plural for a plural, an adjective with -e for one with
  -e), of similar frequency, real words, not forms of the answer's lemma and not sharing a
  meaning with it (so they would not also fit the sentence);
* **particle** — a particle verb whose halves stand apart, blanked in both places and
  answered as one (*ISIS-K ___ aanslagen in april ___* → *voerde … uit*);
* **article** — *de* or *het* before a noun the lexicon knows.

Gaps are character offsets within the exercise's sentence; the text under each gap is
exactly the answer.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from dataclasses import dataclass, field

from . import lexicon as _lexicon
from .analysis import Analysis
from .difficulty import LEVELS, WordStats, vocabulary
from .lexicon import Entry, _present_stem
from .morphology import default as default_morphology
from .reading import effective_status
from .resources import zipf
from .text import NAME, WORD, Sentence, Token

__all__ = ["Exercise", "Check", "make_exercises", "check_answer", "KINDS"]

KINDS = ("typed", "choice", "particle", "article")
_TERMINAL = (".", "!", "?", "…", '."', '!"', '?"', ".'", ".”", "!”", "?”", ".)")


@dataclass(slots=True)
class Exercise:
    kind: str
    sentence: str
    gaps: list[tuple[int, int]]
    answer: list[str]
    lemma: str
    hint: str
    options: list[str] | None = None
    level: str = ""
    sentence_start: int = 0  # offset of the sentence in the text
    first_letter: str = ""
    length: int = 0

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "sentence": self.sentence,
            "gaps": [list(g) for g in self.gaps],
            "answer": list(self.answer),
            "options": list(self.options) if self.options is not None else None,
            "lemma": self.lemma,
            "hint": self.hint,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Exercise:
        return cls(
            kind=d["kind"], sentence=d["sentence"], gaps=[tuple(g) for g in d["gaps"]],
            answer=list(d["answer"]), lemma=d["lemma"], hint=d.get("hint", ""),
            options=d.get("options"), level=d.get("level", ""),
            first_letter=d.get("first_letter", ""), length=d.get("length", 0),
        )

    def masked(self, blank: str = "_____") -> str:
        """The sentence with its gaps blanked."""
        out, pos = [], 0
        for s, e in self.gaps:
            out += [self.sentence[pos:s], blank]
            pos = e
        out.append(self.sentence[pos:])
        return "".join(out)

    def key(self) -> str:
        return f"{self.lemma}|{self.kind}"


# ----------------------------------------------------------------------------- sentences
def _full_sentence(analysis: Analysis, s: Sentence) -> bool:
    """6–30 words, starts like a sentence, ends like one; not a heading or list item."""
    words = [t for t in s.tokens if t.kind in (WORD, NAME)]
    if not 6 <= len(words) <= 30:
        return False
    text = analysis.sentence_text(s).strip()
    if text.startswith(("-", "•", "*", "–")):
        return False
    first = words[0].text
    if not first[:1].isupper() and not first.startswith(("'s", "'t")):
        return False
    return text.endswith(_TERMINAL)


# ----------------------------------------------------------------------------- targets
def _target_ok(stats: WordStats, statuses: dict[str, str], level: str, above: int) -> bool:
    status = effective_status(statuses.get(stats.lemma), stats.level, level)
    if status in ("known", "ignored"):
        return False
    rank = LEVELS.index(stats.level)
    lo = LEVELS.index(level)
    return lo <= rank <= lo + above


def make_exercises(
    analysis: Analysis,
    *,
    level: str = "B1",
    statuses: dict[str, str] | None = None,
    kinds: tuple[str, ...] = KINDS,
    n: int | None = None,
    above: int = 1,
    per_lemma: int = 1,
    lex: _lexicon.Lexicon | None = None,
    glosser=None,
) -> list[Exercise]:
    """Exercises for the learner's unknown lemmas at or just above *level* (up to *above*
    bands higher), hardest useful words first, at most *per_lemma* per lemma."""
    lex = lex or _lexicon.default()
    statuses = statuses or {}
    stats = {s.lemma: s for s in vocabulary(analysis)}
    gloss_of = glosser or (lambda lemma: _first_sense(lex, lemma))
    candidates: list[tuple[float, Exercise]] = []
    used: dict[str, int] = {}
    for sentence in analysis.sentences:
        if not _full_sentence(analysis, sentence):
            continue
        for tok in sentence.tokens:
            if tok.kind != WORD or tok.lemma not in stats:
                continue
            st = stats[tok.lemma]
            if not _target_ok(st, statuses, level, above):
                continue
            for ex in _exercises_for(analysis, sentence, tok, st, lex, gloss_of, kinds):
                candidates.append((st.difficulty, ex))
    # the hardest useful words first; per lemma the first sentence it occurs in, and a
    # mix of kinds: a split particle verb is always a particle exercise; otherwise typed and
    # multiple choice take turns, with an article exercise now and then
    candidates.sort(key=lambda c: (-c[0], c[1].sentence_start))
    by_lemma: dict[str, list[Exercise]] = {}
    for _d, ex in candidates:
        by_lemma.setdefault(ex.lemma, []).append(ex)
    out: list[Exercise] = []
    for rank, (lemma, options) in enumerate(by_lemma.items()):
        chosen = _choose(options, rank, per_lemma)
        out.extend(chosen)
        used[lemma] = len(chosen)
        if n is not None and len(out) >= n:
            return out[:n]
    return out


def _choose(options: list[Exercise], rank: int, per_lemma: int) -> list[Exercise]:
    kinds = {}
    for ex in options:
        kinds.setdefault(ex.kind, ex)  # the first sentence for each kind
    if "particle" in kinds:
        order = ["particle", "choice", "typed", "article"]
    elif rank % 3 == 2:
        order = ["article", "choice", "typed"]
    elif rank % 2:
        order = ["choice", "typed", "article"]
    else:
        order = ["typed", "choice", "article"]
    return [kinds[k] for k in order if k in kinds][:per_lemma]


def _exercises_for(analysis, sentence, tok: Token, st: WordStats, lex, gloss_of, kinds):
    text = analysis.sentence_text(sentence)
    base = sentence.start
    meaning = gloss_of(tok.lemma)
    level = st.level

    def make(kind, gap_tokens, answers, options=None, hint=None):
        gaps = [(t.start - base, t.end - base) for t in gap_tokens]
        word = " ".join(answers)
        return Exercise(
            kind=kind, sentence=text, gaps=gaps, answer=answers, lemma=tok.lemma,
            hint=hint or _hint(meaning, word), options=options, level=level,
            sentence_start=base, first_letter=answers[0][:1], length=len(answers[0]),
        )

    # a split particle verb: both halves, answered as one
    if tok.pair is not None:
        other = sentence.tokens[tok.pair]
        if "particle" in kinds and abs(other.index - tok.index) > 1 and tok.index < other.index:
            yield make("particle", [tok, other], [tok.text, other.text])
        return  # the particle half is covered by its verb
    if "typed" in kinds:
        yield make("typed", [tok], [tok.text])
    if "choice" in kinds:
        options = distractors(tok, lex, analysis=analysis)
        if options:
            opts = [tok.text, *options]
            _rng(tok.lemma + text).shuffle(opts)
            yield make("choice", [tok], [tok.text], options=opts)
    if "article" in kinds and tok.index > 0:
        art = sentence.tokens[tok.index - 1]
        entry = _noun(lex, tok.lemma)
        if (
            entry is not None
            and entry.article in ("de", "het")
            and art.text.lower() == entry.article
            and tok.text.lower() == tok.lemma.lower()  # singular: plurals always take de
        ):
            yield Exercise(
                kind="article", sentence=text, gaps=[(art.start - base, art.end - base)],
                answer=[art.text], lemma=tok.lemma, options=["de", "het"],
                hint=f"de or het? ({tok.lemma}: {meaning})" if meaning else "de or het?",
                level=level, sentence_start=base, first_letter="", length=len(art.text),
            )


def _hint(meaning: str, word: str) -> str:
    if meaning:
        return meaning
    return f"starts with '{word[:1]}', {len(word)} letters"


def _first_sense(lex, lemma: str) -> str:
    for e in lex.lookup(lemma):
        if e.senses:
            return e.senses[0]
    return ""


def _noun(lex, lemma: str) -> Entry | None:
    for e in lex.lookup(lemma):
        if e.pos == "noun":
            return e
    return None


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))


# ----------------------------------------------------------------------------- distractors
def form_kind(form: str, lemma: str, lex) -> tuple[str, str] | None:
    """(pos, inflection) of *form* as a form of *lemma*: ("noun", "plural"),
    ("verb", "past_singular"), ("adjective", "inflected") ..."""
    low = form.lower()
    for entry, kind in lex.forms().get(low, ()):
        if entry.lemma.lower() == lemma.lower():
            return entry.pos, kind
    for entry in lex.lookup(lemma):
        if entry.pos == "verb" and _inflect(entry, "present") == low:
            return "verb", "present"
    return None


def _inflect(entry: Entry, kind: str) -> str | None:
    """The form of *entry* of the given inflection kind (joined forms, lower case)."""
    lemma = entry.lemma.lower()
    if kind == "lemma":
        return lemma
    if entry.pos == "noun":
        if kind == "plural":
            return (entry.plural or "").lower() or None
        if kind == "diminutive":
            return (entry.diminutive or "").lower() or None
        return None
    if entry.pos == "verb":
        if entry.particle:
            return None  # separable verbs are split in main clauses: no clean distractor
        f = entry.forms or {}
        if kind in ("past_singular", "past_plural", "participle"):
            value = f.get("past_participle" if kind == "participle" else kind) or ""
            value = value.split("/")[0].strip().lower()
            return value if value and value[0].isalpha() and " " not in value else None
        if kind == "present":
            stem = _present_stem(lemma, "")
            return (stem if stem.endswith("t") else stem + "t") if stem else None
        if kind == "participle-inflected":
            value = (f.get("past_participle") or "").split("/")[0].strip().lower()
            return value + "e" if value and not value.endswith("en") and value[0].isalpha() else None
        return None
    if entry.pos == "adjective":
        if kind == "inflected":
            return (entry.inflected or "").lower() or None
        if kind == "comparative":
            return (entry.comparative or "").lower() or None
        return None
    return None


def distractors(tok: Token, lex, analysis: Analysis | None = None, k: int = 3) -> list[str]:
    """*k* wrong answers for a choice exercise on *tok*, or [] when none are good enough."""
    fk = form_kind(tok.text, tok.lemma, lex)
    if fk is None:
        return []
    pos, kind = fk
    if pos not in ("noun", "verb", "adjective"):
        return []
    answer_entry = next((e for e in lex.lookup(tok.lemma) if e.pos == pos), None)
    if answer_entry is None:
        return []
    senses = _sense_words(answer_entry)
    z = zipf(tok.lemma.lower())
    in_text = {t.lemma for t in analysis.words()} if analysis is not None else set()
    pool: list[tuple[float, str]] = []
    morph = default_morphology()
    for entry in _entries_of(lex, pos):
        if entry.lemma.lower() == tok.lemma.lower() or entry.lemma in in_text:
            continue
        if pos == "noun" and kind == "lemma" and entry.article != answer_entry.article:
            continue  # "de ___": a het-word would give itself away
        if pos == "verb" and entry.reflexive != answer_entry.reflexive:
            continue
        if senses & _sense_words(entry):
            continue  # shares a meaning: it might fit the sentence too
        form = _inflect(entry, kind)
        if not form or form == tok.text.lower() or zipf(form) <= 2.0:
            continue
        if morph.lemmatize(form) != entry.lemma.lower():
            continue  # the form reads as another word (zit: zitten) or as the answer's own
        dz = abs(zipf(entry.lemma.lower()) - z)
        if dz <= 1.0:
            pool.append((dz, form))
    if len(pool) < k:
        return []
    pool.sort()
    rng = _rng(tok.lemma + tok.text)
    near = [f for _d, f in pool[: max(k * 4, 12)]]
    picked = rng.sample(near, k)
    if tok.text[:1].isupper():
        picked = [p[:1].upper() + p[1:] for p in picked]
    return picked


def _entries_of(lex, pos: str) -> list[Entry]:
    """The lexicon's entries of one part of speech (grouped once per lexicon)."""
    cache = getattr(lex, "_entries_by_pos", None)
    if cache is None:
        cache = {}
        for e in lex.entries():
            cache.setdefault(e.pos, []).append(e)
        lex._entries_by_pos = cache
    return cache.get(pos, [])


_STOP = frozenset("to a an the of in on for be do make get have with at by up out off".split())


def _sense_words(entry: Entry) -> set[str]:
    words = set()
    for sense in entry.senses:
        for w in sense.lower().replace(",", " ").replace("(", " ").replace(")", " ").split():
            if w.isalpha() and w not in _STOP and len(w) > 2:
                words.add(w)
    return words


# ----------------------------------------------------------------------------- checking
@dataclass(slots=True)
class Check:
    verdict: str  # right, almost, wrong
    message: str
    expected: str
    given: str
    notes: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return self.verdict == "right"


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance exactly 1 (one letter wrong, missing, extra or swapped)."""
    if a == b:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1 :]:
            return True
    return False


def check_answer(ex: Exercise, response: str | list[str]) -> Check:
    """Judge a response: right (case-insensitive; a missing or wrong diacritic is accepted
    and pointed out), almost (one wrong letter in a word of 5+ letters), or wrong — and
    when the learner typed another form of the right lemma, say so."""
    if isinstance(response, str):
        given_parts = response.split() if len(ex.answer) > 1 else [response]
    else:
        given_parts = list(response)
    given = " ".join(p.strip() for p in given_parts).strip()
    expected = " ".join(ex.answer)
    g, e = given.casefold(), expected.casefold()
    if g == e:
        return Check("right", "Right!", expected, given)
    if _plain(g) == _plain(e):
        return Check("right", f"Right — mind the accents: {expected}", expected, given,
                     notes=["diacritics"])
    if len(ex.answer) == 1 and len(e) >= 5 and _one_edit(g, e):
        return Check("almost", f"Almost: {expected}", expected, given, notes=["one letter"])
    if given and ex.kind in ("typed", "choice", "particle"):
        morph = default_morphology()
        joined = given if len(ex.answer) == 1 else "".join(reversed(given.split()))
        if morph.lemmatize(joined.split()[0] if len(ex.answer) == 1 else joined) == ex.lemma.lower():
            return Check("almost", f"Right word, other form: {expected}, not {given}", expected,
                         given, notes=["other form"])
    return Check("wrong", f"The answer is: {expected}", expected, given)
