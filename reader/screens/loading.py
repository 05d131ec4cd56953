"""Shown while a text is read and analysed in a worker."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Label, ProgressBar


class LoadingScreen(Screen):
    """Shown while a long text is analysed in a worker."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Label(f"Reading {Path(self.path).name} …")
            yield ProgressBar(total=None, show_eta=False)
