"""Widgets of the reading screen: paragraphs of clickable words, the gloss panel, the
vocabulary list and the status bar.

One widget per paragraph: its text is one ``Content`` whose word spans carry
``Style.from_meta({"@click": "select_word(i)"})`` (as Textual's Markdown widget makes
links), so a click calls :meth:`ParagraphView.action_select_word` and the screen hears a
:class:`ParagraphView.WordClicked` message.  Re-colouring a word re-renders one paragraph.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from vocab.glossary import Gloss
from vocab.reading import ReadingState

#: How each effective status is drawn.  Theme variables, so light and dark themes work.
STATUS_STYLES = {
    "new": "",  # replaced by the difficulty band below
    "learning1": "bold $text-error underline",
    "learning2": "$text-error underline",
    "learning3": "$text-warning underline",
    "learning4": "$text-success underline",
    "known": "",
    "ignored": "dim",
    "name": "italic",
    "number": "",
}
#: New words by difficulty band: the page shows at a glance where the hard words are.
BAND_STYLES = {
    "A1": "",
    "A2": "",
    "B1": "$text-primary",
    "B2": "bold $text-primary",
    "C1": "bold $text-warning",
    "C2": "bold $text-error",
}
SELECTED = "reverse"
PAIRED = "reverse"


def word_style(state: ReadingState, i: int) -> str:
    status = state.token_status(i)
    if status == "new":
        return BAND_STYLES[state.band(state.tokens[i].lemma)] or "underline"
    return STATUS_STYLES.get(status, "")


class ArticleScroll(VerticalScroll, inherit_bindings=False):
    """The scrolling article: arrow keys move the word cursor (the screen's bindings), not
    the scroll position; pages still scroll."""

    BINDINGS = [
        Binding("pageup", "page_up", "page up", show=False),
        Binding("pagedown,space", "page_down", "page down", show=False),
        Binding("home", "scroll_home", "top", show=False),
        Binding("end", "scroll_end", "end", show=False),
    ]


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


class GlossPanel(Static):
    """Everything the glossary knows about the selected word, laid out for a learner."""

    gloss: reactive[Gloss | None] = reactive(None, layout=True)

    def render(self) -> Content:
        g = self.gloss
        if g is None:
            return Content.assemble(
                ("Click a word, or move to it with ← → ↑ ↓ and press Enter.", "dim")
            )
        return render_gloss(g)


def render_gloss(g: Gloss) -> Content:
    parts: list = []
    head = g.lemma
    if g.pos == "noun" and g.article:
        head = f"{g.article} {g.lemma}"
    parts.append((head, "bold $text-primary"))
    if g.word.lower() != g.lemma.lower():
        parts.append(" ")
        parts.append((f"  ← {g.word}", "dim"))
    parts.append("\n")
    meta = [x for x in (g.pos, f"/{g.ipa}/" if g.ipa else None, g.syllables) if x]
    if meta:
        parts.append((" · ".join(meta) + "\n", "italic"))
    if g.kind == "name":
        parts.append(("a name — not counted as vocabulary\n", "dim"))
    if g.pos == "noun":
        grammar = f"plural {g.plural}" if g.plural else "no plural"
        if g.diminutive:
            grammar += f"; diminutive {g.diminutive}"
        parts.append((grammar + "\n", ""))
    if g.pos == "verb" and g.forms:
        f = g.forms
        parts.append((
            f"{f['past_singular']} · {f['past_plural']} · {f['auxiliary']} {f['past_participle']}"
            + (" · zich" if g.reflexive else "") + "\n", ""
        ))
    if g.pos == "adjective" and (g.comparative or g.superlative):
        parts.append((f"{g.comparative or '–'} · {g.superlative or '–'}\n", ""))
    if g.user_gloss or g.user_note:
        parts.append(("\nyour note\n", "bold $text-success"))
        if g.user_gloss:
            parts.append((f"  {g.user_gloss}\n", "$text-success"))
        if g.user_note:
            parts.append((f"  {g.user_note}\n", "$text-success"))
    senses = g.senses if g.source != "your note" else [a for a in g.also[:1] for a in a["senses"]]
    if senses:
        parts.append("\n")
        for n, sense in enumerate(senses[:5], 1):
            parts.append((f"{n}. ", "bold"))
            parts.append(f"{sense}\n")
    if g.parts:
        parts.append(("\n" + " + ".join(p.lemma for p in g.parts) + "\n", "bold"))
        for p in g.parts:
            parts.append((f"  {p.lemma}: ", "bold"))
            parts.append(f"{p.senses[0] if p.senses else '?'}\n")
    if g.note:
        parts.append(("\nnote: ", "bold"))
        parts.append(f"{g.note}\n")
    if not g.found and g.kind == "word":
        parts.append(("\nnot found", "bold $text-error"))
        if g.suggestions:
            parts.append(f" · did you mean {', '.join(g.suggestions)}?")
        parts.append("\n")
    for other in g.also[:2]:
        if other["source"] == "your note":
            continue
        label = other["source"] + (f", {other['pos']}" if other.get("pos") else "")
        parts.append((f"\n[{label}] ", "dim"))
        parts.append(("; ".join(other["senses"][:3]) + "\n", "dim"))
    parts.append("\n")
    parts.append((f"frequency: Zipf {g.zipf:.1f} · level {g.level}", "dim"))
    if g.kind == "word":
        parts.append((f" · status {g.status}", "dim"))
    if g.source:
        parts.append((f"\nsource: {g.source}", "dim"))
    return Content.assemble(*parts)


class VocabularyList(OptionList):
    """The text's lemmas ranked by difficulty (the hardest LIMIT of them: a book has
    thousands, and a learner works from the top)."""

    LIMIT = 200

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


def word_style_for(state: ReadingState, lemma: str) -> str:
    status = state.status(lemma)
    if status == "new":
        return BAND_STYLES[state.band(lemma)]
    return STATUS_STYLES.get(status, "")
