"""Command line: ``dutch-reader [read] FILE``, ``vocab``, ``analyse``, ``gloss``.

Exit status: 0 success, 1 bad input (one line on stderr, no traceback), 2 wrong usage.
The Textual app is imported only by ``read``, so the other commands start fast.

Everything printed passes :class:`_Harmless`: a control character from a text, a
dictionary, the store or a file name is shown as a symbol, never sent to the terminal;
JSON output escapes the ones JSON leaves raw (DEL, C1).  Arguments must be UTF-8 text
(file names may be any bytes).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from vocab.importers import ImportFailure, LoadedText, load_bytes

from .keys import KEYS_HELP

PROG = "dutch-reader"
# The sample texts: ``seeds/`` in a checkout, ``reader/_seeds`` in an installed wheel.
_HERE = Path(__file__).resolve().parent
SEEDS = next((p for p in (_HERE.parent / "seeds", _HERE / "_seeds") if p.is_dir()), _HERE.parent / "seeds")
SAMPLE = SEEDS / "wie-zijn-isis-k.txt"


class UsageError(Exception):
    """Wrong usage detected after parsing (exit status 2)."""


def _load(path: str) -> LoadedText:
    """FILE: a path (.txt .md .html .epub), an http(s) URL, or - for standard input."""
    from vocab.importers import MAX_BYTES, load

    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)  # more is refused: no need to read it
        return load_bytes(data, source="<stdin>")
    return load(path)


def _analyse(path: str, db: str | None = None):
    """The text's analysis with the learner's corrections (from the store at --db or the
    default one; none is created) applied."""
    from vocab import paths
    from vocab.analysis import dutch_share
    from vocab.reading import analyse_for_learner

    loaded = _load(path)
    for warning in loaded.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    analysis, _ = analyse_for_learner(loaded.text, title=loaded.title, source=loaded.source,
                                      store_path=Path(db) if db else paths.db_path())
    share = dutch_share(analysis)
    if share < 0.5:
        print(f"{PROG}: warning: this does not look like Dutch (only {100 * share:.0f}% of "
              "the words are Dutch)", file=sys.stderr)
    return analysis


def _level(value: str) -> str:
    from vocab.difficulty import LEVELS

    v = value.upper()
    if v not in LEVELS:
        raise argparse.ArgumentTypeError(f"unknown level {value!r}; use one of {', '.join(LEVELS)}")
    return v


# ----------------------------------------------------------------------------- output
class _Harmless:
    """A text stream whose control characters (but tab, newline and, on stderr, the
    carriage return of a progress bar) are shown as symbols (``vocab.controls``)."""

    def __init__(self, stream, keep: str) -> None:
        from vocab.controls import table

        self._stream = stream
        self._table = table(keep)

    def write(self, text: str) -> int:
        self._stream.write(text.translate(self._table))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


#: What json.dumps(ensure_ascii=False) leaves raw but a terminal may act on: DEL and C1.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0))}


def _json(value, **kwargs) -> str:
    """JSON text with every control character escaped (the data stays the same)."""
    return json.dumps(value, ensure_ascii=False, **kwargs).translate(_JSON_ESCAPES)


def _dump_json(value, indent: int) -> None:
    sys.stdout.write(_json(value, indent=indent))
    sys.stdout.write("\n")


#: Arguments that are file names (any bytes allowed); every other argument must be text.
_PATH_ARGS = {"file", "db", "output", "text", "target"}


def _check_text_arguments(args) -> None:
    """Python decodes arguments that are not UTF-8 with surrogates: a word or a sentence
    like that is one line, not a traceback later."""
    for name, value in vars(args).items():
        if name in _PATH_ARGS or not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            option = name.upper() if name == "word" else "--" + name.replace("_", "-")
            raise ImportFailure(f"{option} is not valid UTF-8 text ('{shown}'); check your "
                                "terminal's encoding") from None


# ----------------------------------------------------------------------------- commands
def cmd_vocab(args) -> int:
    from vocab.difficulty import LEVELS, known_at_level, profile, vocabulary

    analysis = _analyse(args.file, getattr(args, "db", None))
    stats = vocabulary(analysis)
    known = known_at_level(stats, args.level) if args.level else None
    prof = profile(analysis, known=known, stats=stats)
    words = stats
    if args.level:
        words = [s for s in stats if LEVELS.index(s.level) > LEVELS.index(args.level)]
    if args.json:
        # one word per line: readable, diffable, and written by the fast C encoder
        out = sys.stdout
        out.write('{"profile": ')
        out.write(_json(prof.to_dict()))
        out.write(',\n "words": [')
        out.write(",".join("\n  " + _json(s.to_dict()) for s in words))
        out.write("\n ]}\n")
    elif args.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["lemma", "count", "forms", "zipf", "level", "difficulty", "syllables"])
        for s in words:
            d = s.to_dict()
            w.writerow(
                [d["lemma"], d["count"], " ".join(d["forms"]), d["zipf"], d["level"],
                 d["difficulty"], d["syllables"]]
            )
    else:
        _print_profile(analysis.title, prof)
        print()
        print(f"{'lemma':<24} {'level':<5} {'count':>5} {'zipf':>5}  forms")
        for s in words[: args.limit] if args.limit else words:
            forms = ", ".join(f for f in s.forms if f != s.lemma)
            print(f"{s.lemma:<24} {s.level:<5} {s.count:>5} {s.zipf:>5.2f}  {forms}")
    return 0


def _print_profile(title: str, prof) -> None:
    print(title)
    print(
        f"{prof.words} words, {prof.sentences} sentences, {prof.unique_lemmas} lemmas; "
        f"estimated level {prof.level}; Flesch-Douma {prof.flesch_douma:.0f}"
    )
    bands = "  ".join(f"≤{b} {100 * v:.0f}%" for b, v in prof.coverage_by_band.items())
    print(f"coverage: {bands}")
    if prof.known_share is not None:
        print(
            f"known: {100 * prof.known_share:.1f}% of running words; "
            f"{prof.new_for_95} new lemmas for 95%, {prof.new_for_98} for 98%"
        )


def cmd_analyse(args) -> int:
    analysis = _analyse(args.file, getattr(args, "db", None))
    if args.json:
        _dump_json(analysis.to_dict(), indent=1)
        return 0
    for sentence in analysis.sentences:
        print(analysis.sentence_text(sentence))
        for t in sentence.tokens:
            if t.kind == "punct":
                continue
            extra = []
            if t.pair is not None:
                extra.append(f"pair={sentence.tokens[t.pair].text}")
            if t.parts:
                extra.append("parts=" + "+".join(p or "?" for p in t.parts))
            if t.expression:
                extra.append(f"expression={t.expression!r}")
            print(f"  {t.text:<22} {t.pos or '':<6} {t.kind:<6} {t.lemma or '':<22} {' '.join(extra)}")
    return 0


READ_HELP = (
    "Open a Dutch text in the reader. Without FILE: the library (on a first run, the sample\n"
    "article).\n\n" + KEYS_HELP
)


def cmd_read(args) -> int:
    if args.file is not None and args.file != "-":
        _load(args.file)  # bad input: one line and exit 1, before the screen opens
    elif args.file == "-":
        raise UsageError("the reader needs a file; use 'vocab -' or 'analyse -' for standard input")
    return _run_app(path=args.file, db=args.db, level=args.level, library=args.file is None)


def _run_app(**options) -> int:
    """Open the Textual app; a store that cannot be opened is one line, exit 1."""
    from vocab.store import StoreError

    from .app import ReaderApp

    try:
        app = ReaderApp(**options)
    except StoreError as exc:
        raise ImportFailure(str(exc)) from None
    app.run()
    for failure in app.failures:  # shown in the app; said again where it stays visible
        print(f"{PROG}: error: {' '.join(failure.split())}", file=sys.stderr)
    return 1 if app.failures else 0


# ----------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A terminal reading assistant for learners of Dutch.",
        epilog="FILE may be a .txt, .md, .html or .epub file, an http(s):// address, or '-' for "
        "standard input. Without a command, 'read' is assumed.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "read",
        help="read a text in the terminal reader (default command)",
        description=READ_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--level", type=_level, metavar="LEVEL",
                   help="your level A1..C1 (asked once, then remembered)")
    p.add_argument("--db", metavar="PATH", help="the learner's store (default: in the data dir)")
    p.set_defaults(func=cmd_read)

    p = sub.add_parser(
        "vocab",
        help="the text's lemmas, hardest first, names excluded",
        description="List the lemmas of a text, hardest first (names excluded), with a "
        "profile of the text. With --level, lemmas at or below that CEFR level count as "
        "known and only the others are listed.",
    )
    p.add_argument("file", metavar="FILE")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON: {profile, words}")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.add_argument("--level", type=_level, metavar="LEVEL", help="learner level A1..C2")
    p.add_argument("--limit", type=int, default=0, help="show at most N words (text output)")
    p.add_argument("--db", metavar="PATH", help="the learner's store (its corrections apply)")
    p.set_defaults(func=cmd_vocab)

    p = sub.add_parser(
        "analyse",
        aliases=["analyze"],
        help="sentences and tokens with lemmas, kinds, compound parts and particle pairs",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="JSON with character offsets")
    p.add_argument("--db", metavar="PATH", help="the learner's store (its corrections apply)")
    p.set_defaults(func=cmd_analyse)

    p = sub.add_parser(
        "gloss",
        help="the meaning of a word: your notes, our lexicon, dictionaries, compound parts",
        description="Gloss a word. With --context, the word as it stands in that sentence "
        "(uit in 'Ze voerde het plan uit' is uitvoeren). Exit status 1 when nothing is found.",
    )
    p.add_argument("word", metavar="WORD")
    p.add_argument("--context", metavar="SENTENCE", help="the sentence the word stands in")
    p.add_argument("--lang", metavar="CODE", help="your language for dictionaries (en, de, fr, ...; remembered)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--db", metavar="PATH", help="the learner's store (default: in the data dir)")
    p.set_defaults(func=cmd_gloss)

    p = sub.add_parser(
        "cloze",
        help="cloze exercises from a text's own sentences",
        description="Exercises for the lemmas you do not know yet at or just above your level "
        "(hardest useful words first, one per lemma), made from the text's sentences. "
        "Gaps are character offsets within the sentence.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="JSON: {exercises: [...]}")
    p.add_argument("-n", type=int, default=None, metavar="N", help="at most N exercises")
    p.add_argument("--level", type=_level, metavar="LEVEL", help="your level (default: remembered, or B1)")
    p.add_argument("--kind", choices=["typed", "choice", "particle", "article"],
                   help="only this kind of exercise")
    p.add_argument("--db", metavar="PATH", help="the learner's store (statuses decide what is new)")
    p.set_defaults(func=cmd_cloze)

    p = sub.add_parser(
        "practice",
        help="practise cloze cards (FSRS); with FILE, add cards from that text first",
    )
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--level", type=_level, metavar="LEVEL", help="your level (remembered)")
    p.add_argument("--db", metavar="PATH", help="the learner's store")
    p.set_defaults(func=cmd_practice)

    p = sub.add_parser(
        "export",
        help="flashcards for Anki (.apkg) or spreadsheets (CSV/TSV)",
        description="Export words with their meaning, grammar and an example sentence: from one "
        "text (--text FILE, as X in the reader) or from every text in your library and every "
        "word you marked (--all). A word is exported when its status is one of --status: your "
        "own, else known below your --level and new from it up; words without a meaning are "
        "skipped. Anki packages hold a word note and a cloze note per word; CSV/TSV begin "
        "with Anki's header lines; exporting again updates the notes in Anki.",
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", metavar="FILE", help="the words of this text")
    src.add_argument("--all", action="store_true",
                     help="the words of every text in your library and every word you marked")
    p.add_argument("--status", default="new,learning", metavar="LIST",
                   help="which words: new, learning, known, ignored (default: new,learning)")
    p.add_argument("--format", choices=["apkg", "csv", "tsv"], default=None,
                   help="default: from OUT's extension")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    p.add_argument("--subdeck", action="store_true", help="Anki: a sub-deck named after the text")
    p.add_argument("--no-audio", action="store_true", help="Anki: no pronunciation files")
    p.add_argument("--level", type=_level, metavar="LEVEL",
                   help="your level: unmarked words below it count as known (default: remembered)")
    p.add_argument("--db", metavar="PATH", help="the learner's store")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("backup", help="a consistent copy of your store (statuses, notes, cards)")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: backups/ in the data dir)")
    p.add_argument("--db", metavar="PATH", help="the learner's store")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="put a backup of your store back (the current store is kept as a copy first)",
        description="Put a backup back as your store: FILE, or without it the newest backup "
        "that is not damaged. The store as it is now is kept first (a copy beside the "
        "backups), so nothing is lost. Backups are made automatically on the first use of "
        "each day (the last 7 are kept), before every schema upgrade, and by 'backup'.",
    )
    p.add_argument("file", metavar="FILE", nargs="?", help="the backup to restore")
    p.add_argument("--list", action="store_true", help="list the backups, newest first, and stop")
    p.add_argument("--db", metavar="PATH", help="the learner's store")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("dict", help="list, add or remove dictd dictionaries (FreeDict)")
    p.add_argument("action", choices=["list", "add", "remove"])
    p.add_argument("target", nargs="?", metavar="PATH|NAME")
    p.set_defaults(func=cmd_dict)

    p = sub.add_parser(
        "words",
        help="your words: list them, import them from Lute, Anki, LingQ or a list, export them",
        description="Every lemma you gave a status, a note or a card. 'words import' reads "
        "Lute's term export, an Anki deck (.apkg) or notes export (.txt), LingQ's vocabulary "
        "export or a plain list (one word a line); the store is backed up first and nothing "
        "you already have is overwritten without --overwrite.",
    )
    wsub = p.add_subparsers(dest="words_command", metavar="ACTION", required=True)
    w = wsub.add_parser("list", help="list your words")
    w.add_argument("--status", metavar="S",
                   help="only these statuses: new, learning, learning1-4, known, ignored (comma-separated)")
    w.add_argument("--kind", choices=["word", "expression"],
                   help="only words (lemmas) or only fixed expressions (citation forms)")
    fmt = w.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true",
                     help='JSON: {"words": [{lemma, kind, status, level, meaning, user_gloss, note, texts}]}')
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    w.add_argument("--db", metavar="PATH", help="the learner's store")
    w.set_defaults(func=cmd_words_list)
    w = wsub.add_parser(
        "import", help="import words from Lute, Anki, LingQ or a plain list",
        description="Import words. Formats: lute (Lute's term export CSV), anki (.apkg, or "
        "Anki's 'Notes in Plain Text' .txt), lingq (LingQ's vocabulary CSV), list (one word "
        "a line), dutch-reader (our own 'words export'). Reviewed Anki cards count by "
        "interval: learning1 in learning, learning2 from 1 day, learning3 from 4, learning4 "
        "from 10, known from 21 days.",
    )
    w.add_argument("file", metavar="FILE")
    w.add_argument("--format", choices=["lute", "anki", "lingq", "list", "dutch-reader"],
                   help="default: from the file")
    w.add_argument("--field", metavar="N|NAME", help="Anki: the field holding the Dutch word")
    w.add_argument("--status", metavar="S",
                   help="the status of words the file gives none (list, LingQ, Anki text; "
                   "default learning1)")
    w.add_argument("--overwrite", action="store_true",
                   help="replace the status, gloss and note of words you already have")
    w.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    w.add_argument("--db", metavar="PATH", help="the learner's store")
    w.set_defaults(func=cmd_words_import)
    w = wsub.add_parser("export", help="export your words (CSV, or JSON for a .json name)")
    w.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    w.add_argument("--status", metavar="S", help="only these statuses (as for list)")
    w.add_argument("--db", metavar="PATH", help="the learner's store")
    w.set_defaults(func=cmd_words_export)
    return parser


def _open_store(args, create: bool = True):
    """The learner's store.  With create=False a missing store is not made: commands that
    only read (export, cloze) must not write anything but their output."""
    from vocab import paths
    from vocab.store import Store, StoreError

    path = Path(args.db) if getattr(args, "db", None) else paths.db_path()
    if not create and not path.exists():
        return Store(":memory:")
    try:
        store = Store(path)
    except StoreError as exc:
        raise ImportFailure(str(exc)) from None
    for warning in store.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return store


def _language(args) -> str:
    from vocab import config
    from vocab.dictd import LANGUAGE_CODES

    if getattr(args, "lang", None):
        lang = args.lang.lower()
        if lang not in LANGUAGE_CODES and lang not in LANGUAGE_CODES.values():
            raise UsageError(
                f"unknown language {args.lang!r}; use a code such as "
                + ", ".join(sorted(LANGUAGE_CODES))
            )
        if lang != config.get("lang") and config.set_value("lang", lang):
            print(f"{PROG}: glossing language set to {lang} (remembered)", file=sys.stderr)
        return lang
    return config.get("lang") or "en"


def cmd_gloss(args) -> int:
    from vocab.glossary import Glossary

    word = args.word.strip()
    if not word:
        raise UsageError("WORD is empty")
    lang = _language(args)
    store = _open_store(args, create=False)  # glossing only reads (your notes, statuses)
    try:
        g = Glossary(store=store, lang=lang).gloss_word(word, context=args.context)
    finally:
        store.close()
    if args.json:
        _dump_json(g.to_dict(), indent=2)
        return 0 if g.found else 1
    _print_gloss(g)
    if not g.found:
        hint = f"; did you mean: {', '.join(g.suggestions)}?" if g.suggestions else ""
        print(f"{PROG}: no meaning found for {word!r}{hint}", file=sys.stderr)
        return 1
    return 0


def _print_expression(e: dict) -> None:
    """The fixed expression a word belongs to, shown before the word's own gloss."""
    label = "; ".join(x for x in (f"expression, {e['kind']}", e.get("register"), e.get("region")) if x)
    print(f"{e['text']}  ({label})")
    for i, sense in enumerate(e["senses"], 1):
        print(f"  {i}. {sense}")
    if e.get("example"):
        print(f"  e.g. {e['example']['nl']} — {e['example']['en']}")
    if e.get("note"):
        print(f"  note: {e['note']}")
    print()


