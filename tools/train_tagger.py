"""Train the part-of-speech tagger (and measure it).

    python tools/train_tagger.py                 # train on everything, write vocab/tagging/model.npz
    python tools/train_tagger.py --cv 10         # 10-fold cross-validation over the UD dev treebanks
    python tools/train_tagger.py --heldout       # also: accuracy on our held-out learner sentences

Data: the UD Dutch dev treebanks (../shared/data/ud-dutch-dev) and our learner sentences
(tools/learner/sentences, minus the held-out fifth, counted twice). Deterministic: the same
data, code and lexicon give the same model, byte for byte. Takes about a minute
(the cross-validation ten).
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vocab.morphology import Morphology  # noqa: E402
from vocab.tagging.corpus import TAGS  # noqa: E402
from vocab.tagging.tagger import MODEL_FILE, Tagger, data_fingerprint  # noqa: E402
from vocab.tagging.train import EPOCHS, folds, load_data, train_model  # noqa: E402

#: Merged for the coarse accuracy: names and nouns, auxiliaries and verbs, determiners and
#: pronouns (the distinctions the treebanks draw by convention more than by meaning).
COARSE = {"PROPN": "NOUN", "AUX": "VERB", "PRON": "DET"}


def score(tagger: Tagger, examples, confusions=None, errors=None):
    """(right, right on coarse classes, total) of *tagger*'s model on *examples*."""
    ok = coarse = total = 0
    for ex in examples:
        pred = tagger.tag_types(ex.types)
        for i, (p, gold) in enumerate(zip(pred, ex.gold, strict=True)):
            total += 1
            ok += p == gold
            coarse += COARSE.get(p, p) == COARSE.get(gold, gold)
            if p != gold:
                if confusions is not None:
                    confusions[(gold, p)] += 1
                if errors is not None:
                    words = [t.low for t in ex.types]
                    ctx = " ".join(words[max(0, i - 4) : i]) + f" [{words[i]}] " + " ".join(words[i + 1 : i + 4])
                    errors.append(f"{gold}\t{p}\t{ctx}")
    return ok, coarse, total


def report(name: str, ok: int, coarse: int, total: int, confusions) -> None:
    print(f"{name}: {100 * ok / total:.2f} % UPOS+PART, {100 * coarse / total:.2f} % coarse "
          f"(NOUN/PROPN, VERB/AUX, DET/PRON merged), {total} tokens")
    print("  main confusions (gold → ours): " + ", ".join(
        f"{g}→{p} {n}" for (g, p), n in confusions.most_common(12)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation instead of training")
    ap.add_argument("--heldout", action="store_true", help="also score the held-out learner sentences")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--errors", metavar="FILE", help="write every error (gold, ours, context) to FILE")
    ap.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = ap.parse_args(argv)
    t0 = time.time()
    morph = Morphology()
    tagger = morph.tagger
    data = load_data(tagger)
    print(f"{len(data.ud)} UD sentences, {len(data.learner)} learner sentences for training, "
          f"{len(data.held_out)} held out; features ready in {time.time() - t0:.0f} s", flush=True)
    errors: list[str] | None = [] if args.errors else None
    if args.cv:
        ok = coarse = total = 0
        conf: collections.Counter = collections.Counter()
        for f, (a, b) in enumerate(folds(len(data.ud), args.cv)):
            t1 = time.time()
            train = data.ud[:a] + data.ud[b:] + data.learner
            model = train_model(train, data.frequent, tagger.joins, {}, args.epochs)
            fold = Tagger(morph, model)
            x, y, z = score(fold, data.ud[a:b], conf, errors)
            ok, coarse, total = ok + x, coarse + y, total + z
            print(f"fold {f + 1}: {100 * x / z:.2f} % UPOS+PART, {100 * y / z:.2f} % coarse "
                  f"({z} tokens, {time.time() - t1:.0f} s)", flush=True)
        report(f"\n{args.cv}-fold CV over the UD dev treebanks", ok, coarse, total, conf)
    else:
        meta = {
            "tags": list(TAGS), "ud_sentences": len(data.ud), "epochs": args.epochs,
            "learner_sentences": len(data.learner), "data": data_fingerprint(),
        }
        model = train_model(data.ud + data.learner, data.frequent, tagger.joins, meta, args.epochs)
        model.save(args.output)
        print(f"trained in {time.time() - t0:.0f} s; {len(model.index)} features; "
              f"{args.output} {args.output.stat().st_size / 1e6:.2f} MB")
        if args.heldout and data.held_out:
            conf = collections.Counter()
            report("held-out learner sentences", *score(Tagger(morph, model), data.held_out, conf, errors), conf)
    if errors is not None:
        Path(args.errors).write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
