"""The part-of-speech tagger, measured (`make bench` runs it; about five minutes).

    python bench/tagger_eval.py [--folds 10]

- accuracy by K-fold cross-validation over the UD Dutch dev treebanks (each fold tagged by a
  model trained on the other folds and our learner sentences), on UPOS with the particle
  class and on coarse classes (NOUN/PROPN, VERB/AUX, DET/PRON merged);
- accuracy of the committed model on our held-out learner sentences, and of the whole
  engine's lemmas there (content words: NOUN, PROPN, VERB, ADJ, ADV; a particle carries its
  verb's lemma in our design and in the annotation);
- the main confusions of both.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.train_tagger import report, score  # noqa: E402
from vocab.morphology import Morphology  # noqa: E402
from vocab.tagging.tagger import Tagger  # noqa: E402
from vocab.tagging.train import folds, load_data, train_model  # noqa: E402

CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "PART"}


def learner_lemmas() -> dict[str, tuple[int, int, collections.Counter]]:
    """For each register of the held-out learner sentences, (right, total, errors) of the
    engine's lemmas on their content words, tokens matched by position (our sentences are
    tokenised as we write them)."""
    from vocab import analyse
    from vocab.tagging import corpus

    out: dict[str, tuple[int, int, collections.Counter]] = {}
    for s in corpus.learner_sentences():
        if not corpus.held_out(s):
            continue
        tokens = [t for t in analyse(s.text).tokens() if t.text.strip()]
        if [t.text for t in tokens] != s.forms:
            continue  # tokenised otherwise: counted by the tagger's own check
        right, total, wrong = out.get(s.register) or (0, 0, collections.Counter())
        for t, tag, gold in zip(tokens, s.tags, s.lemmas, strict=True):
            if tag not in CONTENT:
                continue
            total += 1
            ours = t.lemma or t.text
            if ours.lower() == gold.lower():
                right += 1
            else:
                wrong[(t.text, gold, ours)] += 1
        out[s.register] = (right, total, wrong)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=10)
    args = ap.parse_args(argv)
    t0 = time.time()
    morph = Morphology()
    data = load_data(morph.tagger)
    # each register apart (everyday A1–B1 sentences, news and encyclopedia ones), then all
    by_register = {}
    for reg in sorted({ex.register for ex in data.held_out}):
        c: collections.Counter = collections.Counter()
        part = [ex for ex in data.held_out if ex.register == reg]
        by_register[reg] = (*score(morph.tagger, part, c), c)
    conf: collections.Counter = sum((v[3] for v in by_register.values()), collections.Counter())
    held = [sum(v[k] for v in by_register.values()) for k in range(3)]
    report("tagger, committed model, held-out learner sentences", *held, conf)
    if len(by_register) > 1:
        for reg, (ok, coarse, total, c) in by_register.items():
            report(f"  of which {reg}", ok, coarse, total, c)
    lemmas = learner_lemmas()
    everything = (sum(v[0] for v in lemmas.values()), sum(v[1] for v in lemmas.values()),
                  sum((v[2] for v in lemmas.values()), collections.Counter()))
    rows = [("", everything, 12)]
    if len(lemmas) > 1:
        rows += [(f" ({reg})", lemmas[reg], 6) for reg in sorted(lemmas)]
    for which, (right, total_lemmas, wrong), shown in rows:
        print(f"engine lemmas, held-out learner sentences{which}: {100 * right / total_lemmas:.2f} % of "
              f"{total_lemmas} content words")
        for (form, gold, ours), n in wrong.most_common(shown):
            print(f"  {n} × {form}: {gold} → ours {ours}")
    conf = collections.Counter()
    total = [0, 0, 0]
    for a, b in folds(len(data.ud), args.folds):
        model = train_model(data.ud[:a] + data.ud[b:] + data.learner, data.frequent, morph.tagger.joins, {})
        for k, v in enumerate(score(Tagger(morph, model), data.ud[a:b], conf)):
            total[k] += v
    report(f"tagger, {args.folds}-fold cross-validation over the UD dev treebanks", *total, conf)
    print(f"  ({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
