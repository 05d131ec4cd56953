"""Glossing coverage and speed.

    python bench/gloss_coverage.py

- seeds/: the share of word tokens (and of their lemmas) that get a gloss from any source;
- UD Dutch dev: the share of content-word gold lemmas (NOUN, VERB, ADJ, ADV without `_`)
  that get a gloss, by type and by token;
- dictionary load time and warm lookup time.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ud_eval import gold_content_lemmas  # noqa: E402
from vocab import analyse, load_path  # noqa: E402
from vocab.dictd import find_dictionaries  # noqa: E402
from vocab.glossary import Glossary  # noqa: E402


def main() -> int:
    dicts = find_dictionaries()
    for d in dicts:
        t0 = time.perf_counter()
        d.load()
        print(f"dictionary {d.name}: {len(d)} headwords loaded in {1000 * (time.perf_counter() - t0):.0f} ms")
    if not dicts:
        print("no dictd dictionaries installed (glossing from our lexicon only)")
    g = Glossary(dictionaries=dicts)

    lemmas: dict[str, bool] = {}
    tokens = found = 0
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        a = analyse(load_path(path).text)
        for tok in a.words():
            if not any(c.isalpha() for c in tok.text):
                continue
            ok = g.gloss_token(a, tok).found
            tokens += 1
            found += ok
            lemmas[tok.lemma] = lemmas.get(tok.lemma, False) or ok
    n_ok = sum(lemmas.values())
    print(f"seeds/: {found}/{tokens} word tokens glossed ({100 * found / tokens:.1f} %), "
          f"{n_ok}/{len(lemmas)} lemmas ({100 * n_ok / len(lemmas):.1f} %)")
    missing = sorted(lemma for lemma, ok in lemmas.items() if not ok)
    if missing:
        print("  not glossed:", ", ".join(missing[:30]))

    gold = gold_content_lemmas()
    if gold:
        ok_types = {lemma for lemma in gold if g.gloss_word(lemma).found}
        k = sum(c for lemma, c in gold.items() if lemma in ok_types)
        total = sum(gold.values())
        print(f"UD dev content words: {len(ok_types)}/{len(gold)} lemmas glossed "
              f"({100 * len(ok_types) / len(gold):.1f} %), {k}/{total} tokens ({100 * k / total:.1f} %)")

    words = ["huis", "aanslagen", "gezworen", "vredesakkoord", "uitgevoerd", "strijders", "fiets"]
    for w in words:
        g.gloss_word(w)  # warm
    runs = []
    for _ in range(200):
        for w in words:
            t0 = time.perf_counter()
            g.gloss_word(w)
            runs.append(time.perf_counter() - t0)
    a = analyse("ISIS-K dook voor het eerst op in 2015 en voerde aanslagen uit.")
    toks = list(a.words())
    tok_runs = []
    for _ in range(200):
        for t in toks:
            t0 = time.perf_counter()
            g.gloss_token(a, t)
            tok_runs.append(time.perf_counter() - t0)
    print(f"warm lookup: gloss_token median {1e3 * statistics.median(tok_runs):.3f} ms, "
          f"gloss_word (analyses the word) median {1e3 * statistics.median(runs):.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