def _print_gloss(g) -> None:
    if g.expression:
        _print_expression(g.expression)
    head = g.headword()  # vóórkomen: the stress where it tells two verbs apart
    if g.pos == "noun" and g.article:
        head = f"{g.article} {head}"
    bits = [b for b in (g.pos, *g.tags(), f"/{g.ipa}/" if g.ipa else None, g.syllables) if b]
    print(f"{head}  ({'; '.join(bits)})" + (f"  ← {g.word}" if g.word.lower() != g.lemma.lower() else ""))
    if g.pos == "noun":
        extra = ["plural " + " or ".join(g.plurals or [g.plural]) if g.plural else "no plural"]
        if g.diminutive:
            extra.append(f"diminutive {g.diminutive}")
        print("  " + "; ".join(extra))
    if g.pos == "verb" and g.forms:
        f = g.forms
        print(
            f"  {f['past_singular']} / {f['past_plural']} / {f['auxiliary']} "
            f"{f['past_participle']}" + ("  (zich)" if g.reflexive else "")
        )
    if g.pos == "adjective" and (g.comparative or g.superlative):
        print(f"  {g.comparative or '-'} / {g.superlative or '-'}")
    for k in range(len(g.senses)):
        phrase, text = g.sense(k)  # wachten op: to wait for
        print(f"  {k + 1}. " + (f"{phrase} — {text}" if phrase else text))
        example = g.examples[k] if k < len(g.examples) else None
        if example:
            print(f"       {example['nl']}  ({example['en']})")
    if g.source:
        print(f"  [{g.source}]")
    if g.parts:
        print("  = " + g.parts_text())
    if g.note:
        print(f"  note: {g.note}")
    if g.user_note:
        print(f"  your note: {g.user_note}")
    for other in g.also[:3]:
        what = " ".join(x for x in (other.get("stress") or other.get("lemma"), other.get("pos")) if x)
        label = f"{other['source']}{': ' + what if what else ''}"
        print(f"  also [{label}]: {'; '.join(other['senses'][:4])}")
    print(f"  frequency: Zipf {g.zipf:.1f}, level {g.level}")


