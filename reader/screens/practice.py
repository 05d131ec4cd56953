"""The practice screen: cloze cards from the learner's texts, scheduled by FSRS.

Two steps per card, keyboard only:

1. **Answer** — a typed or particle card: type and Enter; a choice or article card: 1–4 (or
   a click), never the text box.  Ctrl+T shows a tip (first letter and length), Ctrl+D shows
   the answer ("I don't know").
2. **Grade** — the feedback names any error; Again / Hard / Good / Easy (1–4, or a click),
   each with the next interval FSRS would give, the grade the answer suggests preselected:
   Enter takes it.  A card graded Again comes back later in the same session.

The options of a choice card are shuffled every time it is shown.  Esc ends the session with
a summary of what is due now, later today and tomorrow.
"""

from __future__ import annotations

import random
import time

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from vocab.cloze import Check, check_answer
from vocab.srs import RATINGS, Practice, PracticeCard, Rating, describe_interval

from ..widgets import render_gloss

GRADE_NAMES = {Rating.Again: "Again", Rating.Hard: "Hard", Rating.Good: "Good", Rating.Easy: "Easy"}


def due_line(counts: dict[str, int]) -> str:
    """Cards due now, later today and tomorrow, and new cards left: one line."""
    return (f"due now {counts['due']} · later today {counts['later_today']} · "
            f"tomorrow {counts['tomorrow']} · new left today {counts['new']}")


