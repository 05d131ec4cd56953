"""The learner lexicon: its shape, and facts about Dutch we are certain of."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from vocab.lexicon import DATA_FILE, Lexicon
from vocab.lexicon.schema import KEY_ORDER, problems


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return [json.loads(line) for line in DATA_FILE.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon()


def entry(lex, lemma, pos, particle=None):
    hits = [e for e in lex.lookup(lemma) if e.pos == pos and (particle is None or e.particle == particle)]
    assert hits, f"no {pos} entry for {lemma!r}"
    return hits[0]


# ----------------------------------------------------------------------------- shape
def test_every_entry_is_complete_for_its_part_of_speech(raw):
    bad = {e.get("lemma"): problems(e) for e in raw if problems(e)}
    assert bad == {}


def test_no_duplicate_entries(raw):
    keys = Counter((e["lemma"], e["pos"], e.get("particle")) for e in raw)
    assert [k for k, n in keys.items() if n > 1] == []


def test_file_is_sorted_one_entry_per_line_with_stable_key_order(raw):
    order = [(e["lemma"].lower(), e["lemma"], e["pos"], e.get("particle") or "") for e in raw]
    assert order == sorted(order)
    for e in raw[:200]:
        assert list(e) == [k for k in KEY_ORDER if k in e]


def test_size_and_spread(raw):
    pos = Counter(e["pos"] for e in raw)
    assert len(raw) >= 5000
    assert pos["noun"] > 1500 and pos["verb"] > 1000 and pos["adjective"] > 500


def test_separable_verbs_carry_their_particle(raw):
    for e in raw:
        if e["pos"] == "verb" and e["particle"]:
            p = e["particle"]
            f = e["forms"]
            assert e["lemma"].startswith(p)
            assert f["past_singular"].endswith(" " + p), e["lemma"]
            assert f["past_participle"].startswith(p), e["lemma"]


@pytest.mark.parametrize(
    "lemma, particle",
    [("uitvoeren", "uit"), ("opbellen", "op"), ("toevoegen", "toe"), ("plaatsvinden", "plaats"),
     ("aankomen", "aan"), ("meenemen", "mee"), ("opstaan", "op"), ("deelnemen", "deel")],
)
def test_known_particle_verbs(lex, lemma, particle):
    assert entry(lex, lemma, "verb", particle).particle == particle


def test_inseparable_verbs_have_no_particle_and_no_ge(lex):
    for lemma, participle in [("vertellen", "verteld"), ("begrijpen", "begrepen"),
                              ("ontdekken", "ontdekt"), ("herhalen", "herhaald"),
                              ("beginnen", "begonnen"), ("gebruiken", "gebruikt")]:
        e = entry(lex, lemma, "verb")
        assert e.particle is None and e.forms["past_participle"] == participle


# ----------------------------------------------------------------------------- nouns
@pytest.mark.parametrize(
    "lemma, article, plural",
    [
        ("huis", "het", "huizen"), ("man", "de", "mannen"), ("vrouw", "de", "vrouwen"),
        ("kind", "het", "kinderen"), ("meisje", "het", "meisjes"), ("stad", "de", "steden"),
        ("schip", "het", "schepen"), ("boek", "het", "boeken"), ("tafel", "de", "tafels"),
        ("auto", "de", "auto's"), ("jaar", "het", "jaren"), ("dag", "de", "dagen"),
        ("land", "het", "landen"), ("kat", "de", "katten"), ("hond", "de", "honden"),
        ("paard", "het", "paarden"), ("lid", "het", "leden"), ("vraag", "de", "vragen"),
        ("antwoord", "het", "antwoorden"), ("regering", "de", "regeringen"),
        ("bedrijf", "het", "bedrijven"), ("ei", "het", "eieren"), ("taal", "de", "talen"),
        ("koe", "de", "koeien"), ("brief", "de", "brieven"), ("boom", "de", "bomen"),
        ("aanslag", "de", "aanslagen"), ("vijand", "de", "vijanden"), ("strijd", "de", None),
        ("water", "het", None), ("probleem", "het", "problemen"), ("oorlog", "de", "oorlogen"),
        ("gesprek", "het", "gesprekken"), ("week", "de", "weken"), ("weg", "de", "wegen"),
    ],
)
def test_nouns_article_and_plural(lex, lemma, article, plural):
    e = entry(lex, lemma, "noun")
    assert e.article == article
    if plural is not None:
        assert e.plural == plural


# ----------------------------------------------------------------------------- verbs
STRONG = [
    # lemma, past singular, past plural, participle, auxiliary
    ("zijn", "was", "waren", "geweest", "zijn"),
    ("hebben", "had", "hadden", "gehad", "hebben"),
    ("gaan", "ging", "gingen", "gegaan", "zijn"),
    ("komen", "kwam", "kwamen", "gekomen", "zijn"),
    ("zien", "zag", "zagen", "gezien", "hebben"),
    ("doen", "deed", "deden", "gedaan", "hebben"),
    ("zwemmen", "zwom", "zwommen", "gezwommen", "hebben/zijn"),
    ("zweren", "zwoer", "zwoeren", "gezworen", "hebben"),
    ("schrijven", "schreef", "schreven", "geschreven", "hebben"),
    ("lopen", "liep", "liepen", "gelopen", "hebben/zijn"),
    ("vinden", "vond", "vonden", "gevonden", "hebben"),
    ("nemen", "nam", "namen", "genomen", "hebben"),
    ("geven", "gaf", "gaven", "gegeven", "hebben"),
    ("eten", "at", "aten", "gegeten", "hebben"),
    ("drinken", "dronk", "dronken", "gedronken", "hebben"),
    ("kijken", "keek", "keken", "gekeken", "hebben"),
    ("blijven", "bleef", "bleven", "gebleven", "zijn"),
    ("sterven", "stierf", "stierven", "gestorven", "zijn"),
    ("helpen", "hielp", "hielpen", "geholpen", "hebben"),
    ("brengen", "bracht", "brachten", "gebracht", "hebben"),
    ("denken", "dacht", "dachten", "gedacht", "hebben"),
    ("kopen", "kocht", "kochten", "gekocht", "hebben"),
    ("zoeken", "zocht", "zochten", "gezocht", "hebben"),
    ("vragen", "vroeg", "vroegen", "gevraagd", "hebben"),
    ("zeggen", "zei", "zeiden", "gezegd", "hebben"),
    ("kunnen", "kon", "konden", "gekund", "hebben"),
    ("weten", "wist", "wisten", "geweten", "hebben"),
    ("liggen", "lag", "lagen", "gelegen", "hebben"),
    ("zitten", "zat", "zaten", "gezeten", "hebben"),
    ("slaan", "sloeg", "sloegen", "geslagen", "hebben"),
    ("dragen", "droeg", "droegen", "gedragen", "hebben"),
    ("vallen", "viel", "vielen", "gevallen", "zijn"),
    ("houden", "hield", "hielden", "gehouden", "hebben"),
    ("roepen", "riep", "riepen", "geroepen", "hebben"),
    ("bieden", "bood", "boden", "geboden", "hebben"),
    ("kiezen", "koos", "kozen", "gekozen", "hebben"),
    ("verliezen", "verloor", "verloren", "verloren", "hebben"),
    ("lezen", "las", "lazen", "gelezen", "hebben"),
    ("spreken", "sprak", "spraken", "gesproken", "hebben"),
    ("worden", "werd", "werden", "geworden", "zijn"),
    ("krijgen", "kreeg", "kregen", "gekregen", "hebben"),
    ("beginnen", "begon", "begonnen", "begonnen", "zijn"),
    ("uitvoeren", "voerde uit", "voerden uit", "uitgevoerd", "hebben"),
    ("opbellen", "belde op", "belden op", "opgebeld", "hebben"),
    ("toevoegen", "voegde toe", "voegden toe", "toegevoegd", "hebben"),
    ("aankomen", "kwam aan", "kwamen aan", "aangekomen", "zijn"),
    ("plaatsvinden", "vond plaats", "vonden plaats", "plaatsgevonden", "hebben"),
]


@pytest.mark.parametrize("lemma, sg, pl, participle, aux", STRONG, ids=[s[0] for s in STRONG])
def test_verb_paradigms(lex, lemma, sg, pl, participle, aux):
    f = entry(lex, lemma, "verb").forms
    assert (f["past_singular"], f["past_plural"], f["past_participle"], f["auxiliary"]) == (
        sg, pl, participle, aux
    )


@pytest.mark.parametrize(
    "lemma, sg, participle",
    [("werken", "werkte", "gewerkt"), ("wonen", "woonde", "gewoond"), ("leven", "leefde", "geleefd"),
     ("reizen", "reisde", "gereisd"), ("maken", "maakte", "gemaakt"), ("praten", "praatte", "gepraat")],
)
def test_weak_verbs_follow_t_kofschip(lex, lemma, sg, participle):
    f = entry(lex, lemma, "verb").forms
    assert f["past_singular"] == sg and f["past_participle"] == participle


# ----------------------------------------------------------------------------- adjectives
@pytest.mark.parametrize(
    "lemma, inflected, comparative, superlative",
    [("goed", "goede", "beter", "best"), ("groot", "grote", "groter", "grootst"),
     ("lief", "lieve", "liever", "liefst"), ("dik", "dikke", "dikker", "dikst"),
     ("wit", "witte", "witter", "witst"), ("oud", "oude", "ouder", "oudst")],
)
def test_adjective_forms(lex, lemma, inflected, comparative, superlative):
    e = entry(lex, lemma, "adjective")
    assert (e.inflected, e.comparative, e.superlative) == (inflected, comparative, superlative)


def test_false_friends_carry_a_note(lex):
    assert "eventually" in (entry(lex, "eventueel", "adjective").note or "")


# ----------------------------------------------------------------------------- use
def test_lexicon_corrects_simplemma(lex):
    from vocab.morphology import Morphology

    m = Morphology(lex)
    assert m.lemmatize("zwom") == "zwemmen"
    assert m.lemmatize("steden") == "stad"
    assert m.lemmatize("schepen") == "schip"
    assert m.lemmatize("kat") == "kat"  # simplemma alone says "kater"


def test_loads_lazily():
    lex = Lexicon()
    assert lex._entries is None  # nothing is read until the first lookup
    assert lex.lookup("huis") and len(lex) > 5000


# ----------------------------------------------------------------------------- spelling
def test_past_forms_written_apart_belong_to_separable_verbs(raw):
    """"liep af" as a past tense needs the particle af (aflopen once lacked it)."""
    for e in raw:
        if e["pos"] == "verb" and e["particle"] is None:
            assert not any(" " in e["forms"][k] for k in ("past_singular", "past_plural")), e["lemma"]


def test_brackets_balance_in_senses_and_notes(raw):
    """A sense cut at a comma inside brackets ("temple (side of the head") is caught."""
    from vocab.lexicon.schema import _balanced

    bad = [(e["lemma"], t) for e in raw for t in [*e["senses"], e.get("note")]
           if isinstance(t, str) and not _balanced(t)]
    assert bad == []


HUNSPELL_ALLOW = Path(__file__).with_name("hunspell-allow.tsv")


def _hunspell_unknown(words: list[str]) -> set[str]:
    out = subprocess.run(["hunspell", "-d", "nl_NL", "-l"], input="\n".join(words),
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def _hunspell_nl() -> bool:
    if shutil.which("hunspell") is None:
        return False
    return any(Path(d, "nl_NL.dic").exists() for d in ("/usr/share/hunspell", "/usr/share/myspell"))


@pytest.mark.skipif(not _hunspell_nl(), reason="hunspell-nl not installed (make deb installs it)")
def test_every_form_is_known_to_hunspell_or_allowed(raw):
    """Every lemma and form we write is a word of the Dutch spelling list (hunspell-nl,
    OpenTaal) or on the reviewed allow-list: haringje, idealst and stresste were slips."""
    from vocab.lexicon.schema import written_forms

    forms = sorted({f for e in raw for f in written_forms(e)})
    allow = {
        line.split("\t")[0] for line in HUNSPELL_ALLOW.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    unknown = _hunspell_unknown(forms)
    assert sorted(unknown - allow) == []
    # the allow-list holds only words we still write and hunspell still lacks
    assert sorted(allow - unknown) == []


@pytest.mark.skipif(not _hunspell_nl(), reason="hunspell-nl not installed (make deb installs it)")
def test_the_spelling_check_catches_the_slips_it_was_made_for():
    assert _hunspell_unknown(["haringje", "idealst", "stresste", "harinkje", "ideaalst",
                              "streste"]) == {"haringje", "idealst", "stresste"}


@pytest.mark.parametrize(
    "lemma, pos, key, value",
    [("haring", "noun", "diminutive", "harinkje"), ("ideaal", "adjective", "superlative", "ideaalst"),
     ("aflopen", "verb", "particle", "af")],
)
def test_mended_slips(lex, lemma, pos, key, value):
    assert getattr(entry(lex, lemma, pos), key) == value


def test_mended_slips_verb_forms_and_senses(lex):
    assert entry(lex, "stressen", "verb").forms["past_singular"] == "streste"
    assert entry(lex, "slaap", "noun").senses[:2] == ("sleep", "temple (side of the head; plural slapen)")