def cmd_cloze(args) -> int:
    from vocab import config
    from vocab.cloze import KINDS, make_exercises
    from vocab.glossary import Glossary

    analysis = _analyse(args.file, getattr(args, "db", None))
    level = args.level or config.get("level") or "B1"
    store = _open_store(args, create=False)
    try:
        glossary = Glossary(store=store, lang=config.get("lang") or "en")
        exercises = make_exercises(
            analysis, level=level, statuses=store.statuses(),
            kinds=(args.kind,) if args.kind else KINDS, n=args.n, glossary=glossary,
        )
    finally:
        store.close()
    if args.json:
        _dump_json({"exercises": [e.to_dict() for e in exercises]}, indent=1)
        return 0
    if not exercises:
        print(f"No exercises: no unknown lemmas at level {level} or just above in full sentences.")
        return 0
    for i, e in enumerate(exercises, 1):
        print(f"{i:>3}. [{e.kind}] {e.masked()}")
        if e.options:
            print("      options: " + " / ".join(e.options))
        print(f"      hint: {e.hint}    answer: {' … '.join(e.answer)}")
    return 0


def cmd_practice(args) -> int:
    if args.file is not None:
        _load(args.file)  # bad input: one line, exit 1
    return _run_app(path=args.file, db=args.db, level=args.level, practice=True)


