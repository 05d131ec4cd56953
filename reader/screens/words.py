"""My words: every lemma the learner has a status, note or card for, in one table.

Search as you type (lemma, your gloss and note; case and accents ignored), filter by
status, CEFR band and kind (words, fixed expressions), sort, select many and change their status at once; Enter opens a
word with its gloss and its sentences from every text read.  The list is a virtual table
(``reader.widgets.wordtable``): 20,000 lemmas open at once.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from vocab import library, mywords
from vocab.difficulty import LEVELS
from vocab.mywords import MyWord

from ..widgets.gloss import render_expression, render_gloss
from ..widgets.wordtable import STATUS_LABEL, WordTable, when
from .dialogs import ConfirmScreen, NoteScreen

#: The status filter cycles through these (f).
STATUS_FILTERS = {
    "all": None,
    "new": {"new"},
    "learning": {"learning1", "learning2", "learning3", "learning4"},
    "known": {"known"},
    "ignored": {"ignored"},
}
LEVEL_FILTERS = ["all", *LEVELS]
#: The kind filter cycles through these (t): lemmas, or the fixed expressions you marked.
KIND_FILTERS = {"all": None, "words": "word", "expressions": "expression"}
#: Meanings looked up this session: language → lemma → first sense.
_MEANINGS: dict[str, dict[str, str]] = {}
#: Changing this many words at once asks first.
CONFIRM_FROM = 100
SORT_ORDERS = list(mywords.SORTS)

_MARK_BINDINGS = [
    Binding("1", "mark('learning1')", "learning", key_display="1-4"),
    Binding("2", "mark('learning2')", "2", show=False),
    Binding("3", "mark('learning3')", "3", show=False),
    Binding("4", "mark('learning4')", "4", show=False),
    Binding("5", "mark('known')", "known"),
    Binding("i", "mark('ignored')", "ignore"),
    Binding("u", "mark('new')", "new", show=False),
]


def edit_note(screen: Screen, w: MyWord, after) -> None:
    """Ask for the learner's gloss and note of *w*, save them (one transaction), then call
    *after* to redraw."""

    def done(result: tuple[str, str] | None) -> None:
        if result is not None:
            screen.app.store.set_note(w.lemma, *result)
            rec = screen.app.store.word(w.lemma)
            w.gloss, w.note = rec.gloss, rec.note
            w.refresh_key()
            after()

    screen.app.push_screen(NoteScreen(w.lemma, w.gloss, w.note), done)


class WordsScreen(Screen[dict[str, str]]):
    """Every lemma with a status, note or card."""

    BINDINGS = [
        Binding("slash", "search", "search"),
        Binding("f", "cycle_status", "status filter"),
        Binding("v", "cycle_level", "level filter"),
        Binding("t", "cycle_kind", "words/expressions", show=False),  # the filter bar shows (t)
        Binding("o", "cycle_sort", "sort"),
        Binding("a", "select_all", "select all", show=False),
        *_MARK_BINDINGS,
        Binding("e", "edit_note", "note", show=False),
        Binding("G", "progress", "progress", show=False),
        Binding("escape", "back", "back"),
        Binding("q", "back", "back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.words: list[MyWord] = []
        self.status_filter = "all"
        self.level_filter = "all"
        self.kind_filter = "all"
        self.sort_order = "lemma"
        self.query_text = ""
        self._lookup = None
        self.changed: dict[str, str] = {}  # statuses changed here: the screen it returns to redraws

    def compose(self) -> ComposeResult:
        yield Static("", id="titlebar")
        with Horizontal(id="words-bar"):
            yield Input(placeholder="search: a lemma, your gloss or note  (/)", id="words-search")
            yield Static("", id="words-filters")
        titles = {t["id"]: t["title"] for t in self.app.store.texts()}
        yield WordTable(self._meaning, titles, id="words-table",
                        meanings=_MEANINGS.setdefault(self.app.glossary.lang, {}))
        yield Static("", id="status")
        yield Footer()

    def _meaning(self, lemma: str) -> str:
        """The first sense from the dictionaries (the learner's own gloss has its column).
        Called by the table in a worker thread: no store here."""
        if self._lookup is None:
            self._lookup = mywords.meaning_lookup(self.app.glossary.lang)
        return self._lookup(lemma)

    def on_mount(self) -> None:
        self.words = mywords.load_words(self.app.store, with_levels=False)
        self.apply()
        self.query_one(WordTable).focus()
        self._levels()

    @work(thread=True, exclusive=True, group="levels")
    def _levels(self) -> None:
        """CEFR bands (kept in the cache dir; a first run computes them here)."""
        levels = mywords.bands([w.lemma for w in self.words])
        self.app.call_from_thread(self._levels_ready, levels)

    def _levels_ready(self, levels: dict[str, str]) -> None:
        for w in self.words:
            w.level = levels.get(w.lemma, "")
        if self.level_filter != "all" or self.sort_order == "level":
            self.apply()
        else:
            self.query_one(WordTable).refresh_rows()

    # ------------------------------------------------------------------ filtering
    def apply(self) -> None:
        shown = mywords.filter_words(
            self.words, self.query_text, STATUS_FILTERS[self.status_filter],
            None if self.level_filter == "all" else {self.level_filter},
            KIND_FILTERS[self.kind_filter],
        )
        if self.sort_order != "lemma":  # load_words gives them by lemma already
            shown = mywords.sort_words(shown, self.sort_order)
        table = self.query_one(WordTable)
        table.set_rows(shown)
        self._update_bars()

    def _update_bars(self) -> None:
        table = self.query_one(WordTable)
        n, total = len(table.rows), len(self.words)
        phrases = sum(1 for w in self.words if w.kind == "expression")
        counted = f"{total - phrases:,} lemmas" + (f" and {phrases:,} expressions" if phrases else "")
        self.query_one("#titlebar", Static).update(Content.assemble(
            ("My words", "bold"), " · ",
            (f"{counted} with a status, note or card" + (f" · {n:,} shown" if n != total else ""), "dim"),
        ))
        self.query_one("#words-filters", Static).update(Content.assemble(
            ("status ", "dim"), (self.status_filter, "$text-accent"), ("(f) ", "dim"),
            ("level ", "dim"), (self.level_filter, "$text-accent"), ("(v) ", "dim"),
            ("kind ", "dim"), (self.kind_filter, "$text-accent"), ("(t) ", "dim"),
            ("sort ", "dim"), (self.sort_order, "$text-accent"), ("(o)", "dim"),
        ))
        selected = len(table.selected)
        if not total:
            hint = "No words yet: mark words while reading, or run 'dutch-reader words import FILE'."
        elif selected:
            hint = f"{selected} selected · 1-4 learning, 5 known, i ignore, u new: all at once · a none"
        else:
            hint = "Space select · a all · 1-5 i u status · Enter open · / search · Esc back"
        self.query_one("#status", Static).update(Content.assemble((hint, "dim")))

    @on(Input.Changed, "#words-search")
    def _search(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.apply()

    @on(Input.Submitted, "#words-search")
    def _search_done(self) -> None:
        self.query_one(WordTable).focus()

    @on(WordTable.Changed)
    def _table_changed(self) -> None:
        try:
            self._update_bars()
        except NoMatches:
            pass  # the screen is closing

    def action_search(self) -> None:
        self.query_one("#words-search", Input).focus()

    def action_cycle_status(self) -> None:
        order = list(STATUS_FILTERS)
        self.status_filter = order[(order.index(self.status_filter) + 1) % len(order)]
        self.apply()

    def action_cycle_level(self) -> None:
        self.level_filter = LEVEL_FILTERS[(LEVEL_FILTERS.index(self.level_filter) + 1) % len(LEVEL_FILTERS)]
        self.apply()

    def action_cycle_kind(self) -> None:
        order = list(KIND_FILTERS)
        self.kind_filter = order[(order.index(self.kind_filter) + 1) % len(order)]
        self.apply()

    def action_cycle_sort(self) -> None:
        self.sort_order = SORT_ORDERS[(SORT_ORDERS.index(self.sort_order) + 1) % len(SORT_ORDERS)]
        self.apply()

    def action_select_all(self) -> None:
        table = self.query_one(WordTable)
        shown = {w.lemma for w in table.rows}
        table.selected = set() if shown and shown <= table.selected else shown
        table.refresh_rows()
        self._update_bars()

    def action_back(self) -> None:
        table = self.query_one(WordTable)
        search = self.query_one("#words-search", Input)
        if search.has_focus:
            search.value = ""  # Esc in the search box clears it (Enter keeps it)
            table.focus()
        elif table.selected:
            table.selected.clear()
            table.refresh_rows()
            self._update_bars()
        else:
            self.dismiss(self.changed)

    def action_progress(self) -> None:
        self.dismiss(self.changed)
        self.app.call_later(self.app.action_progress)

    # ------------------------------------------------------------------ statuses
    def action_mark(self, status: str) -> None:
        table = self.query_one(WordTable)
        targets = table.targets()
        if not targets:
            return
        if len(targets) >= CONFIRM_FROM:
            def done(yes: bool | None) -> None:
                if yes:
                    self._save(targets, status)

            self.app.push_screen(ConfirmScreen(
                f"Mark {len(targets):,} words {STATUS_LABEL[status]}?"), done)
        else:
            self._save(targets, status)

    def _save(self, targets: list[MyWord], status: str) -> None:
        self.app.store.set_statuses({w.lemma: status for w in targets})  # one transaction
        self.changed.update({w.lemma: status for w in targets})
        for w in targets:
            w.status = status
        table = self.query_one(WordTable)
        table.selected.clear()
        self.notify(f"{len(targets)} {'word' if len(targets) == 1 else 'words'} marked "
                    f"{STATUS_LABEL[status]}.", timeout=3)
        if self.status_filter != "all":
            self.apply()
        else:
            table.refresh_rows()
            self._update_bars()

    def action_edit_note(self) -> None:
        w = self.query_one(WordTable).current
        if w is not None:
            edit_note(self, w, self.query_one(WordTable).refresh_rows)

    @on(WordTable.Opened)
    def _open(self, event: WordTable.Opened) -> None:
        w = next((x for x in self.words if x.lemma == event.lemma), None)
        if w is not None:
            def done(status: str | None) -> None:
                if status is not None:
                    self.changed[w.lemma] = status
                self.query_one(WordTable).refresh_rows()

            self.app.push_screen(WordScreen(w), done)


class WordScreen(Screen[str | None]):
    """One word: its gloss (your own gloss and note first) and its sentences from every
    text you read, the word in bold."""

    BINDINGS = [
        *_MARK_BINDINGS,
        Binding("e", "edit_note", "note"),
        Binding("escape,q", "close", "back"),
    ]

    def __init__(self, word: MyWord) -> None:
        super().__init__()
        self.word = word
        self.status_set: str | None = None  # returned: the status the learner gave here

    def compose(self) -> ComposeResult:
        yield Static("", id="titlebar")
        with VerticalScroll(id="word-view"):
            yield Static("", id="word-gloss")
            yield Static("", id="word-sentences")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        w = self.word
        self.query_one("#titlebar", Static).update(Content.assemble(
            (w.lemma, "bold"), " · ", (f"{STATUS_LABEL.get(w.status, w.status)}", "$text-accent"),
            (f" · {w.level} · last seen {when(w.last_seen)}" if w.level else "", "dim"),
        ))
        if w.kind == "expression":
            # a fixed expression: its senses, example and note from the expressions data
            e = self.app.glossary.expression(w.lemma)
            gloss = render_expression(e, w.gloss, w.note) if e else Content.assemble(
                (w.lemma, "bold $text-accent"), "\n",
                ("a fixed expression no longer in our expressions data", "dim"))
        else:
            gloss = render_gloss(self.app.glossary.gloss_lemma(w.lemma), full=True)
        self.query_one("#word-gloss", Static).update(gloss)
        examples = library.examples(self.app.store, w.lemma)
        parts: list = [("\n", ""), (f"Sentences from your texts ({len(examples)})", "bold"), "\n"]
        if not examples:
            parts.append(("None yet: the word is not in a text you opened since texts are kept.",
                          "dim"))
        title = None
        for ex in examples:
            if ex.title != title:
                title = ex.title
                parts.append((f"\n{title}\n", "$text-accent"))
            pos = 0
            sentence = ex.sentence
            parts.append("• ")
            for s, e in sorted(ex.highlights):
                parts.append(sentence[pos:s].replace("\n", " "))
                parts.append((sentence[s:e], "bold $text-primary underline"))
                pos = e
            parts.append(sentence[pos:].replace("\n", " "))
            parts.append("\n")
        self.query_one("#word-sentences", Static).update(Content.assemble(*parts))
        self.query_one("#status", Static).update(Content.assemble(
            ("1-4 learning · 5 known · i ignore · u new · e your gloss and note · Esc back", "dim")))

    def action_mark(self, status: str) -> None:
        self.app.store.set_status(self.word.lemma, status)
        self.word.status = self.status_set = status
        self.show()

    def action_edit_note(self) -> None:
        edit_note(self, self.word, self.show)

    def action_close(self) -> None:
        self.dismiss(self.status_set)


__all__ = ["WordsScreen", "WordScreen", "ConfirmScreen"]
