"""Snapshots of the words and progress screens (pytest-textual-snapshot).

Update after an intended change of the look:
pytest tests/reader/test_snapshots_words.py --snapshot-update, then review the SVGs.
"""

from __future__ import annotations

import pytest

from reader.app import ReaderApp
from reader.screens.library import LibraryScreen
from reader.screens.progress import ProgressScreen
from reader.screens.words import WordsScreen
from reader.widgets.wordtable import WordTable

from .mywords_data import NOW, make_store, until

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_words_screen(snap_compare, tmp_path, size):
    app = ReaderApp(db=str(make_store(tmp_path / "s.sqlite3")), level="B1", library=True)

    async def run_before(pilot) -> None:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("W")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen)
                     and all(w.level for w in app.screen.words))
        await pilot.press("down", "space", "space")
        table = app.screen.query_one(WordTable)
        await until(pilot, lambda: table.rows and not table.pending and "…" not in str(
            [table.meaning_of(w.lemma) for w in table.rows[:20]]))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_progress_screen(snap_compare, tmp_path, size):
    app = ReaderApp(db=str(make_store(tmp_path / "s.sqlite3")), level="B1", library=True)

    async def run_before(pilot) -> None:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        app.push_screen(ProgressScreen(now=NOW))
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
