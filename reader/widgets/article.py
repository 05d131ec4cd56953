"""The scrolling article: a virtual list of paragraph blocks.

A book is never mounted whole.  The text is cut into *blocks* (a paragraph, or a piece of a
long paragraph at a sentence boundary, so a 5 MB line is drawn in pieces of a few thousand
characters); only the blocks around the viewport are mounted as :class:`ParagraphView`
widgets, between two spacers whose heights stand for the rest of the text.  So the scroll
range and the scrollbar are the whole text, and PageDown, End or a drag of the scrollbar
reach every page.  Unmounted blocks have an estimated height (a greedy word wrap at the
reading width); a mounted block's height is measured and replaces the estimate, and the
line at the top of the viewport stays where it is when heights change.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget

from vocab.reading import ReadingState

from .paragraph import ParagraphView

#: A paragraph longer than this (characters) is drawn in pieces cut at sentence starts.
CHUNK = 2000
#: Viewport heights mounted above and below the visible one.
MARGIN_SCREENS = 1.0


@dataclass(slots=True)
class Block:
    """A piece of the text drawn by one widget: characters [start, end), reading tokens
    [first, last); *gap*: a blank line follows (the end of a paragraph)."""

    start: int
    end: int
    first: int
    last: int
    heading: bool = False
    gap: bool = True


def make_blocks(state: ReadingState, chunk: int = CHUNK) -> list[Block]:
    """The blocks of a text: one per paragraph, long paragraphs cut at a sentence start
    (or, in a run-on "sentence", at any word) about every *chunk* characters."""
    analysis = state.analysis
    tokens = state.tokens
    blocks: list[Block] = []
    i = 0
    title = analysis.title
    for n, p in enumerate(analysis.paragraphs):
        first = i
        start = p.start
        heading = n == 0 and bool(title) and analysis.text[p.start : p.end].strip() == title
        while i < len(tokens) and tokens[i].start < p.end:
            t = tokens[i]
            if i > first and t.start - start >= chunk and (t.index == 0 or t.start - start >= 2 * chunk):
                blocks.append(Block(start, t.start, first, i, heading, gap=False))
                start, first = t.start, i
            i += 1
        blocks.append(Block(start, p.end, first, i, heading))
    return blocks


def estimate_lines(text: str, width: int) -> int:
    """Lines of *text* wrapped greedily at *width* cells (as Textual wraps words)."""
    width = max(1, width)
    if len(text) <= width:
        return 1
    lines, col = 1, 0
    for word in text.split():
        n = len(word)
        if col == 0:
            col = n
        elif col + 1 + n <= width:
            col += 1 + n
            continue
        else:
            lines += 1
            col = n
        if n > width:  # a word longer than the line is folded
            lines += (n - 1) // width
            col = n - width * ((n - 1) // width)
    return lines


def estimate_heights(text: str, blocks: list[Block], width: int, interlinear: bool = False) -> list[int]:
    """Rows of each block at *width* (a text line, and a line of meanings in interlinear
    mode; a blank line after a paragraph)."""
    factor = 2 if interlinear else 1
    return [factor * estimate_lines(text[b.start : b.end], width) + (1 if b.gap else 0) for b in blocks]


class Spacer(Widget):
    """Stands for the height of the blocks that are not mounted."""

    DEFAULT_CSS = "Spacer { height: 0; width: 1; }"


class ArticleScroll(VerticalScroll, inherit_bindings=False):
    """The scrolling article.  Arrow keys move the word cursor (the screen's bindings), not
    the scroll position; PageUp/PageDown, Home/End are the screen's too (they move the
    cursor with the page)."""

    BINDINGS = [Binding("ctrl+home", "scroll_home", "top", show=False)]

    def __init__(self, state: ReadingState, blocks: list[Block], *, reading_width: int = 80,
                 interlinear=None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.blocks = blocks
        self.firsts = [b.first for b in blocks]
        self.reading_width = reading_width
        self.interlinear = interlinear  # a function token index -> short meaning, or None
        self.heights: list[int] = []
        self.measured: list[bool] = []
        self.tops: list[int] = [0]
        self.lo = self.hi = 0
        self.views: list[ParagraphView] = []  # mounted blocks lo..hi-1
        self._width = 0
        self._pending = False
        self._target: tuple[int, int] | None = None  # (block, offset) to keep at the top
        self._refill_anchor: tuple[int, int, int] | None = None  # (block, offset, _scrolls)
        self._scrolls = 0  # scroll_to calls so far: a later one wins over an older measurement
        self.top_spacer = Spacer()
        self.bottom_spacer = Spacer()

    def compose(self):
        yield self.top_spacer
        yield self.bottom_spacer

    # ------------------------------------------------------------------ geometry
    @property
    def text_width(self) -> int:
        width = self.scrollable_content_region.width or self.size.width or 80
        return max(10, min(self.reading_width, width))

    def _estimate_all(self, heights: tuple[int, list[int]] | None = None) -> None:
        """Heights of every block, estimated (or *heights*: (width, heights) estimated in a
        worker for this width)."""
        width = self.text_width
        self._width = width
        if heights is not None and heights[0] == width and not self.interlinear:
            self.heights = list(heights[1])
        else:
            self.heights = estimate_heights(self.state.analysis.text, self.blocks, width,
                                            self.interlinear is not None)
        self.measured = [False] * len(self.blocks)
        self._retop()

    def _retop(self) -> None:
        self.tops = [0, *accumulate(self.heights)]

    def block_of_token(self, index: int) -> int:
        return max(0, bisect_right(self.firsts, index) - 1)

    def block_top(self, k: int) -> int:
        """The virtual row of block *k*: where it is laid out if mounted, else where the
        heights say."""
        view = self.view_of_block(k)
        if view is not None and view.is_mounted and view.size.height:
            return view.virtual_region.y
        return self.tops[k]

    def block_at(self, y: float) -> int:
        return max(0, min(len(self.blocks) - 1, bisect_right(self.tops, y) - 1))

    def view_of_block(self, k: int) -> ParagraphView | None:
        return self.views[k - self.lo] if self.lo <= k < self.hi else None

    def view_of_token(self, index: int) -> ParagraphView | None:
        if not self.blocks:
            return None
        return self.view_of_block(self.block_of_token(index))

    # ------------------------------------------------------------------ mounting
    def on_mount(self) -> None:
        self._estimate_all()

    def _view(self, k: int) -> ParagraphView:
        b = self.blocks[k]
        view = ParagraphView(self.state, b.start, b.end, b.first, b.last, heading=b.heading,
                             gap=b.gap, interlinear=self.interlinear)
        view.styles.max_width = self.reading_width
        return view

    def _window_for(self, k: int) -> tuple[int, int]:
        """Blocks to mount so that block *k* at the top and a screen around it are there."""
        h = max(5, self.size.height or 20)
        top = self.tops[k]
        lo = self.block_at(max(0, top - MARGIN_SCREENS * h))
        hi = self.block_at(top + (1 + MARGIN_SCREENS) * h + h) + 1
        return lo, max(hi, min(len(self.blocks), k + 2))

    def show_window(self, lo: int, hi: int) -> None:
        """Mount exactly blocks lo..hi-1 (reusing those already mounted)."""
        lo, hi = max(0, lo), min(len(self.blocks), hi)
        if (lo, hi) == (self.lo, self.hi):
            return
        keep_lo, keep_hi = max(lo, self.lo), min(hi, self.hi)
        if keep_lo >= keep_hi:  # nothing in common
            for view in self.views:
                view.remove()
            self.views = [self._view(k) for k in range(lo, hi)]
            if self.views:
                self.mount_all(self.views, before=self.bottom_spacer)
        else:
            old = self.views
            for view in old[: keep_lo - self.lo] + old[keep_hi - self.lo :]:
                view.remove()
            kept = old[keep_lo - self.lo : keep_hi - self.lo]
            above = [self._view(k) for k in range(lo, keep_lo)]
            below = [self._view(k) for k in range(keep_hi, hi)]
            if above:
                self.mount_all(above, before=kept[0])
            if below:
                self.mount_all(below, after=kept[-1])
            self.views = above + kept + below
        self.lo, self.hi = lo, hi
        self._set_spacers()
        self.call_after_refresh(self._measure)

    def _set_spacers(self) -> None:
        self.top_spacer.styles.height = self.tops[self.lo]
        self.bottom_spacer.styles.height = self.tops[-1] - self.tops[self.hi]

    def _measure(self) -> None:
        """Replace the estimated heights of the mounted blocks by their real ones, keeping
        the line at the top of the viewport (or the requested target) in place."""
        anchor = self._target
        refilled, self._refill_anchor = self._refill_anchor, None
        if anchor is None and refilled is not None and refilled[2] == self._scrolls:
            anchor = refilled[:2]
        if anchor is None:
            k, offset = self.locate(round(self.scroll_y))
            anchor = (k, offset)
        changed = False
        for k, view in zip(range(self.lo, self.hi), self.views, strict=True):
            if not view.is_mounted or not view.size.height:
                continue
            h = view.size.height + (1 if self.blocks[k].gap else 0)
            if h != self.heights[k]:
                self.heights[k] = h
                changed = True
            self.measured[k] = True
        if changed:
            self._retop()
            self._set_spacers()
        self._target = None
        k, offset = anchor
        if changed or round(self.scroll_y) != self.block_top(k) + offset:
            self.call_after_refresh(self._settle, anchor, self._scrolls)
        else:
            self._check_window()

    def _settle(self, anchor: tuple[int, int], scrolls: int) -> None:
        if scrolls == self._scrolls:  # else a key scrolled since the measurement: it wins
            k, offset = anchor  # where the block is now laid out (the new heights)
            self.scroll_to(y=self.block_top(k) + offset, animate=False, immediate=True, force=True)
        self._check_window()

    def scroll_to(self, *args, **kwargs):
        """Counted (see _settle); a scroll wins over a position asked for before it and not
        reached yet (a PageDown before the measurement of a relayout)."""
        self._scrolls += 1
        self._target = None
        return super().scroll_to(*args, **kwargs)

    @property
    def settling(self) -> bool:
        """A position was asked for (a new window, a relayout) and is not reached yet."""
        return self._target is not None

    def top_y(self) -> int:
        """The virtual row at the top of the viewport: where a position asked for will put
        it once the heights are measured, else where it is."""
        if self._target is not None:
            k, offset = self._target
            return self.tops[k] + offset
        return round(self.scroll_y)

    def _check_window(self) -> None:
        """Mount more when the viewport comes near the edge of the mounted blocks."""
        if not self.blocks or not self.is_mounted:
            return
        h = max(5, self.size.height)
        y = self.scroll_y
        mounted_top, mounted_bottom = self.tops[self.lo], self.tops[self.hi]
        near_top = self.lo > 0 and y - mounted_top < 0.5 * h
        near_bottom = self.hi < len(self.blocks) and mounted_bottom - (y + h) < 0.5 * h
        if near_top or near_bottom or self.lo == self.hi:
            k, offset = self.locate(round(y))
            window = self._window_for(k)
            if window != (self.lo, self.hi):
                self._target = (k, offset)  # cleared by _measure (a same window schedules none)
                self.show_window(*window)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._pending and self.blocks and self.heights:
            self._pending = True
            self.call_after_refresh(self._after_scroll)

    def _after_scroll(self) -> None:
        self._pending = False
        self._check_window()

    def on_resize(self) -> None:
        if self.blocks and self.text_width != self._width:
            k = self.block_at(self.scroll_y) if self.heights else 0
            self.relayout(keep=k)

    def relayout(self, keep: int | None = None) -> None:
        """Heights anew (a new width, interlinear on or off): block *keep* stays on top."""
        if keep is None:
            keep = self.block_at(self.scroll_y)
        for view in self.views:
            view.interlinear = self.interlinear
            view.styles.max_width = self.reading_width
            view.refresh_words()
        self._estimate_all()
        self._set_spacers()
        self._target = (keep, 0)
        self.show_window(*self._window_for(keep))
        self.call_after_refresh(self._measure)

    def refill(self, views: list[ParagraphView], keep_token: int | None = None) -> None:
        """Mounted *views* drawn anew (interlinear meanings came in: lines may wrap
        differently); the line of token *keep_token*, if on the screen, stays at its row,
        else the line at the top stays."""
        found = self.token_line(keep_token) if keep_token is not None else None
        row = None
        if found is not None:
            height = self.scrollable_content_region.height or self.size.height
            row = found[1] - round(self.scroll_y)
            if not 0 <= row < height:
                row = None
        for view in views:
            view.refresh_words()
        if row is not None:
            view = self.view_of_token(keep_token)
            line = view.line_of(keep_token, self.view_width(view))[0]
            # kept only if nothing scrolls meanwhile (a PageDown before the measurement)
            self._refill_anchor = (self.block_of_token(keep_token), view.line_y(line) - row,
                                   self._scrolls)
        self.call_after_refresh(self._measure)

    def replace(self, state: ReadingState, blocks: list[Block], top_char: int, top_line: int,
                heights: tuple[int, list[int]] | None = None) -> None:
        """A new analysis of the same text (the whole book after its first page): every
        block anew, the block holding character *top_char* at the top, *top_line* lines in."""
        for view in self.views:
            view.remove()
        self.views, self.lo, self.hi = [], 0, 0
        self.state, self.blocks = state, blocks
        self.firsts = [b.first for b in blocks]
        self._estimate_all(heights)
        starts = [b.start for b in blocks]
        self.go_to_block(max(0, bisect_right(starts, top_char) - 1), max(0, top_line))

    # ------------------------------------------------------------------ positions
    def go_to_block(self, k: int, offset: int = 0) -> None:
        """Show block *k* with line *offset* of it at the top of the viewport."""
        if not self.blocks:
            return
        k = max(0, min(k, len(self.blocks) - 1))
        if not self.heights:
            self._estimate_all()
        lo, hi = self._window_for(k)
        if (lo, hi) == (self.lo, self.hi):
            self.call_after_refresh(self._measure)
        else:
            self.show_window(lo, hi)
        self.scroll_to(y=self.tops[k] + offset, animate=False, immediate=True, force=True)
        self._target = (k, offset)  # after the scroll (which drops an older target)

    def token_line(self, index: int) -> tuple[ParagraphView, int] | None:
        """The mounted view of token *index* and the line of it, in virtual coordinates."""
        view = self.view_of_token(index)
        if view is None or not view.is_mounted:
            return None
        line, _col, _words = view.line_of(index, self.view_width(view))
        return view, view.virtual_region.y + view.line_y(line)

    def view_width(self, view: ParagraphView) -> int:
        return max(1, view.content_region.width or self.text_width)

    def reveal_token(self, index: int, top: bool = False) -> None:
        """Scroll so token *index* is visible (at the top with *top*); a token off screen
        is put a few lines from the top, so what follows it is seen."""
        if not self.blocks:
            return
        k = self.block_of_token(index)
        found = self.token_line(index) if self.measured[k] or self.view_of_block(k) else None
        if found is None or not self.measured[k]:
            view = self.view_of_block(k)
            offset = 0
            if view is not None:
                offset = view.line_y(view.line_of(index, self.view_width(view))[0])
            self.go_to_block(k, max(0, offset - (0 if top else 2)))
            return
        _view, y = found
        h = self.scrollable_content_region.height or self.size.height
        if top:
            self.scroll_to(y=max(0, y - 1), animate=False, immediate=True, force=True)
        elif not (self.scroll_y <= y < self.scroll_y + h):
            target = y - 2 if y < self.scroll_y else y - h + 3
            self.scroll_to(y=max(0, target), animate=False, immediate=True, force=True)

    def locate(self, y: int, estimated: bool = False) -> tuple[int, int]:
        """The block at virtual row *y* and the row of *y* within it.  A mounted block that
        is laid out is taken where it really is (its height may have changed since the last
        measurement: its meanings came in, it was wrapped anew); others where the heights
        say.  *estimated*: where the heights say (a position asked for is not reached yet,
        the mounted blocks are not laid out for it)."""
        if not estimated:
            for k, view in zip(range(self.lo, self.hi), self.views, strict=True):
                if not view.is_mounted or not view.size.height:
                    continue
                top = view.virtual_region.y
                if top <= y < top + view.size.height + (1 if self.blocks[k].gap else 0):
                    return k, y - top
        k = self.block_at(y)
        return k, y - self.tops[k]

    def token_at(self, y: float, estimated: bool = False) -> int:
        """The first reading token whose line is at or below virtual row *y*."""
        k, offset = self.locate(round(y), estimated)
        view = self.view_of_block(k)
        if view is not None:
            for n, words in enumerate(view.layout_lines(self.view_width(view))):
                if words and view.line_y(n) >= offset:
                    return words[0][0]
        elif offset <= 0:
            return self.blocks[k].first
        while k + 1 < len(self.blocks) and self.blocks[k + 1].first == self.blocks[k + 1].last:
            k += 1
        return min(self.blocks[min(k + 1, len(self.blocks) - 1)].first, len(self.state.tokens) - 1)

    def visible_tokens(self) -> range:
        """Reading tokens whose lines are (at least partly) in the viewport."""
        top = self.scroll_y
        bottom = top + (self.scrollable_content_region.height or self.size.height)
        first = last = None
        for view in self.views:
            if not view.is_mounted:
                continue
            y = view.virtual_region.y
            if y + view.virtual_region.height <= top or y >= bottom:
                continue
            width = self.view_width(view)
            for n, words in enumerate(view.layout_lines(width)):
                line_y = y + view.line_y(n)
                if top <= line_y < bottom and words:
                    if first is None:
                        first = words[0][0]
                    last = words[-1][0]
        if first is None:
            return range(0)
        return range(first, last + 1)
