"""Spaced repetition of cloze cards with FSRS (the ``fsrs`` package).

One card per target lemma and exercise kind, stored in the learner's store with its FSRS
state as JSON.  After an answer the learner grades the card (Again, Hard, Good, Easy); the
grade the answer suggests is proposed (:func:`rating_for`) and each button shows the next
interval it would give (:meth:`Practice.preview`).

The proposal, as a teacher would grade: wrong or "I don't know" → Again; almost right, or
right with the tip → Hard; right → Good.  Easy is proposed only for a card the learner has
already reviewed (not a new card, not one being relearnt) answered right, without the tip,
within 6 seconds: a first right answer shows the word was understood in context, not that
it is remembered — Easy would send a new word 8 days out before it was ever recalled; the
learner can still choose Easy.

A session serves the due cards first, then new ones up to a daily limit, never two cards
with the same sentence; a card failed in the session comes back in it (FSRS's relearning
step is minutes).  Cards of words the learner marked known or ignored are suspended: never
served or counted, and back when the word is marked otherwise.  Times are UTC; "today"
and "tomorrow" are the learner's local days.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler

from .cloze import Check, Exercise
from .store import Store

__all__ = ["Practice", "PracticeCard", "rating_for", "Rating", "RATINGS", "DEFAULT_NEW_PER_DAY",
           "describe_interval"]

DEFAULT_NEW_PER_DAY = 20
#: An answer within this many seconds (and right, without hints) counts as Easy.
FAST_SECONDS = 6.0


def rating_for(check: Check, hint_used: bool = False, seconds: float | None = None,
               new: bool = False, relearning: bool = False) -> Rating:
    """The grade an answer suggests (see the module docstring)."""
    if check.verdict == "wrong":
        return Rating.Again
    if check.verdict == "almost" or hint_used:
        return Rating.Hard
    if not new and not relearning and seconds is not None and seconds <= FAST_SECONDS:
        return Rating.Easy
    return Rating.Good


RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)


def describe_interval(delta: timedelta) -> str:
    """A short interval for a grade button: <1m, 10m, 3h, 2d, 5w, 4mo, 1.5y."""
    s = delta.total_seconds()
    if s < 60:
        return "<1m"
    if s < 3600:
        return f"{round(s / 60)}m"
    if s < 86400:
        return f"{round(s / 3600)}h"
    days = s / 86400
    if days < 14:
        return f"{round(days)}d"
    if days < 60:
        return f"{round(days / 7)}w"
    if days < 365:
        return f"{round(days / 30)}mo"
    return f"{days / 365:.1f}y"


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

    @property
    def relearning(self) -> bool:
        from fsrs import State

        return self.fsrs.state in (State.Relearning, State.Learning) and not self.new


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

    _ACTIVE = """NOT EXISTS (SELECT 1 FROM words w WHERE w.lemma = c.lemma
                                 AND w.status IN ('known', 'ignored'))"""
    _REVIEWED = "EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id)"

    def counts(self, now: datetime | None = None) -> dict[str, int]:
        """Reviewed cards due now, later today and tomorrow (the learner's local days), and
        new cards left for today; suspended cards (known or ignored words) not counted."""
        now = now or datetime.now(UTC)
        local = now.astimezone()
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        end_today = (midnight + timedelta(days=1)).timestamp()
        end_tomorrow = (midnight + timedelta(days=2)).timestamp()
        t = now.timestamp()
        row = self.store.conn.execute(
            f"""SELECT SUM(c.due <= ?), SUM(c.due > ? AND c.due < ?), SUM(c.due >= ? AND c.due < ?)
                FROM cards c WHERE {self._REVIEWED} AND {self._ACTIVE}""",
            (t, t, end_today, end_today, end_tomorrow),
        ).fetchone()
        new_total = self.store.conn.execute(
            f"SELECT COUNT(*) FROM cards c WHERE NOT {self._REVIEWED} AND {self._ACTIVE}"
        ).fetchone()[0]
        return {"due": row[0] or 0, "later_today": row[1] or 0, "tomorrow": row[2] or 0,
                "new": min(new_total, self._new_left(now))}

    def _new_left(self, now: datetime) -> int:
        day_start = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        introduced = self.store.conn.execute(
            """SELECT COUNT(DISTINCT card_id) FROM reviews r
               WHERE r.at >= ? AND NOT EXISTS (
                   SELECT 1 FROM reviews r2 WHERE r2.card_id = r.card_id AND r2.at < ?)""",
            (day_start, day_start),
        ).fetchone()[0]
        return max(0, self.new_per_day - introduced)

    def session(self, now: datetime | None = None, limit: int | None = None) -> list[PracticeCard]:
        """Due cards first (most overdue first), then new cards up to the daily limit; never
        two cards with one sentence (the second waits for another session); no suspended
        card."""
        now = now or datetime.now(UTC)
        due_rows = self.store.conn.execute(
            f"""SELECT * FROM cards c WHERE c.due <= ? AND {self._REVIEWED} AND {self._ACTIVE}
                ORDER BY c.due""",
            (now.timestamp(),),
        ).fetchall()
        new_rows = self.store.conn.execute(
            f"""SELECT * FROM cards c WHERE NOT {self._REVIEWED} AND {self._ACTIVE}
                ORDER BY c.created, c.id""",
        ).fetchall()
        cards: list[PracticeCard] = []
        sentences: set[str] = set()
        new_left = self._new_left(now)
        for row in [*due_rows, *new_rows]:
            card = self._card(row)
            if card.new:
                if new_left <= 0:
                    continue
            if card.exercise.sentence in sentences:
                continue
            sentences.add(card.exercise.sentence)
            if card.new:
                new_left -= 1
            cards.append(card)
        return cards[:limit] if limit is not None else cards

    def propose(self, card: PracticeCard, check: Check, *, hint_used: bool = False,
                seconds: float | None = None) -> Rating:
        return rating_for(check, hint_used, seconds, new=card.new, relearning=card.relearning)

    def preview(self, card: PracticeCard, now: datetime | None = None) -> dict[Rating, timedelta]:
        """The interval each grade would give the card now."""
        now = now or datetime.now(UTC)
        return {r: self.scheduler.review_card(card.fsrs, r, now)[0].due - now for r in RATINGS}

    # ------------------------------------------------------------------ reviews
    def review(self, card: PracticeCard, check: Check, *, hint_used: bool = False,
               seconds: float | None = None, now: datetime | None = None,
               rating: Rating | None = None) -> PracticeCard:
        """Record an answer (one transaction) and reschedule the card with *rating* (the
        learner's grade; by default the proposed one)."""
        now = now or datetime.now(UTC)
        if rating is None:
            rating = rating_for(check, hint_used, seconds, new=card.new, relearning=card.relearning)
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
