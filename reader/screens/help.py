"""The keys, section by section, and what the colours mean."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import KEYS, LEGEND_TITLE, legend_rows


class HelpScreen(ModalScreen[None]):
    """``?``: a two-column table of keys (it wraps, never breaks apart) and the colour
    legend; scroll with ↑ ↓ PgUp PgDn."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("Keys", classes="help-title")
            for section, rows in KEYS:
                yield Static(section, classes="help-section")
                with Grid(classes="keys"):
                    for keys, what in rows:
                        yield Static(keys, classes="key")
                        yield Static(what, classes="what")
            yield Static(LEGEND_TITLE, classes="help-section", id="legend-title")
            with Grid(classes="keys", id="help-legend"):
                for sample, style, meaning in legend_rows():
                    yield Static(Content.styled(sample, style), classes="sample")
                    yield Static(meaning, classes="what")
            yield Static("Esc, ? or q closes.", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#help").focus()
