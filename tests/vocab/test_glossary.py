"""Glossing: lookup order, context, compounds, dictd dictionaries, notes, unknown words."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vocab import analyse, word_stats
from vocab.dictd import (
    Dictionary,
    add_dictionary,
    find_dictionaries,
    parse_entry,
    remove_dictionary,
)
from vocab.glossary import LEXICON_SOURCE, NOTE_SOURCE, PARTS_SOURCE, Glossary
from vocab.store import Store

ROOT = Path(__file__).resolve().parents[2]
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(n: int) -> str:
    out = ""
    while True:
        out = B64[n % 64] + out
        n //= 64
        if n == 0:
            return out


def write_dictd(folder: Path, name: str, entries: dict[str, str], compress: bool) -> Path:
    """A small dictd dictionary written by the test itself."""
    folder.mkdir(parents=True, exist_ok=True)
    data, index = b"", []
    for head in sorted(entries):
        text = entries[head].encode("utf-8")
        index.append(f"{head}\t{b64(len(data))}\t{b64(len(text))}")
        data += text
    (folder / f"{name}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    if compress:
        (folder / f"{name}.dict.dz").write_bytes(gzip.compress(data))
    else:
        (folder / f"{name}.dict").write_bytes(data)
    return folder / f"{name}.index"


TOY = {
    "fiets": "fiets /fits/\n1. bicycle, bike\n",
    "snoeshaan": "snoeshaan /snushan/\n1. oddball, odd fellow\n",
    "huis": "huis /hœys/\n1. dwelling\n2. family\n",
    "thuis": "thuis /tœys/\n1. home, goonfoot\n",
}


@pytest.fixture
def no_system_dicts(monkeypatch):
    monkeypatch.setenv("DUTCH_READER_DICT_DIRS", "")


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "dz"])
def test_dictd_reader(tmp_path, compress):
    d = Dictionary(write_dictd(tmp_path, "toy-nld-eng", TOY, compress))
    assert len(d) == 4 and d.languages == ("nld", "eng")
    (entry,) = d.lookup("Fiets")
    assert entry.ipa == "fits" and entry.senses == ["bicycle, bike"]
    assert d.lookup("auto") == []


def test_freedict_run_together_senses_are_respaced():
    assert parse_entry("thuis", TOY["thuis"]).senses == ["home, go on foot"]


def test_lookup_order_note_then_lexicon_then_dictionary_then_parts(tmp_path, no_system_dicts):
    d = Dictionary(write_dictd(tmp_path / "d", "toy-nld-eng", TOY, True))
    store = Store(tmp_path / "s.sqlite3")
    g = Glossary(store=store, dictionaries=[d])
    # our lexicon first, the dictionary as "also"
    huis = g.gloss_word("huis")
    assert huis.source == LEXICON_SOURCE and huis.article == "het" and "house" in huis.senses[0]
    assert huis.ipa == "hœys"
    assert {"source": "toy-nld-eng", "senses": ["dwelling", "family"]} in huis.also
    # a word only the dictionary has
    snoes = g.gloss_word("snoeshaan")
    assert snoes.found and snoes.source == "toy-nld-eng" and snoes.senses == ["oddball, odd fellow"]
    # a compound without an entry: its parts
    vrede = g.gloss_word("vredesplan")
    assert vrede.source == PARTS_SOURCE and vrede.found
    assert [(p.lemma, bool(p.senses)) for p in vrede.parts] == [("vrede", True), ("plan", True)]
    assert "peace" in vrede.parts[0].senses[0]
    # the learner's own gloss overrides everything, and the lexicon stays visible
    store.set_note("huis", "my place", "het huis, de huizen")
    mine = g.gloss_word("huizen")
    assert mine.source == NOTE_SOURCE and mine.senses == ["my place"]
    assert mine.user_note == "het huis, de huizen" and mine.lemma == "huis"
    assert mine.also[0]["source"] == LEXICON_SOURCE
    store.close()


def test_particle_verb_in_context(no_system_dicts):
    g = Glossary(dictionaries=[])
    uit = g.gloss_word("uit", context="Ze voerde het plan uit.")
    assert uit.lemma == "uitvoeren" and uit.pos == "verb" and uit.particle == "uit"
    assert uit.forms["past_participle"] == "uitgevoerd"
    plain = g.gloss_word("uit", context="Ze komt uit Nederland.")
    assert plain.lemma == "uit" and plain.pos != "verb"


def test_separable_and_inseparable_homographs(no_system_dicts):
    g = Glossary(dictionaries=[])
    occur = g.gloss_word("voor", context="Dat komt vaak voor.")
    assert occur.lemma == "voorkomen" and occur.particle == "voor" and "occur" in occur.senses[0]
    prevent = g.gloss_word("voorkomen", context="Je kunt ziekte voorkomen.")
    assert prevent.particle is None and "prevent" in prevent.senses[0]


def test_gloss_token_from_an_analysis(no_system_dicts):
    a = analyse("De Taliban en ISIS-K zijn gezworen vijanden.")
    g = Glossary(dictionaries=[])
    tokens = {t.text: t for t in a.tokens()}
    gezworen = g.gloss_token(a, tokens["gezworen"])
    assert gezworen.lemma == "zweren" and gezworen.forms["past_singular"] == "zwoer"
    name = g.gloss_token(a, tokens["Taliban"])
    assert name.kind == "name" and name.found
    vijanden = g.gloss_token(a, tokens["vijanden"])
    assert vijanden.lemma == "vijand" and vijanden.article == "de"
    assert vijanden.level == word_stats("vijand", ["vijanden"]).level  # as in the vocabulary
    assert vijanden.syllables == "vij-and"


def test_unknown_word_gets_suggestions_not_an_error(no_system_dicts):
    g = Glossary(dictionaries=[])
    for typo, meant in [("fietz", "fiets"), ("slaapkamr", "slaapkamer"), ("ontbijtt", "ontbijt")]:
        miss = g.gloss_word(typo)
        assert miss.found is False and miss.senses == []
        assert meant in miss.suggestions


def test_every_lemma_with_an_entry_is_found(no_system_dicts):
    g = Glossary(dictionaries=[])
    for word in ["steden", "zwom", "opgebeld", "grote", "kinderen", "liep", "aanslagen"]:
        assert g.gloss_word(word).found, word


def test_dict_add_list_remove(tmp_path, monkeypatch, no_system_dicts):
    src = write_dictd(tmp_path / "src", "toy-nld-deu", {"fiets": "fiets\n1. Fahrrad\n"}, True)
    d = add_dictionary(src)
    assert [x.name for x in find_dictionaries()] == ["toy-nld-deu"]
    g = Glossary(lang="de")
    fiets = g.gloss_word("fiets")
    assert fiets.source == "toy-nld-deu" and fiets.senses == ["Fahrrad"]
    assert fiets.also[0]["source"] == LEXICON_SOURCE  # English stays as a fallback
    remove_dictionary(d.name)
    assert find_dictionaries() == []


def run(*args):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_gloss_json(no_system_dicts):
    out = run("gloss", "gezworen", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    for key in ["word", "lemma", "pos", "article", "plural", "diminutive", "forms", "particle",
                "senses", "note", "source", "ipa", "syllables", "zipf", "level", "parts",
                "user_note", "suggestions"]:
        assert key in data
    assert data["lemma"] == "zweren" and data["forms"]["past_singular"] == "zwoer"


def test_cli_gloss_context_and_unknown(no_system_dicts):
    out = run("gloss", "uit", "--context", "ISIS-K voerde aanslagen in april uit.", "--json")
    assert json.loads(out.stdout)["lemma"] == "uitvoeren"
    miss = run("gloss", "xqzzv")
    assert miss.returncode == 1 and "no meaning found" in miss.stderr and "Traceback" not in miss.stderr


def test_cli_dict_commands(tmp_path, no_system_dicts):
    listing = run("dict", "list")
    assert listing.returncode == 0 and "apt-get install dict-freedict-nld-eng" in listing.stdout
    src = write_dictd(tmp_path / "src", "toy-nld-eng", TOY, False)
    assert run("dict", "add", str(src)).returncode == 0
    assert "toy-nld-eng" in run("dict", "list").stdout
    assert run("dict", "remove", "toy-nld-eng").returncode == 0
    bad = run("dict", "add", str(tmp_path / "nothing.index"))
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "word, context, sense",
    [
        ("vierde", "Het is de vierde keer dat ik hier ben.", "fourth"),
        ("twintigste", "In de twintigste eeuw veranderde veel.", "twentieth"),
        ("eerste", "Dit is mijn eerste fiets.", "first"),
    ],
)
def test_ordinals_mean_the_ordinal_not_the_cardinal(word, context, sense):
    """An ordinal's lemma is its cardinal (vierde → vier), but its gloss says fourth."""
    from vocab.glossary import Glossary

    g = Glossary().gloss_word(word, context=context)
    assert g.senses[0] == sense


