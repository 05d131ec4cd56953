"""The learner's corrections of the analysis, applied over what the engine found.

When the engine is wrong (*Maak een lijst, gooi spullen weg* read as *wegmaken*; a wrong
lemma; a name taken for a word or the other way round) the learner corrects it, and the
correction holds in every text, in practice and in export, because it is applied to the
one analysis object all of them read.

A correction is stored (``vocab.store``, table ``corrections``) either *in context* — the
sentence (a hash of its text, whitespace normalised) and the token's place in it, with the
token's form as a check — or *everywhere*: by the token's form (lower case), in any text.
Kinds:

- ``lemma``: the token's lemma becomes *value* (both halves of a particle verb together);
- ``split``: a particle verb is two words: the particle's lemma is the particle, the verb's
  the joined lemma without it (*wegmaken* → *maken*); in context only;
- ``join``: the token and the token at *other* form the particle verb *value*; in context
  only;
- ``name`` / ``notname``: the token is (not) a name; *value* is the word's lemma for
  ``notname``.

:func:`apply` rewrites tokens in place and returns what it changed, so :func:`revert` can
put the engine's reading back (undo, or a correction removed).  Context corrections win
over "everywhere" ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .text import NAME, WORD, Sentence, Token

__all__ = [
    "Correction",
    "Change",
    "KINDS",
    "sentence_key",
    "apply",
    "revert",
    "load",
    "load_path",
    "apply_from_store",
]

KINDS = ("lemma", "split", "join", "name", "notname")
CONTEXT_ONLY = ("split", "join")


@dataclass(frozen=True, slots=True)
class Correction:
    kind: str
    form: str  # the token's text, lower case
    sentence: str | None = None  # sentence_key(); None: everywhere
    position: int | None = None  # the token's index in its sentence (with sentence)
    other: int | None = None  # join: the other token's index in the sentence
    value: str | None = None  # the lemma (lemma, join, notname)
    id: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown correction {self.kind!r}; use one of {', '.join(KINDS)}")
        if self.kind in CONTEXT_ONLY and self.sentence is None:
            raise ValueError(f"a {self.kind} correction holds in its sentence only")

    @property
    def everywhere(self) -> bool:
        return self.sentence is None

    def to_row(self) -> dict:
        return {"kind": self.kind, "form": self.form, "sentence": self.sentence,
                "position": self.position, "other": self.other, "value": self.value}


@dataclass(slots=True)
class Change:
    """A token as the engine left it, before a correction."""

    token: Token
    lemma: str | None
    pair: int | None
    kind: str
    parts: tuple[str, ...] | None


def sentence_key(text: str) -> str:
    """A sentence's identity: a hash of its words (so re-wrapped copies of a text match)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _remember(changes: list[Change], seen: set[int], tok: Token) -> None:
    if id(tok) not in seen:
        seen.add(id(tok))
        changes.append(Change(tok, tok.lemma, tok.pair, tok.kind, tok.parts))