def cmd_export(args) -> int:
    from vocab import config
    from vocab.export import ExportError, export_selection, parse_statuses, write_apkg, write_csv
    from vocab.glossary import Glossary

    out = Path(args.output)
    fmt = args.format or {".apkg": "apkg", ".csv": "csv", ".tsv": "tsv"}.get(out.suffix.lower())
    if fmt is None:
        raise UsageError(f"cannot tell the format from {out.name!r}; add --format apkg|csv|tsv")
    try:
        wanted = parse_statuses(args.status)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    analysis = _analyse(args.text, getattr(args, "db", None)) if args.text else None
    level = args.level or config.get("level")
    store = _open_store(args, create=False)
    try:
        glossary = Glossary(store=store, lang=config.get("lang") or "en")
        selection = export_selection(store, glossary, level, wanted, analysis)
    finally:
        store.close()
    cards = selection.cards
    skipped = selection.skipped_text()
    if not cards:
        print(f"{PROG}: nothing to export: no words with status {args.status}"
              + (f" ({skipped})" if skipped else ""), file=sys.stderr)
        return 1
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            width = 30
            filled = width * done // total
            print(f"\rexporting [{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
                  end="" if done < total else "\n", file=sys.stderr, flush=True)

    try:
        if fmt == "apkg":
            subdeck = (analysis.title if analysis is not None else None) if args.subdeck else None
            counts = write_apkg(cards, out, subdeck=subdeck, audio=not args.no_audio, progress=progress)
            print(f"wrote {out}: {counts['words']} word notes, {counts['cloze']} cloze notes, "
                  f"{counts['audio']} audio files" + (f"; {skipped}" if skipped else ""))
        else:
            n = write_csv(cards, out, delimiter="," if fmt == "csv" else "\t")
            print(f"wrote {out}: {n} words" + (f"; {skipped}" if skipped else ""))
    except ExportError as exc:
        raise ImportFailure(str(exc)) from None
    return 0


