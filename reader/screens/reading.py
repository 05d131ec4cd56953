"""The reading screen: a text in paragraph blocks (a virtual list: a book is never mounted
whole), the gloss panel, the vocabulary, a colour legend and the status bar.

The screen draws what the engine computes; it never analyses text itself.  Every action the
learner takes is saved at once (``vocab.store``, one transaction each) and can be undone
(``z``): the last status change (``K`` included).
"""

from __future__ import annotations

import gc
import os
import sys
import time
import webbrowser
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.worker import get_current_worker

from vocab import config, speech
from vocab.analysis import dutch_share
from vocab.links import links_for
from vocab.reading import ReadingState, short_meaning
from vocab.store import Store, StoreError

from ..keys import legend_line
from ..widgets import ArticleScroll, GlossPanel, ParagraphView, VocabularyList
from ..widgets.article import Block, make_blocks
from .dialogs import ConfirmScreen, GoToScreen, NoteScreen, OpenFileScreen
from .help import HelpScreen

#: Shown under a word in interlinear mode while its meaning is being looked up.
PENDING = "…"

#: Reading widths one key press apart (<, >), in columns.
WIDTH_STEP, MIN_WIDTH, MAX_WIDTH = 10, 40, 200


class ReadingScreen(Screen):
    """A text, the gloss of the word under the cursor, the text's vocabulary."""

    BINDINGS = [
        Binding("left,h,b", "move(-1)", "previous word", show=False),
        Binding("right,l,w", "move(1)", "next word", show=False),
        Binding("up,k", "line(-1)", "word on the line above", show=False),
        Binding("down,j", "line(1)", "word on the line below", show=False),
        Binding("pageup", "page(-1)", "page up", show=False),
        Binding("pagedown,space", "page(1)", "page down", show=False),
        Binding("home", "home", "start of the text", show=False),
        Binding("end", "end", "end of the text", show=False),
        Binding("g", "go_to", "go to %", show=False, tooltip="Go to a place in the text (percent)"),
        Binding("enter", "gloss", "gloss", show=False),
        Binding("1", "mark('learning1')", "status", key_display="1-5",
                tooltip="Mark the word learning 1 (just met)"),
        Binding("2", "mark('learning2')", "learning 2", show=False, tooltip="Mark the word learning 2"),
        Binding("3", "mark('learning3')", "learning 3", show=False, tooltip="Mark the word learning 3"),
        Binding("4", "mark('learning4')", "learning 4", show=False, tooltip="Mark the word learning 4"),
        Binding("5", "mark('known')", "known", show=False, tooltip="Mark the word known"),
        Binding("i", "mark('ignored')", "ignore", show=False),
        Binding("u", "mark('new')", "back to new", show=False),
        Binding("z,ctrl+z", "undo", "undo", show=False, tooltip="Undo the last status change or correction"),
        Binding("r", "correct", "correct", tooltip="Correct the analysis of the word: lemma, particle verb, name"),
        Binding("e", "edit_note", "your note", show=False),
        Binding("p", "pronounce", "pronounce", show=False),
        Binding("s", "speak_sentence", "say the sentence", show=False,
                tooltip="Say the whole sentence of the word at the cursor (espeak-ng)"),
        Binding("m", "mark_expression", "expression status", show=False,
                tooltip="Mark the fixed expression at the cursor: new → learning → known"),
        Binding("d", "open_link", "dictionary online", show=False,
                tooltip="Open the word in an online dictionary (Wiktionary; dictionary_links "
                        "in config.json)"),
        Binding("K", "page_known", "page known", show=False,
                tooltip="Mark the remaining new words on the page known"),
        Binding("a", "interlinear", "meanings", tooltip="Interlinear: a short meaning under new and learning words"),
        Binding("F", "toggle_follow", "gloss follows", show=False,
                tooltip="The gloss follows the cursor (on/off)"),
        Binding("c", "legend", "colour legend", show=False, tooltip="Show or hide the colour legend line"),
        Binding("t", "contents", "contents", tooltip="Table of contents: chapters"),
        Binding("less_than_sign", "width(-1)", "narrower", show=False, tooltip="Narrower reading width"),
        Binding("greater_than_sign", "width(1)", "wider", show=False, tooltip="Wider reading width"),
        Binding("f", "filter", "filter", show=False, tooltip="Vocabulary filter: all / new / learning"),
        Binding("tab", "toggle_focus", "next panel", show=False,
                tooltip="Focus the next panel: text → gloss → vocabulary"),
        Binding("shift+tab", "toggle_focus(-1)", "previous panel", show=False),
        Binding("left_square_bracket", "scroll_gloss(-1)", "gloss up", show=False,
                tooltip="Scroll the gloss up"),
        Binding("right_square_bracket", "scroll_gloss(1)", "gloss down", show=False,
                tooltip="Scroll the gloss down"),
        Binding("o", "app.open_file", "open a file", show=False, tooltip="Open a text file"),
        Binding("L", "library", "library"),
        Binding("P", "practice", "practise", show=False, tooltip="Practise this text (cloze cards)"),
        Binding("X", "export", "export", show=False, tooltip="Export this text's words (Anki, CSV)"),
        Binding("question_mark", "help", "keys"),
        Binding("q", "app.quit", "quit"),
    ]

    def __init__(self, state: ReadingState, text_id: int | None, blocks: list[Block] | None = None,
                 chapters: list | None = None, partial_at: int | None = None) -> None:
        """*partial_at*: *state* holds only the page around this character offset of a book,
        shown while the whole book is analysed; :meth:`complete` brings the rest."""
        super().__init__()
        self.partial = partial_at is not None
        self.partial_at = partial_at or 0
        self._corrected_while_partial = False
        self._pending: str | None = None
        self.state = state
        self.text_id = text_id
        self.blocks = blocks if blocks is not None else make_blocks(state)
        self.chapters = chapters or []
        self.cursor = 0
        self.filter_mode = "all"
        self.follow = bool(config.get("gloss_follows"))
        self.undo_stack: list[tuple[str, object]] = []
        # interlinear meanings: looked up in a worker (see meaning())
        self._meanings: dict[int, str | None] = {}  # token index -> short meaning
        self._meaning_of: dict[tuple, str | None] = {}  # (lemma, form, …) -> short meaning
        self._waiting: dict[int, tuple] = {}  # token index -> key, its meaning not there yet
        self._meanings_asked = False  # a lookup is scheduled for after this refresh
        self._meanings_generation = 0  # older lookups' answers are stale (a note, corrections)
        self._save_timer = None
        self._gloss_request = 0  # the latest gloss asked for (see action_gloss)
        self.ready = False  # set when the text is on screen at the saved position

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Static(self._title_bar(), id="titlebar")
        yield Static(legend_line(), id="legend")
        with Horizontal(id="main"):
            yield ArticleScroll(self.state, self.blocks, reading_width=self.reading_width,
                                interlinear=self.meaning if config.get("interlinear") else None,
                                id="article")
            with Vertical(id="side"):
                with VerticalScroll(id="gloss-scroll"):
                    yield GlossPanel(id="gloss")
                yield Static("", id="vocab-title")
                yield VocabularyList(id="vocab")
        yield Static("", id="status")
        yield Footer()

    @property
    def reading_width(self) -> int:
        try:
            width = int(config.get("reading_width"))
        except (TypeError, ValueError):
            width = 80
        return max(MIN_WIDTH, min(MAX_WIDTH, width))

    @property
    def article(self) -> ArticleScroll:
        return self.query_one("#article", ArticleScroll)

    @property
    def paragraph_views(self) -> list[ParagraphView]:
        """The paragraph blocks mounted now (those around the viewport)."""
        return self.article.views

    def _title_bar(self) -> Content:
        a = self.state.analysis
        n = len(self.state.tokens)
        digits = 1 if n > 20_000 else 0  # a page of a book is a fraction of a percent
        where = f"{100 * self.cursor / (n - 1):.{digits}f}%" if n > 1 else ""
        return Content.assemble((a.title or "dutch-reader", "bold"), " · ", (Path(a.source).name, "dim"),
                                (f" · {where}" if where else "", "dim"))

    def on_mount(self) -> None:
        self.query_one("#legend").display = bool(config.get("legend"))
        self.call_after_refresh(self._check_language)
        if self.partial:
            pass  # complete() ranks the whole book
        elif self.state.ranked:
            self.refresh_side()
        else:
            # the text shows at once; the ranking of every lemma (a book has thousands)
            # follows from a worker
            self.query_one("#status", Static).update(Content.assemble(("ranking the vocabulary …", "dim")))
            self.call_after_refresh(self._rank)  # after the first paint, not competing with it
        position = 0
        if self.partial:
            position = self.token_at_offset(self.partial_at)
            self.query_one("#status", Static).update(Content.assemble(("reading the whole book …", "dim")))
        elif self.text_id is not None and self.app.store is not None:
            t = self.app.store.text(self.text_id)
            position = min(t["position"], len(self.state.tokens) - 1) if t else 0
        self.article.focus()
        # the saved position is shown, not only restored: its line at the top of the screen
        self.call_after_refresh(self._open_at, max(0, position))

    def _open_at(self, position: int) -> None:
        if self.partial_at:  # a book opened at a character offset (its index may have changed)
            position = self.token_at_offset(self.partial_at)
        self.set_cursor(position, top=True)
        self.call_after_refresh(self._opened)

    def _opened(self) -> None:
        self.article.reveal_token(self.cursor, top=self.cursor > 0)
        self.ready = True

    @work(thread=True, exclusive=True, group="rank")
    def _rank(self) -> None:
        self.state.stats  # noqa: B018 - computes and keeps the ranking
        self.state.profile()
        self.app.call_from_thread(self.refresh_side)

    @work(thread=True, group="language-check")
    def _check_language(self) -> None:
        if dutch_share(self.state.analysis) < 0.5:
            self.app.call_from_thread(
                self.notify, "This text does not look like Dutch: most words are not.",
                severity="warning", timeout=8,
            )

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "narrow")
        if self.is_mounted and self.state.ranked:
            self.query_one("#status", Static).update(self._status_line(self.size.width))

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()  # the footer shows the keys of what has focus

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        in_list = self.is_mounted and self.query_one("#vocab", VocabularyList).has_focus
        if in_list and action in ("interlinear", "contents", "go_to", "page_known", "correct"):
            return False  # keys of the text; the footer shows the list's keys instead
        if action == "contents" and not self.chapters:
            return False
        return True

    # ------------------------------------------------------------------ cursor
    def paragraph_of(self, index: int) -> ParagraphView | None:
        return self.article.view_of_token(index)

    def set_cursor(self, index: int, scroll: bool = True, top: bool = False) -> None:
        if not self.state.tokens:
            return
        index = max(0, min(index, len(self.state.tokens) - 1))
        article = self.article
        old_marked = self._marked(self.cursor)
        self.cursor = index
        marked = self._marked(index)
        if scroll:
            article.reveal_token(index, top=top)
        for i in old_marked | marked:
            view = self.paragraph_of(i)
            if view is not None:
                view.refresh_words(marked)
        if self.follow:
            self.action_gloss()
        self._schedule_position_save()

    def _marked(self, index: int) -> set[int]:
        """The cursor's word and what belongs with it: the other half of a particle verb,
        the other words of a fixed expression."""
        if not self.state.tokens:
            return {index}
        pair = self.state.pair_index(index)
        return {index, *self.state.expression_indices(index)} | ({pair} if pair is not None else set())

    def action_move(self, step: int) -> None:
        self.set_cursor(self.cursor + step)

    def action_line(self, step: int) -> None:
        """The word on the wrapped line above/below with the nearest column."""
        article = self.article
        view = self.paragraph_of(self.cursor)
        if view is None:  # scrolled away with the mouse: back to the cursor first
            self.set_cursor(self.cursor)
            return
        width = article.view_width(view)
        line, col, _ = view.line_of(self.cursor, width)
        lines = view.layout_lines(width)
        target_line = line + step
        if 0 <= target_line < len(lines) and lines[target_line]:
            words = lines[target_line]
        else:
            k = article.block_of_token(self.cursor) + step
            while 0 <= k < len(self.blocks) and self.blocks[k].first == self.blocks[k].last:
                k += step
            if not 0 <= k < len(self.blocks):
                return
            other = article.view_of_block(k)
            if other is None:
                self.set_cursor(self.blocks[k].first if step > 0 else self.blocks[k].last - 1)
                return
            other_lines = [ln for ln in other.layout_lines(article.view_width(other)) if ln]
            if not other_lines:
                return
            words = other_lines[-1] if step < 0 else other_lines[0]
        best = min(words, key=lambda ic: abs(ic[1] - col))
        self.set_cursor(best[0])

    # ------------------------------------------------------------------ pages
    def action_page(self, step: int) -> None:
        """A page up or down; the cursor moves onto the new page (its first word)."""
        article = self.article
        height = article.scrollable_content_region.height or article.size.height
        h = max(1, height - 1)
        if article.settling:
            # a position asked for is not reached yet (interlinear just switched on, a new
            # window): the page is one from there, at the heights the position is taken at
            top = article.top_y()
            target = max(0, min(article.tops[-1] - height, top + step * h))
            if target == top:
                self.set_cursor(0 if step < 0 else len(self.state.tokens) - 1, scroll=False)
                return
            k = article.block_at(target)
            self.set_cursor(article.token_at(target, estimated=True), scroll=False)
            article.go_to_block(k, target - article.tops[k])
            return
        top = round(article.scroll_y)
        target = max(0, min(article.max_scroll_y, top + step * h))
        if target == top:  # the first or the last page already
            self.set_cursor(0 if step < 0 else len(self.state.tokens) - 1, scroll=False)
            return
        article.scroll_to(y=target, animate=False, immediate=True, force=True)
        self.set_cursor(article.token_at(target), scroll=False)

    def action_home(self) -> None:
        self.set_cursor(0, top=True)
        self.article.go_to_block(0)

    def action_end(self) -> None:
        if self._whole_book_needed("end"):
            return
        article = self.article
        article.go_to_block(len(self.blocks) - 1)
        self.set_cursor(len(self.state.tokens) - 1, scroll=False)
        self.call_after_refresh(self._to_the_end)

    def _to_the_end(self) -> None:
        article = self.article
        article._measure()
        article.call_after_refresh(
            lambda: article.scroll_to(y=article.max_scroll_y, animate=False, immediate=True, force=True))

    def go_to_percent(self, percent: float) -> None:
        n = len(self.state.tokens)
        if not n:
            return
        index = round(max(0.0, min(100.0, percent)) / 100 * (n - 1))
        self.set_cursor(index, top=True)

    def action_go_to(self) -> None:
        if self._whole_book_needed("go_to"):
            return
        n = len(self.state.tokens)
        here = 100 * self.cursor / max(1, n - 1)

        def done(percent: float | None) -> None:
            if percent is not None:
                self.go_to_percent(percent)

        self.app.push_screen(GoToScreen(here), done)

    def action_contents(self) -> None:
        if self._whole_book_needed("contents"):
            return
        from .toc import TocScreen

        if not self.chapters:
            self.notify("This text has no chapters.")
            return

        def done(start: int | None) -> None:
            if start is not None:
                self.go_to_offset(start)

        self.app.push_screen(TocScreen(self.chapters, self.state.analysis.text, self.cursor_offset()), done)

    def cursor_offset(self) -> int:
        return self.state.tokens[self.cursor].start if self.state.tokens else 0

    def token_at_offset(self, offset: int) -> int:
        """The first reading token at or after character *offset*."""
        from bisect import bisect_left

        tokens = self.state.tokens
        lo, hi = 0, len(tokens)
        lo = bisect_left(range(hi), offset, key=lambda k: tokens[k].start)
        return max(0, min(lo, len(tokens) - 1))

    def go_to_offset(self, offset: int) -> None:
        """Put the first word at or after character *offset* at the top."""
        self.set_cursor(self.token_at_offset(offset), top=True)

    def _whole_book_needed(self, then: str | None = None) -> bool:
        """While only the first page of a book is analysed: say so, and do *then* (an
        action) when the whole book is there."""
        if self.partial:
            self._pending = then
            self.notify("Still reading the whole book … a moment.", timeout=3)
        return self.partial

    def complete(self, state: ReadingState, text_id: int, blocks: list[Block], chapters: list,
                 heights: tuple[int, list[int]] | None = None) -> None:
        """The whole book is analysed: it replaces the first page, the same words staying
        where they are on the screen and under the cursor."""
        article = self.article
        top_block = article.block_at(article.scroll_y)
        top_char = article.blocks[top_block].start if article.blocks else 0
        top_line = round(article.scroll_y) - article.tops[top_block] if article.blocks else 0
        cursor_char = self.cursor_offset() if self.ready else self.partial_at
        state.statuses.update(self.state.statuses)  # marked while the book was read
        self.state, self.text_id, self.blocks, self.chapters = state, text_id, blocks, chapters
        self.partial = False
        self._meanings.clear()
        self._waiting.clear()  # indices of the first page's analysis
        article.replace(state, blocks, top_char, top_line, heights)
        self.cursor = self.token_at_offset(cursor_char)
        if self._corrected_while_partial:
            self.reapply_corrections()
        # (a book whose analysis was cached completes before its first page has opened:
        # then show the saved place now)
        self.set_cursor(self.cursor, scroll=not self.ready, top=not self.ready)
        self.call_after_refresh(self._keep_cursor_on_screen)
        self.query_one("#status", Static).update(Content.assemble(("ranking the vocabulary …", "dim")))
        self.refresh_bindings()
        self._rank()
        if self._pending:
            self.call_after_refresh(self.run_action, self._pending)
            self._pending = None

    def _keep_cursor_on_screen(self) -> None:
        """After the whole book replaced its first page, the word under the cursor is on
        screen (a quick completion may come before the page had settled)."""
        if self.state.tokens and self.cursor not in self.article.visible_tokens():
            self.article.reveal_token(self.cursor, top=True)

    @on(ParagraphView.WordClicked)
    def on_word_clicked(self, event: ParagraphView.WordClicked) -> None:
        self.set_cursor(event.index, scroll=False)
        self.action_gloss()

    # ------------------------------------------------------------------ gloss
    def action_gloss(self) -> None:
        """Gloss the word at the cursor.  The lookup runs in a worker thread (a first
        dictionary load or a strange word may take longer than a frame); the panel shows
        the answer to the latest request only."""
        if not self.state.tokens:
            return
        self._gloss_request += 1
        self._gloss(self.state.tokens[self.cursor], self._gloss_request)

    @work(thread=True, group="gloss")
    def _gloss(self, tok, request: int) -> None:
        g = self.app.glossary.gloss_token(self.state.analysis, tok)
        self.app.call_from_thread(self._show_gloss, g, request)

    def _show_gloss(self, g, request: int) -> None:
        if request != self._gloss_request:
            return  # the learner asked for another word meanwhile
        panel = self.query_one("#gloss", GlossPanel)
        panel.gloss = g
        panel.refresh(layout=True)
        self.query_one("#gloss-scroll", VerticalScroll).scroll_home(animate=False)

    def action_toggle_follow(self) -> None:
        self.follow = not self.follow
        config.set_value("gloss_follows", self.follow)
        self.notify("The gloss follows the cursor." if self.follow else
                    "The gloss changes on Enter or a click only.")
        if self.follow:
            self.action_gloss()

    # ------------------------------------------------------------------ interlinear
    def meaning(self, index: int) -> str | None:
        """A short meaning for token *index* if it is a new or learning word (interlinear).

        Never waits for the dictionaries: a meaning not looked up yet is :data:`PENDING`
        (the paragraph shows the text at once) and is looked up in a worker after this
        refresh, with every other word of the mounted paragraphs still waiting; the
        paragraphs are filled in when the answers come (:meth:`_meanings_found`)."""
        if index in self._meanings:
            return self._meanings[index]
        status = self.state.token_status(index)
        if status != "new" and not status.startswith("learning"):
            self._meanings[index] = None
            return None
        tok = self.state.tokens[index]
        # the same word form with the same reading has the same meaning: looked up once
        key = (tok.lemma, tok.norm, tok.pair is not None, getattr(tok, "pos", None))
        if key in self._meaning_of:
            value = self._meanings[index] = self._meaning_of[key]
            return value
        self._waiting[index] = key
        if not self._meanings_asked:
            self._meanings_asked = True
            self.call_after_refresh(self._ask_meanings)
        return PENDING

    def meanings_pending(self) -> bool:
        """Some new or learning word on the screen still waits for its meaning."""
        return any(i in self._waiting for i in self.article.visible_tokens())

    def _forget_meanings(self) -> None:
        """Meanings may have changed (a correction, your own gloss): look them up anew, and
        drop the answers of lookups still running."""
        self._meanings.clear()
        self._meaning_of.clear()
        self._waiting.clear()
        self._meanings_generation += 1

    def _ask_meanings(self) -> None:
        """Look up the meanings the mounted paragraphs wait for: the words on the screen
        first.  Words of paragraphs no longer mounted (the page changed) are dropped; a
        newer lookup cancels an older one (it takes over what that had not done)."""
        self._meanings_asked = False
        article = self.article
        if article.interlinear is None or not article.blocks or article.hi <= article.lo:
            self._waiting.clear()
            return
        lo, hi = article.blocks[article.lo].first, article.blocks[article.hi - 1].last
        self._waiting = {i: key for i, key in self._waiting.items() if lo <= i < hi}
        visible = article.visible_tokens()
        cursor = self.cursor
        jobs: dict[tuple, object] = {}
        for i in sorted(self._waiting, key=lambda i: (i not in visible, abs(i - cursor))):
            key = self._waiting[i]
            if key not in jobs and key not in self._meaning_of:
                jobs[key] = self.state.tokens[i]
        if not jobs:
            self._meanings_found({}, self._meanings_generation)
            return
        first = sum(1 for i in self._waiting if i in visible)  # the screen's words: one batch
        self._look_up_meanings(self.state.analysis, list(jobs.items()), max(1, first),
                               self._meanings_generation)

    @work(thread=True, exclusive=True, group="interlinear", description="interlinear meanings")
    def _look_up_meanings(self, analysis, jobs: list[tuple[tuple, object]], first: int,
                          generation: int) -> None:
        """In a worker thread: the short meanings of *jobs* ((key, token)), sent to the UI
        thread in batches — the words on the screen at once, then the rest."""
        worker = get_current_worker()
        glossary = self.app.glossary
        batch: dict[tuple, str | None] = {}
        sent_at = time.monotonic()
        for n, (key, tok) in enumerate(jobs, 1):
            if worker.is_cancelled:
                return
            batch[key] = interlinear_meaning(glossary, analysis, tok)
            if n == first or (n > first and time.monotonic() - sent_at > 0.1) or n == len(jobs):
                if worker.is_cancelled:
                    return
                self.app.call_from_thread(self._meanings_found, batch, generation)
                batch, sent_at = {}, time.monotonic()

    def _meanings_found(self, batch: dict[tuple, str | None], generation: int) -> None:
        """Meanings from the worker: the paragraphs waiting for them are laid out again, the
        cursor's line staying where it is on the screen."""
        if generation != self._meanings_generation:
            return  # looked up before a correction or a note changed them
        self._meaning_of.update(batch)
        found = self.query("#article") if self.is_mounted else None
        article = found.first(ArticleScroll) if found else None
        if article is None or article.interlinear is None:
            return  # closed meanwhile, or interlinear switched off
        found = [i for i, key in self._waiting.items() if key in self._meaning_of]
        if not found:
            return
        for i in found:
            self._meanings[i] = self._meaning_of[self._waiting.pop(i)]
        blocks = {article.block_of_token(i) for i in found}
        views = [v for k in sorted(blocks) if (v := article.view_of_block(k)) is not None]
        article.refill(views, keep_token=self.cursor)

    def action_interlinear(self) -> None:
        article = self.article
        on = article.interlinear is None
        article.interlinear = self.meaning if on else None
        config.set_value("interlinear", on)
        if not on:
            self._waiting.clear()
            self.workers.cancel_group(self, "interlinear")
        article.relayout(keep=article.block_of_token(self.cursor))
        # the cursor then (a PageDown pressed meanwhile has moved it)
        self.call_after_refresh(lambda: self.set_cursor(self.cursor))

    def action_legend(self) -> None:
        legend = self.query_one("#legend")
        legend.display = not legend.display
        config.set_value("legend", legend.display)

    def action_width(self, step: int) -> None:
        width = max(MIN_WIDTH, min(MAX_WIDTH, self.reading_width + step * WIDTH_STEP))
        config.set_value("reading_width", width)  # saved at once
        article = self.article
        article.reading_width = width
        article.relayout(keep=article.block_of_token(self.cursor))
        self.notify(f"Reading width: {width} columns.", timeout=2)

    def level_changed(self, level: str) -> None:
        """The learner's level changed: every effective status may change."""
        self.state.level = level
        self._meanings.clear()
        self._waiting.clear()  # which words have a meaning shown may change
        for view in self.paragraph_views:
            view.refresh_words()
        if self.article.interlinear is not None:
            self.article.relayout(keep=self.article.block_of_token(self.cursor))
        self.refresh_side()

    # ------------------------------------------------------------------ statuses
    def current_lemma(self) -> str | None:
        """The lemma the status keys act on: the highlighted row when the vocabulary list
        has focus, else the word under the cursor."""
        vocab = self.query_one("#vocab", VocabularyList)
        if vocab.has_focus and vocab.highlighted is not None and vocab.option_count:
            return vocab.get_option_at_index(vocab.highlighted).id
        tok = self.state.tokens[self.cursor] if self.state.tokens else None
        if tok is None or tok.kind != "word" or not self.state.is_vocabulary(tok.lemma):
            return None
        return tok.lemma

    def action_mark(self, status: str) -> None:
        lemma = self.current_lemma()
        if lemma is None:
            self.notify("Names and numbers are not vocabulary.", severity="warning")
            return
        self.save_statuses({lemma: status})
        if not self.query_one("#vocab", VocabularyList).has_focus:
            self.action_gloss()

    def action_mark_expression(self) -> None:
        """The fixed expression at the cursor: new → learning → known → new.  Its status is
        kept under its citation form, as a word's under its lemma (z undoes it)."""
        tok = self.state.tokens[self.cursor] if self.state.tokens else None
        if tok is None or not tok.expression:
            self.notify("The word is part of no fixed expression.", severity="warning")
            return
        now = self.app.store.status(tok.expression)
        following = {"new": "learning1", "known": "new"}.get(now, "known")
        self.save_statuses({tok.expression: following})
        self.notify(f"“{tok.expression}”: {following.rstrip('1234')}.")
        self.action_gloss()

    def save_statuses(self, statuses: dict[str, str], undoable: bool = True) -> None:
        store = self.app.store
        if undoable:
            before = store.stored_statuses(list(statuses))
            self.undo_stack.append(("statuses", before))
        store.set_statuses(statuses)  # one transaction, saved at once
        self._statuses_changed(statuses)

    def _statuses_changed(self, statuses: dict[str, str | None]) -> None:
        for lemma, status in statuses.items():
            if status is None:
                self.state.statuses.pop(lemma, None)
            else:
                self.state.statuses[lemma] = status
        lemmas = set(statuses)
        for i in [i for i in self._meanings if self.state.tokens[i].lemma in lemmas]:
            del self._meanings[i]
        for i in [i for i in self._waiting if self.state.tokens[i].lemma in lemmas]:
            del self._waiting[i]
        for view in self.paragraph_views:
            if any(self.state.tokens[i].lemma in lemmas for i in range(view.first, view.last)):
                view.refresh_words()
        self.refresh_side()

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("Nothing to undo.")
            return
        kind, data = self.undo_stack.pop()
        if kind == "statuses":
            self.app.store.restore_statuses(data)
            self._statuses_changed(data)
            self.notify(f"Undone: the status of {', '.join(list(data)[:3])}"
                        + (f" and {len(data) - 3} more" if len(data) > 3 else "") + ".")
        else:
            self.undo_correction(data)
        if self.follow:
            self.action_gloss()

    # ------------------------------------------------------------------ corrections
    def action_correct(self) -> None:
        """Correct the analysis of the word under the cursor (lemma, particle verb, name)."""
        from .corrections import CorrectionScreen

        if not self.state.tokens:
            return
        i = self.cursor
        tok = self.state.tokens[i]
        sentence = self.state.sentence_of[i]
        partner = sentence.tokens[tok.pair] if tok.pair is not None else None
        self.app.push_screen(CorrectionScreen(tok, partner, bool(self._corrections_of(i))),
                             lambda action: self._correction_chosen(i, action))

    def _sentence_key(self, i: int) -> str:
        from vocab.corrections import sentence_key

        s = self.state.sentence_of[i]
        return sentence_key(self.state.analysis.text[s.start : s.end])

    def _corrections_of(self, i: int) -> list[int]:
        """Ids of the stored corrections that touch token *i* (here or everywhere)."""
        tok = self.state.tokens[i]
        key = self._sentence_key(i)
        places = {tok.index} | ({tok.pair} if tok.pair is not None else set())
        out = []
        for row in self.app.store.corrections():
            if row["sentence"] is None and row["form"] == tok.norm:
                out.append(row["id"])
            elif row["sentence"] == key and (row["position"] in places or row["other"] in places):
                out.append(row["id"])
        return out

    def _row(self, kind: str, i: int, everywhere: bool = False, other: int | None = None,
             value: str | None = None) -> dict:
        tok = self.state.tokens[i]
        return {"kind": kind, "form": tok.norm,
                "sentence": None if everywhere else self._sentence_key(i),
                "position": None if everywhere else tok.index, "other": other, "value": value}

    def _correction_chosen(self, i: int, action: str | None) -> None:
        from .corrections import JoinScreen, LemmaScreen

        if action is None:
            return
        tok = self.state.tokens[i]
        if action.startswith("lemma-"):
            everywhere = action == "lemma-everywhere"
            where = "in every text" if everywhere else "here"
            self.app.push_screen(
                LemmaScreen(f"The lemma of “{tok.text}” ({where}):", tok.lemma or tok.norm),
                lambda lemma: lemma and self.save_correction(self._row("lemma", i, everywhere, value=lemma)))
        elif action == "split":
            self.save_correction(self._row("split", i, other=tok.pair))
        elif action == "join":
            sentence = self.state.sentence_of[i]
            words = [t for t in sentence.tokens if t is not tok and t.kind == "word"]
            words.sort(key=lambda t: (t.index < tok.index, abs(t.index - tok.index)))

            def joined(j: int | None) -> None:
                if j is None:
                    return
                other = sentence.tokens[j]
                verb, particle = (tok, other) if tok.index < j else (other, tok)
                proposal = particle.norm + (verb.lemma or verb.norm)
                self.app.push_screen(
                    LemmaScreen(f"“{verb.text} … {particle.text}”: the particle verb is", proposal),
                    lambda lemma: lemma and self.save_correction(self._row("join", i, other=j, value=lemma)))

            self.app.push_screen(JoinScreen(tok, words), joined)
        elif action in ("name-here", "name-everywhere", "notname-here", "notname-everywhere"):
            kind, scope = action.split("-")
            self.save_correction(self._row(kind, i, everywhere=scope == "everywhere"))
        elif action == "remove":
            rows = self.app.store.remove_corrections(self._corrections_of(i))
            self.undo_stack.append(("correction", ("removed", rows)))
            self.reapply_corrections()
            self.notify(f"Your corrections of “{tok.text}” are removed (z undoes).")

    def save_correction(self, row: dict) -> None:
        self._corrected_while_partial = self.partial
        new_id, replaced = self.app.store.add_correction(row)  # one transaction
        self.undo_stack.append(("correction", ("added", new_id, replaced)))
        self.reapply_corrections()
        where = "in every text" if row["sentence"] is None else "in this sentence"
        self.notify(f"Corrected {where} (z undoes).")

    def undo_correction(self, data) -> None:
        store = self.app.store
        if data[0] == "added":
            _, new_id, replaced = data
            store.remove_corrections([new_id])
            store.restore_corrections(replaced)
        else:
            store.restore_corrections(data[1])
        self.reapply_corrections()
        self.notify("Correction undone.")

    def reapply_corrections(self) -> None:
        """The engine's reading back, then every stored correction over it; lemmas, counts,
        colours, the ranking and the gloss follow."""
        from vocab.corrections import apply, load, revert

        state = self.state
        revert(state.changes)
        state.changes = apply(state.analysis, load(self.app.store), self.app.glossary.morphology.lemmatize)
        state.reindex()
        self._forget_meanings()
        if self.article.interlinear is not None:
            self.article.relayout(keep=self.article.block_of_token(self.cursor))
        self.set_cursor(self.cursor, scroll=False)
        for view in self.paragraph_views:
            view.refresh_words()
        self._rank()
        self.action_gloss()

    def visible_token_range(self) -> range:
        return self.article.visible_tokens()

    def action_page_known(self) -> None:
        lemmas = self.state.new_lemmas_in(self.visible_token_range())
        if not lemmas:
            self.notify("No new words on this page.")
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.save_statuses({lemma: "known" for lemma in lemmas})
                self.notify(f"{len(lemmas)} words marked known (z undoes).")

        self.app.push_screen(
            ConfirmScreen(f"Mark the {len(lemmas)} remaining new words on this page as known?"), done
        )

    def action_edit_note(self) -> None:
        lemma = self.current_lemma()
        if lemma is None:
            return
        rec = self.app.store.word(lemma)

        def done(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.app.store.set_note(lemma, *result)
                self.action_gloss()
                if self.article.interlinear is not None:  # your gloss is the meaning shown
                    self._forget_meanings()
                    self.article.relayout(keep=self.article.block_of_token(self.cursor))

        self.app.push_screen(NoteScreen(lemma, rec.gloss if rec else None, rec.note if rec else None), done)

    def action_pronounce(self) -> None:
        tok = self.state.tokens[self.cursor] if self.state.tokens else None
        if tok is None:
            return
        if speech.program() is None:
            self.notify("Install espeak-ng to hear words: sudo apt-get install espeak-ng",
                        severity="warning")
            return
        self._pronounce(tok.text)

    @work(thread=True, exclusive=True, group="pronounce")
    def _pronounce(self, word: str) -> None:
        if not speech.speak(word):
            self.app.call_from_thread(self.notify, "espeak-ng could not say this word.",
                                      severity="error")

    def action_speak_sentence(self) -> None:
        """Say the sentence of the word at the cursor."""
        if not self.state.tokens:
            return
        sentence = self.state.sentence_of.get(self.cursor)
        if sentence is None:
            return
        if speech.program() is None:
            self.notify("Install espeak-ng to hear sentences: sudo apt-get install espeak-ng",
                        severity="warning")
            return
        self._pronounce(self.state.analysis.sentence_text(sentence))

    def action_open_link(self) -> None:
        """Open the word at the cursor in the first online dictionary of the settings, with
        the system's browser; without a graphical one, the address is copied and shown."""
        if not self.state.tokens:
            return
        tok = self.state.tokens[self.cursor]
        found = links_for(tok.lemma or tok.text)
        if not found:
            return
        name, url = found[0]["name"], found[0]["url"]
        how = browser_kind()
        if how == "console":
            with self.app.suspend():  # a text browser (w3m, lynx) takes the terminal
                webbrowser.open(url)
            self.refresh()
        elif how == "graphical":
            self._open_url(url, name)
        else:
            self.app.copy_to_clipboard(url)
            self.notify(f"{url}\n(copied: no browser to open it here)", title=name, timeout=10)

    @work(thread=True, group="links")
    def _open_url(self, url: str, name: str) -> None:
        opened = webbrowser.open(url)
        self.app.call_from_thread(
            self.notify, f"Opened {name}." if opened else f"No browser opened {url}",
            severity="information" if opened else "warning")

    # ------------------------------------------------------------------ side panel
    def action_filter(self) -> None:
        order = ["all", "new", "learning"]
        self.filter_mode = order[(order.index(self.filter_mode) + 1) % len(order)]
        self.refresh_side()

    def action_toggle_focus(self, step: int = 1) -> None:
        """Tab: the text → the gloss (arrows and PgUp/PgDn scroll it) → the vocabulary."""
        order = [self.article, self.query_one("#gloss-scroll"), self.query_one("#vocab", VocabularyList)]
        here = next((n for n, w in enumerate(order) if w.has_focus), 0)
        order[(here + step) % len(order)].focus()

    def action_scroll_gloss(self, step: int) -> None:
        scroll = self.query_one("#gloss-scroll", VerticalScroll)
        scroll.scroll_relative(y=step * max(1, scroll.size.height - 2), animate=False)

    @on(OptionList.OptionSelected, "#vocab")
    def on_vocab_selected(self, event: OptionList.OptionSelected) -> None:
        lemma = event.option.id
        after = self.cursor if self.state.tokens[self.cursor].lemma == lemma else -1
        target = self.state.next_occurrence(lemma, after)
        if target is not None:
            self.set_cursor(target)
            self.action_gloss()

    def on_screen_resume(self) -> None:
        if self.state.ranked:
            self.refresh_side()  # back from practice: the cards due have changed

    def _cards_due(self) -> dict:
        """Practice cards due now / later today / tomorrow (P practises)."""
        from vocab.srs import Practice

        return Practice(self.app.store).counts()

    def _status_line(self, width: int) -> Content:
        """The status bar for a screen *width* columns wide: the full labels where they fit,
        else short ones (84% known · C1 · 5 to 98% · you B1 · due 0/0/0), else the least
        useful parts dropped (the cards, then the learner's level)."""
        prof = self.state.profile()
        level = self.state.level or "?"
        known = f"{100 * (prof.known_share or 0):.0f}%"
        c = self._cards_due()
        full = [f"known {known} ", f"· level {prof.level} ", f"· {prof.new_for_98} new to 98% ",
                (f"· you: {level} (v) ", "dim"),
                (f"· cards: {c['due']} due now, {c['later_today']} later today, {c['tomorrow']} tomorrow",
                 "dim")]
        short = [f"{known} known ", f"· {prof.new_for_98} new to 98% ", f"· text {prof.level} ",
                 (f"· you {level} (v) ", "dim"),
                 (f"· due {c['due']}/{c['later_today']}/{c['tomorrow']}", "dim")]
        room = width - 2  # the bar's padding
        for parts in (full, short, short[:4], short[:3]):
            if sum(len(p if isinstance(p, str) else p[0]) for p in parts) <= room:
                return Content.assemble(*parts)
        return Content.assemble(*short[:2])

    def refresh_side(self) -> None:
        if not self.state.ranked:
            return  # the ranking worker calls again when it is done
        # the title is in the title bar
        self.query_one("#status", Static).update(self._status_line(self.size.width))
        counts = self.state.status_counts()
        vocab = self.query_one("#vocab", VocabularyList)
        highlighted = vocab.highlighted
        shown = vocab.show(self.state, self.filter_mode)
        more = f" · top {vocab.LIMIT} shown" if shown > vocab.LIMIT else ""
        self.query_one("#vocab-title", Static).update(
            Content.assemble(
                ("Vocabulary ", "bold"),
                (f"[{self.filter_mode}] ", "$text-accent"),
                (f"all {counts['all']} · new {counts['new']} · learning {counts['learning']}{more} (f)", "dim"),
            )
        )
        if highlighted is not None and vocab.option_count:
            vocab.highlighted = min(highlighted, vocab.option_count - 1)

    # ------------------------------------------------------------------ navigation
    def action_library(self) -> None:
        self._save_position()
        self._save_text_stats()
        from .library import LibraryScreen

        self.app.switch_screen(LibraryScreen())

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        """Flashcards of this text's new and learning words (.apkg, .csv or .tsv)."""
        if self._whole_book_needed():
            return
        from vocab.export import slug

        default = str(Path.cwd() / f"{slug(self.state.analysis.title)}.apkg")

        def done(path: str | None) -> None:
            if path:
                self._export(path)

        self.app.push_screen(OpenFileScreen(
            question="Export the new and learning words of this text to (.apkg, .csv, .tsv):",
            value=default,
        ), done)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: str) -> None:
        from vocab.export import ExportError, export_selection, write_apkg, write_csv
        from vocab.glossary import Glossary

        out = Path(path).expanduser()
        fmt = {".apkg": "apkg", ".csv": "csv", ".tsv": "tsv"}.get(out.suffix.lower())
        if fmt is None:
            self.app.call_from_thread(self.notify, "Use a name ending in .apkg, .csv or .tsv.",
                                      severity="error")
            return
        with Store(self.app.store.path) as store:  # SQLite connections stay in their thread
            glossary = Glossary(store=store, lang=self.app.glossary.lang)
            # the same words as `export --text` and `export --all` (vocab.export's rule)
            selection = export_selection(store, glossary, self.state.level, {"new", "learning"},
                                         self.state.analysis)
            skipped = selection.skipped_text()
            skipped = f" ({skipped[:1].upper()}{skipped[1:]}.)" if skipped else ""
            if not selection.cards:
                self.app.call_from_thread(self.notify, "No new or learning words to export." + skipped,
                                          severity="warning")
                return
            try:
                if fmt == "apkg":
                    counts = write_apkg(selection.cards, out)
                    message = f"Wrote {out}: {counts['words']} words, {counts['cloze']} cloze cards."
                else:
                    n = write_csv(selection.cards, out, delimiter="," if fmt == "csv" else "\t")
                    message = f"Wrote {out}: {n} words."
            except ExportError as exc:
                self.app.call_from_thread(self.notify, str(exc), severity="error")
                return
        self.app.call_from_thread(self.notify, message + skipped)

    def action_practice(self) -> None:
        """Cloze cards from this text's sentences, then a practice session."""
        if self._whole_book_needed():
            return
        self.app.start_practice(self.state.analysis, self.state.hash)

    def _schedule_position_save(self) -> None:
        if self.is_mounted:
            self.query_one("#titlebar", Static).update(self._title_bar())
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(1.0, self._save_position)

    def _save_position(self) -> None:
        if self.text_id is not None and self.app.store is not None:
            self.app.store.set_position(self.text_id, self.cursor, offset=self.cursor_offset())

    def on_unmount(self) -> None:
        try:
            self._save_position()
            self._save_text_stats()
        except StoreError as exc:  # closing: said after the app ends (ReaderApp.warn)
            self.app.warn(str(exc), severity="error")
        gc.unfreeze()  # the text's objects may be collected again (the app froze them)

    def _save_text_stats(self) -> None:
        """What the library shows for this text: share known, level, words by band."""
        if self.text_id is not None and self.app.store is not None:
            prof = self.state.profile()
            self.app.store.set_text_stats(self.text_id, {
                "known_share": prof.known_share,
                "level": prof.level,
                "bands": self.state.band_counts(),
                "tokens": len(self.state.tokens),
            })


def interlinear_meaning(glossary, analysis, tok) -> str | None:
    """The meaning shown under a word in interlinear mode: the learner's own gloss, else the
    first sense, else (an unknown compound) the meanings of its parts; short."""
    g = glossary.gloss_token(analysis, tok)
    sense = g.user_gloss or (g.senses[0] if g.senses else "")
    if not sense and g.parts:
        sense = "+".join(short_meaning(p.senses[0], 8) for p in g.parts
                         if p.senses and not p.lemma.startswith("-"))
    return short_meaning(sense) or None


def browser_kind() -> str:
    """How a web address can be opened from here: "graphical" (a desktop: the browser opens
    beside the terminal), "console" ($BROWSER names a program, which may be a text browser
    and gets the terminal) or "none" (a terminal without a desktop)."""
    if os.environ.get("BROWSER"):
        return "console"
    if sys.platform in ("darwin", "win32") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return "graphical"
    return "none"
