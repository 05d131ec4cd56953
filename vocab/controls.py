"""Control characters from outside made harmless to show.

A text, a dictionary entry or a word list may carry terminal control characters: escape
sequences (``ESC ] 52`` writes the clipboard, ``ESC [ 2 J`` clears the screen), the C1
controls (U+0080-U+009F; U+009B is a one-character CSI) and DEL.  Printed raw, they act on
the learner's terminal.  :func:`neutralise` replaces each with one visible character (the
Unicode "control pictures": ESC → ␛, BEL → ␇, DEL → ␡; C1 → U+FFFD), so lengths and
character offsets stay true; tabs and newlines stay, a vertical tab or form feed (an old
text's page break) becomes a newline.
"""

from __future__ import annotations

__all__ = ["neutralise", "count", "table"]


def table(keep: str = "\t\n") -> dict[int, int]:
    """The translation table (for ``str.translate``) that keeps the characters *keep*."""
    out: dict[int, int] = {c: 0x2400 + c for c in range(0x20)}
    out[0x0B] = out[0x0C] = 0x0A
    out[0x7F] = 0x2421
    out.update({c: 0xFFFD for c in range(0x80, 0xA0)})
    for ch in keep:
        out.pop(ord(ch), None)
    return out


_TABLE = table()


def neutralise(text: str) -> str:
    """*text* with every control character but tab and newline replaced by a visible one
    (one character for one: offsets stay true)."""
    return text.translate(_TABLE)


def count(text: str) -> int:
    """How many characters :func:`neutralise` would replace (vertical tab and form feed,
    which become newlines, not counted)."""
    return sum(1 for ch in text if ord(ch) in _TABLE and ch not in "\x0b\x0c")
