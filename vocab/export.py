"""Flashcards: Anki packages (genanki) and CSV/TSV.

**Which words** (one rule for ``export --text``, ``export --all`` and the reader's ``X``,
all through :func:`select_words`):

* the words: every vocabulary lemma of the texts exported (one text, or every text kept in
  the library for ``--all``) — names, numbers and fragments (*leiderschaps-*) never — and,
  for ``--all``, every lemma the learner gave a status or a practice card;
* the status of a word is the one the reader shows: the learner's own (new, learning 1–4,
  known, ignored), else *known* when its CEFR band is below the learner's level and *new*
  otherwise (:func:`vocab.reading.effective_status`); a word is exported when that status
  is one asked for (default: new and learning);
* a word with no meaning in any dictionary (nor parts that give one) is left out and
  counted (:attr:`Selection.skipped`).

So for a library of one text, ``--all`` exports exactly what ``X`` exports in that text,
plus the marked words that stand in no kept text.

**Fixed expressions** the learner marked (``m``, ``words import``; kept under their
citation form, :func:`vocab.expressions.is_citation`) are exported like words when their
status is asked for (one never marked is not: its words are): the meaning is the
expression's senses (:mod:`vocab.expressions`), the example a full sentence of the texts
where it was found (tokens carry ``expression``), all its words in bold, else the
expression's own example on the back; tagged ``dutch-reader::expression`` (no CEFR band).
Its cloze blanks *all* its words on one card (``{{c1::maakt::to worry about}} zich al weken
{{c1::zorgen over}}``, adjacent words in one gap): Anki hides and reveals deletions of one
number together, so the learner recalls the whole expression (blanking one word would test
that word, which its own card does, and give the rest away); a free slot (*zich*) stays.

Each word's example is the best full sentence it stands in (:mod:`vocab.sentences`: never
the title or a heading, never a line without a finite verb or final punctuation); without
one the note has no sentence and no cloze, and its back shows the lexicon's example of the
sense the meaning starts with (in the Meaning field, styled inline: the note type stays the
same, so Anki goes on updating the notes of earlier exports).

Two Anki note types with fixed model ids, so that every export adds to the same types:

* **Dutch word** — Word, Lemma, Article, Plural, VerbForms, Meaning, Syllables, Sentence (the
  word in bold), Source, Audio; one card: Dutch → meaning, with the sentence.
* **Dutch cloze** — Anki's cloze kind: the sentence with ``{{c1::…::hint}}`` on the target
  (both halves of a split particle verb on one card: ``{{c1::voerde::carry out}} …
  {{c1::uit}}``), the hint being a meaning that does not give the answer away; the answer
  is highlighted on the back (the ``.cloze`` style, as in Anki's own cloze type) and the
  full meaning is the back extra.

GUIDs come from the lemma: exporting again (after the learner edits a gloss, or from
another text) updates the word's notes in Anki instead of adding duplicates; a CSV carries
the same GUIDs in its GUID column.  Notes are tagged ``dutch-reader``,
``dutch-reader::B1`` (the word's CEFR band) and ``dutch-reader::text::SLUG`` for each text
it comes from.  When espeak-ng is installed, a word note carries the word's pronunciation
as audio.
"""

from __future__ import annotations

import csv
import html
import json
import re
import sqlite3
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import expressions
from .analysis import Analysis
from .cloze import Exercise, safe_hint
from .difficulty import is_fragment, practisable, word_stats
from .expressions import Expression, is_citation
from .fileio import FileProblem, atomic_write, problem
from .glossary import Glossary
from .reading import LEARNING, ReadingState, effective_status
from .sentences import best_example, example_key, is_full_sentence
from .speech import speak
from .text import WORD, Sentence, Token

__all__ = [
    "WordCard",
    "Selection",
    "ExportError",
    "WORD_FIELDS",
    "CSV_COLUMNS",
    "select_words",
    "export_selection",
    "library_texts",
    "csv_header",
    "write_csv",
    "write_apkg",
    "parse_statuses",
    "note_tags",
    "word_guid",
    "cloze_guid",
    "slug",
    "WORD_MODEL_ID",
    "CLOZE_MODEL_ID",
    "DECK_ID",
]

