"""Small modal dialogs: the level question, yes/no, the learner's note, a path."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from vocab.difficulty import LEVELS


class LevelScreen(ModalScreen[str | None]):
    """The learner's level; words well below it count as known.

    Asked first on the first run, where Escape does not pick a level for the learner: the
    question stays until one is chosen.  From the reader (``v``) Escape keeps the level."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, current: str | None = None, first_run: bool = False) -> None:
        super().__init__()
        self.current = current
        self.first_run = first_run

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("What is your level of Dutch?", id="question")
            yield Label("Words below your level count as known until you say otherwise. "
                        "You can change it later (v, or Ctrl+P “level”).", classes="hint")
            with Horizontal(id="levels"):
                for level in LEVELS[:5]:
                    yield Button(level, id=f"level-{level}",
                                 variant="primary" if level == self.current else "default")
            yield Label("← → and Enter, or click." + ("" if self.first_run else "  Esc keeps your level."),
                        classes="hint")

    def on_mount(self) -> None:
        self.query_one(f"#level-{self.current or 'A2'}", Button).focus()

    def on_key(self, event) -> None:
        buttons = list(self.query(Button))
        if event.key in ("left", "right") and self.focused in buttons:
            step = 1 if event.key == "right" else -1
            buttons[(buttons.index(self.focused) + step) % len(buttons)].focus()
            event.stop()

    def action_cancel(self) -> None:
        if self.first_run:
            self.notify("Choose your level first: it decides which words count as known.",
                        severity="warning")
            return
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("level-") or None)


class GoToScreen(ModalScreen[float | None]):
    """Go to a place in the text: a percentage."""

    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, here: float) -> None:
        super().__init__()
        self.here = here

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Go to … % of the text (you are at {self.here:.0f}%)", id="question")
            yield Input(placeholder="0–100", id="goto-percent", type="number")
            yield Label("Enter goes, Esc cancels.", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            value = float(event.value.strip().rstrip("%").replace(",", "."))
        except ValueError:
            self.notify("A number from 0 to 100, please.", severity="warning")
            return
        if not 0 <= value <= 100:
            self.notify("A number from 0 to 100, please.", severity="warning")
            return
        self.dismiss(value)


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

    def __init__(self, question: str = "Open a text file (.txt): path", value: str = "",
                 placeholder: str = "~/Downloads/artikel.txt") -> None:
        super().__init__()
        self.question, self.value, self.placeholder = question, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question, id="question")
            yield Input(self.value, placeholder=self.placeholder, id="path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
