"""Flashcards: Anki packages (genanki) and CSV/TSV.

Two Anki note types with fixed model ids, so that every export adds to the same types:

* **Dutch word** — Word, Lemma, Article, Plural, VerbForms, Meaning, Syllables, Sentence (the
  word in bold), Source, Audio; one card: Dutch → meaning, with the sentence.
* **Dutch cloze** — Anki's cloze kind: the sentence with ``{{c1::…}}`` on the target (both
  halves of a split particle verb on one card: ``{{c1::voerde}} … {{c1::uit}}``), the
  meaning as the back extra.

GUIDs come from the lemma (and the sentence, for cloze notes): exporting again after the
learner edits a gloss updates the notes in Anki instead of adding duplicates.  Notes are
tagged ``dutch-reader``, with their CEFR band and the text's title as a slug.  When
espeak-ng is installed, a word note carries the word's pronunciation as audio.
"""

from __future__ import annotations

import csv
import html
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import Analysis
from .cloze import Exercise, make_exercises
from .glossary import Glossary
from .reading import LEARNING, ReadingState
from .speech import speak

__all__ = [
    "WordCard",
    "ExportError",
    "WORD_FIELDS",
    "collect_from_text",
    "collect_from_store",
    "write_csv",
    "write_apkg",
    "slug",
    "WORD_MODEL_ID",
    "CLOZE_MODEL_ID",
    "DECK_ID",
]

WORD_MODEL_ID = 1_607_392_319  # fixed forever: Anki identifies note types by id
CLOZE_MODEL_ID = 1_607_392_320
DECK_ID = 2_059_400_110
DECK_NAME = "Dutch reader"
WORD_FIELDS = ["Word", "Lemma", "Article", "Plural", "VerbForms", "Meaning", "Syllables",
               "Sentence", "Source", "Audio"]


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
    span: tuple[int, int] | None = None  # the word within the sentence
    source: str = ""
    level: str = ""
    status: str = "new"
    audio: str = ""  # media file name, when made
    cloze: list[Exercise] = field(default_factory=list)

    def sentence_html(self) -> str:
        if not self.sentence:
            return ""
        if self.span is None:
            return html.escape(self.sentence)
        s, e = self.span
        return (html.escape(self.sentence[:s]) + "<b>" + html.escape(self.sentence[s:e]) + "</b>"
                + html.escape(self.sentence[e:]))

    def row(self) -> list[str]:
        """The CSV/TSV row: the Anki word note's fields, plain text."""
        return [self.word, self.lemma, self.article, self.plural, self.verb_forms, self.meaning,
                self.syllables, self.sentence, self.source, self.audio]


def slug(title: str) -> str:
    t = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:60] or "text"


def _status_group(status: str) -> str:
    return "learning" if status in LEARNING else status


def _card_from_gloss(g, word: str, source: str, level: str, status: str) -> WordCard:
    forms = ""
    if g.forms:
        f = g.forms
        forms = f"{f['past_singular']} – {f['past_plural']} – {f['auxiliary']} {f['past_participle']}"
    meaning = "; ".join(g.senses[:3]) or g.parts_text()
    if g.user_note:
        meaning = f"{meaning} — {g.user_note}" if meaning else g.user_note
    return WordCard(
        word=word, lemma=g.lemma, article=g.article or "", plural=g.plural or "",
        verb_forms=forms, meaning=meaning, syllables=g.syllables, source=source,
        level=level, status=status,
    )


def collect_from_text(
    analysis: Analysis,
    glossary: Glossary,
    statuses: dict[str, str],
    level: str | None,
    wanted: set[str],
    with_cloze: bool = True,
) -> list[WordCard]:
    """Word cards for the text's lemmas whose status group is in *wanted*
    (new, learning, known, ignored), hardest first, each with its first sentence."""
    state = ReadingState(analysis, statuses=statuses, level=level)
    source = analysis.title or Path(analysis.source).stem
    first_token = {}
    for s in analysis.sentences:
        for t in s.tokens:
            if t.kind == "word" and state.is_vocabulary(t.lemma) and t.lemma not in first_token:
                first_token[t.lemma] = (s, t)
    exercises: dict[str, list[Exercise]] = {}
    if with_cloze:
        for ex in make_exercises(analysis, level="A1", above=5, statuses=statuses,
                                 kinds=("typed", "particle")):
            exercises.setdefault(ex.lemma, []).append(ex)
    cards = []
    for stats in state.stats:
        status = state.status(stats.lemma)
        if _status_group(status) not in wanted or stats.lemma not in first_token:
            continue
        sentence, tok = first_token[stats.lemma]
        g = glossary.gloss_token(analysis, tok) if tok.pair is None else glossary.gloss_lemma(stats.lemma)
        card = _card_from_gloss(g, tok.text, source, stats.level, status)
        card.lemma = stats.lemma
        card.sentence = analysis.sentence_text(sentence)
        card.span = (tok.start - sentence.start, tok.end - sentence.start)
        card.cloze = exercises.get(stats.lemma, [])[:1]
        cards.append(card)
    return cards


