"""How words are drawn: one style per effective status, new words by difficulty band.
Theme variables only, so the light and dark themes both work."""

from __future__ import annotations

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



def word_style_for(state: ReadingState, lemma: str) -> str:
    status = state.status(lemma)
    if status == "new":
        return BAND_STYLES[state.band(lemma)]
    return STATUS_STYLES.get(status, "")
