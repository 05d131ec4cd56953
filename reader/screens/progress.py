"""The progress screen: four charts of the learner's last 30 days and the next 30.

Known lemmas at the end of each day (known fixed expressions counted apart, in its
title), words read per day, reviews per day coloured by retention (the share not answered
wrong), and the FSRS forecast of reviews due.  A 2×2
grid that fits an 80×24 terminal.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from vocab import progress

from ..widgets.chart import BarChart

DAYS = 30


def _retention_style(r: float | None) -> str:
    if r is None:
        return ""
    if r >= 0.9:
        return "$text-success"
    if r >= 0.8:
        return "$text-warning"
    return "$text-error"


class ProgressScreen(Screen):
    """Known lemmas, words read, reviews with retention, reviews due."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "back"),
        Binding("W", "words", "my words"),
        Binding("question_mark", "app.push_screen('help')", "keys", show=False),
    ]

    def __init__(self, now: float | None = None) -> None:
        super().__init__()
        self.now = now  # the charts' today (tests fix it; None: the clock)

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("Progress", "bold"), " · ",
                                      (f"the last {DAYS} days and the next {DAYS}", "dim")),
                     id="titlebar")
        with Grid(id="progress"):
            yield BarChart("Known lemmas", id="chart-known")
            yield BarChart("Words read per day", id="chart-read")
            yield BarChart("Reviews per day", id="chart-reviews")
            yield BarChart("Reviews due", id="chart-due")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_charts()

    def on_screen_resume(self) -> None:
        self.refresh_charts()

    def refresh_charts(self) -> None:
        store = self.app.store
        known = progress.known_per_day(store, DAYS, self.now)
        read = progress.words_read_per_day(store, DAYS, self.now)
        reviews = progress.reviews_per_day(store, DAYS, self.now)
        due = progress.forecast(store, DAYS, self.now)
        first, last = known[0].day.strftime("%d %b"), "today"
        now = known[-1].value
        # fixed expressions are not lemmas: counted apart, beside the chart's title
        expressions = progress.known_per_day(store, 1, self.now, kind="expression")[-1].value
        phrases = f" · {expressions:,} expressions" if expressions else ""
        gained = now - known[0].value
        self.query_one("#chart-known", BarChart).update(
            [d.value for d in known], first_label=first, last_label=last, style="$text-success",
            title=f"Known lemmas: {now:,} ({gained:+,} in {DAYS} days)" + phrases)
        total_read = sum(d.value for d in read)
        self.query_one("#chart-read", BarChart).update(
            [d.value for d in read], first_label=first, last_label=last, style="$accent",
            title=f"Words read per day: {total_read:,} in {DAYS} days")
        n = sum(d.value for d in reviews)
        passed = sum(round(d.value * d.extra) for d in reviews if d.extra is not None)
        retention = f", retention {100 * passed / n:.0f}%" if n else ""
        self.query_one("#chart-reviews", BarChart).update(
            [d.value for d in reviews], first_label=first, last_label=last,
            bar_styles=[_retention_style(d.extra) for d in reviews],
            title=f"Reviews per day: {n:,}{retention}")
        upcoming = sum(d.value for d in due)
        self.query_one("#chart-due", BarChart).update(
            [d.value for d in due], first_label="today", last_label=due[-1].day.strftime("%d %b"),
            style="$primary", title=f"Reviews due, next {DAYS} days: {upcoming:,} (today {due[0].value})")
        self.query_one("#status", Static).update(Content.assemble(
            ("reviews: ", "dim"), ("■ ≥90% right", "$text-success"), " ",
            ("■ ≥80%", "$text-warning"), " ", ("■ less", "$text-error"),
            ("  · W my words · Esc back", "dim")))

    def action_words(self) -> None:
        self.app.pop_screen()
        self.app.call_later(self.app.action_my_words)
