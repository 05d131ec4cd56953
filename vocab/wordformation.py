"""How a Dutch word is built: compound parts and derivational affixes.

Used by the glossary for words no source has: *veeteelt* = *vee* + *teelt*,
*onveilig* = *on-* (not) + *veilig*, *zuivering* = *zuiveren* + *-ing* (the act of),
*ontdekker* = *ontdekken* + *-er* (one who).  The affix meanings are grammar facts of
Dutch, glossed for English speakers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Formation", "analyse_formation", "PREFIXES", "SUFFIXES", "MAX_LETTERS"]

#: Longer "words" are not analysed: no Dutch word a learner meets needs more letters
#: (*hottentottententententoonstelling* has 33), and the analysis of a word tries every
#: split of it, recursively, so a hostile text's 800-letter "word" would take minutes.
MAX_LETTERS = 40

#: Prefixes that change a word's meaning in a way a learner can read off.
PREFIXES: dict[str, str] = {
    "on": "un-, not",
    "her": "re-, again",
    "oud": "former, ex-",
    "wan": "mis-, bad",
    "mis": "mis-, wrongly",
    "aarts": "arch-",
    "mede": "co-, fellow",
    "oer": "primeval, very",
    "anti": "anti-",
    "ex": "ex-, former",
    "vice": "vice-",
    "super": "super-",
    "pseudo": "pseudo-",
    "hoofd": "main, chief",
    "opper": "chief, supreme",
}

#: Suffixes: (suffix, what the base is, gloss).  Order matters: longer suffixes first.
SUFFIXES: list[tuple[str, str, str]] = [
    ("iteit", "adjective", "-ity (noun of quality)"),
    ("erster", "feminine", "female ... (woman who ...)"),
    ("ster", "feminine", "female ... (woman who ...)"),
    ("erij", "verb", "-ery (place or activity)"),
    ("eling", "verb", "person who is ..."),
    ("heid", "adjective", "-ness (noun of quality)"),
    ("schap", "noun", "-ship (state, group)"),
    ("achtig", "noun", "-ish, -like"),
    ("baar", "verb", "-able"),
    ("loos", "noun", "-less, without"),
    ("lijk", "noun", "-ly, -ful"),
    ("ster", "verb", "woman who ... (agent)"),
    ("ing", "verb", "-ing, -tion (the act or result of)"),
    ("aar", "verb", "-er (one who ...)"),
    ("der", "verb", "-er (one who ...)"),
    ("ter", "verb", "-er (one who ...)"),
    ("er", "verb", "-er (one who ...)"),
    ("isme", "noun", "-ism"),
    ("ist", "noun", "-ist"),
    ("isch", "noun", "-ic, -ical"),
    ("dom", "noun", "-dom"),
]


@dataclass(frozen=True, slots=True)
class Formation:
    parts: tuple[str, ...]  # lemmas and affixes ("on-", "-ing"), in order
    affixes: dict[str, str]  # affix → its gloss

    @property
    def is_compound(self) -> bool:
        return not self.affixes


def _verb_bases(stem: str) -> list[str]:
    """Infinitives whose stem is *stem*: zuiver → zuiveren, ontdek → ontdekken,
    teken → tekenen, spreek → spreken, hoor → horen (not hoorn), lees → lezen."""
    stems = [stem]
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        stems.append(stem[:-2] + stem[-1])  # a long vowel is written once before -en
    out = []
    for s in stems:
        out.append(s + "en")
        if s.endswith(("f", "s")):
            out.append(s[:-1] + {"f": "v", "s": "z"}[s[-1]] + "en")  # leef → leven
    if stem and stem[-1] in "aeiou":
        out.append(stem + "n")  # doe → doen
    elif stem:
        out.append(stem + stem[-1] + "en")  # ontdek → ontdekken
    return out


def _singulars(stem: str) -> list[str]:
    """Singulars whose plural in -en has *stem* before the ending: ver(en) → veer,
    bess(en) → bes, boek(en) → (boek is the stem itself)."""
    out = []
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        out.append(stem[:-1])  # bessen → bes
    if len(stem) >= 3 and stem[-1] not in "aeiou" and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        out.append(stem[:-2] + stem[-2] * 2 + stem[-1])  # veren → veer, boten → boot
    return [m for m in out if len(m) >= 3]


def _adjective_bases(stem: str) -> list[str]:
    """Bases of an adjective stem closed by a suffix: neutral(iteit) → neutraal,
    legitim(iteit) → legitiem, stabil(iteit) → stabiel, zwak(heid) → zwak."""
    out = [stem, stem + "e"]
    if len(stem) >= 3 and stem[-1] not in "aeiou" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
        v = stem[-2]
        out.append(stem[:-2] + ("ie" if v == "i" else v + v) + stem[-1])
    return out


def analyse_formation(word: str, known: Callable[[str], bool], depth: int = 0) -> Formation | None:
    """Split *word* into known lemmas and affixes, or None.

    ``known(lemma)`` says whether a source can gloss a lemma.  Compounds are tried first
    (the head on the right, a modifier with an optional linking -s-, -e-, -en-), then a
    prefix, then a suffix.  Words longer than :data:`MAX_LETTERS` are not analysed; below
    that, each part is analysed once per word (memoised), so the work is bounded.
    """
    if len(word) > MAX_LETTERS:
        return None
    memo: dict[tuple[str, int], Formation | None] = {}
    lookups: dict[str, bool] = {}

    def cached_known(lemma: str) -> bool:
        hit = lookups.get(lemma)
        if hit is None:
            hit = lookups[lemma] = known(lemma)
        return hit

    return _formation(word.lower(), cached_known, depth, memo)


def _formation(w: str, known: Callable[[str], bool], depth: int,
               memo: dict[tuple[str, int], Formation | None]) -> Formation | None:
    key = (w, depth)
    if key not in memo:
        memo[key] = _split(w, known, depth, memo)
    return memo[key]


def _split(w: str, known: Callable[[str], bool], depth: int,
           memo: dict[tuple[str, int], Formation | None]) -> Formation | None:
    if len(w) < 5 or depth > 2:
        return None
    derived = _derivation(w, known)
    if derived is not None and len(derived.parts[0]) >= len(w) - 4:
        return derived  # verveling = vervelen + -ing (not ver + velen + -ing)
    best: tuple[int, Formation] | None = None
    for i in range(3, len(w) - 2):
        head = w[i:]
        if known(head):
            head_parts: tuple[str, ...] = (head,)
            head_affixes: dict[str, str] = {}
        else:
            derived_head = _formation(head, known, depth + 1, memo) if len(head) >= 5 else None
            if derived_head is None or derived_head.is_compound:
                continue
            head_parts, head_affixes = derived_head.parts, derived_head.affixes  # pijn + stillen + -er
        left = w[:i]
        options = [(left, 0)]
        options += [(left[: -len(k)], 1) for k in ("s", "en", "e") if left.endswith(k)]
        if left.endswith("en"):
            # the linking -en- is the plural's: veren|kleed = veer + kleed, bessen|sap = bes
            options += [(m, 2) for m in _singulars(left[:-2])]
        for mod, linked in options:
            if len(mod) < 3:
                continue
            if known(mod):
                parts: tuple[str, ...] = (mod, *head_parts)
            else:
                inner = _formation(mod, known, depth + 1, memo)
                if inner is None or not inner.is_compound:
                    continue
                parts = (*inner.parts, *head_parts)
            # long heads, few parts, and a linking -s-/-en- rather than a verb as modifier
            # (fietsenstalling = fiets + stalling, not fietsen + stalling)
            score = 2 * len(head) - 3 * len(parts) + linked - 2 * len(head_affixes)
            if best is None or score > best[0]:
                best = (score, Formation(parts, dict(head_affixes)))
    if best is not None:
        return best[1]
    for prefix, gloss in PREFIXES.items():
        rest = w[len(prefix):]
        if w.startswith(prefix) and len(rest) >= 3 and known(rest):
            return Formation((prefix + "-", rest), {prefix + "-": gloss})
    return derived


def _derivation(w: str, known: Callable[[str], bool]) -> Formation | None:
    """A known base and one suffix; of several readings the longest base."""
    found: list[tuple[int, Formation]] = []
    for suffix, base_kind, gloss in SUFFIXES:
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        stem = w[: -len(suffix)]
        if base_kind == "feminine":
            # woordvoerster → woordvoerder, spreekster → spreker, zangeres is not covered
            bases = [stem + "er", stem + "der", stem + "aar", *(_verb_bases(stem))]
        elif base_kind == "verb":
            bases = _verb_bases(stem)
        elif base_kind == "adjective":
            bases = [*_adjective_bases(stem), *_verb_bases(stem)]
        else:
            bases = _adjective_bases(stem)  # symbol(isch) → symbool, theolog(isch) → theoloog
        for base in bases:
            if known(base):
                found.append((len(stem), Formation((base, "-" + suffix), {"-" + suffix: gloss})))
                break
    if found:
        return max(found, key=lambda f: f[0])[1]  # verveling: vervelen + -ing, not verven + -eling
    return None
