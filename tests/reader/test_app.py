"""The reader as a learner uses it: Pilot clicks and key presses."""

from __future__ import annotations

from pathlib import Path

from reader.app import LibraryScreen, ReaderApp, ReadingScreen
from reader.widgets import GlossPanel, VocabularyList

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "wie-zijn-isis-k.txt"
SIMPLE = ROOT / "seeds" / "een-dag-op-de-markt.txt"


async def reading(app, pilot) -> ReadingScreen:
    for _ in range(200):
        await pilot.pause(0.02)
        if isinstance(app.screen, ReadingScreen) and app.screen.ready:
            return app.screen
    raise AssertionError("the reading screen did not open")


async def glossed(app, pilot) -> None:
    """Glosses are looked up in a worker thread: wait for it."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def cell_of(screen, index: int) -> tuple[int, int]:
    """Screen cell of word *index*: the cell whose style meta holds its @click action."""
    action = f"select_word({index})"
    region = screen.query_one("#article").region
    for y in range(region.y, region.bottom):
        for x in range(region.x, region.right):
            style = screen.get_style_at(x, y)
            if style.meta.get("@click") == action:
                return x, y
    raise AssertionError(f"word {index} is not on screen")


def index_of(screen, text: str, nth: int = 0) -> int:
    hits = [i for i, t in enumerate(screen.state.tokens) if t.text == text]
    return hits[nth]


async def test_click_a_word_shows_its_gloss(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        i = index_of(screen, "gezworen")
        x, y = cell_of(screen, i)
        await pilot.click(offset=(x, y))
        await glossed(app, pilot)
        g = screen.query_one(GlossPanel).gloss
        assert g.word == "gezworen" and g.lemma == "zweren"
        assert screen.cursor == i
        rendered = str(screen.query_one(GlossPanel).render())
        assert "zwoer" in rendered and "to swear" in rendered


async def test_particle_verb_halves_are_highlighted_together(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        voerde = index_of(screen, "voerde")
        uit = screen.state.pair_index(voerde)
        assert screen.state.tokens[uit].text == "uit"
        screen.set_cursor(voerde)
        await pilot.press("enter")
        await glossed(app, pilot)
        view = screen.paragraph_of(voerde)
        assert view.marked == {voerde, uit}
        assert screen.query_one(GlossPanel).gloss.lemma == "uitvoeren"
        # moving on un-highlights both
        await pilot.press("right")
        assert uit not in view.marked or screen.cursor == uit


async def test_keyboard_only_flow_and_status_survives_restart(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        assert screen.state.tokens[screen.cursor].text == "Een"
        await pilot.press("right", "right", "right")  # Een dag op de
        assert screen.state.tokens[screen.cursor].text == "de"
        await pilot.press("down")  # a word on the next line / paragraph
        lemma = screen.current_lemma()
        assert lemma is not None
        await pilot.press("enter")
        await glossed(app, pilot)
        assert screen.query_one(GlossPanel).gloss.lemma == lemma
        await pilot.press("3")
        assert screen.state.status(lemma) == "learning3"
        await pilot.press("e")
        await pilot.press(*"mijn woord", "enter", *"een notitie", "enter")
        await glossed(app, pilot)
        g = screen.query_one(GlossPanel).gloss
        assert g.user_gloss == "mijn woord" and g.user_note == "een notitie"
        # the vocabulary list: Tab to it, filter to learning, Enter jumps to the word
        await pilot.press("f", "f")
        vocab = screen.query_one(VocabularyList)
        assert [vocab.get_option_at_index(k).id for k in range(vocab.option_count)] == [lemma]
        await pilot.press("tab", "tab")  # the text → the gloss → the list
        assert vocab.has_focus
        await pilot.press("enter")
        assert screen.state.tokens[screen.cursor].lemma == lemma
        position = screen.cursor
    # a new session on the same store: the status, the note and the position are kept
    app2 = ReaderApp(path=str(SIMPLE), db=db, level="A1")
    async with app2.run_test(size=(100, 40)) as pilot:
        screen = await reading(app2, pilot)
        assert screen.state.status(lemma) == "learning3"
        assert screen.cursor == position
        assert app2.store.word(lemma).note == "een notitie"


async def test_a_status_is_shared_by_every_text(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(index_of(screen, "markt"))
        await pilot.press("5")
    app2 = ReaderApp(path=str(ROOT / "seeds" / "thuiswerken-blijft-populair.txt"), db=db, level="A1")
    async with app2.run_test(size=(100, 40)) as pilot:
        screen = await reading(app2, pilot)
        assert screen.state.status("markt") == "known"


async def test_mark_the_page_known_asks_first(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        page = screen.state.new_lemmas_in(screen.visible_token_range())
        assert len(page) > 10
        await pilot.press("K")
        await pilot.press("n")  # no: nothing changes
        assert all(screen.state.status(lemma) == "new" for lemma in page)
        await pilot.press("K", "y")
        await pilot.pause()
        assert all(screen.state.status(lemma) == "known" for lemma in page)
        assert all(app.store.status(lemma) == "known" for lemma in page)


async def test_level_is_asked_once_and_words_below_it_are_known(tmp_path):
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#level-B2")
        screen = await reading(app, pilot)
        assert screen.state.level == "B2"
        assert screen.state.status("markt") == "known"  # an A-level word
    from vocab import config

    assert config.get("level") == "B2"


async def test_library_lists_texts_and_opens_them(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        await reading(app, pilot)
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#texts")
        assert table.row_count == 1
        await pilot.press("enter")
        screen = await reading(app, pilot)
        assert screen.state.analysis.title == "Een dag op de markt"


async def test_a_bad_file_from_the_library_is_a_message_not_a_crash(tmp_path):
    app = ReaderApp(path=str(tmp_path / "missing.txt"), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, LibraryScreen):
                break
        assert isinstance(app.screen, LibraryScreen)


async def test_export_from_the_reader(tmp_path):
    """X writes the words `export --all` writes for the same level (the text is in the
    library now), and the CSV begins with Anki's header lines."""
    from reader.cli import main

    db = tmp_path / "s.sqlite3"
    app = ReaderApp(path=str(SIMPLE), db=str(db), level="A2")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.lemma == "markt"))
        await pilot.press("2")  # a word below the level, now learning: exported too
        await pilot.press("X")
        await pilot.pause()
        field = app.screen.query_one("#path")
        field.value = str(tmp_path / "markt.csv")
        await pilot.press("enter")
        for _ in range(200):
            await pilot.pause(0.02)
            if (tmp_path / "markt.csv").exists():
                break
    lines = (tmp_path / "markt.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#separator:Comma" and lines[3].startswith("#columns:Word,Lemma,Article")
    rows = [line for line in lines if not line.startswith("#")]
    assert len(rows) > 10 and any(row.split(",")[1] == "markt" for row in rows)
    assert main(["export", "--all", "--level", "A2", "-o", str(tmp_path / "all.csv"), "--db", str(db)]) == 0
    assert (tmp_path / "all.csv").read_text(encoding="utf-8").splitlines() == lines


async def test_a_long_text_shows_before_its_vocabulary_is_ranked(tmp_path):
    long = tmp_path / "lang.txt"
    body = SAMPLE.read_text(encoding="utf-8")
    long.write_text(body + ("\n\n" + body.split("\n", 1)[1]) * 40, encoding="utf-8")
    app = ReaderApp(path=str(long), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        for _ in range(500):  # a book shows its first page, then the whole text follows
            if not screen.partial:
                break
            await pilot.pause(0.02)
        assert len(screen.state.tokens) > 20_000
        # the words are coloured by band already; the ranking arrives from a worker
        for _ in range(400):
            await pilot.pause(0.02)
            if screen.state.ranked and screen.query_one(VocabularyList).option_count:
                break
        assert screen.state.ranked
        assert "known" in str(screen.query_one("#status").render())


EXPRESSION_TEXT = (
    "Mijn broer maakt al jaren deel uit van een koor in de stad.\n\n"
    "Hij zingt graag en oefent elke week."
)


async def test_a_fixed_expression_is_highlighted_and_glossed_as_a_unit(tmp_path):
    text = tmp_path / "koor.txt"
    text.write_text(EXPRESSION_TEXT, encoding="utf-8")
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(text), db=db, level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        words = [index_of(screen, w) for w in ("maakt", "deel", "uit", "van")]
        x, y = cell_of(screen, words[1])  # click "deel"
        await pilot.click(offset=(x, y))
        await glossed(app, pilot)
        view = screen.paragraph_of(words[1])
        assert view.marked == set(words)  # every word of the expression lights up
        panel = screen.query_one(GlossPanel)
        assert panel.gloss.expression["text"] == "deel uitmaken van"
        rendered = str(panel.render())
        # the expression first, then the word's own gloss
        assert rendered.index("deel uitmaken van") < rendered.index("to be part of") < rendered.index("frequency")
        # the cursor on a word outside: nothing of the expression stays lit or glossed
        await pilot.press("right", "right", "right")  # deel → uit → van → een
        await glossed(app, pilot)
        assert screen.state.tokens[screen.cursor].text == "een"
        assert view.marked == {screen.cursor}
        assert screen.query_one(GlossPanel).gloss.expression is None
        # m marks the expression itself: learning, then known; z undoes
        await pilot.press("left")
        await pilot.press("m")
        await glossed(app, pilot)
        assert app.store.status("deel uitmaken van") == "learning1"
        assert screen.query_one(GlossPanel).gloss.expression["status"] == "learning1"
        await pilot.press("m")
        assert app.store.status("deel uitmaken van") == "known"
        await pilot.press("z")
        assert app.store.status("deel uitmaken van") == "learning1"
        lemma = screen.state.tokens[screen.cursor].lemma
        assert app.store.status(lemma) == "new"  # the word itself is untouched


async def test_m_on_a_word_outside_an_expression_changes_nothing(tmp_path):
    text = tmp_path / "koor.txt"
    text.write_text(EXPRESSION_TEXT, encoding="utf-8")
    app = ReaderApp(path=str(text), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(index_of(screen, "koor"))
        await pilot.press("m")
        assert app.store.statuses() == {}


async def test_an_expression_marked_with_m_is_exported_by_x(tmp_path):
    """m then X: the expression is a row of its own, its meaning the expression's senses,
    its sentence the text's, tagged as an expression."""
    import csv

    from vocab import expressions
    from vocab.export import CSV_COLUMNS

    text = tmp_path / "koor.txt"
    text.write_text(EXPRESSION_TEXT, encoding="utf-8")
    app = ReaderApp(path=str(text), db=str(tmp_path / "s.sqlite3"), level="A1")
    out = tmp_path / "koor.csv"
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(index_of(screen, "deel"))
        await pilot.press("m")
        assert app.store.status("deel uitmaken van") == "learning1"
        await pilot.press("X")
        await pilot.pause()
        app.screen.query_one("#path").value = str(out)
        await pilot.press("enter")
        for _ in range(200):
            await pilot.pause(0.02)
            if out.exists():
                break
    rows = [dict(zip(CSV_COLUMNS, r, strict=False)) for r in csv.reader(
        line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))]
    row = next(r for r in rows if r["Lemma"] == "deel uitmaken van")
    assert row["Meaning"].startswith(expressions.default().get("deel uitmaken van").senses[0])
    assert row["Sentence"] == "Mijn broer maakt al jaren deel uit van een koor in de stad."
    assert row["Word"] == "maakt … deel uit van"
    assert "dutch-reader::expression" in row["Tags"].split()
