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
        assert len(first) == 2 and p.counts(now=NOW) == {"due": 0, "new": 2}
        for c in first:
            p.review(c, check_answer(c.exercise, c.exercise.answer), seconds=20, now=NOW)
        assert p.counts(now=NOW)["new"] == 0
        assert len(p.session(now=NOW + timedelta(days=1))) >= 2  # a new day, new cards
