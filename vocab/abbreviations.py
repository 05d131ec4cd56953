"""Common Dutch abbreviations: what they stand for and mean (for glossing)."""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "expand"]

#: abbreviation (lower case, with its dots) → (Dutch in full, English)
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "a.s.": ("aanstaande", "next, coming (a.s. maandag = next Monday)"),
    "a.u.b.": ("alstublieft", "please"),
    "bijv.": ("bijvoorbeeld", "for example, e.g."),
    "bv.": ("bijvoorbeeld", "for example, e.g."),
    "blz.": ("bladzijde", "page"),
    "ca.": ("circa", "about, approximately"),
    "d.w.z.": ("dat wil zeggen", "that is, i.e."),
    "dhr.": ("de heer", "Mr"),
    "dr.": ("doctor", "Dr (doctorate)"),
    "e.a.": ("en andere(n)", "and others"),
    "e.d.": ("en dergelijke", "and the like"),
    "enz.": ("enzovoort", "etc., and so on"),
    "etc.": ("etcetera", "etc."),
    "evt.": ("eventueel", "possibly, if need be"),
    "i.p.v.": ("in plaats van", "instead of"),
    "i.v.m.": ("in verband met", "in connection with, because of"),
    "incl.": ("inclusief", "including"),
    "excl.": ("exclusief", "excluding"),
    "jl.": ("jongstleden", "last (jl. dinsdag = last Tuesday)"),
    "m.a.w.": ("met andere woorden", "in other words"),
    "m.b.t.": ("met betrekking tot", "regarding"),
    "m.n.": ("met name", "in particular"),
    "mevr.": ("mevrouw", "Mrs, Ms"),
    "mr.": ("meester (in de rechten)", "title of a lawyer (Master of Laws)"),
    "n.a.v.": ("naar aanleiding van", "in response to, following"),
    "nr.": ("nummer", "number, no."),
    "o.a.": ("onder andere", "among other things/others"),
    "o.i.d.": ("of iets dergelijks", "or something like that"),
    "prof.": ("professor", "professor"),
    "t.a.v.": ("ter attentie van", "for the attention of"),
    "t.o.v.": ("ten opzichte van", "compared with, in relation to"),
    "t/m": ("tot en met", "up to and including"),
    "vgl.": ("vergelijk", "compare, cf."),
    "z.s.m.": ("zo spoedig mogelijk", "as soon as possible"),
    "zgn.": ("zogenaamd", "so-called"),
    "'s avonds": ("des avonds", "in the evening"),
    "'s morgens": ("des morgens", "in the morning"),
    "'s middags": ("des middags", "in the afternoon"),
    "'s nachts": ("des nachts", "at night"),
    "'s ochtends": ("des ochtends", "in the morning"),
    "'s zomers": ("des zomers", "in summer"),
    "'s winters": ("des winters", "in winter"),
    "'t": ("het", "the, it (informal spelling)"),
    "'n": ("een", "a, an (informal spelling)"),
    "m'n": ("mijn", "my (informal spelling)"),
    "z'n": ("zijn", "his (informal spelling)"),
}


def expand(word: str) -> tuple[str, str] | None:
    key = " ".join(word.lower().replace("’", "'").split())
    return ABBREVIATIONS.get(key)
