"""Features of the part-of-speech tagger.

The tagger scores each tag of a token as the sum of the weights of the token's features.  Every
feature belongs to one of three families, and that is what makes tagging a book cheap:

* **type features**: depend only on one written form (and whether it starts its sentence and
  the name stage took it for a name): the word itself, its suffixes, its shape, the parts of
  speech the lexicon, simplemma and the lemmatiser's readings allow for it (its *classes*),
  its frequency band.  A type contributes them at its own position and, with other names, as
  the context of its neighbours at offsets -2, -1, +1, +2.  So the sum of one type's weights
  at one offset is a vector computed once per process and cached (:mod:`vocab.tagging.model`).
* **pair features**: the *class keys* (the word itself for the ~400 most frequent words, else
  its classes) of two positions: (-1, 0), (0, +1), (-1, +1).  Few distinct pairs; cached too.
* **tag features** (second pass only): the tags the first pass gave the neighbours, alone, in
  pairs and with the token's class key.

Training (:mod:`vocab.tagging.train`) builds the same features as strings; the model keeps a
weight row per string.  Both sides call the functions here, so they cannot drift apart.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = [
    "TypeInfo",
    "type_info",
    "token_features",
    "tag_features",
    "OFFSETS",
    "BOS",
    "EOS",
]

OFFSETS = (-2, -1, 1, 2)

# Cue bits of a type, for the clause features (:func:`clause_features`).
_PARTICLE, _AUX, _VERBAL, _PARTICIPLE, _INFINITIVE, _BREAK, _NAME, _PREP = 1, 2, 4, 8, 16, 32, 64, 128
#: Pronominal adverbs that can strand a preposition at the end of the clause.
R_PRONOUNS = frozenset({"er", "daar", "hier", "waar"})
NAME_CUE = _NAME
#: Types with one of these cues get clause features.
CLAUSE_CUES = _PARTICLE | _AUX | _VERBAL
#: Verbs that are auxiliaries or copulas in one sentence and main verbs in another.
AUX_VERBS = frozenset(
    "zijn hebben worden kunnen moeten mogen zullen willen gaan komen laten blijven doen".split()
)
#: Words that start a new clause: the particle of the clause before cannot look past them.
CLAUSE_BREAKS = frozenset(
    """
    , ; : ( ) " — – - en maar of want dus omdat dat die wat wie waar toen als terwijl nadat
    voordat zodat hoewel om te wanneer waarna waardoor waarmee waarin waarop hoe waarom
    """.split()
)
#: Question words: after a preposition they are its object (*praten over hoe*, *denken aan
#: wat*), not the start of a new clause after a particle.
WH_WORDS = frozenset("wat wie welke welk hoe waar waarom wanneer hoeveel".split())


@dataclass(slots=True)
class TypeInfo:
    """A written form in a position class (sentence-initial or not, name or not)."""

    low: str
    classes: str  # the lexical classes joined by "+", e.g. "N+Vstem+rN+rV"
    verbs: tuple[str, ...]  # verbs it may be a form of (with which a particle may join)
    cues: int  # _PARTICLE, _AUX, _VERBAL, _PARTICIPLE, _INFINITIVE, _BREAK bits
    own: tuple[str, ...]  # features at offset 0
    near: tuple[str, ...]  # features as the neighbour at offset -1/+1 (prefixed when used)
    far: tuple[str, ...]  # features as the neighbour at offset -2/+2
    tagged: tuple[str, ...] = ()  # attributes conjoined with the neighbours' tags in pass 2

    def at(self, offset: int) -> list[str]:
        base = self.near if offset in (-1, 1) else self.far
        p = f"{offset:+d}"
        return [p + f for f in base]


def _boundary(name: str) -> TypeInfo:
    return TypeInfo(
        low=name, classes=name, verbs=(), cues=_BREAK, own=(), near=("w|" + name,), far=("w|" + name,)
    )


BOS = _boundary("<s>")
EOS = _boundary("</s>")


def shape(text: str) -> str:
    """x: lower case, X: capitalised, XX: all capitals, d: digits, p: punctuation, m: mixed."""
    if text.isalpha():
        if text.islower():
            return "x"
        if text.isupper():
            return "XX" if len(text) > 1 else "X"
        return "X" if text[0].isupper() and text[1:].islower() else "m"
    if any(c.isalpha() for c in text):
        if text[0].isdigit():
            return "dx"  # 15-jarige, 2e
        head = text[0]
        if head.isupper():
            return "X-" if any(c.isupper() for c in text[1:]) or "-" in text else "X"
        return "x-"
    if any(c.isdigit() for c in text):
        return "d"
    return "p"


def type_info(text: str, low: str, classes: tuple[str, ...], zipf_band: int, initial: bool,
              name: bool, verb: str | None = None, particles: frozenset[str] = frozenset(),
              english: int | None = None, verbs: tuple[str, ...] = ()) -> TypeInfo:
    """Features of a written form; *classes* come from :func:`vocab.tagging.lexical.classes`,
    *verb* is the verb it may be a form of (*verbs*: also those it may be with a particle),
    *english* how much more frequent the word is in
    English than in Dutch (rounded Zipf difference; None when English does not have it)."""
    sh = shape(text)
    cues = 0
    if low in particles:
        cues |= _PARTICLE
    if verb in AUX_VERBS:
        cues |= _AUX
    if verb is not None or "smV" in classes:
        cues |= _VERBAL
    if "Vpart" in classes or "Vparte" in classes or (
        verb is not None and low.startswith("ge") and low.endswith(("d", "t", "en"))
    ):
        cues |= _PARTICIPLE
    if "rVinf" in classes or "Vinf" in classes:
        cues |= _INFINITIVE
    if low in CLAUSE_BREAKS or sh == "p":
        cues |= _BREAK
    if name:
        cues |= _NAME
    if "P" in classes or low in particles:
        cues |= _PREP
    amb = "+".join(classes) if classes else "-"
    own = ["b", "w|" + low, "sh|" + sh, "a|" + amb, "z|" + str(zipf_band), "sh+a|" + sh + amb]
    own += ["c|" + c for c in classes]
    n = len(low)
    if sh != "p":
        for k in (1, 2, 3, 4, 5):
            if n > k:
                own.append(f"s{k}|" + low[-k:])
        for k in (2, 3):
            if n > k + 1:
                own.append(f"p{k}|" + low[:k])
        if "-" in low:
            own.append("hy|" + low.rsplit("-", 1)[-1][-3:])
    else:
        own.append("p|" + low)
        own.append("uc|" + unicodedata.category(text[0]))  # Sm: a math symbol, Po: punctuation
    if english is not None:
        own.append("en|" + str(english))
        own.append("en+sh|" + str(english) + sh)
    if initial:
        own += ["in|" + sh, "in+a|" + amb, "in+w|" + low]
    if name:
        own += ["nm", "nm+a|" + amb, "nm+in|" + str(initial)]
    near = ["w|" + low, "a|" + amb, "sh|" + sh]
    if n > 3 and sh != "p":
        near.append("s3|" + low[-3:])
    if name:
        near.append("nm")
    if english is not None and english > 0:
        near.append("en|" + str(english))  # a run of English words: a title, a quote
    far = ["w|" + low, "a|" + amb]
    tagged = ["c|" + c for c in classes]
    if sh != "p" and n > 3:
        tagged += ["s2|" + low[-2:], "s3|" + low[-3:]]
    tagged.append("sh|" + sh)
    return TypeInfo(
        low=low, classes=amb, verbs=verbs, cues=cues, own=tuple(own), near=tuple(near),
        far=tuple(far), tagged=tuple(tagged),
    )


def class_key(t: TypeInfo, frequent: frozenset[str] | set[str]) -> str:
    """The word itself when it is frequent, else its lexical classes."""
    return t.low if t.low in frequent else "~" + t.classes


def token_features(types: list[TypeInfo], keys: list[str], i: int, joins=None) -> list[str]:
    """All first-pass features of token *i* (training side; the model sums the same)."""
    n = len(types)
    feats = list(types[i].own)
    if joins is not None:
        feats.extend(clause_features(types, i, joins))
    for o in OFFSETS:
        j = i + o
        t = types[j] if 0 <= j < n else (BOS if j < 0 else EOS)
        feats.extend(t.at(o))
    left = keys[i - 1] if i > 0 else "<s>"
    right = keys[i + 1] if i + 1 < n else "</s>"
    feats.append("L|" + left + "|" + keys[i])
    feats.append("R|" + keys[i] + "|" + right)
    feats.append("LR|" + left + "|" + right)
    return feats


def tag_features(tags: list[str], keys: list[str], i: int, types: list[TypeInfo] | None = None) -> list[str]:
    """Second-pass features of token *i* from the first pass's tags of its neighbours (alone,
    in pairs, with the token's class key and with its attributes ``tagged``)."""
    n = len(tags)
    t1 = tags[i - 1] if i > 0 else "<s>"
    t2 = tags[i - 2] if i > 1 else "<s>"
    u1 = tags[i + 1] if i + 1 < n else "</s>"
    u2 = tags[i + 2] if i + 2 < n else "</s>"
    k = keys[i]
    out = [
        "t-1|" + t1, "t-2|" + t2, "t+1|" + u1, "t+2|" + u2,
        "tt|" + t1 + "|" + u1, "t--|" + t2 + "|" + t1, "t++|" + u1 + "|" + u2,
        "tk|" + t1 + "|" + k, "kt|" + k + "|" + u1,
    ]
    ls, rs = skip_left(tags, i), skip_right(tags, i)
    out += ["ls|" + ls, "rs|" + rs, "lk|" + ls + "|" + k, "kr|" + k + "|" + rs]
    if types is not None:
        for a in types[i].tagged:
            out.append("ta|" + t1 + "|" + a)
            out.append("at|" + a + "|" + u1)
    return out


