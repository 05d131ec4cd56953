import pytest

from vocab import analyse, band_for, profile, syllables, vocabulary, word_stats
from vocab.difficulty import cognate_score, hyphenate


def test_syllables_with_pyphen():
    assert hyphenate("verlegenheid") == "ver-le-gen-heid"
    assert syllables("verlegenheid") == 4
    assert syllables("kat") == 1
    # pyphen never splits off one letter; spoken syllables still count
    assert hyphenate("over") == "over" and syllables("over") == 2
    assert syllables("ideeën") == 3 and syllables("geëist") == 3 and syllables("mooie") == 2


def test_frequent_words_are_easier_than_rare_ones():
    common, rare = word_stats("huis"), word_stats("tweedracht")
    assert common.difficulty < rare.difficulty
    assert common.level in ("A1", "A2") and rare.level in ("C1", "C2")


def test_zipf_is_summed_over_forms():
    from vocab.resources import zipf

    stats = word_stats("aanslag", ["aanslagen"])
    assert stats.zipf > max(zipf("aanslag"), zipf("aanslagen"))
    # a rare form cannot lower the sum
    assert word_stats("aanslag", ["aanslagen", "aanslagje"]).zipf >= stats.zipf


def test_transparent_compound_is_easier_than_its_frequency_says():
    plain = word_stats("vredesakkoord")
    split = word_stats("vredesakkoord", parts=("vrede", "akkoord"))
    assert split.difficulty < plain.difficulty


def test_cognates_help_english_speakers():
    assert cognate_score("informatie") > 0.3
    assert cognate_score("probleem") > 0.3
    assert cognate_score("tweedracht") == 0.0


def test_bands_are_ordered():
    assert [band_for(z) for z in (6, 4.95, 4.6, 4.2, 3.6, 1)] == ["A1", "A2", "B1", "B2", "C1", "C2"]


def test_profile_coverage_and_new_words():
    text = "De kat zit op de mat. De kat slaapt. De hond blaft naar de kat."
    a = analyse(text)
    stats = vocabulary(a)
    lemmas = {s.lemma: s.count for s in stats}
    assert lemmas["kat"] == 3 and lemmas["de"] == 5
    everything = profile(a, known={s.lemma for s in stats}, stats=stats)
    assert everything.known_share == 1.0 and everything.new_for_98 == 0
    nothing = profile(a, known=set(), stats=stats)
    assert nothing.known_share == 0.0
    # the most frequent lemmas come first: "de" (5 of 15 words) then "kat" (3)
    assert nothing.new_for_95 == len(stats) - 0 or nothing.new_for_95 >= 2
    half = profile(a, known={"de", "kat"}, stats=stats)
    assert abs(half.known_share - 8 / 15) < 1e-9


def test_names_are_not_vocabulary():
    stats = vocabulary(analyse("Gisteren sprak Jennifer Cafarella in Washington met Amira Jadoon."))
    assert not {"Jennifer", "Cafarella", "Washington", "Amira", "Jadoon"} & {s.lemma for s in stats}


@pytest.mark.parametrize("dutch, english", [
    ("dinosaurus", "dinosaur"), ("evolutionair", "evolutionary"), ("populair", "popular"),
    ("directeur", "director"), ("nerveus", "nervous"), ("fotografie", "photography"),
    ("secretaris", "secretary"), ("campus", "campus"),
])
def test_transparent_international_words_find_their_english_cognate(dutch, english):
    from vocab.difficulty import _english_cognate

    assert _english_cognate(dutch)[0] == english
