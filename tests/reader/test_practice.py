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


async def test_practice_session_keyboard_only_to_the_summary(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="A2", practice=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await practice_screen(app, pilot)
        assert len(screen.cards) >= 5
        kinds = set()
        for n, card in enumerate(list(screen.cards)):
            ex = card.exercise
            kinds.add(ex.kind)
            if ex.options:
                # choose the right option by its number key, or a wrong one for the 2nd card
                index = ex.options.index(ex.answer[0])
                if n == 1:
                    index = (index + 1) % len(ex.options)
                await pilot.press(str(index + 1))
            else:
                await pilot.press("ctrl+t")  # a tip: first letter and length
                assert "starts with" in str(screen.query_one("#hint").render())
                answer = " ".join(ex.answer) if n != 1 else "verkeerd"
                keys = [{" ": "space", "'": "apostrophe"}.get(c, c) for c in answer]
                await pilot.press(*keys, "enter")
            assert screen.answered
            expected = "wrong" if n == 1 else "right"
            assert screen.results[-1] == expected, (ex.kind, ex.answer, screen.last_check)
            await pilot.press("enter")  # next card
        assert "typed" in kinds and "choice" in kinds
        assert getattr(screen, "summary_shown", False)
        summary = str(screen.query_one("#exercise").render())
        assert f"{len(screen.cards)} cards" in summary and "1 wrong" in summary
    # every answer was saved as a review
    from vocab.store import Store

    with Store(db) as store:
        n_reviews = store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
        assert n_reviews == len(screen.cards)


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
        await pilot.press("escape")  # end the session: the summary
        assert getattr(screen, "summary_shown", False)
        await pilot.press("escape")  # and back to the text
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
