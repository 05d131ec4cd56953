"""The gloss panel: everything the glossary knows about the selected word."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from vocab.glossary import Gloss


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
        what = " ".join(x for x in (other.get("lemma"), other.get("pos")) if x)
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


