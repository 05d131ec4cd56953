"""Compounds: split a compound lemma into the lemmas it is made of.

*vredesakkoord* = *vrede* + *akkoord* (linking -s- dropped), *boekenkast* = *boek* + *kast*,
*grensovergang* = *grens* + *overgang*, *leesbril* = *lezen* + *bril* (a verb's stem as the
modifier, given as the verb: the stem is no word of its own).  Parts must be known, reasonably
frequent lemmas;
verbs, function words and compounds more frequent than their parts are not split.  An elided
part in a coordination (*leiderschaps- en mankrachtverliezen*) borrows the head of the
coordination.
"""

from __future__ import annotations

from .resources import zipf
from .text import WORD, Token

__all__ = ["Compounds", "modifiers", "verb_of_stem", "NOT_COMPOUND_PARTS", "MAX_LETTERS"]

#: Longer "words" are not analysed: the work grows with the square of the length and no
#: Dutch compound comes near (a hostile text's giant token does).
MAX_LETTERS = 40

NOT_COMPOUND_PARTS = frozenset(
    """
    aan achter af bij door in mee na om onder op over tegen toe uit voor weg ver ont her
    een twee drie vier vijf zes zeven acht negen tien het de die dat dit wat wie hun zijn
    niet geen heid ing ling sel schap dom baar lijk ig isch tje aar eren ster zich zelf
    ode ven gen men ren ten pen
    """.split()
)


def modifiers(readings, left: str, loose: bool = False):
    """(modifier lemma, linking element) readings of the left side of a compound
    (*loose*: any known lemma of four letters or more will do as the modifier)."""
    good = _loose_part if loose else _good_part
    if good(readings, left):
        yield left, ""
    for link in ("s", "en", "e"):
        if left.endswith(link) and good(readings, left[: -len(link)]):
            yield left[: -len(link)], link
    if left.endswith("en") and good(readings, left[:-2] + "e"):
        yield left[:-2] + "e", "n"  # ziektenkosten → ziekte
    if not good(readings, left):
        verb = verb_of_stem(readings, left)
        if verb is not None:
            yield verb, ""  # leesbril → lezen, zwembad → zwemmen


_LONG = ("aa", "ee", "oo", "uu")
_VOWELS = set("aeiou")


def _infinitives(stem: str):
    """The infinitives a verb stem may belong to, by Dutch spelling: lees → lezen,
    slaap → slapen, zwem → zwemmen, wacht → wachten, schrijf → schrijven."""
    if len(stem) < 2:
        return
    last = stem[-1]
    soft = {"f": "v", "s": "z"}.get(last)
    if stem[-3:-1] in _LONG and last not in _VOWELS:  # a long vowel written single before -en
        base = stem[:-3] + stem[-3] + last
        yield base + "en"
        if soft:
            yield base[:-1] + soft + "en"
        return
    if (last not in _VOWELS and last not in "wjy" and stem[-2] in _VOWELS
            and (len(stem) < 3 or stem[-3] not in _VOWELS)):
        yield stem + last + "en"  # a short vowel: the consonant doubles (zwem → zwemmen)
    yield stem + "en"
    if soft:
        yield stem[:-1] + soft + "en"  # kies → kiezen, schrijf → schrijven


def verb_of_stem(readings, stem: str) -> str | None:
    """The frequent verb whose stem *stem* is (the modifier of leesbril, zwembad, breekijzer),
    else None."""
    if len(stem) < 3 or stem in NOT_COMPOUND_PARTS:
        return None
    for inf in _infinitives(stem):
        if readings.is_verb_lemma(inf) and zipf(inf) >= 3.0:
            return inf
    return None


def _good_part(readings, part: str) -> bool:
    return (
        len(part) >= 3
        and part not in NOT_COMPOUND_PARTS
        and readings.is_lemma(part)
        and readings.simplemma(part) in (part, None)
        and zipf(part) >= 3.0
    )


def _loose_part(readings, part: str) -> bool:
    return len(part) >= 4 and part not in NOT_COMPOUND_PARTS and (
        readings.is_lemma(part) or zipf(part) >= 2.5
    )


class Compounds:
    """Compound parts of lemmas, cached per lemma (and between runs, with the readings)."""

    def __init__(self, readings) -> None:
        self.readings = readings
        self._parts: dict[str, tuple[str, ...] | None] = {}
        self._store = readings.store

    def parts(self, lemma: str) -> tuple[str, ...] | None:
        """Compound parts of a lemma (cached); None for a word that is no compound."""
        if lemma in self._parts:
            return self._parts[lemma]
        found, parts = self._store.parts(lemma) if self._store is not None else (False, None)
        if not found:
            parts = self._split(lemma)
            if self._store is not None:
                self._store.add_parts(lemma, parts)
        self._parts[lemma] = parts
        return parts

    def _split(self, lemma: str) -> tuple[str, ...] | None:
        """Split a compound lemma into known lemmas, dropping linking -s-, -e-, -en-.

        vredesakkoord → (vrede, akkoord); boekenkast → (boek, kast);
        grensovergang → (grens, overgang).  Returns None for non-compounds.
        """
        w = lemma.lower()
        if "-" in w:
            return self._hyphen_parts(lemma)
        if len(w) > MAX_LETTERS:
            return None  # no Dutch word needs more (and every split costs a lookup)
        if len(w) < 7 or not w.isalpha() or self.readings.is_verb_lemma(w):
            return None  # verbs are not split (brengen, toenemen)
        best: tuple[float, tuple[str, ...]] | None = None
        for i in range(len(w) - 3, 2, -1):
            head = w[i:]
            if not _good_part(self.readings, head):
                continue
            for mod, _link in modifiers(self.readings, w[:i]):
                score = min(zipf(mod), zipf(head)) + 0.3 * len(head) / len(w)
                if best is None or score > best[0]:
                    best = (score, (mod, head))
        if best is None:
            return None
        mod, head = best[1]
        if zipf(w) >= min(zipf(mod), zipf(head)):
            return None  # more frequent than its parts: lexicalised (kantoor, belangrijk)
        inner = self.parts(mod) if zipf(mod) < 3.0 else None
        return (*inner, head) if inner else (mod, head)

    def _hyphen_parts(self, lemma: str) -> tuple[str, ...] | None:
        parts = [p for p in lemma.split("-") if p]
        if len(parts) < 2 or any(len(p) < 2 for p in parts):
            return None  # e-mail, x-as: not a compound of words
        return tuple(parts)

    def elided(self, tokens: list[Token]) -> None:
        """leiderschaps-, mankracht- en financiële verliezen: the part gets its lemma and the
        head of the coordination as second part."""
        for i, tok in enumerate(tokens):
            if tok.kind != WORD or not tok.text.endswith(("-", "‐")) or len(tok.text) < 3:
                continue
            left = tok.text[:-1].lower()
            mods = [m for m, _ in modifiers(self.readings, left)] or [left]
            head = None
            for later in tokens[i + 1 : i + 8]:
                if later.kind == WORD and not later.text.endswith(("-", "‐")) and (
                    later.text.lower() not in ("en", "of", "tot")
                ) and not later.text.endswith("e"):
                    head = later.lemma
                    break
            tok.lemma = mods[0]
            tok.parts = (mods[0], head) if head else None
