"""The library: texts read before, with progress; open a file."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Sparkline, Static

from vocab.difficulty import LEVELS

from .dialogs import OpenFileScreen


class LibraryScreen(Screen):
    """Texts opened before; open a file; progress pictures."""

    BINDINGS = [
        Binding("o", "open_file", "open file"),
        Binding("enter", "open_selected", "read", show=False),
        Binding("question_mark", "app.push_screen('help')", "keys", show=False),
        Binding("q", "app.quit", "quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("Library", "bold"), " · ", ("texts you have read", "dim")), id="titlebar")
        with Vertical(id="library"):
            yield Label("Known words, last 30 days", id="spark-label")
            yield Sparkline([], id="known-spark")
            yield DataTable(id="texts", cursor_type="row")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        store = self.app.store
        history = store.known_history(30)
        spark = self.query_one("#known-spark", Sparkline)
        spark.data = history
        known = history[-1] if history else 0
        self.query_one("#spark-label", Label).update(
            f"Known words over the last 30 days: {known} {'lemma' if known == 1 else 'lemmas'} known now"
        )
        table = self.query_one("#texts", DataTable)
        table.add_columns("Title", "Words", "Read", "Known", "Words by level (known part in colour)")
        for t in store.texts():
            stats = t["stats"] or {}
            tokens = stats.get("tokens") or t["words"] or 1
            read = f"{100 * min(1.0, t['position'] / tokens):.0f}%"
            known = f"{100 * stats['known_share']:.0f}%" if stats.get("known_share") is not None else "–"
            table.add_row(t["title"][:40], str(t["words"]), read, known, band_bar(stats.get("bands")), key=str(t["id"]))
        self.query_one("#status", Static).update(
            "o open a file · Enter read the selected text · q quit"
            if store.texts() else "No texts yet: press o to open a file."
        )
        table.focus()

    def action_open_selected(self) -> None:
        table = self.query_one("#texts", DataTable)
        if table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        t = self.app.store.text(int(key))
        if t is None:
            return
        if t["kept"]:  # the library's own copy: reopens when the file moved or the site is down
            self.app.open_text(t["source"], text_id=t["id"])
            return
        if "://" not in t["source"] and not Path(t["source"]).exists():
            self.notify(f"{t['source']} is no longer there.", severity="error")
            return
        self.app.open_text(t["source"])

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open_selected()

    def action_open_file(self) -> None:
        def done(path: str | None) -> None:
            if path:
                self.app.open_text(str(Path(path).expanduser()))

        self.app.push_screen(OpenFileScreen(), done)


def band_bar(bands: dict | None, width: int = 24) -> Content:
    """Words of a text by CEFR band, the known part of each band in colour."""
    if not bands:
        return Content("–")
    total = sum(b["words"] for b in bands.values()) or 1
    colours = {"A1": "$success", "A2": "$success", "B1": "$accent", "B2": "$accent",
               "C1": "$warning", "C2": "$error"}
    parts = []
    for band in LEVELS:
        b = bands.get(band, {"words": 0, "known": 0})
        cells = round(width * b["words"] / total)
        known_cells = round(cells * (b["known"] / b["words"])) if b["words"] else 0
        parts.append(("█" * known_cells, colours[band]))
        parts.append(("░" * (cells - known_cells), "dim"))
    return Content.assemble(*parts)
