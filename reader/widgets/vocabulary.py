"""The text's vocabulary, ranked by difficulty."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from vocab.reading import ReadingState

from .styles import word_style_for


class VocabularyList(OptionList):
    """The text's lemmas ranked by difficulty (the hardest LIMIT of them: a book has
    thousands, and a learner works from the top)."""

    LIMIT = 200
    BINDINGS = [
        Binding("enter", "select", "jump to the word"),
        Binding("f", "screen.filter", "filter"),
        Binding("tab", "screen.toggle_focus", "next panel"),
    ]

    def show(self, state: ReadingState, mode: str) -> int:
        """Fill the list; returns how many lemmas the filter matched."""
        self.clear_options()
        rows = state.vocabulary(mode)
        for s in rows[: self.LIMIT]:
            status = state.status(s.lemma)
            mark = {"new": " ", "known": "✓", "ignored": "·"}.get(status, status[-1])
            label = Content.assemble(
                (f"{mark} ", "dim"),
                (f"{s.lemma:<20.20}", word_style_for(state, s.lemma)),
                (f" {s.level} {s.count:>3}", "dim"),
            )
            self.add_option(Option(label, id=s.lemma))
        return len(rows)
