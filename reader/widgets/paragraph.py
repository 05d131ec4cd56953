"""One paragraph of clickable words.

One widget per paragraph: its text is one ``Content`` whose word spans carry
``Style.from_meta({"@click": "select_word(i)"})`` (as Textual's Markdown widget makes
links), so a click calls :meth:`ParagraphView.action_select_word` and the screen hears a
:class:`ParagraphView.WordClicked` message.  Re-colouring a word re-renders one paragraph.
"""

from __future__ import annotations

from textual.content import Content, Span
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from vocab.reading import ReadingState

from .styles import SELECTED, word_style


class ParagraphView(Static):
    """One paragraph; words are clickable and coloured by the learner's status."""

    # Our spans carry their own colours; Textual's automatic link styling would paint
    # every clickable word in one link colour.
    auto_links = False

    class WordClicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, state: ReadingState, start: int, end: int, first: int, last: int,
                 heading: bool = False) -> None:
        super().__init__(classes="paragraph heading" if heading else "paragraph")
        self.state = state
        self.start, self.end = start, end  # character span in the text
        self.first, self.last = first, last  # token indices [first, last)
        self.marked: set[int] = set()

    def on_mount(self) -> None:
        self.refresh_words()

    def build(self) -> Content:
        state = self.state
        text = state.analysis.text[self.start : self.end].replace("\n", " ")
        spans: list[Span] = []
        for i in range(self.first, self.last):
            t = state.tokens[i]
            s, e = t.start - self.start, t.end - self.start
            spans.append(Span(s, e, Style.from_meta({"@click": f"select_word({i})"})))
            style = word_style(state, i)
            if style:
                spans.append(Span(s, e, style))
            if i in self.marked:
                spans.append(Span(s, e, SELECTED))
        return Content(text, spans)

    def refresh_words(self, marked: set[int] | None = None) -> None:
        if marked is not None:
            self.marked = {i for i in marked if self.first <= i < self.last}
        self.update(self.build())

    def action_select_word(self, index: int) -> None:
        self.post_message(self.WordClicked(index))

    def line_of(self, index: int, width: int) -> tuple[int, int, list[tuple[int, int]]]:
        """(line number, column, [(index, column) of every word on that line]) of token
        *index* when the paragraph is wrapped to *width* cells."""
        lines = self.layout_lines(width)
        for n, words in enumerate(lines):
            for i, col in words:
                if i == index:
                    return n, col, words
        return 0, 0, lines[0] if lines else []

    def layout_lines(self, width: int) -> list[list[tuple[int, int]]]:
        """Words on each wrapped line, with their column."""
        content = self.build()
        wrapped = content.wrap(max(1, width))
        text = content.plain
        lines: list[list[tuple[int, int]]] = []
        pos = 0
        token_iter = [(i, self.state.tokens[i].start - self.start) for i in range(self.first, self.last)]
        k = 0
        for line in wrapped:
            plain = line.plain.rstrip()
            stripped = plain.lstrip()
            at = text.find(stripped, pos) if stripped else pos
            if at < 0:
                at = pos
            end = at + len(stripped)
            lead = len(plain) - len(stripped)
            words = []
            while k < len(token_iter) and token_iter[k][1] < end:
                i, offset = token_iter[k]
                words.append((i, offset - at + lead))
                k += 1
            lines.append(words)
            pos = end
        if k < len(token_iter) and lines:
            lines[-1].extend((i, o) for i, o in token_iter[k:])
        return lines or [[]]