WORD_MODEL_ID = 1_607_392_319  # fixed forever: Anki identifies note types by id
CLOZE_MODEL_ID = 1_607_392_320
DECK_ID = 2_059_400_110
DECK_NAME = "Dutch reader"
WORD_MODEL_NAME = "Dutch word (dutch-reader)"
WORD_FIELDS = ["Word", "Lemma", "Article", "Plural", "VerbForms", "Meaning", "Syllables",
               "Sentence", "Source", "Audio"]
#: A CSV/TSV row: the word note's fields (named as in the note type, so Anki maps them by
#: name), then the note's tags and its GUID.
CSV_COLUMNS = [*WORD_FIELDS, "Tags", "GUID"]


class ExportError(Exception):
    """The export cannot be written; ``str(exc)`` is one line."""


@dataclass(slots=True)
class WordCard:
    word: str
    lemma: str
    article: str = ""
    plural: str = ""
    verb_forms: str = ""
    meaning: str = ""
    syllables: str = ""
    sentence: str = ""  # plain text
    spans: list[tuple[int, int]] = field(default_factory=list)  # the word within the sentence
    source: str = ""
    level: str = ""
    status: str = "new"
    texts: list[str] = field(default_factory=list)  # titles of the texts the word comes from
    audio: str = ""  # media file name, when made
    cloze: list[Exercise] = field(default_factory=list)
    # a card without a sentence from the text: the lexicon's example of the meaning's sense,
    # {"nl", "en"}, shown on the back under the meaning
    example: dict | None = None
    kind: str = "word"  # or "expression": a fixed expression, under its citation form

    def meaning_text(self) -> str:
        """The meaning as plain text (CSV/TSV): the example, when there is one, on lines of
        its own under it."""
        if not self.example:
            return self.meaning
        return f"{self.meaning}\n{self.example['nl']}\n{self.example['en']}"

    def meaning_html(self) -> str:
        """The back's meaning (Anki): the example under it, the English dimmer."""
        out = html.escape(self.meaning)
        if self.example:
            # styled inline: the note type (its fields, templates, CSS) stays as it was, so
            # Anki keeps updating the notes of earlier exports
            out += (f'<div class="example" style="margin-top: 0.5em; font-size: 18px">'
                    f'<i>{html.escape(self.example["nl"])}</i><br>'
                    f'<span style="color: #888">{html.escape(self.example["en"])}</span></div>')
        return out

    def sentence_html(self) -> str:
        """The sentence with the word (both halves of a split particle verb) in bold."""
        if not self.sentence:
            return ""
        out, pos = [], 0
        for s, e in sorted(self.spans):
            out += [html.escape(self.sentence[pos:s]), "<b>", html.escape(self.sentence[s:e]), "</b>"]
            pos = e
        out.append(html.escape(self.sentence[pos:]))
        return "".join(out)

    def row(self) -> list[str]:
        """The CSV/TSV row: the Anki word note's fields (plain text), tags and GUID."""
        return [self.word, self.lemma, self.article, self.plural, self.verb_forms, self.meaning_text(),
                self.syllables, self.sentence, self.source, self.audio,
                " ".join(note_tags(self)), word_guid(self.lemma)]


@dataclass(slots=True)
class Selection:
    """What an export holds: the cards, and the lemmas left out for want of a meaning."""

    cards: list[WordCard]
    skipped: list[str] = field(default_factory=list)

    def skipped_text(self, show: int = 5) -> str:
        """"skipped 3 words without a meaning (a, b, c)", or "" when none were."""
        n = len(self.skipped)
        if not n:
            return ""
        names = ", ".join(self.skipped[:show]) + (", …" if n > show else "")
        return f"skipped {n} word{'s' if n != 1 else ''} without a meaning ({names})"


def slug(title: str) -> str:
    t = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:60] or "text"


def note_tags(card: WordCard) -> list[str]:
    """``dutch-reader``, ``dutch-reader::B1`` and ``dutch-reader::text::SLUG`` per text
    (Anki's hierarchical tags), and ``dutch-reader::expression`` on a fixed expression."""
    tags = ["dutch-reader"]
    if card.kind == "expression":
        tags.append("dutch-reader::expression")
    if card.level:
        tags.append(f"dutch-reader::{card.level}")
    for title in card.texts:
        tag = f"dutch-reader::text::{slug(title)}"
        if tag not in tags:
            tags.append(tag)
    return tags


