"""Fixed expressions: found in a sentence across inflection and word order, glossed as units.

Data: ``vocab/lexicon/expressions.jsonl``, written and reviewed by us, one entry a line::

    {"text": "deel uitmaken van", "kind": "verb", "senses": ["to be part of"],
     "example": {"nl": "Zij maakt al jaren deel uit van het team.",
                 "en": "She has been part of the team for years."},
     "register": null, "region": null, "note": null}

The citation form (``text``) is the dictionary's: a verbal expression ends with its verb in
the infinitive, optionally followed by the preposition that introduces its complement
(*aan de slag gaan*, *deel uitmaken van*, *zich zorgen maken over*); other kinds are written
as they stand (*op zoek naar*, *in plaats van*, *af en toe*).  Four words are slots, not text:
*iemand*, *iets*, *iemands* (any phrase), *zich* (a reflexive pronoun: *me*, *je*, *ons* …),
*zijn* before the verb and *z'n* (a possessive: *mijn best doen*), and *ergens* (any *er*-word).
In a verbal expression *een* stands for any determiner (*een besluit nemen*: *het besluit*,
*dat besluit*, *geen besluit*).

How an expression is found (:func:`find`), per sentence, on the tokens' forms and lemmas:

- the **core** (the words before the verb, slots aside) in their order; in a verbal
  expression up to three words may stand between two core words (*in grote verlegenheid*,
  *er geen belang bij*), in the other kinds none;
- *er* in the core is any of *er, daar, hier, waar*, and an *er*-word counts for *er* and its
  preposition at once (*erbij*, *daarin*);
- the **verb** (verbal expressions only, and required): any token of the clause whose lemma
  is the verb — a separated particle verb by either half (*maakt … deel uit*), a base verb
  with its particle written apart in the clause too; in any position, so main clauses
  (*Morgen gaan we aan de slag*) and subordinate ones (*dat we aan de slag gaan*) match;
- the **preposition** after the verb is optional: joined when the clause has it (or an
  *er*-word ending in it: *ervan*), so *Maak je geen zorgen* is *zich zorgen maken (over)*;
- a **clause** ends at punctuation and at a conjunction that begins one (the tag SCONJ, or
  *want*, where the tagger gave one, else a list of them; *en, maar, of* also join words
  inside a clause); a match never reaches across one that is not its own word.

Overlapping matches: the one with more words wins; a token belongs to one expression.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .wordforms import PARTICLES

__all__ = [
    "DATA_FILE", "Expression", "Expressions", "Match", "Pattern", "default", "parse",
    "KINDS", "SLOTS", "is_citation",
]

DATA_FILE = Path(__file__).with_name("lexicon") / "expressions.jsonl"

KINDS = frozenset({"verb", "preposition", "adverb", "conjunction", "adjective", "noun", "phrase"})
#: Slot words of a citation form: any phrase (not matched), a reflexive pronoun, a possessive,
#: an er-word (matched when they stand where the citation has them, never required).
FREE_SLOTS = frozenset({"iemand", "iets", "iemands"})
REFLEXIVE_SLOT, POSSESSIVE_SLOTS, R_SLOT = "zich", frozenset({"zijn", "z'n"}), "ergens"
SLOTS = FREE_SLOTS | {REFLEXIVE_SLOT, R_SLOT} | POSSESSIVE_SLOTS

REFLEXIVES = frozenset(
    "me mij mezelf mijzelf je jou jezelf jouzelf zich zichzelf ons onszelf u uzelf".split()
)
POSSESSIVES = frozenset("mijn m'n je jouw zijn z'n haar d'r ons onze jullie hun uw".split())
R_WORDS = ("er", "daar", "hier", "waar")

#: Prepositions that may follow the verb of a citation form (its complement's preposition).
PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    rond sinds tegen tot tussen uit van vanaf vanuit voor zonder
    """.split()
)
#: Conjunctions that begin a clause, when a token has no part-of-speech tag (en, maar, of
#: also join words inside a clause: "zijn vrouw en kinderen", "maar" is often "just").
_CONJUNCTIONS = frozenset(
    """
    want dat omdat als wanneer terwijl toen nadat voordat zodat doordat hoewel indien zodra
    totdat alsof opdat tenzij zoals mits
    """.split()
)
_FUNCTION = PREPOSITIONS | frozenset("de het een er te en of niet geen ".split()) | set(R_WORDS)
#: Words a verbal expression's core may have between two of its words.
MAX_GAP = 3


