"""Cloze exercises on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab import analyse
from vocab.cloze import Exercise, check_answer, distractors, form_kind, make_exercises
from vocab.lexicon import default
from vocab.resources import zipf

DATA = Path(__file__).resolve().parents[1] / "data"

TEXT = """Een middag in de bibliotheek

De studenten zaten de hele middag in de oude bibliotheek van de universiteit.
Hij belde zijn moeder na de lange vergadering eindelijk op om haar het nieuws te vertellen.
De regering voerde de omstreden maatregelen ondanks de felle protesten toch uit.
Ze kocht drie zware boeken over de geschiedenis van de scheepvaart in Amsterdam.
Het ministerie heeft de onderhandelingen over het nieuwe verdrag gisteren hervat.
Kort.
"""


@pytest.fixture(scope="module")
def exercises():
    return make_exercises(analyse(TEXT), level="A1", above=5)


def test_text_under_each_gap_is_the_answer(exercises):
    assert exercises
    for ex in exercises:
        assert len(ex.gaps) == len(ex.answer)
        for (s, e), answer in zip(ex.gaps, ex.answer, strict=True):
            assert ex.sentence[s:e] == answer


def test_only_full_sentences_and_one_exercise_per_lemma(exercises):
    lemmas = [ex.lemma for ex in exercises]
    assert len(lemmas) == len(set(lemmas))
    for ex in exercises:
        assert ex.sentence != "Kort." and not ex.sentence.startswith("Een middag")
        assert 6 <= len(ex.sentence.split()) <= 30


def test_names_numbers_and_known_words_are_never_targets():
    a = analyse(TEXT)
    exs = make_exercises(a, level="A1", above=5, statuses={"bibliotheek": "known"})
    lemmas = {ex.lemma for ex in exs}
    assert "Amsterdam" not in lemmas and "bibliotheek" not in lemmas
    assert all(not ex.answer[0][:1].isdigit() for ex in exs)


def test_split_particle_verbs_become_particle_exercises():
    exercises = make_exercises(analyse(TEXT), level="A1", above=5, kinds=("particle",))
    particle = {ex.lemma: ex for ex in exercises if ex.kind == "particle"}
    assert set(particle) >= {"opbellen", "uitvoeren"}
    assert particle["opbellen"].answer == ["belde", "op"]
    assert particle["uitvoeren"].masked("___") == (
        "De regering ___ de omstreden maatregelen ondanks de felle protesten toch ___."
    )


def test_level_window():
    a = analyse(TEXT)
    for ex in make_exercises(a, level="B1", above=1):
        assert ex.level in ("B1", "B2")


@pytest.mark.parametrize(
    "sentence, word, kind",
    [
        ("Ze kocht drie zware boeken over de geschiedenis.", "boeken", ("noun", "plural")),
        ("Ze kocht drie zware boeken over de geschiedenis.", "kocht", ("verb", "past_singular")),
        ("Ze kocht drie zware boeken over de geschiedenis.", "zware", ("adjective", "inflected")),
        ("Het ministerie heeft het verdrag gisteren hervat.", "ministerie", ("noun", "lemma")),
    ],
)
def test_distractors_are_real_words_of_the_same_class_and_inflection(sentence, word, kind):
    lex = default()
    a = analyse(sentence)
    tok = next(t for t in a.words() if t.text == word)
    assert form_kind(tok.text, tok.lemma, lex) == kind
    options = distractors(tok, lex, analysis=a)
    assert len(options) == 3 and len(set(options)) == 3
    for option in options:
        assert option != word and zipf(option.lower()) > 2
        lemma = next(e.lemma for e, _k in lex.forms()[option.lower()])
        assert lemma != tok.lemma  # not a form of the answer's lemma
        assert form_kind(option, lemma, lex)[1] == kind[1]  # the same inflection
        if kind == ("noun", "lemma"):  # het ministerie: no de-word gives it away
            assert any(e.article == "het" for e in lex.lookup(lemma))


def test_choice_options_contain_the_answer_once():
    exs = make_exercises(analyse(TEXT), level="A2", above=4, kinds=("choice",))
    assert exs
    for ex in exs:
        assert ex.options.count(ex.answer[0]) == 1 and len(ex.options) == 4


def test_article_exercises():
    exs = make_exercises(analyse(TEXT), level="A2", above=4, kinds=("article",))
    assert exs
    for ex in exs:
        assert ex.answer[0].lower() in ("de", "het") and ex.options == ["de", "het"]
        entry = next(e for e in default().lookup(ex.lemma) if e.pos == "noun")
        assert entry.article == ex.answer[0].lower()


# ----------------------------------------------------------------------------- checking
def ex_of(answer, kind="typed", lemma=None):
    words = answer.split()
    return Exercise(kind=kind, sentence=answer, gaps=[(0, len(w)) for w in words], answer=words,
                    lemma=lemma or answer, hint="")


def test_case_insensitive():
    assert check_answer(ex_of("Vergadering", lemma="vergadering"), "vergadering").verdict == "right"


def test_missing_diacritic_is_accepted_but_pointed_out():
    c = check_answer(ex_of("geëist", lemma="eisen"), "geeist")
    assert c.verdict == "right" and "geëist" in c.message and c.notes == ["diacritics"]


def test_one_wrong_letter_is_almost_for_long_words_only():
    assert check_answer(ex_of("vergadering"), "vergaderinq").verdict == "almost"
    assert check_answer(ex_of("vergadering"), "vergaderign").verdict == "almost"  # swapped
    assert check_answer(ex_of("vergadering"), "vergaderin").verdict == "almost"  # missing
    assert check_answer(ex_of("huis"), "huiz").verdict == "wrong"  # too short for "almost"
    assert check_answer(ex_of("vergadering"), "vergadeing ").verdict == "almost"
    assert check_answer(ex_of("vergadering"), "vergodoring").verdict == "wrong"


def test_other_form_of_the_right_lemma_is_explained():
    c = check_answer(ex_of("voerde", lemma="voeren"), "voert")
    assert c.verdict == "almost" and c.notes == ["tense"]
    assert "voerde" in c.message and "voert" in c.message
    p = Exercise(kind="particle", sentence="x", gaps=[(0, 1), (0, 1)], answer=["voerde", "uit"],
                 lemma="uitvoeren", hint="")
    assert check_answer(p, "voerde uit").verdict == "right"
    assert check_answer(p, ["voerde", "uit"]).verdict == "right"
    assert check_answer(p, "voert uit").notes == ["tense"]
    assert check_answer(p, "deed uit").verdict == "wrong"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["De", "Het", "vergadering", "zware", "belde", "op", "uit", "voerde",
                         "boeken", "Amsterdam", "huis", ",", ".", "'s", "avonds", "geëist",
                         "maatregelen", "regering", "1.500", "\n", "?", "kocht", "drie"]),
        max_size=80,
    ).map(" ".join)
)
def test_any_text_gives_exercises_whose_gaps_hold_the_answer(text):
    for ex in make_exercises(analyse(text), level="A1", above=5):
        for (s, e), answer in zip(ex.gaps, ex.answer, strict=True):
            assert ex.sentence[s:e] == answer


# ----------------------------------------------------------------------------- checking, more
def test_punctuation_around_the_answer_apostrophes_and_accents_are_normalised():
    assert check_answer(ex_of("soep"), "soep.").verdict == "right"
    assert check_answer(ex_of("soep"), " (soep)! ").verdict == "right"
    avond = Exercise(kind="typed", sentence="'s avonds", gaps=[(0, 9)], answer=["'s avonds"],
                     lemma="'s avonds", hint="")
    assert check_answer(avond, "’s avonds").verdict == "right"
    assert check_answer(avond, "‘s avonds.").verdict == "right"
    decomposed = "gee\u0308ist"  # e + combining diaeresis, as some keyboards send it
    c = check_answer(ex_of("geëist", lemma="eisen"), decomposed)
    assert c.verdict == "right" and c.notes == []


def test_particle_answers_as_we_print_them_and_in_either_order():
    p = Exercise(kind="particle", sentence="x", gaps=[(0, 1), (0, 1)], answer=["keken", "terug"],
                 lemma="terugkijken", hint="")
    for typed in ("keken … terug", "keken ... terug", "keken...terug", "keken terug",
                  "terug keken", "Keken … terug."):
        assert check_answer(p, typed).verdict == "right", typed
    assert check_answer(p, "kijken terug").notes == ["tense"]
    assert check_answer(p, "terugkeken").verdict == "almost"  # joined: the verb is split here
    assert check_answer(p, "keken op").verdict == "wrong"


def test_spelling_variants_the_lexicon_lists_are_right():
    c = check_answer(ex_of("gemakkelijk"), "makkelijk")
    assert c.verdict == "right" and c.notes == ["variant"] and "gemakkelijk" in c.message
    assert check_answer(ex_of("gemakkelijke", lemma="gemakkelijk"), "makkelijke").verdict == "right"
    assert check_answer(ex_of("makkelijk"), "gemakkelijk").verdict == "right"
    # the lexicon: gewoonte, plural gewoontes, "plural also gewoonten"
    assert check_answer(ex_of("gewoonten", lemma="gewoonte"), "gewoontes").verdict == "right"
    assert check_answer(ex_of("gewoontes", lemma="gewoonte"), "gewoonten").verdict == "right"


def test_plural_lists_in_entries_are_read(tmp_path):
    from vocab.cloze import spelling_variants
    from vocab.lexicon import Lexicon

    path = tmp_path / "lex.jsonl"
    path.write_text(
        '{"lemma": "museum", "pos": "noun", "article": "het", "plural": ["musea", "museums"], '
        '"senses": ["museum"]}\n'
        '{"lemma": "ziekte", "pos": "noun", "article": "de", "plural": "ziekten/ziektes", '
        '"senses": ["illness"]}\n', encoding="utf-8")
    lex = Lexicon(path)
    assert spelling_variants("musea", "museum", lex) == {"museums"}
    assert spelling_variants("ziektes", "ziekte", lex) == {"ziekten"}
    assert spelling_variants("museum", "museum", lex) == set()


@pytest.mark.parametrize(
    "answer, lemma, given, error",
    [
        ("boeken", "boek", "boek", "plural"),
        ("huizen", "huis", "huis", "plural"),
        ("kocht", "kopen", "koopt", "tense"),
        ("liepen", "lopen", "lopen", "tense"),
        ("zware", "zwaar", "zwaar", "-e"),
        ("mooi", "mooi", "mooie", "-e"),
        ("wordt", "worden", "word", "d/t"),
        ("gebeurd", "gebeuren", "gebeurt", "d/t"),
        ("vergadering", "vergadering", "vergaderinq", "typo"),
        ("vergadering", "vergadering", "bibliotheek", "wrong word"),
    ],
)
def test_the_error_is_named(answer, lemma, given, error):
    c = check_answer(ex_of(answer, lemma=lemma), given)
    assert c.notes == [error], (c.verdict, c.message)
    assert c.verdict == ("wrong" if error == "wrong word" else "almost")
    assert answer in c.message


# ----------------------------------------------------------------------------- targets, hints
STORY = """Een zaterdag in de stad

