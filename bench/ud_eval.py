"""Measure the engine against UD Dutch treebanks (gold lemmas).

    python bench/ud_eval.py [CONLLU ...] [--errors N] [--cv K]

The tagger is trained on these very treebanks: measured with the committed model, lemmas and
particle verbs look better than they are. ``--cv 10`` (the honest figure, about five minutes)
trains ten models, each on nine tenths of the treebanks plus our learner sentences, and
analyses each tenth with the model that never saw it.

Reports content-word lemma accuracy (NOUN, VERB, ADJ, ADV whose gold lemma has no `_`, not
counting particles of particle verbs, which carry the verb's lemma in our design) and
the share of separated particle verbs (relation compound:prt) whose verb gets the joined
lemma. Each sentence is analysed from its `# text` line by the full engine; tokens are
matched to gold tokens by character span, so tokenisation errors count as lemma errors.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vocab.analysis import analyse  # noqa: E402
from vocab.tagging.corpus import ud_files  # noqa: E402

DEFAULT = ud_files()
CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}


def read_conllu(path: Path):
    text, rows = None, []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if text is not None and rows:
                yield text, rows
            text, rows = None, []
        else:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append(cols)
    if text is not None and rows:
        yield text, rows


def gold_content_lemmas(paths=None) -> dict[str, int]:
    """Gold lemmas of content words (NOUN, VERB, ADJ, ADV without `_`) with their counts."""
    gold: dict[str, int] = {}
    for path in paths if paths is not None else DEFAULT:
        for _text, rows in read_conllu(Path(path)):
            for cols in rows:
                if cols[3] in CONTENT and "_" not in cols[2]:
                    gold[cols[2]] = gold.get(cols[2], 0) + 1
    return gold


def fold_morphologies(k: int, keep: Path | None = None):
    """For each sentence of the default treebanks (in order), the Morphology whose tagger was
    trained without that sentence's tenth (K-fold cross-validation).  *keep*: a folder where
    the fold models are saved and, when there and made from the same data, reused (to try
    changes after the tagger quickly)."""
    from vocab.morphology import Morphology
    from vocab.tagging.tagger import Model, data_fingerprint
    from vocab.tagging.train import folds, load_data, train_model

    base = Morphology()
    data = load_data(base.tagger)
    out = []
    stamp = f"{data_fingerprint()}-{len(data.learner)}"
    for n, (a, b) in enumerate(folds(len(data.ud), k)):
        path = keep / f"fold-{k}-{n}-{stamp}.npz" if keep else None
        if path is not None and path.exists():
            model = Model.load(path)
        else:
            model = train_model(data.ud[:a] + data.ud[b:] + data.learner, data.frequent,
                                base.tagger.joins, {})
            if path is not None:
                keep.mkdir(parents=True, exist_ok=True)
                model.save(path)
        morph = Morphology()
        morph.tagger._model = model
        out += [morph] * (b - a)
        print(f"  fold model for sentences {a}-{b} ready", file=sys.stderr, flush=True)
    return out


def evaluate(paths, show_errors: int = 0, stream=sys.stdout, cv: int = 0,
             keep: Path | None = None) -> dict:
    content_total = content_ok = prt_total = prt_ok = made = confirmed = 0
    errors: collections.Counter = collections.Counter()
    prt_errors: collections.Counter = collections.Counter()
    morphs = fold_morphologies(cv, keep) if cv else None
    false_pairs: collections.Counter = collections.Counter()
    n = -1
    for path in paths:
        for text, rows in read_conllu(Path(path)):
            n += 1
            morph = morphs[n] if morphs is not None else None
            spans, pos = [], 0
            for cols in rows:
                start = text.find(cols[1], pos)
                if start < 0:
                    spans.append(None)
                    continue
                spans.append((start, start + len(cols[1])))
                pos = start + len(cols[1])
            by_span = {(t.start, t.end): t for t in analyse(text, morphology=morph).tokens()}
            index_of = {span: i for i, span in enumerate(spans) if span}
            for t in by_span.values():
                # precision: every particle we joined should be a compound:prt in the gold
                if t.pair is not None and t.text.lower() != t.lemma and t.lemma.startswith(t.text.lower()):
                    made += 1
                    i = index_of.get((t.start, t.end))
                    if i is not None and rows[i][7] == "compound:prt":
                        confirmed += 1
                    else:
                        false_pairs[(t.text, t.lemma, text)] += 1

            def ours(i, by_span=by_span, spans=spans):
                tok = by_span.get(spans[i]) if spans[i] else None
                return tok.lemma if tok is not None else None

            for i, cols in enumerate(rows):
                upos, gold = cols[3], cols[2]
                # A particle of a particle verb carries the verb's lemma by design (the
                # treebank gives it its own); it is measured in the particle figure instead.
                if upos in CONTENT and "_" not in gold and cols[7] != "compound:prt":
                    content_total += 1
                    got = ours(i)
                    if got == gold:
                        content_ok += 1
                    else:
                        errors[(upos, cols[1], gold, got)] += 1
                if cols[7] == "compound:prt":
                    head = int(cols[6]) - 1
                    if head < 0 or "_" not in rows[head][2]:
                        continue
                    prt_total += 1
                    want = rows[head][2].replace("_", "")
                    got = ours(head)
                    if got == want:
                        prt_ok += 1
                    else:
                        prt_errors[(rows[head][1], cols[1], want, got, text)] += 1
    result = {
        "particle_pairs_made": made,
        "particle_pairs_confirmed": confirmed,
        "content_words": content_total,
        "content_accuracy": content_ok / content_total if content_total else 0.0,
        "particle_verbs": prt_total,
        "particle_accuracy": prt_ok / prt_total if prt_total else 0.0,
    }
    print(
        f"content-word lemma accuracy: {content_ok}/{content_total} = "
        f"{100 * result['content_accuracy']:.2f} %",
        file=stream,
    )
    print(
        f"separated particle verbs joined: {prt_ok}/{prt_total} = "
        f"{100 * result['particle_accuracy']:.2f} %",
        file=stream,
    )
    print(
        f"particle pairs made: {made}, of which the treebank marks {confirmed} as a "
        f"separable particle ({100 * confirmed / made if made else 0:.1f} % precision)",
        file=stream,
    )
    if show_errors:
        print("\nmost frequent lemma errors (upos, form, gold, ours):", file=stream)
        for key, n in errors.most_common(show_errors):
            print(f"{n:4d} {key}", file=stream)
        print("\nparticle verb misses (verb, particle, gold, ours, sentence):", file=stream)
        for key, n in list(prt_errors.items())[:show_errors]:
            print(f"{n:4d} {key}", file=stream)
        print("\nparticle pairs the treebank does not have (particle, our lemma, sentence):", file=stream)
        for key, n in list(false_pairs.items())[:show_errors]:
            print(f"{n:4d} {key}", file=stream)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="K-fold: each sentence analysed by a tagger trained without it")
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="save the fold models here and reuse them while the data is the same")
    args = ap.parse_args(argv)
    if not args.files:
        print("no .conllu files given and none found in ../shared/data/ud-dutch-dev", file=sys.stderr)
        return 1
    if args.cv and args.files != DEFAULT:
        print("--cv works on the default treebanks only", file=sys.stderr)
        return 2
    evaluate(args.files, args.errors, cv=args.cv, keep=args.keep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
