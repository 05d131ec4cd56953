"""Cloze exercises made from the sentences of the text being read, and answer checking.

Kinds:

* **typed** — the learner types the word; the hint gives its meaning, and on request its
  first letter and length;
* **choice** — the answer and three distractors in the gap's form (the sentence decides an
  ambiguous one: *is versterkt* is a participle, *hij versterkt* a present), of similar
  frequency, real words, not forms of the answer's lemma, not words of the text and not
  sharing a meaning with it (so they would not also fit the sentence);
* **particle** — a particle verb whose halves stand apart, blanked in both places and
  answered as one (*ISIS-K ___ aanslagen in april ___* → *voerde … uit*);
* **article** — *de* or *het* before a noun the lexicon knows.

Targets are the learner's new words at or just above their level — never names, numbers
(*elf, veertig*), fragments (*leiderschaps-*), or a word that also stands elsewhere in its
sentence, nor an abbreviation (*bijv.*) — and one sentence serves one card.  The hint is the
sense that fits the word in its sentence (the entry by ``Glossary.gloss_token``, the sense
by the sentence's cues: :func:`fitting_senses`) and never contains the answer, its lemma or
parts that spell it (:func:`safe_hint`); a word without such a hint gets no exercise, and a
word spelt like its English meaning (*dessert, informatie*) is no typed target.

Checking (:func:`check_answer`) ignores punctuation around the answer, the kind of
apostrophe and how accents are encoded; accepts the particle notation we print (*keken …
terug*, ``...``, either order) and the spelling variants the lexicon lists
(``spelling_variants``); and names the error: plural, tense, -e, d/t, typo, wrong word.

Gaps are character offsets within the exercise's sentence; the text under each gap is
exactly the answer.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field

from . import lexicon as _lexicon
from .analysis import Analysis
from .difficulty import LEVELS, WordStats, is_fragment, practisable, vocabulary
from .lexicon import Entry, _present_stem
from .morphology import default as default_morphology
from .reading import effective_status
from .resources import english_zipf, zipf
from .senses import fitting_senses
from .sentences import is_full_sentence
from .text import WORD, Sentence, Token

__all__ = ["Exercise", "Check", "make_exercises", "check_answer", "KINDS"]

KINDS = ("typed", "choice", "particle", "article")


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
    """6–30 words, starts like a sentence, ends like one, has a finite verb; not the title,
    a heading or a list item (:func:`vocab.sentences.is_full_sentence`)."""
    return is_full_sentence(analysis, s, min_words=6, max_words=30)


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
    glossary=None,
) -> list[Exercise]:
    """Exercises for the learner's unknown lemmas at or just above *level* (up to *above*
    bands higher), hardest useful words first, at most *per_lemma* per lemma, and never two
    from one sentence.

    The hint is the first sense that fits the word in its sentence
    (``glossary.gloss_token``) and does not give the answer away; without a *glossary*,
    the lexicon's senses (or ``glosser(lemma)``, a function giving one line of meaning).
    A word without a usable meaning gets no exercise."""
    lex = lex or _lexicon.default()
    statuses = statuses or {}
    stats = {s.lemma: s for s in vocabulary(analysis)}

    def senses_of(tok: Token) -> list[str]:
        if glossary is not None:
            g = glossary.gloss_token(analysis, tok)
            senses = list(g.senses)
            if not senses and g.parts:
                # a compound without an entry: its parts' English only ("peace + agreement"),
                # never the Dutch parts that spell it
                english = [p.senses[0] for p in g.parts if p.senses]
                if len(english) == len(g.parts):
                    senses = [" + ".join(english)]
            return senses
        if glosser is not None:
            meaning = glosser(tok.lemma)
            return [meaning] if meaning else []
        return _lexicon_senses(lex, tok.lemma)

    candidates: list[tuple[float, int, Exercise]] = []
    for sentence in analysis.sentences:
        if not _full_sentence(analysis, sentence):
            continue
        for tok in sentence.tokens:
            if tok.kind != WORD or tok.lemma not in stats or not practisable(tok.lemma):
                continue
            if is_fragment(tok.text):
                continue  # leiderschaps-: half a word
            if "." in tok.text:
                continue  # an abbreviation (bijv., o.a.): written out, it is another answer
            st = stats[tok.lemma]
            if not _target_ok(st, statuses, level, above):
                continue
            if _given_away(sentence, tok):
                continue
            for ex in _exercises_for(analysis, sentence, tok, st, lex, senses_of, kinds):
                candidates.append((st.difficulty, sentence.start, ex))
    # the hardest useful words first; per lemma the first sentence not yet used, and a mix
    # of kinds: a split particle verb is always a particle exercise; otherwise typed and
    # multiple choice take turns, with an article exercise now and then
    candidates.sort(key=lambda c: (-c[0], c[1]))
    by_lemma: dict[str, list[Exercise]] = {}
    for _d, _start, ex in candidates:
        by_lemma.setdefault(ex.lemma, []).append(ex)
    # sentences are handed out to the lemmas with the fewest to choose from first, so that
    # one busy sentence does not leave a word without an exercise; the order stays hardest first
    ranked = list(by_lemma.items())
    assign = sorted(range(len(ranked)), key=lambda r: (len({e.sentence_start for e in ranked[r][1]}), r))
    used_sentences: set[int] = set()
    chosen_at: dict[int, list[Exercise]] = {}
    for r in assign:
        free = [ex for ex in ranked[r][1] if ex.sentence_start not in used_sentences]
        chosen = _choose(free, r, per_lemma)
        chosen_at[r] = chosen
        used_sentences.update(ex.sentence_start for ex in chosen)
    out = [ex for r in range(len(ranked)) for ex in chosen_at[r]]
    return out[:n] if n is not None else out


def _given_away(sentence: Sentence, tok: Token) -> bool:
    """The answer stands elsewhere in the sentence (same word or another form of it)."""
    pair = tok.pair
    for other in sentence.tokens:
        if other is tok or other.index == pair or other.kind != WORD:
            continue
        if other.lemma == tok.lemma or other.text.lower() == tok.text.lower():
            return True
    return False


def _lexicon_senses(lex, lemma: str) -> list[str]:
    for e in lex.lookup(lemma):
        if e.senses:
            return list(e.senses)
    return []


def _choose(options: list[Exercise], rank: int, per_lemma: int) -> list[Exercise]:
    kinds: dict[str, Exercise] = {}
    for ex in options:
        kinds.setdefault(ex.kind, ex)  # the first free sentence for each kind
    if "particle" in kinds:
        order = ["particle", "choice", "typed", "article"]
    elif rank % 3 == 2:
        order = ["article", "choice", "typed"]
    elif rank % 2:
        order = ["choice", "typed", "article"]
    else:
        order = ["typed", "choice", "article"]
    out: list[Exercise] = []
    used: set[int] = set()
    for k in order:
        ex = kinds.get(k)
        if ex is None:
            continue
        if ex.sentence_start in used:  # a second card of this lemma: another sentence
            ex = next((e for e in options if e.kind == k and e.sentence_start not in used), None)
            if ex is None:
                continue
        out.append(ex)
        used.add(ex.sentence_start)
        if len(out) >= per_lemma:
            break
    return out


def _exercises_for(analysis, sentence, tok: Token, st: WordStats, lex, senses_of, kinds):
    text = analysis.sentence_text(sentence)
    base = sentence.start
    level = st.level
    if tok.pair is not None:
        other = sentence.tokens[tok.pair]
        if not ("particle" in kinds and abs(other.index - tok.index) > 1 and tok.index < other.index):
            return  # the particle half is covered by its verb
        answers = [tok.text, other.text]
    else:
        answers = [tok.text]
    meaning = safe_hint(fitting_senses(senses_of(tok), sentence, tok, lex), answers, tok.lemma)
    if not meaning:
        return  # no meaning that does not give the answer away: no exercise

    def make(kind, gap_tokens, answer_words, options=None):
        gaps = [(t.start - base, t.end - base) for t in gap_tokens]
        return Exercise(
            kind=kind, sentence=text, gaps=gaps, answer=answer_words, lemma=tok.lemma,
            hint=meaning, options=options, level=level,
            sentence_start=base, first_letter=answer_words[0][:1], length=len(answer_words[0]),
        )

    # a split particle verb: both halves, answered as one
    if tok.pair is not None:
        yield make("particle", [tok, sentence.tokens[tok.pair]], answers)
        return
    if "typed" in kinds and not looks_english(tok.text, tok.lemma, meaning):
        yield make("typed", [tok], [tok.text])
    if "choice" in kinds:
        options = distractors(tok, lex, analysis=analysis, sentence=sentence)
        if options:
            opts = [tok.text, *options]
            _rng(tok.lemma + text).shuffle(opts)  # the practice screen shuffles at each showing
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
                hint=f"de or het? ({tok.lemma}: {meaning})",
                level=level, sentence_start=base, first_letter="", length=len(art.text),
            )


_LETTERS = re.compile(r"[^\w]+")


def _squash(s: str) -> str:
    return _LETTERS.sub("", _plain(s).casefold())


def _gives_away(text: str, words: list[str]) -> bool:
    """Whether *text* contains one of *words*, or spells one with adjacent words run
    together ("sport + club" spells sportclub)."""
    flat = _squash(text)
    for w in words:
        if len(w) >= 3 and w in flat:
            return True
        # all but spelt: "sports club" for sportclub, "information" for informatie
        if len(w) >= 5 and abs(len(flat) - len(w)) <= 3 and (
            difflib.SequenceMatcher(None, flat, w).ratio() >= 0.85
        ):
            return True
    return False


_SEPARATORS = re.compile(r"[,;]")


def _alternatives(sense: str) -> list[str]:
    """The comma- and semicolon-separated alternatives of a sense, brackets kept whole:
    "to call (up, out), to phone" → ["to call (up, out)", "to phone"]."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(sense):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and _SEPARATORS.match(c):
            out.append(sense[start:i])
            start = i + 1
    out.append(sense[start:])
    return [a.strip() for a in out if a.strip()]


