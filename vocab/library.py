"""The learner's library: texts kept in the store, and where each lemma occurs in them.

When a text is opened it is stored compressed with its source (``Store.open_text``), so it
reopens after its file has moved or its site is down, and an index lemma → text → sentences
is written (``text_words``): the "My words" screen lists the texts a word occurs in and
shows its sentences from every text read (as Lute's term references do), without
analysing any text again.

The index holds, per lemma and text, the number of occurrences and the first
:data:`MAX_SENTENCES` sentences as character spans (the sentence, and the word's own tokens
in it: both halves of a split particle verb).  A fixed expression found in the text is
indexed too, under its citation form (the key the learner's statuses keep it under), with
all its tokens' spans: My words shows its texts and sentences as a word's.  It is rebuilt when a text is opened by a
different version of the engine (:func:`engine_fingerprint`), since lemmas may change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .analysis import Analysis
from .controls import neutralise
from .importers import LoadedText
from .store import Store
from .text import WORD

__all__ = [
    "MAX_SENTENCES",
    "Example",
    "engine_fingerprint",
    "index_rows",
    "remember",
    "reopen",
    "examples",
]

#: Sentences kept per lemma and text in the index.
MAX_SENTENCES = 8


@cache
def engine_fingerprint() -> str:
    """A fingerprint of the engine's code and data: lemmas computed by another version may
    differ, so an index made by one is rebuilt by the next."""
    from . import lexicon
    from .resources import package_version

    h = hashlib.sha1()
    here = Path(__file__).parent
    for f in sorted(here.glob("*.py")):
        h.update(f.name.encode() + f.read_bytes())
    data = lexicon.DATA_FILE
    if data.exists():
        h.update(f"{data.stat().st_size}-{data.stat().st_mtime_ns}".encode())
    h.update(package_version("simplemma").encode() + package_version("wordfreq").encode())
    return h.hexdigest()[:16]


def index_rows(analysis: Analysis) -> list[tuple[str, int, str]]:
    """(lemma, count, spans) for every vocabulary lemma of the text (names, numbers and
    punctuation left out).  *spans* lists up to :data:`MAX_SENTENCES` occurrences,
    ``;``-separated, each ``sentence_start,sentence_end,token_start,token_end`` with a
    second token span for the other half of a split particle verb; a fixed expression is a
    row under its citation form, with a span for each of its tokens."""
    counts: dict[str, int] = {}
    spans: dict[str, list[str]] = {}
    last_sentence: dict[str, int] = {}
    for sentence in analysis.sentences:
        tokens = sentence.tokens
        for i, tok in enumerate(tokens):
            if tok.expression and tok.expression_tokens and tok.expression_tokens[0] == i:
                _index(tok.expression, sentence, [tokens[k] for k in tok.expression_tokens],
                       counts, spans, last_sentence)
            lemma = tok.lemma
            if tok.kind != WORD or not lemma or not any(c.isalpha() for c in lemma):
                continue
            if tok.pair is not None and tok.pair < i:
                continue  # the second half of a particle verb: counted with the first
            counts[lemma] = counts.get(lemma, 0) + 1
            kept = spans.setdefault(lemma, [])
            if len(kept) >= MAX_SENTENCES or last_sentence.get(lemma) == sentence.start:
                continue
            last_sentence[lemma] = sentence.start
            parts = [sentence.start, sentence.end, tok.start, tok.end]
            if tok.pair is not None:
                other = tokens[tok.pair]
                parts += [other.start, other.end]
            kept.append(",".join(map(str, parts)))
    return [(lemma, n, ";".join(spans[lemma])) for lemma, n in counts.items()]


def _index(key: str, sentence, members, counts: dict[str, int], spans: dict[str, list[str]],
           last_sentence: dict[str, int]) -> None:
    """Count one occurrence of *key* (an expression's citation form) made of the tokens
    *members*, keeping its sentence while fewer than MAX_SENTENCES are kept."""
    counts[key] = counts.get(key, 0) + 1
    kept = spans.setdefault(key, [])
    if len(kept) >= MAX_SENTENCES or last_sentence.get(key) == sentence.start:
        return
    last_sentence[key] = sentence.start
    parts = [sentence.start, sentence.end]
    for t in members:
        parts += [t.start, t.end]
    kept.append(",".join(map(str, parts)))


def remember(store: Store, analysis: Analysis, source: str, words: int, content_hash: str,
             chapters: list[tuple[int, str]] | None = None) -> int:
    """Keep an opened text in the store (compressed, with its source, and the *chapters* its
    file gave: an EPUB's) and index its lemmas when the index is missing or was made by
    another engine; returns its id."""
    text_id = store.open_text(analysis.title or Path(source).stem, source, content_hash, words,
                              body=analysis.text, chapters=chapters)
    fingerprint = engine_fingerprint()
    if store.text_index_fingerprint(text_id) != fingerprint:
        store.set_text_index(text_id, index_rows(analysis), fingerprint)
    return text_id


def reopen(store: Store, text_id: int, *, chapters_from_source: bool = False) -> LoadedText | None:
    """A kept text as a :class:`LoadedText` (None when only its source was recorded), with
    the chapters kept with it; *chapters_from_source*: a book kept before chapters were
    takes them from its EPUB if that is still there, unchanged (the reader asks for this)."""
    t = store.text(text_id)
    if t is None:
        return None
    body = store.text_body(text_id)
    if body is None:
        return None
    # (texts kept before control characters were neutralised on import may carry them)
    text = neutralise(body)
    chapters = store.text_chapters(text_id)
    if chapters is None:
        chapters = _chapters_from_source(t["source"], text) if chapters_from_source else []
    return LoadedText(text=text, title=neutralise(t["title"]), source=t["source"],
                      encoding="utf-8", chapters=[(o, neutralise(title)) for o, title in chapters])


def _chapters_from_source(source: str, text: str) -> list[tuple[int, str]]:
    """The chapters of the EPUB at *source* when it still holds exactly *text*, else none."""
    from .importers import ImportFailure, load_path

    path = Path(source)
    if "://" in source or path.suffix.lower() != ".epub" or not path.is_file():
        return []
    try:
        loaded = load_path(path)
    except (ImportFailure, OSError):
        return []
    return loaded.chapters if loaded.text == text else []


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence a lemma occurs in: the text's id and title, the sentence, and the word's
    spans within the sentence."""

    text_id: int
    title: str
    sentence: str
    highlights: tuple[tuple[int, int], ...]


def examples(store: Store, lemma: str, limit: int = 40) -> list[Example]:
    """The lemma's sentences from every kept text (most recently opened text first)."""
    out: list[Example] = []
    for row in store.occurrences(lemma):
        if len(out) >= limit:
            break
        body = store.text_body(row["text_id"])
        if body is None:
            continue
        for occurrence in row["spans"].split(";"):
            if not occurrence or len(out) >= limit:
                continue
            numbers = [int(x) for x in occurrence.split(",")]
            s, e = numbers[0], numbers[1]
            marks = tuple(
                (numbers[k] - s, numbers[k + 1] - s) for k in range(2, len(numbers) - 1, 2)
            )
            out.append(Example(row["text_id"], row["title"], body[s:e], marks))
    return out
