"""Layout and discoverability: reading width, legend, help, footer, command palette,
settings saved at once, the level in the app, the first run, the gloss following the
cursor, status keys on the list, interlinear meanings, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button
from textual.widgets._footer import FooterKey

from reader.app import ReaderApp, sample_for
from reader.commands import ReaderCommands
from reader.screens import HelpScreen, LevelScreen
from reader.widgets import GlossPanel, VocabularyList
from tests.reader.test_app import index_of, reading
from vocab import config

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "wie-zijn-isis-k.txt"
SIMPLE = ROOT / "seeds" / "een-dag-op-de-markt.txt"


async def test_lines_are_no_wider_than_the_reading_width_and_it_is_saved(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await reading(app, pilot)
        assert all(v.size.width <= 80 for v in screen.paragraph_views)
        assert max(v.size.width for v in screen.paragraph_views) == 80
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert config.get("reading_width") == 90  # saved the moment it changed
        await pilot.pause()
        assert max(v.size.width for v in screen.paragraph_views) == 90


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_footer_fits(tmp_path, size):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=size) as pilot:
        screen = await reading(app, pilot)
        keys = {k.key: k for k in screen.query(FooterKey)}
        assert {"question_mark", "q", "L", "a"} <= set(keys)
        for key in keys.values():
            assert key.region.width > 0 and key.region.right <= size[0], key.key
        # context-sensitive: the list's own keys when it has focus
        screen.query_one(VocabularyList).focus()
        for _ in range(100):  # the footer is recomposed after the focus change
            await pilot.pause(0.02)
            keys = {k.key for k in screen.query(FooterKey)}
            if "enter" in keys:
                break
        assert "enter" in keys and "a" not in keys


@pytest.mark.parametrize("size, cards", [((80, 24), "due 0/0/0"), ((120, 40), "cards: 0 due now")])
async def test_the_status_bar_fits(tmp_path, size, cards):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=size) as pilot:
        screen = await reading(app, pilot)
        await pilot.pause()
        text = str(screen.query_one("#status").render())
        assert len(text) <= size[0] - 2 and "known" in text and "new to 98%" in text
        assert cards in text and "B1" in text
        await pilot.resize_terminal(60, 24)  # narrower still: the least useful parts go
        await pilot.pause()
        text = str(screen.query_one("#status").render())
        assert len(text) <= 58 and "known" in text and "due" not in text


async def test_the_gloss_panel_scrolls_by_keyboard_at_80x24(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(index_of(screen, "gezworen"))
        await pilot.pause()
        scroll = screen.query_one("#gloss-scroll")
        assert scroll.max_scroll_y > 0  # the gloss is longer than its panel here
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert scroll.scroll_y > 0
        await pilot.press("tab")  # the gloss panel takes focus; arrows scroll it
        assert scroll.has_focus
        await pilot.press("home", "down")
        await pilot.pause()
        assert scroll.scroll_y == 1


async def test_legend_line_toggles_and_is_remembered(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        legend = screen.query_one("#legend")
        assert legend.display and "learning" in str(legend.render())
        await pilot.press("c")
        assert not legend.display and config.get("legend") is False


async def test_help_shows_every_key_and_the_colour_legend(tmp_path):
    from reader.keys import KEYS

    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(80, 24)) as pilot:
        await reading(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        texts = [str(s.render()) for s in help_screen.query(".key")]
        assert texts == [k for _, rows in KEYS for k, _ in rows]
        legend = " ".join(str(w.render()) for w in help_screen.query("#help-legend .what"))
        assert "a name" in legend and "learning 1" in legend and "C2" in legend
        # the table's second column wraps inside the dialog, never past its edge
        dialog = help_screen.query_one("#help")
        assert all(w.region.right <= dialog.region.right for w in help_screen.query(".what"))
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_offers_every_action(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        names = " | ".join(name.lower() for name, _, _ in ReaderCommands(screen)._commands())
        for wanted in ("open a text file", "change your level", "practise", "export", "library",
                       "theme", "colour legend", "interlinear", "go to",
                       "undo", "gloss follows", "reading width", "keys", "quit"):
            assert wanted in names, wanted
        assert "table of contents" not in names  # an article has no chapters
        # and a command runs its action
        run = next(cb for name, _, cb in ReaderCommands(screen)._commands() if "legend" in name.lower())
        await run()
        assert not screen.query_one("#legend").display


async def test_theme_is_remembered_at_once(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(SIMPLE), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        await reading(app, pilot)
        await pilot.press("T")
        await pilot.pause()
        assert config.get("theme") == app.theme == "textual-light"
    app = ReaderApp(path=str(SIMPLE), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        await reading(app, pilot)
        assert app.theme == "textual-light"


async def test_level_is_changed_in_the_app(tmp_path):
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        assert screen.state.status("markt") == "new"
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, LevelScreen)
        await pilot.press("escape")  # keeps the level
        assert screen.state.level == "A1"
        await pilot.press("v")
        await pilot.pause()
        await pilot.click("#level-B2")
        await pilot.pause()
        assert screen.state.level == "B2" and config.get("level") == "B2"
        assert screen.state.status("markt") == "known"
        assert "B2" in str(screen.query_one("#status").render())


async def test_first_run_asks_the_level_without_a_silent_default_then_opens_a_fitting_sample(tmp_path):
    app = ReaderApp(db=str(tmp_path / "s.sqlite3"), library=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LevelScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LevelScreen) and config.get("level") is None
        focused = app.screen.focused
        assert isinstance(focused, Button) and focused.id == "level-A2"
        await pilot.press("enter")
        screen = await reading(app, pilot)
        assert config.get("level") == "A2"
        assert screen.state.analysis.source.endswith("een-dag-op-de-markt.txt")
        # glossed at once: the gloss follows the cursor, also after a restart
        assert screen.query_one(GlossPanel).gloss is not None
    assert sample_for("B1").name == "de-fiets-in-nederland.txt"
    assert sample_for("C1").name == "wie-zijn-isis-k.txt"


async def test_the_gloss_follows_the_cursor_and_can_stop(tmp_path):
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        panel = screen.query_one(GlossPanel)
        await pilot.press("right", "right")
        assert panel.gloss.word == screen.state.tokens[screen.cursor].text
        await pilot.press("F")
        assert config.get("gloss_follows") is False
        word = panel.gloss.word
        await pilot.press("right")
        assert panel.gloss.word == word
        await pilot.press("enter")
        assert panel.gloss.word == screen.state.tokens[screen.cursor].text


async def test_status_keys_act_on_the_focused_list_row(tmp_path):
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        under_cursor = screen.current_lemma()
        vocab = screen.query_one(VocabularyList)
        vocab.focus()
        await pilot.press("down", "down")
        row = vocab.get_option_at_index(vocab.highlighted).id
        assert row != under_cursor
        await pilot.press("5")
        assert screen.state.status(row) == "known" and app.store.status(row) == "known"
        assert screen.state.status(under_cursor) == "new"


async def meanings_shown(app, pilot, screen) -> None:
    """Interlinear meanings are looked up in a worker: wait until the screen's are in."""
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not screen.meanings_pending():
            return
    raise AssertionError("the meanings did not come")