def safe_hint(senses: list[str], answers: list[str], lemma: str) -> str:
    """The first sense (the one that fits: see :func:`fitting_senses`) without what gives
    the answer away: alternatives or bracketed notes containing the answer, its lemma or
    parts that spell them ("forest (het bos)" → "forest"; "bell" for *bel*: nothing).
    A later sense is another meaning, so when nothing of the first is left there is no
    hint."""
    words = {_squash(w) for w in [*answers, lemma, "".join(answers)]}
    if len(answers) > 1:  # a particle verb: the verb without its particle gives it away too
        words.add(_squash(answers[0]))
    words = [w for w in words if len(w) >= 3]
    for sense in senses[:1]:
        sense = sense.strip()
        if not _gives_away(sense, words):
            return sense
        kept = []
        for alternative in _alternatives(sense):
            alternative = re.sub(r"\s*\([^)]*\)", lambda m: "" if _gives_away(m.group(), words) else m.group(),
                                 alternative).strip(" ,;")
            if alternative and not _gives_away(alternative, words):
                kept.append(alternative)
        return ", ".join(kept)
    return ""


def looks_english(form: str, lemma: str, meaning: str) -> bool:
    """A word an English speaker types without knowing Dutch: spelt as a common English word
    with the same meaning (dessert, pasta, yoga, habitat), or all but spelt like its
    meaning (informatie: information)."""
    hint_words = {_squash(w) for w in re.split(r"[\s,;/()]+", meaning) if w}
    for w in {form.lower(), lemma.lower()}:
        if english_zipf(w) >= 2.5 and _squash(w) in hint_words:
            return True
        for h in hint_words:
            if len(h) >= 5 and difflib.SequenceMatcher(None, _squash(w), h).ratio() >= 0.8:
                return True
    return False


