"""Loading texts: files, standard input and web pages to one clean Unicode string.

- ``.txt`` in any common encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252,
  Latin-1), NFC-normalised, paragraphs kept;
- ``.md`` with the markup stripped (markdown-it);
- ``.html`` and ``http(s)://`` pages: the main text extracted with trafilatura (navigation,
  scripts and boilerplate dropped; nothing is ever run); pages are fetched with one deadline
  for the whole download and a 10 MB cap, and only http and https are followed
  (``vocab.fetch``);
- ``.epub``: the chapters in reading order (ebooklib), after the archive's declared sizes
  are checked (a zip bomb is refused before anything is unpacked).

Only regular files are read, and at most the limit + 1 byte of them: a FIFO, a device or a
directory is refused before reading (``vocab.fileio``).

Every failure is an :class:`ImportFailure` whose message is one sentence a learner can act
on; the CLI prints it on one line and exits 1.
"""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .controls import count as count_controls
from .controls import neutralise
from .fetch import FetchError, fetch
from .fileio import FileProblem, check_regular, read_limited, size_text

__all__ = [
    "ImportFailure",
    "LoadedText",
    "decode_bytes",
    "load_path",
    "load_bytes",
    "load_url",
    "load",
    "MAX_BYTES",
    "MAX_DOWNLOAD",
]

#: Larger texts are refused with this limit named (a long novel is 1–2 MB of text; 20 MB
#: is a shelf of them, and would take minutes and gigabytes to analyse).
MAX_BYTES = 20 * 1024 * 1024
#: Web pages larger than this are not downloaded further.
MAX_DOWNLOAD = 10 * 1024 * 1024
#: Seconds for a whole download (connecting, headers and body together).
URL_TIMEOUT = 20
#: EPUB archives: the largest part (a chapter, an image) and all parts together, unpacked,
#: and the highest compression ratio of a part over 1 MB (text compresses about 4:1, a zip
#: bomb 1000:1).  Checked on the archive's declared sizes before anything is unpacked;
#: zipfile never unpacks more than a part declares.
MAX_EPUB_MEMBER = 32 * 1024 * 1024
MAX_EPUB_TOTAL = 256 * 1024 * 1024
MAX_EPUB_RATIO = 100
MAX_EPUB_FILE = 256 * 1024 * 1024

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
    #: (offset in text, title) where a book's chapters begin (EPUB); empty otherwise
    chapters: list[tuple[int, str]] = field(default_factory=list)


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
        raise ImportFailure(f"{source}: text is larger than the limit of {size_text(MAX_BYTES)}")
    what = _describe_binary(data)
    if what:
        raise ImportFailure(f"{source}: this is {what}, not a text")
    text, encoding, warnings = decode_bytes(data)
    if not text.strip():
        raise ImportFailure(f"{source}: the text is empty")
    title = _title_from(text, Path(source).stem)
    return _harmless(LoadedText(text=text, title=title, source=source, encoding=encoding,
                                warnings=warnings))


def _harmless(loaded: LoadedText) -> LoadedText:
    """Control characters (terminal escape sequences) in the text shown as symbols, one
    character for one (``vocab.controls``): no output can pass them to a terminal."""
    n = count_controls(loaded.text)
    if n:
        loaded.text = neutralise(loaded.text)
        loaded.warnings.append(f"{n} control character(s) in the text (terminal codes) are "
                               "shown as symbols such as ␛")
    loaded.title = neutralise(loaded.title)
    return loaded


def load(source: str) -> LoadedText:
    """A file path or an http(s) URL (``www.…`` is a web address unless such a file
    exists)."""
    if "://" in source[:12]:
        return load_url(source)
    if source.startswith("www.") and not Path(source).exists():
        return load_url("https://" + source)
    return load_path(source)


def load_path(path: str | Path) -> LoadedText:
    """Read a text file (.txt, .md, .html, .epub); every OS-level problem becomes an
    :class:`ImportFailure`, and only regular files are read."""
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix == ".epub":
            check_regular(p, "a book")
            return _load_epub(p)
        data = read_limited(p, MAX_BYTES)
    except FileProblem as exc:
        raise ImportFailure(_text_limit(str(exc))) from None
    if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(data):
        return _from_html(data, str(p))
    loaded = load_bytes(data, source=str(p))
    if suffix in (".md", ".markdown"):
        loaded.text = neutralise(markdown_to_text(loaded.text))  # (&#27; is ESC again)
        loaded.title = _title_from(loaded.text, p.stem)
        if not loaded.text.strip():
            raise ImportFailure(f"{p}: the text is empty")
    return loaded


def _text_limit(message: str) -> str:
    """fileio's size refusals, worded for a text: "text is 50 MB; the limit is 20 MB"."""
    head, sep, tail = message.partition(": ")
    if sep and tail[:1].isdigit() and "; the limit is" in tail:
        return f"{head}: text is {tail}"
    return message


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<?xml") and b"<html" in data[:2048].lower()
    )