def collect_from_store(store, glossary: Glossary, wanted: set[str]) -> list[WordCard]:
    """Word cards for every lemma the learner marked, with a sentence from their practice
    cards when there is one."""
    import json

    cards = []
    sentences: dict[str, Exercise] = {}
    for row in store.conn.execute("SELECT exercise FROM cards ORDER BY id"):
        ex = Exercise.from_dict(json.loads(row[0]))
        sentences.setdefault(ex.lemma, ex)
    for lemma, status in sorted(store.statuses().items()):
        if _status_group(status) not in wanted:
            continue
        g = glossary.gloss_lemma(lemma)
        card = _card_from_gloss(g, lemma, "", g.level, status)
        card.lemma = lemma
        ex = sentences.get(lemma)
        if ex is not None:
            card.sentence = ex.sentence
            card.span = tuple(ex.gaps[0])
            card.word = ex.answer[0]
            card.cloze = [ex] if ex.kind in ("typed", "choice", "particle") else []
        cards.append(card)
    return cards


# ----------------------------------------------------------------------------- CSV
def write_csv(cards: list[WordCard], out: Path | str, delimiter: str = ",") -> int:
    """A header row and one row per word (UTF-8); written atomically."""
    out = Path(out)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
            w.writerow(WORD_FIELDS)
            for c in cards:
                w.writerow(c.row())

    _atomic(out, write)
    return len(cards)


def _atomic(out: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file beside *out*, then rename: a failed export leaves
    nothing behind, a finished one is complete."""
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(f"{out}: the folder {parent} does not exist")
    if out.is_dir():
        raise ExportError(f"{out}: is a directory")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=f".{out.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write there ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------------------- Anki
_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.lemma { color: #666; font-size: 16px; }
.sentence { font-size: 18px; margin-top: 1em; }
.meaning { font-size: 22px; }
.grammar { color: #666; font-size: 16px; }
"""


def _models():
    import genanki

    word = genanki.Model(
        WORD_MODEL_ID,
        "Dutch word (dutch-reader)",
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


def cloze_text(ex: Exercise) -> str:
    """The sentence with ``{{c1::…}}`` on every gap (one card for a split particle verb)."""
    out, pos = [], 0
    for s, e in ex.gaps:
        out.append(html.escape(ex.sentence[pos:s]))
        out.append("{{c1::" + html.escape(ex.sentence[s:e]) + "}}")
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
            tags = ["dutch-reader"]
            if c.level:
                tags.append(c.level)
            if c.source:
                tags.append(slug(c.source))
            audio_field = ""
            if audio:
                name = _speak(c.lemma, folder)
                if name:
                    media.append(str(folder / name))
                    audio_field = f"[sound:{name}]"
                    counts["audio"] += 1
            c.audio = audio_field
            fields = [html.escape(c.word), html.escape(c.lemma), c.article, html.escape(c.plural),
                      html.escape(c.verb_forms), html.escape(c.meaning), c.syllables,
                      c.sentence_html(), html.escape(c.source), audio_field]
            deck.add_note(genanki.Note(model=word_model, fields=fields, tags=tags,
                                       guid=genanki.guid_for("dutch-reader-word", c.lemma)))
            counts["words"] += 1
            for ex in c.cloze:
                deck.add_note(genanki.Note(
                    model=cloze_model,
                    fields=[cloze_text(ex), html.escape(c.meaning), html.escape(c.lemma), html.escape(c.source)],
                    tags=tags,
                    guid=genanki.guid_for("dutch-reader-cloze", c.lemma, ex.sentence),
                ))
                counts["cloze"] += 1
            if progress:
                progress(n, len(cards))
        package = genanki.Package(deck, media_files=media)
        _atomic(out, lambda tmp: package.write_to_file(str(tmp)))
    return counts


def parse_statuses(text: str) -> set[str]:
    wanted = {s.strip() for s in text.split(",") if s.strip()}
    bad = wanted - {"new", "learning", "known", "ignored"}
    if bad:
        raise ValueError(f"unknown status {', '.join(sorted(bad))}; use new, learning, known, ignored")
    return wanted