def cmd_backup(args) -> int:
    from vocab import paths

    path = Path(args.db) if args.db else paths.db_path()
    if not path.exists():
        raise ImportFailure(f"{path}: there is no store yet, so nothing to back up")
    from vocab.store import StoreError

    out = Path(args.output) if args.output else None
    if out is not None and not out.parent.is_dir():
        raise ImportFailure(f"{out}: the folder {out.parent} does not exist")
    store = _open_store(args)
    try:
        dest = store.backup(out)  # checked first: a damaged store is not copied
    except StoreError as exc:
        raise ImportFailure(str(exc)) from None
    finally:
        store.close()
    print(f"backed up to {dest}")
    return 0


def cmd_restore(args) -> int:
    import time

    from vocab import paths
    from vocab.store import Store, StoreError, backups_of, restore
    from vocab.store import _health as health

    path = Path(args.db) if args.db else paths.db_path()
    if args.list:
        found = backups_of(path)
        if not found:
            print(f"No backups of {path} yet (one is made on the first use of each day).")
            return 0
        for b in found:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(b.stat().st_mtime))
            state = health(b) or "ok"
            print(f"{when}  {b.stat().st_size / 1024:>8.0f} KB  {state:<10}  {b}")
        return 0
    try:
        source, kept = restore(path, args.file)
        Store(path).close()  # an older backup is migrated now (after a copy of it is kept)
    except StoreError as exc:
        raise ImportFailure(str(exc)) from None
    print(f"restored {path} from {source}")
    if kept is not None:
        print(f"the store as it was is kept as {kept}")
    return 0