def _noun(lex, lemma: str) -> Entry | None:
    for e in lex.lookup(lemma):
        if e.pos == "noun":
            return e
    return None


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))


# ----------------------------------------------------------------------------- distractors
_AUXILIARIES = frozenset(
    "heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden "
    "zal zult zullen zou zouden".split()
)


def form_kinds(form: str, lemma: str, lex) -> list[tuple[str, str]]:
    """Every (pos, inflection) *form* can be as a form of *lemma*: *versterkt* is both the
    present (hij versterkt) and the participle (is versterkt)."""
    low = form.lower()
    out: list[tuple[str, str]] = []
    for entry, kind in lex.forms().get(low, ()):
        if entry.lemma.lower() == lemma.lower() and (entry.pos, kind) not in out:
            out.append((entry.pos, kind))
    for entry in lex.lookup(lemma):
        if entry.pos == "verb" and _inflect(entry, "present") == low and ("verb", "present") not in out:
            out.append(("verb", "present"))
    return out


def form_kind(form: str, lemma: str, lex, sentence: Sentence | None = None,
              token: Token | None = None) -> tuple[str, str] | None:
    """(pos, inflection) of *form* as a form of *lemma*: ("noun", "plural"),
    ("verb", "past_singular"), ("adjective", "inflected") ...  When the form is ambiguous,
    the sentence decides: a participle when an auxiliary (is, wordt, heeft ...) stands
    before it in the sentence, else the finite form."""
    kinds = form_kinds(form, lemma, lex)
    if len(kinds) > 1 and sentence is not None and token is not None:
        aux = any(t.text.lower() in _AUXILIARIES for t in sentence.tokens[: token.index])
        for pos, kind in kinds:
            if kind.startswith("participle") == aux:
                return pos, kind
    return kinds[0] if kinds else None


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
        if kind == "stem":
            return _present_stem(lemma, "")
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


