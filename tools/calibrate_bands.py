"""The CEFR cut-offs of ``vocab/difficulty.py`` (``_CUTS``), set by rank.

    python tools/calibrate_bands.py [--forms 40000]

The engine's lemmas of wordfreq's most frequent Dutch forms (names, English words, numbers
and words no lemma list knows left out) are ranked by effective Zipf; a band ends at the
usual vocabulary size of its level: A1 800 lemmas, A2 1,600, B1 3,000, B2 5,000, C1 9,000.
Prints the effective Zipf at each rank: paste them into ``_CUTS`` (rounded to 0.05).
Re-run after changing the model or its data.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = (("A1", 800), ("A2", 1600), ("B1", 3000), ("B2", 5000), ("C1", 9000))
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*")


def reference_lemmas(n_forms: int) -> dict[str, list[str]]:
    from vocab.difficulty import is_number_word
    from vocab.lexicon import known_names
    from vocab.morphology import default as morphology
    from vocab.resources import _zipf_table, english_zipf, known_lemmas

    morph, names, known = morphology(), known_names(), known_lemmas()
    top = sorted(_zipf_table("nl").items(), key=lambda kv: -kv[1])[:n_forms]
    out: dict[str, list[str]] = {}
    for form, z in top:
        if not _WORD.fullmatch(form) or form in names or english_zipf(form) > z + 0.5:
            continue
        lemma = morph.lemmatize(form)
        if not lemma or not lemma[:1].islower() or lemma.encode() not in known or is_number_word(lemma):
            continue
        out.setdefault(lemma, []).append(form)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=40_000)
    args = parser.parse_args()
    from vocab.difficulty import word_stats

    lemmas = reference_lemmas(args.forms)
    effs = sorted((word_stats(lemma, forms).effective_zipf for lemma, forms in lemmas.items()),
                  reverse=True)
    print(f"{len(effs)} reference lemmas")
    cuts = []
    for band, rank in SIZES:
        value = effs[min(rank, len(effs)) - 1]
        cuts.append((round(value * 20) / 20, band))
        print(f"{band}: the first {rank:>5} lemmas, effective Zipf >= {value:.3f}")
    print("_CUTS = (" + ", ".join(f'({c:.2f}, "{b}")' for c, b in cuts) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