def word_guid(lemma: str) -> str:
    import genanki

    return genanki.guid_for("dutch-reader-word", lemma)


def cloze_guid(lemma: str) -> str:
    import genanki

    return genanki.guid_for("dutch-reader-cloze", lemma)


def _status_group(status: str) -> str:
    return "learning" if status in LEARNING else status


# ----------------------------------------------------------------------------- which words
def _meaning(g) -> str:
    """The card's meaning: up to three senses, else the compound's parts when each has an
    English sense; the learner's note after it.  "" when there is no meaning."""
    meaning = "; ".join(g.senses[:3])
    if not meaning and g.parts and all(p.senses for p in g.parts):
        meaning = g.parts_text()
    if meaning and g.user_note:
        meaning = f"{meaning} — {g.user_note}"
    return meaning


def _hint_senses(g) -> list[str]:
    senses = list(g.senses)
    if not senses and g.parts and all(p.senses for p in g.parts):
        senses = [" + ".join(p.senses[0] for p in g.parts)]  # the parts' English only
    return senses


def _forms(g) -> str:
    if not g.forms:
        return ""
    f = g.forms
    return f"{f['past_singular']} – {f['past_plural']} – {f['auxiliary']} {f['past_participle']}"


def _halves(sentence: Sentence, tok: Token) -> list[Token]:
    if tok.pair is None:
        return [tok]
    return sorted([tok, sentence.tokens[tok.pair]], key=lambda t: t.index)


def _cloze(sentence_text: str, base: int, sentence: Sentence, tok: Token, lemma: str,
           level: str, hint: str) -> Exercise:
    halves = _halves(sentence, tok)
    split = len(halves) == 2 and halves[1].index - halves[0].index > 1
    return Exercise(
        kind="particle" if split else "typed", sentence=sentence_text,
        gaps=[(t.start - base, t.end - base) for t in halves], answer=[t.text for t in halves],
        lemma=lemma, hint=hint, level=level, sentence_start=base,
        first_letter=halves[0].text[:1], length=len(halves[0].text),
    )


@dataclass(slots=True)
class _Found:
    """A lemma met in the texts: its band and difficulty, the titles of the texts where it
    qualifies, and its best example so far."""

    level: str
    difficulty: float
    status: str
    texts: list[str] = field(default_factory=list)
    example: tuple | None = None  # ((key, text order), analysis, sentence, token)
    expression: Expression | None = None  # a fixed expression (the lemma its citation form)


def select_words(
    glossary: Glossary,
    statuses: dict[str, str],
    level: str | None,
    wanted: set[str],
    texts: Sequence[Analysis] = (),
    *,
    marked: Iterable[str] = (),
    sentences: dict[str, Exercise] | None = None,
) -> Selection:
    """The words to export (the rule is in the module docstring): the vocabulary of
    *texts* and the *marked* lemmas whose status (the learner's, else by *level*) is in
    *wanted* (new, learning, known, ignored), hardest first, each with its meaning, its
    best example sentence and a cloze on it.  *sentences*: a practice card's exercise per
    lemma, the example of a marked word that stands in no text (when a full sentence)."""
    found: dict[str, _Found] = {}
    for order, analysis in enumerate(texts):
        _collect_text(analysis, order, statuses, level, wanted, found)
    for lemma in dict.fromkeys(marked):
        if lemma in found:
            continue
        if is_citation(lemma):
            status = statuses.get(lemma, "new")
            if _status_group(status) in wanted:
                found[lemma] = _Found("", 0.0, status, expression=expressions.default().get(lemma))
            continue
        if not practisable(lemma) or is_fragment(lemma):
            continue
        stats = word_stats(lemma, parts=glossary.morphology.compound_parts(lemma) if lemma.isalpha() else None)
        status = effective_status(statuses.get(lemma), stats.level, level)
        if _status_group(status) in wanted:
            found[lemma] = _Found(stats.level, stats.difficulty, status)
    selection = Selection(cards=[])
    ranked = sorted(found.items(), key=lambda kv: (-kv[1].difficulty, kv[0]))
    for lemma, f in ranked:
        if is_citation(lemma):
            card = _expression_card(glossary, lemma, f)
        else:
            card = _card(glossary, lemma, f, (sentences or {}).get(lemma))
        if card is None:
            selection.skipped.append(lemma)
        else:
            selection.cards.append(card)
    return selection


