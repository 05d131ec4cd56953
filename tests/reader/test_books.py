"""Whole books by keyboard: the virtual article, paging, Home/End, go to %, chapters, the
saved position, long paragraphs in pieces, EPUB chapters."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from reader.app import ReaderApp
from reader.widgets.article import estimate_lines, make_blocks
from tests.reader.test_app import reading
from vocab.chapters import find_chapters, is_heading
from vocab.importers import load_path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


async def whole_book(screen, pilot, tries: int) -> None:
    """Wait (up to *tries* pauses of 20 ms) until the whole book has replaced its first page."""
    for _ in range(tries):
        if not screen.partial:
            return
        await pilot.pause(0.02)


def write_book(path: Path, chapters: int = 5) -> Path:
    """A book of our seed texts under chapter headings (about 7,000 words)."""
    bodies = [p.read_text(encoding="utf-8").split("\n", 1)[1].strip() for p in sorted(SEEDS.glob("*.txt"))]
    parts = ["Een boek om te lezen"]
    for n in range(1, chapters + 1):
        parts.append(f"Hoofdstuk {n}")
        parts.extend(bodies[(n + k) % len(bodies)] for k in range(3))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    return write_book(tmp_path_factory.mktemp("book") / "boek.txt")


async def settle(pilot, n: int = 3) -> None:
    for _ in range(n):
        await pilot.pause()


def visible(screen) -> range:
    return screen.article.visible_tokens()


async def test_a_book_is_mounted_around_the_viewport_with_the_whole_scroll_range(book, tmp_path):
    app = ReaderApp(path=str(book), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        article = screen.article
        assert len(article.blocks) > 60
        assert len(article.views) < len(article.blocks) / 2  # not mounted whole
        # the scroll range is the whole text: every block's height counts
        assert article.virtual_size.height >= sum(article.heights) - 1
        assert article.max_scroll_y > 10 * article.size.height


async def test_page_down_reaches_the_end_and_the_cursor_comes_along(book, tmp_path):
    app = ReaderApp(path=str(book), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        last = len(screen.state.tokens) - 1
        pages = 0
        while last not in visible(screen) and pages < 400:
            await pilot.press("pagedown")
            await settle(pilot)
            pages += 1
            assert screen.cursor in visible(screen)  # paging moves the cursor onto the page
        assert last in visible(screen), f"the end was not reached after {pages} pages"
        assert pages > 10
        await pilot.press("pageup")
        await settle(pilot)
        assert screen.cursor in visible(screen) and last not in visible(screen)
        await pilot.press("down")  # the next arrow key goes on from the page, not back
        assert screen.cursor in visible(screen)


async def test_home_end_and_go_to_percent(book, tmp_path):
    app = ReaderApp(path=str(book), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        n = len(screen.state.tokens)
        await pilot.press("end")
        await settle(pilot, 5)
        assert screen.cursor == n - 1
        assert n - 1 in visible(screen)
        assert screen.article.scroll_y == screen.article.max_scroll_y
        await pilot.press("home")
        await settle(pilot)
        assert screen.cursor == 0 and 0 in visible(screen) and screen.article.scroll_y == 0
        await pilot.press("g")
        await pilot.press(*"50", "enter")
        await settle(pilot, 5)
        assert abs(screen.cursor - n / 2) < 2
        assert screen.cursor in visible(screen)


async def test_the_saved_position_is_restored_and_shown(book, tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(book), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.go_to_percent(70)
        await settle(pilot)
        position = screen.cursor
    app = ReaderApp(path=str(book), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        await settle(pilot)
        assert screen.cursor == position
        assert position in visible(screen)  # shown, not only restored
        assert "70%" in str(screen.query_one("#titlebar").render())


async def test_table_of_contents_goes_to_a_chapter(book, tmp_path):
    app = ReaderApp(path=str(book), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        assert [c.title for c in screen.chapters] == [f"Hoofdstuk {n}" for n in range(1, 6)]
        from reader.commands import ReaderCommands

        assert any("contents" in name for name, _, _ in ReaderCommands(screen)._commands())
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "down", "down", "enter")  # Hoofdstuk 4
        await settle(pilot, 5)
        tok = screen.state.tokens[screen.cursor]
        assert tok.text == "Hoofdstuk"
        assert screen.state.tokens[screen.cursor + 1].text == "4"
        assert screen.cursor in visible(screen)


async def test_a_long_single_line_is_drawn_in_pieces(tmp_path):
    body = SEEDS.joinpath("wie-zijn-isis-k.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    line = " ".join(body.split())
    path = tmp_path / "een-regel.txt"
    path.write_text(" ".join([line] * 40) + "\n", encoding="utf-8")  # ~160 KB on one line
    app = ReaderApp(path=str(path), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        await whole_book(screen, pilot, 500)  # the first page shows first, the whole text follows
        blocks = screen.article.blocks
        assert len(screen.state.analysis.paragraphs) == 1
        assert len(blocks) > 40
        assert all(b.end - b.start < 4500 for b in blocks)
        assert [b.gap for b in blocks].count(True) == 1  # one paragraph: no gaps inside it
        await pilot.press("end")
        await settle(pilot, 5)
        assert len(screen.state.tokens) - 1 in visible(screen)


def test_blocks_cover_every_token_once_and_cut_at_sentence_starts(book):
    from vocab.analysis import analyse
    from vocab.reading import ReadingState

    loaded = load_path(book)
    state = ReadingState(analyse(loaded.text, title=loaded.title))
    blocks = make_blocks(state, chunk=300)
    assert blocks[0].first == 0 and blocks[-1].last == len(state.tokens)
    assert all(a.last == b.first for a, b in zip(blocks, blocks[1:], strict=False))
    for b in blocks:
        if b.first < b.last and not any(b.start == p.start for p in state.analysis.paragraphs):
            assert state.tokens[b.first].index == 0  # a piece begins a sentence


def test_estimated_lines_match_textual_wrapping():
    from textual.content import Content

    text = SEEDS.joinpath("wie-zijn-isis-k.txt").read_text(encoding="utf-8")
    for para in text.split("\n\n"):
        para = para.replace("\n", " ")
        for width in (40, 76):
            assert estimate_lines(para, width) == len(Content(para).wrap(width))


def test_chapter_headings_of_a_plain_text():
    assert is_heading("Hoofdstuk 12") and is_heading("EERSTE HOOFDSTUK.") and is_heading("IV.")
    assert is_heading("# Het begin") and is_heading("Proloog")
    assert not is_heading("Hij kwam thuis.") and not is_heading("De NAVO en de VN")
    assert not is_heading("In het hoofdstuk van zijn leven dat nu begon, en dat lang zou duren")
    text = "Titel\n\nHoofdstuk 1\n\nTekst hier.\n\nHoofdstuk 2\n\nMeer tekst."
    from vocab.text import split_paragraphs

    spans = [type("P", (), {"start": s, "end": e}) for s, e in split_paragraphs(text)]
    chapters = find_chapters(text, spans, title="Titel")
    assert [(c.title, text[c.start : c.start + 11]) for c in chapters] == [
        ("Hoofdstuk 1", "Hoofdstuk 1"), ("Hoofdstuk 2", "Hoofdstuk 2")]


def test_epub_keeps_its_chapters(tmp_path):
    from tests.robustness.test_inputs import write_epub

    path = write_epub(tmp_path / "weer.epub", "Drie hoofdstukken", [
        (f"Deel {n}: het weer", body) for n, body in
        enumerate(["Het regent in Utrecht.", "De zon schijnt in Gent.", "Het sneeuwt in Groningen."], 1)])
    loaded = load_path(path)
    assert [title for _, title in loaded.chapters] == [f"Deel {n}: het weer" for n in (1, 2, 3)]
    for start, title in loaded.chapters:
        assert loaded.text[start:].startswith(title)


def weather_epub(path: Path) -> Path:
    """An EPUB whose chapter headings no rule for plain texts would find."""
    from tests.robustness.test_inputs import write_epub

    return write_epub(path, "Het weer in drie steden", [
        (heading, body) for heading, body in [
            ("Regen boven Utrecht", "Het regent al de hele ochtend in Utrecht. De fietsers zijn nat."),
            ("Zon in Gent", "In Gent schijnt de zon. Op de terrassen is geen plaats meer vrij."),
            ("Sneeuw in Groningen", "Het sneeuwt in Groningen. De kinderen bouwen een sneeuwpop."),
        ]])


async def test_an_epub_reopened_from_the_library_keeps_its_chapters(tmp_path):
    from reader.screens.library import LibraryScreen
    from reader.screens.toc import TocScreen

    path = weather_epub(tmp_path / "weer.epub")
    app = ReaderApp(path=str(path), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        first = [(c.title, c.start) for c in screen.chapters]
        assert [t for t, _ in first] == ["Regen boven Utrecht", "Zon in Gent", "Sneeuw in Groningen"]
        path.unlink()  # the library's own copy reopens, with its chapters
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        screen = await reading(app, pilot)
        assert [(c.title, c.start) for c in screen.chapters] == first
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TocScreen)
        await pilot.press("down", "down", "enter")
        await settle(pilot, 5)
        assert screen.state.tokens[screen.cursor].start == first[2][1]  # Sneeuw in Groningen
        assert screen.state.tokens[screen.cursor].text == "Sneeuw"


async def test_a_book_shows_its_page_before_the_whole_is_analysed(book, tmp_path, monkeypatch):
    import reader.app

    monkeypatch.setattr(reader.app, "QUICK_START", 5_000)  # our test book counts as long
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(book), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        whole = len(book.read_text(encoding="utf-8"))
        # shown from the first page's analysis, or already completed: either way the same
        # words, and in the end the whole book
        await whole_book(screen, pilot, 300)
        assert not screen.partial and screen.state.tokens[-1].end > whole - 100
        assert screen.text_id is not None
        screen.go_to_percent(60)
        await settle(pilot)
        word = screen.state.tokens[screen.cursor]
    app = ReaderApp(path=str(book), db=db, level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        assert screen.partial_at == word.start  # its first page was the saved place
        # the first page is the saved place, shown before the rest of the book is read
        # (or at once: the whole book's analysis may come from the cache of analyses)
        assert screen.state.tokens[screen.cursor].start == word.start
        await settle(pilot)
        assert screen.cursor in visible(screen)
        await whole_book(screen, pilot, 300)
        await settle(pilot)
        assert screen.state.tokens[screen.cursor].start == word.start  # the same word
        assert screen.cursor in visible(screen)


SHARED_BOOK = ROOT.parent / "shared" / "bench" / "het-beleg-van-haarlem-1.txt"


def shared_book() -> Path:
    """The novel of the benchmarks, beside the checkout (not on every machine)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "bench" / "het-beleg-van-haarlem-1.txt"
        if path.exists():
            return path
    pytest.skip("the benchmark novel is not on this machine")


