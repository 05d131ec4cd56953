"""A bar chart drawn with block characters (Textual's own drawing, no plotting package):
one bar per day, eighth blocks for resolution, the largest value on the y axis, the first
and last day under the x axis.  Fits any size from about 20×5 up; bars are coloured one by
one when the caller gives a style per bar (the reviews chart colours days by retention).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widget import Widget

__all__ = ["BarChart", "bar_rows"]

_EIGHTHS = " ▁▂▃▄▅▆▇█"


def bar_rows(values: Sequence[float], height: int, width: int) -> list[str]:
    """The bars of *values* as *height* lines of *width* cells (top line first).  Values
    are spread over the width (a bar is one or more cells wide; with more values than
    cells, neighbouring values are summed into one bar)."""
    if height <= 0 or width <= 0:
        return []
    cols = _columns(values, width)
    top = max(cols) if cols else 0
    lines = []
    for row in range(height - 1, -1, -1):
        cells = []
        for v in cols:
            eighths = round(8 * height * v / top) if top > 0 else 0
            if v > 0 and eighths == 0:
                eighths = 1  # a day with anything at all shows
            filled = eighths - 8 * row
            cells.append(_EIGHTHS[max(0, min(8, filled))])
        lines.append("".join(cells))
    return lines


def _columns(values: Sequence[float], width: int) -> list[float]:
    n = len(values)
    if n == 0:
        return [0.0] * width
    if n >= width:
        out = [0.0] * width
        for i, v in enumerate(values):
            out[i * width // n] += v
        return out
    return [values[i * n // width] for i in range(width)]


def _bar_of_column(n: int, width: int) -> list[int]:
    """Which value each column shows (for per-bar styles)."""
    if n >= width:
        return [min(n - 1, (c * n) // width) for c in range(width)]
    return [c * n // width for c in range(width)]


class BarChart(Widget):
    """A titled bar chart.  ``update(values, ...)`` redraws it."""

    DEFAULT_CSS = """
    BarChart {
        height: 1fr;
        min-height: 5;
        padding: 0 1;
    }
    """

    def __init__(self, title: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.title = title
        self.values: list[float] = []
        self.first_label = ""
        self.last_label = ""
        self.bar_styles: list[str] | None = None
        self.style = "$accent"

    def update(self, values: Sequence[float], *, title: str | None = None, first_label: str = "",
               last_label: str = "", bar_styles: list[str] | None = None, style: str | None = None) -> None:
        self.values = list(values)
        if title is not None:
            self.title = title
        self.first_label, self.last_label = first_label, last_label
        self.bar_styles = bar_styles
        if style is not None:
            self.style = style
        self.refresh()

    def render(self) -> Content:
        width = self.content_region.width or self.size.width
        height = self.content_region.height or self.size.height
        top = max(self.values) if self.values else 0
        axis = f"{top:,.0f}" if top else "0"
        label_w = len(axis) + 1
        plot_w = max(1, width - label_w)
        plot_h = max(1, height - 2)  # the title above, the dates below
        rows = bar_rows(self.values, plot_h, plot_w)
        which = _bar_of_column(len(self.values), plot_w) if self.values else []
        parts: list = [(self.title[:width], "bold"), "\n"]
        for r, line in enumerate(rows):
            label = axis if r == 0 else ("0" if r == len(rows) - 1 else "")
            parts.append((f"{label:>{label_w - 1}}│", "dim"))
            if self.bar_styles and which:
                for c, ch in enumerate(line):
                    parts.append((ch, self.bar_styles[which[c]] or self.style))
            else:
                parts.append((line, self.style))
            parts.append("\n")
        gap = max(1, plot_w - len(self.first_label) - len(self.last_label))
        parts.append((" " * label_w + self.first_label + " " * gap + self.last_label, "dim"))
        return Content.assemble(*parts)