def _collect_text(analysis: Analysis, order: int, statuses: dict[str, str], level: str | None,
                  wanted: set[str], found: dict[str, _Found]) -> None:
    state = ReadingState(analysis, statuses=statuses, level=level)
    title = analysis.title or Path(analysis.source).stem
    occurrences: dict[str, list[tuple[Sentence, Token]]] = {}
    phrases: dict[str, list[tuple[Sentence, Token]]] = {}  # expression → (sentence, first token)
    for s in analysis.sentences:
        for t in s.tokens:
            if t.expression and t.expression_tokens and t.index == t.expression_tokens[0]:
                phrases.setdefault(t.expression, []).append((s, t))
            if t.kind != WORD or not state.is_vocabulary(t.lemma) or is_fragment(t.text):
                continue
            if t.pair is not None and t.pair < t.index:
                continue  # the second half of a particle verb: met with the first
            occurrences.setdefault(t.lemma, []).append((s, t))

    def unknown(t: Token) -> bool:
        return state.is_vocabulary(t.lemma) and state.status(t.lemma) not in ("known", "ignored")

    _collect_expressions(analysis, order, title, phrases, statuses, wanted, found, state)

    for lemma, occ in occurrences.items():
        if not practisable(lemma) or is_fragment(lemma):
            continue
        status = state.status(lemma)
        if _status_group(status) not in wanted:
            continue
        st = state.stat(lemma)
        f = found.get(lemma)
        if f is None:
            f = found[lemma] = _Found(st.level, st.difficulty, status)
        if title not in f.texts:
            f.texts.append(title)
        best = best_example(analysis, occ, unknown)
        if best is not None:
            sentence, tok = best
            key = (example_key(analysis, sentence, tok, unknown), order)
            if f.example is None or key < f.example[0]:
                f.example = (key, analysis, sentence, tok)
                f.level = st.level


def _collect_expressions(analysis: Analysis, order: int, title: str,
                         phrases: dict[str, list[tuple[Sentence, Token]]], statuses: dict[str, str],
                         wanted: set[str], found: dict[str, _Found], state: ReadingState) -> None:
    """The fixed expressions of a text the learner marked (``m``, ``words import``) with a
    status asked for; an expression never marked is not exported (its words are).  Its
    example: a full sentence of the text it stands in (6–20 words first, the shortest
    then), its difficulty the hardest of its words there."""
    for text, occ in phrases.items():
        status = statuses.get(text)
        if status is None or _status_group(status) not in wanted:
            continue
        f = found.get(text)
        if f is None:
            f = found[text] = _Found("", 0.0, status, expression=expressions.default().get(text))
        if title not in f.texts:
            f.texts.append(title)
        for sentence, tok in occ:
            words = sum(1 for t in sentence.tokens if t.kind == WORD)
            full = is_full_sentence(analysis, sentence)
            key = (not full, not 6 <= words <= 20, words, order)
            if f.example is None or key < f.example[0]:
                f.example = (key, analysis, sentence, tok)
                members = [sentence.tokens[i] for i in tok.expression_tokens or (tok.index,)]
                f.difficulty = max((state.stat(t.lemma).difficulty for t in members
                                    if state.is_vocabulary(t.lemma)), default=0.0)


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans (offsets in the text) of the runs of adjacent tokens: *zich zorgen maken*
    in one piece, *maakt … zorgen* in two."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.index == runs[-1][-1].index + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [(r[0].start, r[-1].end) for r in runs]