Na het eten bestelden we een dessert met verse aardbeien en slagroom.
Mijn broer werkt sinds vorig jaar als trainer bij een kleine sportclub in het centrum.
Op de markt kocht ze elf appels, twee broden en een grote zak groenten.
Er zijn leiderschaps- en managementtrainingen voor de medewerkers van de gemeente.
De gemeente heeft de oude brug vorige week eindelijk gerepareerd.
In het bos achter ons huis wandelen we elke zondag met de hond.
Het museum wordt volgend jaar door de nieuwe eigenaar flink versterkt en verbouwd.
"""


@pytest.fixture(scope="module")
def story_exercises():
    from vocab.glossary import Glossary

    glossary = Glossary(dictionaries=[])
    return make_exercises(analyse(STORY), level="A1", above=5, per_lemma=3, glossary=glossary)


def test_hints_never_give_the_answer_away(story_exercises):
    from vocab.cloze import _squash

    assert story_exercises
    for ex in story_exercises:
        assert ex.hint, ex
        if ex.kind == "article":
            # "de or het? (centrum: centre)": the choices and the noun are the question; the
            # meaning after them must not say the article
            meaning = ex.hint.split("?", 1)[1].lower()
            assert f"{ex.answer[0].lower()} {ex.lemma.lower()}" not in meaning, (ex.lemma, ex.hint)
            continue
        flat = _squash(ex.hint)
        for word in [*ex.answer, ex.lemma]:
            if len(word) >= 3:
                assert _squash(word) not in flat, (ex.lemma, ex.hint)


def test_hint_drops_a_bracketed_note_with_the_word_and_compound_parts_that_spell_it():
    from vocab.cloze import safe_hint

    assert safe_hint(["forest, wood(s) (het bos)"], ["bos"], "bos") == "forest, wood(s)"
    assert safe_hint(["sport + club", "sports club"], ["sportclub"], "sportclub") == ""
    # alternatives of the sense that spell the word are dropped, the others kept
    assert safe_hint(["dessert, pudding, sweet"], ["dessert"], "dessert") == "pudding, sweet"
    assert safe_hint(["to call (up), to phone; (iemand bellen) to ring"], ["bellen"], "bellen") == \
        "to call (up), to phone, to ring"
    # a later sense is another meaning: "bubble" is no hint for the bel of a bicycle
    assert safe_hint(["bell", "bubble"], ["bel"], "bel") == ""
    assert safe_hint(["to look back"], ["keken", "terug"], "terugkijken") == "to look back"


def test_the_hint_is_the_sense_the_sentence_points_to():
    """The lexicon's senses carry Dutch examples and English contexts: a sentence that
    shares them chooses that sense (our own sentences, the lexicon's real senses)."""
    from vocab.cloze import fitting_senses
    from vocab.glossary import Glossary

    glossary = Glossary(dictionaries=[])

    def senses(sentence: str, word: str) -> list[str]:
        a = analyse(sentence)
        s = a.sentences[0]
        tok = next(t for t in s.tokens if t.text == word)
        return fitting_senses(glossary.gloss_token(a, tok).senses, s, tok)

    # Dutch cue: "(adverb: bel me gerust)"
    assert "feel free" in senses("Bel gerust even aan als je vragen hebt.", "gerust")[0]
    assert senses("Na het gesprek was ze weer gerust.", "gerust")[0].startswith("at ease")
    # English cue: blessure is "injury", a sense of oplopen is "to sustain (an injury)"
    assert "injury" in senses("Hij wil geen blessure oplopen tijdens de wedstrijd.", "oplopen")[0]
    assert "rise" in senses("De kosten lopen flink op als je niet oplet.", "lopen")[0]


def test_cloze_targets_are_never_abbreviations():
    a = analyse("Neem bijv. een appel of een peer mee naar school. "
                "We lezen o.a. een boek over de Gouden Eeuw.\n", title="Lijst")
    exercises = make_exercises(a, level="A1", above=5)
    assert exercises and not [ex for ex in exercises for w in ex.answer if "." in w]


def test_words_spelt_like_their_english_meaning_are_not_typed_targets(story_exercises):
    from vocab.cloze import looks_english

    assert looks_english("dessert", "dessert", "sweet, dessert")
    assert looks_english("informatie", "informatie", "information")
    assert not looks_english("door", "door", "through, by")  # a false friend is a fair test
    assert not looks_english("aardbeien", "aardbei", "strawberry")
    typed = {ex.lemma for ex in story_exercises if ex.kind == "typed"}
    assert "dessert" not in typed and "trainer" not in typed


def test_numbers_fragments_and_words_standing_twice_are_no_targets(story_exercises):
    lemmas = {ex.lemma for ex in story_exercises}
    assert "elf" not in lemmas and "twee" not in lemmas
    assert not any(a.endswith("-") for ex in story_exercises for a in ex.answer)
    # gemeente stands twice in one sentence? no: but a sentence with the answer twice is
    # never used for that word
    a = analyse("De buren van de buren kwamen gisteren met hun nieuwe auto op bezoek.")
    assert "buur" not in {ex.lemma for ex in make_exercises(a, level="A1", above=5)}


def test_one_sentence_serves_one_card(story_exercises):
    starts = [ex.sentence_start for ex in story_exercises]
    assert len(starts) == len(set(starts))


def test_distractors_take_the_form_of_the_gap_in_its_sentence():
    lex = default()
    a = analyse("Het museum wordt volgend jaar door de nieuwe eigenaar flink versterkt.")
    sentence = a.sentences[0]
    tok = next(t for t in sentence.tokens if t.text == "versterkt")
    assert form_kind(tok.text, tok.lemma, lex, sentence, tok) == ("verb", "participle")
    for option in distractors(tok, lex, analysis=a, sentence=sentence):
        kinds = {k for e, k in lex.forms()[option.lower()]}
        assert "participle" in kinds and "present" not in kinds, option
    a = analyse("Mijn zus versterkt het team van de school sinds vorige maand enorm.")
    sentence = a.sentences[0]
    tok = next(t for t in sentence.tokens if t.text == "versterkt")
    assert form_kind(tok.text, tok.lemma, lex, sentence, tok) == ("verb", "present")


def _gap(sentence: str, word: str):
    a = analyse(sentence)
    s = a.sentences[0]
    return a, s, next(t for t in s.tokens if t.text == word)


def test_distractors_take_the_form_the_sentence_asks_for():
    from vocab.cloze import _person
    from vocab.morphology import default as default_morphology

    lex = default()
    # after te a separable verb would split (terug te halen), and as a finite plural present
    # too (ze halen terug): none; as an infinitive at the end of the clause it stays joined
    for sentence, word in (("Hij probeert het bestuur van de club te verzwakken.", "verzwakken"),
                           ("Toch klagen sommigen dat het werk te zwaar wordt.", "klagen")):
        a, s, tok = _gap(sentence, word)
        options = distractors(tok, lex, analysis=a, sentence=s)
        assert options and not any(e.particle for o in options for e in lex.lookup(o) if e.pos == "verb"), options
    a, s, tok = _gap("Ruim de helft van de werknemers wil die gewoonte na de crisis voortzetten.", "voortzetten")
    options = distractors(tok, lex, analysis=a, sentence=s, k=10)  # a wider draw from the pool
    assert any(e.particle for o in options for e in lex.lookup(o) if e.pos == "verb"), options
    # a participle before a noun: -e, unless it ends in -en
    for sentence, word in (("Dit zijn de toegeschreven aanvallen van vorig jaar.", "toegeschreven"),
                           ("De gebroken ruit werd snel vervangen.", "gebroken"),
                           # aanvallen may be read as a verb here; after a participle it is the noun
                           ("Toen stond het aantal door de groep opgeëiste of toegeschreven aanvallen op 21.",
                            "toegeschreven")):
        a, s, tok = _gap(sentence, word)
        options = distractors(tok, lex, analysis=a, sentence=s)
        assert options and all(o.endswith(("en", "e")) for o in options), options
    # and at the end of the clause no -e
    a, s, tok = _gap("Hij heeft het hele huis gisteren geschilderd.", "geschilderd")
    options = distractors(tok, lex, analysis=a, sentence=s)
    assert options and not any(o.endswith("e") for o in options), options
    # a word for a person gets no person as a distractor: any person fits where one does
    for sentence, word in (("De verkoper heet Kees en hij is altijd vrolijk.", "verkoper"),
                           ("Na tien weken kunnen de meeste deelnemers een half uur lopen.", "deelnemers")):
        a, s, tok = _gap(sentence, word)
        options = distractors(tok, lex, analysis=a, sentence=s)
        assert options
        for o in options:
            lemma = default_morphology().lemmatize(o)
            assert not any(_person(e, strict=False) for e in lex.lookup(lemma) if e.pos == "noun"), (word, o)


@pytest.mark.parametrize("name", ["brief-aan-de-buren.txt", "hardloopclub-zoekt-leden.txt"])
@pytest.mark.parametrize("level", ["A2", "B1"])
def test_exercises_on_our_own_texts_keep_their_promises(name, level):
    """The two texts written for the review of issue 14 (tests/data/): exercises come out
    of every kind the text allows, and each keeps what the module promises."""
    from vocab import load_path
    from vocab.cloze import _person, _squash
    from vocab.glossary import Glossary
    from vocab.sentences import has_finite_verb

    loaded = load_path(DATA / name)
    a = analyse(loaded.text, title=loaded.title)
    exercises = make_exercises(a, level=level, glossary=Glossary(dictionaries=[]))
    assert len(exercises) >= 5
    assert {ex.kind for ex in exercises} >= {"typed", "choice"}
    sentences = [ex.sentence_start for ex in exercises]
    assert len(sentences) == len(set(sentences))  # one sentence, one card
    lex = default()
    for ex in exercises:
        assert ex.sentence.strip() != loaded.title and ex.sentence.rstrip().endswith((".", "!", "?", '"'))
        assert has_finite_verb(next(s for s in a.sentences if s.start == ex.sentence_start))
        assert all("." not in w for w in ex.answer)
        for word in [*ex.answer, ex.lemma] if ex.kind != "article" else []:  # de or het? (wijk: …)
            if len(word) >= 3:
                assert _squash(word) not in _squash(ex.hint), ex
        if ex.kind == "choice":
            assert len(ex.options) == 4 and ex.options.count(ex.answer[0]) == 1
            if any(_person(e, strict=True) for e in lex.lookup(ex.lemma) if e.pos == "noun"):
                others = [o for o in ex.options if o != ex.answer[0]]
                assert not any(_person(e, strict=False) for o in others
                               for e in lex.lookup(a_lemma(o)) if e.pos == "noun"), ex


def a_lemma(form: str) -> str:
    from vocab.morphology import default as default_morphology

    return default_morphology().lemmatize(form)


def test_a_richer_entrys_examples_and_prepositions_choose_the_sense(tmp_path):
    """Issue #13's optional fields (an example and a fixed preposition per sense), in a
    small lexicon of our own: they point to the sense as the senses' own words do."""
    import json

    from vocab.cloze import fitting_senses
    from vocab.lexicon import Lexicon

    entry = {"lemma": "opkomen", "pos": "verb", "particle": "op", "reflexive": False,
             "forms": {"past_singular": "kwam op", "past_plural": "kwamen op",
                       "past_participle": "opgekomen", "auxiliary": "zijn"},
             "senses": ["to come up, to rise", "to stand up for", "to turn out (to vote)"],
             "examples": [{"nl": "De zon komt op.", "en": "The sun rises."},
                          {"nl": "Ze komt op voor haar collega's.", "en": "She stands up for her colleagues."},
                          {"nl": "Veel kiezers kwamen op.", "en": "Many voters turned out."}],
             "prepositions": [None, "voor", None],
             "note": None}
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    lex = Lexicon(path)

    def first(sentence: str) -> str:
        a = analyse(sentence)
        s = a.sentences[0]
        tok = next(t for t in s.tokens if t.text in ("komt", "kwamen"))
        return fitting_senses(entry["senses"], s, tok, lex)[0]

    assert first("Hij komt altijd op voor zijn kleine broertje.") == "to stand up for"  # the preposition
    assert first("Bij de verkiezingen kwamen weinig kiezers op.") == "to turn out (to vote)"  # the example
    assert first("Morgen komt de zon om zes uur op.") == "to come up, to rise"
