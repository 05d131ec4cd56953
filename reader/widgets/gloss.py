"""The gloss panel: everything the glossary knows about the selected word."""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from vocab.glossary import Gloss, with_preposition


class GlossPanel(Static):
    """Everything the glossary knows about the selected word, laid out for a learner."""

    gloss: reactive[Gloss | None] = reactive(None, layout=True)

    def render(self) -> Content:
        g = self.gloss
        if g is None:
            return Content.assemble(
                ("Click a word, or move to it with ← → ↑ ↓ and press Enter.", "dim")
            )
        return render_gloss(g, width=self.content_region.width or None)


def render_gloss(g: Gloss, full: bool = False, width: int | None = None) -> Content:
    """The gloss laid out for a learner.  Compact (the reader's panel, 80×24): the example
    of the first sense only; *full* (a word's own screen): every sense's example.  With
    the panel's *width*, a sense's and an example's lines wrap under their own text."""
    parts: list = _expression(g.expression, full, width) if g.expression else []
    head = g.headword()
    if g.pos == "noun" and g.article:
        head = f"{g.article} {g.lemma}"
    parts.append((head, "bold $text-primary"))
    if g.word.lower() != g.lemma.lower():
        parts.append(" ")
        parts.append((f"  ← {g.word}", "dim"))
    parts.append("\n")
    meta = [x for x in (g.pos, f"/{g.ipa}/" if g.ipa else None, g.syllables) if x]
    if meta:
        parts.append((" · ".join(meta), "italic"))
    if g.tags():  # informal · Flemish
        parts.append("  " if meta else "")
        parts.append((" · ".join(g.tags()), "italic $text-warning"))
    if meta or g.tags():
        parts.append("\n")
    if g.kind == "name":
        parts.append(("a name — not counted as vocabulary\n", "dim"))
    if g.pos == "noun":
        grammar = f"plural {g.plural}" if g.plural else "no plural"
        if g.plurals:  # amandelen or amandels
            grammar = "plural " + " or ".join(g.plurals)
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
    parts += _senses(g, full, width)
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
        what = " ".join(x for x in (other.get("stress") or other.get("lemma"), other.get("pos")) if x)
        label = other["source"] + (f", {what}" if what else "")
        parts.append((f"\n[{label}] ", "dim"))
        parts.append(("; ".join(other["senses"][:3]) + "\n", "dim"))
    parts.append("\n")
    parts.append((f"frequency: Zipf {g.zipf:.1f} · level {g.level}", "dim"))
    if g.kind == "word":
        parts.append((f" · status {g.status}", "dim"))
    if g.source:
        parts.append((f"\nsource: {g.source}", "dim"))
    return Content.assemble(*parts)




def render_expression(e: dict, gloss: str | None = None, note: str | None = None) -> Content:
    """A fixed expression on its own (My words): citation form, kind, every sense, its
    example and note, then the learner's own gloss and note."""
    e = {k: v for k, v in e.items() if k != "status"}  # the screen's title shows it
    parts = _expression(e, True, None)[:-1]  # without the rule that leads to a word's gloss
    if gloss:
        parts += [("your gloss: ", "bold"), f"{gloss}\n"]
    if note:
        parts += [("your note: ", "bold"), f"{note}\n"]
    return Content.assemble(*parts)


def _expression(e: dict, full: bool, width: int | None) -> list:
    """The fixed expression the word belongs to, as a unit, before the word's own gloss:
    its citation form, kind and status, senses, example and note."""
    parts: list = [(e["text"], "bold $text-accent"), "\n"]
    meta = [f"expression · {e['kind']}", *(x for x in (e.get("register"), e.get("region")) if x)]
    parts.append((" · ".join(meta), "italic"))
    if e.get("status"):
        parts.append((f" · status {e['status']} (m)", "dim"))
    parts.append("\n")
    for k, sense in enumerate(e["senses"][:5]):
        number = f"{k + 1}. "
        parts += [(number, "bold"), _hang(sense, width, len(number), len(number)) + "\n"]
    example = e.get("example")
    if example:
        parts.append((_hang(example["nl"], width, 3, 3, "   ") + "\n", "italic"))
        parts.append((_hang(example["en"], width, 3, 3, "   ") + "\n", "dim"))
    if e.get("note") and full:
        parts += [("note: ", "bold"), f"{e['note']}\n"]
    parts.append(("─" * min(width or 24, 24) + "\n", "dim"))
    return parts


def _senses(g: Gloss, full: bool, width: int | None = None) -> list:
    """Each sense with its fixed preposition as a learner learns it (*wachten op* — to wait
    for) and, under the first (the one that fits the sentence), its example: Dutch, then
    English dimmer.  Under the learner's own gloss, the lexicon's senses it replaced."""
    if g.source != "your note":
        senses, examples, preps = g.senses, g.examples, g.preposition
    else:
        first = g.also[0] if g.also else {}
        senses = first.get("senses") or []
        examples, preps = first.get("examples") or [], first.get("preposition") or []
    parts: list = ["\n"] if senses else []
    for k, sense in enumerate(senses[:5]):
        phrase, text = with_preposition(sense, preps[k] if k < len(preps) else None,
                                        g.headword(), bool(g.reflexive))
        number = f"{k + 1}. "
        parts.append((number, "bold"))
        if phrase:
            parts += [(phrase, "bold italic"), " — "]
        lead = len(number) + (len(phrase) + 3 if phrase else 0)
        parts.append(_hang(text, width, lead, len(number)) + "\n")
        example = examples[k] if k < len(examples) else None
        if example and (full or k == 0):
            parts.append((_hang(example["nl"], width, 3, 3, "   ") + "\n", "italic"))
            parts.append((_hang(example["en"], width, 3, 3, "   ") + "\n", "dim"))
    return parts


def _hang(text: str, width: int | None, lead: int, indent: int, first: str = "") -> str:
    """*text* after *lead* columns already used on its line, its further lines indented by
    *indent* (a hanging indent); as it is without a width."""
    if not width or width <= indent + 10:
        return first + text
    lead = min(lead, width - 10)
    lines = textwrap.wrap(text, width=width - indent, initial_indent="x" * (lead - indent),
                          break_on_hyphens=False)
    if not lines:
        return first + text
    lines[0] = lines[0][lead - indent:]
    return first + ("\n" + " " * indent).join(lines)
