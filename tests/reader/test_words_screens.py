"""My words and progress screens as a learner uses them: keys, clicks, the palette."""

from __future__ import annotations

from reader.app import ReaderApp
from reader.screens.library import LibraryScreen
from reader.screens.progress import ProgressScreen
from reader.screens.words import WordScreen, WordsScreen
from reader.widgets.chart import BarChart, bar_rows
from reader.widgets.wordtable import WordTable
from vocab.store import Store

from .mywords_data import NOW, make_store, until


async def open_words(app, pilot) -> WordsScreen:
    await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
    await pilot.press("W")
    await until(pilot, lambda: isinstance(app.screen, WordsScreen))
    screen = app.screen
    await until(pilot, lambda: all(w.level or w.kind == "expression" for w in screen.words))
    return screen


async def test_search_filter_select_and_mark_many(tmp_path):
    db = make_store(tmp_path / "s.sqlite3")
    app = ReaderApp(db=str(db), level="B1", library=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_words(app, pilot)
        table = screen.query_one(WordTable)
        with Store(db) as s:
            expected = {r[0] for r in s.conn.execute("SELECT lemma FROM words UNION SELECT lemma FROM cards")}
        assert {w.lemma for w in table.rows} == expected
        # search as you type: the learner's own gloss is searched too
        await pilot.press("slash", *"my own")
        assert len(table.rows) == 1 and table.rows[0].gloss == "my own gloss"
        await pilot.press("enter")  # back to the table; the search stays
        assert table.has_focus and len(table.rows) == 1
        await pilot.press("slash", "escape")  # Esc in the search box clears it
        assert table.has_focus and len(table.rows) == len(expected)
        # status filter: learning only
        await pilot.press("f", "f")
        assert screen.status_filter == "learning" and table.rows
        assert all(w.status.startswith("learning") for w in table.rows)
        # select two and mark them known at once
        await pilot.press("home", "space", "space")
        chosen = [w.lemma for w in table.rows[:2]]
        assert table.selected == set(chosen)
        await pilot.press("5")
        with Store(db) as s:
            assert all(s.status(lemma) == "known" for lemma in chosen)
        # the learning filter now leaves them out
        assert not set(chosen) & {w.lemma for w in table.rows}
        # level filter and sort
        await pilot.press("v")
        assert screen.level_filter == "A1" and all(w.level == "A1" for w in table.rows)
        await pilot.press("f", "f", "f", "v", "v", "v", "v", "v", "v", "o", "o")
        assert screen.status_filter == "all" and screen.level_filter == "all"
        assert screen.sort_order == "level"
        levels = [w.level for w in table.rows]
        assert levels == sorted(levels)


async def test_open_a_word_shows_its_gloss_and_sentences(tmp_path):
    db = make_store(tmp_path / "s.sqlite3")
    app = ReaderApp(db=str(db), level="B1", library=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_words(app, pilot)
        table = screen.query_one(WordTable)
        target = next(i for i, w in enumerate(table.rows) if w.texts)
        lemma = table.rows[target].lemma
        # a click on the row moves the cursor; a double click opens the word
        await pilot.click(WordTable, offset=(3, target + 1))
        assert table.cursor == target
        await pilot.click(WordTable, offset=(3, target + 1), times=2)
        await until(pilot, lambda: isinstance(app.screen, WordScreen))
        text = str(app.screen.query_one("#word-sentences").render())
        assert "Een dag op de markt" in text and "Sentences from your texts" in text
        assert str(app.screen.query_one("#word-gloss").render()).startswith(
            (lemma, "de ", "het "))
        await pilot.press("4")
        with Store(db) as s:
            assert s.status(lemma) == "learning4"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen))
        assert table.rows[target].status == "learning4"


async def test_palette_opens_my_words_and_progress(tmp_path):
    import time

    db = make_store(tmp_path / "s.sqlite3", now=time.time())
    app = ReaderApp(db=str(db), level="B1", library=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("ctrl+p", *"progress")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        title = app.screen.query_one("#chart-reviews", BarChart).title
        assert title.startswith("Reviews per day:") and "retention" in title
        await pilot.press("W")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))


