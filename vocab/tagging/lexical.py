"""What a written form can be, as far as our word knowledge goes: its lexical classes.

The classes are features of the tagger (:mod:`vocab.tagging.features`): the tagger learns from
context which of them a token is.  They come from three places:

* our lexicon's entries and the forms they license (``N`` a noun lemma, ``Npl`` a plural,
  ``Vfin`` a present or past form, ``Vpart`` a participle, ``A`` an adjective, ``P`` a
  preposition ...);
* the article of a noun lemma (``Nde``, ``Nhet``: *het staat* is no noun phrase);
* the lemmatiser's context-free reading of the form (``rN``, ``rV``, ``rA``: it may be a noun,
  verb or adjective form; ``rF`` a finite verb form; ``rSN`` a verb stem that is also a noun);
* simplemma's table (``smV``: simplemma maps the form to a verb, which catches irregular
  stems the lexicon's rules miss: *kom* → *komen*);
* for an unknown compound, the classes of its head, prefixed ``H`` (*fosforzuur* is what
  *zuur* is).
"""

from __future__ import annotations

__all__ = ["classes"]

_NOUN_KINDS = {"lemma": "N", "plural": "Npl", "diminutive": "Ndim", "diminutive-plural": "Ndim"}
_VERB_KINDS = {
    "lemma": "Vinf", "present": "Vfin", "stem": "Vstem", "past_singular": "Vpast",
    "past_plural": "Vpast", "participle": "Vpart", "participle-inflected": "Vparte",
}
_ADJ_KINDS = {"lemma": "A", "inflected": "Ae"}
_OTHER = {
    "adverb": "ADV", "preposition": "P", "conjunction": "C", "pronoun": "PR",
    "determiner": "D", "numeral": "NUM", "interjection": "I",
}


def classes(morph, low: str, particles: frozenset[str], head: bool = True) -> tuple[str, ...]:
    """Sorted lexical classes of the lower-cased form *low* (see the module docstring)."""
    out: set[str] = set()
    hits = morph.lexicon.forms().get(low, ())
    for entry, kind in hits:
        pos = entry.pos
        if pos == "noun":
            out.add(_NOUN_KINDS.get(kind, "N"))
            if kind == "lemma" and entry.article in ("de", "het"):
                out.add("N" + entry.article)  # het kost / de kost: agreement with het, dat
        elif pos == "verb":
            out.add(_VERB_KINDS.get(kind, "V"))
            if entry.particle and kind != "lemma":
                out.add("Vprt")  # a joined particle-verb form: opgebeld, opbelde
        elif pos == "adjective":
            out.add(_ADJ_KINDS.get(kind, "Acmp"))
        else:
            out.add(_OTHER.get(pos, pos))
    if any(c.isalpha() for c in low):
        r = morph.reading(low)
        if r.noun:
            out.add("rN")
        if r.verb:
            out.add("rV")
            if r.finite:
                out.add("rF")
            if r.verb == low:
                out.add("rVinf")
        if r.adj:
            out.add("rA")
        if r.stem_noun:
            out.add("rSN")
        s = morph.simplemma(low)
        if s is None:
            out.add("sm0")
        elif s != low and morph.is_verb_lemma(s) and not r.verb:
            out.add("smV")
        if low in particles:
            out.add("PRT")
        if head and not hits and len(low) > 6:
            # an unknown compound is what its head is: fosforzuur, ploeggenote
            parts = morph.compound_parts(r.lemma)
            if parts and len(parts) >= 2 and parts[-1] != low:
                tail = low[len(low) - len(parts[-1]) :] if low.endswith(parts[-1]) else parts[-1]
                out.update("H" + c for c in classes(morph, tail, particles, head=False) if not c.startswith("sm"))
    return tuple(sorted(out))
