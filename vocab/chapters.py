"""Chapters of a text: where each begins and its title (the reader's table of contents).

An EPUB says where its chapters begin (:mod:`vocab.importers` keeps each spine document's
first heading and its offset).  A plain text has headings of its own: short lines standing
alone as a paragraph that name a chapter (*Hoofdstuk 3*, *EERSTE HOOFDSTUK.*, *Deel II*,
*Proloog*), a Roman or Arabic chapter number, a Markdown heading, or a short line in
capitals.  A text with fewer than two such headings has no table of contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Chapter", "find_chapters"]

_NAMED = re.compile(
    r"^(?:#+\s*)?(?:hoofdstuk|deel|boek|proloog|epiloog|inleiding|voorwoord|nawoord|"
    r"chapter|part|prologue|epilogue)\b|\b(?:hoofdstuk|deel|boek)\W*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^(?:[IVXLC]+|\d{1,3})[.)]?$")
_MARKDOWN = re.compile(r"^#{1,3}\s+\S")
MAX_CHARS, MAX_WORDS = 60, 8


@dataclass(frozen=True, slots=True)
class Chapter:
    title: str
    start: int  # character offset of the chapter in the text


def is_heading(line: str) -> bool:
    """A short line that names or numbers a chapter."""
    line = line.strip()
    if not line or "\n" in line or len(line) > MAX_CHARS or len(line.split()) > MAX_WORDS:
        return False
    if _NAMED.search(line) or _NUMBER.match(line) or _MARKDOWN.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not line.endswith((",", ";"))


def find_chapters(text: str, paragraphs, title: str = "") -> list[Chapter]:
    """Chapters of a plain text from its heading paragraphs (*paragraphs*: objects with
    ``start`` and ``end``); the text's own title is not a chapter."""
    out: list[Chapter] = []
    for p in paragraphs:
        line = text[p.start : p.end].strip()
        if line and line != title and is_heading(line):
            out.append(Chapter(" ".join(line.lstrip("#").split()), p.start))
    return out if len(out) >= 2 else []