def distractors(tok: Token, lex, analysis: Analysis | None = None, k: int = 3,
                sentence: Sentence | None = None) -> list[str]:
    """*k* wrong answers for a choice exercise on *tok*, or [] when none are good enough.

    Each is a real word (wordfreq Zipf > 2, read back by the lemmatiser as its own lemma)
    in the gap's form — the same part of speech and inflection (tense and person, number,
    adjective -e, participle), a de-word for a de-word — of similar frequency, and unlikely
    to fit the sentence: no word of the text, none sharing a sense word with the answer,
    none of the same verb class (reflexive or not), and no word for a person when the
    answer is one (any person fits where a person does: *De ___ heet Kees*).  The sentence
    decides the form: a separable verb only as an infinitive at the end of its clause (after
    *te* and as a finite verb it would split: *terug te halen*, *ze halen terug*);
    a participle before a noun takes -e unless it ends in -en (*gezworen vijanden*,
    *gecorrigeerde teksten*)."""
    fk = form_kind(tok.text, tok.lemma, lex, sentence, tok)
    if fk is None:
        return []
    pos, kind = fk
    if pos not in ("noun", "verb", "adjective"):
        return []
    answer_entry = next((e for e in lex.lookup(tok.lemma) if e.pos == pos), None)
    if answer_entry is None:
        return []
    ambiguous = len(form_kinds(tok.text, tok.lemma, lex)) > 1
    senses = _sense_words(answer_entry)
    z = zipf(tok.lemma.lower())
    in_text = {t.lemma for t in analysis.words()} if analysis is not None else set()
    if sentence is not None:
        in_text |= {t.text.lower() for t in sentence.tokens}
    pool: list[tuple[float, str]] = []
    morph = default_morphology()
    tokens = sentence.tokens if sentence is not None else []
    before = tokens[tok.index - 1] if sentence is not None and tok.index > 0 else None
    after = tokens[tok.index + 1] if sentence is not None and tok.index + 1 < len(tokens) else None
    # a separable verb stays joined only as an infinitive at the end of its clause (wil het
    # terughalen); after te it splits (terug te halen), and so does a finite plural present,
    # whose form is the infinitive's (ze halen het terug)
    joined_ok = pos == "verb" and kind == "lemma" and not (before is not None and before.text.lower() == "te") \
        and (after is None or after.kind == "punct")
    attributive = pos == "verb" and kind == "participle" and _is_noun(after, lex)
    person = pos == "noun" and _person(answer_entry, strict=True)
    for entry in _entries_of(lex, pos):
        if entry.lemma.lower() == tok.lemma.lower() or entry.lemma in in_text:
            continue
        if entry.particle and not joined_ok:
            continue  # te terughalen, sommigen terughalen dat ...: it would split
        if person and _person(entry, strict=False):
            continue
        if pos == "noun" and kind == "lemma" and entry.article != answer_entry.article:
            continue  # "de ___": a het-word would give itself away
        if pos == "verb" and entry.reflexive != answer_entry.reflexive:
            continue
        if senses & _sense_words(entry):
            continue  # shares a meaning: it might fit the sentence too
        form = _inflect(entry, kind)
        if attributive and form and not form.endswith("en"):
            form += "e"  # before a noun: gecorrigeerde vijanden
        if not form or form == tok.text.lower() or form in in_text or zipf(form) <= 2.0:
            continue
        if morph.lemmatize(form) != entry.lemma.lower():
            continue  # the form reads as another word (zit: zitten) or as the answer's own
        if not ambiguous and len(form_kinds(form, entry.lemma, lex)) > 1:
            continue  # a form that is also another tense would be a second right answer
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