def cmd_dict(args) -> int:
    from vocab import dictd

    if args.action == "list":
        found = dictd.find_dictionaries()
        if not found:
            print("No dictionaries installed; dutch-reader uses its own English lexicon.")
            print("To add one: sudo apt-get install dict-freedict-nld-eng (or nld-deu, nld-fra, ...),")
            print("or download a FreeDict dictd archive and run: dutch-reader dict add NAME.index")
            return 0
        for d in found:
            langs = "→".join(d.languages) if d.languages else "?"
            try:
                n = len(d)
            except dictd.DictdError as exc:
                print(f"{d.name:<28} {langs:<8} unreadable: {exc}")
                continue
            print(f"{d.name:<28} {langs:<8} {n:>7} headwords  {d.index_path.parent}")
        return 0
    if args.action == "add":
        if not args.target:
            raise UsageError("dict add needs a PATH (NAME.index with NAME.dict[.dz] beside it)")
        try:
            d = dictd.add_dictionary(args.target)
        except dictd.DictdError as exc:
            raise ImportFailure(str(exc)) from None
        print(f"added {d.name} ({len(d)} headwords)")
        return 0
    if not args.target:
        raise UsageError("dict remove needs a NAME (see 'dutch-reader dict list')")
    try:
        dictd.remove_dictionary(args.target)
    except dictd.DictdError as exc:
        raise ImportFailure(str(exc)) from None
    print(f"removed {args.target}")
    return 0


