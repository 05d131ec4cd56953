"""Loading texts: bytes on disk (or stdin) to one clean Unicode string.

Only plain text lives here for now; HTML, Markdown and EPUB importers plug in beside
:func:`decode_bytes` later.  Every failure is an :class:`ImportFailure` whose message is
one sentence a learner can act on; the CLI prints it on one line and exits 1.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ImportFailure", "LoadedText", "decode_bytes", "load_path", "load_bytes"]

#: Larger inputs are refused rather than read into memory (a whole novel is ~1 MB).
MAX_BYTES = 50 * 1024 * 1024

# Magic numbers of binary formats a learner might pass by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"SQLite format 3": "an SQLite database",
}


class ImportFailure(Exception):
    """The input cannot be read as a text; ``str(exc)`` is the one-line reason."""


@dataclass(slots=True)
class LoadedText:
    text: str
    title: str
    source: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _describe_binary(data: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    sample = data[:4096]
    if b"\x00" in sample and not (
        sample.startswith(codecs.BOM_UTF16_LE) or sample.startswith(codecs.BOM_UTF16_BE)
    ):
        return "a binary file"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode *data* into NFC text.

    Returns ``(text, encoding, warnings)``.  UTF-8 (with or without BOM) and UTF-16 with a
    BOM are recognised; anything that is not valid UTF-8 is read as Windows-1252 (a superset
    of Latin-1 for the printable range) when that makes sense, otherwise as UTF-8 with the
    bad bytes replaced and a warning.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _decode_not_utf8(data, exc, warnings)
    if "\ufffd" in text and not warnings:
        warnings.append(f"some bytes could not be decoded as {encoding} and were replaced")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), encoding, warnings


def _decode_not_utf8(data: bytes, exc: UnicodeDecodeError, warnings: list[str]) -> tuple[str, str]:
    # A file that is mostly valid UTF-8 with a few broken bytes is UTF-8 with damage; a file
    # whose high bytes are all invalid UTF-8 is a legacy 8-bit encoding.
    high = sum(1 for b in data if b >= 0x80)
    utf8_text = data.decode("utf-8", errors="replace")
    bad = utf8_text.count("\ufffd")
    # Each replacement char stands for (at least) one bad high byte; the rest of the high
    # bytes belong to well-formed multi-byte sequences.
    if high - bad > 2 * bad:
        warnings.append(
            f"{bad} invalid UTF-8 byte sequence(s) replaced (first at byte {exc.start})"
        )
        return utf8_text, "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _title_from(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:120]
    return fallback


def load_bytes(data: bytes, source: str = "<stdin>") -> LoadedText:
    """Check and decode raw input; raise :class:`ImportFailure` with a clear reason."""
    if len(data) > MAX_BYTES:
        raise ImportFailure(
            f"{source}: text is {len(data) // (1024 * 1024)} MB; the limit is "
            f"{MAX_BYTES // (1024 * 1024)} MB"
        )
    what = _describe_binary(data)
    if what:
        raise ImportFailure(f"{source}: this is {what}, not a text")
    text, encoding, warnings = decode_bytes(data)
    if not text.strip():
        raise ImportFailure(f"{source}: the text is empty")
    title = _title_from(text, Path(source).stem)
    return LoadedText(text=text, title=title, source=source, encoding=encoding, warnings=warnings)


def load_path(path: str | Path) -> LoadedText:
    """Read a text file; every OS-level problem becomes an :class:`ImportFailure`."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ImportFailure(f"{p}: is a directory, not a text file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailure(
                f"{p}: text is {size // (1024 * 1024)} MB; the limit is "
                f"{MAX_BYTES // (1024 * 1024)} MB"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise ImportFailure(f"{p}: no such file") from None
    except PermissionError:
        raise ImportFailure(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise ImportFailure(f"{p}: is a directory, not a text file") from None
    except OSError as exc:
        raise ImportFailure(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return load_bytes(data, source=str(p))
