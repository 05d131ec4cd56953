"""The words screen with 20,000 lemmas (run by words_bench.py, or alone): time to open it (from pushing the screen to its first paint with the rows, CEFR
bands included) and to filter as one types (a key in the search box to the table redrawn),
headless at 100×40.  Bands are kept in the cache dir: the first open of a new list
computes them (reported separately)."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


async def _measure(db: Path) -> dict:
    from reader.app import ReaderApp
    from reader.screens.library import LibraryScreen
    from reader.screens.words import WordsScreen
    from reader.widgets.wordtable import WordTable

    painted: list[float] = []
    render_line = WordTable.render_line

    def timed(self, y):  # the first paint: the compositor asks the table for a row
        if y > 0 and self.rows and not painted:
            painted.append(time.perf_counter())
        return render_line(self, y)

    WordTable.render_line = timed
    app = ReaderApp(db=str(db), level="B1", library=True)
    out: dict = {}
    async with app.run_test(size=(100, 40)) as pilot:
        while not isinstance(app.screen, LibraryScreen):
            await pilot.pause(0.01)
        opens = []
        for _ in range(4):
            painted.clear()
            t0 = time.perf_counter()
            app.push_screen(WordsScreen())
            while not (isinstance(app.screen, WordsScreen) and app.screen.query(WordTable)
                       and app.screen.query_one(WordTable).rows):
                await pilot.pause(0)
            screen = app.screen
            while not painted:
                await pilot.pause(0)
            shown = painted[0] - t0
            table = screen.query_one(WordTable)
            while not all(w.level for w in screen.words) or table.pending:
                await pilot.pause(0.001)
            opens.append((shown, time.perf_counter() - t0))
            out["lemmas"] = len(screen.words)
            if len(opens) < 4:
                app.pop_screen()
                await pilot.pause(0.05)
        out["open_s"] = opens
        await pilot.press("slash")
        from textual.widgets import Input

        search = screen.query_one("#words-search", Input)
        table = screen.query_one(WordTable)
        keys = []
        word = "verander"
        for n in range(1, len(word) + 1):
            before = table.rows
            t0 = time.perf_counter()
            search.value = word[:n]  # as a key typed: Input.Changed → filter → redraw
            while table.rows is before:
                await pilot.pause(0)
            await pilot.pause(0)  # the redraw
            keys.append(time.perf_counter() - t0)
        out["key_ms"] = [1000 * k for k in keys]
        out["shown_after"] = len(screen.query_one(WordTable).rows)
    return out


def bench_screen() -> None:
    """20,000 lemmas and more: a 30,000-term Lute export of the most frequent forms."""
    from bench.words_bench import write_lute_export
    from vocab.store import Store
    from vocab.wordlists import import_file

    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "Terms.csv"
        write_lute_export(export, 30_000)
        os.environ["DUTCH_READER_HOME"] = tmp
        os.environ.setdefault("DUTCH_READER_DICT_DIRS", "")
        db = Path(tmp) / "s.sqlite3"
        with Store(db) as s:
            import_file(s, export)
            s.open_text("Tekst", "/tmp/tekst.txt", "h", 10, body="Een tekst.")  # the library opens
        r = asyncio.run(_measure(db))
    (first_shown, first_bands), *rest = r["open_s"]
    shown = statistics.median(s for s, _b in rest)
    bands = statistics.median(b for _s, b in rest)
    print(f"words screen ({r['lemmas']:,} lemmas, 100×40): opens in {shown:.2f} s, bands and "
          f"meanings filled in by {bands:.2f} s (first open of a new list in a fresh process: "
          f"{first_shown:.2f} s, bands computed and meanings loaded by {first_bands:.2f} s); "
          f"filter per key typed median "
          f"{statistics.median(r['key_ms']):.0f} ms, max {max(r['key_ms']):.0f} ms "
          f"({r['shown_after']} shown after 'verander')")


if __name__ == "__main__":
    bench_screen()
