"""Tokenizer and sentence splitter on Dutch sentences written for these tests."""

from vocab.text import segment, tokenize


def words(text):
    return [t.text for t in tokenize(text) if t.kind != "punct"]


def sentences(text):
    return [text[s.start : s.end] for p in segment(text) for s in p.sentences]


def test_kept_whole():
    text = "Zo'n 1.500 auto's reden 's avonds naar Oost-Afghanistan; ISIS-K stuurde een e-mail."
    assert words(text) == [
        "Zo'n", "1.500", "auto's", "reden", "'s avonds", "naar", "Oost-Afghanistan",
        "ISIS-K", "stuurde", "een", "e-mail",
    ]


def test_spans_index_the_original_text():
    text = "  Hij zei: „Dat is 2,5 keer zo duur!”\nEn toen?"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_abbreviations_do_not_end_a_sentence():
    text = (
        "Dhr. Jansen kocht o.a. brood, kaas, bijv. jonge kaas, i.p.v. vlees. "
        "Hij betaalde ca. 12 euro, zie blz. 4 t/m 6 en nr. 3. Daarna ging hij naar huis."
    )
    assert sentences(text) == [
        "Dhr. Jansen kocht o.a. brood, kaas, bijv. jonge kaas, i.p.v. vlees.",
        "Hij betaalde ca. 12 euro, zie blz. 4 t/m 6 en nr. 3.",
        "Daarna ging hij naar huis.",
    ]


def test_enz_can_close_a_sentence():
    text = "Ze verkopen appels, peren enz. De markt sluit om vijf uur."
    assert len(sentences(text)) == 2


def test_quotes_and_brackets_stay_with_their_sentence():
    text = '"Ik kom morgen." Ze knikte (en lachte). "Echt?" vroeg hij.'
    assert sentences(text) == ['"Ik kom morgen."', "Ze knikte (en lachte).", '"Echt?" vroeg hij.']


def test_initials_do_not_end_a_sentence():
    assert len(sentences("Het boek is van J. de Vries en het is goed.")) == 1


def test_elided_compound_part_keeps_its_hyphen():
    text = "Er waren land- en tuinbouwproducten, leiderschaps-, mankracht- en financiële verliezen."
    ws = words(text)
    assert "land-" in ws and "leiderschaps-" in ws and "mankracht-" in ws


def test_paragraphs_single_lines_and_hard_wrapped_blocks():
    text = (
        "Titel van het stuk\n\nEen korte kop\nDe eerste alinea staat op één regel.\n\n"
        "Dit is een lange alinea die in een e-boek op zeventig tekens is afgebroken,\n"
        "zodat elke regel ongeveer even lang is en de alinea toch bij elkaar hoort,\n"
        "tot aan het einde.\n"
    )
    paragraphs = [text[p.start : p.end] for p in segment(text)]
    assert paragraphs[0] == "Titel van het stuk"
    assert paragraphs[1] == "Een korte kop"
    assert paragraphs[2] == "De eerste alinea staat op één regel."
    assert paragraphs[3].startswith("Dit is een lange") and paragraphs[3].endswith("einde.")
    assert len(paragraphs) == 4


def test_numbers_and_punctuation_kinds():
    kinds = {t.text: t.kind for t in tokenize("Op 21 mei 2021, om 8.30 uur: 77 aanvallen.")}
    assert kinds["21"] == kinds["2021"] == kinds["8.30"] == kinds["77"] == "number"
    assert kinds[","] == kinds[":"] == kinds["."] == "punct"
