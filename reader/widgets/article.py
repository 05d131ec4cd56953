"""The scrolling article."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll


class ArticleScroll(VerticalScroll, inherit_bindings=False):
    """The scrolling article: arrow keys move the word cursor (the screen's bindings), not
    the scroll position; pages still scroll."""

    BINDINGS = [
        Binding("pageup", "page_up", "page up", show=False),
        Binding("pagedown,space", "page_down", "page down", show=False),
        Binding("home", "scroll_home", "top", show=False),
        Binding("end", "scroll_end", "end", show=False),
    ]


