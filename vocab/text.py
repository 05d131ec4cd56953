"""Paragraphs, sentences and tokens, each with its character span in the original text.

Nothing here rewrites the text: a token is a ``(start, end)`` slice of the string that was
loaded, so the reader can colour it in place and the cloze generator can cut gaps exactly.
Lemmas, names and particle verbs are added later by :mod:`vocab.morphology`.
"""

from __future__ import annotations

import re
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
            spans.append(_strip_span(text, block.start(), block.end()))
            continue
        pos = block.start()
        for line in lines:
            if line.strip():
                spans.append(_strip_span(text, pos, pos + len(line)))
            pos += len(line) + 1
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
    """Group a paragraph's tokens into sentences."""
    n = len(tokens)
    # candidate ends: terminators, and abbreviations that may close a sentence ("enz.")
    candidates = [
        i
        for i, t in enumerate(tokens)
        if (t.kind == PUNCT and (t.text[0] in _TERMINATORS or t.text[:2] == ".."))
        or (t.kind == WORD and t.text[-1] == "." and t.text.lower() in ABBREVIATIONS_CAN_END)
    ]
    sentences: list[Sentence] = []
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
        sentences.append(_make_sentence(tokens[begin:i]))
        begin = i
    if begin < n:
        sentences.append(_make_sentence(tokens[begin:]))
    return sentences


def _starts_sentence(tok: Token) -> bool:
    first = tok.text[:1]
    return not first.islower() or tok.text[:2] in ("'s", "’s", "'t", "’t")


def _make_sentence(tokens: list[Token]) -> Sentence:
    sentence = Sentence(tokens[0].start, tokens[-1].end, tokens)
    initial = True  # the next word may be capitalised without being a name
    for i, tok in enumerate(tokens):
        tok.index = i
        if tok.kind != PUNCT:
            tok.initial = initial
            initial = False
        elif tok.text in _OPENERS or (
            tok.text in _QUOTES
            and i + 1 < len(tokens)
            and tokens[i + 1].start == tok.end  # attached to the next word: opening
            and (i == 0 or tokens[i - 1].end < tok.start)
        ):
            # A word right after a colon or an opening quote may be capitalised normally.
            initial = True
    return sentence


def segment(text: str) -> list[Paragraph]:
    """The whole structure: paragraphs, sentences, tokens."""
    paragraphs: list[Paragraph] = []
    emails = "@" in text
    for start, end in split_paragraphs(text):
        tokens = tokenize(text, start, end, emails)
        if not tokens:
            continue
        paragraphs.append(Paragraph(start, end, split_sentences(text, tokens)))
    return paragraphs
