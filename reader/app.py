"""The Textual app: it assembles the screens (``reader.screens``), the app-wide bindings
and the learner's settings.  The app draws what the engine (``vocab``) computes; it never
analyses text itself.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from vocab import config
from vocab.analysis import analyse
from vocab.glossary import Glossary
from vocab.importers import ImportFailure, load
from vocab.reading import ReadingState
from vocab.store import Store

from .screens import (
    HelpScreen,
    LevelScreen,
    LibraryScreen,
    LoadingScreen,
    PracticeScreen,
    ReadingScreen,
)

__all__ = ["ReaderApp", "ReadingScreen", "LibraryScreen"]


class ReaderApp(App):
    """dutch-reader's terminal app."""

    CSS_PATH = "reader.tcss"
    TITLE = "dutch-reader"
    SCREENS = {"help": HelpScreen}
    BINDINGS = [Binding("T", "toggle_theme", "light/dark", show=False)]

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def __init__(self, path: str | None = None, db: str | None = None, level: str | None = None,
                 lang: str | None = None, library: bool = False, practice: bool = False) -> None:
        super().__init__()
        self.path = path
        self.practice_mode = practice
        self.store = Store(db) if db else Store()
        if level:
            config.set_value("level", level)  # the learner's level is remembered
        self.level = level or config.get("level")
        self.glossary = Glossary(store=self.store, lang=lang or config.get("lang") or "en")
        self.start_in_library = library

    def on_mount(self) -> None:
        if self.level is None:
            self.push_screen(LevelScreen(), self._level_chosen)
        else:
            self._start()

    def _level_chosen(self, level: str | None) -> None:
        self.level = level or "B1"
        config.set_value("level", self.level)
        self._start()

    def _start(self) -> None:
        if self.practice_mode:
            if self.path:
                loaded = load(self.path)
                analysis = analyse(loaded.text, title=loaded.title, source=loaded.source)
                from vocab.reading import content_hash

                self.start_practice(analysis, content_hash(loaded.text))
            else:
                self.start_practice(None, None)
        elif self.path:
            self.open_text(self.path)
        elif self.start_in_library and self.store.texts():
            self.push_screen(LibraryScreen())
        else:
            from .cli import SAMPLE

            self.open_text(str(SAMPLE))

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
        from vocab import library

        try:
            loaded = None
            if text_id is not None:
                with Store(self.store.path) as s:  # SQLite connections stay in their thread
                    loaded = library.reopen(s, text_id)
            loaded = loaded or load(path)
        except ImportFailure as exc:
            self.call_from_thread(self._load_failed, str(exc))
            return
        analysis = analyse(loaded.text, title=loaded.title, source=loaded.source)
        state = ReadingState(analysis, statuses=self.store_statuses(), level=self.level)
        if len(state.tokens) < 20_000:
            state.profile()  # a short text: rank it here, and show everything at once
        source = loaded.source if "://" in loaded.source else str(Path(loaded.source).resolve())
        with Store(self.store.path) as s:  # keep the text and index its lemmas (My words)
            text_id = library.remember(s, analysis, source, len(state.tokens), state.hash)
        self.call_from_thread(self._loaded, state, loaded, text_id)

    def store_statuses(self) -> dict[str, str]:
        # read in the worker thread with its own connection (SQLite objects are per thread)
        with Store(self.store.path) as s:
            return s.statuses()

    def _loaded(self, state: ReadingState, loaded, text_id: int) -> None:
        for warning in loaded.warnings:
            self.notify(warning, severity="warning")
        self.switch_screen(ReadingScreen(state, text_id))

    def _load_failed(self, message: str) -> None:
        """A text that cannot be read: say why, and show the library instead."""
        self.notify(message, severity="error", timeout=8)
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(LibraryScreen())

    def on_unmount(self) -> None:
        self.store.close()
