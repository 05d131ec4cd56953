"""Richer entries (issue #13, item 2): examples, fixed prepositions, register, region,
alternative plurals and stress are fields of an entry and of a gloss, and stay aligned with
the senses when a sentence reorders them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vocab import analyse
from vocab.glossary import LEXICON_SOURCE, NOTE_SOURCE, Glossary
from vocab.lexicon import default
from vocab.store import Store

ROOT = Path(__file__).resolve().parents[2]


def entry(lemma: str, pos: str, particle: str | None = None):
    return next(e for e in default().lookup(lemma) if e.pos == pos and e.particle == particle)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary(dictionaries=[])


def gloss_in(glossary: Glossary, sentence: str, word: str):
    a = analyse(sentence)
    tok = next(t for t in a.tokens() if t.text == word)
    return glossary.gloss_token(a, tok)


def triples(g) -> list[tuple]:
    return list(zip(g.senses, [json.dumps(x, sort_keys=True) for x in g.examples], g.preposition,
                    strict=True))


def entry_triples(e) -> set[tuple]:
    return set(zip(e.senses, [json.dumps(x, sort_keys=True) for x in e.sense_examples()],
                   e.sense_prepositions(), strict=True))


# ----------------------------------------------------------------------------- the entry
def test_an_entry_exposes_its_richer_fields():
    wachten = entry("wachten", "verb")
    assert wachten.prepositions == (None, "op")
    assert wachten.sense_prepositions() == [None, "op"]
    assert [x["nl"] for x in wachten.examples][1].startswith("We wachten")
    assert entry("amandel", "noun").plurals == ("amandelen", "amandels")
    assert (entry("tikkie", "noun").register, entry("tikkie", "noun").region) == ("informal", "Netherlands")
    assert entry("nonkel", "noun").region == "Flemish"
    # an entry without them: aligned lists of None, not missing keys
    d = entry("stuur", "noun").to_dict()
    assert d["examples"] == [None, None] and d["preposition"] == [None, None]
    assert d["register"] is d["region"] is d["plurals"] is d["stress"] is None


def test_to_dict_carries_them_aligned_with_the_senses():
    d = entry("bang", "adjective").to_dict()
    assert len(d["examples"]) == len(d["preposition"]) == len(d["senses"]) == 3
    assert d["preposition"] == [None, None, "voor"]
    assert d["senses"][2] == "afraid of" and "spinnen" in d["examples"][2]["nl"]


# ----------------------------------------------------------------------------- a gloss in context
@pytest.mark.parametrize("sentence, word, sense, preposition, example_word", [
    ("De dokter nam een monster van het water.", "monster", "sample, specimen", "van", "bloed"),
    ("Het monster at alle koekjes op.", "monster", "monster", None, "verhaal"),
    ("Ik wacht al een uur op de trein.", "wacht", "to wait for", "op", "bus"),
    ("Wacht even, ik ben zo klaar.", "Wacht", "to wait", None, "even"),
    ("Daar ben ik niet bang voor.", "bang", "afraid of", "voor", "spinnen"),
])
def test_reordering_keeps_senses_examples_and_prepositions_together(glossary, sentence, word, sense,
                                                                     preposition, example_word):
    g = gloss_in(glossary, sentence, word)
    assert g.source == LEXICON_SOURCE
    assert g.senses[0] == sense
    assert g.preposition[0] == preposition
    assert example_word in g.examples[0]["nl"]
    assert set(triples(g)) == entry_triples(next(e for e in default().lookup(g.lemma) if e.pos == g.pos))


def test_every_entry_with_examples_stays_aligned_in_its_own_examples(glossary):
    """Each richer entry glossed in each of its own example sentences: whatever order the
    sentence gives, every sense keeps its own example and preposition."""
    checked = 0
    for e in default().entries():
        if not e.examples or len(e.senses) < 2 or e.pos not in ("verb", "noun", "adjective"):
            continue
        for x in e.examples:
            a = analyse(x["nl"])
            tok = next((t for t in a.tokens() if t.lemma == e.lemma), None)
            if tok is None:
                continue
            g = glossary.gloss_token(a, tok)
            if g.source != LEXICON_SOURCE or g.pos != e.pos or g.lemma != e.lemma or g.particle != e.particle:
                continue
            assert len(g.senses) == len(g.examples) == len(g.preposition)
            assert set(triples(g)) == entry_triples(e), (e.lemma, x["nl"])
            checked += 1
        if checked >= 300:
            break
    assert checked >= 300


def test_the_example_of_a_prepositional_sense_puts_that_sense_first(glossary):
    """A known fact per entry: in the example written for the sense with a fixed
    preposition, that sense comes first (wachten op, trots op, bang voor, ...)."""
    hits = misses = 0
    for e in default().entries():
        if not e.examples or not e.prepositions or len(e.senses) < 2 or e.pos != "verb":
            continue
        for k, prep in enumerate(e.prepositions):
            if prep is None:
                continue
            a = analyse(e.examples[k]["nl"])
            tok = next((t for t in a.tokens() if t.lemma == e.lemma), None)
            if tok is None:
                continue
            g = glossary.gloss_token(a, tok)
            if g.lemma == e.lemma and g.particle == e.particle:
                hits += g.senses[0] == e.senses[k]
                misses += g.senses[0] != e.senses[k]
    assert hits >= 50 and misses <= hits // 20, (hits, misses)


def test_without_a_sentence_the_lexicons_order_and_alignment(glossary):
    g = glossary.gloss_word("wachten")
    assert g.senses == ["to wait", "to wait for"] and g.preposition == [None, "op"]
    assert g.examples[0]["nl"].startswith("Wacht even")


def test_an_adjective_grading_the_next_word_keeps_its_senses_aligned(glossary):
    g = gloss_in(glossary, "Het is een heel mooi huis.", "heel")
    assert g.senses[0].startswith("very")
    assert len(g.examples) == len(g.preposition) == len(g.senses) == 3


def test_the_learners_own_gloss_comes_first_and_the_lexicons_examples_stay_under_also(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    try:
        store.set_note("wachten", "to wait (my words)", None)
        g = gloss_in(Glossary(store=store, dictionaries=[]), "Ik wacht op de bus.", "wacht")
        assert g.source == NOTE_SOURCE and g.senses == ["to wait (my words)"]
        assert g.examples == [None] and g.preposition == [None]
        lexicon = g.also[0]
        assert lexicon["senses"][0] == "to wait for" and lexicon["preposition"][0] == "op"
    finally:
        store.close()


def test_the_form_decides_between_a_separable_and_an_inseparable_verb(glossary):
    """voorgekomen is only the separable verb's participle; voorkomen itself is both
    infinitives and the inseparable participle: undecided, the other under "also"."""
    g = glossary.gloss_word("voorgekomen")
    assert (g.lemma, g.particle, g.senses[0]) == ("voorkomen", "voor", "to occur, to happen")
    g = gloss_in(glossary, "Zulke fouten komen vaak voor.", "komen")
    assert g.particle == "voor"
    g = glossary.gloss_word("voorkomen")
    others = [a for a in g.also if a["source"] == LEXICON_SOURCE and a["pos"] == "verb"]
    assert others and others[0]["senses"] != g.senses


# ----------------------------------------------------------------------------- the CLI
def gloss_json(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "reader", "gloss", *args, "--json"],
                         capture_output=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_gloss_json_carries_examples_and_prepositions_in_the_order_shown(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    d = gloss_json("monster", "--context", "De dokter nam een monster van het water.", "--db", db)
    assert d["senses"] == ["sample, specimen", "monster"]
    assert d["preposition"] == ["van", None]
    assert d["examples"][0]["en"] == "The doctor takes a sample of your blood."
    assert "monster" in d["examples"][1]["en"].lower() and "sample" not in d["examples"][1]["en"]
    assert {"register", "region", "plurals", "stress"} <= set(d)
    plain = gloss_json("monster", "--db", db)
    assert plain["senses"] == ["monster", "sample, specimen"] and plain["preposition"] == [None, "van"]


# ----------------------------------------------------------------------------- stress pairs
def stress_pairs() -> dict[str, tuple]:
    """lemma → (separable entry, inseparable entry), for the verbs that carry stress."""
    out: dict[str, dict] = {}
    for e in default().entries():
        if e.stress and e.pos == "verb":
            out.setdefault(e.lemma, {})["sep" if e.particle else "insep"] = e
    return {k: (v.get("sep"), v.get("insep")) for k, v in out.items()}


def _accented(s: str) -> list[int]:
    return [i for i, c in enumerate(s) if c in "áéíóú"]


def test_stress_tells_at_least_fifteen_verb_pairs_apart():
    pairs = stress_pairs()
    assert len(pairs) >= 15
    for lemma, (sep, insep) in pairs.items():
        assert sep is not None and insep is not None, f"{lemma}: stress only where it tells two verbs apart"
        p = sep.particle
        # the separable verb: stress on its particle, ge- after it, the past written apart
        assert _accented(sep.stress) and max(_accented(sep.stress)) < len(p), sep.stress
        assert sep.forms["past_participle"].startswith(p + "ge"), lemma
        assert sep.forms["past_singular"].endswith(" " + p), lemma
        # the inseparable one: stress on the stem, no ge-, the past joined
        assert _accented(insep.stress) and min(_accented(insep.stress)) >= len(p), insep.stress
        assert insep.forms["past_participle"].startswith(p)
        assert not insep.forms["past_participle"].startswith(p + "ge"), lemma
        assert " " not in insep.forms["past_singular"], lemma
        for e in (sep, insep):  # written by us with an example per sense
            assert e.examples and len(e.examples) == len(e.senses), e.stress


@pytest.mark.parametrize("lemma, separable, inseparable, sep_participle, insep_participle", [
    ("voorkomen", "vóórkomen", "voorkómen", "voorgekomen", "voorkomen"),
    ("overkomen", "óverkomen", "overkómen", "overgekomen", "overkomen"),
    ("doorlopen", "dóórlopen", "doorlópen", "doorgelopen", "doorlopen"),
    ("onderhouden", "ónderhouden", "onderhóúden", "ondergehouden", "onderhouden"),
    ("ondergaan", "óndergaan", "ondergáán", "ondergegaan", "ondergaan"),
    ("doorbreken", "dóórbreken", "doorbréken", "doorgebroken", "doorbroken"),
    ("overleggen", "óverleggen", "overléggen", "overgelegd", "overlegd"),
    ("overstromen", "óverstromen", "overstrómen", "overgestroomd", "overstroomd"),
    ("omschrijven", "ómschrijven", "omschríjven", "omgeschreven", "omschreven"),
])
def test_known_stress_pairs(lemma, separable, inseparable, sep_participle, insep_participle):
    sep, insep = stress_pairs()[lemma]
    assert (sep.stress, sep.forms["past_participle"]) == (separable, sep_participle)
    assert (insep.stress, insep.forms["past_participle"]) == (inseparable, insep_participle)


def test_vóórstellen_has_no_inseparable_twin_and_no_stress():
    assert [e.particle for e in default().lookup("voorstellen") if e.pos == "verb"] == ["voor"]
    assert all(e.stress is None for e in default().lookup("voorstellen"))


def test_each_pairs_own_examples_are_glossed_as_that_verb_where_the_form_tells(glossary):
    """The split verb (brak … door), a ge-participle (overgeladen) or a form only one of the
    two has (doorbrak) decides; an infinitive (overleggen) stays undecided."""
    lex = default()
    decided = 0
    for sep, insep in stress_pairs().values():
        for e in (sep, insep):
            for x in e.examples:
                a = analyse(x["nl"])
                tok = next(t for t in a.tokens() if t.lemma == e.lemma)
                own = {f.stress for f, kind in lex.forms().get(tok.text.lower(), ())
                       if f.lemma == e.lemma and kind not in ("present", "stem")}
                if tok.pair is None and len(own) != 1:
                    continue
                assert glossary.gloss_token(a, tok).stress == e.stress, x["nl"]
                decided += 1
    assert decided >= 30


def test_a_joined_present_does_not_decide(glossary):
    """als je even doordenkt: the separable verb's joined present, spelt as the
    inseparable's; both verbs stay in the gloss."""
    g = glossary.gloss_word("doordenkt")
    stresses = {g.stress} | {a.get("stress") for a in g.also}
    assert {"dóórdenken", "doordénken"} <= stresses


def test_the_gloss_shows_the_stress_of_the_verb_and_of_its_twin(glossary):
    g = glossary.gloss_word("voorgekomen")
    assert g.headword() == "vóórkomen"
    assert any(a.get("stress") == "voorkómen" and a["senses"] == ["to prevent"] for a in g.also)
    d = g.to_dict()
    assert d["stress"] == "vóórkomen"
