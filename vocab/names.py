"""Names: which capitalised words are names, for the whole text at once.

A capitalised word that is not at the start of a sentence is a name (*Kabul*, *ISIS-K*); a
word capitalised somewhere in the text is a name everywhere in it; at the start of a sentence
a word is a name when it is one we reviewed (*Pieter*, *Rutte*), when it is unknown and not
built like a common noun, or when a name follows it (*Amira Jadoon*).  ALL-CAPS sentences and
Title Case headings say nothing by their capitals.  Names are shown but never ranked as
vocabulary; a name's lemma is itself, except a common noun capitalised inside a name (*de
Tweede Kamer* → *kamer*).
"""

from __future__ import annotations

from operator import attrgetter

from . import lexicon as _lexicon
from .resources import zipf
from .text import NAME, WORD, Paragraph, Sentence, Token
from .wordforms import normalise

__all__ = ["Names", "sentence_case"]

class Names:
    """The name stage (``kind`` becomes NAME, ``lemma`` the name's lemma)."""

    def __init__(self, readings, compounds) -> None:
        self.readings = readings
        self.compounds = compounds
        self._info: dict[str, tuple] = {}  # written form → see _name_type
        self._lemmas: dict[str, str] = {}

    def mark(self, paragraphs: list[Paragraph]) -> None:
        """Mark the names of a whole text (the document decides: a word capitalised mid-
        sentence anywhere is a name everywhere)."""
        sentences = [s for p in paragraphs for s in p.sentences]
        names = self._document_names(sentences)
        for sentence in sentences:
            self.mark_sentence(sentence, names)

    def mark_sentence(self, sentence: Sentence, names: set[str] | frozenset = frozenset()) -> None:
        case = sentence_case(sentence)
        shouting, title_case = case == "shout", case == "title"
        tokens = sentence.tokens
        for i, tok in enumerate(tokens):
            if tok.kind != WORD:
                continue
            text = tok.text
            if (text[0].isupper() or "-" in text) and self._is_name(
                tok, tokens, i, names, shouting, title_case
            ):
                tok.kind = NAME
                lemma = self._lemmas.get(text)
                if lemma is None:
                    lemma = self._lemmas[text] = self._name_lemma(text)
                tok.lemma = lemma

    def _document_names(self, sentences: list[Sentence]) -> set[str]:
        """Capitalised words seen in non-initial position: names wherever they occur."""
        names: set[str] = set()
        for sentence in sentences:
            if sentence_case(sentence):
                continue
            names.update(
                t.text for t in sentence.tokens if t.text[0].isupper() and not t.initial and t.kind == WORD
            )
        return names

    def _is_name(
        self, tok: Token, tokens: list[Token], i: int, names, shouting: bool, title_case: bool
    ) -> bool:
        text = tok.text
        info = self._info.get(text)
        if info is None:
            info = self._info[text] = self._name_type(text)
        hyphen_name, upper, all_caps, not_name, inflected, verdict = info
        if hyphen_name and not shouting:
            return True  # al-Muhajir, Oost-Afghanistan, ISIS-K
        if not upper or shouting:
            return False
        if all_caps is not None:
            return all_caps
        if not_name:
            return False
        if not tok.initial:
            if inflected:
                return False  # Grote Markt, Rode Kruis: the adjective is still groot, rood
            if not title_case:
                return True
        if text in names:
            return True
        if verdict is not None:
            return verdict
        # A capitalised word followed by a name: "Amira Jadoon", "Jennifer Cafarella".
        return _followed_by_name(tokens, i)

    def _name_type(self, text: str) -> tuple:
        """The context-free part of :meth:`_is_name`, computed once per written form:
        (hyphenated name, capitalised, all-caps verdict, surely no name, an inflected
        adjective, verdict at the start of a sentence or None: a name if one follows)."""
        hyphen_name = False
        if "-" in text:
            head = text.rsplit("-", 1)[-1]
            hyphen_name = head[:1].isupper() and not self.readings.is_national_adjective(head.lower())
        upper = text[:1].isupper()
        letters = [c for c in text if c.isalpha()]
        all_caps = None
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            all_caps = "-" not in text or text.split("-")[-1].isupper()  # ISIS-K; not VN-rapport
        low = normalise(text)
        not_name = (
            "-" in text and text.rsplit("-", 1)[-1][:1].islower()  # VN-rapport: a compound word
        ) or self.readings.is_national_adjective(low)  # Amerikaanse, Belgische ("Islamitische Staat")
        inflected = any(kind == "inflected" for _e, kind in self.readings.lexicon.forms().get(low, ()))
        s = self.readings.simplemma(low)
        verdict: bool | None
        if low in _lexicon.known_names() and not self.readings.lexicon.lookup(low):
            verdict = True  # Pieter, Anna, Rutte: reviewed names, also at a sentence start
        elif s is None and not self.readings.lexicon.lookup(low) and self.readings.guess(low) is None and (
            zipf(low) < 3.0
        ):
            # unknown capitalised word at sentence start: Khorasan, Amira - unless it is
            # built like a common noun (Salicylzuur, Multiculturaliteit, Vrouwenwijding)
            verdict = not (low.endswith(_NOUN_SUFFIXES) or self.compounds.parts(low))
        elif s is not None and s[:1].isupper():
            verdict = True  # simplemma's own proper nouns (jan → Jan)
        elif zipf(low) >= 4.0:
            verdict = False  # a frequent word, even before a name
        else:
            verdict = None
        return hyphen_name, upper, all_caps, not_name, inflected, verdict

    def _name_lemma(self, text: str) -> str:
        """A name is its own lemma, as written, except a common noun capitalised as part of a
        name (de Tweede Kamer, het Verenigd Koninkrijk): its lemma is the noun (kamer).  A
        form much more frequent than the noun it inflects is the name (*Polen*, not the
        plural of *pool*).  The plural of a noun our lexicon writes with a capital (people of a
        country: *Nederlanders*, *Belgen*, *Fransen*) is that noun (*Nederlander*, *Fransman*)."""
        if text.isupper():
            return text
        low = normalise(text)
        for entry, kind in self.readings.lexicon.forms().get(low, ()):
            if entry.pos == "noun" and kind == "plural" and entry.lemma[:1].isupper():
                return entry.lemma
            if entry.pos == "noun" and entry.lemma.islower() and (
                kind == "lemma" or zipf(low) <= zipf(entry.lemma) + 0.5
            ):
                # (Wegen → weg; but Polen, far more frequent than pool, is a name of its own)
                return entry.lemma
        if self.readings.simplemma(low) == low and zipf(low) >= 2.0 and low not in _lexicon.known_names():
            return low  # Algebra, Telecommunicatie in a heading or a name (not Mark, Roos)
        return text