def _is_noun(tok: Token | None, lex) -> bool:
    """A word that can be a noun here: tagged as one, or a form the lexicon knows only
    from nouns, or (after a participle, where a verb rarely follows) the plural of one:
    *toegeschreven aanvallen* are attacks, whatever the tagger made of them."""
    if tok is None or tok.kind != WORD:
        return False
    if getattr(tok, "pos", None) == "NOUN":
        return True
    readings = lex.forms().get(tok.text.lower(), ())
    return any(entry.pos == "noun" and kind in ("lemma", "plural", "diminutive", "diminutive-plural")
               for entry, kind in readings)


#: Dutch endings of words for people (verkoper, leraar, tandarts is not caught: a heuristic
#: that may only keep words out of the pool) and English ones of their senses.
_PERSON_NL = ("er", "aar", "ier", "ist", "eur", "ant", "ent", "ling", "man", "vrouw", "genoot",
              "loog", "ster", "trice")
_PERSON_EN = ("er", "or", "ist", "ant", "ent", "ian", "eer", "man", "woman", "person")


def _person(entry: Entry, strict: bool) -> bool:
    """Whether a noun looks like a word for a person: by its Dutch ending and (*strict*)
    or (not strict) by the last word of an alternative of its first English sense
    (seller, participant, professor; "GP, family doctor")."""
    dutch = entry.lemma.lower().endswith(_PERSON_NL)
    english = False
    for alternative in _alternatives(entry.senses[0]) if entry.senses else []:
        words = re.sub(r"\([^)]*\)", "", alternative).split()
        if words and words[-1].lower().endswith(_PERSON_EN):
            english = True
            break
    return (dutch and english) if strict else (dutch or english)


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


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_EDGE_PUNCT = ".,;:!?\"“”„«»()[]{}…"
_ELLIPSIS = re.compile(r"\s*(?:…|\.{2,})\s*")


