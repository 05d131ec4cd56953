"""The part-of-speech tagger (vocab.tagging): the committed model, its fast path, and tags on
sentences written for these tests (none of them is in the training data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab import analyse
from vocab.morphology import Morphology, default
from vocab.tagging import corpus
from vocab.tagging.corpus import TAGS, AnnotatedSentence, held_out
from vocab.tagging.tagger import MODEL_FILE, Model, Tagger, data_fingerprint
from vocab.tagging.train import examples_from, frequent_words, keys_of, train_model

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
TATOEBA = corpus.SHARED / "bench/tatoeba-nld-sentences.txt"


def tags(sentence: str) -> dict[str, str]:
    return {t.text: t.pos for t in analyse(sentence).tokens()}


def test_the_model_is_small_and_knows_our_tags():
    assert MODEL_FILE.stat().st_size < 5_000_000
    model = Model.load()
    assert tuple(model.meta["tags"]) == TAGS
    assert model.W1.shape == model.W2.shape == (len(model.index), len(TAGS))


def test_the_model_was_trained_on_the_current_lexicon_and_features():
    """The model's features come from the lexicon and the engine's readings: after a change
    there, retrain it (python tools/train_tagger.py, a minute) and commit the new model."""
    assert Model.load().meta["data"] == data_fingerprint()


def test_every_token_gets_a_tag():
    for t in analyse("Hij belde zijn moeder op, 3 keer: 'Kom je?' €5 ... ISIS-K.").tokens():
        assert t.pos in TAGS, t


def sample_sentences() -> list[list]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    if TATOEBA.exists():
        texts.append("\n".join(TATOEBA.read_text(encoding="utf-8").splitlines()[:600]))
    return [s.tokens for text in texts for s in analyse(text, cache=False).sentences]


def test_the_fast_path_gives_the_tags_of_the_features_one_by_one():
    """Tagging a text sums cached vectors per written form; it must equal summing the
    weights of every feature of every token, as in training."""
    tagger = default().tagger
    sentences = sample_sentences()
    assert len(sentences) > 300
    fast = tagger.tag(sentences)  # (the tokens' own pos may since have been revised by the
    for tokens, tags in zip(sentences, fast, strict=True):  # particle stage)
        assert tagger.slow_tags(tokens) == tags, [t.text for t in tokens]


def test_tagging_a_sentence_alone_or_in_a_text_gives_the_same_tags():
    text = "Ik kom morgen. De kom is leeg. Kom je ook?"
    together = [t.pos for t in analyse(text).tokens()]
    alone = [t.pos for s in ("Ik kom morgen.", "De kom is leeg.", "Kom je ook?") for t in analyse(s).tokens()]
    assert together == alone


@pytest.mark.parametrize(
    "sentence, word, tag",
    [
        ("Ik kom morgen om tien uur.", "kom", "VERB"),
        ("Kom je ook op mijn verjaardag?", "Kom", "VERB"),
        ("Ze zet een kom soep op tafel.", "kom", "NOUN"),
        ("We hebben meer tijd nodig.", "nodig", "ADJ"),
        ("Ik nodig mijn collega's uit.", "nodig", "VERB"),
        ("Hij woont bij zijn zus.", "bij", "ADP"),
        ("Een bij zit op de bloem.", "bij", "NOUN"),
        ("We rijden naar een ander dorp.", "naar", "ADP"),
        ("Wat een nare film was dat.", "nare", "ADJ"),
        ("Het gaat morgen weer sneeuwen.", "weer", "ADV"),
        ("Het weer is vandaag slecht.", "weer", "NOUN"),
        ("Probeer op tijd te komen.", "te", "ADP"),
        ("Die jas is te duur.", "te", "ADV"),
        ("Mijn zus is ouder dan ik.", "dan", "SCONJ"),
        ("Eerst eten we, dan gaan we wandelen.", "dan", "ADV"),
        ("Mijn ouders wonen in Gent.", "ouders", "NOUN"),
        ("Ik boek vanavond een hotel.", "boek", "VERB"),
        ("Dit boek is spannend.", "boek", "NOUN"),
        ("De zon schijnt.", "zon", "NOUN"),
        ("Er valt veel regen in de herfst.", "regen", "NOUN"),
        ("De temperatuur blijft erg laag.", "laag", "ADJ"),
        ("Hij ruimt zijn bureau op.", "op", "PART"),
        ("Het boek ligt op de tafel.", "op", "ADP"),
    ],
)
def test_tags_of_homographs_in_context(sentence, word, tag):
    assert tags(sentence)[word] == tag


def test_accuracy_on_our_held_out_learner_sentences():
    """A fifth of our annotated learner sentences is never trained on; the committed model
    must tag at least 97.5 % of their tokens right (measured: see the README)."""
    held = [s for s in corpus.learner_sentences() if held_out(s)]
    assert len(held) >= 100
    tagger = default().tagger
    examples = examples_from(held, tagger)
    right = total = 0
    for ex in examples:
        got = tagger.tag_types(ex.types)
        right += sum(g == w for g, w in zip(got, ex.gold, strict=True))
        total += len(got)
    assert right / total >= 0.975


def tiny_corpus() -> list[AnnotatedSentence]:
    sentences = [s for s in corpus.learner_sentences() if not held_out(s)][:40]
    assert sentences
    return sentences


def test_training_is_deterministic(tmp_path):
    """Same data, same code, same lexicon: the same model file, byte for byte."""
    morph = Morphology()
    sentences = tiny_corpus()
    frequent = frequent_words(sentences)
    out = []
    for n in range(2):
        examples = examples_from(sentences, morph.tagger)
        for ex in examples:
            ex.keys = keys_of(ex.types, frequent)
        model = train_model(examples, frequent, morph.tagger.joins, {"tags": list(TAGS)}, epochs=2)
        path = tmp_path / f"m{n}.npz"
        model.save(path)
        out.append(path.read_bytes())
    assert out[0] == out[1]
    # and the trained model tags: a tagger built on it works on new text
    tagger = Tagger(morph, Model.load(tmp_path / "m0.npz"))
    toks = analyse("Ik ruim mijn kamer op.").sentences[0].tokens
    assert all(t in TAGS for t in tagger.slow_tags(toks))


def test_a_learner_file_may_declare_its_register(tmp_path):
    """Sentences after a "# register = " line carry that register (the benchmarks report the
    held-out sentences of each apart); without one they are everyday sentences."""
    plain = tmp_path / "plain.tsv"
    plain.write_text("# text = Ik kom.\nIk\tPRON\tik\nkom\tVERB\tkomen\n.\tPUNCT\t.\n", encoding="utf-8")
    news = tmp_path / "news.tsv"
    news.write_text(
        "# register = news\n\n# text = De Kamer stemde.\nDe\tDET\tde\nKamer\tNOUN\tkamer\n"
        "stemde\tVERB\tstemmen\n.\tPUNCT\t.\n", encoding="utf-8",
    )
    assert [s.register for s in corpus.read_learner(plain)] == ["everyday"]
    assert [s.register for s in corpus.read_learner(news)] == ["news"]
    registers = {s.source: s.register for s in corpus.learner_sentences()}
    assert registers.get("press.tsv") == "news" and registers.get("home.tsv") == "everyday"
