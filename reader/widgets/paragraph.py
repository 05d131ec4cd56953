"""One paragraph of clickable words.

One widget per paragraph: its text is one ``Content`` whose word spans carry
``Style.from_meta({"@click": "select_word(i)"})`` (as Textual's Markdown widget makes
links), so a click calls :meth:`ParagraphView.action_select_word` and the screen hears a
:class:`ParagraphView.WordClicked` message.  Re-colouring a word re-renders one paragraph.

Interlinear mode: a short meaning under every new and learning word.  The paragraph is then
laid out here (not by Textual's wrapping): each space-separated chunk of text takes the
width of the longer of itself and its meaning, and every text line is followed by a line of
meanings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.content import Content, Span
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from vocab.reading import ReadingState

from .styles import SELECTED, word_style

#: Longest meaning shown under a word in interlinear mode (cells).
GLOSS_WIDTH = 16
GLOSS_STYLE = "italic $text-muted"


class ParagraphView(Static):
    """One paragraph (or a piece of a long one); words are clickable and coloured by the
    learner's status."""

    # Our spans carry their own colours; Textual's automatic link styling would paint
    # every clickable word in one link colour.
    auto_links = False

    class WordClicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, state: ReadingState, start: int, end: int, first: int, last: int,
                 heading: bool = False, gap: bool = True,
                 interlinear: Callable[[int], str | None] | None = None) -> None:
        classes = "paragraph" + (" heading" if heading else "") + ("" if gap else " cont")
        super().__init__(classes=classes)
        self.state = state
        self.start, self.end = start, end  # character span in the text
        self.first, self.last = first, last  # token indices [first, last)
        self.marked: set[int] = set()
        self.interlinear = interlinear  # token index -> short meaning (or None)
        self._layout: dict[int, tuple[Content, list[list[tuple[int, int]]]]] = {}

    def on_mount(self) -> None:
        self.refresh_words()

    def on_resize(self) -> None:
        if self.interlinear is not None:
            self.refresh_words()

    @property
    def width_now(self) -> int:
        if self.content_region.width:
            return max(10, self.content_region.width)
        limit = self.styles.max_width
        return max(10, int(limit.value) if limit is not None else 80)

    def _word_spans(self, offset_of: Callable[[int], int]) -> list[Span]:
        state = self.state
        spans: list[Span] = []
        for i in range(self.first, self.last):
            t = state.tokens[i]
            s = offset_of(i)
            e = s + (t.end - t.start)
            spans.append(Span(s, e, Style.from_meta({"@click": f"select_word({i})"})))
            style = word_style(state, i)
            if style:
                spans.append(Span(s, e, style))
            if i in self.marked:
                spans.append(Span(s, e, SELECTED))
        return spans

    def build(self, width: int | None = None) -> Content:
        if self.interlinear is not None:
            return self._interlinear(width or self.width_now)[0]
        text = self.state.analysis.text[self.start : self.end].replace("\n", " ")
        tokens = self.state.tokens
        return Content(text, self._word_spans(lambda i: tokens[i].start - self.start))

    def _interlinear(self, width: int) -> tuple[Content, list[list[tuple[int, int]]]]:
        """Text lines, each followed by a line of meanings; and the words of each text
        line with their column."""
        cached = self._layout.get(width)
        if cached is not None:
            return cached
        state, meaning = self.state, self.interlinear
        text = state.analysis.text[self.start : self.end].replace("\n", " ")
        tokens = state.tokens
        cells: list[tuple[int, int, str]] = []  # chunk start, end, meaning
        k = self.first
        for m in re.finditer(r"\S+", text):
            s, e = m.start(), m.end()
            glosses = []
            while k < self.last and tokens[k].start - self.start < e:
                g = meaning(k)
                if g:
                    glosses.append(g)
                k += 1
            gloss = "/".join(glosses)
            if len(gloss) > max(GLOSS_WIDTH, e - s):
                gloss = gloss[: max(GLOSS_WIDTH, e - s) - 1] + "…"
            cells.append((s, e, gloss))
        rows: list[list[tuple[int, int, int, str]]] = [[]]  # (col, start, end, gloss)
        col = 0
        for s, e, gloss in cells:
            w = min(width, max(e - s, len(gloss)))
            if rows[-1] and col + 1 + w > width:
                rows.append([])
                col = 0
            at = col + (1 if rows[-1] else 0)
            rows[-1].append((at, s, e, gloss))
            col = at + w
        out: list[str] = []
        offset_of: dict[int, int] = {}
        gloss_spans: list[Span] = []
        words: list[list[tuple[int, int]]] = []
        pos = 0  # offset of the current line in the content
        k = self.first
        for row in rows:
            line, glosses, line_words, placed = "", "", [], []
            for at, s, e, gloss in row:
                line = line.ljust(at) + text[s:e]
                while k < self.last and tokens[k].start - self.start < e:
                    c = at + tokens[k].start - self.start - s
                    offset_of[k] = pos + c
                    line_words.append((k, c))
                    k += 1
                if gloss:
                    placed.append((len(glosses.ljust(at)), gloss))
                    glosses = glosses.ljust(at) + gloss
            gloss_line_at = pos + len(line) + 1
            gloss_spans.extend(Span(gloss_line_at + c, gloss_line_at + c + len(g), GLOSS_STYLE)
                               for c, g in placed)
            out.append(line)
            out.append(glosses)
            words.append(line_words)
            pos = gloss_line_at + len(glosses) + 1
        plain = "\n".join(out)
        spans = self._word_spans(lambda i: offset_of.get(i, 0))
        spans.extend(gloss_spans)
        result = (Content(plain, spans), words or [[]])
        self._layout[width] = result
        return result

    def refresh_words(self, marked: set[int] | None = None) -> None:
        if marked is not None:
            self.marked = {i for i in marked if self.first <= i < self.last}
        self._layout.clear()
        self.update(self.build())

    def action_select_word(self, index: int) -> None:
        self.post_message(self.WordClicked(index))

    def line_y(self, line: int) -> int:
        """The row (within this widget) of text line *line*."""
        return 2 * line if self.interlinear is not None else line

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
        """Words on each wrapped text line, with their column."""
        if self.interlinear is not None:
            return self._interlinear(width)[1]
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