#: Tags inside a noun phrase between its determiner and its noun (skipped by skip_left).
SKIPPED = frozenset({"ADJ", "ADV"})


def skip_left(tags: list[str], i: int) -> str:
    """The nearest tag left of *i* that is not an adjective or adverb: a determiner there
    means token *i* is inside a noun phrase (*een heel irritant geluid*)."""
    j = i - 1
    while j >= 0 and tags[j] in SKIPPED:
        j -= 1
    return tags[j] if j >= 0 else "<s>"


def skip_right(tags: list[str], i: int) -> str:
    j = i + 1
    while j < len(tags) and tags[j] in SKIPPED:
        j += 1
    return tags[j] if j < len(tags) else "</s>"


def clause_features(types: list[TypeInfo], i: int, joins) -> tuple[str, ...]:
    """Features that look along the clause, for the few tokens they concern:

    * a particle: is there a verb in its clause that forms a known particle verb with it
      (*joins(particle, verb)*), before it (*Ik ruim mijn kamer op*) or after it
      (*op te ruimen*)?  Does the clause end right after it, or does *te* follow (*om te*), or
      a question word its object (*over hoe*)?  Does *er/daar/waar* strand a preposition
      earlier in the clause (*Waar wacht je op?*)?
    * a verb that can be an auxiliary (*zijn, hebben, worden, kunnen, gaan* …): does a
      participle or an infinitive follow in its clause?
    """
    t = types[i]
    cues = t.cues
    n = len(types)
    if not cues & CLAUSE_CUES:
        if 0 < i < n - 1 and types[i - 1].cues & _NAME and types[i + 1].cues & _NAME:
            return ("in-name",)  # Tour de France, Vincent van Gogh
        return ()
    out = []
    if cues & _VERBAL and i > 0 and types[i - 1].cues & _PREP:
        # a verb right after a preposition that er/daar/waar strands: waar ik van houd
        for j in range(i - 2, -1, -1):
            if types[j].low in R_PRONOUNS or types[j].low.startswith(("waar", "daar")):
                out.append("vrb+strand")
                break
            if types[j].cues & _BREAK:
                break
    if cues & _PARTICLE:
        left = right = stranding = False
        j = i - 1
        while j >= 0:
            if types[j].low in R_PRONOUNS or types[j].low.startswith(("waar", "daar")):
                stranding = True  # waar wacht je op, ik denk er niet aan, daar heb ik zin in
            if types[j].cues & _BREAK:
                break
            if not left and any(joins(t.low, v) for v in types[j].verbs):
                left = True
            j -= 1
        j = i + 1
        if j < n and types[j].low == "te":
            j += 1
        while j < n and j <= i + 4 and not types[j].cues & _BREAK:
            if any(joins(t.low, v) for v in types[j].verbs):
                right = True
                break
            j += 1
        after = types[i + 1].low if i + 1 < n else ""
        end = i + 1 >= n or (
            bool(types[i + 1].cues & _BREAK) and after not in WH_WORDS and after != "te"
        )
        out.append(f"prt|{int(left)}{int(right)}{int(end)}")
        if after in WH_WORDS:
            out.append("prt+wh|" + t.low)  # over hoe, aan wat: a preposition and its object
        elif after == "te":
            out.append("prt+te|" + t.low)  # om te: the infinitive's complementiser
        out.append(f"prt+w|{int(left)}{int(right)}{int(end)}|{t.low}")
        if stranding:
            out.append(f"prt+r|{int(left)}{int(end)}")
    if cues & _AUX:
        part = inf = False
        for j in range(i + 1, min(n, i + 12)):
            c = types[j].cues
            if c & _BREAK:
                break
            part = part or bool(c & _PARTICIPLE)
            inf = inf or bool(c & _INFINITIVE)
        out.append(f"aux|{int(part)}{int(inf)}")
        out.append(f"aux+v|{int(part)}{int(inf)}|{t.verbs[0] if t.verbs else ''}")
    return tuple(out)
