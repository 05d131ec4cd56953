"""A practice session in Pilot, from the first card to the summary."""

from __future__ import annotations

from pathlib import Path

from reader.app import ReaderApp, ReadingScreen
from reader.screens import PracticeScreen

ROOT = Path(__file__).resolve().parents[2]
SIMPLE = ROOT / "seeds" / "thuiswerken-blijft-populair.txt"


async def practice_screen(app, pilot) -> PracticeScreen:
    for _ in range(300):
        await pilot.pause(0.02)
        if isinstance(app.screen, PracticeScreen):
            return app.screen
    raise AssertionError("no practice screen")


def keys_for(text: str) -> list[str]:
    return [{" ": "space", "'": "apostrophe", ".": "full_stop", "…": "ellipsis"}.get(c, c) for c in text]


async def test_practice_session_keyboard_only_to_the_summary(tmp_path):
    from vocab.srs import Rating

    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="A2", practice=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await practice_screen(app, pilot)
        first_count = len(screen.cards)
        assert first_count >= 5
        kinds = set()
        n = 0
        while screen.card is not None:
            card = screen.card
            ex = card.exercise
            kinds.add(ex.kind)
            returning = getattr(card, "returned", False)
            wrong = n == 1
            if ex.options:
                # 1-4 choose among the options as shown; the text box is not in play
                assert not screen.query_one("#answer").display
                assert sorted(screen.shown_options) == sorted(ex.options)
                # (an article at the start of a sentence is answered in lower case: Het → het)
                index = [o.lower() for o in screen.shown_options].index(ex.answer[0].lower())
                if wrong:
                    index = (index + 1) % len(ex.options)
                await pilot.press(str(index + 1))
            else:
                await pilot.press("ctrl+t")  # a tip: first letter and length
                assert "starts with" in str(screen.query_one("#hint").render())
                answer = " ".join(ex.answer) if not wrong else "verkeerd"
                await pilot.press(*keys_for(answer), "enter")
            assert screen.answered
            expected = "wrong" if wrong else "right"
            assert screen.results[-1] == expected, (ex.kind, ex.answer, screen.last_check)
            grades = str(screen.query_one("#grades").children[0].label)
            assert grades.startswith("1 Again")
            if wrong:
                assert screen.proposed == Rating.Again
            elif card.new:
                assert screen.proposed in (Rating.Good, Rating.Hard)  # never Easy for a new card
            await pilot.press("enter")  # take the proposed grade: the next card
            if returning:
                assert ex.answer  # a returned card is answered like any other
            n += 1
            assert n < 3 * first_count
        assert "typed" in kinds and "choice" in kinds
        # the card failed in the session came back in it
        assert len(screen.cards) == first_count + 1 and screen.returned == 1
        assert screen.summary_shown
        summary = str(screen.query_one("#exercise").render())
        assert f"{first_count + 1} answers" in summary and "1 wrong" in summary
        assert "later today" in summary and "tomorrow" in summary
    from vocab.store import Store

    with Store(db) as store:  # every grade was saved as a review
        n_reviews = store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
        assert n_reviews == first_count + 1


async def test_choice_keys_never_reach_the_text_box_and_dont_know_shows_the_answer(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="A2", practice=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await practice_screen(app, pilot)
        # to the first choice card, skipping others with "I don't know" + Again
        while screen.card is not None and not screen.card.exercise.options:
            await pilot.press("ctrl+d")
            assert screen.answered and screen.results[-1] == "wrong"
            assert "The answer" in str(screen.query_one("#feedback").render())
            await pilot.press("1")  # Again
        assert screen.card is not None
        ex = screen.card.exercise
        right = screen.shown_options.index(ex.answer[0]) + 1
        await pilot.press(str(right))
        assert screen.results[-1] == "right" and screen.query_one("#answer").value == ""
        await pilot.press("3")  # Good, by its key
        from vocab.store import Store

        with Store(db) as store:
            ratings = [r[0] for r in store.conn.execute("SELECT rating FROM reviews ORDER BY id")]
        assert ratings[-1] == 3 and all(r == 1 for r in ratings[:-1])


async def test_practice_from_the_reader_with_a_key(tmp_path):
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="A2")
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(300):
            await pilot.pause(0.02)
            if isinstance(app.screen, ReadingScreen) and app.screen.ready:
                break
        await pilot.press("P")
        screen = await practice_screen(app, pilot)
        assert screen.cards
        await pilot.press("ctrl+d", "1")  # I don't know; Again: due again in minutes
        await pilot.press("escape")  # end the session: the summary
        assert getattr(screen, "summary_shown", False)
        await pilot.press("escape")  # and back to the text
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        status = str(app.screen.query_one("#status").render())
        assert "cards: 0 due now, 1 later today" in status
