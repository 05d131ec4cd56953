from datetime import UTC, datetime, timedelta

from vocab.cloze import Exercise, check_answer
from vocab.srs import Practice, Rating, rating_for
from vocab.store import Store

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def ex(lemma, answer):
    return Exercise(kind="typed", sentence=f"Dit is {answer} hier.", gaps=[(7, 7 + len(answer))],
                    answer=[answer], lemma=lemma, hint="")


def test_rating_from_the_answer():
    e = ex("vergadering", "vergadering")
    assert rating_for(check_answer(e, "xyz")) == Rating.Again
    assert rating_for(check_answer(e, "vergaderinq")) == Rating.Hard
    assert rating_for(check_answer(e, "vergadering"), hint_used=True) == Rating.Hard
    assert rating_for(check_answer(e, "vergadering"), seconds=20) == Rating.Good
    assert rating_for(check_answer(e, "vergadering"), seconds=2) == Rating.Easy
    # a new card right and fast is Good: it was understood, not yet remembered
    assert rating_for(check_answer(e, "vergadering"), seconds=2, new=True) == Rating.Good
    assert rating_for(check_answer(e, "vergadering"), seconds=2, relearning=True) == Rating.Good


def test_good_moves_a_card_forward_again_brings_it_back_soon(tmp_path):
    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store)
        assert p.add([ex("vergadering", "vergadering"), ex("gewoonte", "gewoonte")], now=NOW) == 2
        assert p.add([ex("vergadering", "vergadering")], now=NOW) == 0  # one card per lemma+kind
        good, again = p.session(now=NOW)
        t = NOW
        for _ in range(3):  # right three times, each time when due
            good = p.review(good, check_answer(good.exercise, "vergadering"), seconds=20, now=t)
            t = good.due
        assert good.due - NOW > timedelta(days=1)
        again = p.review(again, check_answer(again.exercise, "fout"), now=NOW)
        assert again.due - NOW < timedelta(minutes=15)
        # the failed card is due again soon and comes first in a later session
        later = NOW + timedelta(minutes=20)
        session = p.session(now=later)
        assert [c.lemma for c in session] == ["gewoonte"]
        assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 4


def test_daily_limit_of_new_cards(tmp_path):
    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store, new_per_day=2)
        p.add([ex(f"woord{i}", f"woord{i}") for i in range(5)], now=NOW)
        first = p.session(now=NOW)
        assert len(first) == 2
        assert p.counts(now=NOW) == {"due": 0, "later_today": 0, "tomorrow": 0, "new": 2}
        for c in first:
            p.review(c, check_answer(c.exercise, c.exercise.answer), seconds=20, now=NOW)
        assert p.counts(now=NOW)["new"] == 0
        assert len(p.session(now=NOW + timedelta(days=1))) >= 2  # a new day, new cards


def test_a_new_card_answered_fast_is_not_sent_days_out(tmp_path):
    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store)
        p.add([ex("vergadering", "vergadering")], now=NOW)
        card = p.session(now=NOW)[0]
        done = p.review(card, check_answer(card.exercise, "vergadering"), seconds=2, now=NOW)
        assert done.due - NOW < timedelta(hours=1)  # FSRS's learning step, not 8 days


def test_preview_gives_one_interval_per_grade_in_order(tmp_path):
    from vocab.srs import RATINGS, describe_interval

    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store)
        p.add([ex("vergadering", "vergadering")], now=NOW)
        card = p.session(now=NOW)[0]
        intervals = p.preview(card, now=NOW)
        assert list(intervals) == list(RATINGS)
        values = [intervals[r] for r in RATINGS]
        assert values == sorted(values) and values[0] < values[-1]
        assert describe_interval(timedelta(minutes=10)) == "10m"
        assert describe_interval(timedelta(days=3)) == "3d"
        assert describe_interval(timedelta(seconds=20)) == "<1m"
        # the grade the learner chose is the one recorded
        done = p.review(card, check_answer(card.exercise, "vergadering"), now=NOW, rating=Rating.Easy)
        assert done.due - NOW == intervals[Rating.Easy]
        assert store.conn.execute("SELECT rating FROM reviews").fetchone()[0] == int(Rating.Easy)


def test_counts_due_now_later_today_and_tomorrow(tmp_path):
    local_noon = NOW.astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store)
        p.add([ex(f"woord{i}", f"woord{i}") for i in range(3)], now=local_noon)
        a, b, c = p.session(now=local_noon)
        p.review(a, check_answer(a.exercise, "fout"), now=local_noon)  # minutes: later today
        p.review(b, check_answer(b.exercise, b.exercise.answer), now=local_noon,
                 rating=Rating.Easy)  # days away
        counts = p.counts(now=local_noon)
        assert counts["later_today"] == 1 and counts["due"] == 0
        assert p.counts(now=local_noon + timedelta(hours=1))["due"] == 1


def test_cards_of_known_or_ignored_words_are_suspended(tmp_path):
    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store)
        p.add([ex("vergadering", "vergadering"), ex("gewoonte", "gewoonte")], now=NOW)
        store.set_statuses({"vergadering": "known"})
        assert [c.lemma for c in p.session(now=NOW)] == ["gewoonte"]
        assert p.counts(now=NOW)["new"] == 1
        store.set_statuses({"vergadering": "learning2"})  # back when the word is learnt again
        assert len(p.session(now=NOW)) == 2


def test_one_sentence_per_session(tmp_path):
    one = Exercise(kind="typed", sentence="Hij kocht een fiets.", gaps=[(4, 9)], answer=["kocht"],
                   lemma="kopen", hint="")
    two = Exercise(kind="typed", sentence="Hij kocht een fiets.", gaps=[(14, 19)], answer=["fiets"],
                   lemma="fiets", hint="")
    with Store(tmp_path / "s.sqlite3") as store:
        p = Practice(store)
        p.add([one, two], now=NOW)
        assert len(p.session(now=NOW)) == 1
