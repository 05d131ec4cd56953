"""Dialogs to correct the analysis of the selected word (``r``): its lemma, a particle verb
split or joined, a name or not.  The reading screen saves the choice
(``vocab.corrections``); ``z`` undoes it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from vocab.text import NAME, Token


class CorrectionScreen(ModalScreen[str | None]):
    """What to correct about one token; returns the chosen action's id."""

    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, token: Token, partner: Token | None, corrected: bool) -> None:
        super().__init__()
        self.token, self.partner, self.corrected = token, partner, corrected

    def options(self) -> list[Option]:
        t, word = self.token, f"“{self.token.text}”"
        out = [
            Option(f"The lemma of {word} is …  (here)", id="lemma-here"),
            Option(f"The lemma of {word} is …  (in every text)", id="lemma-everywhere"),
        ]
        if self.partner is not None:
            out.append(Option(f"Not one verb: split “{t.text} … {self.partner.text}” ({t.lemma})", id="split"))
        else:
            out.append(Option(f"{word} and another word of the sentence are one particle verb …", id="join"))
        if t.kind == NAME:
            out += [Option(f"{word} is not a name here", id="notname-here"),
                    Option(f"{word} is never a name", id="notname-everywhere")]
        else:
            out += [Option(f"{word} is a name here", id="name-here"),
                    Option(f"{word} is always a name", id="name-everywhere")]
        if self.corrected:
            out.append(Option(f"Remove my corrections of {word}", id="remove"))
        return out

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Correct the analysis of “{self.token.text}” (lemma: {self.token.lemma})",
                        id="question")
            yield OptionList(*self.options(), id="corrections")
            yield Label("Enter chooses, Esc cancels; z in the text undoes.", classes="hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class LemmaScreen(ModalScreen[str | None]):
    """Type a lemma (prefilled with a proposal)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, question: str, value: str) -> None:
        super().__init__()
        self.question, self.value = question, value

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question, id="question")
            yield Input(self.value, placeholder="a lemma, e.g. weggooien", id="lemma")
            yield Label("Enter saves, Esc cancels.", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = " ".join(event.value.split())
        if value:
            self.dismiss(value)


class JoinScreen(ModalScreen[int | None]):
    """Choose the other half of a particle verb among the words of the sentence; returns
    its index in the sentence."""

    BINDINGS = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, token: Token, candidates: list[Token]) -> None:
        super().__init__()
        self.token, self.candidates = token, candidates

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Which word makes one verb with “{self.token.text}”?", id="question")
            yield OptionList(*[Option(t.text, id=str(t.index)) for t in self.candidates], id="join-with")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))
