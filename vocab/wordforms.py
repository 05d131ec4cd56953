"""Dutch word forms: spelling rules and the shapes of inflected forms.

Pure functions on strings (no lexicon): open and closed syllables (*nam* → *naam*), stems of
infinitives (*werken* → *werk*, *geven* → *geef*), weak participles by 't kofschip, plural
stems, female person words, ordinals, particle prefixes.  Used by every stage of the engine.
"""

from __future__ import annotations

import re

from .resources import zipf

__all__ = [
    "PARTICLES",
    "INSEPARABLE",
    "VOWELS",
    "open_syllable",
    "devoice",
    "stem_variants",
    "infinitive_stems",
    "stem_infinitives",
    "regular_participle",
    "third_person_zipf",
    "female_forms",
    "inflects",
    "plural_stems",
    "is_ordinal_of",
    "ordinal_to_cardinal",
    "normalise",
    "particle_prefixes",
    "deaccent",
]



#: Separable particles (and particle-like adverbs, adjectives and nouns) of Dutch verbs.
PARTICLES = frozenset(
    """
    aan achter achterna af bij binnen bijeen buiten dicht door heen in langs los mee na neer
    om omhoog omlaag omver onder op open over plaats deel rond samen tegen tegemoet terecht
    terug thuis toe tussen uit uiteen vast voor voorbij voort vrij weg kwijt klaar schoon
    teleur tentoon bloot gade teweeg kennis stil stop gelijk zeker recht tekort ineen vol
    bekend waar les mede overeen bezig teniet lief mis kapot dood goed
    """.split()
)


#: Ordinal numbers keep their own lemma (a learner looks up "vierde", not "vier").
_ORDINAL_RE = re.compile(
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde|\w+tiende|\w+tigste|honderdste|duizendste|miljoenste)"
)

VOWELS = "aeiouyáéíóúàèëïöüâêîôû"
_SHORT_VOWEL_END = re.compile(rf"(?:^|[^{VOWELS}])([aeou])([^{VOWELS}])$")


def open_syllable(stem: str) -> str:
    """Restore a long vowel written single in an open syllable: nam(en) → naam."""
    m = _SHORT_VOWEL_END.search(stem)
    if m and len(stem) >= 3:
        vowel = m.group(1)
        return stem[: m.start(1)] + vowel + vowel + stem[m.end(1):]
    return stem


def devoice(stem: str) -> str:
    if stem.endswith("z"):
        return stem[:-1] + "s"
    if stem.endswith("v"):
        return stem[:-1] + "f"
    return stem


def stem_variants(stem: str) -> list[str]:
    """Candidate bases for a stem left after removing an ending (-en, -e, -er ...)."""
    out = []
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        out.append(stem[:-1])  # stappen → stap, dikke → dik
    dv = devoice(stem)
    out.append(open_syllable(dv))  # bomen → boom, brieven → brief, grote → groot
    out.append(dv)  # huizen → huis
    out.append(stem)  # boeken → boek
    seen: list[str] = []
    for s in out:
        if s and s not in seen:
            seen.append(s)
    return seen


def female_forms(male: str) -> set[str]:
    """Female words formed from a male one: student → studente, held → heldin, danser →
    danseres, werper → werpster, leraar → lerares, kandidaat → kandidate, acteur → actrice."""
    out = {male + "e", male + "es", male + "esse", male + "in", male + "ster"}
    if male.endswith("er"):
        # werper → werpster, spreker → spreekster, woordvoerder → woordvoerster
        out |= {male[:-2] + "ster", open_syllable(male[:-2]) + "ster"}
        if male.endswith("der"):
            out.add(male[:-3] + "ster")
    if male.endswith("aar"):
        out.add(male[:-3] + "ares")  # leraar → lerares, kunstenaar → kunstenares
    if male.endswith("eur"):
        out |= {male[:-3] + "rice", male[:-3] + "euse"}  # acteur → actrice, masseur → masseuse
    if male.endswith("us"):
        out.add(male[:-2] + "a")  # politicus → politica
    if len(male) > 4 and male[-2] == male[-3] and male[-2] in "aeou":
        out.add(male[:-2] + male[-1] + "e")  # kandidaat → kandidate, huisgenoot → huisgenote
    return out


def inflects(form: str, lemma: str) -> bool:
    """Is *form* the lemma with a plural, verb or adjective ending (takken ← tak,
    bijters ← bijter, merkt ← merken, rijke ← rijk)?"""
    if lemma.endswith("en"):
        return any(form in (stem + "t", stem + "te", stem + "de") for stem in infinitive_stems(lemma))
    if form in (lemma + "s", lemma + "'s", lemma + "e", lemma + "en"):
        return True
    return any(form in (v + "en", v + "e") for v in plural_stems(lemma))