async def test_interlinear_meanings_under_new_words(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        i = index_of(screen, "gezworen")
        await pilot.press("a")
        await meanings_shown(app, pilot, screen)
        assert config.get("interlinear") is True
        view = screen.paragraph_of(i)
        lines = view.render().plain.split("\n")
        # the line under the text line of "gezworen" has its meaning at its column
        n, col, _ = view.line_of(i, screen.article.view_width(view))
        assert lines[2 * n][col:].startswith("gezworen")
        assert lines[2 * n + 1][col:].startswith("swear")
        # a known word has none
        known = index_of(screen, "de")
        assert screen.meaning(known) is None
        # arrows still walk the text lines
        screen.set_cursor(i)
        await pilot.press("down")
        assert screen.paragraph_of(screen.cursor).line_of(screen.cursor, screen.article.view_width(view))[0] \
            in (n + 1, 0)
        await pilot.press("a")
        await pilot.pause()
        assert "swear" not in screen.paragraph_of(i).render().plain


async def test_undo_the_last_status_change_including_page_known(tmp_path):
    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(index_of(screen, "gezworen"))
        lemma = screen.current_lemma()
        await pilot.press("3", "5")
        assert app.store.status(lemma) == "known"
        await pilot.press("z")
        assert screen.state.status(lemma) == "learning3" and app.store.status(lemma) == "learning3"
        page = screen.state.new_lemmas_in(screen.visible_token_range())
        await pilot.press("K", "y")
        await pilot.pause()
        assert all(app.store.status(x) == "known" for x in page)
        await pilot.press("z")
        assert all(screen.state.status(x) == "new" for x in page)
        assert all(app.store.word(x) is None for x in page)  # as if never marked
        await pilot.press("z", "z")
        assert app.store.word(lemma) is None
