"""Paragraphs, sentences and tokens, each with its character span in the original text.

Nothing here rewrites the text: a token is a ``(start, end)`` slice of the string that was
loaded, so the reader can colour it in place and the cloze generator can cut gaps exactly.
Lemmas, names and particle verbs are added later by :mod:`vocab.morphology`.

Speed: :func:`segment` does not run the token pattern over every paragraph.  No token can
contain a space ("'s avonds" aside), so a paragraph is cut at its spaces into *chunks*
("huis.", "Zo'n", "(zie") and the tokens of each distinct chunk are found once, by
:func:`tokenize` itself, and kept in a bounded cache (per chunk, like a word cache; never per
sentence or paragraph); a paragraph's tokens are then its chunks' tokens moved to the
chunk's place.  A paragraph with a chunk whose tokens depend on what follows it ("'s" before
"avonds", "J." before "de Vries") goes through :func:`tokenize` as a whole, so the result is
always exactly what :func:`tokenize` and :func:`split_sentences` give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "Token",
    "Sentence",
    "Paragraph",
    "split_paragraphs",
    "tokenize",
    "split_sentences",
    "segment",
    "ABBREVIATIONS",
]

WORD, NAME, NUMBER, PUNCT = "word", "name", "number", "punct"

#: Dutch abbreviations that end in a full stop without ending the sentence (lower case).
ABBREVIATIONS = frozenset(
    """
    a.s. a.u.b. adv. afb. afd. afl. alg. art. aug. bijv. bijz. blz. br. bv. ca. cf. chr. co.
    d.i. d.m.v. d.w.z. dec. dept. dhr. dr. drs. ds. e.a. e.d. e.e.a. e.v. e.v.a. ed. enz.
    etc. evt. excl. feb. febr. fig. fr. gem. geb. gesch. hfd. hr. i.c.m. i.e. i.h.a. i.o.
    i.p.v. i.s.m. i.t.t. i.v.m. ibid. incl. ing. ir. jan. jhr. jl. jr. kand. km. kg. lett.
    m.a.w. m.b.t. m.i. m.i.v. m.m.v. m.n. m.u.v. max. mevr. mgr. min. mr. mrt. mw. n.a.v.
    n.b. n.chr. n.v.t. nl. no. nov. nr. nrs. o.a. o.b.v. o.i. o.i.d. o.l.v. o.m. okt. oct.
    p. pag. pct. pp. prof. red. resp. sep. sept. sr. st. str. t.a.v. t.b.v. t.g.v. t.o.v.
    tel. tg. v. v.chr. v.d. v.h. v.l.n.r. v.s. vert. vgl. vlg. vnl. vs. vz. wo. z. z.g.
    z.g.a.n. z.s.m. zgn. zg. zog.
    """.split()
)

#: Abbreviations that often *do* close a sentence ("appels, peren enz. De ...").
ABBREVIATIONS_CAN_END = frozenset({"enz.", "etc.", "e.d.", "e.a.", "o.i.d.", "e.v.a.", "jl."})

_LETTER = r"[^\W\d_]"
_TOKEN_PATTERN = rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]
      EMAIL )
    | (?P<elided>['’][sS][ \t]+{_LETTER}+s\b                # 's avonds, 's Morgens
      | ['’][sS]-{_LETTER}[\w-]*                           # 's-Hertogenbosch
      | ['’](?:t|n|k|m|r|s|T|N|K)(?![\w'’]) )              # 't, 'n, 'k
    | (?P<word>
        (?:-(?={_LETTER}))?                                # -verkoop (in "in- en -verkoop")
        (?:\d+[-‐](?={_LETTER}))?                          # 15-jarige, 2e-klas
        {_LETTER}\w*(?:(?:['’](?={_LETTER})|[-‐/](?=\w)|\.(?={_LETTER}\.))\w+)*
        (?:[-‐](?=[\s,;)]|$))?                             # leiderschaps- (elided part)
      )
    | (?P<number>\d+(?:[.,:]\d+)*(?:e|de|ste|ste|en)?(?!\w)|\d[\w]*)
    | (?P<punct>\.{{2,}}|,,|''|[!?]+|--+|\S)
    """
