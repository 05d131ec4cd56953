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

from .dialogs import ConfirmScreen, OpenFileScreen


class LibraryScreen(Screen):
    """Texts opened before; open a file; progress pictures."""

    BINDINGS = [
        Binding("o", "app.open_file", "open file"),
        Binding("enter", "open_selected", "read", show=False),
        Binding("W", "app.my_words", "my words"),
        Binding("G", "app.progress", "progress"),
        Binding("r", "rename", "rename"),
        Binding("a", "archive", "archive"),
        Binding("d", "delete", "delete"),
        Binding("A", "toggle_archived", "archived", show=False),
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

    show_archived = False

    def on_screen_resume(self) -> None:
        """Shown first, or again after a dialog or the words screen: the list is fresh."""
        self.fill()

    def fill(self) -> None:
        store = self.app.store
        history = store.known_history(30)
        spark = self.query_one("#known-spark", Sparkline)
        spark.data = history
        known = history[-1] if history else 0
        self.query_one("#spark-label", Label).update(
            f"Known words over the last 30 days: {known} {'lemma' if known == 1 else 'lemmas'} known now"
        )
        table = self.query_one("#texts", DataTable)
        row = table.cursor_row
        table.clear()
        if not table.columns:
            table.add_columns("Title", "Words", "Read", "Known", "Words by level (known part in colour)")
        texts = store.texts(archived=self.show_archived)
        for t in texts:
            stats = t["stats"] or {}
            tokens = stats.get("tokens") or t["words"] or 1
            read = f"{100 * min(1.0, t['position'] / tokens):.0f}%"
            known = f"{100 * stats['known_share']:.0f}%" if stats.get("known_share") is not None else "–"
            table.add_row(t["title"][:40], str(t["words"]), read, known, band_bar(stats.get("bands")), key=str(t["id"]))
        if texts:
            table.move_cursor(row=min(row, len(texts) - 1))
        archived = "archived texts · A all texts" if self.show_archived else "A archived texts"
        self.query_one("#status", Static).update(
            f"o open a file · Enter read · r rename · a {'restore' if self.show_archived else 'archive'}"
            f" · d delete · {archived} · W my words · G progress"
            if texts else ("No archived texts: A shows the others." if self.show_archived
                           else "No texts yet: press o to open a file.")
        )
        table.focus()

    def _selected_text(self) -> dict | None:
        table = self.query_one("#texts", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.app.store.text(int(key))

    def action_rename(self) -> None:
        t = self._selected_text()
        if t is None:
            return

        def done(title: str | None) -> None:
            if title:
                self.app.store.rename_text(t["id"], title)
                self.fill()

        self.app.push_screen(OpenFileScreen(question="A new title for this text:", value=t["title"],
                                            placeholder="title"), done)

    def action_archive(self) -> None:
        t = self._selected_text()
        if t is not None:
            self.app.store.archive_text(t["id"], not self.show_archived)
            self.notify(f"“{t['title']}” {'restored' if self.show_archived else 'archived (A shows archived texts)'}.",
                        timeout=4)
            self.fill()

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived
        self.fill()

    def action_delete(self) -> None:
        t = self._selected_text()
        if t is None:
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.app.store.delete_text(t["id"])
                self.notify(f"Deleted “{t['title']}”; your words and notes stay.", timeout=4)
                self.fill()

        self.app.push_screen(ConfirmScreen(
            f"Delete “{t['title']}” and its statistics? Your words, notes and cards stay."), done)

    def action_open_selected(self) -> None:
        t = self._selected_text()
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