# ----------------------------------------------------------------------------- markdown
def markdown_to_text(text: str) -> str:
    """The readable text of Markdown: headings, paragraphs and list items, one paragraph
    each; emphasis, links and images reduced to their text; code blocks dropped."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[str] = []
    for tok in tokens:
        if tok.type != "inline":
            continue
        parts = []
        for child in tok.children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif child.type == "image":
                parts.append(child.content)
        line = "".join(parts).strip()
        if line:
            blocks.append(line)
    return "\n\n".join(blocks) + "\n"


# ----------------------------------------------------------------------------- HTML / URLs
def _from_html(data: bytes, source: str) -> LoadedText:
    import trafilatura

    html_text, encoding, warnings = decode_bytes(data)
    text = trafilatura.extract(
        html_text, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=True,
    )
    if not text or not text.strip():
        raise ImportFailure(f"{source}: no readable text found in this page")
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
    meta = trafilatura.extract_metadata(html_text)
    title = (meta.title if meta is not None and meta.title else None) or _title_from(text, source)
    if not text.startswith(title):
        text = f"{title}\n\n{text}"
    return _harmless(LoadedText(text=unicodedata.normalize("NFC", text), title=title[:120],
                                source=source, encoding=encoding, warnings=warnings))


def load_url(url: str, timeout: float = URL_TIMEOUT) -> LoadedText:
    """Fetch a web page (http/https only, one deadline of *timeout* seconds for the whole
    download, a size cap) and extract its main text.  Nothing on the page is run."""
    try:
        page = fetch(url, timeout=timeout, max_bytes=MAX_DOWNLOAD,
                     accept=("text/html", "application/xhtml+xml", "text/plain"))
    except FetchError as exc:
        raise ImportFailure(f"{url}: {exc}") from None
    if page.content_type == "text/plain":
        return load_bytes(page.data, source=url)
    return _from_html(page.data, url)


# ----------------------------------------------------------------------------- EPUB
def _check_archive(p: Path) -> None:
    """Refuse a zip bomb before unpacking: every part's declared size, their sum and their
    compression ratio (zipfile then never unpacks more than a part declares)."""
    try:
        if p.stat().st_size > MAX_EPUB_FILE:
            raise ImportFailure(f"{p}: the book file is larger than {size_text(MAX_EPUB_FILE)}")
        with zipfile.ZipFile(p) as archive:
            parts = archive.infolist()
    except ImportFailure:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ImportFailure(f"{p}: not a readable EPUB book ({type(exc).__name__})") from None
    total = 0
    for part in parts:
        if part.file_size > MAX_EPUB_MEMBER:
            raise ImportFailure(
                f"{p}: {part.filename} would unpack to {size_text(part.file_size)}; the limit "
                f"for one part of a book is {size_text(MAX_EPUB_MEMBER)}")
        if part.file_size > (1 << 20) and part.file_size > MAX_EPUB_RATIO * max(1, part.compress_size):
            raise ImportFailure(
                f"{p}: {part.filename} is packed {part.file_size // max(1, part.compress_size)}:1, "
                "as a zip bomb is; refused")
        total += part.file_size
    if total > MAX_EPUB_TOTAL:
        raise ImportFailure(f"{p}: the book would unpack to {size_text(total)}; the limit is "
                            f"{size_text(MAX_EPUB_TOTAL)}")


def _load_epub(p: Path) -> LoadedText:
    """The chapters of an EPUB in reading order, their headings and paragraphs."""
    _check_archive(p)
    try:
        import ebooklib
        from ebooklib import epub
        from lxml import html as lxml_html

        book = epub.read_epub(str(p), options={"ignore_ncx": True})
    except Exception as exc:  # noqa: BLE001 - any broken book is one clear message
        raise ImportFailure(f"{p}: not a readable EPUB book ({type(exc).__name__})") from None
    blocks: list[str] = []
    title = ""
    meta = book.get_metadata("DC", "title")
    if meta:
        title = str(meta[0][0]).strip()
    starts: list[tuple[int, str]] = []  # (first block, heading) of each spine document
    for item_id, _linear in book.spine:
        item = book.get_item_with_id(item_id)
        if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT:
            continue
        try:
            tree = lxml_html.fromstring(item.get_content())
        except Exception:  # noqa: BLE001 - an empty or broken chapter is skipped
            continue
        first, heading = len(blocks), ""
        for el in tree.iter("h1", "h2", "h3", "h4", "p", "li", "blockquote"):
            line = " ".join(el.text_content().split())
            if line:
                blocks.append(line)
                if not heading and el.tag in ("h1", "h2", "h3"):
                    heading = line
        if len(blocks) > first:
            starts.append((first, heading or blocks[first][:60]))
    blocks = [unicodedata.normalize("NFC", b) for b in blocks]
    text = "\n\n".join(blocks)
    if not text.strip():
        raise ImportFailure(f"{p}: the book has no readable text")
    if len(text) > MAX_BYTES:
        raise ImportFailure(f"{p}: the book's text is {size_text(len(text))}; the limit is "
                            f"{size_text(MAX_BYTES)}")
    title = title or _title_from(text, p.stem)
    offsets, at = [], 0
    for b in blocks:
        offsets.append(at)
        at += len(b) + 2
    shift = 0
    if not text.startswith(title):
        text = f"{title}\n\n{text}"
        shift = len(title) + 2
    chapters = [(offsets[i] + shift, unicodedata.normalize("NFC", h)) for i, h in starts]
    return _harmless(LoadedText(text=text + "\n", title=title[:120], source=str(p), encoding="epub",
                      chapters=chapters if len(chapters) >= 2 else []))