class PracticeScreen(Screen):
    BINDINGS = [
        Binding("escape", "finish", "end session"),
        Binding("ctrl+t", "hint", "tip", show=True, priority=True),
        Binding("ctrl+d", "reveal", "show answer", show=True, priority=True),
        Binding("1", "key(0)", "1-4 choose / grade", show=True),
        Binding("2", "key(1)", show=False),
        Binding("3", "key(2)", show=False),
        Binding("4", "key(3)", show=False),
        Binding("enter", "accept", "take the grade", show=False),
    ]

    def __init__(self, practice: Practice, cards: list[PracticeCard]) -> None:
        super().__init__()
        self.practice = practice
        self.cards = list(cards)
        self.position = 0
        self.results: list[str] = []
        self.returned = 0  # cards graded Again and served again in this session
        self.hint_used = False
        self.answered = False
        self.started = time.monotonic()
        self.seconds: float | None = None
        self.shown_options: list[str] = []
        self.last_check: Check | None = None
        self.proposed: Rating | None = None
        self.grades: list[Rating] = []
        self.summary_shown = False
        self._random = random.Random()

    def compose(self) -> ComposeResult:
        yield Static("", id="titlebar")
        with Vertical(id="practice"):
            yield Static("", id="exercise")
            yield Static("", id="hint")
            yield Input(placeholder="type the missing word(s) and press Enter", id="answer")
            yield Horizontal(id="choices")
            yield Static("", id="feedback")
            yield Horizontal(id="grades")
        yield Footer()

    def on_mount(self) -> None:
        self.show_card()

    # ------------------------------------------------------------------ showing
    @property
    def card(self) -> PracticeCard | None:
        return self.cards[self.position] if self.position < len(self.cards) else None

    @property
    def takes_choice(self) -> bool:
        card = self.card
        return card is not None and bool(card.exercise.options)

    def _title(self) -> Content:
        counts = self.practice.counts()
        left = len(self.cards) - self.position
        return Content.assemble(
            ("Practice", "bold"), " · ",
            (f"{left} to go in this session · {due_line(counts)}", "dim"),
        )

    def show_card(self) -> None:
        self.query_one("#titlebar", Static).update(self._title())
        card = self.card
        answer = self.query_one("#answer", Input)
        choices = self.query_one("#choices", Horizontal)
        choices.remove_children()
        grades = self.query_one("#grades", Horizontal)
        grades.remove_children()
        grades.display = False
        self.query_one("#feedback", Static).update("")
        self.query_one("#hint", Static).update("")
        if card is None:
            self.show_summary()
            return
        ex = card.exercise
        self.answered = False
        self.hint_used = False
        self.last_check = None
        self.proposed = None
        self.started = time.monotonic()
        label = {"typed": "Type the missing word", "choice": "Choose the word (1–4)",
                 "particle": "Type the verb and its particle (two gaps, one verb)",
                 "article": "de or het? (1–2)"}[ex.kind]
        again = "  ·  again, after a miss" if getattr(card, "returned", False) else ""
        self.query_one("#exercise", Static).update(Content.assemble(
            (f"{label}", "bold $text-primary"), ("  ·  new card" if card.new else "", "dim"),
            (again, "dim"), "\n\n", (ex.masked("_____"), ""), "\n\n",
            (f"meaning: {ex.hint}" if ex.kind != "article" else ex.hint, "italic"),
        ))
        if ex.options:
            # choice and article cards take 1–4 only: the text box is not there to type in
            answer.display = False
            answer.disabled = True
            self.shown_options = self._random.sample(list(ex.options), len(ex.options))
            for i, option in enumerate(self.shown_options, 1):
                choices.mount(Button(f"{i} {option}", id=f"choice-{self.position}-{i - 1}"))
            choices.display = True
            self.focus_self()
        else:
            self.shown_options = []
            choices.display = False
            answer.disabled = False
            answer.display = True
            answer.value = ""
            answer.focus()

    def focus_self(self) -> None:
        self.set_focus(None)

    def show_summary(self) -> None:
        right = self.results.count("right")
        almost = self.results.count("almost")
        wrong = self.results.count("wrong")
        counts = self.practice.counts()
        answer = self.query_one("#answer", Input)
        answer.display = False
        answer.disabled = True
        self.query_one("#choices", Horizontal).display = False
        self.query_one("#grades", Horizontal).display = False
        if not self.results:
            text = ("Nothing to practise now: open a text and press P, or run "
                    "dutch-reader practice FILE." if not self.cards else "Session ended before the first card.")
        else:
            text = (f"Session done: {len(self.results)} answers — {right} right, {almost} almost, "
                    f"{wrong} wrong" + (f"; {self.returned} cards came back after a miss" if self.returned else "")
                    + ".")
        self.query_one("#exercise", Static).update(Content.assemble(
            ("Summary", "bold $text-primary"), "\n\n", text, "\n\n",
            (f"Cards: {due_line(counts)}", ""),
            "\n\n", ("Esc to leave.", "dim"),
        ))
        self.focus_self()
        self.summary_shown = True

    # ------------------------------------------------------------------ answering
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.card is None or self.answered or self.takes_choice:
            return
        if event.value.strip():
            self.answer(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        bid = event.button.id or ""
        if bid.startswith(f"choice-{self.position}-"):
            self.action_key(int(bid.rsplit("-", 1)[1]))
        elif bid.startswith(f"grade-{self.position}-"):
            self.grade(RATINGS[int(bid.rsplit("-", 1)[1])])

    def action_key(self, index: int) -> None:
        """1–4: a choice before the answer, a grade after it."""
        if self.card is None:
            return
        if self.answered:
            self.grade(RATINGS[index])
        elif self.takes_choice and index < len(self.shown_options):
            self.answer(self.shown_options[index])

    def action_hint(self) -> None:
        card = self.card
        if card is None or self.answered:
            return
        ex = card.exercise
        if ex.kind in ("typed", "particle"):
            self.hint_used = True
            first = ex.answer[0]
            self.query_one("#hint", Static).update(
                Content(f"tip: starts with “{first[:1]}”, {len(first)} letters"
                        + (f"; particle “{ex.answer[1][:1]}…”" if ex.kind == "particle" else ""))
            )

    def action_reveal(self) -> None:
        """I don't know: show the answer (graded Again unless the learner says otherwise)."""
        if self.card is None or self.answered:
            return
        self.answer("")

    def answer(self, response: str) -> Check:
        card = self.card
        check = check_answer(card.exercise, response)
        if not response.strip():
            check.message = f"The answer: {' … '.join(card.exercise.answer)}"
        self.seconds = time.monotonic() - self.started
        self.results.append(check.verdict)
        self.answered = True
        self.last_check = check
        self.proposed = self.practice.propose(card, check, hint_used=self.hint_used, seconds=self.seconds)
        style = {"right": "bold $text-success", "almost": "bold $text-warning",
                 "wrong": "bold $text-error"}[check.verdict]
        gloss = self.app.glossary.gloss_lemma(card.lemma)
        self.query_one("#feedback", Static).update(Content.assemble(
            (check.message, style), "\n\n", render_gloss(gloss), "\n\n",
            ("Grade it: 1 Again · 2 Hard · 3 Good · 4 Easy — Enter takes the marked one", "dim"),
        ))
        answer = self.query_one("#answer", Input)
        answer.disabled = True  # 1–4 are grades now, not text
        self._show_grades(card)
        self.focus_self()
        return check

    def _show_grades(self, card: PracticeCard) -> None:
        grades = self.query_one("#grades", Horizontal)
        grades.remove_children()
        intervals = self.practice.preview(card)
        for i, rating in enumerate(RATINGS):
            label = f"{i + 1} {GRADE_NAMES[rating]} {describe_interval(intervals[rating])}"
            grades.mount(Button(label, id=f"grade-{self.position}-{i}",
                                variant="primary" if rating == self.proposed else "default"))
        grades.display = True

    def action_accept(self) -> None:
        if self.answered and self.proposed is not None:
            self.grade(self.proposed)

    def grade(self, rating: Rating) -> None:
        card = self.card
        if card is None or not self.answered or self.last_check is None:
            return
        updated = self.practice.review(card, self.last_check, hint_used=self.hint_used,
                                       seconds=self.seconds, rating=rating)
        self.grades.append(rating)
        if rating == Rating.Again:
            # the relearning step: the card comes back at the end of this session
            self.cards.append(_Returned(updated))
            self.returned += 1
        self.position += 1
        self.show_card()

    def action_finish(self) -> None:
        if self.card is not None and not self.summary_shown:
            self.cards = self.cards[: self.position]
            self.position = len(self.cards)
            self.show_card()
            return
        self.app.pop_screen() if len(self.app.screen_stack) > 2 else self.app.exit()


class _Returned:
    """A card served again in the session after a miss (the PracticeCard, marked)."""

    returned = True

    def __init__(self, card: PracticeCard) -> None:
        self._card = card

    def __getattr__(self, name):
        return getattr(self._card, name)