async def test_progress_charts_hold_the_stores_numbers(tmp_path):
    db = make_store(tmp_path / "s.sqlite3")
    app = ReaderApp(db=str(db), level="B1", library=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        app.push_screen(ProgressScreen(now=NOW))
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.pause()
        read = app.screen.query_one("#chart-read", BarChart)
        assert sum(read.values) == sum(40 + 15 * (d % 5) for d in range(12) if d * 2 < 30)
        due = app.screen.query_one("#chart-due", BarChart)
        # card i is due at NOW + (3i - 4) days: cards 1 (overdue) and 2.. within 30 days
        assert due.values[0] == 1 and sum(due.values) == 6
        known = app.screen.query_one("#chart-known", BarChart)
        assert known.values == sorted(known.values)  # nothing was forgotten in this store
        for chart in app.screen.query(BarChart):
            assert chart.region.width >= 30 and chart.region.height >= 8  # readable at 80×24


async def test_library_rename_archive_delete(tmp_path):
    db = make_store(tmp_path / "s.sqlite3")
    app = ReaderApp(db=str(db), level="B1", library=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+a", *"Markt", "enter")  # ctrl+a: to the start of the input
        await pilot.pause()
        with Store(db) as s:
            (t,) = s.texts()
            assert t["title"].startswith("Markt")
        await pilot.press("a")
        await pilot.pause()
        with Store(db) as s:
            assert s.texts(archived=False) == [] and len(s.texts(archived=True)) == 1
        await pilot.press("A", "d", "y")
        await pilot.pause()
        with Store(db) as s:
            assert s.texts() == []
            assert s.statuses()  # the learner's words stay


def test_bars_scale_to_the_largest_value():
    assert bar_rows([0, 4, 8], height=2, width=3) == ["  █", " ██"]
    assert bar_rows([0, 1, 8], height=1, width=3) == [" ▁█"]  # a day with anything shows
    assert bar_rows([1, 0], height=1, width=4) == ["██  "]  # fewer days than cells: wider bars
    assert bar_rows([1] * 60, height=1, width=30) == ["█" * 30]  # more days: summed


async def test_statuses_changed_in_my_words_show_in_the_open_text(tmp_path):
    from reader.app import ReadingScreen

    db = make_store(tmp_path / "s.sqlite3")
    with Store(db) as s:
        (t,) = s.texts()
    app = ReaderApp(path=t["source"], db=str(db), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReadingScreen) and app.screen.ready)
        reading = app.screen
        await pilot.press("W")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen))
        table = app.screen.query_one(WordTable)
        lemma = table.rows[0].lemma
        await pilot.press("home", "i")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is reading)
        assert reading.state.statuses[lemma] == "ignored"
        await pilot.press("G")
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.press("W")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is reading)


async def test_expressions_are_listed_apart_and_open_with_their_senses(tmp_path):
    """A fixed expression you marked is a row of kind expression: "exp" for a band, its
    meaning from the expressions data, `t` shows words or expressions only, Enter opens
    it with every sense; the progress chart counts it apart from the known lemmas."""
    from vocab.expressions import default

    db = make_store(tmp_path / "s.sqlite3")
    with Store(db) as s:
        s.set_statuses({"zich zorgen maken over": "learning1", "in de steek laten": "known"})
        known_before = sum(1 for st in s.statuses().values() if st == "known")
    app = ReaderApp(db=str(db), level="B1", library=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_words(app, pilot)
        table = screen.query_one(WordTable)
        title = str(screen.query_one("#titlebar").render())
        assert "and 2 expressions" in title
        await pilot.press("t")
        assert screen.kind_filter == "words"
        assert table.rows and all(" " not in w.lemma for w in table.rows)
        await pilot.press("t")
        assert [w.lemma for w in table.rows] == ["in de steek laten", "zich zorgen maken over"]
        row = table.rows[1]
        assert table._cell(row, "lvl")[0] == "exp"
        sense = default().get("zich zorgen maken over").senses[0]
        await until(pilot, lambda: table.meaning_of(row.lemma) == sense)
        await pilot.press("end", "enter")
        await until(pilot, lambda: isinstance(app.screen, WordScreen))
        gloss = str(app.screen.query_one("#word-gloss").render())
        assert gloss.startswith("zich zorgen maken over") and sense in gloss
        assert "not found" not in gloss.lower()
        await pilot.press("5")  # known, as any word
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen))
        await pilot.press("t")
        assert screen.kind_filter == "all"
        app.push_screen(ProgressScreen())
        await until(pilot, lambda: isinstance(app.screen, ProgressScreen))
        await pilot.pause()
        known = app.screen.query_one("#chart-known", BarChart)
        assert known.values[-1] == known_before - 1  # in de steek laten is no lemma
        assert known.title.endswith("· 2 expressions")
