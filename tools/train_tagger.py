"""Train the part-of-speech tagger (and measure it).

    python tools/train_tagger.py                 # train on everything, write vocab/tagging/model.npz
    python tools/train_tagger.py --cv 10         # 10-fold cross-validation over the UD dev treebanks
    python tools/train_tagger.py --heldout       # accuracy on our held-out learner sentences

Data: the UD Dutch dev treebanks (../shared/data/ud-dutch-dev) and our learner sentences
(tools/learner/sentences, minus the held-out fifth). Deterministic: the same data, code and
lexicon give the same model, byte for byte.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vocab.morphology import default as default_morphology  # noqa: E402
from vocab.tagging import corpus  # noqa: E402
from vocab.tagging.corpus import TAGS  # noqa: E402
from vocab.tagging.tagger import MODEL_FILE, Model, Tagger  # noqa: E402
from vocab.tagging.train import (  # noqa: E402
    FeatureIndex,
    Trainer,
    examples_from,
    frequent_words,
    keys_of,
)

COARSE = {"PROPN": "NOUN", "AUX": "VERB", "PRON": "DET"}
LEARNER_WEIGHT = 2.0


def load(args):
    ud = [s for p in corpus.ud_files() for s in corpus.read_conllu(p)]
    learner = list(corpus.learner_sentences())
    train_l = [s for s in learner if not corpus.held_out(s)]
    held = [s for s in learner if corpus.held_out(s)]
    return ud, train_l, held


def build(tagger, ud, train_l, held, frequent):
    ex_ud = examples_from(ud, tagger)
    ex_l = examples_from(train_l, tagger, LEARNER_WEIGHT)
    ex_h = examples_from(held, tagger)
    for ex in ex_ud + ex_l + ex_h:
        ex.keys = keys_of(ex.types, frequent)
    return ex_ud, ex_l, ex_h


ERRORS: list[str] = []


def score(trainer, W1, W2, examples, index, confusions=None):
    rows = trainer.base_rows(examples, index)
    t1 = trainer.predict(W1, rows)
    trows = trainer.tag_rows(examples, t1, index)
    import numpy as np

    ok = coarse = total = 0
    for ex, r, tr in zip(examples, rows, trows, strict=True):
        for i, (ids, tids) in enumerate(zip(r, tr, strict=True)):
            pred = TAGS[int(W2[np.concatenate((ids, tids))].sum(axis=0).argmax())]
            gold = ex.gold[i]
            total += 1
            ok += pred == gold
            coarse += COARSE.get(pred, pred) == COARSE.get(gold, gold)
            if confusions is not None and pred != gold:
                confusions[(gold, pred)] += 1
                words = [t.low for t in ex.types]
                ctx = " ".join(words[max(0, i - 4) : i]) + " [" + words[i] + "] " + " ".join(words[i + 1 : i + 4])
                ERRORS.append(f"{gold}\t{pred}\t{ctx}")
    return ok, coarse, total


args_errors = None


def cross_validate(trainer, ex_ud, ex_l, folds, frequent):
    # folds of whole documents, in file order
    docs = []
    for i, ex in enumerate(ex_ud):
        docs.append(i)
    n = len(ex_ud)
    bounds = [round(k * n / folds) for k in range(folds + 1)]
    ok = coarse = total = 0
    conf = collections.Counter()
    for f in range(folds):
        t0 = time.time()
        test = ex_ud[bounds[f] : bounds[f + 1]]
        train = ex_ud[: bounds[f]] + ex_ud[bounds[f + 1] :] + ex_l
        index = FeatureIndex()
        W1, W2 = trainer.fit(train, index)
        index.frozen = True
        a, b, c = score(trainer, W1, W2, test, index, conf)
        ok, coarse, total = ok + a, coarse + b, total + c
        print(f"fold {f + 1}: {100 * a / c:.2f} % UPOS+PART, {100 * b / c:.2f} % coarse "
              f"({c} tokens, {time.time() - t0:.0f} s)", flush=True)
    print(f"\n{folds}-fold CV over the UD dev treebanks: {100 * ok / total:.2f} % UPOS+PART, "
          f"{100 * coarse / total:.2f} % coarse (NOUN/PROPN, VERB/AUX, DET/PRON merged), {total} tokens")
    print("main confusions (gold → ours):")
    for (g, p), c in conf.most_common(15):
        print(f"  {c:5d} {g} → {p}")
    if args_errors:
        Path(args_errors).write_text("\n".join(sorted(ERRORS)) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation instead of training")
    ap.add_argument("--heldout", action="store_true", help="also score the held-out learner sentences")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--errors", metavar="FILE", help="write every error (gold, ours, context) to FILE")
    ap.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = ap.parse_args(argv)
    t0 = time.time()
    morph = default_morphology()
    tagger = Tagger(morph)
    ud, train_l, held = load(args)
    frequent = frequent_words(ud + train_l)
    ex_ud, ex_l, ex_h = build(tagger, ud, train_l, held, frequent)
    print(f"{len(ud)} UD sentences, {len(train_l)} learner sentences for training, "
          f"{len(held)} held out; features ready in {time.time() - t0:.0f} s", flush=True)
    trainer = Trainer(frequent, tagger.joins, epochs=args.epochs)
    global args_errors
    args_errors = args.errors
    if args.cv:
        cross_validate(trainer, ex_ud, ex_l, args.cv, frequent)
        return 0
    index = FeatureIndex()
    W1, W2 = trainer.fit(ex_ud + ex_l, index)
    index.frozen = True
    if args.heldout and ex_h:
        conf = collections.Counter()
        a, b, c = score(trainer, W1, W2, ex_h, index, conf)
        print(f"held-out learner sentences: {100 * a / c:.2f} % UPOS+PART, {100 * b / c:.2f} % coarse, {c} tokens")
        for (g, p), n in conf.most_common(10):
            print(f"  {n:5d} {g} → {p}")
    model = prune(index, W1, W2, frequent, {
        "tags": list(TAGS),
        "ud_sentences": len(ud),
        "learner_sentences": len(train_l),
        "epochs": args.epochs,
        "lexicon": lexicon_fingerprint(),
    })
    model.save(args.output)
    size = args.output.stat().st_size
    print(f"trained in {time.time() - t0:.0f} s; {len(model.index)} of {len(index)} features kept; "
          f"{args.output} {size / 1e6:.2f} MB")
    return 0


def prune(index, W1, W2, frequent, meta) -> Model:
    """Drop features whose weights are all (nearly) zero in both passes."""
    import numpy as np

    keep = (np.abs(W1).max(axis=1) > 1e-3) | (np.abs(W2).max(axis=1) > 1e-3)
    names = [None] * len(index)
    for f, i in index.index.items():
        names[i] = f
    rows = np.flatnonzero(keep)
    features = [names[i] for i in rows]
    return Model(features, W1[rows], W2[rows], frequent, meta)


def lexicon_fingerprint() -> str:
    """What the model's lexical features were computed from (see tests/vocab/test_tagger.py)."""
    from vocab.tagging.tagger import data_fingerprint

    return data_fingerprint()


if __name__ == "__main__":
    raise SystemExit(main())
