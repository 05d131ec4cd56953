"""Cloze exercises: how many per kind and level, and how many a teacher would sign.

    python bench/cloze_review.py [--no-count]

1. Exercises per kind (typed, choice, particle, article) for a learner of level A2, B1
   and B2 with no words marked, on the four seeds and our own two texts in
   ``tests/data/`` (what ``dutch-reader cloze FILE --level L --json`` gives; dictionaries
   as installed).
2. The hand review in ``bench/cloze_review.tsv``: 100 exercises (mixed kinds, levels and
   texts) judged valid or not with a reason and a failure class, judged again after the
   fixes the review led to, and once more for the same targets after the part-of-speech
   tagger landed: the valid share at each step, and the classes.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
REVIEW = ROOT / "bench" / "cloze_review.tsv"
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt"))
LEVELS = ("A2", "B1", "B2")


def counts() -> None:
    from vocab import load_path
    from vocab.cloze import KINDS, make_exercises
    from vocab.glossary import Glossary
    from vocab.reading import analyse_for_learner

    glossary = Glossary(store=None, lang="en")
    total: Counter = Counter()
    print(f"{'text':30} {'level':5} " + " ".join(f"{k:>8}" for k in KINDS) + "    total")
    for path in TEXTS:
        loaded = load_path(path)
        analysis, _ = analyse_for_learner(loaded.text, title=loaded.title, source=loaded.source)
        for level in LEVELS:
            exercises = make_exercises(analysis, level=level, statuses={}, glossary=glossary)
            c = Counter(ex.kind for ex in exercises)
            total.update({(level, k): c[k] for k in KINDS})
            print(f"{path.stem[:30]:30} {level:5} " + " ".join(f"{c[k]:8}" for k in KINDS)
                  + f"    {len(exercises):5}")
    for level in LEVELS:
        row = [total[(level, k)] for k in KINDS]
        print(f"{'all six texts':30} {level:5} " + " ".join(f"{n:8}" for n in row) + f"    {sum(row):5}")


def review() -> None:
    with REVIEW.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    before = Counter(r["verdict"] for r in rows)
    after = Counter(r["verdict after fixes"] for r in rows)
    made = len(rows) - after["gone"]
    print(f"hand review of {len(rows)} exercises ({REVIEW.relative_to(ROOT)}):")
    print(f"  before the fixes: {before['valid']} valid of {len(rows)} ({100 * before['valid'] / len(rows):.0f} %)")
    print(f"  after the fixes:  {after['valid']} valid of the {made} still made "
          f"({100 * after['valid'] / made:.0f} %); {after['gone']} no longer made")
    kinds = Counter((r["kind"], r["verdict"]) for r in rows)
    print("  valid before, per kind: " + ", ".join(
        f"{k} {kinds[(k, 'valid')]}/{kinds[(k, 'valid')] + kinds[(k, 'invalid')]}"
        for k in ("typed", "choice", "particle", "article")))
    print("  failure classes before: " + ", ".join(
        f"{c} {n}" for c, n in Counter(r["class"] for r in rows if r["verdict"] == "invalid").most_common()))
    left = Counter(r["class after fixes"] for r in rows if r["verdict after fixes"] == "invalid")
    print("  left after the fixes:   " + ", ".join(f"{c} {n}" for c, n in left.most_common()))
    now = Counter(r["verdict now"] for r in rows)
    made = len(rows) - now["gone"]
    print(f"  now (the same targets after the tagger landed): {now['valid']} valid of the {made} made "
          f"({100 * now['valid'] / made:.0f} %); {now['gone']} no longer made")
    left = Counter(r["class now"] for r in rows if r["verdict now"] == "invalid")
    print("  left now:               " + ", ".join(f"{c} {n}" for c, n in left.most_common()))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--no-count", action="store_true", help="only sum up the hand review")
    args = p.parse_args()
    if not args.no_count:
        counts()
    review()


if __name__ == "__main__":
    main()