def normalise(text: str) -> str:
    """NFC, one kind of apostrophe, single spaces, no punctuation around the answer."""
    t = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    t = " ".join(t.split())
    return t.strip(_EDGE_PUNCT + " ")


@functools.cache
def _variant_groups() -> list[tuple[str, ...]]:
    from pathlib import Path

    path = Path(__file__).with_name("data") / "variants.tsv"
    groups = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                groups.append(tuple(w.strip().casefold() for w in line.split("\t") if w.strip()))
    return groups


_PLURAL_ALSO = re.compile(r"plural also ([\w'’-]+(?:(?:,| or) [\w'’-]+)*)")
_ALSO_WRITTEN = re.compile(r"also written ([\w'’-]+)")


def _as_list(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("/") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def spelling_variants(word: str, lemma: str, lex=None) -> set[str]:
    """Other accepted spellings of *word* (a form of *lemma*), lower case: the lexicon's
    alternative plurals (a list, "a/b", or "plural also X" in the note), its "also written"
    forms, and the reviewed word variants of ``vocab/data/variants.tsv`` with the same
    ending (gemakkelijke ~ makkelijke)."""
    lex = lex or _lexicon.default()
    w = word.casefold()
    out: set[str] = set()
    for entry in lex.lookup(lemma):
        raw = entry.raw or {}
        plurals = _as_list(raw.get("plural")) + _as_list(raw.get("plurals"))
        note = entry.note or ""
        for m in _PLURAL_ALSO.finditer(note):
            plurals += [p.strip() for p in re.split(r",| or ", m.group(1)) if p.strip()]
        plurals = [p.casefold() for p in plurals]
        if w in plurals:
            out.update(plurals)
        if w == entry.lemma.casefold():
            out.update(m.group(1).casefold() for m in _ALSO_WRITTEN.finditer(note))
    for group in _variant_groups():
        for a in group:
            if w.startswith(a):
                ending = w[len(a):]
                out.update(b + ending for b in group if b != a)
    out.discard(w)
    return out


_ERROR_NAMES = {
    "plural": "plural",
    "tense": "tense",
    "-e": "-e ending",
    "d/t": "d/t spelling",
    "typo": "typo",
    "wrong word": "wrong word",
    "other form": "other form",
}


def _name_form_error(given: str, expected: str, lemma: str, lex) -> tuple[str, str] | None:
    """(error, explanation) when *given* is another form of the answer's word."""
    g, e = given.casefold(), expected.casefold()
    if g.rstrip("dt") == e.rstrip("dt") and g != e and (e[-1:] in "dt" or g[-1:] in "dt"):
        return "d/t", f"d/t: it is written {expected} here, not {given}"
    if g + "e" == e or e + "e" == g or g + "n" == e and e.endswith("en"):
        return "-e", f"the -e: {expected} here, not {given}"
    morph = default_morphology()
    if morph.lemmatize(g) != lemma.casefold() and not any(
        entry.lemma.casefold() == lemma.casefold() for entry, _k in lex.forms().get(g, ())
    ):
        return None
    kinds_g = {k for _p, k in form_kinds(g, lemma, lex)}
    kinds_e = {k for _p, k in form_kinds(e, lemma, lex)}
    number = {"plural", "diminutive-plural"}
    if (kinds_g & number) != (kinds_e & number) and (kinds_g | kinds_e) & number:
        which = "the plural" if kinds_e & number else "the singular"
        return "plural", f"plural or singular: {which} {expected} here, not {given}"
    inflected = {"inflected", "comparative-inflected", "superlative-inflected", "participle-inflected"}
    if (kinds_g & inflected) != (kinds_e & inflected) and (kinds_g | kinds_e) & inflected:
        return "-e", f"the -e: {expected} here, not {given}"
    past = {"past_singular", "past_plural"}
    present = {"present", "stem", "lemma"}
    if (kinds_g & past and kinds_e & present) or (kinds_e & past and kinds_g & present):
        which = "the past tense" if kinds_e & past else "the present tense"
        return "tense", f"tense: {which} {expected} here, not {given}"
    return "other form", f"right word, other form: {expected} here, not {given}"


def _split_parts(text: str, n: int) -> list[str]:
    """A particle answer as typed: "keken … terug", "keken ... terug", "keken terug"."""
    return [p for p in _ELLIPSIS.sub(" ", text).split() if p][: max(n, 2) + 1]


def check_answer(ex: Exercise, response: str | list[str]) -> Check:
    """Judge a response.

    * right: the answer, ignoring case, punctuation around it, the kind of apostrophe and
      how accents are encoded; a missing or wrong accent is accepted and pointed out; a
      spelling variant the lexicon lists is accepted and named; a particle answer may be
      written as we print it (*keken … terug*, *keken ... terug*) and in either order;
    * almost: one letter off in a word of 5+ letters (a typo), or another form of the right
      word — named: plural, tense, -e, d/t;
    * wrong: another word (named when it is one)."""
    lex = _lexicon.default()
    if isinstance(response, str):
        raw = normalise(response)
        given_parts = _split_parts(raw, len(ex.answer)) if len(ex.answer) > 1 else [raw]
    else:
        given_parts = [normalise(p) for p in response]
    given_parts = [p for p in given_parts if p]
    given = " ".join(given_parts)
    expected = " ".join(ex.answer)
    exp_parts = [normalise(a).casefold() for a in ex.answer]
    parts = [p.casefold() for p in given_parts]
    if len(ex.answer) > 1 and sorted(parts) == sorted(exp_parts) and parts != exp_parts:
        parts = exp_parts  # the particle first, the verb second: the same answer
    g, e = " ".join(parts), " ".join(exp_parts)
    if g == e:
        return Check("right", "Right!", expected, given)
    if _plain(g) == _plain(e):
        return Check("right", f"Right — mind the accents: {expected}", expected, given,
                     notes=["diacritics"])
    if len(ex.answer) == 1 and ex.kind != "article":
        variants = spelling_variants(e, ex.lemma, lex)
        if g in variants or _plain(g) in {_plain(v) for v in variants}:
            return Check("right", f"Right — {given} is also correct; the text has {expected}",
                         expected, given, notes=["variant"])
    if not given:
        return Check("wrong", f"The answer is: {expected}", expected, given, notes=["no answer"])
    if ex.kind in ("typed", "choice", "particle"):
        if len(ex.answer) == 1:
            named = _name_form_error(g, e, ex.lemma, lex)
        else:
            # a particle verb: the particle must be right; the verb's form is what is judged
            named = None
            if len(parts) == len(exp_parts) and parts[1:] == exp_parts[1:]:
                named = _name_form_error(parts[0], exp_parts[0], ex.lemma.removeprefix(exp_parts[1]), lex)
                if named is None and default_morphology().lemmatize(parts[1] + parts[0]) == ex.lemma.casefold():
                    named = ("other form", f"right word, other form: {expected}, not {given}")
            elif len(parts) == 1 and default_morphology().lemmatize(parts[0]) == ex.lemma.casefold():
                named = ("other form", f"the verb is split here: {' … '.join(ex.answer)}, not {given}")
        if named is not None:
            error, message = named
            return Check("almost", message[:1].upper() + message[1:], expected, given, notes=[error])
    if len(e) >= 5 and len(ex.answer) == 1 and _one_edit(g, e):
        return Check("almost", f"Almost — a typo: {expected}", expected, given, notes=["typo"])
    if ex.kind == "article":
        return Check("wrong", f"The answer is: {expected}", expected, given, notes=["wrong word"])
    return Check("wrong", f"Wrong word — the answer is: {expected}", expected, given,
                 notes=["wrong word"])
