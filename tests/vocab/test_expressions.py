"""Fixed expressions: the data's shape, and the matcher on sentences we wrote."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from vocab import analyse
from vocab.expressions import DATA_FILE, Expressions, default, parse
from vocab.lexicon.schema import EXPRESSION_KEY_ORDER, expression_problems


def _entry(text: str, kind: str = "verb") -> dict:
    return {"text": text, "kind": kind, "senses": ["x"], "example": {"nl": "x", "en": "x"},
            "register": None, "region": None, "note": None}


@pytest.fixture(scope="module")
def small() -> Expressions:
    verbs = ["aan de slag gaan", "deel uitmaken van", "in verlegenheid brengen",
             "er belang bij hebben", "zich zorgen maken over", "het eens zijn met",
             "zin hebben in", "zijn best doen", "iemand iets kwalijk nemen",
             "de kat uit de boom kijken"]
    others = [("op zoek naar", "preposition"), ("in plaats van", "preposition"),
              ("af en toe", "adverb"), ("op tijd", "adverb"), ("het spijt me", "phrase")]
    return Expressions(path=None, entries=[_entry(t) for t in verbs]
                       + [_entry(t, k) for t, k in others])


def found(expressions: Expressions, sentence: str) -> list[tuple[str, str]]:
    """(expression, its words in the sentence) for each expression found."""
    out = []
    for s in analyse(sentence).sentences:
        for m in expressions.find(s.tokens):
            out.append((m.expression.text, " ".join(s.tokens[j].text for j in m.tokens)))
    return out


# ----------------------------------------------------------------------------- the pattern
def test_citation_forms_parse_into_core_verb_and_preposition():
    p = parse("deel uitmaken van", "verb")
    assert (p.core, p.verb, p.preposition) == (("deel",), "uitmaken", "van")
    p = parse("aan de slag gaan", "verb")
    assert (p.core, p.verb, p.preposition) == (("aan", "de", "slag"), "gaan", None)
    p = parse("iemand iets kwalijk nemen", "verb")
    assert p.fixed == ("kwalijk",) and p.verb == "nemen"
    p = parse("in plaats van", "preposition")
    assert (p.core, p.verb) == (("in", "plaats", "van"), None)


# ----------------------------------------------------------------------------- matching
@pytest.mark.parametrize(
    "sentence, expression, words",
    [
        # word order: main clause, subordinate clause, perfect tense
        ("Morgen gaan we weer aan de slag.", "aan de slag gaan", "gaan aan de slag"),
        ("Hij zegt dat we morgen aan de slag gaan.", "aan de slag gaan", "aan de slag gaan"),
        ("Ze zijn gisteren aan de slag gegaan.", "aan de slag gaan", "aan de slag gegaan"),
        # a separated particle verb, both halves; the preposition when it is there
        ("Ze maakt al jaren deel uit van het team.", "deel uitmaken van", "maakt deel uit van"),
        ("Ik weet dat hij deel uitmaakt van de groep.", "deel uitmaken van", "deel uitmaakt van"),
        # words between the core's words; the verb before the core
        ("Hij bracht haar in grote verlegenheid.", "in verlegenheid brengen",
         "bracht in verlegenheid"),
        ("Ik heb er geen belang bij.", "er belang bij hebben", "heb er belang bij"),
        ("Er heeft niemand belang bij.", "er belang bij hebben", "Er heeft belang bij"),
        # slots: the reflexive and the possessive are taken along, the free ones are not
        ("Ik maak me zorgen over mijn zoon.", "zich zorgen maken over", "maak me zorgen over"),
        ("Maak je geen zorgen.", "zich zorgen maken over", "Maak je zorgen"),
        ("Hij deed zijn uiterste best.", "zijn best doen", "deed zijn best"),
        ("Neem het me niet kwalijk.", "iemand iets kwalijk nemen", "Neem kwalijk"),
        # the preposition's er-word, stranded
        ("Daar heb ik geen zin in.", "zin hebben in", "Daar heb zin in"),
        ("Ik ben het niet met je eens.", "het eens zijn met", "ben het met eens"),
        ("Ik kijk eerst de kat uit de boom.", "de kat uit de boom kijken",
         "kijk de kat uit de boom"),
        # other kinds: as they stand
        ("Ik ben op zoek naar een nieuwe baan.", "op zoek naar", "op zoek naar"),
        ("Af en toe drinkt hij een biertje.", "af en toe", "Af en toe"),
        ("Ik neem thee in plaats van koffie.", "in plaats van", "in plaats van"),
        ("Het spijt me echt.", "het spijt me", "Het spijt me"),
    ],
)
def test_expressions_are_found_across_inflection_and_word_order(small, sentence, expression, words):
    assert (expression, words) in found(small, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hij gaat naar de slager aan de overkant.",  # slager is no slag
        "Ik ga zeggen dat ze aan de slag is.",  # gaan is in the other clause
        "De slag bij Waterloo ging verloren.",  # no "aan de"
        "Het was eens een koning.",  # the verb between het and eens: a fairy tale
        "Die zin heeft een fout.",  # a determiner: the sentence, not the wish
        "Hij doet het best op school.",  # het best is no possessive
        "Zin of geen zin, hij gaat.",  # no hebben in the clause
        "Ik kom op die tijd.",  # op tijd admits nothing between
        "Ik kom op, tijd genoeg.",  # nor punctuation
    ],
)
def test_look_alikes_are_not_expressions(small, sentence):
    assert found(small, sentence) == []


def test_a_token_belongs_to_one_expression_the_longest(small):
    longer = Expressions(path=None, entries=[_entry("op zoek naar", "preposition"),
                                             _entry("op zoek gaan naar")])
    assert found(longer, "We gaan op zoek naar een huis.") == [
        ("op zoek gaan naar", "gaan op zoek naar")
    ]


def test_mark_links_every_token_of_an_expression(small):
    a = analyse("Ze maakt al jaren deel uit van het team.")
    tokens = a.sentences[0].tokens

    class T:  # tokens gain the fields when the stage runs in the pipeline
        def __init__(self, tok):
            self.text, self.lemma, self.kind, self.pair = tok.text, tok.lemma, tok.kind, tok.pair
            self.expression = self.expression_tokens = None

    mine = [T(t) for t in tokens]
    small.mark(mine)
    linked = [t.text for t in mine if t.expression == "deel uitmaken van"]
    assert linked == ["maakt", "deel", "uit", "van"]
    assert mine[1].expression_tokens == (1, 4, 5, 6)


# ----------------------------------------------------------------------------- the data
@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return [json.loads(line) for line in DATA_FILE.read_text(encoding="utf-8").splitlines() if line]


def test_every_expression_has_its_shape(raw):
    assert {e.get("text"): expression_problems(e) for e in raw if expression_problems(e)} == {}
    for e in raw:
        assert list(e) == list(EXPRESSION_KEY_ORDER), e["text"]


def test_no_duplicates_and_sorted(raw):
    texts = [e["text"] for e in raw]
    assert [t for t, n in Counter(texts).items() if n > 1] == []
    assert texts == sorted(texts)


def test_every_example_shows_its_expression_to_the_matcher(raw):
    """Each example sentence, analysed as a text, yields its own expression (with the whole
    data set loaded, so a longer expression does not take its words)."""
    missed = []
    expressions = default()
    for e in raw:
        hits = {m.expression.text for s in analyse(e["example"]["nl"]).sentences
                for m in expressions.find(s.tokens)}
        if e["text"] not in hits:
            missed.append((e["text"], e["example"]["nl"], sorted(hits)))
    assert missed == []


def test_known_expressions_and_their_senses():
    e = default().get("deel uitmaken van")
    assert e is not None and e.kind == "verb" and "part of" in e.senses[0]
    assert default().get("op zoek naar").kind == "preposition"
    assert default().get("af en toe").kind == "adverb"


def test_a_coordinated_phrase_and_an_adverb_maar_keep_the_clause_whole():
    deur = Expressions(path=None, entries=[_entry("met de deur in huis vallen"),
                                           _entry("in verlegenheid brengen")])
    assert found(deur, "Ik val maar meteen met de deur in huis.") == [
        ("met de deur in huis vallen", "val met de deur in huis")
    ]
    assert found(deur, "Hij bracht zijn vrouw en kinderen in verlegenheid.") == [
        ("in verlegenheid brengen", "bracht in verlegenheid")
    ]


def test_an_er_word_in_a_citation_form_is_found_split_in_the_text():
    p = parse("ervan uitgaan", "verb")
    assert (p.core, p.verb) == (("er", "van"), "uitgaan")
    assert parse("daarom", "adverb").core == ("daarom",)  # other kinds stay as written


def test_a_wrongly_joined_particle_does_not_hide_the_verb():
    """"kwam … goed van pas": the particle stage may read goedkomen; the expression's verb
    komen is still found, and a real particle verb elsewhere (kwam … aan) is not komen."""
    pas = Expressions(path=None, entries=[_entry("van pas komen"), _entry("op tijd komen")])
    assert ("van pas komen", "kwam van pas") in found(pas, "Die oude fiets kwam nog goed van pas.")
    assert found(pas, "De trein kwam precies op tijd aan.") == []


def test_no_two_expressions_look_for_the_same_words(raw):
    """"iemand in de steek laten" and "in de steek laten" would be one expression twice."""
    shapes = Counter((parse(e["text"], e["kind"]).fixed, parse(e["text"], e["kind"]).verb) for e in raw)
    assert [s for s, n in shapes.items() if n > 1] == []


def test_a_pronoun_before_a_preposition_is_no_determiner():
    hand = Expressions(path=None, entries=[_entry("iets uit de eerste hand weten")])
    assert found(hand, "Ik weet het uit de eerste hand.") == [
        ("iets uit de eerste hand weten", "weet uit de eerste hand")
    ]


def test_een_of_a_verbal_expression_is_any_determiner():
    besluit = Expressions(path=None, entries=[_entry("een besluit nemen"), _entry("een beetje", "adverb")])
    assert found(besluit, "Wie heeft dat besluit genomen?") == [("een besluit nemen", "dat besluit genomen")]
    assert found(besluit, "Ik spreek een beetje Nederlands.") == [("een beetje", "een beetje")]
    assert found(besluit, "Ik spreek dat beetje Nederlands.") == []  # other kinds stand as written


def test_the_complements_preposition_follows_the_core_or_fronts_the_clause():
    oog = Expressions(path=None, entries=[_entry("oog hebben voor"), _entry("voor ogen hebben"),
                                          _entry("deel uitmaken van")])
    assert found(oog, "Wat heb je precies voor ogen?") == [("voor ogen hebben", "heb voor ogen")]
    assert found(oog, "Van die groep maakt hij al jaren deel uit.") == [
        ("deel uitmaken van", "Van maakt deel uit")
    ]


def test_at_least_1500_expressions_of_every_kind(raw):
    kinds = Counter(e["kind"] for e in raw)
    assert len(raw) >= 1500
    assert kinds["verb"] > 1000 and kinds["adverb"] > 300 and kinds["preposition"] > 60
    assert kinds["phrase"] > 100 and kinds["conjunction"] > 10


@pytest.mark.parametrize("text, kind, sense", [
    ("om de dag", "adverb", "every other day"),      # not every day (elke dag)
    ("de pan uit rijzen", "verb", "skyrocket"),
    ("kou vatten", "verb", "catch a cold"),
    ("vraag en aanbod", "noun", "supply and demand"),  # the Dutch order is the reverse
    ("bij kennis komen", "verb", "regain consciousness"),
    ("overleg plegen met", "verb", "consult"),       # plegen: not to commit a crime
    ("in zijn nopjes zijn", "verb", "delighted"),
    ("op de penning zijn", "verb", "tight-fisted"),
    ("naar verwachting", "adverb", "expected"),
    ("onder het mom van", "preposition", "under the guise of"),
    ("zonder dollen", "phrase", "no kidding"),
    ("iemand de mond snoeren", "verb", "silence"),
])
def test_known_facts_of_the_new_expressions(text, kind, sense):
    e = default().get(text)
    assert e is not None and e.kind == kind
    assert any(sense in s for s in e.senses), e.senses


def test_the_longer_expression_takes_its_words():
    """onder invloed (drunk) is not what onder invloed van de media means."""
    hits = {m.expression.text for s in analyse("Onder invloed van de media veranderde haar mening.").sentences
            for m in default().find(s.tokens)}
    assert "onder invloed van" in hits and "onder invloed" not in hits
    hits = {m.expression.text for s in analyse("Hij reed onder invloed naar huis.").sentences
            for m in default().find(s.tokens)}
    assert "onder invloed" in hits


def test_a_noun_phrase_inside_a_prepositional_phrase_is_not_the_expressions_object():
    besluit = Expressions(path=None, entries=[_entry("een besluit nemen")])
    assert found(besluit, "Na het besluit nam hij een week vrij.") == []
    assert found(besluit, "Na lang overleg nam ze een besluit.") == [
        ("een besluit nemen", "nam een besluit")
    ]


def test_of_two_matches_as_long_the_more_specific_citation_wins():
    eens = Expressions(path=None, entries=[_entry("het eens zijn met"), _entry("het roerend eens zijn")])
    assert [t for t, _ in found(eens, "Over het plan zijn ze het roerend met elkaar eens.")] == [
        "het roerend eens zijn"
    ]


# ------------------------------------------------------------ the pipeline, all our data
def _marked(sentence: str) -> list[tuple[str, str]]:
    """(expression, its words) as the analysis marks them on the tokens."""
    out = []
    for s in analyse(sentence).sentences:
        for t in s.tokens:
            if t.expression_tokens and t.expression_tokens[0] == t.index:
                assert all(s.tokens[j].expression == t.expression for j in t.expression_tokens)
                out.append((t.expression, " ".join(s.tokens[j].text for j in t.expression_tokens)))
    return out


@pytest.mark.parametrize("sentence, expected", [
    # main clause, inversion, subordinate clause
    ("We gaan morgen meteen aan de slag met de nieuwe keuken.", ("aan de slag gaan", "gaan aan de slag")),
    ("Morgen gaan we met de nieuwe keuken aan de slag.", ("aan de slag gaan", "gaan aan de slag")),
    ("Ik weet niet of ze morgen al aan de slag gaan.", ("aan de slag gaan", "aan de slag gaan")),
    # a separated particle verb
    ("Mijn broer maakt sinds vorig jaar deel uit van een koor.",
     ("deel uitmaken van", "maakt deel uit van")),
    # er … belang bij, split by other words, in a main and a subordinate clause
    ("De buurman heeft er eigenlijk geen belang bij.", ("er belang bij hebben", "heeft er belang bij")),
    ("Ik denk dat hij er veel belang bij heeft.", ("er belang bij hebben", "er belang bij heeft")),
    # an inflected verb and a reflexive
    ("Ze maakten zich grote zorgen over hun zoon.",
     ("zich zorgen maken over", "maakten zich zorgen over")),
    ("De vraag van de journalist bracht de minister in verlegenheid.",
     ("in verlegenheid brengen", "bracht in verlegenheid")),
    ("De politie is nog steeds op zoek naar de dader.", ("op zoek naar", "op zoek naar")),
    ("De wethouder legde het voorstel op tafel.", ("op tafel leggen", "legde op tafel")),
])
def test_the_analysis_marks_expressions_in_sentences_of_ours(sentence, expected):
    assert expected in _marked(sentence)


@pytest.mark.parametrize("sentence, absent", [
    # the words of an expression in two clauses
    ("Hij vertelde dat hij deel was van de groep, en toen maakte zij het uit.", "deel uitmaken van"),
    ("Toen hij aan de deur stond, gingen wij naar de slag bij Waterloo kijken.", "aan de slag gaan"),
    # op zoek without the sense "looking for"
    ("Hij is al een uur zoek, op het station of in de trein.", "op zoek naar"),
    ("Ze legde het boek op de tafel en zocht naar haar bril.", "op zoek naar"),
    # a literal preposition with its own noun phrase
    ("Ze legde het boek op de tafel en ging slapen.", "op tafel leggen"),
    ("Na het besluit nam hij een week vrij.", "een besluit nemen"),
    ("Hij sprak over het belang van onderwijs bij jonge kinderen.", "er belang bij hebben"),
    # a determiner where the expression has a conjunction
    ("Ik kan echt niet zonder dat boek.", "zonder dat"),
    # niet eens inside het eens zijn: the longer expression takes the words
    ("Ik ben het niet met je eens.", "niet eens"),
])
def test_look_alikes_in_sentences_of_ours_are_not_marked(sentence, absent):
    assert absent not in [e for e, _ in _marked(sentence)]


def test_tokens_outside_an_expression_have_none():
    a = analyse("De politie is op zoek naar de dader.")
    toks = a.sentences[0].tokens
    assert [t.text for t in toks if t.expression] == ["op", "zoek", "naar"]
    assert toks[0].expression is None and toks[0].expression_tokens is None
    assert toks[3].expression_tokens == (3, 4, 5)
    assert toks[3].expression_tokens is toks[5].expression_tokens  # one shared tuple
    assert toks[3].to_dict()["expression"] == "op zoek naar"
    assert toks[0].to_dict()["expression"] is None


def test_van_de_after_a_noun_is_the_nouns_complement():
    assert "van de week" not in [e for e, _ in _marked("Veel mensen werken een deel van de week thuis.")]
    assert ("van de week", "van de week") in _marked("Ik heb hem van de week nog gezien.")


@pytest.mark.parametrize("sentence, absent, present", [
    # a noun phrase of the expression inside another preposition's phrase, past its determiner
    ("De bodem had zich onder zijn last gebogen.", "last hebben van", None),
    ("Ik heb al weken last van mijn rug.", None, "last hebben van"),
    # a definite determiner before adjectives: the noun is a phrase of its own
    ("Nu wierp het bleke licht een schaduw op de muur.", "licht werpen op", None),
    ("Dit rapport werpt licht op de zaak.", None, "licht werpen op"),
    # between the expression's determiner and its noun only adjectives
    ("Ze gaf het met bevende hand aan haar broer.", "iemand een hand geven", None),
    ("Hij gaf de burgemeester een stevige hand.", None, "iemand een hand geven"),
    # hebben as the auxiliary of another verb's participle
    ("Uit zijn doffe oog zou men niets opgemaakt hebben.", "oog hebben voor", None),
    ("Ze heeft oog voor detail.", None, "oog hebben voor"),
    # a demonstrative where the citation has a possessive slot
    ("Hoe hun gesprek op die plaats was beluisterd, wist niemand.", "op zijn plaats zijn", None),
    ("Die opmerking was niet op zijn plaats.", None, "op zijn plaats zijn"),
])
def test_phrases_of_their_own_are_not_the_expression(sentence, absent, present):
    marked = [e for e, _ in _marked(sentence)]
    if absent:
        assert absent not in marked
    if present:
        assert present in marked
