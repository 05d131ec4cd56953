"""Small modal dialogs: the level question, yes/no, the learner's note, a path."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from vocab.difficulty import LEVELS


class LevelScreen(ModalScreen[str]):
    """Asked once: the learner's level; words well below it count as known."""

    BINDINGS = [Binding("escape", "dismiss('B1')", "B1")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("What is your level of Dutch?", id="question")
            yield Label("Words below your level count as known until you say otherwise.",
                        classes="hint")
            with Horizontal(id="levels"):
                for level in LEVELS[:5]:
                    yield Button(level, id=f"level-{level}")

    def on_mount(self) -> None:
        self.query_one("#level-B1", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "level-B1").removeprefix("level-"))


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("y", "dismiss(True)", "yes"), Binding("n,escape", "dismiss(False)", "no")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question, id="question")
            with Horizontal(id="buttons"):
                yield Button("Yes (y)", id="yes", variant="primary")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class NoteScreen(ModalScreen[tuple[str, str] | None]):
    """Edit the learner's own gloss and note for a lemma."""

    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, lemma: str, gloss: str | None, note: str | None) -> None:
        super().__init__()
        self.lemma, self.gloss_text, self.note_text = lemma, gloss or "", note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Your gloss and note for “{self.lemma}”", id="question")
            yield Input(self.gloss_text, placeholder="your gloss (e.g. attack)", id="gloss")
            yield Input(self.note_text, placeholder="your note (Enter saves, Esc cancels)", id="note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "gloss":
            self.query_one("#note", Input).focus()
            return
        self.dismiss((self.query_one("#gloss", Input).value, self.query_one("#note", Input).value))


class OpenFileScreen(ModalScreen[str | None]):
    """Ask for a path (to open, or to export to)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, question: str = "Open a text file (.txt): path", value: str = "") -> None:
        super().__init__()
        self.question, self.value = question, value

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question, id="question")
            yield Input(self.value, placeholder="~/Downloads/artikel.txt", id="path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
