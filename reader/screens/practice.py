"""The practice screen: cloze cards from the learner's texts, scheduled by FSRS.

Keyboard only is enough: type and Enter, or 1–4 for a choice; Ctrl+T (tip) shows the first
letter and the length; Enter after the feedback goes on; Esc ends the session.  Mouse works for
choices.
"""

from __future__ import annotations

import time

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from vocab.cloze import Check, check_answer
from vocab.srs import Practice, PracticeCard

from ..widgets import render_gloss


class PracticeScreen(Screen):
    BINDINGS = [
        Binding("escape", "finish", "end session"),
        Binding("ctrl+t", "hint", "hint", show=True, priority=True),
        Binding("1", "choose(0)", "1-4 choose", show=False),
        Binding("2", "choose(1)", show=False),
        Binding("3", "choose(2)", show=False),
        Binding("4", "choose(3)", show=False),
        Binding("enter", "next", "next", show=False),
    ]

    def __init__(self, practice: Practice, cards: list[PracticeCard]) -> None:
        super().__init__()
        self.practice = practice
        self.cards = cards
        self.position = 0
        self.results: list[str] = []
        self.hint_used = False
        self.answered = False
        self.started = time.monotonic()

    def compose(self) -> ComposeResult:
        yield Static("", id="titlebar")
        with Vertical(id="practice"):
            yield Static("", id="exercise")
            yield Static("", id="hint")
            yield Input(placeholder="type the missing word(s) and press Enter", id="answer")
            yield Horizontal(id="choices")
            yield Static("", id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.show_card()

    # ------------------------------------------------------------------ showing
    @property
    def card(self) -> PracticeCard | None:
        return self.cards[self.position] if self.position < len(self.cards) else None

    def _title(self) -> Content:
        counts = self.practice.counts()
        done = len(self.results)
        return Content.assemble(
            ("Practice", "bold"), " · ",
            (f"{done}/{len(self.cards)} done · due {counts['due']} · new today {counts['new']}", "dim"),
        )

    def show_card(self) -> None:
        self.query_one("#titlebar", Static).update(self._title())
        card = self.card
        answer = self.query_one("#answer", Input)
        choices = self.query_one("#choices", Horizontal)
        choices.remove_children()
        self.query_one("#feedback", Static).update("")
        self.query_one("#hint", Static).update("")
        if card is None:
            self.show_summary()
            return
        ex = card.exercise
        self.answered = False
        self.hint_used = False
        self.started = time.monotonic()
        label = {"typed": "Type the missing word", "choice": "Choose the word",
                 "particle": "Type the verb and its particle (two gaps, one verb)",
                 "article": "de or het?"}[ex.kind]
        self.query_one("#exercise", Static).update(Content.assemble(
            (f"{label}", "bold $text-primary"), ("  ·  new card" if card.new else "", "dim"), "\n\n",
            (ex.masked("_____"), ""), "\n\n", (f"meaning: {ex.hint}" if ex.kind != "article" else ex.hint, "italic"),
        ))
        if ex.options:
            answer.display = False
            for i, option in enumerate(ex.options, 1):
                choices.mount(Button(f"{i} {option}", id=f"choice-{self.position}-{i - 1}"))
            choices.display = True
        else:
            choices.display = False
            answer.display = True
            answer.value = ""
            answer.focus()

    def show_summary(self) -> None:
        right = self.results.count("right")
        almost = self.results.count("almost")
        wrong = self.results.count("wrong")
        counts = self.practice.counts()
        self.query_one("#answer", Input).display = False
        self.query_one("#choices", Horizontal).display = False
        text = (
            "Nothing to practise now: open a text and press P, or run "
            "dutch-reader practice FILE." if not self.cards else
            f"Session done: {len(self.results)} cards — {right} right, {almost} almost, {wrong} wrong."
        )
        self.query_one("#exercise", Static).update(Content.assemble(
            ("Summary", "bold $text-primary"), "\n\n", text, "\n\n",
            (f"Still due today: {counts['due']} · new cards left today: {counts['new']}", "dim"),
            "\n\n", ("Esc to leave.", "dim"),
        ))
        self.summary_shown = True

    # ------------------------------------------------------------------ answering
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.answered:
            self.action_next()
            return
        if self.card is not None and event.value.strip():
            self.answer(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith(f"choice-{self.position}-"):
            self.action_choose(int(event.button.id.rsplit("-", 1)[1]))

    def action_choose(self, index: int) -> None:
        card = self.card
        if card is None or self.answered or not card.exercise.options:
            return
        if index < len(card.exercise.options):
            self.answer(card.exercise.options[index])

    def action_hint(self) -> None:
        card = self.card
        if card is None or self.answered:
            return
        ex = card.exercise
        self.hint_used = True
        if ex.kind in ("typed", "particle"):
            first = ex.answer[0]
            self.query_one("#hint", Static).update(
                Content(f"hint: starts with “{first[:1]}”, {len(first)} letters"
                        + (f"; particle “{ex.answer[1][:1]}…”" if ex.kind == "particle" else ""))
            )

    def answer(self, response: str) -> Check:
        card = self.card
        check = check_answer(card.exercise, response)
        seconds = time.monotonic() - self.started
        self.practice.review(card, check, hint_used=self.hint_used, seconds=seconds)
        self.results.append(check.verdict)
        self.answered = True
        style = {"right": "bold $text-success", "almost": "bold $text-warning",
                 "wrong": "bold $text-error"}[check.verdict]
        gloss = self.app.glossary.gloss_lemma(card.lemma)
        self.query_one("#feedback", Static).update(Content.assemble(
            (check.message, style), "\n\n", render_gloss(gloss), "\n\n", ("Enter: next card", "dim"),
        ))
        self.query_one("#titlebar", Static).update(self._title())
        self.last_check = check
        self.query_one("#answer", Input).focus() if self.query_one("#answer", Input).display else self.focus()
        return check

    def action_next(self) -> None:
        if self.card is None:
            return
        if not self.answered:
            return
        self.position += 1
        self.show_card()

    def action_finish(self) -> None:
        if self.card is not None and len(self.results) < len(self.cards):
            self.cards = self.cards[: self.position]
            self.position = len(self.cards)
            self.show_card()
            return
        self.app.pop_screen() if len(self.app.screen_stack) > 2 else self.app.exit()
