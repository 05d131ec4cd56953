"""Analysed texts kept between runs, by content hash.

A book's analysis (tokens with their tags, lemmas, pairs, parts and fixed expressions) is written to the cache
dir the first time and read back when the same text is opened again, so reopening it costs no
analysis.  The file's name is the SHA-1 of the text and a fingerprint of everything the
analysis depends on (the engine's code, the lexicon, the tagger's model, the packages'
versions): any change there starts afresh.  At most :data:`KEEP` analyses are kept (the least
recently used go first); a missing, stale or broken file is simply analysed again.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from .resources import read_marshal, write_marshal
from .text import Paragraph, Sentence, Token

__all__ = ["load", "save", "MIN_CHARS", "KEEP"]

#: Shorter texts are analysed every time (it takes a few milliseconds).
MIN_CHARS = 5_000
KEEP = 40
_FORMAT = 2  # 2: each sentence's fixed expressions


@cache
def fingerprint() -> str:
    from . import expressions, lexicon
    from .resources import package_version
    from .tagging.tagger import MODEL_FILE

    h = hashlib.sha1(str(_FORMAT).encode())
    here = Path(__file__).resolve().parent
    for f in sorted([*here.glob("*.py"), *here.glob("tagging/*.py"), *here.glob("lexicon/*.py")]):
        h.update(f.name.encode() + f.read_bytes())
    for f in (lexicon.DATA_FILE, lexicon.EXCLUDED_FILE, expressions.DATA_FILE, MODEL_FILE):
        if f.exists():
            h.update(f.read_bytes())
    for package in ("simplemma", "wordfreq", "numpy"):
        h.update(package_version(package).encode())
    return h.hexdigest()[:16]


def _path(text: str) -> Path:
    from .paths import cache_dir

    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir() / "analyses" / f"{digest}-{fingerprint()}.marshal"


def load(text: str) -> list[Paragraph] | None:
    """The cached analysis of *text*, or None."""
    path = _path(text)
    data = read_marshal(path)
    if data is None:
        return None
    try:
        os.utime(path)  # recently used
    except OSError:
        return None
    try:
        return _paragraphs(text, data)
    except (ValueError, TypeError, IndexError):
        return None


def save(text: str, paragraphs: list[Paragraph]) -> None:
    """Keep the analysis of *text*; a cache that cannot be written is no error."""
    path = _path(text)
    data = [
        (p.start, p.end, [
            (s.start, s.end, s.case, [
                (t.start, t.end, t.kind, t.lemma, t.parts, t.pair, t.initial, t.pos)
                for t in s.tokens
            ], _expressions(s.tokens))
            for s in p.sentences
        ])
        for p in paragraphs
    ]
    if write_marshal(path, data):
        try:
            _prune(path.parent)
        except OSError:
            pass


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.marshal"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)
    for tmp in folder.glob("*.tmp"):  # left by a process that was killed while writing
        try:
            import time

            if time.time() - tmp.stat().st_mtime > 3600:
                tmp.unlink()
        except OSError:
            pass


def _expressions(tokens) -> list[tuple[str, tuple[int, ...]]]:
    """A sentence's expressions: (citation form, token indices) once each."""
    return [(t.expression, t.expression_tokens) for t in tokens
            if t.expression_tokens and t.expression_tokens[0] == t.index]


def _paragraphs(text: str, data) -> list[Paragraph]:
    new = object.__new__
    out = []
    for p_start, p_end, sentences in data:
        p = Paragraph(p_start, p_end)
        for s_start, s_end, case, tokens, expressions in sentences:
            toks = []
            for i, (start, end, kind, lemma, parts, pair, initial, pos) in enumerate(tokens):
                tok = new(Token)
                tok.text = text[start:end]
                tok.start, tok.end, tok.kind, tok.index = start, end, kind, i
                tok.lemma, tok.parts, tok.pair, tok.initial, tok.pos = lemma, parts, pair, initial, pos
                tok.expression = tok.expression_tokens = None
                toks.append(tok)
            for expression, indices in expressions:
                for j in indices:
                    toks[j].expression, toks[j].expression_tokens = expression, indices
            p.sentences.append(Sentence(s_start, s_end, toks, case))
        out.append(p)
    return out