# ----------------------------------------------------------------------------- words
def _my_words(args, create: bool = False):
    """(store, rows as dicts) of `words list` / `words export`."""
    from vocab import config
    from vocab.mywords import (
        as_dicts,
        filter_words,
        load_words,
        meaning_lookup,
        parse_status_filter,
    )

    try:
        wanted = parse_status_filter(args.status)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    store = _open_store(args, create=create)
    try:
        words = filter_words(load_words(store), statuses=wanted, kind=getattr(args, "kind", None))
        return as_dicts(store, words, meaning_lookup(config.get("lang") or "en"))
    finally:
        store.close()


def cmd_words_list(args) -> int:
    rows = _my_words(args)
    if args.json:
        out = sys.stdout
        out.write('{"words": [')
        out.write(",".join("\n  " + _json(r) for r in rows))
        out.write("\n]}\n")
    elif args.csv:
        from vocab.wordlists import EXPORT_COLUMNS

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(EXPORT_COLUMNS)
        for r in rows:
            w.writerow([r["lemma"], r["status"], r["level"], r["meaning"] or "",
                        r["user_gloss"] or "", r["note"] or "", "; ".join(r["texts"])])
    else:
        if not rows:
            print("No words yet: mark words while reading, or import them with "
                  "'dutch-reader words import FILE'.")
            return 0
        for r in rows:
            mine = f"  [{r['user_gloss']}]" if r["user_gloss"] else ""
            level = r["level"] if r["kind"] == "word" else "exp"  # an expression has no band
            print(f"{r['lemma']:<24} {r['status']:<9} {level:<3} {(r['meaning'] or '')[:40]}{mine}")
        print(f"{len(rows)} words", file=sys.stderr)
    return 0


