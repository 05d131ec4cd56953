"""The Textual app: it assembles the screens (``reader.screens``), the app-wide bindings
and the learner's settings.  The app draws what the engine (``vocab``) computes; it never
analyses text itself.
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from vocab import config
from vocab.chapters import Chapter, find_chapters
from vocab.glossary import Glossary
from vocab.importers import ImportFailure, load
from vocab.reading import ReadingState, analyse_for_learner, content_hash, window_around
from vocab.store import Store, StoreError

from .commands import ReaderCommands
from .screens import (
    HelpScreen,
    LevelScreen,
    LibraryScreen,
    LoadingScreen,
    OpenFileScreen,
    PracticeScreen,
    ReadingScreen,
)
from .widgets.article import estimate_heights, make_blocks

__all__ = ["ReaderApp", "ReadingScreen", "LibraryScreen", "sample_for"]


#: Texts longer than this (characters) show their first page before the whole is analysed.
QUICK_START = 150_000


def sample_for(level: str | None) -> Path:
    """The first text for a new learner, at about their level: the market (A1–A2), a short
    B1 article, the news article (B2 and above)."""
    from .cli import SEEDS

    name = {"A1": "een-dag-op-de-markt.txt", "A2": "een-dag-op-de-markt.txt",
            "B1": "de-fiets-in-nederland.txt"}.get(level or "", "wie-zijn-isis-k.txt")
    return SEEDS / name


class ReaderApp(App):
    """dutch-reader's terminal app."""

    CSS_PATH = "reader.tcss"
    TITLE = "dutch-reader"
    SCREENS = {"help": HelpScreen}
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("T", "toggle_theme", "light/dark theme", show=False),
        Binding("v", "level", "your level", show=False, tooltip="Change your level of Dutch"),
        Binding("W", "my_words", "my words", show=False,
                tooltip="My words: every word you marked, search and change many at once"),
        Binding("G", "progress", "progress", show=False,
                tooltip="Progress: known words, words read, reviews, reviews due"),
    ]

    def action_my_words(self) -> None:
        from .screens.words import WordsScreen

        below = self.screen

        def done(changed: dict[str, str] | None) -> None:
            if changed and isinstance(below, ReadingScreen):
                below._statuses_changed(changed)  # the text shows the new statuses

        self.push_screen(WordsScreen(), done)

    def action_progress(self) -> None:
        from .screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def action_library(self) -> None:
        if any(isinstance(s, LibraryScreen) for s in self.screen_stack):
            while not isinstance(self.screen, LibraryScreen):
                self.pop_screen()
        elif hasattr(self.screen, "action_library"):
            self.screen.action_library()  # the reading screen saves its place first
        else:
            self.push_screen(LibraryScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def _theme_changed(self, theme) -> None:
        config.set_value("theme", theme.name)  # remembered at once, whichever way it changed

    def set_level(self, level: str) -> None:
        """The learner's level, changed in the app: saved at once, every screen told."""
        self.level = level
        config.set_value("level", level)
        for screen in self.screen_stack:
            if hasattr(screen, "level_changed"):
                screen.level_changed(level)
        self.notify(f"Your level: {level}. Words below it count as known unless you marked them.")

    def action_open_file(self) -> None:
        """Ask for a file (or an address) and open it."""
        def done(path: str | None) -> None:
            if path:
                self.open_text(str(Path(path).expanduser()) if "://" not in path else path)

        self.push_screen(OpenFileScreen(), done)

    def action_level(self) -> None:
        def done(level: str | None) -> None:
            if level and level != self.level:
                self.set_level(level)

        self.push_screen(LevelScreen(current=self.level), done)

    def __init__(self, path: str | None = None, db: str | None = None, level: str | None = None,
                 lang: str | None = None, library: bool = False, practice: bool = False) -> None:
        super().__init__()
        self.path = path
        self.practice_mode = practice
        #: what could not be saved this session (the CLI repeats it after the app closes)
        self.failures: list[str] = []
        self.store = Store(db) if db else Store()
        if level:
            config.set_value("level", level)  # the learner's level is remembered
        self.level = level or config.get("level")
        self.glossary = Glossary(store=self.store, lang=lang or config.get("lang") or "en")
        self.start_in_library = library
        theme = config.get("theme")
        if theme and theme in self.available_themes:
            self.theme = theme

    # ------------------------------------------------------------------ failures
    # A change that could not be saved (a full disk, a read-only or damaged store) is a
    # notification, and the session goes on: the store rolled the action back, and the
    # screens save before they show a change.  Anything else ends the app as usual.
    async def run_action(self, action, default_namespace=None, namespaces=None) -> bool:
        """Every key, click and palette command runs here (a widget's own ``run_action``
        passes its namespaces too: the End pressed while a book was still being read)."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except StoreError as exc:
            self.warn(str(exc), severity="error")
            return True

    def _handle_exception(self, error: Exception) -> None:
        """Textual's hook for errors of dialog callbacks, timers (the reading position is
        saved a second after the cursor moves) and workers."""
        failure = getattr(error, "error", error)  # a worker's error comes as WorkerFailed
        if isinstance(failure, StoreError):
            self.warn(str(failure), severity="error")
            return
        super()._handle_exception(error)

    def warn(self, message: str, severity: str = "warning") -> None:
        """Tell the learner, from any thread; the same message at most every 30 s (a
        read-only store fails every save of the reading position)."""
        if severity == "error" and message not in self.failures:
            self.failures.append(message)  # printed again when the app has closed
        now = time.monotonic()
        last = getattr(self, "_warned", {})
        if now - last.get(message, -1e9) < 30:
            return
        self._warned = {**last, message: now}
        if threading.get_ident() == self._thread_id:
            self.notify(message, severity=severity, timeout=10)
        else:
            self.call_from_thread(self.notify, message, severity=severity, timeout=10)

    def _show_warnings(self) -> None:
        """What the store and the settings said while opening (a read-only store, a
        failed daily backup, an invalid setting), and from now on, settings' warnings."""
        for message in [*self.store.warnings, *config.pending]:
            self.warn(message)
        config.pending.clear()
        config.on_warning = self.warn

    def on_mount(self) -> None:
        self._show_warnings()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.level is None:
            # the first question of the first run; Escape does not choose for the learner
            self.push_screen(LevelScreen(first_run=True), self._level_chosen)
        else:
            self._start()

    def _level_chosen(self, level: str | None) -> None:
        if level is None:
            return
        self.level = level
        config.set_value("level", self.level)
        self._start()

    def _start(self) -> None:
        if self.practice_mode:
            if self.path:
                loaded = load(self.path)
                analysis, _ = analyse_for_learner(loaded.text, title=loaded.title, source=loaded.source,
                                                  store_path=self.store.path)
                self.start_practice(analysis, content_hash(loaded.text))
            else:
                self.start_practice(None, None)
        elif self.path:
            self.open_text(self.path)
        elif self.start_in_library and self.store.texts():
            self.push_screen(LibraryScreen())
        else:
            self.open_text(str(sample_for(self.level)))

    def start_practice(self, analysis, text_hash: str | None) -> None:
        from vocab.cloze import make_exercises
        from vocab.srs import Practice

        practice = Practice(self.store)
        if analysis is not None:
            exercises = make_exercises(analysis, level=self.level or "B1",
                                       statuses=self.store.statuses(),
                                       glossary=self.glossary)
            practice.add(exercises, text_hash=text_hash)
        self.push_screen(PracticeScreen(practice, practice.session()))

    def open_text(self, path: str, text_id: int | None = None) -> None:
        """Open a file or address; with *text_id*, the copy kept in the library (so a text
        reopens after its file moved or its site went down)."""
        self.push_screen(LoadingScreen(path))
        self._load(path, text_id)

    @work(thread=True, exclusive=True)
    def _load(self, path: str, text_id: int | None = None) -> None:
        # A book is millions of small objects that live as long as it is open: a collection
        # of the garbage collector's oldest generation walks them all and holds the
        # interpreter meanwhile (a second's freeze of the screen with a 5 MB text). They
        # are made with the collector off and then frozen (left out of collections);
        # ReadingScreen unfreezes them when the text is closed.
        gc.disable()
        try:
            self._load_text(path, text_id)
        finally:
            gc.freeze()
            gc.enable()

    def _load_text(self, path: str, text_id: int | None = None) -> None:
        from vocab import library

        try:
            loaded = None
            if text_id is not None:
                with Store(self.store.path) as s:  # SQLite connections stay in their thread
                    loaded = library.reopen(s, text_id, chapters_from_source=True)
            loaded = loaded or load(path)
        except ImportFailure as exc:
            self.call_from_thread(self._load_failed, str(exc))
            return
        if len(loaded.text) > QUICK_START:
            self._show_first_page(loaded)
        analysis, changes = analyse_for_learner(loaded.text, title=loaded.title, source=loaded.source,
                                                store_path=self.store.path)
        state = ReadingState(analysis, statuses=self.store_statuses(), level=self.level, changes=changes)
        if len(state.tokens) < 20_000:
            state.profile()  # a short text: rank it here, and show everything at once
        source = loaded.source if "://" in loaded.source else str(Path(loaded.source).resolve())
        with Store(self.store.path) as s:  # keep the text and index its lemmas (My words)
            text_id = library.remember(s, analysis, source, len(state.tokens), state.hash,
                                       chapters=loaded.chapters)
        blocks = make_blocks(state)
        if loaded.chapters:
            chapters = [Chapter(title, start) for start, title in loaded.chapters]
        else:
            chapters = find_chapters(analysis.text, analysis.paragraphs, analysis.title)
        heights = None
        partial = self._partial_screen()
        if partial is not None:  # the blocks' heights at its width, here and not in the UI thread
            width = partial.article.text_width
            heights = (width, estimate_heights(analysis.text, blocks, width))
        self.call_from_thread(self._loaded, state, loaded, text_id, blocks, chapters, heights)

    def _partial_screen(self) -> ReadingScreen | None:
        """The reading screen showing a book's first page, if any."""
        return next((s for s in self.screen_stack if isinstance(s, ReadingScreen) and s.partial), None)

    def _show_first_page(self, loaded) -> None:
        """A book: the page at the reading position is analysed alone and shown at once;
        the whole book follows (the same worker goes on) and takes its place."""
        with Store(self.store.path) as s:
            place = s.place_of(content_hash(loaded.text))
        offset = place[2] if place else 0
        window = window_around(loaded.text, offset)
        part, changes = analyse_for_learner(loaded.text, title=loaded.title, source=loaded.source,
                                            store_path=self.store.path, window=window)
        state = ReadingState(part, statuses=self.store_statuses(), level=self.level, changes=changes)
        self.call_from_thread(self._first_page, state, offset)

    def _first_page(self, state: ReadingState, offset: int) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(ReadingScreen(state, None, partial_at=offset))

    def store_statuses(self) -> dict[str, str]:
        # read in the worker thread with its own connection (SQLite objects are per thread)
        with Store(self.store.path) as s:
            return s.statuses()

    def _loaded(self, state: ReadingState, loaded, text_id: int, blocks, chapters, heights=None) -> None:
        for warning in loaded.warnings:
            self.notify(warning, severity="warning")
        partial = self._partial_screen()
        if partial is not None:  # its first page is shown already (a dialog may be above it)
            partial.complete(state, text_id, blocks, chapters, heights)
        else:
            self.switch_screen(ReadingScreen(state, text_id, blocks, chapters))

    def _load_failed(self, message: str) -> None:
        """A text that cannot be read: say why, and show the library instead."""
        self.notify(message, severity="error", timeout=8)
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(LibraryScreen())

    def on_unmount(self) -> None:
        if config.on_warning == self.warn:
            config.on_warning = None
        self.store.close()