@dataclass(frozen=True, slots=True)
class Pattern:
    """What :func:`find` looks for: the core words (slots included, as written), the verb
    (or None) and the optional preposition after it."""

    core: tuple[str, ...]
    verb: str | None = None
    preposition: str | None = None

    @property
    def fixed(self) -> tuple[str, ...]:
        """The core words that must be in the text."""
        return tuple(w for w in self.core if w not in SLOTS)


def parse(text: str, kind: str) -> Pattern:
    """The pattern of a citation form: ``parse("deel uitmaken van", "verb")`` →
    core ('deel',), verb 'uitmaken', preposition 'van'.  An er-word of the form is its two
    words (*het erover hebben*: het, er, over), as the text may split it."""
    words: list[str] = []
    for w in text.lower().split():
        split = _r_split(w) if kind == "verb" and w.startswith("er") else None
        words += ["er", split[1]] if split and split[0] == "er" else [w]
    if kind != "verb" or not words:
        return Pattern(tuple(words))
    prep = None
    if len(words) >= 3 and words[-1] in PREPOSITIONS:
        prep = words[-1]
        words = words[:-1]
    return Pattern(tuple(words[:-1]), words[-1], prep)


@dataclass(frozen=True, slots=True)
class Expression:
    text: str
    kind: str
    senses: tuple[str, ...]
    example: dict | None = None
    register: str | None = None
    region: str | None = None
    note: str | None = None

    @classmethod
    def from_dict(cls, d: dict) -> Expression:
        return cls(
            text=d["text"], kind=d["kind"], senses=tuple(d.get("senses") or ()),
            example=d.get("example"), register=d.get("register"), region=d.get("region"),
            note=d.get("note"),
        )

    @property
    def pattern(self) -> Pattern:
        return parse(self.text, self.kind)

    def to_dict(self) -> dict:
        """The public JSON shape (``gloss --json``'s ``expression``)."""
        return {
            "text": self.text, "kind": self.kind, "senses": list(self.senses),
            "example": dict(self.example) if self.example else None,
            "register": self.register, "region": self.region, "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Match:
    expression: Expression
    tokens: tuple[int, ...]  # indices in the sentence, ascending


class Expressions:
    """The expressions of a file, indexed by an anchor word each (its longest content word
    of the core), so a sentence costs a dictionary lookup per token."""

    def __init__(self, path: Path | None = DATA_FILE, entries: list[dict] | None = None) -> None:
        self.path = path
        self._given = entries
        self._all: list[Expression] | None = None
        self._index: dict[str, list[tuple[Expression, Pattern, int]]] | None = None
        self._by_text: dict[str, Expression] | None = None
        self._forms: dict[tuple[str, str | None], tuple] = {}
        self._bare: dict[str, str | None] | None = None

    def _load(self) -> list[Expression]:
        if self._all is None:
            raw = self._given
            if raw is None:
                raw = []
                if self.path is not None and self.path.exists():
                    for line in self.path.read_text(encoding="utf-8").splitlines():
                        if line.strip():
                            raw.append(json.loads(line))
            self._all = [Expression.from_dict(d) for d in raw]
        return self._all

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self):
        return iter(self._load())

    def get(self, text: str) -> Expression | None:
        """The expression with this citation form."""
        if self._by_text is None:
            self._by_text = {e.text: e for e in self._load()}
        return self._by_text.get(text)

    def lookup(self, term: str) -> str | None:
        """The citation form of ours a multi-word *term* (a word list's, a flashcard's)
        stands for, or None: the citation form itself, or it without its slot words
        (*in de steek laten* for *iemand in de steek laten*), or the expression the term
        shows in any form (*maak je geen zorgen*, *zich zorgen maken* → *zich zorgen maken
        over*) when it shows one only and nothing else but pronouns, determiners and
        negation."""
        from .wordforms import normalise

        words = normalise(" ".join(term.split())).strip(" .!?,;:").split()
        if len(words) < 2:
            return None
        text = " ".join(words)
        if self.get(text) is not None:
            return text
        if self._bare is None:
            bare: dict[str, str | None] = {}
            for e in self._load():
                key = " ".join(w for w in e.text.split() if w not in SLOTS)
                bare[key] = e.text if key not in bare else None  # two: neither
            self._bare = bare
        got = self._bare.get(text)
        if got is not None:
            return got
        from .analysis import analyse

        found = []
        for sentence in analyse(text, cache=False).sentences:
            toks = sentence.tokens
            for m in self.find(toks):
                found.append((m, toks))
        if len(found) != 1:
            return None
        m, toks = found[0]
        rest = [t for j, t in enumerate(toks) if j not in m.tokens and t.kind in ("word", "name")]
        if any(t.text.lower() not in _LEFTOVER for t in rest):
            return None
        return m.expression.text

    def index(self) -> dict[str, list[tuple]]:
        """Anchor word → [(expression, pattern, the anchor's place in the core, the words a
        sentence must have, the verb's keys or None)]."""
        if self._index is None:
            index: dict[str, list] = {}
            for e in self._load():
                p = e.pattern
                i = _anchor(p)
                if i is not None:
                    # een of a verbal expression is any determiner
                    needed = frozenset(w for w in p.fixed if not (w == "een" and p.verb))
                    # the verb is there as its lemma or reading, or as the base verb of
                    # a particle verb whose particle stands apart (any ending of 4 letters
                    # or more: gebruik … maken)
                    verbs = frozenset(p.verb[k:] for k in range(len(p.verb) - 3)) if p.verb else None
                    index.setdefault(p.core[i], []).append((e, p, i, needed, verbs))
            self._index = index
        return self._index

    def _form(self, tok, index) -> tuple[tuple[str, ...], tuple]:
        """(the words a token's form and lemma can stand for, the index's entries for them),
        kept per (form, lemma)."""
        keys, extra = _keys(tok)
        entries = tuple(x for key in keys for x in index.get(key, ()))
        if len(self._forms) > 200_000:
            self._forms.clear()
        got = self._forms[(tok.text, tok.lemma)] = (extra, entries)
        return got

    # ------------------------------------------------------------------ matching
    def find(self, tokens) -> list[Match]:
        """The expressions in one sentence's tokens (each token at most once)."""
        index = self.index()
        # the words the sentence has (forms, lemmas, er-words' halves, verb readings): an
        # expression is tried only when its fixed words and its verb are there, which spares
        # most attempts
        candidates = []
        present: set[str] = set()
        joined = False  # a particle verb may hide an expression's verb (kwam … goed van pas)
        forms = self._forms
        for i, tok in enumerate(tokens):
            kind = tok.kind
            if kind != "word" and kind != "name":
                continue
            got = forms.get((tok.text, tok.lemma))
            if got is None:
                got = self._form(tok, index)
            present.update(got[0])
            if got[1]:
                candidates.append((i, got[1]))
            if tok.pair is not None:
                joined = True
        found: list[tuple[int, int, Match]] = []
        for i, entries in candidates:
            for e, p, anchor, needed, verbs in entries:
                if not needed <= present or (verbs and not joined and verbs.isdisjoint(present)):
                    continue
                got = _match(tokens, i, p, anchor, e.kind)
                if got is not None:
                    found.append((len(got), len(needed), Match(e, tuple(sorted(got)))))
        if not found:
            return []
        # more words first; of as many, the one whose citation has more fixed words (het
        # roerend eens zijn before het eens zijn met, whose preposition is optional), then the
        # tighter one (an auxiliary further off is not the expression's verb: "ben … op de
        # hoogte geraakt" is raken)
        found.sort(key=lambda m: (-m[0], -m[1], m[2].tokens[-1] - m[2].tokens[0], m[2].tokens[0],
                                  m[2].expression.text))
        found = [(n, m) for n, _k, m in found]
        used: set[int] = set()
        out: list[Match] = []
        seen: set[tuple] = set()
        for _n, m in found:
            if m.tokens in seen or used.intersection(m.tokens):
                continue
            seen.add(m.tokens)
            used.update(m.tokens)
            out.append(m)
        out.sort(key=lambda m: m.tokens[0])
        return out

    def mark(self, tokens) -> None:
        """Set ``expression`` (the citation form) and ``expression_tokens`` (the indices of
        all its tokens in the sentence) on the tokens of every expression found."""
        for m in self.find(tokens):
            for j in m.tokens:
                tokens[j].expression = m.expression.text
                tokens[j].expression_tokens = m.tokens