def _apply_one(c: Correction, sentence: Sentence, tok: Token, changes: list[Change], seen: set[int],
               lemmatize: Callable[[str], str] | None) -> None:
    toks = sentence.tokens
    if c.kind == "lemma" and c.value:
        targets = [tok]
        if tok.pair is not None and 0 <= tok.pair < len(toks):
            targets.append(toks[tok.pair])  # a particle verb has one lemma for both halves
        for t in targets:
            _remember(changes, seen, t)
            t.lemma, t.kind, t.parts = c.value, WORD, None
    elif c.kind == "split" and tok.pair is not None and 0 <= tok.pair < len(toks):
        other = toks[tok.pair]
        joined = tok.lemma or ""
        # the particle is the half the joined lemma begins with (weg in wegmaken), else the
        # later one (it closes the clause)
        if joined.startswith(tok.norm) != joined.startswith(other.norm):
            particle, verb = (tok, other) if joined.startswith(tok.norm) else (other, tok)
        else:
            particle, verb = (tok, other) if tok.index > other.index else (other, tok)
        for t in (tok, other):
            _remember(changes, seen, t)
            t.pair, t.parts = None, None
        particle.lemma = particle.norm
        rest = joined[len(particle.norm):] if joined.startswith(particle.norm) else ""
        verb.lemma = rest if len(rest) > 1 else (lemmatize(verb.text) if lemmatize else verb.norm)
    elif c.kind == "join" and c.other is not None and 0 <= c.other < len(toks) and c.value:
        other = toks[c.other]
        for t in (tok, other):
            _remember(changes, seen, t)
            if t.pair is not None and 0 <= t.pair < len(toks) and toks[t.pair] not in (tok, other):
                # its old partner is on its own again
                old = toks[t.pair]
                _remember(changes, seen, old)
                old.pair = None
                old.lemma = lemmatize(old.text) if lemmatize else old.norm
            t.lemma, t.kind, t.parts = c.value, WORD, None
        tok.pair, other.pair = other.index, tok.index
    elif c.kind == "name":
        _remember(changes, seen, tok)
        tok.kind, tok.lemma, tok.parts = NAME, tok.text, None
        if tok.pair is not None and 0 <= tok.pair < len(toks):
            partner = toks[tok.pair]
            _remember(changes, seen, partner)
            partner.pair = None
            partner.lemma = partner.norm
            tok.pair = None
    elif c.kind == "notname":
        _remember(changes, seen, tok)
        tok.kind = WORD
        tok.lemma = c.value or (lemmatize(tok.text) if lemmatize else tok.norm)


def apply(analysis, corrections: Iterable[Correction],
          lemmatize: Callable[[str], str] | None = None) -> list[Change]:
    """Rewrite the tokens of *analysis* (lemma, pair, kind, parts) by *corrections*; returns
    the tokens' former state for :func:`revert`.  *lemmatize* gives a bare word's lemma
    (``Morphology.lemmatize``) where a correction leaves a word without one."""
    everywhere: dict[str, list[Correction]] = {}
    in_context: dict[str, list[Correction]] = {}
    for c in corrections:
        if c.everywhere:
            everywhere.setdefault(c.form, []).append(c)
        else:
            in_context.setdefault(c.sentence, []).append(c)
    changes: list[Change] = []
    if not everywhere and not in_context:
        return changes
    seen: set[int] = set()
    for p in analysis.paragraphs:
        for s in p.sentences:
            if everywhere:
                for tok in s.tokens:
                    for c in everywhere.get(tok.norm, ()):
                        _apply_one(c, s, tok, changes, seen, lemmatize)
            if in_context:
                here = in_context.get(sentence_key(analysis.text[s.start : s.end]))
                for c in here or ():
                    if c.position is not None and 0 <= c.position < len(s.tokens) \
                            and s.tokens[c.position].norm == c.form:
                        _apply_one(c, s, s.tokens[c.position], changes, seen, lemmatize)
    return changes


def revert(changes: list[Change]) -> None:
    """Put back what :func:`apply` changed."""
    for ch in reversed(changes):
        t = ch.token
        t.lemma, t.pair, t.kind, t.parts = ch.lemma, ch.pair, ch.kind, ch.parts


def _from_row(row) -> Correction:
    return Correction(kind=row["kind"], form=row["form"], sentence=row["sentence"],
                      position=row["position"], other=row["other"], value=row["value"], id=row["id"])


def load(store) -> list[Correction]:
    """The learner's corrections in *store* (a :class:`vocab.store.Store`), oldest first."""
    return [_from_row(r) for r in store.corrections()]


def load_path(path: Path | str | None) -> list[Correction]:
    """Corrections in the store at *path* without creating one (a read-only connection)."""
    import sqlite3

    if path is None or not Path(path).exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            rows = conn.execute("SELECT * FROM corrections ORDER BY id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []  # an older store without corrections, or none at all
    return [_from_row(r) for r in rows]


def apply_from_store(analysis, path: Path | str | None,
                     lemmatize: Callable[[str], str] | None = None) -> list[Change]:
    """Apply the corrections kept in the store at *path* (the reader, practice and export
    call this where they get their analysis)."""
    return apply(analysis, load_path(path), lemmatize)