def glosses_under_words(screen) -> list[tuple[int, str]]:
    """(token, what stands under it) for every new and learning word drawn on the screen:
    the gloss line's text from the start of the word's chunk."""
    article = screen.article
    visible = article.visible_tokens()
    out = []
    for view in article.views:
        lines = view.render().plain.split("\n")
        for n, words in enumerate(view.layout_lines(article.view_width(view))):
            text, glosses = lines[2 * n], lines[2 * n + 1] if 2 * n + 1 < len(lines) else ""
            for i, col in words:
                if i in visible and screen.meaning(i) is not None:
                    start = text.rfind(" ", 0, col) + 1
                    out.append((i, glosses[start:]))
    return out


@pytest.mark.parametrize("which", ["seeds", "novel"])
async def test_interlinear_meanings_come_in_while_paging_a_book(which, book, tmp_path):
    """With interlinear on, PageDown moves the cursor onto each new page at once (the text
    is drawn before its meanings are looked up, in a worker), and the meanings then stand
    under the new and learning words on the screen."""
    from reader.screens.reading import PENDING, interlinear_meaning
    from tests.reader.test_discover import meanings_shown

    path = book if which == "seeds" else shared_book()
    app = ReaderApp(path=str(path), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await reading(app, pilot)
        await whole_book(screen, pilot, 3000)
        assert not screen.partial
        screen.go_to_percent(30)
        await settle(pilot)
        await pilot.press("a")
        view = screen.paragraph_of(screen.cursor)
        word = screen.state.tokens[screen.cursor].text
        assert word in view.render().plain  # the text is there, meanings or not
        for _page in range(4):
            before = screen.cursor
            await pilot.press("pagedown")
            assert screen.cursor > before  # the cursor is on the next page
            assert screen.paragraph_of(screen.cursor) is not None
        await meanings_shown(app, pilot, screen)
        under = glosses_under_words(screen)
        assert len(under) >= 5  # a page of a novel has new words at B1
        analysis = screen.state.analysis
        for i, gloss in under:
            expected = interlinear_meaning(app.glossary, analysis, screen.state.tokens[i])
            assert screen.meaning(i) == expected
            # the meaning stands under its word (cut with … when longer than the space)
            head = expected[:6].rstrip("…")
            assert gloss.startswith(head) or f"/{head}" in gloss[:20], (screen.state.tokens[i].text, gloss)
        assert not any(gloss.startswith(PENDING + " ") or gloss == PENDING for _, gloss in under)


async def test_a_stale_meaning_is_not_shown(tmp_path):
    """A lookup made before the learner wrote their own gloss answers too late: dropped."""
    from tests.reader.test_app import index_of
    from tests.reader.test_discover import SAMPLE, meanings_shown

    app = ReaderApp(path=str(SAMPLE), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        await pilot.press("a")
        await meanings_shown(app, pilot, screen)
        i = index_of(screen, "gezworen")
        screen.set_cursor(i)
        tok = screen.state.tokens[i]
        key = (tok.lemma, tok.norm, tok.pair is not None, tok.pos)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#gloss").value = "beëdigd"
        await pilot.press("enter", "enter")  # the gloss, then the note: saved
        await meanings_shown(app, pilot, screen)
        assert "beëdigd" in screen.paragraph_of(i).render().plain
        # a lookup made before a change (a note, a correction) answers after it
        old = screen._meanings_generation
        screen._forget_meanings()
        screen.article.relayout()
        assert i in screen._waiting
        screen._meanings_found({key: "stale meaning"}, old)
        await meanings_shown(app, pilot, screen)
        plain = screen.paragraph_of(i).render().plain
        assert "beëdigd" in plain and "stale meaning" not in plain


def send_key(app, name: str) -> None:
    """A key as the terminal driver sends it: queued, nothing waited for (Pilot.press
    waits until the app is idle, so a key never comes in the middle of a relayout)."""
    event = events.Key(name, name if len(name) == 1 else None)
    event.set_sender(app)
    app.post_message(event)  # as the driver's send_message does, from the app's loop


@pytest.mark.parametrize("how", ["pressed", "sent", "together", "bursts"])
async def test_page_down_with_interlinear_puts_the_cursor_on_each_new_page(how, book, tmp_path):
    """Interlinear on (its layout is twice as high as the estimate it starts from, and
    meanings coming in wrap lines anew): every PageDown, pressed, sent as the terminal
    sends it right behind `a`, handled before the relayout of `a` is measured, or three
    at a time, leaves the cursor on a word on the screen, later in the text than before,
    to the end of the book."""
    app = ReaderApp(path=str(book), db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await reading(app, pilot)
        await whole_book(screen, pilot, 3000)
        screen.go_to_percent(30)
        await settle(pilot)
        last = len(screen.state.tokens) - 1

        async def settled() -> None:
            await settle(pilot)
            await app.workers.wait_for_complete()  # the meanings: paragraphs wrapped anew
            await settle(pilot)

        before = screen.cursor
        if how == "pressed":
            await pilot.press("a", "pagedown")
        elif how == "together":  # both keys' actions before the next refresh
            screen.action_interlinear()
            screen.action_page(1)
        else:
            send_key(app, "a")
            send_key(app, "pagedown")
        await settled()
        pages = 1
        while True:
            cursor = screen.cursor
            assert cursor in visible(screen), (pages, cursor, visible(screen))
            assert cursor > before or before == last, (pages, before, cursor)
            if cursor == last:
                break
            assert pages < 200
            before = cursor
            if how == "pressed":
                await pilot.press("pagedown")
            else:
                for _ in range(3 if how == "bursts" else 1):
                    send_key(app, "pagedown")
            await settled()
            pages += 1
        assert screen.article.interlinear is not None and pages > 5


async def test_an_action_a_screen_runs_itself_reaches_the_app(tmp_path):
    """The reading screen runs a key pressed while the whole book was still being read (End,
    go to %) itself when the book is there: Widget.run_action passes namespaces too."""
    from reader.screens import HelpScreen

    app = ReaderApp(path=str(ROOT / "seeds" / "een-dag-op-de-markt.txt"),
                    db=str(tmp_path / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        await screen.run_action("help")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
