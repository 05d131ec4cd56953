"""Word lists in and out: import the words a learner marked in Lute, Anki or LingQ (or a
plain list), export "My words".

Formats read
------------
``lute``
    Lute's term export (Terms → Export CSV): a header ``term, parent, translation,
    language, tags, added, status, link_status, pronunciation``.  Statuses 1–4 are
    learning1–4, 5 (learned) and 99 (well known) are known, 98 is ignored; status 0
    (unknown) is imported as new only when it carries a translation.  Rows of other
    languages are skipped and counted.  The translation becomes the learner's own gloss;
    ``added`` dates the status in the progress log.
``anki``
    An Anki package (``.apkg``/``.colpkg``, the collection read with sqlite3 from the zip,
    zstd-compressed ``collection.anki21b`` too) or Anki's "Notes in Plain Text" export
    (``#separator:…`` header lines).  One field holds the Dutch word (``field``: a number
    from 1 or a field name; by default the first field named like Dutch/Word/Front, else the
    first); a field named like Back/Meaning/English (or the other field of a two-field
    note) becomes the gloss.  A package carries the schedule: a note's status comes from the
    longest interval among its cards — in learning (no interval yet) learning1, 1–3 days
    learning2, 4–9 days learning3, 10–20 days learning4, 21 days or more (Anki's "mature")
    known; notes never studied are skipped.  A plain-text export has no schedule: every
    word gets ``status``.
``lingq``
    LingQ's vocabulary export (CSV: ``term, phrase, tag1…tag4, meaninglanguage1,
    meaning1, …``); the meanings become the gloss (those in the learner's language when
    marked).  A ``status`` column, when present, is read (1–4 → learning1–4, 5/K/known →
    known); otherwise every LingQ gets ``status`` (default learning1: a LingQ is a word
    being learned).
``list``
    One word a line (``#`` comments and blank lines ignored; ``word<TAB>gloss`` allowed);
    every word gets ``status``.
``dutch-reader``
    Our own export (``lemma, status, …``), so an export can be imported again.

Terms become lemmas: a Lute ``parent`` is the lemma; otherwise the engine's lemmatiser
(``Morphology.lemmatize``).  A leading article or *zich* is dropped (*de kat* → *kat*,
*zich vergissen* → *vergissen*).  Other multi-word terms need an expression lexicon
(``expressions``, a lookup the caller may pass: the CLI passes
:meth:`vocab.expressions.Expressions.lookup`, which maps *maak je geen zorgen* to *zich
zorgen maken over*); they are stored under the expression's citation form, as the reader
marks an expression, and without a lookup, or when it knows none, skipped with the reason
"multi-word term".  Several terms of one lemma are merged: the lemma's own term
decides, else the most advanced status; glosses are kept from the lemma's own term first.

Nothing already stored is overwritten unless ``overwrite``: a lemma the learner already
has keeps its status, gloss and note, and only gains what it lacked (a gloss, a note, a
status where it had only a note).  The store is backed up before anything is written,
and the whole import is one transaction.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sqlite3
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .fileio import FileProblem, check_regular, read_limited, size_text
from .store import STATUSES, Store

__all__ = [
    "FORMATS",
    "WordlistError",
    "Term",
    "Summary",
    "detect_format",
    "read_terms",
    "resolve",
    "import_file",
    "anki_status",
    "export_words",
]

FORMATS = ("lute", "anki", "lingq", "list", "dutch-reader")
#: Anki intervals (days) from which a note counts as learning2, 3, 4 and known.
ANKI_THRESHOLDS = ((21, "known"), (10, "learning4"), (4, "learning3"), (1, "learning2"))
DUTCH_NAMES = {"dutch", "nederlands", "nl", "nld", "dut", "flemish", "vlaams", "dutch (flemish)"}
_RANK = {s: i for i, s in enumerate(("ignored", "new", "learning1", "learning2", "learning3",
                                     "learning4", "known"))}
_LEADING = {"de", "het", "een", "'t", "zich"}
_WORD_FIELD_NAMES = ("dutch", "nederlands", "nl", "word", "woord", "front", "voorkant",
                     "expression", "term", "vocab", "vocabulary", "target")
_GLOSS_FIELD_NAMES = ("back", "achterkant", "meaning", "english", "translation", "definition",
                      "gloss", "betekenis", "engels", "answer")


class WordlistError(Exception):
    """The file cannot be imported; ``str(exc)`` is one line for the learner."""


@dataclass(slots=True)
class Term:
    """One entry of an imported file, before it becomes a lemma."""

    term: str
    status: str | None = None  # None: the import's default status
    gloss: str | None = None
    note: str | None = None
    parent: str | None = None
    added: float | None = None


@dataclass
class Summary:
    """What an import did (or would do, on a dry run)."""

    format: str
    rows: int = 0
    imported: list[str] = field(default_factory=list)  # lemmas new to the store
    merged: list[str] = field(default_factory=list)  # lemmas already stored that gained something
    folded: int = 0  # terms that went into a lemma another term of the file had
    kept_status: int = 0  # stored lemmas whose status was kept (no --overwrite)
    skipped: Counter = field(default_factory=Counter)  # reason → terms
    examples: dict[str, list[str]] = field(default_factory=dict)  # reason → a few terms
    statuses: Counter = field(default_factory=Counter)  # status of imported and merged lemmas
    notes: list[str] = field(default_factory=list)  # e.g. which Anki field was read
    backup: str | None = None
    dry_run: bool = False

    def skip(self, reason: str, term: str, n: int = 1) -> None:
        self.skipped[reason] += n
        ex = self.examples.setdefault(reason, [])
        if len(ex) < 3 and term and term not in ex:
            ex.append(term)

    def lines(self) -> list[str]:
        verb = "would import" if self.dry_run else "imported"
        out = [f"{self.rows} {'entry' if self.rows == 1 else 'entries'} read ({self.format})"]
        out.extend(self.notes)
        out.append(f"{verb}: {len(self.imported)} new lemmas")
        out.append(f"{'would merge' if self.dry_run else 'merged'}: {len(self.merged)} lemmas "
                   "already in your store (gloss, note or status added)")
        if self.folded:
            out.append(f"folded: {self.folded} inflected forms or duplicates into their lemma")
        if self.kept_status:
            out.append(f"kept: your own status of {self.kept_status} lemmas "
                       "(--overwrite replaces it)")
        if self.statuses:
            out.append("statuses: " + ", ".join(
                f"{s} {self.statuses[s]}" for s in STATUSES if self.statuses[s]))
        total = sum(self.skipped.values())
        if total:
            out.append(f"skipped: {total}")
            for reason, n in self.skipped.most_common():
                ex = ", ".join(self.examples.get(reason, []))
                out.append(f"  {n:>6}  {reason}" + (f" (e.g. {ex})" if ex else ""))
        if self.backup:
            out.append(f"backup of your store before the import: {self.backup}")
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out

    def to_dict(self) -> dict:
        return {
            "format": self.format,
            "rows": self.rows,
            "imported": len(self.imported),
            "merged": len(self.merged),
            "folded": self.folded,
            "kept_status": self.kept_status,
            "skipped": dict(self.skipped),
            "statuses": dict(self.statuses),
            "backup": self.backup,
            "dry_run": self.dry_run,
        }


# ----------------------------------------------------------------------------- reading
#: Word lists from elsewhere are read up to these sizes (a Lute export of 20,000 terms is
#: about 2 MB; an Anki collection unpacked, a few hundred MB at the most).
MAX_LIST_BYTES = 64 * 1024 * 1024
MAX_COLLECTION_BYTES = 512 * 1024 * 1024


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace")  # an old spreadsheet's export


def _read_text(path: Path) -> str:
    try:
        return _decode(read_limited(path, MAX_LIST_BYTES, "a word list"))
    except FileProblem as exc:
        raise WordlistError(str(exc)) from None


def _header(text: str) -> list[str]:
    first = text.lstrip().split("\n", 1)[0]
    try:
        row = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return []
    return [c.strip().lower() for c in row]


def detect_format(path: Path) -> str:
    """The format of *path* from its name and first line."""
    if path.suffix.lower() in (".apkg", ".colpkg"):
        return "anki"
    try:
        with path.open("rb") as fh:
            head = _decode(fh.read(4096))
    except OSError as exc:
        raise WordlistError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if head.startswith("#separator:") or head.startswith("#html:"):
        return "anki"
    cols = set(_header(head))
    if {"term", "language", "status"} <= cols or {"term", "parent", "translation"} <= cols:
        return "lute"
    if "term" in cols and ({"phrase", "hint", "meaning1"} & cols):
        return "lingq"
    if {"lemma", "status"} <= cols:
        return "dutch-reader"
    return "list"


def read_terms(path: Path | str, fmt: str | None = None, *, field_spec: str | None = None,
               status: str | None = None, lang: str = "en", summary: Summary | None = None
               ) -> tuple[str, list[Term]]:
    """The entries of a file as :class:`Term` (format detected when *fmt* is None).
    Entries that cannot be read are counted in *summary*."""
    path = Path(path)
    try:
        check_regular(path, "a word list")  # a FIFO or a device would hang or never end
    except FileProblem as exc:
        raise WordlistError(str(exc)) from None
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise WordlistError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    summary = summary if summary is not None else Summary(fmt)
    if fmt == "anki":
        if path.suffix.lower() in (".apkg", ".colpkg") or zipfile.is_zipfile(path):
            terms = _read_apkg(path, field_spec, summary)
        else:
            terms = _read_anki_notes(_read_text(path), field_spec, summary)
    elif fmt == "lute":
        terms = _read_lute(_read_text(path), summary)
    elif fmt == "lingq":
        terms = _read_lingq(_read_text(path), lang, summary)
    elif fmt == "dutch-reader":
        terms = _read_ours(_read_text(path), summary)
    else:
        terms = _read_list(_read_text(path))
    summary.rows = len(terms) + sum(summary.skipped.values())
    return fmt, terms


def _dict_rows(text: str, needed: set[str], what: str) -> Iterable[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        raise WordlistError(f"this is not {what}: the file is empty")
    reader.fieldnames = [(f or "").strip().lower() for f in reader.fieldnames]
    missing = needed - set(reader.fieldnames)
    if missing:
        raise WordlistError(
            f"this is not {what}: the header lacks {', '.join(sorted(missing))} "
            f"(it has {', '.join(reader.fieldnames[:8])})"
        )
    try:
        yield from reader
    except csv.Error as exc:
        raise WordlistError(f"this is not {what}: line {reader.line_num}: {exc}") from None


def _lute_status(value: str) -> str | None:
    v = value.strip()
    return {"1": "learning1", "2": "learning2", "3": "learning3", "4": "learning4",
            "5": "known", "99": "known", "98": "ignored", "0": "new"}.get(v, "?")


def _date(value: str | None) -> float | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            ts = datetime.strptime(value.strip()[:19], fmt).timestamp()
        except ValueError:
            continue
        return ts if ts <= time.time() else None
    return None


def _read_lute(text: str, summary: Summary) -> list[Term]:
    out = []
    for row in _dict_rows(text, {"term", "status"}, "a Lute term export"):
        term = row.get("term") or ""
        language = (row.get("language") or "").strip()
        if language and language.lower() not in DUTCH_NAMES and not language.lower().startswith("dutch"):
            summary.skip(f"other language ({language})", term)
            continue
        status = _lute_status(row.get("status") or "")
        if status == "?":
            summary.skip(f"unknown Lute status {row.get('status')!r}", term)
            continue
        gloss = _one_line(row.get("translation"))
        if status == "new" and not gloss:
            summary.skip("status 0 (unknown) and no translation", term)
            continue
        parent = (row.get("parent") or "").split(",")[0].strip() or None
        out.append(Term(term, status, gloss, None, parent, _date(row.get("added"))))
    return out


def _lingq_status(value: str) -> str | None:
    v = value.strip().lower()
    if not v:
        return None
    if v in ("1", "2", "3", "4"):
        return f"learning{v}"
    if v in ("5", "k", "known", "✓", "✔"):
        return "known"
    if v in ("ignored", "ignore", "-1"):
        return "ignored"
    return "?"


def _read_lingq(text: str, lang: str, summary: Summary) -> list[Term]:
    out = []
    for row in _dict_rows(text, {"term"}, "a LingQ export"):
        term = row.get("term") or ""
        status = _lingq_status(row.get("status") or "")
        if status == "?":
            summary.skip(f"unknown LingQ status {row.get('status')!r}", term)
            continue
        meanings: list[tuple[str, str]] = []
        for k in range(1, 20):
            m = _one_line(row.get(f"meaning{k}"))
            if m:
                meanings.append(((row.get(f"meaninglanguage{k}") or "").strip().lower(), m))
        if row.get("hint"):
            meanings.append(("", _one_line(row.get("hint")) or ""))
        mine = [m for code, m in meanings if code == lang] or [m for _c, m in meanings]
        gloss = "; ".join(dict.fromkeys(m for m in mine if m)) or None
        out.append(Term(term, status, gloss))
    return out


def _read_ours(text: str, summary: Summary) -> list[Term]:
    out = []
    for row in _dict_rows(text, {"lemma", "status"}, "a dutch-reader export"):
        status = (row.get("status") or "").strip()
        if status not in STATUSES:
            summary.skip(f"unknown status {status!r}", row.get("lemma") or "")
            continue
        lemma = row.get("lemma") or ""
        out.append(Term(lemma, status, _one_line(row.get("user_gloss")),
                        (row.get("note") or "").strip() or None, parent=lemma))
    return out


def _read_list(text: str) -> list[Term]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, gloss = line.partition("\t")
        out.append(Term(word, None, gloss.strip() or None))
    return out


# ----------------------------------------------------------------------------- Anki
def anki_status(interval_days: int) -> str:
    """The status of a reviewed Anki note from its longest card interval (days)."""
    for days, status in ANKI_THRESHOLDS:
        if interval_days >= days:
            return status
    return "learning1"


_TAG = re.compile(r"<[^>]+>")
_SOUND = re.compile(r"\[sound:[^\]]*\]")


#: The example our own export puts under a word's meaning (vocab.export): not the meaning.
_OUR_EXAMPLE = re.compile(r'(?is)<div class="example"[^>]*>.*?</div>')


def _field_text(value: str) -> str:
    """An Anki field as plain text: HTML and sound tags removed, entities decoded, the
    example block of our own export dropped."""
    value = _OUR_EXAMPLE.sub(" ", _SOUND.sub(" ", value))
    value = re.sub(r"(?i)<br\s*/?>|</div>|</p>", "\n", value)
    value = html.unescape(_TAG.sub("", value)).replace("\xa0", " ")
    return value.strip()


def _headword(value: str) -> str:
    """The word of a field such as "lopen, liep, gelopen" or "de kat (katten)"."""
    text = _field_text(value)
    return re.split(r"[,;/|(\[\n]", text, maxsplit=1)[0].strip()


def _pick_field(names: list[str], spec: str | None, preferred: tuple[str, ...]) -> int | None:
    if spec:
        if spec.isdigit():
            i = int(spec) - 1
            return i if 0 <= i < len(names) else None
        lowered = [n.lower() for n in names]
        return lowered.index(spec.lower()) if spec.lower() in lowered else None
    for want in preferred:
        for i, n in enumerate(names):
            if n.lower() == want:
                return i
    return 0 if preferred is _WORD_FIELD_NAMES else None


def _gloss_field(names: list[str], word: int) -> int | None:
    i = _pick_field(names, None, _GLOSS_FIELD_NAMES)
    if i is None and len(names) == 2:
        i = 1 - word
    return i if i != word else None


def _read_apkg(path: Path, field_spec: str | None, summary: Summary) -> list[Term]:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            member = next((m for m in ("collection.anki21b", "collection.anki21", "collection.anki2")
                           if m in names), None)
            if member is None:
                raise WordlistError(f"{path}: not an Anki package (no collection inside)")
            size = z.getinfo(member).file_size  # declared; zipfile never unpacks more
            if size > MAX_COLLECTION_BYTES:
                raise WordlistError(f"{path}: the collection would unpack to {size_text(size)}; "
                                    f"the limit is {size_text(MAX_COLLECTION_BYTES)}")
            data = z.read(member)
    except (zipfile.BadZipFile, OSError) as exc:
        raise WordlistError(f"{path}: not an Anki package ({exc})") from None
    if member.endswith("21b"):
        try:
            import zstandard
        except ImportError:  # pragma: no cover - a dependency
            raise WordlistError(
                f"{path}: this package uses Anki's newest format; install 'zstandard' or export "
                "again with 'Support older Anki versions'") from None
        try:
            data = zstandard.ZstdDecompressor().decompress(data, max_output_size=MAX_COLLECTION_BYTES)
        except zstandard.ZstdError as exc:
            raise WordlistError(f"{path}: a damaged Anki package ({exc})") from None
    with tempfile.TemporaryDirectory(prefix="dutch-reader-anki-") as tmp:
        db = Path(tmp) / "collection.sqlite"
        db.write_bytes(data)
        try:
            conn = sqlite3.connect(db)
            try:
                return _read_collection(conn, field_spec, summary, path)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise WordlistError(f"{path}: cannot read the Anki collection ({exc})") from None


def _notetypes(conn: sqlite3.Connection) -> dict[int, tuple[str, list[str]]]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    out: dict[int, tuple[str, list[str]]] = {}
    if "notetypes" in tables and "fields" in tables:  # schema 18 (Anki 2.1.28+)
        names = dict(conn.execute("SELECT id, name FROM notetypes"))
        fields: dict[int, list[str]] = {}
        for ntid, _ord, name in conn.execute("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord"):
            fields.setdefault(ntid, []).append(name)
        for ntid, name in names.items():
            out[ntid] = (name, fields.get(ntid, []))
    else:
        (models,) = conn.execute("SELECT models FROM col").fetchone()
        for mid, m in json.loads(models or "{}").items():
            flds = sorted(m.get("flds", []), key=lambda f: f.get("ord", 0))
            out[int(mid)] = (m.get("name", "?"), [f.get("name", "") for f in flds])
    return out


def _read_collection(conn, field_spec: str | None, summary: Summary, path: Path) -> list[Term]:
    types = _notetypes(conn)
    intervals: dict[int, int] = {}
    studied: set[int] = set()
    for nid, ctype, ivl in conn.execute("SELECT nid, type, ivl FROM cards"):
        if ctype == 0:
            continue  # a new card: never studied
        studied.add(nid)
        days = ivl if ctype in (2, 3) and ivl > 0 else 0  # learning: no interval yet
        intervals[nid] = max(intervals.get(nid, 0), days)
    out = []
    used: Counter = Counter()
    no_field = 0
    notes = 0
    for nid, mid, flds in conn.execute("SELECT id, mid, flds FROM notes"):
        notes += 1
        type_name, names = types.get(mid, ("?", []))
        values = flds.split("\x1f")
        if not names:
            names = [f"Field {i + 1}" for i in range(len(values))]
        wi = _pick_field(names, field_spec, _WORD_FIELD_NAMES)
        if wi is None or wi >= len(values):
            summary.skip(f"note type {type_name!r} has no field {field_spec!r}", "")
            no_field += 1
            continue
        used[f"{type_name}: {names[wi]}"] += 1
        word = _headword(values[wi])
        if nid not in studied:
            summary.skip("never studied in Anki (new card)", word)
            continue
        gi = _gloss_field(names, wi)
        gloss = _one_line(_field_text(values[gi])) if gi is not None and gi < len(values) else None
        out.append(Term(word, anki_status(intervals.get(nid, 0)), gloss, added=None))
    if notes and no_field == notes:
        fields = [f for _n, names in types.values() for f in names]
        raise WordlistError(f"{path.name}: no note has a field {field_spec!r}; its fields: "
                            + ", ".join(dict.fromkeys(fields)))
    if used:
        summary.notes.append("Dutch word from " + "; ".join(
            f"{k} ({n} notes)" for k, n in used.most_common(4)) + " (choose with --field)")
    return out


def _read_anki_notes(text: str, field_spec: str | None, summary: Summary) -> list[Term]:
    """Anki's "Notes in Plain Text" export: ``#key:value`` header lines, then one note a
    line; the guid, note type, deck and tags columns named in the header are not fields."""
    options: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    body_start = 0
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            body_start = i
            break
        key, _, value = line[1:].strip().partition(":")
        options[key.strip().lower()] = value.strip()
    else:
        body_start = len(lines)
    sep = options.get("separator", "tab").lower()
    delimiter = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|",
                 "colon": ":"}.get(sep, sep[:1] or "\t")
    meta = set()
    for key in ("guid column", "notetype column", "deck column", "tags column"):
        if options.get(key, "").isdigit():
            meta.add(int(options[key]) - 1)
    is_html = options.get("html", "false").lower() == "true"
    reader = csv.reader(io.StringIO("".join(lines[body_start:])), delimiter=delimiter)
    out = []
    # a #columns line names the fields (Anki reads it; our own export writes it)
    names = [n for i, n in enumerate(next(csv.reader([options["columns"]], delimiter=delimiter)))
             if i not in meta] if options.get("columns") else None
    if names:
        index = _pick_field(names, field_spec, _WORD_FIELD_NAMES)
        if index is None:
            raise WordlistError(f"no field {field_spec!r}; the fields: {', '.join(names)}")
        gi = _gloss_field(names, index)
    else:
        if field_spec and not field_spec.isdigit():
            raise WordlistError("a plain-text Anki export has no field names; use --field with a number")
        index = int(field_spec) - 1 if field_spec else 0
        gi = 1 if index == 0 else 0
    # our own notes: the meaning's first line is the meaning, the lines under it our example
    ours = "dutch-reader" in options.get("notetype", "")
    try:
        for row in reader:
            fields = [v for i, v in enumerate(row) if i not in meta]
            if not any(f.strip() for f in fields):
                continue
            if index >= len(fields):
                summary.skip(f"no field {index + 1}", fields[0] if fields else "")
                continue
            word = _headword(fields[index]) if is_html else re.split(
                r"[,;/|(\[\n]", fields[index], maxsplit=1)[0].strip()
            gloss = None
            if gi is not None and gi < len(fields):
                value = _field_text(fields[gi]) if is_html else fields[gi]
                gloss = _one_line(value.strip().split("\n", 1)[0] if ours else value)
            out.append(Term(word, None, gloss))
    except csv.Error as exc:
        raise WordlistError(f"not an Anki notes export: line {reader.line_num}: {exc}") from None
    summary.notes.append(f"Dutch word from field {names[index] if names else index + 1} (choose with --field)")
    return out


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    text = "; ".join(p.strip() for p in value.replace("\r", "\n").split("\n") if p.strip())
    return text[:300] or None


# ----------------------------------------------------------------------------- lemmas
@dataclass(slots=True)
class Resolved:
    """A lemma the file speaks of, merged from its terms."""

    lemma: str
    status: str
    gloss: str | None = None
    note: str | None = None
    added: float | None = None
    own: bool = False  # one of the terms was the lemma itself


def _normalise(term: str) -> str:
    term = unicodedata.normalize("NFC", term).replace("\u200b", "")
    return " ".join(term.split()).strip(" .!?\"“”")


def _lower(word: str) -> str:
    return word if word.isupper() and len(word) > 1 else word.lower()


def resolve(
    terms: list[Term],
    default_status: str,
    summary: Summary,
    lemmatize: Callable[[str], str] | None = None,
    expressions: Callable[[str], str | None] | None = None,
) -> dict[str, Resolved]:
    """The lemmas *terms* stand for, merged (see the module's docstring)."""
    if lemmatize is None:
        from .morphology import default

        lemmatize = default().lemmatize
    out: dict[str, Resolved] = {}
    for t in terms:
        term = _normalise(t.term)
        if not term:
            summary.skip("empty term", "")
            continue
        source = _normalise(t.parent) if t.parent else term
        words = source.split(" ")
        if len(words) == 2 and words[0].lower() in _LEADING:
            words = words[1:]
        if len(words) > 1:
            lemma = expressions(" ".join(words)) if expressions else None
            if lemma is None:
                summary.skip("multi-word term", term)
                continue
        else:
            word = words[0]
            if not any(c.isalpha() for c in word):
                summary.skip("not a word", term)
                continue
            lemma = _lower(word) if t.parent else lemmatize(word)
        status = t.status or default_status
        own = _lower(term) == lemma
        r = out.get(lemma)
        if r is None:
            out[lemma] = Resolved(lemma, status, t.gloss, t.note, t.added, own)
            continue
        summary.folded += 1
        if own and not r.own:
            r.status, r.own = status, True
            r.gloss = t.gloss or r.gloss
            r.note = t.note or r.note
        elif not r.own and _RANK.get(status, 0) > _RANK.get(r.status, 0):
            r.status = status
        r.gloss = r.gloss or t.gloss
        r.note = r.note or t.note
        if t.added is not None:
            r.added = min(r.added, t.added) if r.added is not None else t.added
    return out


# ----------------------------------------------------------------------------- import
def import_file(
    store: Store,
    path: Path | str,
    fmt: str | None = None,
    *,
    status: str | None = None,
    field_spec: str | None = None,
    overwrite: bool = False,
    dry_run: bool = False,
    lang: str = "en",
    lemmatize: Callable[[str], str] | None = None,
    expressions: Callable[[str], str | None] | None = None,
) -> Summary:
    """Import a word list into the store (one transaction, after a backup)."""
    if status is not None and status not in STATUSES:
        raise WordlistError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    summary = Summary(fmt or "?", dry_run=dry_run)
    fmt, terms = read_terms(path, fmt, field_spec=field_spec, status=status, lang=lang,
                            summary=summary)
    summary.format = fmt
    default = status or "learning1"
    if any(t.status is None for t in terms):
        summary.notes.append(f"status for every word: {default} (choose with --status)")
    lemmas = resolve(terms, default, summary, lemmatize, expressions)
    _apply(store, lemmas, summary, overwrite, dry_run)
    return summary


def _apply(store: Store, lemmas: dict[str, Resolved], summary: Summary, overwrite: bool,
           dry_run: bool) -> None:
    conn = store.conn
    stored = {r[0]: r for r in conn.execute("SELECT lemma, status, gloss, note FROM words")}
    marked = {r[0] for r in conn.execute("SELECT DISTINCT lemma FROM status_log")}
    now = time.time()
    inserts, updates, log = [], [], []
    for lemma, r in lemmas.items():
        old = stored.get(lemma)
        if old is None:
            summary.imported.append(lemma)
            summary.statuses[r.status] += 1
            created = r.added or now
            inserts.append((lemma, r.status, r.gloss, r.note, created, now))
            log.append((lemma, r.status, created))
            continue
        _, old_status, old_gloss, old_note = old
        new_status, new_gloss, new_note = old_status, old_gloss, old_note
        if r.status != old_status:
            if overwrite or (old_status == "new" and lemma not in marked):
                new_status = r.status
            else:
                summary.kept_status += 1
        if r.gloss and (overwrite or not old_gloss):
            new_gloss = r.gloss
        if r.note and (overwrite or not old_note):
            new_note = r.note
        if (new_status, new_gloss, new_note) == (old_status, old_gloss, old_note):
            summary.skip("already in your store, nothing new", lemma)
            continue
        summary.merged.append(lemma)
        summary.statuses[new_status] += 1
        updates.append((new_status, new_gloss, new_note, now, lemma))
        if new_status != old_status:
            log.append((lemma, new_status, now))
    if dry_run or not (inserts or updates):
        return
    summary.backup = str(store.backup(reason="import"))
    with store.transaction() as c:
        c.executemany(
            "INSERT INTO words (lemma, status, gloss, note, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
            inserts,
        )
        c.executemany(
            "UPDATE words SET status = ?, gloss = ?, note = ?, updated = ? WHERE lemma = ?",
            updates,
        )
        c.executemany("INSERT INTO status_log (lemma, status, at) VALUES (?, ?, ?)", log)


# ----------------------------------------------------------------------------- export
EXPORT_COLUMNS = ["lemma", "status", "level", "meaning", "user_gloss", "note", "texts"]


def export_words(rows: list[dict], out: Path | str) -> int:
    """Write "My words" rows (as ``words list --json`` gives them) to *out*: ``.json`` as
    JSON, anything else as CSV with a header row (``dutch-reader`` format: it can be
    imported again).  Written through a temporary file beside *out*."""
    from .export import ExportError, _atomic

    out = Path(out)

    def write(tmp: Path) -> None:
        if out.suffix.lower() == ".json":
            tmp.write_text(json.dumps({"words": rows}, ensure_ascii=False, indent=1) + "\n",
                           encoding="utf-8")
            return
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(EXPORT_COLUMNS)
            for r in rows:
                w.writerow([r["lemma"], r["status"], r["level"], r["meaning"] or "",
                            r["user_gloss"] or "", r["note"] or "", "; ".join(r["texts"])])

    try:
        _atomic(out, write)
    except ExportError as exc:
        raise WordlistError(str(exc)) from None
    return len(rows)