# The e-mail alternative backtracks over every word; it is only compiled in for texts
# that contain an "@".
_TOKEN_RE = re.compile(_TOKEN_PATTERN.replace("EMAIL", ""), re.VERBOSE)
_TOKEN_RE_EMAIL = re.compile(
    _TOKEN_PATTERN.replace("EMAIL", r"| [\w.+-]+@[\w-]+(?:\.[\w-]+)+"), re.VERBOSE
)

_INITIAL_RE = re.compile(r"[A-Z]")
_MULTI_DOT_RE = re.compile(rf"(?:{_LETTER}{{1,3}}\.){{2,}}")
_TERMINATORS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»", "''"})
_OPENERS = frozenset({":", "„", "“", "«", ",,", "‘"})
_QUOTES = frozenset({'"', "'"})


@dataclass(slots=True, eq=False)
class Token:
    """One token.  ``start``/``end`` index the whole original text."""

    text: str
    start: int
    end: int
    kind: str
    index: int = 0  # position in its sentence
    lemma: str | None = None
    parts: tuple[str, ...] | None = None  # compound parts as lemmas
    pair: int | None = None  # index (in the sentence) of the other half of a particle verb
    initial: bool = False  # first word of its sentence (or after an opening quote/colon)
    pos: str | None = None  # part of speech: UPOS, and PART for the particle of a particle verb
    expression: str | None = None  # citation form of the fixed expression it belongs to
    expression_tokens: tuple[int, ...] | None = None  # that expression's token indices (shared)

    @property
    def norm(self) -> str:
        return self.text.lower()

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "lemma": self.lemma,
            "parts": list(self.parts) if self.parts else None,
            "pair": self.pair,
            "pos": self.pos,
            "expression": self.expression,
            "expression_tokens": list(self.expression_tokens) if self.expression_tokens else None,
        }


@dataclass(slots=True, eq=False)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    case: str | None = None  # engine's note: "shout" (ALL CAPS), "title" (Title Case), ""


@dataclass(slots=True, eq=False)
class Paragraph:
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """A block of lines is one hard-wrapped paragraph when its lines (but the last) are of
    similar, moderate length, as in e-texts wrapped at ~70 columns."""
    if len(lines) < 2:
        return False
    longest = max(len(line.rstrip()) for line in lines)
    if longest > 100 or longest < 40:
        return False
    body = [len(line.rstrip()) for line in lines[:-1]]
    return all(n >= 0.6 * longest for n in body)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: blocks between blank lines; inside a block each line is its own
    paragraph unless the block is hard-wrapped prose."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        lines = block.group().split("\n")
        if _looks_hard_wrapped(lines):
            spans.append(_strip_span(block.group(), block.start()))
            continue
        pos = block.start()
        for line in lines:  # every line of a block has some non-space in it
            spans.append(_strip_span(line, pos))
            pos += len(line) + 1
    return spans


def _strip_span(piece: str, pos: int) -> tuple[int, int]:
    """The span of *piece* (which is at *pos* and not all white space) without the white
    space around it."""
    return pos + len(piece) - len(piece.lstrip()), pos + len(piece.rstrip())


