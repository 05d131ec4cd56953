"""The shape of a lexicon entry, checked by the build script and by the tests."""

from __future__ import annotations

POS = frozenset(
    {"noun", "verb", "adjective", "adverb", "preposition", "conjunction", "pronoun",
     "determiner", "numeral", "interjection"}
)
KEY_ORDER = (
    "lemma", "pos", "article", "plural", "diminutive", "forms", "particle", "reflexive",
    "inflected", "comparative", "superlative", "senses", "note",
)
VERB_FORMS = frozenset({"past_singular", "past_plural", "past_participle", "auxiliary"})


def problems(e: dict) -> list[str]:
    """Everything wrong with the shape of entry *e* (empty list: fine)."""
    errs: list[str] = []
    extra = set(e) - set(KEY_ORDER)
    if extra:
        errs.append(f"unknown keys {sorted(extra)}")
    lemma = e.get("lemma")
    if not isinstance(lemma, str) or not lemma or lemma != lemma.strip():
        errs.append("bad lemma")
        lemma = ""
    pos = e.get("pos")
    if pos not in POS:
        errs.append(f"bad pos {pos!r}")
    senses = e.get("senses")
    if not (isinstance(senses, list) and 1 <= len(senses) <= 4
            and all(isinstance(s, str) and s.strip() for s in senses)):
        errs.append("senses must be 1-4 non-empty strings")
    note = e.get("note")
    if note is not None and not (isinstance(note, str) and note.strip()):
        errs.append("note must be null or text")
    if pos == "noun":
        if e.get("article") not in ("de", "het", "de/het"):
            errs.append("noun needs article de|het|de/het")
        if "plural" not in e or not (e["plural"] is None or isinstance(e["plural"], str)):
            errs.append("noun needs plural (str or null)")
    if pos == "verb":
        f = e.get("forms")
        if not isinstance(f, dict) or set(f) != VERB_FORMS:
            errs.append("verb needs forms: past_singular, past_plural, past_participle, auxiliary")
        else:
            if f["auxiliary"] not in ("hebben", "zijn", "hebben/zijn"):
                errs.append("auxiliary must be hebben|zijn|hebben/zijn")
            for k in ("past_singular", "past_plural", "past_participle"):
                if not isinstance(f[k], str) or not f[k]:
                    errs.append(f"{k} missing")
        if "particle" not in e:
            errs.append("verb needs particle (null if none)")
        elif e["particle"] is not None:
            p = e["particle"]
            if not lemma.startswith(p):
                errs.append("particle must start the lemma")
            if isinstance(f, dict) and isinstance(f.get("past_singular"), str) and not (
                f["past_singular"].endswith(" " + p)
            ):
                errs.append("separable past_singular must end with ' <particle>'")
        if not isinstance(e.get("reflexive"), bool):
            errs.append("verb needs reflexive true/false")
    if pos == "adjective":
        for k in ("comparative", "superlative", "inflected"):
            if k not in e:
                errs.append(f"adjective needs {k} (null if none)")
    return errs
