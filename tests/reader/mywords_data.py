"""A learner's store for the words and progress screens: a text read, words marked in it
and imported, notes, practice cards and reviews, all at known times."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from vocab import analyse, library
from vocab.reading import content_hash
from vocab.store import Store

ROOT = Path(__file__).resolve().parents[2]
SIMPLE = ROOT / "seeds" / "een-dag-op-de-markt.txt"
#: "Today" of the progress snapshots: noon, so that no time zone moves a day.
NOW = datetime(2026, 3, 20, 12, 0).timestamp()
DAY = 86400.0


def make_store(path: Path, now: float = NOW) -> Path:
    with Store(path) as s:
        text = SIMPLE.read_text(encoding="utf-8")
        a = analyse(text, title="Een dag op de markt", source=str(SIMPLE))
        tid = library.remember(s, a, str(SIMPLE), sum(1 for _ in a.words()), content_hash(text))
        lemmas = sorted({t.lemma for t in a.words() if t.lemma and t.lemma.isalpha()})[:24]
        cycle = ["known", "learning1", "learning2", "learning3", "learning4", "known", "ignored", "new"]
        for k, lemma in enumerate(lemmas):
            at = now - (23 - k) * DAY
            status = cycle[k % len(cycle)]
            s.conn.execute(
                "INSERT INTO words (lemma, status, created, updated) VALUES (?, ?, ?, ?)",
                (lemma, status, at, at))
            s.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES (?, ?, ?)",
                           (lemma, status, at))
        s.set_note(lemmas[1], "my own gloss", "a note of mine")
        s.set_note("fietsen", "to cycle", None)  # a word from elsewhere, in no text
        for d in range(12):
            s.conn.execute("INSERT INTO reading_log (text_id, words, at) VALUES (?, ?, ?)",
                           (tid, 40 + 15 * (d % 5), now - d * 2 * DAY))
        for i, lemma in enumerate(lemmas[:6], 1):
            s.conn.execute(
                "INSERT INTO cards (id, lemma, kind, exercise, fsrs, due, created) "
                "VALUES (?, ?, 'typed', ?, '{}', ?, ?)",
                (i, lemma, json.dumps({}), now + (i * 3 - 4) * DAY, now - 20 * DAY))
            for r in range(i + 2):
                s.conn.execute(
                    "INSERT INTO reviews (card_id, rating, verdict, at) VALUES (?, ?, 'x', ?)",
                    (i, 1 if (i + r) % 4 == 0 else 3, now - (r * 3 + i) * DAY))
    return path


async def until(pilot, test) -> None:
    """Wait (up to 6 s) until *test()* holds."""
    for _ in range(300):
        await pilot.pause(0.02)
        if test():
            return
    raise AssertionError("the screen did not open")
