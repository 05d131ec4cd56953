"""The learner's progress, day by day (local days), for the progress screen's charts:

- known lemmas at the end of each day (from the log of status changes) — fixed
  expressions (kept under their citation form) are counted apart, not as lemmas;
- words read per day (the word cursor moving past the furthest point reached in a text,
  ``Store.set_position``);
- reviews per day and their retention (the share not answered wrong: FSRS's "Again");
- the forecast of reviews due on each of the next days (cards already reviewed, by their
  FSRS due date; overdue cards count today).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .expressions import is_citation
from .store import Store

__all__ = ["Day", "known_per_day", "words_read_per_day", "reviews_per_day", "forecast", "days"]


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    value: int
    extra: float | None = None  # reviews: retention 0..1 (None without reviews)


def _day(ts: float) -> date:
    return datetime.fromtimestamp(ts).date()


def _start_of(d: date) -> float:
    return datetime(d.year, d.month, d.day).timestamp()


def days(n: int, now: float | None = None) -> list[date]:
    """The last *n* days, today last."""
    today = _day(now if now is not None else time.time())
    return [today - timedelta(days=n - 1 - i) for i in range(n)]


def known_per_day(store: Store, n: int = 30, now: float | None = None, *,
                  kind: str = "word") -> list[Day]:
    """Lemmas known at the end of each of the last *n* days; ``kind="expression"``: the
    fixed expressions known instead (:func:`vocab.expressions.is_citation`)."""
    if kind not in ("word", "expression"):
        raise ValueError(f"unknown kind {kind!r}; use word or expression")
    span = days(n, now)
    want = kind == "expression"
    rows = [r for r in store.conn.execute("SELECT lemma, status, at FROM status_log ORDER BY at, id")
            if is_citation(r[0]) == want]
    state: dict[str, str] = {}
    known = 0
    out = []
    i = 0
    for d in span:
        end = _start_of(d + timedelta(days=1))
        while i < len(rows) and rows[i][2] < end:
            lemma, status = rows[i][0], rows[i][1]
            before = state.get(lemma)
            if before == "known":
                known -= 1
            if status == "known":
                known += 1
            state[lemma] = status
            i += 1
        out.append(Day(d, known))
    return out


def words_read_per_day(store: Store, n: int = 30, now: float | None = None) -> list[Day]:
    span = days(n, now)
    totals: dict[date, int] = {}
    start = _start_of(span[0])
    for words, at in store.conn.execute(
        "SELECT words, at FROM reading_log WHERE at >= ?", (start,)
    ):
        d = _day(at)
        totals[d] = totals.get(d, 0) + words
    return [Day(d, totals.get(d, 0)) for d in span]


def reviews_per_day(store: Store, n: int = 30, now: float | None = None) -> list[Day]:
    """Reviews per day, with the share not rated Again (retention)."""
    span = days(n, now)
    start = _start_of(span[0])
    count: dict[date, int] = {}
    passed: dict[date, int] = {}
    for rating, at in store.conn.execute(
        "SELECT rating, at FROM reviews WHERE at >= ?", (start,)
    ):
        d = _day(at)
        count[d] = count.get(d, 0) + 1
        if rating > 1:
            passed[d] = passed.get(d, 0) + 1
    return [
        Day(d, count.get(d, 0), passed.get(d, 0) / count[d] if count.get(d) else None)
        for d in span
    ]


def forecast(store: Store, n: int = 30, now: float | None = None) -> list[Day]:
    """Reviews due on each of the next *n* days (today first; overdue cards count today).
    Only cards reviewed before: new cards are introduced at the learner's own pace."""
    now = now if now is not None else time.time()
    today = _day(now)
    span = [today + timedelta(days=i) for i in range(n)]
    end = _start_of(span[-1] + timedelta(days=1))
    due: dict[date, int] = {}
    for (ts,) in store.conn.execute(
        """SELECT c.due FROM cards c WHERE c.due < ?
           AND EXISTS (SELECT 1 FROM reviews r WHERE r.card_id = c.id)""",
        (end,),
    ):
        d = max(today, _day(ts))
        due[d] = due.get(d, 0) + 1
    return [Day(d, due.get(d, 0)) for d in span]