def _expression_card(glossary: Glossary, text: str, f: _Found) -> WordCard | None:
    """A fixed expression's notes: its senses as the meaning (the learner's note after
    them), the sentence of the text it stands in with all its words in bold, or else the
    expression's own example on the back; its cloze blanks all its words at once."""
    e = f.expression
    if e is None or not e.senses:
        return None
    meaning = "; ".join(e.senses[:3])
    rec = glossary.store.word(text) if glossary.store is not None else None
    if rec is not None and rec.note:
        meaning = f"{meaning} — {rec.note}"
    card = WordCard(word=text, lemma=text, meaning=meaning, source=f.texts[0] if f.texts else "",
                    level="", status=f.status, texts=list(f.texts), kind="expression")
    if f.example is None:
        card.example = dict(e.example) if e.example else None
        return card
    _key, analysis, sentence, tok = f.example
    members = [sentence.tokens[i] for i in tok.expression_tokens or (tok.index,)]
    base = sentence.start
    runs = _runs(members)
    sentence_text = analysis.sentence_text(sentence)
    card.word = " … ".join(analysis.text[s:e] for s, e in runs)
    card.sentence = sentence_text
    card.spans = [(t.start - base, t.end - base) for t in members]
    card.source = analysis.title or Path(analysis.source).stem
    answers = [analysis.text[s:e] for s, e in runs]
    hint = safe_hint(list(e.senses), [t.text for t in members], text)
    if hint:
        card.cloze = [Exercise(
            kind="expression", sentence=sentence_text, gaps=[(s - base, e - base) for s, e in runs],
            answer=answers, lemma=text, hint=hint, sentence_start=base,
            first_letter=answers[0][:1], length=len(answers[0]),
        )]
    return card


def _card(glossary: Glossary, lemma: str, f: _Found, fallback: Exercise | None) -> WordCard | None:
    analysis = sentence = tok = None
    if f.example is not None:
        _key, analysis, sentence, tok = f.example
    elif fallback is not None:
        analysis, sentence, tok = _fallback_example(fallback, lemma, glossary)
    # in its sentence, the sense that sentence points to comes first (vocab.senses)
    g = glossary.gloss_token(analysis, tok) if tok is not None else glossary.gloss_lemma(lemma)
    meaning = _meaning(g)
    if not meaning:
        return None
    card = WordCard(
        word=lemma, lemma=lemma, article=g.article or "", plural=g.plural or "",
        verb_forms=_forms(g), meaning=meaning, syllables=g.syllables,
        source=f.texts[0] if f.texts else "", level=f.level, status=f.status, texts=list(f.texts),
    )
    if tok is None:
        # no sentence of the text: the example of the sense the meaning starts with
        card.example = next((dict(x) for x in g.examples[:1] if x), None)
        return card
    text = analysis.sentence_text(sentence)
    halves = _halves(sentence, tok)
    card.word = " … ".join(t.text for t in halves) if len(halves) == 2 and halves[1].index - halves[0].index > 1 \
        else " ".join(t.text for t in halves)
    card.sentence = text
    card.spans = [(t.start - sentence.start, t.end - sentence.start) for t in halves]
    if f.example is not None:
        card.source = analysis.title or Path(analysis.source).stem
    hint = safe_hint(_hint_senses(g), [t.text for t in halves], lemma)
    if hint:
        card.cloze = [_cloze(text, sentence.start, sentence, tok, lemma, f.level, hint)]
    return card


def _fallback_example(ex: Exercise, lemma: str, glossary: Glossary):
    """A practice card's sentence as the example of a word in no kept text, when it is a
    full sentence and the word still reads as *lemma* in it."""
    from .analysis import analyse

    if not ex.gaps:
        return None, None, None
    a = analyse(ex.sentence, morphology=glossary.morphology)
    start = ex.gaps[0][0]
    for s in a.sentences:
        for t in s.tokens:
            if t.start == start and t.lemma == lemma and (t.pair is None or t.pair > t.index):
                if is_full_sentence(a, s):
                    return a, s, t
                return None, None, None
    return None, None, None


# ----------------------------------------------------------------------------- sources
def library_texts(store) -> list[Analysis]:
    """Every text kept in the learner's library (archived ones too), analysed with the
    learner's corrections, most recently opened first."""
    from .library import reopen
    from .reading import analyse_for_learner

    out = []
    store_path = getattr(store, "path", None)
    store_path = Path(store_path) if store_path and str(store_path) != ":memory:" else None
    for t in store.texts():
        loaded = reopen(store, t["id"])
        if loaded is None:
            continue
        analysis, _ = analyse_for_learner(loaded.text, title=loaded.title, source=loaded.source,
                                          store_path=store_path)
        out.append(analysis)
    return out


def _card_sentences(store) -> dict[str, Exercise]:
    out: dict[str, Exercise] = {}
    for row in store.conn.execute("SELECT lemma, exercise FROM cards ORDER BY id"):
        if row[0] not in out:
            out[row[0]] = Exercise.from_dict(json.loads(row[1]))
    return out


