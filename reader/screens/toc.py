"""The table of contents: the chapters of a book; Enter goes to one."""

from __future__ import annotations

from bisect import bisect_right

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from vocab.chapters import Chapter


class TocScreen(ModalScreen[int | None]):
    """Chapters with their place in the book; the one you are reading is highlighted.
    Returns the character offset of the chosen chapter."""

    BINDINGS = [Binding("escape,t,q", "dismiss(None)", "close")]

    def __init__(self, chapters: list[Chapter], text: str, offset: int) -> None:
        super().__init__()
        self.chapters = chapters
        self.length = max(1, len(text))
        self.here = offset

    def compose(self) -> ComposeResult:
        with Vertical(id="toc"):
            yield Label("Contents", id="question")
            yield OptionList(*[
                Option(f"{c.title[:56]:<56} {100 * c.start / self.length:3.0f}%", id=str(n))
                for n, c in enumerate(self.chapters)
            ], id="chapters")

    def on_mount(self) -> None:
        chapters = self.query_one("#chapters", OptionList)
        here = bisect_right([c.start for c in self.chapters], self.here) - 1
        chapters.highlighted = max(0, here)
        chapters.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.chapters[int(event.option.id)].start)
