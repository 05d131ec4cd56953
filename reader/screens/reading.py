"""The reading screen: a text in paragraphs, the gloss panel, the vocabulary and the
status bar.  The screen draws what the engine computes; it never analyses text itself.
Every action the learner takes is saved at once (``vocab.store``, one transaction each).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static

from vocab.analysis import dutch_share
from vocab.reading import ReadingState
from vocab.store import Store

from ..widgets import ArticleScroll, GlossPanel, ParagraphView, VocabularyList
from .dialogs import ConfirmScreen, NoteScreen, OpenFileScreen
from .help import HelpScreen

#: Paragraph widgets mounted at first paint; more follow as the reader scrolls.
FIRST_BATCH = 16
BATCH = 60


class ReadingScreen(Screen):
    """A text in paragraphs, the gloss panel, the vocabulary and the status bar."""

    BINDINGS = [
        Binding("left,h,b", "move(-1)", "word ←", show=False),
        Binding("right,l,w", "move(1)", "word →", show=False),
        Binding("up,k", "line(-1)", "line ↑", show=False),
        Binding("down,j", "line(1)", "line ↓", show=False),
        Binding("enter", "gloss", "gloss"),
        Binding("1", "mark('learning1')", "1-4 learning"),
        Binding("2", "mark('learning2')", "2", show=False),
        Binding("3", "mark('learning3')", "3", show=False),
        Binding("4", "mark('learning4')", "4", show=False),
        Binding("5", "mark('known')", "5 known"),
        Binding("i", "mark('ignored')", "ignore"),
        Binding("u", "mark('new')", "new"),
        Binding("e", "edit_note", "note"),
        Binding("p", "pronounce", "say"),
        Binding("K", "page_known", "page known"),
        Binding("f", "filter", "filter"),
        Binding("tab", "toggle_focus", "vocab", show=False),
        Binding("L", "library", "library"),
        Binding("P", "practice", "practice"),
        Binding("X", "export", "export"),
        Binding("question_mark", "help", "keys"),
        Binding("q", "app.quit", "quit"),
    ]

    def __init__(self, state: ReadingState, text_id: int | None) -> None:
        super().__init__()
        self.state = state
        self.text_id = text_id
        self.cursor = 0
        self.filter_mode = "all"
        self.paragraph_views: list[ParagraphView] = []
        self.paragraph_spans = self._paragraph_token_ranges()
        self.mounted_upto = 0
        self._save_timer = None
        self.ready = False  # set when the first paragraphs are on screen

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Static(self._title_bar(), id="titlebar")
        with Horizontal(id="main"):
            yield ArticleScroll(id="article")
            with Vertical(id="side"):
                with VerticalScroll(id="gloss-scroll"):
                    yield GlossPanel(id="gloss")
                yield Static("", id="vocab-title")
                yield VocabularyList(id="vocab")
        yield Static("", id="status")
        yield Footer()

    def _title_bar(self) -> Content:
        a = self.state.analysis
        return Content.assemble((a.title or "dutch-reader", "bold"), " · ", (Path(a.source).name, "dim"))

    def on_mount(self) -> None:
        self._mount_paragraphs(FIRST_BATCH)
        self.call_after_refresh(self._check_language)
        if self.state.ranked:
            self.refresh_side()
        else:
            # the text shows at once; the ranking of every lemma (a book has thousands)
            # follows from a worker
            self.query_one("#status", Static).update(Content.assemble(("ranking the vocabulary …", "dim")))
            self.call_after_refresh(self._rank)  # after the first paint, not competing with it
        position = 0
        if self.text_id is not None and self.app.store is not None:
            t = self.app.store.text(self.text_id)
            position = min(t["position"], len(self.state.tokens) - 1) if t else 0
        self.set_cursor(max(0, position), scroll=True)
        self.query_one("#article").focus()
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

    def _paragraph_token_ranges(self) -> list[tuple[int, int, int, int, bool]]:
        out = []
        i = 0
        tokens = self.state.tokens
        for n, p in enumerate(self.state.analysis.paragraphs):
            first = i
            while i < len(tokens) and tokens[i].start < p.end:
                i += 1
            heading = n == 0 and self.state.analysis.title and (
                self.state.analysis.text[p.start : p.end].strip() == self.state.analysis.title
            )
            out.append((p.start, p.end, first, i, bool(heading)))
        return out

    def _mount_paragraphs(self, count: int) -> None:
        article = self.query_one("#article", VerticalScroll)
        new = []
        for start, end, first, last, heading in self.paragraph_spans[self.mounted_upto : self.mounted_upto + count]:
            view = ParagraphView(self.state, start, end, first, last, heading=heading)
            new.append(view)
        if new:
            self.paragraph_views.extend(new)
            article.mount_all(new)
            self.mounted_upto += len(new)

    def _ensure_mounted(self, index: int) -> None:
        while self.mounted_upto < len(self.paragraph_spans) and (
            self.paragraph_spans[self.mounted_upto - 1][3] <= index if self.mounted_upto else True
        ):
            self._mount_paragraphs(BATCH)

    def on_mouse_scroll_down(self) -> None:
        self._maybe_mount_more()

    def _maybe_mount_more(self) -> None:
        article = self.query_one("#article", VerticalScroll)
        if self.mounted_upto < len(self.paragraph_spans) and (
            article.scroll_y >= article.max_scroll_y - article.size.height * 2
        ):
            self._mount_paragraphs(BATCH)

    # ------------------------------------------------------------------ cursor
    def paragraph_of(self, index: int) -> ParagraphView | None:
        for view in self.paragraph_views:
            if view.first <= index < view.last:
                return view
        return None

    def set_cursor(self, index: int, scroll: bool = True) -> None:
        if not self.state.tokens:
            return
        index = max(0, min(index, len(self.state.tokens) - 1))
        self._ensure_mounted(index)
        old_marked = self._marked(self.cursor)
        self.cursor = index
        marked = self._marked(index)
        for i in old_marked | marked:
            view = self.paragraph_of(i)
            if view is not None:
                view.refresh_words(marked)
        view = self.paragraph_of(index)
        if scroll and view is not None:
            self.query_one("#article", VerticalScroll).scroll_to_widget(view, animate=False)
        self._maybe_mount_more()
        self._schedule_position_save()

    def _marked(self, index: int) -> set[int]:
        pair = self.state.pair_index(index) if self.state.tokens else None
        return {index} | ({pair} if pair is not None else set())

    def action_move(self, step: int) -> None:
        self.set_cursor(self.cursor + step)

    def action_line(self, step: int) -> None:
        """The word on the wrapped line above/below with the nearest column."""
        view = self.paragraph_of(self.cursor)
        if view is None:
            return
        width = max(1, view.content_region.width or view.size.width or 60)
        line, col, _ = view.line_of(self.cursor, width)
        lines = view.layout_lines(width)
        target_line = line + step
        if 0 <= target_line < len(lines) and lines[target_line]:
            words = lines[target_line]
        else:
            views = self.paragraph_views
            k = views.index(view) + step
            while 0 <= k < len(views) and views[k].first == views[k].last:
                k += step
            if not 0 <= k < len(views):
                if step > 0 and self.mounted_upto < len(self.paragraph_spans):
                    self._mount_paragraphs(BATCH)
                    return self.action_line(step)
                return
            other = views[k]
            w = max(1, other.content_region.width or width)
            other_lines = [ln for ln in other.layout_lines(w) if ln]
            if not other_lines:
                return
            words = other_lines[-1] if step < 0 else other_lines[0]
        best = min(words, key=lambda ic: abs(ic[1] - col))
        self.set_cursor(best[0])

    @on(ParagraphView.WordClicked)
    def on_word_clicked(self, event: ParagraphView.WordClicked) -> None:
        self.set_cursor(event.index, scroll=False)
        self.action_gloss()

    # ------------------------------------------------------------------ gloss
    def action_gloss(self) -> None:
        if not self.state.tokens:
            return
        tok = self.state.tokens[self.cursor]
        g = self.app.glossary.gloss_token(self.state.analysis, tok)
        panel = self.query_one("#gloss", GlossPanel)
        panel.gloss = g
        panel.refresh(layout=True)

    # ------------------------------------------------------------------ statuses
    def current_lemma(self) -> str | None:
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
        self.action_gloss()

    def save_statuses(self, statuses: dict[str, str]) -> None:
        store = self.app.store
        store.set_statuses(statuses)  # one transaction, saved at once
        self.state.statuses.update(statuses)
        lemmas = set(statuses)
        for view in self.paragraph_views:
            if any(self.state.tokens[i].lemma in lemmas for i in range(view.first, view.last)):
                view.refresh_words()
        self.refresh_side()

    def visible_token_range(self) -> range:
        article = self.query_one("#article", VerticalScroll)
        top, bottom = article.scroll_y, article.scroll_y + article.size.height
        first = last = None
        for view in self.paragraph_views:
            y = view.virtual_region.y
            if y + view.virtual_region.height > top and y < bottom:
                first = view.first if first is None else first
                last = view.last
        if first is None:
            return range(0)
        return range(first, last)

    def action_page_known(self) -> None:
        lemmas = self.state.new_lemmas_in(self.visible_token_range())
        if not lemmas:
            self.notify("No new words on this page.")
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.save_statuses({lemma: "known" for lemma in lemmas})
                self.notify(f"{len(lemmas)} words marked known.")

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

        self.app.push_screen(NoteScreen(lemma, rec.gloss if rec else None, rec.note if rec else None), done)

    def action_pronounce(self) -> None:
        tok = self.state.tokens[self.cursor] if self.state.tokens else None
        if tok is None:
            return
        espeak = shutil.which("espeak-ng") or shutil.which("espeak")
        if espeak is None:
            self.notify("Install espeak-ng to hear words: sudo apt-get install espeak-ng",
                        severity="warning")
            return
        try:
            subprocess.Popen([espeak, "-v", "nl", tok.text], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        except OSError as exc:
            self.notify(f"espeak-ng failed: {exc}", severity="error")

    # ------------------------------------------------------------------ side panel
    def action_filter(self) -> None:
        order = ["all", "new", "learning"]
        self.filter_mode = order[(order.index(self.filter_mode) + 1) % len(order)]
        self.refresh_side()

    def action_toggle_focus(self) -> None:
        vocab = self.query_one("#vocab", VocabularyList)
        if vocab.has_focus:
            self.query_one("#article").focus()
        else:
            vocab.focus()

    @on(OptionList.OptionSelected, "#vocab")
    def on_vocab_selected(self, event: OptionList.OptionSelected) -> None:
        lemma = event.option.id
        after = self.cursor if self.state.tokens[self.cursor].lemma == lemma else -1
        target = self.state.next_occurrence(lemma, after)
        if target is not None:
            self.set_cursor(target)
            self.action_gloss()

    def refresh_side(self) -> None:
        if not self.state.ranked:
            return  # the ranking worker calls again when it is done
        prof = self.state.profile()
        level = self.state.level or "?"
        status = Content.assemble(
            (f" {self.state.analysis.title[:40]} ", "bold"),
            f"· known {100 * (prof.known_share or 0):.0f}% of words ",
            f"· text level {prof.level} ",
            f"· {prof.new_for_98} new lemmas to 98% ",
            (f"· you: {level}", "dim"),
        )
        self.query_one("#status", Static).update(status)
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
        from vocab.export import ExportError, collect_from_text, write_apkg, write_csv
        from vocab.glossary import Glossary

        out = Path(path).expanduser()
        fmt = {".apkg": "apkg", ".csv": "csv", ".tsv": "tsv"}.get(out.suffix.lower())
        if fmt is None:
            self.app.call_from_thread(self.notify, "Use a name ending in .apkg, .csv or .tsv.",
                                      severity="error")
            return
        with Store(self.app.store.path) as store:  # SQLite connections stay in their thread
            glossary = Glossary(store=store, lang=self.app.glossary.lang)
            cards = collect_from_text(self.state.analysis, glossary, store.statuses(),
                                      self.state.level, {"new", "learning"},
                                      with_cloze=fmt == "apkg")
            try:
                if fmt == "apkg":
                    counts = write_apkg(cards, out)
                    message = f"Wrote {out}: {counts['words']} words, {counts['cloze']} cloze cards."
                else:
                    n = write_csv(cards, out, delimiter="," if fmt == "csv" else "\t")
                    message = f"Wrote {out}: {n} words."
            except ExportError as exc:
                self.app.call_from_thread(self.notify, str(exc), severity="error")
                return
        self.app.call_from_thread(self.notify, message)

    def action_practice(self) -> None:
        """Cloze cards from this text's sentences, then a practice session."""
        self.app.start_practice(self.state.analysis, self.state.hash)

    def _schedule_position_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(1.0, self._save_position)

    def _save_position(self) -> None:
        if self.text_id is not None and self.app.store is not None:
            self.app.store.set_position(self.text_id, self.cursor)

    def on_unmount(self) -> None:
        self._save_position()
        self._save_text_stats()

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