def _anchor(p: Pattern) -> int | None:
    """The core word to look an expression up by: the longest content word, else the
    longest word (af en toe)."""
    best = None
    for i, w in enumerate(p.core):
        if w in SLOTS:
            continue
        rank = (w not in _FUNCTION, len(w))
        if best is None or rank > best[0]:
            best = (rank, i)
    return None if best is None else best[1]


def _keys(tok) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the citation words a token can stand for: its form, its lemma, an er-word's halves
    and er for daar, hier, waar; those and the verb its form can be)."""
    if tok.kind not in ("word", "name"):
        return (), ()
    norm = tok.text.lower()
    lemma = (tok.lemma or "").lower()
    keys = [norm]
    if lemma and lemma != norm:
        keys.append(lemma)
    if norm in R_WORDS and norm != "er":
        keys.append("er")
    split = _r_split(norm)
    if split:
        keys += ["er", split[1]]
    verb = _verb_reading(tok) if tok.kind == "word" else None
    extra = (*keys, verb) if verb and verb not in keys else tuple(keys)
    return tuple(keys), extra


_R_SPLITS: dict[str, tuple[str, str] | None] = {}


def _r_split(norm: str) -> tuple[str, str] | None:
    """erbij → (er, bij), daarvan → (daar, van); None for other words (cached)."""
    try:
        return _R_SPLITS[norm]
    except KeyError:
        pass
    if len(_R_SPLITS) > 200_000:
        _R_SPLITS.clear()
    got = _R_SPLITS[norm] = _r_split_uncached(norm)
    return got


def _r_split_uncached(norm: str) -> tuple[str, str] | None:
    for r in R_WORDS:
        if norm.startswith(r) and norm[len(r):] in PREPOSITIONS:
            return r, norm[len(r):]
    # er-words with a changed preposition: ermee (met), ernaartoe, ertoe (tot), hiervandaan
    for r in R_WORDS:
        if norm.startswith(r):
            rest = norm[len(r):]
            if rest in ("mee", "toe", "vandaan", "naartoe"):
                return r, {"mee": "met", "toe": "tot", "vandaan": "van", "naartoe": "naar"}[rest]
    return None


#: Words a term may have besides the expression it shows (lookup): pronouns, determiners,
#: negation, the slot words.
_LEFTOVER = (
    REFLEXIVES | POSSESSIVES | SLOTS | frozenset(
        "de het een 't geen niet niets ik jij hij zij ze wij we jullie men het dat dit die deze hem hen"
        " er iemand iets ergens".split()
    )
)


#: What "een" of a verbal expression's citation form stands for: any determiner (een besluit
#: nemen: het besluit, dat besluit, geen besluit, zijn besluit).
ANY_DETERMINER = frozenset(
    "een de het die dat deze dit geen mijn m'n je jouw zijn z'n haar ons onze jullie hun uw".split()
)


def _fits(word: str, tok, verbal: bool = False) -> bool:
    """Does the citation word *word* stand for this token?"""
    if tok.kind not in ("word", "name"):
        return False
    norm = tok.text.lower()
    if word == "er":
        return norm in R_WORDS
    if word == "een" and verbal:
        return norm in ANY_DETERMINER
    return norm == word or (tok.lemma or "").lower() == word


def _fits_slot(slot: str, tok) -> bool:
    norm = tok.text.lower()
    if slot == REFLEXIVE_SLOT:
        return norm in REFLEXIVES
    if slot in POSSESSIVE_SLOTS:
        return norm in POSSESSIVES
    if slot == R_SLOT:
        return norm in R_WORDS or norm == "ergens" or _r_split(norm) is not None
    return False


def _boundary(tok) -> bool:
    if tok.kind == "punct":
        return tok.text not in ("'", "’", "-")
    if tok.kind != "word":
        return False
    pos = getattr(tok, "pos", None)
    if pos is not None:
        return pos == "SCONJ" or (pos == "CCONJ" and tok.text.lower() == "want")
    return tok.text.lower() in _CONJUNCTIONS


def _match(tokens, i: int, p: Pattern, anchor: int, kind: str) -> set[int] | None:
    """The token indices of *p* found around token *i* (which stands for core word
    *anchor*), or None."""
    core = p.core
    verbal = p.verb is not None
    if not _core_fits(core[anchor], tokens[i], core, anchor, verbal):
        return None
    used: set[int] = {i}
    # the core: backwards from the anchor, then forwards, nearest token first
    # (state: the token the last matched word stood on, and whether an er-word there still
    # holds its preposition for the next word)
    pos = i
    for k in range(anchor - 1, -1, -1):
        w = core[k]
        if w in SLOTS:
            continue
        j = _seek(tokens, pos, -1, w, core, k, verbal, slots_between=_slots(core, k, anchor))
        if j is None:
            return None
        used.add(j)
        pos = j
    first = pos
    pos = i
    last_word = anchor
    for k in range(anchor + 1, len(core)):
        w = core[k]
        if w in SLOTS:
            continue
        # er-word holding this preposition: erbij for "er … bij" only when er was the last word
        split = _r_split(tokens[pos].text.lower())
        if split and core[last_word] == "er" and split[1] == w:
            last_word = k
            continue
        j = _seek(tokens, pos, 1, w, core, k, verbal, slots_between=_slots(core, last_word, k))
        if j is None:
            return None
        used.add(j)
        pos = j
        last_word = k
    last = pos
    if verbal and _own_object(tokens, sorted(used), core):
        return None
    if kind == "conjunction" and getattr(tokens[last], "pos", None) == "DET":
        return None  # zonder dat boek: dat is a determiner, not the conjunction
    # the slots between core words (zich, zijn, ergens) when they stand there
    for j in range(first + 1, last):
        if j not in used and any(_fits_slot(s, tokens[j]) for s in core if s in SLOTS):
            used.add(j)
    if not verbal:
        if _noun_complement(tokens, first, core):
            return None
        return used
    # the clause around the core
    lo, hi = first, last
    while lo > 0 and not _boundary(tokens[lo - 1]):
        lo -= 1
    while hi < len(tokens) - 1 and not _boundary(tokens[hi + 1]):
        hi += 1
    if _determined(tokens, first, core) or _governed(tokens, first, core):
        return None
    verb = _find_verb(tokens, lo, hi, first, last, p.verb, used)
    if verb is None:
        return None
    inside = [j for j in verb if first < j < last]
    if inside and not all(
        tokens[j].text.lower() in R_WORDS for j in used if j < min(inside)
    ):
        # the verb stands between the core's words only after a fronted er-word (Er heeft
        # niemand belang bij); "Het was eens" is not "het eens zijn"
        return None
    used |= verb
    # a slot (zich, zijn) just before the core (Ik maak me zorgen, maak je geen zorgen)
    if core[0] in SLOTS:
        for j in (first - 1, first - 2):
            if j >= lo and j not in used and _fits_slot(core[0], tokens[j]):
                used.add(j)
                break
    if p.preposition:
        j = _find_preposition(tokens, lo, hi, first, last, p.preposition, used)
        if j is not None:
            used.add(j)
            if tokens[j].text.lower() == p.preposition:
                # a stranded preposition takes its er-word along (Daar heb ik geen zin in)
                r = next((k for k in range(j - 1, lo - 1, -1)
                          if k not in used and tokens[k].text.lower() in R_WORDS), None)
                if r is not None:
                    used.add(r)
    return used


_DETERMINERS = frozenset("de het een die deze dit dat".split())
#: Possessives that are nothing else (je, haar, ons are pronouns too).
_ONLY_POSSESSIVES = frozenset("mijn m'n jouw z'n hun uw onze".split())  # zijn is a verb too


def _determined(tokens, first: int, core) -> bool:
    """Does a determiner the citation lacks stand before a verbal expression's first word?
    *Heb je zin in koffie?* is *zin hebben in*; *Die zin heeft een fout* is not."""
    fixed = [w for w in core if w not in SLOTS]
    if not fixed or fixed[0] in _DETERMINERS or fixed[0] in _FUNCTION or first == 0:
        return False  # a determiner belongs to a noun: "het uit de eerste hand weten" is fine
    before = tokens[first - 1].text.lower()
    if before in _DETERMINERS:
        return True
    k = first - 1
    while k > 0 and getattr(tokens[k], "pos", None) == "ADJ":
        k -= 1  # het bleeke licht: a definite determiner of licht, past its adjectives
    if k < first - 1 and tokens[k].text.lower() in _DEFINITE:
        return True
    return before in _ONLY_POSSESSIVES and not any(w in POSSESSIVE_SLOTS for w in core)


def _own_object(tokens, positions: list[int], core) -> bool:
    """Does a preposition of the core govern a noun phrase of its own?  The citation has
    *op tafel*; *Ze legde het boek op de tafel* has a definite article or a demonstrative
    right after the preposition, so its noun is another phrase's, taken literally.  (A slot
    there is the citation's own: *uit zijn hoofd leren*, *uit hun hoofd*.)  Nor may more
    than adjectives stand between a determiner of the core and its noun (*gaf het met
    bevende hand* is no *een hand geven*)."""
    words = [k for k, w in enumerate(core) if w not in SLOTS]
    if len(words) != len(positions):  # an er-word stands for two of them
        return False
    for n, (a, b) in enumerate(zip(positions, positions[1:], strict=False)):
        if n + 1 >= len(words) or b == a + 1:
            continue
        k = words[n]
        if core[k] in ("een", "de") and any(
            getattr(tokens[j], "pos", None) not in (None, "ADJ", "ADV", "NUM") for j in range(a + 1, b)
        ):
            return True  # gaf het met bevende hand: het is no determiner of hand
        if core[k] in PREPOSITIONS and core[k + 1] not in FREE_SLOTS:
            # (a possessive slot there is filled by a possessive, not by op die plaats)
            if tokens[a + 1].text.lower() in _DEFINITE:
                return True
    return False


#: Definite articles and demonstratives.
_DEFINITE = frozenset("de het die deze dit dat".split())


def _noun_complement(tokens, first: int, core) -> bool:
    """Is an adverbial *van de …* the complement of the noun before it?  *een deel van de
    week* is part of the week, not *van de week* (this week)."""
    return (len(core) > 2 and core[0] == "van" and core[1] in ("de", "het") and first > 0
            and getattr(tokens[first - 1], "pos", None) == "NOUN")


def _governed(tokens, first: int, core) -> bool:
    """Is a verbal expression's noun phrase the object of a preposition before it?  *Bij de
    toespraak hield niemand het droog* has no *een toespraak houden*; *Na het besluit nam
    hij vrij* no *een besluit nemen*; *onder zijn last gebogen* no *last hebben van* (a
    determiner or adjectives of the noun may stand between).  (An expression that begins
    with its own preposition, *aan de slag gaan*, is not asked.)"""
    fixed = [w for w in core if w not in SLOTS]
    if not fixed or fixed[0] in PREPOSITIONS or fixed[0] in ("er", "te") or first == 0:
        return False  # (te pas komen: te opens a phrase of its own; daar … bij te pas)
    k = first - 1
    if core[0] not in SLOTS:
        while k > 0 and (getattr(tokens[k], "pos", None) == "ADJ"
                         or tokens[k].text.lower() in ANY_DETERMINER):
            k -= 1
    before = tokens[k]
    if getattr(before, "pos", None) not in (None, "ADP"):
        return False
    # om opens an om … te clause (om het vertrouwen van de kiezers te winnen)
    norm = before.text.lower()
    return before.kind == "word" and norm in PREPOSITIONS and norm != "om"


def _core_fits(word: str, tok, core, k: int, verbal: bool = False) -> bool:
    if _fits(word, tok, verbal):
        return True
    split = _r_split(tok.text.lower())
    if split is None:
        return False
    # an er-word stands for "er" and for the preposition after it
    if word == "er":
        return k + 1 < len(core) and core[k + 1] == split[1]
    return split[1] == word and k > 0 and core[k - 1] == "er"


def _slots(core, a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return sum(1 for w in core[lo + 1 : hi] if w in SLOTS)


def _seek(tokens, pos: int, step: int, word: str, core, k: int, verbal: bool,
          slots_between: int) -> int | None:
    """The nearest token from *pos* (exclusive) in direction *step* that is *word*, with at
    most the allowed words between; never across punctuation."""
    allowed = (MAX_GAP if verbal else 0) + 3 * slots_between
    j = pos + step
    gap = 0
    while 0 <= j < len(tokens):
        tok = tokens[j]
        if _core_fits(word, tok, core, k, verbal):
            return j
        if tok.kind == "punct" or gap >= allowed:
            return None
        gap += 1
        j += step
    return None


#: Verbs of expressions that are also auxiliaries of perfect tenses (gelijk hebben).
_AUXILIARIES = frozenset({"hebben"})  # zijn: a copula is AUX too


def _participle(tok) -> bool:
    """A past participle with ge- (gestaan, opgemaakt) tagged as a verb."""
    if getattr(tok, "pos", None) != "VERB":
        return False
    norm = tok.text.lower()
    return norm.endswith(("d", "t", "en")) and (
        norm.startswith("ge") or any(norm.startswith(p + "ge") for p in PARTICLES)
    )


def _find_verb(tokens, lo: int, hi: int, first: int, last: int, verb: str, used: set[int]):
    """The verb's token(s) in tokens[lo..hi], nearest to the core: its lemma (both halves
    of a separated particle verb), or its base verb with the particle in the clause."""
    order = sorted((j for j in range(lo, hi + 1) if j not in used),
                   key=lambda j: min(abs(j - first), abs(j - last)))
    for j in order:
        tok = tokens[j]
        if tok.kind != "word":
            continue
        lemma = (tok.lemma or "").lower()
        if getattr(tok, "pos", None) not in (None, "VERB", "AUX", "PART"):
            # the tagger may miss the verb of an expression (lering trekken: a noun?): a form
            # that can be the verb is taken, the rest of the expression being there
            if _verb_reading(tok) != verb:
                continue
            lemma = verb
        if lemma == verb and verb in _AUXILIARIES and tok.pos == "AUX" and any(
            k != j and k not in used and _participle(tokens[k]) for k in range(lo, hi + 1)
        ):
            continue  # an auxiliary of another verb (had gestaan): not the expression's
        if lemma == verb:
            got = {j}
            pair = getattr(tok, "pair", None)
            if pair is not None and 0 <= pair < len(tokens) and pair not in used:
                got.add(pair)
            if getattr(tok, "pos", None) == "PART" and pair is None:
                continue
            return got
        pair = getattr(tok, "pair", None)
        if (lemma.endswith(verb) and len(lemma) > len(verb) and pair is not None
                and first - 1 <= pair <= last and tok.text.lower() != lemma[: -len(verb)]):
            # a particle verb read where the expression has the plain verb and the
            # "particle" stands at the expression (kwam … goed van pas: not goedkomen)
            return {j}
        if lemma and verb.endswith(lemma) and len(lemma) < len(verb):
            particle = verb[: -len(lemma)]
            for k in range(j + 1, hi + 1):
                if k not in used and tokens[k].text.lower() == particle:
                    return {j, k}
    return None


_VERB_READINGS: dict[str, str | None] = {}


def _verb_reading(tok) -> str | None:
    """The verb the token's written form can be a form of (the engine's reading; cached)."""
    try:
        return _VERB_READINGS[tok.text]
    except KeyError:
        pass
    from .morphology import default as default_morphology
    from .wordforms import normalise

    if len(_VERB_READINGS) > 100_000:
        _VERB_READINGS.clear()
    got = _VERB_READINGS[tok.text] = default_morphology().reading(normalise(tok.text)).verb
    return got


def _find_preposition(tokens, lo: int, hi: int, first: int, last: int, prep: str, used: set[int]):
    """The complement's preposition: after the core's start, or before it as the clause's first word
    (a fronted phrase: *Van die groep maakt hij deel uit*), or an er-word anywhere."""
    order = sorted((j for j in range(lo, hi + 1) if j not in used),
                   key=lambda j: (j < last, abs(j - last)))
    for j in order:
        norm = tokens[j].text.lower()
        if norm == prep and (j > first or j == lo):
            return j
        split = _r_split(norm)
        if split and split[1] == prep:
            return j
    return None


def is_citation(key: str) -> bool:
    """Whether a key of the learner's ``words`` table is a fixed expression (its citation
    form, as the reader's ``m`` and ``words import`` store it) rather than a lemma: a
    citation form has a space, a lemma never does.  The key's shape decides, not our data,
    so an expression the data no longer has is still counted as one (and never as a word)."""
    return " " in key.strip()


_DEFAULT: Expressions | None = None


def default() -> Expressions:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Expressions()
    return _DEFAULT