def export_selection(store, glossary: Glossary, level: str | None, wanted: set[str],
                     analysis: Analysis | None = None) -> Selection:
    """What ``export --text`` and the reader's ``X`` (one *analysis*) or ``export --all``
    (*analysis* None: every kept text and every marked word) write: :func:`select_words`
    with the learner's statuses."""
    statuses = store.statuses()
    if analysis is not None:
        return select_words(glossary, statuses, level, wanted, [analysis])
    cards = _card_sentences(store)
    marked = list(statuses) + [lemma for lemma in cards if lemma not in statuses]
    return select_words(glossary, statuses, level, wanted, library_texts(store),
                        marked=marked, sentences=cards)


# ----------------------------------------------------------------------------- CSV
def csv_header(delimiter: str = ",") -> list[str]:
    """Anki's header lines: the separator, plain text (no HTML), the note type to use when
    the learner has it (from one of our packages; else Anki picks one), the column names
    (Anki maps columns to fields of the same name), and which columns hold the tags and the
    GUID — so Anki imports the file without a stray note, and a second import updates the
    notes instead of adding them again."""
    return [
        f"#separator:{'Tab' if delimiter == chr(9) else 'Comma'}",
        "#html:false",
        f"#notetype:{WORD_MODEL_NAME}",
        "#columns:" + delimiter.join(CSV_COLUMNS),
        f"#tags column:{CSV_COLUMNS.index('Tags') + 1}",
        f"#guid column:{CSV_COLUMNS.index('GUID') + 1}",
    ]


def write_csv(cards: list[WordCard], out: Path | str, delimiter: str = ",") -> int:
    """Anki's header lines (:func:`csv_header`), then one row per word (UTF-8, the
    columns of :data:`CSV_COLUMNS`); written atomically."""
    if delimiter not in (",", "\t"):
        raise ValueError("the delimiter is a comma or a tab")
    out = Path(out)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            for line in csv_header(delimiter):
                fh.write(line + "\n")
            w = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
            for c in cards:
                w.writerow(c.row())

    _atomic(out, write)
    return len(cards)


def _atomic(out: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file beside *out*, then rename: a failed export leaves
    nothing behind, a finished one is complete."""
    try:
        atomic_write(out, write)
    except FileProblem as exc:
        raise ExportError(str(exc)) from None


# ----------------------------------------------------------------------------- Anki
_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.lemma { color: #666; font-size: 16px; }
.sentence { font-size: 18px; margin-top: 1em; }
.meaning { font-size: 22px; }
.grammar { color: #666; font-size: 16px; }
.cloze { font-weight: bold; color: #1565c0; }
.nightMode .cloze { color: #64b5f6; }
"""


def _models():
    import genanki

    word = genanki.Model(
        WORD_MODEL_ID,
        WORD_MODEL_NAME,
        fields=[{"name": f} for f in WORD_FIELDS],
        templates=[{
            "name": "Dutch → meaning",
            "qfmt": ('{{Word}}<div class="lemma">{{#Article}}{{Article}} {{/Article}}{{Lemma}}</div>'
                     '<div class="sentence">{{Sentence}}</div>'),
            "afmt": ('{{FrontSide}}<hr id="answer"><div class="meaning">{{Meaning}}</div>'
                     '<div class="grammar">{{#Plural}}plural {{Plural}}<br>{{/Plural}}'
                     '{{VerbForms}}<br>{{Syllables}}</div>{{Audio}}'
                     '<div class="lemma">{{Source}}</div>'),
        }],
        css=_CSS,
    )
    cloze = genanki.Model(
        CLOZE_MODEL_ID,
        "Dutch cloze (dutch-reader)",
        fields=[{"name": "Text"}, {"name": "Back Extra"}, {"name": "Lemma"}, {"name": "Source"}],
        templates=[{
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}<br>{{Back Extra}}<div class=\"lemma\">{{Source}}</div>",
        }],
        css=_CSS,
        model_type=genanki.Model.CLOZE,
    )
    return word, cloze


def _hint_text(hint: str) -> str:
    """A hint that cannot end the cloze early ("::" and "}}" would)."""
    return html.escape(hint.replace("::", ":").replace("}}", "} }").replace("{{", "{ {"))