def sentence_case(sentence: Sentence) -> str:
    """"shout" for an ALL-CAPS sentence, "title" for a Title Case heading, else ""
    (computed once per sentence)."""
    if sentence.case is None:
        if _is_shouting(sentence):
            sentence.case = "shout"
        elif _is_title_case(sentence):
            sentence.case = "title"
        else:
            sentence.case = ""
    return sentence.case


_TEXT = attrgetter("text")


def _is_title_case(sentence: Sentence) -> bool:
    """A heading in Title Case ("Buitenlands Beleid en Economische Zaken"): capitals say
    nothing about names there."""
    if sentence.tokens[-1].text in (".", ",", ";"):
        return False
    long_words = [t for t in sentence.tokens if t.kind == WORD and len(t.text) > 3]
    if len(long_words) < 2 or sentence.tokens[-1].text in (".", ",", ";"):
        return False
    caps = sum(1 for t in long_words if t.text[:1].isupper())
    return caps / len(long_words) >= 0.75


def _is_shouting(sentence: Sentence) -> bool:
    if sum(map(str.isupper, map(_TEXT, sentence.tokens))) < 3:
        return False
    words = [t for t in sentence.tokens if t.kind == WORD and len(t.text) > 1]
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.text.isupper())
    return caps / len(words) >= 0.6


def _followed_by_name(tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.kind in (WORD, NAME) and nxt.text[:1].isupper() and nxt.start - tokens[i].end <= 1


#: Endings of common nouns (and no names): an unknown capitalised word at the start of a
#: sentence that ends in one of these is a word (Multiculturaliteit, Paleoconservatisme).
_NOUN_SUFFIXES = (
    "isme", "iteit", "heid", "schap", "ologie", "atie", "ering", "iging", "aties", "ingen",
    "ismen", "ieën", "teiten",
)
