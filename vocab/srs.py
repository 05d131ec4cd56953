"""Spaced repetition of cloze cards with FSRS (the ``fsrs`` package).

One card per target lemma and exercise kind, stored in the learner's store with its FSRS
state as JSON.  The rating comes from the answer: Again for wrong, Hard for "almost" or when
a hint was used, Good for right, Easy for right and fast.  A session serves the cards that
are due first, then new ones up to a daily limit.  Times are UTC.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler

from .cloze import Check, Exercise
from .store import Store

__all__ = ["Practice", "PracticeCard", "rating_for", "Rating", "DEFAULT_NEW_PER_DAY"]

DEFAULT_NEW_PER_DAY = 20
#: An answer within this many seconds (and right, without hints) counts as Easy.
FAST_SECONDS = 6.0


def rating_for(check: Check, hint_used: bool = False, seconds: float | None = None) -> Rating:
    if check.verdict == "wrong":
        return Rating.Again
    if check.verdict == "almost" or hint_used:
        return Rating.Hard
    if seconds is not None and seconds <= FAST_SECONDS:
        return Rating.Easy
    return Rating.Good


@dataclass(slots=True)
class PracticeCard:
    id: int
    lemma: str
    kind: str
    exercise: Exercise
    fsrs: FsrsCard
    due: datetime
    new: bool

    @property
    def reviews(self) -> int:
        return 0 if self.new else 1


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)


class Practice:
    """Cards and reviews over the learner's store."""

    def __init__(self, store: Store, scheduler: Scheduler | None = None,
                 new_per_day: int = DEFAULT_NEW_PER_DAY) -> None:
        self.store = store
        self.scheduler = scheduler or Scheduler(enable_fuzzing=False)
        self.new_per_day = new_per_day

    # ------------------------------------------------------------------ cards
    def add(self, exercises: list[Exercise], text_hash: str | None = None,
            now: datetime | None = None) -> int:
        """Cards for exercises not seen before (one per lemma and kind); returns how many
        were added.  Existing cards keep their schedule."""
        now = now or datetime.now(UTC)
        added = 0
        with self.store.transaction() as conn:
            for ex in exercises:
                card = FsrsCard(due=now)
                cur = conn.execute(
                    """INSERT OR IGNORE INTO cards (lemma, kind, exercise, fsrs, due, text_hash, created)
                       VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    (ex.lemma, ex.kind, json.dumps(_exercise_json(ex), ensure_ascii=False),
                     json.dumps(card.to_dict()), card.due.timestamp(), text_hash, now.timestamp()),
                )
                added += cur.rowcount
        return added

    def card(self, card_id: int) -> PracticeCard:
        row = self.store.conn.execute("SELECT * FROM cards WHERE id = ?", (card_id,)).fetchone()
        return self._card(row)

    def _card(self, row) -> PracticeCard:
        reviewed = self.store.conn.execute(
            "SELECT COUNT(*) FROM reviews WHERE card_id = ?", (row["id"],)
        ).fetchone()[0]
        return PracticeCard(
            id=row["id"], lemma=row["lemma"], kind=row["kind"],
            exercise=Exercise.from_dict(json.loads(row["exercise"])),
            fsrs=FsrsCard.from_dict(json.loads(row["fsrs"])), due=_utc(row["due"]),
            new=reviewed == 0,
        )

    def counts(self, now: datetime | None = None) -> dict[str, int]:
        """Cards due now (already reviewed before) and new cards available today."""
        now = now or datetime.now(UTC)
        due = self.store.conn.execute(
            """SELECT COUNT(*) FROM cards c WHERE c.due <= ?
               AND EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id)""",
            (now.timestamp(),),
        ).fetchone()[0]
        new_total = self.store.conn.execute(
            "SELECT COUNT(*) FROM cards c WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id)"
        ).fetchone()[0]
        return {"due": due, "new": min(new_total, self._new_left(now))}

    def _new_left(self, now: datetime) -> int:
        day_start = now.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        introduced = self.store.conn.execute(
            """SELECT COUNT(DISTINCT card_id) FROM reviews r
               WHERE r.at >= ? AND NOT EXISTS (
                   SELECT 1 FROM reviews r2 WHERE r2.card_id = r.card_id AND r2.at < ?)""",
            (day_start, day_start),
        ).fetchone()[0]
        return max(0, self.new_per_day - introduced)

    def session(self, now: datetime | None = None, limit: int | None = None) -> list[PracticeCard]:
        """Due cards first (most overdue first), then new cards up to the daily limit."""
        now = now or datetime.now(UTC)
        due_rows = self.store.conn.execute(
            """SELECT * FROM cards c WHERE c.due <= ?
               AND EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id) ORDER BY c.due""",
            (now.timestamp(),),
        ).fetchall()
        new_rows = self.store.conn.execute(
            """SELECT * FROM cards c WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id)
               ORDER BY c.created, c.id LIMIT ?""",
            (self._new_left(now),),
        ).fetchall()
        cards = [self._card(r) for r in [*due_rows, *new_rows]]
        return cards[:limit] if limit is not None else cards

    # ------------------------------------------------------------------ reviews
    def review(self, card: PracticeCard, check: Check, *, hint_used: bool = False,
               seconds: float | None = None, now: datetime | None = None) -> PracticeCard:
        """Record an answer (one transaction) and reschedule the card."""
        now = now or datetime.now(UTC)
        rating = rating_for(check, hint_used, seconds)
        new_card, _log = self.scheduler.review_card(card.fsrs, rating, now)
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE cards SET fsrs = ?, due = ? WHERE id = ?",
                (json.dumps(new_card.to_dict()), new_card.due.timestamp(), card.id),
            )
            conn.execute(
                "INSERT INTO reviews (card_id, rating, verdict, answer, duration, at) VALUES (?, ?, ?, ?, ?, ?)",
                (card.id, int(rating), check.verdict, check.given, seconds, now.timestamp()),
            )
        return PracticeCard(card.id, card.lemma, card.kind, card.exercise, new_card, new_card.due, False)


def _exercise_json(ex: Exercise) -> dict:
    d = ex.to_dict()
    d.update(level=ex.level, first_letter=ex.first_letter, length=ex.length)
    return d
