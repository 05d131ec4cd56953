"""The table of "My words": a virtual list (Textual's Line API) that draws only the rows on
screen, so 20,000 lemmas open and filter at once.  Meanings are looked up for the rows
drawn, in a worker thread (a first lookup loads dictionaries), and kept.

Keys: ↑ ↓ PgUp PgDn Home End move, Space selects (and moves on), Enter opens the word.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from vocab.mywords import MyWord

__all__ = ["WordTable"]

STATUS_LABEL = {"new": "new", "learning1": "learning 1", "learning2": "learning 2",
                "learning3": "learning 3", "learning4": "learning 4", "known": "known",
                "ignored": "ignored"}


def when(ts: float | None, now: float | None = None) -> str:
    """A short date: today, yesterday, 3 d ago, or the date."""
    if not ts:
        return "–"
    now = now or time.time()
    days = (datetime.fromtimestamp(now).date() - datetime.fromtimestamp(ts).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 30:
        return f"{days} d ago"
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d")


class WordTable(ScrollView, can_focus=True):
    """Rows of :class:`MyWord`; the first line is the column header."""

    COMPONENT_CLASSES = {
        "words--header", "words--cursor", "words--selected", "words--dim",
        "words--learning1", "words--learning2", "words--learning3", "words--learning4",
        "words--known", "words--ignored", "words--new",
    }
    DEFAULT_CSS = """
    WordTable { height: 1fr; }
    WordTable > .words--header { text-style: bold; background: $panel; }
    WordTable > .words--cursor { background: $accent 40%; }
    WordTable:focus > .words--cursor { background: $accent 70%; }
    WordTable > .words--selected { color: $text-accent; text-style: bold; }
    WordTable > .words--dim { color: $text-muted; }
    WordTable > .words--learning1 { color: $text-error; text-style: bold; }
    WordTable > .words--learning2 { color: $text-error; }
    WordTable > .words--learning3 { color: $text-warning; }
    WordTable > .words--learning4 { color: $text-success; }
    WordTable > .words--known { color: $text; }
    WordTable > .words--ignored { color: $text-muted; }
    WordTable > .words--new { color: $text-primary; }
    """
    BINDINGS = [
        Binding("up,k", "move(-1)", "up", show=False),
        Binding("down,j", "move(1)", "down", show=False),
        Binding("pageup", "page(-1)", "page up", show=False),
        Binding("pagedown", "page(1)", "page down", show=False),
        Binding("home", "first", "first", show=False),
        Binding("end", "last", "last", show=False),
        Binding("space", "toggle", "select"),
        Binding("enter", "open", "open"),
    ]

    class Opened(Message):
        """The learner opened a word (Enter, or a click on the row under the cursor)."""

        def __init__(self, lemma: str) -> None:
            super().__init__()
            self.lemma = lemma

    class Changed(Message):
        """The cursor or the selection changed."""

    def __init__(self, meaning: Callable[[str], str], titles: dict[int, str] | None = None,
                 *, meanings: dict[str, str] | None = None, id: str | None = None) -> None:
        """*meaning* looks a lemma's meaning up (called in a worker thread); *meanings*
        keeps them (shared between screens)."""
        super().__init__(id=id)
        self.meaning = meaning
        self.titles = titles or {}
        self.rows: list[MyWord] = []
        self.cursor = 0
        self.selected: set[str] = set()
        self._meanings: dict[str, str] = meanings if meanings is not None else {}
        self.pending: set[str] = set()  # meanings asked for by the rows drawn, not looked up yet
        self._fetching = False

    # ------------------------------------------------------------------ data
    def set_rows(self, rows: list[MyWord]) -> None:
        self.rows = rows
        self.cursor = max(0, min(self.cursor, len(rows) - 1))
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.scroll_to(y=min(self.scroll_y, max(0, len(rows) + 1 - self.size.height)), animate=False)
        self.refresh()
        self.post_message(self.Changed())

    def refresh_rows(self) -> None:
        self.refresh()

    @property
    def current(self) -> MyWord | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def targets(self) -> list[MyWord]:
        """The selected words, or the word under the cursor when none is selected."""
        if self.selected:
            return [w for w in self.rows if w.lemma in self.selected]
        return [self.current] if self.current else []

    def meaning_of(self, lemma: str) -> str:
        m = self._meanings.get(lemma)
        if m is None:
            self.pending.add(lemma)
            if not self._fetching:
                self._fetching = True
                self.call_after_refresh(self._fetch)
            return "…"
        return m

    def _fetch(self) -> None:
        self._fetch_meanings(list(self.pending))

    @work(thread=True, group="meanings")
    def _fetch_meanings(self, lemmas: list[str]) -> None:
        for lemma in lemmas:
            if lemma not in self._meanings:
                self._meanings[lemma] = self.meaning(lemma) or ""
        self.app.call_from_thread(self._fetched, lemmas)

    def _fetched(self, lemmas: list[str]) -> None:
        self.pending.difference_update(lemmas)
        self._fetching = False
        self.refresh()  # rows drawn again may ask for more

    # ------------------------------------------------------------------ movement
    def _page(self) -> int:
        return max(1, self.size.height - 2)

    def set_cursor(self, index: int) -> None:
        if not self.rows:
            return
        self.cursor = max(0, min(index, len(self.rows) - 1))
        visible = self.size.height - 1  # the header takes a line
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False)
        self.refresh()
        self.post_message(self.Changed())

    def action_move(self, step: int) -> None:
        self.set_cursor(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.set_cursor(self.cursor + step * self._page())

    def action_first(self) -> None:
        self.set_cursor(0)

    def action_last(self) -> None:
        self.set_cursor(len(self.rows) - 1)

    def action_toggle(self) -> None:
        w = self.current
        if w is None:
            return
        self.selected.symmetric_difference_update({w.lemma})
        self.set_cursor(self.cursor + 1)

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current.lemma))

    def on_click(self, event) -> None:
        index = int(self.scroll_y) + event.y - 1
        if event.y == 0 or not 0 <= index < len(self.rows):
            return
        if index == self.cursor and event.chain >= 2:
            self.action_open()
        self.set_cursor(index)

    # ------------------------------------------------------------------ drawing
    def columns(self, width: int) -> list[tuple[str, int]]:
        """(name, width) of the columns shown at *width*; meaning and note share the rest."""
        fixed = [("", 2), ("lemma", 18 if width < 100 else 22), ("status", 10), ("lvl", 3)]
        extra = []
        if width >= 96:
            extra = [("texts", 20 if width >= 130 else 12), ("last seen", 10)]
        used = sum(w for _n, w in fixed + extra) + len(fixed) + len(extra)
        rest = max(10, width - used - 1)
        meaning = max(8, rest * 3 // 5)
        note = max(0, rest - meaning - 1)
        cols = fixed + [("meaning", meaning)]
        if note >= 6:
            cols.append(("your note", note))
        return cols + extra

    def _cell(self, w: MyWord, name: str) -> tuple[str, str]:
        """(text, component class) of one cell."""
        if name == "":
            return ("● " if w.lemma in self.selected else "  "), "words--selected"
        if name == "lemma":
            return w.lemma, f"words--{w.status}"
        if name == "status":
            return STATUS_LABEL.get(w.status, w.status), f"words--{w.status}"
        if name == "lvl":
            if w.kind == "expression":  # no CEFR band: the column says what it is
                return "exp", "words--dim"
            return w.level or "…", "words--dim"
        if name == "meaning":
            return self.meaning_of(w.lemma), ""
        if name == "your note":
            return " · ".join(x for x in (w.gloss, w.note) if x), "words--dim"
        if name == "texts":
            if not w.texts:
                return "–", "words--dim"
            first = self.titles.get(w.texts[0], "?")
            return (first if len(w.texts) == 1 else f"{len(w.texts)}: {first}"), "words--dim"
        if name == "last seen":
            return when(w.last_seen), "words--dim"
        return "", ""

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width  # without the scrollbar
        base = self.rich_style
        cols = self.columns(width)
        if y == 0:
            style = self.get_component_rich_style("words--header")
            text = " ".join(f"{name:<{w}.{w}}" for name, w in cols)
            return Strip([Segment(text, base + style)]).adjust_cell_length(width, base + style)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, base)
        w = self.rows[index]
        row_style = base
        if index == self.cursor:
            row_style = base + self.get_component_rich_style("words--cursor")
        segments = []
        for k, (name, cw) in enumerate(cols):
            text, component = self._cell(w, name)
            style = row_style
            if component:
                style = row_style + _fg_only(self.get_component_rich_style(component))
            text = text.replace("\n", " ")
            if len(text) > cw:
                text = text[: max(0, cw - 1)] + "…"
            segments.append(Segment(f"{text:<{cw}}", style))
            if k < len(cols) - 1:
                segments.append(Segment(" ", row_style))
        return Strip(segments).adjust_cell_length(width, row_style)


def _fg_only(style: Style) -> Style:
    """A component's colour and weight without its background (the cursor's shows)."""
    return Style(color=style.color, bold=style.bold, dim=style.dim, italic=style.italic)