# --------------------------------------------------------------------------- glosses follow the tag
@pytest.mark.parametrize(
    "sentence, word, pos, sense, other",
    [
        ("We varen naar een ander eiland.", "naar", "preposition", "to", "adjective"),
        ("Ik woon bij mijn ouders.", "bij", "preposition", "at", "noun"),
        ("Ik probeer op tijd te komen.", "te", "preposition", "to", "adverb"),
        ("Die schoenen zijn te duur.", "te", "adverb", "too", "preposition"),
        ("Morgen gaat het weer regenen.", "weer", "adverb", "again", "noun"),
        ("Het weer is mooi vandaag.", "weer", "noun", "weather", "adverb"),
        ("Mijn broer is ouder dan ik.", "dan", "conjunction", "than", "adverb"),
        ("Ik kom morgen.", "kom", "verb", "to come", None),
        ("De soep zit in een kom.", "kom", "noun", "bowl", None),
    ],
)
def test_the_entry_of_the_tagged_part_of_speech_comes_first(sentence, word, pos, sense, other):
    g = Glossary(dictionaries=[]).gloss_word(word, context=sentence)
    assert g.pos == pos
    assert sense in g.senses[0]
    if other is not None:  # the other entry of the same spelling stays, under "also"
        assert any(a["source"] == LEXICON_SOURCE and a.get("pos") == other for a in g.also)