def tokenize(text: str, start: int = 0, end: int | None = None, emails: bool | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` (spans refer to the whole *text*).  *emails*: whether
    to look for e-mail addresses (default: when the span has an "@")."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    skip_dot = -1  # position of a full stop already taken by an abbreviation
    if emails is None:
        emails = "@" in text[start:end]
    regex = _TOKEN_RE_EMAIL if emails else _TOKEN_RE
    for m in regex.finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "word":
            if e < end and text[e] == ".":
                e2 = _extend_abbreviation(text, m.group(), s, e, end)
                if e2 != e:
                    skip_dot = e
                    e = e2
            append(Token(text[s:e], s, e, WORD))
        elif kind == "punct":
            if s == skip_dot:
                if e - s == 1:
                    continue  # the "." of "dhr." is part of the word
                s += 1  # "enz..": the rest of the dots
            append(Token(text[s:e], s, e, PUNCT))
        elif kind == "number":
            append(Token(m.group(), s, e, NUMBER))
        elif kind == "url":
            append(Token(m.group(), s, e, NAME))
        else:
            append(Token(m.group(), s, e, WORD))
    return tokens


def _extend_abbreviation(text: str, word: str, s: int, e: int, limit: int) -> int:
    """Include the full stop of an abbreviation or an initial in the token."""
    if e >= limit or text[e] != ".":
        return e
    low = word.lower() + "."
    if low in ABBREVIATIONS or _MULTI_DOT_RE.fullmatch(low):
        return e + 1
    # An initial: "J. de Vries", "A. Jansen" - one capital followed by a space and a word.
    if len(word) == 1 and _INITIAL_RE.match(word):
        rest = text[e + 1 : e + 3]
        if rest[:1] == " " and rest[1:2].isalpha():
            return e + 1
    # Forms with inner dots that the word pattern already took (v.Chr) plus the final dot.
    if "." in word:
        return e + 1
    return e


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group a paragraph's tokens into sentences (and set each token's ``index`` and
    ``initial``)."""
    candidates: list[int] = []
    openers: list[int] = []
    for i, tok in enumerate(tokens):
        tok.index = i
        tok.initial = False
        if _ends_sentence(tok):
            candidates.append(i)
        if _may_open(tok):
            openers.append(i)
    return _sentences(tokens, candidates, openers)


def _ends_sentence(tok: Token) -> bool:
    """A candidate sentence end: a terminator, or an abbreviation that may close a sentence
    ("enz.")."""
    if tok.kind == PUNCT:
        return tok.text[0] in _TERMINATORS or tok.text[:2] == ".."
    return tok.kind == WORD and tok.text[-1] == "." and tok.text.lower() in ABBREVIATIONS_CAN_END


def _may_open(tok: Token) -> bool:
    """Punctuation after which a word may be capitalised without being a name: a colon or an
    opening quote (whether a straight quote opens is decided per sentence, :func:`_opens`)."""
    return tok.kind == PUNCT and (tok.text in _OPENERS or tok.text in _QUOTES)


def _sentences(tokens: list[Token], candidates: list[int], openers: list[int]) -> list[Sentence]:
    """Cut a paragraph's *tokens* into sentences.

    *candidates* are the positions of possible sentence ends and *openers* those of the
    punctuation that :func:`_may_open`, both ascending.  On entry every token's ``index`` is
    its position in the paragraph and its ``initial`` is false; both are made per sentence.
    """
    n = len(tokens)
    if not n:
        return []
    if not candidates or candidates[0] == n - 1:
        # Nothing can end a sentence before the last token: one sentence (most paragraphs
        # of short texts).
        _mark_initials(tokens, 0, openers)
        return [Sentence(tokens[0].start, tokens[-1].end, tokens)]

    sentences: list[Sentence] = []
    begin = 0
    k = 0  # openers[k:] are in this sentence or later ones
    for end in _sentence_ends(tokens, candidates):
        part = tokens[begin:end]
        if begin:
            for i, tok in enumerate(part):
                tok.index = i
        first = k
        while k < len(openers) and openers[k] < end:
            k += 1
        _mark_initials(part, begin, openers[first:k])
        sentences.append(Sentence(part[0].start, part[-1].end, part))
        begin = end
    return sentences


def _sentence_ends(tokens: list[Token], candidates: list[int]) -> list[int]:
    """Where each sentence of a paragraph stops (exclusive), the last one at its end."""
    n = len(tokens)
    ends: list[int] = []
    begin = 0
    for c in candidates:
        if c < begin:
            continue  # swallowed as a closer of the previous sentence
        i = c + 1
        # Closing quotes and brackets written right after the terminator belong to it.
        while i < n and tokens[i].kind == PUNCT and tokens[i].text in _CLOSERS and (
            tokens[i].start == tokens[i - 1].end
        ):
            i += 1
        if i < n and not _starts_sentence(tokens[i]):
            continue
        if tokens[c].kind == WORD and (i >= n or not tokens[i].text[:1].isupper()):
            continue  # "enz." mid-sentence
        ends.append(i)
        begin = i
    if begin < n:
        ends.append(n)
    return ends


def _mark_initials(sentence: list[Token], offset: int, openers: Sequence[int]) -> None:
    """Mark the words of a sentence that may be capitalised without being names: the first
    one, and the first one after a colon or an opening quote (with only punctuation between).
    *openers*: the paragraph positions of the sentence's punctuation that :func:`_may_open`;
    the sentence starts at paragraph position *offset*."""
    if sentence[0].kind != PUNCT:
        sentence[0].initial = True
    else:
        _mark_initial(sentence, 0)
    for o in openers:
        if _opens(sentence, o - offset):
            _mark_initial(sentence, o - offset + 1)


def _starts_sentence(tok: Token) -> bool:
    first = tok.text[:1]
    return not first.islower() or tok.text[:2] in ("'s", "’s", "'t", "’t")


def _opens(tokens: list[Token], i: int) -> bool:
    """Whether the punctuation ``tokens[i]`` (in a sentence) lets the next word be initial."""
    tok = tokens[i]
    return tok.text in _OPENERS or (
        tok.text in _QUOTES
        and i + 1 < len(tokens)
        and tokens[i + 1].start == tok.end  # attached to the next word: opening
        and (i == 0 or tokens[i - 1].end < tok.start)
    )


def _mark_initial(tokens: list[Token], i: int) -> None:
    """Mark the first word (any token but punctuation) from ``tokens[i]`` on as initial."""
    n = len(tokens)
    while i < n and tokens[i].kind == PUNCT:
        i += 1
    if i < n:
        tokens[i].initial = True


# --- The chunk cache -------------------------------------------------------------------

#: What is known of a chunk (a stretch of a paragraph between spaces):
#: - its tokens, ``(text, start, end, kind)`` with offsets in the chunk (most chunks are one
#:   token: "huis", "Zo'n");
#: - the positions (among the chunk's tokens) of its possible sentence ends and of its
#:   punctuation that may open (:func:`_ends_sentence`, :func:`_may_open`).
#: _NEEDS_NEXT for a chunk whose tokens depend on what follows it.
_ChunkEntry = tuple[tuple[tuple[str, int, int, str], ...], tuple[int, ...], tuple[int, ...]]
_NEEDS_NEXT: _ChunkEntry = ((), (), ())

#: Chunk → entry.  Cleared when full; a novel has some 20,000 distinct chunks.
_CHUNKS: dict[str, _ChunkEntry] = {}
_CHUNKS_MAX = 50_000

_ELIDED_S = frozenset({"'s", "’s", "'S", "’S"})

# _paragraph_tokens makes tokens with object.__new__ and fills every slot itself, which is
# much cheaper than the dataclass __init__; it must know all the slots.
_TOKEN_SLOTS = ("text", "start", "end", "kind", "index", "lemma", "parts", "pair", "initial", "pos",
                "expression", "expression_tokens")
if Token.__slots__ != _TOKEN_SLOTS:
    raise AssertionError("Token's fields changed: update _paragraph_tokens")


def _chunk_entry(chunk: str, emails: bool) -> _ChunkEntry:
    """Tokenise one chunk on its own and remember it (unless its tokens depend on
    *emails*)."""
    tokens = tokenize(chunk, 0, len(chunk), emails)
    if _needs_context(chunk, tokens):
        entry = _NEEDS_NEXT
    else:
        candidates = tuple([i for i, t in enumerate(tokens) if _ends_sentence(t)])
        openers = tuple([i for i, t in enumerate(tokens) if _may_open(t)])
        parts = tuple([(t.text, t.start, t.end, t.kind) for t in tokens])
        entry = (parts, candidates, openers)
    if "@" not in chunk:  # with an "@" the tokens depend on *emails*
        if len(_CHUNKS) >= _CHUNKS_MAX:
            _CHUNKS.clear()
        _CHUNKS[chunk] = entry
    return entry


def _needs_context(chunk: str, tokens: list[Token]) -> bool:
    """Whether the chunk's tokens, found on its own, may differ from those found with a
    space and more text after it."""
    if not tokens:
        return False
    last = tokens[-1]
    # "'s" + spaces + a word is one token ("'s avonds", "’S Morgens"): a chunk ending in
    # "'s" (or "'s" and tabs) where a token starts at the quote.
    body = chunk.rstrip("\t")
    if body[-2:] in _ELIDED_S:
        quote = len(body) - 2
        if any(t.start == quote for t in tokens[-2:]):
            return True
    # "J." is one token (an initial) only when a space and a letter follow; otherwise "J"
    # and "." (see _extend_abbreviation).
    if len(tokens) >= 2 and last.text == "." and last.end == len(chunk):
        word = tokens[-2]
        return (
            word.kind == WORD
            and word.end == last.start
            and len(word.text) == 1
            and _INITIAL_RE.match(word.text) is not None
        )
    return False


def _paragraph_tokens(
    text: str, start: int, end: int, emails: bool
) -> tuple[list[Token], list[int], list[int]] | None:
    """The tokens of the paragraph ``text[start:end]``, put together from its chunks, with
    the positions of possible sentence ends and of punctuation that may open (see
    :func:`_sentences`); None when a chunk's tokens depend on the next chunk."""
    tokens: list[Token] = []
    append = tokens.append
    candidates: list[int] = []
    openers: list[int] = []
    cached = _CHUNKS.get
    new = object.__new__
    n = 0  # len(tokens)
    pos = start  # where the chunk starts in the text
    for chunk in text[start:end].split(" "):
        if chunk:
            entry = cached(chunk) or _chunk_entry(chunk, emails)
            if entry is _NEEDS_NEXT:
                return None
            parts, chunk_candidates, chunk_openers = entry
            if chunk_candidates:
                for i in chunk_candidates:
                    candidates.append(n + i)
            if chunk_openers:
                for i in chunk_openers:
                    openers.append(n + i)
            for word, a, b, kind in parts:
                tok = new(Token)
                tok.text = word
                tok.start = pos + a
                tok.end = pos + b
                tok.kind = kind
                tok.index = n
                tok.lemma = tok.parts = tok.pair = tok.pos = None
                tok.expression = tok.expression_tokens = None
                tok.initial = False
                append(tok)
                n += 1
        pos += len(chunk) + 1
    return tokens, candidates, openers


def segment(text: str) -> list[Paragraph]:
    """The whole structure: paragraphs, sentences, tokens."""
    paragraphs: list[Paragraph] = []
    emails = "@" in text
    for start, end in split_paragraphs(text):
        found = _paragraph_tokens(text, start, end, emails)
        if found is None:  # "'s avonds", "J. de Vries": the general way
            tokens = tokenize(text, start, end, emails)
            if not tokens:
                continue
            sentences = split_sentences(text, tokens)
        else:
            tokens, candidates, openers = found
            if not tokens:
                continue
            sentences = _sentences(tokens, candidates, openers)
        paragraphs.append(Paragraph(start, end, sentences))
    return paragraphs
