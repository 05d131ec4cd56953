"""The shape of a lexicon entry, checked by the build script and by the tests."""

from __future__ import annotations

POS = frozenset(
    {"noun", "verb", "adjective", "adverb", "preposition", "conjunction", "pronoun",
     "determiner", "numeral", "interjection"}
)
KEY_ORDER = (
    "lemma", "pos", "stress", "article", "plural", "plurals", "diminutive", "forms", "particle",
    "reflexive", "inflected", "comparative", "superlative", "senses", "examples", "prepositions",
    "register", "region", "note",
)
REGISTERS = frozenset({"informal", "formal", "vulgar", "old-fashioned"})
REGIONS = frozenset({"Flemish", "Netherlands"})
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
        if isinstance(f, dict) and "particle" in e and e["particle"] is None:
            for k in ("past_singular", "past_plural", "past_participle"):
                if isinstance(f.get(k), str) and " " in f[k].strip():
                    errs.append(f"{k} {f[k]!r} is written apart: a separable verb needs its particle")
        if not isinstance(e.get("reflexive"), bool):
            errs.append("verb needs reflexive true/false")
    if pos == "adjective":
        for k in ("comparative", "superlative", "inflected"):
            if k not in e:
                errs.append(f"adjective needs {k} (null if none)")
    errs += _richer(e, senses if isinstance(senses, list) else [], lemma)
    texts = [*(senses if isinstance(senses, list) else []), note]
    texts += [v for x in e.get("examples") or [] if isinstance(x, dict) for v in x.values()]
    for t in texts:
        if isinstance(t, str) and not _balanced(t):
            errs.append(f"unbalanced brackets or quotes in {t!r}")
    return errs


def _richer(e: dict, senses: list, lemma: str) -> list[str]:
    """The optional fields of richer entries (issue #13): one example per sense, the fixed
    preposition of each sense, register and region, alternative plurals, stress."""
    errs: list[str] = []
    ex = e.get("examples")
    if ex is not None:
        if not (isinstance(ex, list) and len(ex) == len(senses) and all(
            isinstance(x, dict) and set(x) == {"nl", "en"}
            and all(isinstance(x[k], str) and x[k].strip() for k in ("nl", "en"))
            for x in ex
        )):
            errs.append("examples must be one {nl, en} per sense")
    preps = e.get("prepositions")
    if preps is not None:
        if not (isinstance(preps, list) and len(preps) == len(senses) and all(
            p is None or (isinstance(p, str) and p.strip() and " " not in p.strip()) for p in preps
        )):
            errs.append("prepositions must be one preposition or null per sense")
    if e.get("register") is not None and e["register"] not in REGISTERS:
        errs.append(f"register must be one of {sorted(REGISTERS)} or null")
    if e.get("region") is not None and e["region"] not in REGIONS:
        errs.append(f"region must be one of {sorted(REGIONS)} or null")
    plurals = e.get("plurals")
    if plurals is not None and not (
        isinstance(plurals, list) and len(plurals) >= 2 and all(isinstance(p, str) and p for p in plurals)
        and e.get("plural") in plurals
    ):
        errs.append("plurals must list the alternatives, the main plural among them")
    stress = e.get("stress")
    if stress is not None and not (
        isinstance(stress, str) and _unaccent(stress) == lemma and stress != lemma
    ):
        errs.append("stress must be the lemma with the stressed vowel accented (vóórkomen)")
    return errs


def _unaccent(s: str) -> str:
    return s.translate(str.maketrans("áéíóúàèÁÉÍÓÚ", "aeiouaeAEIOU"))


# ----------------------------------------------------------------------------- expressions
#: Keys of an expression (vocab/lexicon/expressions.jsonl), in this order.
EXPRESSION_KEY_ORDER = ("text", "kind", "senses", "example", "register", "region", "note")
EXPRESSION_KINDS = frozenset(
    {"verb", "preposition", "adverb", "conjunction", "adjective", "noun", "phrase"}
)
_EXPRESSION_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzàáâäçèéêëíîïñóôöúûü'-")