def test_an_adjective_grading_an_adjective_shows_its_adverb_sense_first():
    g = Glossary(dictionaries=[]).gloss_word("heel", context="Dat is heel belangrijk.")
    assert "very" in g.senses[0]
    g = Glossary(dictionaries=[]).gloss_word("hele", context="Ik heb de hele dag gewerkt.")
    assert "whole" in g.senses[0]


@pytest.mark.parametrize(
    "word, lemma, pos, other",
    [
        ("boek", "boek", "noun", "boeken"),  # not the verb of "ik boek" first
        ("zon", "zon", "noun", "zinnen"),  # not a past tense of zinnen
        ("regen", "regen", "noun", None),
        ("kom", "kom", "noun", None),
    ],
)
def test_a_word_alone_shows_its_own_headword_first(word, lemma, pos, other):
    g = Glossary(dictionaries=[]).gloss_word(word)
    assert (g.lemma, g.pos) == (lemma, pos)
    if other is not None:
        assert any(a.get("lemma") == other for a in g.also), g.also


def test_a_word_alone_lists_the_other_lemmas_it_can_be_a_form_of():
    g = Glossary(dictionaries=[]).gloss_word("kom")
    assert g.lemma == "kom" and any(a.get("lemma") == "komen" for a in g.also)
    g = Glossary(dictionaries=[]).gloss_word("liep")  # no headword: the verb
    assert g.lemma == "lopen"


def test_a_token_of_a_fixed_expression_is_glossed_with_it():
    from vocab import analyse
    from vocab.glossary import Glossary

    a = analyse("Ik ben al weken op zoek naar een kamer.")
    toks = a.sentences[0].tokens
    g = Glossary(dictionaries=[]).gloss_token(a, toks[5])  # zoek
    assert g.expression["text"] == "op zoek naar"
    assert "looking for" in g.expression["senses"][0]
    assert g.to_dict()["expression"] == g.expression
    assert Glossary(dictionaries=[]).gloss_token(a, toks[8]).expression is None  # kamer

@pytest.mark.parametrize(
    "word, article, plural, diminutive",
    [
        # compounds written for this test, none with an entry of its own
        ("ziekenhuisbed", "het", "ziekenhuisbedden", "ziekenhuisbedje"),
        ("wachtkamerstoel", "de", "wachtkamerstoelen", "wachtkamerstoeltje"),
        ("slaapkamerraam", "het", "slaapkamerramen", "slaapkamerraampje"),
    ],
)
def test_a_compound_without_entry_takes_article_and_plural_from_its_head(
        word, article, plural, diminutive, no_system_dicts):
    from vocab.lexicon import default as lexicon

    assert not lexicon().lookup(word)
    g = Glossary().gloss_word(word)
    assert (g.pos, g.article, g.plural, g.diminutive) == ("noun", article, plural, diminutive)
    assert g.parts[-1].pos == "noun"


def test_compound_parts_are_glossed_as_their_likely_part_of_speech(no_system_dicts):
    g = Glossary().gloss_word("leesbrilletje")
    assert [(p.lemma, p.pos) for p in g.parts] == [("lezen", "verb"), ("bril", "noun")]
    assert g.parts[0].senses[0] == "to read"
    assert g.article == "de" and g.plural == "leesbrillen"


def test_a_compound_read_as_an_adjective_takes_no_article(no_system_dicts):
    g = Glossary().gloss_word("knalrood")  # rood is an adjective: no noun grammar
    assert g.article is None and g.plural is None
