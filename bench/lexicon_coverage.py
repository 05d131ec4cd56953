"""How much of real text the learner lexicon covers.

    python bench/lexicon_coverage.py

For the seed texts: the share of word lemmas (types and running words) with an entry.
For the UD Dutch dev treebanks: the share of content-word gold lemmas (NOUN, VERB, ADJ, ADV
without `_`) with an entry, by type and by token.  Also entries by part of speech and the
load time.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ud_eval import gold_content_lemmas  # noqa: E402
from vocab import analyse, load_path  # noqa: E402
from vocab.lexicon import Lexicon  # noqa: E402


def main() -> int:
    t0 = time.perf_counter()
    lex = Lexicon()
    n = len(lex)
    load_ms = 1000 * (time.perf_counter() - t0)
    by_pos = Counter(e.pos for e in lex.entries())
    print(f"entries: {n} ({', '.join(f'{p} {c}' for p, c in by_pos.most_common())}); "
          f"loaded in {load_ms:.0f} ms")

    types: set[str] = set()
    tokens = covered_tokens = 0
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for tok in analyse(load_path(path).text).words():
            if not any(c.isalpha() for c in tok.lemma or ""):
                continue
            types.add(tok.lemma)
            tokens += 1
            covered_tokens += tok.lemma in lex
    covered_types = sum(1 for t in types if t in lex)
    print(f"seeds/: {covered_types}/{len(types)} lemmas ({100 * covered_types / len(types):.1f} %), "
          f"{covered_tokens}/{tokens} running words ({100 * covered_tokens / tokens:.1f} %)")

    gold = gold_content_lemmas()
    if gold:
        t_cov = sum(1 for g in gold if g in lex)
        k_cov = sum(c for g, c in gold.items() if g in lex)
        total = sum(gold.values())
        print(f"UD dev content words: {t_cov}/{len(gold)} lemmas ({100 * t_cov / len(gold):.1f} %), "
              f"{k_cov}/{total} tokens ({100 * k_cov / total:.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