def plural_stems(lemma: str) -> list[str]:
    """What a lemma looks like before -en/-e: tak → takk, boom → bom, brief → briev."""
    out = [lemma]
    if _SHORT_VOWEL_END.search(lemma):
        out.append(lemma + lemma[-1])
    if len(lemma) >= 3 and lemma[-2] == lemma[-3] and lemma[-2] in "aeou":
        out.append(lemma[:-2] + lemma[-1])
    out += [v[:-1] + {"f": "v", "s": "z"}[v[-1]] for v in list(out) if v[-1] in "fs"]
    return out


def infinitive_stems(inf: str) -> list[str]:
    """Stems of an -en infinitive: werken → werk, bellen → bel, lopen → loop, geven → geef."""
    base = inf[:-2]
    out = []
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        out.append(base[:-1])
    out.append(open_syllable(devoice(base)))
    out.append(devoice(base))
    return list(dict.fromkeys(out))


ORDINAL_NUMBER_RE = re.compile(r"(?<=\d)(?:e|de|ste)$")
#: Acute accents in Dutch mark emphasis (wél, dé); één and café are words of their own.
_DEACCENT = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}
_EMPHASIS = re.compile("[áéíóú]")
INSEPARABLE = ("be", "ver", "ont", "her", "er", "mis")


def regular_participle(inf: str, prefixed: bool) -> str:
    """The weak participle of an infinitive by 't kofschip: mengen → gemengd,
    werken → gewerkt, bezetten → bezet; without ge- after be-, ver-, ont-, her-, er-."""
    stem = infinitive_stems(inf)[0]
    if stem.endswith(("t", "d")):
        suffix = ""
    else:
        voiceless = inf[:-2][-1:] in "tkfsp" or inf[:-2].endswith("ch")
        suffix = "t" if voiceless else "d"
    return ("" if prefixed else "ge") + stem + suffix


def third_person_zipf(inf: str) -> float:
    """Frequency of a verb's third person singular (werken → werkt)."""
    return max((zipf(stem + "t") for stem in infinitive_stems(inf)), default=0.0)


def stem_infinitives(stem: str, third: bool = True) -> tuple[str, ...]:
    """Infinitives of which *stem* is the first person singular: boer → boeren,
    stap → stappen, hoop → hopen, droog → drogen, leef → leven."""
    out = [stem + "en"]
    if stem and stem[-1] not in VOWELS:
        out.append(stem + stem[-1] + "en")
    if stem.endswith(("f", "s")):
        out.append(stem[:-1] + {"f": "v", "s": "z"}[stem[-1]] + "en")  # kalf → kalven
    if third and stem.endswith("t") and len(stem) > 3:
        out.extend(stem_infinitives(stem[:-1]))  # rijst → rijzen: third person
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        short = stem[:-2] + stem[-1]
        voiced = short[:-1] + {"f": "v", "s": "z"}.get(short[-1], short[-1])
        out += [short + "en", voiced + "en"]
    return tuple(out)


_CARDINALS = {
    "eerste": "één", "tweede": "twee", "derde": "drie", "vierde": "vier", "vijfde": "vijf",
    "zesde": "zes", "zevende": "zeven", "achtste": "acht", "negende": "negen", "tiende": "tien",
    "elfde": "elf", "twaalfde": "twaalf",
}


def is_ordinal_of(word: str, lemma: str) -> bool:
    """Is *word* an ordinal whose lemma is the cardinal *lemma* (vierde/vier, eerst/één)?"""
    w = word.lower()
    return w != lemma and (ordinal_to_cardinal(w) == lemma or (w == "eerst" and lemma == "één"))


def ordinal_to_cardinal(w: str) -> str | None:
    """Ordinals take their cardinal as lemma, as in the UD Dutch treebanks: vierde → vier,
    twintigste → twintig (glossing still shows the ordinal's own meaning)."""
    if w in _CARDINALS:
        return _CARDINALS[w]
    if w == "eersten":
        return "één"  # de eersten (vierden is a past tense of vieren)
    m = _ORDINAL_RE.fullmatch(w)
    if not m:
        return None
    if w.endswith("ste"):
        return w[:-3]
    if w.endswith("de"):
        return w[:-2]
    return None


def normalise(text: str) -> str:
    low = text.lower()
    if "’" in low or "ĳ" in low:
        low = low.replace("’", "'").replace("ĳ", "ij")
    return low


_PARTICLES_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _p in sorted(PARTICLES, key=len, reverse=True):
    _PARTICLES_BY_INITIAL[_p[0]] = (*_PARTICLES_BY_INITIAL.get(_p[0], ()), _p)


def particle_prefixes(word: str) -> list[str]:
    """Particles that *word* starts with (longest first), leaving at least three letters."""
    if not word:
        return []
    n = len(word)
    return [p for p in _PARTICLES_BY_INITIAL.get(word[0], ()) if n > len(p) + 2 and word.startswith(p)]


def deaccent(w: str) -> str:
    """Emphasis accents off: wél → wel, dé → de (één and café keep theirs: see callers)."""
    return _EMPHASIS.sub(lambda m: _DEACCENT[m.group()], w)
