"""What a richer entry shows the learner in the gloss panel (issue #13, item 2): the fixed
preposition as the learner learns it, the example of the sense that fits, register and
region, alternative plurals; a snapshot of each at the reader's two sizes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import ReaderApp
from reader.widgets import GlossPanel, render_gloss
from tests.reader.test_app import reading
from vocab.glossary import Glossary

ROOT = Path(__file__).resolve().parents[2]
TEXT = ROOT / "tests" / "data" / "wachten-op-de-bus.txt"


async def _gloss(app, pilot, word: str) -> str:
    screen = app.screen
    screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.text == word))
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return " ".join(str(screen.query_one(GlossPanel).render()).split())  # lines joined


async def test_the_panel_shows_the_fitting_sense_with_its_preposition_and_example(tmp_path):
    app = ReaderApp(path=str(TEXT), db=str(tmp_path / "s.sqlite3"), level="A2")
    async with app.run_test(size=(120, 40)) as pilot:
        await reading(app, pilot)
        text = await _gloss(app, pilot, "wacht")
        # wacht … op de bus: "wachten op" first, with its example (Dutch, then English)
        first, second = text.index("1. wachten op — to wait for"), text.index("2. to wait")
        assert first < text.index("We wachten al een half uur op de bus.") < second
        assert text.index("We've been waiting for the bus") < second
        assert "Wacht even" not in text  # compact: the first sense's example only
        assert "Flemish" in await _gloss(app, pilot, "nonkel")
        assert "plural amandelen or amandels" in await _gloss(app, pilot, "amandelen")


def test_the_full_view_shows_every_senses_example():
    g = Glossary(dictionaries=[]).gloss_word("wachten")
    compact, full = str(render_gloss(g)), str(render_gloss(g, full=True))
    assert "Wacht even, ik kom eraan." in compact and "We wachten al" not in compact
    assert "Wacht even, ik kom eraan." in full and "We wachten al een half uur" in full


def test_long_lines_hang_under_their_own_text():
    g = Glossary(dictionaries=[]).gloss_word("ergeren")
    lines = str(render_gloss(g, width=30)).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("1. zich ergeren aan — "))
    assert lines[at + 1].startswith("   ") and lines[at + 1].strip()  # the sense goes on, indented
    assert all(len(line) <= 30 for line in lines[at : at + 6])


SIZES = pytest.mark.parametrize("size, word", [((120, 40), "wacht"), ((80, 24), "nonkel")],
                                ids=["120x40-wacht", "80x24-nonkel"])


@SIZES
def test_snapshot_gloss_of_a_richer_entry(snap_compare, tmp_path, size, word):
    app = ReaderApp(path=str(TEXT), db=str(tmp_path / "s.sqlite3"), level="A2")

    async def run_before(pilot) -> None:
        await reading(app, pilot)
        await _gloss(app, pilot, word)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
