"""Annotated Dutch sentences for training and measuring the tagger.

Two sources, read into one shape (:class:`Sentence`: the text and its tokens with form, tag
and lemma):

* UD Dutch treebanks in CoNLL-U (``../shared/data/ud-dutch-dev``).  A token whose relation is
  ``compound:prt`` (the particle of a separable verb) gets the tag ``PART``; UD's own ``PART``
  tokens, if any, keep their tag.
* our learner sentences (``tools/learner/sentences/*.tsv``; see ``tools/learner/GUIDELINES.md``),
  FORM TAB TAG TAB LEMMA lines under a ``# text = `` line.

A fifth of the learner sentences is held out from training (:func:`held_out`, by a hash of the
sentence text, so the split never depends on file order).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "TAGS",
    "AnnotatedSentence",
    "read_conllu",
    "read_learner",
    "held_out",
    "LEARNER_DIR",
    "UD_DIR",
    "SHARED",
]

#: UPOS plus PART for the particle of a separable verb.
TAGS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
)

_ROOT = Path(__file__).resolve().parents[2]
LEARNER_DIR = _ROOT / "tools" / "learner" / "sentences"
#: The team's shared data (read only), beside the checkout; a worktree elsewhere finds it by
#: DUTCH_READER_SHARED or at /work/shared.
SHARED = Path(os.environ.get("DUTCH_READER_SHARED") or _ROOT.parent / "shared")
if not SHARED.exists():
    SHARED = Path("/work/shared")
UD_DIR = SHARED / "data" / "ud-dutch-dev"


@dataclass(slots=True)
class AnnotatedSentence:
    text: str
    forms: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # UD only: index of the head, -1 for root
    source: str = ""
    line: int = 0  # where the sentence starts in its file
    doc: str = ""  # UD: the document (sent_id before ".p."); learner: the file
    #: learner files: "everyday" (plain A1–B1 Dutch), or what the file's "# register = "
    #: line says ("news": newspaper and encyclopedia Dutch, B2–C1)
    register: str = "everyday"


def read_conllu(path: Path | str) -> Iterator[AnnotatedSentence]:
    """Sentences of a CoNLL-U file, multi-word token lines skipped."""
    path = Path(path)
    sent: AnnotatedSentence | None = None
    doc = ""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                doc = line[12:].split(".p.")[0]
            elif line.startswith("# text = "):
                sent = AnnotatedSentence(text=line[9:], source=path.name, line=n, doc=doc)
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if sent is not None and sent.forms:
                    yield sent
                sent = None
            else:
                cols = line.split("\t")
                if sent is None or "-" in cols[0] or "." in cols[0]:
                    continue
                tag = "PART" if cols[7] == "compound:prt" else cols[3]
                sent.forms.append(cols[1])
                sent.tags.append(tag)
                sent.lemmas.append(cols[2])
                sent.heads.append(int(cols[6]) - 1 if cols[6].isdigit() else -1)
    if sent is not None and sent.forms:
        yield sent


def read_learner(path: Path | str) -> Iterator[AnnotatedSentence]:
    """Sentences of one of our learner files (format: tools/learner/GUIDELINES.md).
    Malformed lines raise ValueError naming the file and line."""
    path = Path(path)
    sent: AnnotatedSentence | None = None
    register = "everyday"
    with path.open(encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("# text = "):
                if sent is not None and sent.forms:
                    yield sent
                sent = AnnotatedSentence(text=line[9:], source=path.name, line=n, doc=path.name,
                                         register=register)
            elif line.startswith("# register = ") and sent is None:
                register = line[13:].strip()  # (between sentences: for the sentences after it)
            elif line.startswith("# doc = ") and sent is not None:
                sent.doc = f"{path.name}:{line[8:].strip()}"  # a text of several sentences
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if sent is not None and sent.forms:
                    yield sent
                sent = None
            else:
                cols = line.split("\t")
                if sent is None:
                    raise ValueError(f"{path.name}:{n}: token line before '# text = '")
                if len(cols) != 3 or not all(c.strip() == c and c for c in cols):
                    raise ValueError(f"{path.name}:{n}: want FORM<TAB>TAG<TAB>LEMMA: {line!r}")
                if cols[1] not in TAGS:
                    raise ValueError(f"{path.name}:{n}: unknown tag {cols[1]!r}")
                sent.forms.append(cols[0])
                sent.tags.append(cols[1])
                sent.lemmas.append(cols[2])
    if sent is not None and sent.forms:
        yield sent


def held_out(sentence: AnnotatedSentence | str) -> bool:
    """Is this learner sentence kept out of training (one in five, by its text)?"""
    text = sentence if isinstance(sentence, str) else sentence.text
    return hashlib.sha1(text.strip().encode("utf-8")).digest()[0] % 5 == 0


def learner_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or LEARNER_DIR).glob("*.tsv"))


def learner_sentences(directory: Path | None = None) -> Iterable[AnnotatedSentence]:
    for path in learner_files(directory):
        yield from read_learner(path)


def ud_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or UD_DIR).glob("*.conllu"))
