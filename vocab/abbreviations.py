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


#: Acronyms a reader of Dutch news meets every day (written in capitals, no dots).
ACRONYMS: dict[str, tuple[str, str]] = {
    "EU": ("Europese Unie", "European Union"),
    "VN": ("Verenigde Naties", "United Nations"),
    "VS": ("Verenigde Staten", "United States"),
    "NAVO": ("Noord-Atlantische Verdragsorganisatie", "NATO"),
    "WK": ("wereldkampioenschap", "world championship"),
    "EK": ("Europees kampioenschap", "European championship"),
    "NK": ("Nederlands kampioenschap", "Dutch national championship"),
    "BK": ("Belgisch kampioenschap", "Belgian national championship"),
    "OV": ("openbaar vervoer", "public transport"),
    "NS": ("Nederlandse Spoorwegen", "Dutch Railways"),
    "KNMI": ("Koninklijk Nederlands Meteorologisch Instituut", "Dutch weather service"),
    "RIVM": ("Rijksinstituut voor Volksgezondheid en Milieu", "Dutch public health institute"),
    "GGD": ("Gemeentelijke Gezondheidsdienst", "municipal health service"),
    "CBS": ("Centraal Bureau voor de Statistiek", "Statistics Netherlands"),
    "BTW": ("belasting over de toegevoegde waarde", "VAT"),
    "AOW": ("Algemene Ouderdomswet", "state pension"),
    "ZZP": ("zelfstandige zonder personeel", "freelancer, self-employed"),
    "MBO": ("middelbaar beroepsonderwijs", "vocational education"),
    "HBO": ("hoger beroepsonderwijs", "higher professional education"),
    "VWO": ("voorbereidend wetenschappelijk onderwijs", "pre-university secondary school"),
    "HAVO": ("hoger algemeen voortgezet onderwijs", "senior general secondary school"),
    "VMBO": ("voorbereidend middelbaar beroepsonderwijs", "pre-vocational secondary school"),
    "CDA": ("Christen-Democratisch Appèl", "Christian Democratic party"),
    "PVV": ("Partij voor de Vrijheid", "Party for Freedom"),
    "VVD": ("Volkspartij voor Vrijheid en Democratie", "People's Party for Freedom and Democracy"),
    "F1": ("Formule 1", "Formula One"),
    "KB": ("Koninklijke Bibliotheek", "national library"),
}


def expand(word: str) -> tuple[str, str] | None:
    key = " ".join(word.lower().replace("’", "'").split())
    return ABBREVIATIONS.get(key) or ACRONYMS.get(word.strip().upper() if word.isupper() or word[:1].isupper() else "")