def cloze_text(ex: Exercise) -> str:
    """The sentence with ``{{c1::…}}`` on every gap (one card for a split particle verb),
    the hint on the first: ``{{c1::voerde::carry out}} … {{c1::uit}}``."""
    out, pos = [], 0
    for i, (s, e) in enumerate(ex.gaps):
        out.append(html.escape(ex.sentence[pos:s]))
        hint = f"::{_hint_text(ex.hint)}" if i == 0 and ex.hint else ""
        out.append("{{c1::" + html.escape(ex.sentence[s:e]) + hint + "}}")
        pos = e
    out.append(html.escape(ex.sentence[pos:]))
    return "".join(out)


def _speak(word: str, folder: Path) -> str | None:
    """The word's pronunciation as a .wav in *folder* (its name), when espeak-ng is there."""
    name = f"dutch-reader-{slug(word)}.wav"
    return name if speak(word, folder / name) else None


def write_apkg(
    cards: list[WordCard],
    out: Path | str,
    *,
    subdeck: str | None = None,
    audio: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Write an Anki package; returns counts of word notes, cloze notes and audio files."""
    import genanki

    out = Path(out)
    word_model, cloze_model = _models()
    deck_name = f"{DECK_NAME}::{subdeck}" if subdeck else DECK_NAME
    deck_id = DECK_ID if not subdeck else DECK_ID + int(genanki.guid_for(subdeck).encode().hex()[:6], 16)
    deck = genanki.Deck(deck_id, deck_name)
    media: list[str] = []
    counts = {"words": 0, "cloze": 0, "audio": 0}
    with tempfile.TemporaryDirectory(prefix="dutch-reader-export-") as tmpdir:
        folder = Path(tmpdir)
        for n, c in enumerate(cards, 1):
            tags = note_tags(c)
            audio_field = ""
            if audio:
                name = _speak(c.lemma, folder)
                if name:
                    media.append(str(folder / name))
                    audio_field = f"[sound:{name}]"
                    counts["audio"] += 1
            c.audio = audio_field
            fields = [html.escape(c.word), html.escape(c.lemma), c.article, html.escape(c.plural),
                      html.escape(c.verb_forms), c.meaning_html(), c.syllables,
                      c.sentence_html(), html.escape(c.source), audio_field]
            deck.add_note(genanki.Note(model=word_model, fields=fields, tags=tags,
                                       guid=word_guid(c.lemma)))
            counts["words"] += 1
            for ex in c.cloze:
                deck.add_note(genanki.Note(
                    model=cloze_model,
                    fields=[cloze_text(ex), html.escape(c.meaning), html.escape(c.lemma), html.escape(c.source)],
                    tags=tags,
                    guid=cloze_guid(c.lemma),
                ))
                counts["cloze"] += 1
            if progress:
                progress(n, len(cards))
        package = genanki.Package(deck, media_files=media)
        try:
            collection = _write_collection(package, folder)
        except sqlite3.Error as exc:
            raise ExportError(f"{out}: cannot write ({problem(exc)} in the temporary folder "
                              f"{folder.parent})") from None
        _atomic(out, lambda tmp: _write_package(tmp, collection, media))
    return counts


def _write_collection(package, folder: Path) -> Path:
    """The package's Anki collection, written in *folder* (our temporary folder: genanki's
    own ``write_to_file`` leaves its collection, the learner's words and notes, in TMPDIR)."""
    import itertools

    db = folder / "collection.anki2"
    now = time.time()
    conn = sqlite3.connect(db)
    try:
        package.write_to_db(conn.cursor(), now, itertools.count(int(now * 1000)))
        conn.commit()
    finally:
        conn.close()
    return db


def _write_package(path: Path, collection: Path, media: list[str]) -> None:
    """An .apkg: a zip of the collection, the media files as 0, 1, … and the ``media``
    index that names them."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(collection, "collection.anki2")
        z.writestr("media", json.dumps({str(i): Path(m).name for i, m in enumerate(media)}))
        for i, m in enumerate(media):
            z.write(m, str(i))


def parse_statuses(text: str) -> set[str]:
    wanted = {s.strip() for s in text.split(",") if s.strip()}
    bad = wanted - {"new", "learning", "known", "ignored"}
    if bad:
        raise ValueError(f"unknown status {', '.join(sorted(bad))}; use new, learning, known, ignored")
    return wanted
