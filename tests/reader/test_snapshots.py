"""Snapshot tests of the main screens (pytest-textual-snapshot).

Update after an intended change of the look: pytest tests/reader/test_snapshots.py --snapshot-update
and review the SVGs in __snapshots__/ before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import LibraryScreen, ReaderApp, ReadingScreen

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "wie-zijn-isis-k.txt"
SIMPLE = ROOT / "seeds" / "een-dag-op-de-markt.txt"


async def _until(pilot, test) -> None:
    for _ in range(300):
        await pilot.pause(0.02)
        if test():
            return
    raise AssertionError("screen did not open")


SIZES = pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])


def _reading_app(tmp_path):
    return ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")


async def _reading_ready(app, pilot) -> None:
    await _until(pilot, lambda: isinstance(app.screen, ReadingScreen) and app.screen.ready)


@SIZES
def test_reading_screen(snap_compare, tmp_path, size):
    app = _reading_app(tmp_path)

    async def run_before(pilot) -> None:
        await _reading_ready(app, pilot)
        await pilot.press("down", "down", "right", "right", "enter")
        await app.workers.wait_for_complete()  # the gloss is looked up in a worker
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@SIZES
def test_reading_screen_with_a_fixed_expression(snap_compare, tmp_path, size):
    """The cursor on *belang* of *heeft … er belang bij*: its words lit together, the panel
    shows the expression first, then the word."""
    app = _reading_app(tmp_path)

    async def run_before(pilot) -> None:
        await _reading_ready(app, pilot)
        screen = app.screen
        belang = next(i for i, t in enumerate(screen.state.tokens) if t.text == "belang")
        screen.set_cursor(belang)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@SIZES
def test_help_with_legend(snap_compare, tmp_path, size):
    app = _reading_app(tmp_path)

    async def run_before(pilot) -> None:
        await _reading_ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        app.screen.query_one("#help").scroll_end(animate=False)  # the colour legend
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@SIZES
def test_interlinear(snap_compare, tmp_path, size):
    app = _reading_app(tmp_path)

    async def run_before(pilot) -> None:
        await _reading_ready(app, pilot)
        await pilot.press("a")
        await app.workers.wait_for_complete()  # the meanings are looked up in a worker
        await pilot.pause()
        await pilot.press("down", "down")
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", [(100, 40), (80, 24)], ids=["100x40", "80x24"])
def test_library_screen(snap_compare, tmp_path, size):
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")

    async def run_before(pilot) -> None:
        await _until(pilot, lambda: isinstance(app.screen, ReadingScreen) and app.screen.ready)
        await pilot.press("right", "5", "L")
        await _until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