def cmd_words_import(args) -> int:
    from vocab import config
    from vocab.expressions import default as expressions
    from vocab.wordlists import WordlistError, import_file

    if args.status is not None:
        from vocab.store import STATUSES

        if args.status not in STATUSES:
            raise UsageError(f"unknown status {args.status!r}; use one of {', '.join(STATUSES)}")
    store = _open_store(args, create=not args.dry_run)
    try:
        summary = import_file(store, args.file, args.format, status=args.status,
                              field_spec=args.field, overwrite=args.overwrite,
                              dry_run=args.dry_run, lang=config.get("lang") or "en",
                              expressions=expressions().lookup)
    except WordlistError as exc:
        raise ImportFailure(str(exc)) from None
    finally:
        store.close()
    print("\n".join(summary.lines()))
    return 0


def cmd_words_export(args) -> int:
    from vocab.wordlists import WordlistError, export_words

    rows = _my_words(args)
    if not rows:
        print(f"{PROG}: nothing to export: no words" + (f" with status {args.status}" if args.status else ""),
              file=sys.stderr)
        return 1
    try:
        n = export_words(rows, args.output)
    except WordlistError as exc:
        raise ImportFailure(str(exc)) from None
    print(f"wrote {args.output}: {n} words")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = {"read", "vocab", "analyse", "analyze", "gloss", "dict", "cloze", "practice",
                "export", "backup", "restore", "words"}
    if not argv:
        argv = ["read"]
    elif argv[0] not in commands and argv[0] not in ("-h", "--help"):
        argv = ["read", *argv]
    args = parser.parse_args(argv)
    from vocab import config
    from vocab.store import StoreError

    streams = sys.stdout, sys.stderr
    if args.func not in (cmd_read, cmd_practice):  # (the reader draws with escape codes)
        sys.stdout, sys.stderr = _Harmless(sys.stdout, "\t\n"), _Harmless(sys.stderr, "\t\n\r")
    for stream in streams:  # a file name that is not UTF-8 is printed, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    config.on_warning = lambda message: print(f"{PROG}: warning: {message}", file=sys.stderr)
    try:
        _check_text_arguments(args)
        return args.func(args)
    except (ImportFailure, StoreError) as exc:
        print(f"{PROG}: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except UsageError as exc:
        print(f"{PROG}: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `dutch-reader vocab book.txt | head`: the reader went away; not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        config.on_warning = None
        sys.stdout, sys.stderr = streams


if __name__ == "__main__":
    raise SystemExit(main())