def expression_problems(e: dict) -> list[str]:
    """Everything wrong with the shape of expression *e* (empty list: fine).  Whether its
    example shows it to the matcher is checked by ``tools/check_expressions.py``."""
    errs: list[str] = []
    extra = set(e) - set(EXPRESSION_KEY_ORDER)
    if extra:
        errs.append(f"unknown keys {sorted(extra)}")
    missing = set(EXPRESSION_KEY_ORDER) - set(e)
    if missing:
        errs.append(f"missing keys {sorted(missing)} (null where none)")
    text = e.get("text")
    words = text.split(" ") if isinstance(text, str) else []
    if not (isinstance(text, str) and len(words) >= 2 and all(words)
            and all(set(w) <= _EXPRESSION_CHARS for w in words)):
        errs.append("text must be two or more lower-case words, single spaces, no punctuation")
    kind = e.get("kind")
    if kind not in EXPRESSION_KINDS:
        errs.append(f"kind must be one of {sorted(EXPRESSION_KINDS)}")
    senses = e.get("senses")
    if not (isinstance(senses, list) and 1 <= len(senses) <= 3
            and all(isinstance(s, str) and s.strip() and s == s.strip() for s in senses)):
        errs.append("senses must be 1-3 non-empty strings")
    ex = e.get("example")
    if not (isinstance(ex, dict) and set(ex) == {"nl", "en"}
            and all(isinstance(ex[k], str) and ex[k].strip() for k in ("nl", "en"))):
        errs.append("example must be {nl, en}")
    if e.get("register") is not None and e["register"] not in REGISTERS:
        errs.append(f"register must be one of {sorted(REGISTERS)} or null")
    if e.get("region") is not None and e["region"] not in REGIONS:
        errs.append(f"region must be one of {sorted(REGIONS)} or null")
    note = e.get("note")
    if note is not None and not (isinstance(note, str) and note.strip()):
        errs.append("note must be null or text")
    if isinstance(senses, list) and isinstance(text, str):
        for s in senses:
            if isinstance(s, str) and _spells(s, words):
                errs.append(f"sense {s!r} spells a Dutch word of the expression")
    for s in [*(senses if isinstance(senses, list) else []), note,
              *(ex.values() if isinstance(ex, dict) else [])]:
        if isinstance(s, str) and not _balanced(s):
            errs.append(f"unbalanced brackets or quotes in {s!r}")
    return errs


def _spells(sense: str, words: list[str]) -> bool:
    """Does an English sense contain a content word of the Dutch expression (a hint would
    give the answer away)?  Short words (in, over, op) are shared with English by chance."""
    english = {w.strip(".,;:()!?'\"").lower() for w in sense.split()}
    return any(len(w) >= 5 and w in english for w in words)


_PAIRS = {")": "(", "]": "[", "}": "{", "”": "“"}


def _balanced(s: str) -> bool:
    """Brackets (and curly quotes) open and close in order; straight double quotes pair."""
    stack: list[str] = []
    for c in s:
        if c in "([{“":
            stack.append(c)
        elif c in ")]}”":
            if not stack or stack.pop() != _PAIRS[c]:
                return False
    return not stack and s.count('"') % 2 == 0


def written_forms(e: dict) -> list[str]:
    """Every word an entry spells: the lemma, plurals, diminutive, verb forms (the particle
    of a form written apart left off), adjective forms — for a spelling check."""
    forms = [e.get("lemma")]
    pos = e.get("pos")
    if pos == "noun":
        forms += [e.get("plural"), e.get("diminutive"), *(e.get("plurals") or [])]
    elif pos == "verb" and isinstance(e.get("forms"), dict):
        particle = e.get("particle")
        for k in ("past_singular", "past_plural", "past_participle"):
            for v in str(e["forms"].get(k) or "").split("/"):
                v = v.strip()
                if particle and v.endswith(" " + particle):
                    v = v[: -len(particle) - 1]
                forms.append(v)
    elif pos == "adjective":
        forms += [e.get("inflected"), e.get("comparative"), e.get("superlative")]
    out: list[str] = []
    for f in forms:
        if isinstance(f, str) and f[:1].isalpha():
            out += [w for w in f.split() if w not in out]
    return out
