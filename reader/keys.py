"""The reader's keys and colours, in one place: shown by ``dutch-reader read --help``, by
``?`` in the reader (with the colour legend) and in the legend line.  (No Textual import
at module level, so the CLI's help stays fast.)"""

from __future__ import annotations

#: (section, [(keys, what they do)]): the help screen's table and the CLI's --help.
KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Moving", [
        ("← → / h l / b w", "previous / next word"),
        ("↑ ↓ / k j", "the word on the line above / below"),
        ("PgUp PgDn Space", "a page up / down (the cursor comes along)"),
        ("Home End", "start / end of the text"),
        ("g", "go to a place in the text (percent)"),
        ("t", "table of contents (chapters)"),
    ]),
    ("Words", [
        ("Enter, click", "gloss the word (both halves of a particle verb, all the words of a "
                         "fixed expression light up)"),
        ("1 2 3 4 / 5", "learning level / known"),
        ("i / u", "ignore / back to new"),
        ("m", "mark the fixed expression at the cursor: new → learning → known"),
        ("K", "mark the remaining new words on the page known (asks first)"),
        ("z, Ctrl+Z", "undo the last status change or correction"),
        ("r", "correct the analysis: lemma, particle verb, name"),
        ("e", "your own gloss and note"),
        ("p, s", "pronounce the word, say its sentence (espeak-ng)"),
        ("d", "open the word in an online dictionary (Wiktionary by default)"),
    ]),
    ("View", [
        ("a", "interlinear: a short meaning under new and learning words"),
        ("F", "the gloss follows the cursor (on / off)"),
        ("c", "colour legend line (on / off)"),
        ("< >", "narrower / wider reading column"),
        ("Tab, Shift+Tab", "the next panel: text → gloss (↑ ↓ PgUp PgDn scroll it) → vocabulary"),
        ("[ ]", "scroll the gloss up / down from the text"),
        ("Enter (list)", "in the vocabulary list: jump to the word, again to the next"),
        ("f", "vocabulary filter: all / new / learning"),
        ("T", "light / dark theme"),
    ]),
    ("Elsewhere", [
        ("L", "library: your texts"),
        ("W", "my words: every word you marked"),
        ("G", "progress: known words, reading, reviews"),
        ("o", "open a file"),
        ("P", "practise this text (cloze cards, FSRS)"),
        ("X", "export this text's new and learning words (Anki .apkg, .csv, .tsv)"),
        ("v", "your level of Dutch"),
        ("Ctrl+P", "every command, searchable"),
        ("?", "these keys and colours"),
        ("q", "quit"),
    ]),
]

#: (sample, style, meaning): what the colours of the text mean.  Styles are Textual
#: theme variables (see reader/widgets/styles.py, which draws the words).
LEGEND_TITLE = "Colours"


def _keys_text() -> str:
    width = max(len(k) for _, rows in KEYS for k, _ in rows) + 2
    lines = ["keys:"]
    for section, rows in KEYS:
        lines.append(f"  {section}")
        lines.extend(f"    {k:<{width}}{what}" for k, what in rows)
    return "\n".join(lines) + "\n"


KEYS_HELP = _keys_text()


def legend_items():
    """(label, style) pairs of the colour legend, in reading order."""
    from .widgets.styles import BAND_STYLES, STATUS_STYLES

    return [
        ("new:", "bold"),
        ("A2", BAND_STYLES["A2"] or "underline"),
        ("B1", BAND_STYLES["B1"]),
        ("B2", BAND_STYLES["B2"]),
        ("C1", BAND_STYLES["C1"]),
        ("C2", BAND_STYLES["C2"]),
        ("· learning:", "bold"),
        ("1", STATUS_STYLES["learning1"]),
        ("2", STATUS_STYLES["learning2"]),
        ("3", STATUS_STYLES["learning3"]),
        ("4", STATUS_STYLES["learning4"]),
        ("· known", ""),
        ("· ignored", STATUS_STYLES["ignored"]),
        ("· Name", STATUS_STYLES["name"]),
    ]


def legend_line():
    """The one-line colour legend (``c`` toggles it)."""
    from textual.content import Content

    parts: list = []
    for label, style in legend_items():
        if parts:
            parts.append(" ")
        parts.append((label, style))
    parts.append(("  (c hides)", "dim"))
    return Content.assemble(*parts)


def legend_rows() -> list[tuple[str, str, str]]:
    """The colour legend for the help screen: (sample word, its style, what it means)."""
    from .widgets.styles import BAND_STYLES, STATUS_STYLES

    return [
        ("huis", BAND_STYLES["A2"] or "underline", "new, A1–A2 (below your level: known)"),
        ("besluit", BAND_STYLES["B1"], "new, B1"),
        ("verdrag", BAND_STYLES["B2"], "new, B2"),
        ("aanslag", BAND_STYLES["C1"], "new, C1"),
        ("gezworen", BAND_STYLES["C2"], "new, C2: rare"),
        ("leren", STATUS_STYLES["learning1"], "learning 1 (just met) …"),
        ("leren", STATUS_STYLES["learning4"], "… learning 4 (nearly known)"),
        ("weten", "", "known: plain"),
        ("okay", STATUS_STYLES["ignored"], "ignored: dim"),
        ("Haarlem", STATUS_STYLES["name"], "a name: italic, never vocabulary"),
        ("voerde", "reverse", "the cursor; a particle verb lights up both halves, a fixed "
                              "expression all its words"),
    ]
