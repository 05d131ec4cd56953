"""How much of real text the learner lexicon covers.

    python bench/lexicon_coverage.py

For the seed texts: the share of word lemmas (types and running words) with an entry.
For the UD Dutch dev treebanks: the share of content-word gold lemmas (NOUN, VERB, ADJ, ADV
without `_`) with an entry, by type and by token.  For the Tatoeba sentences
(``../shared/bench/tatoeba-nld-sentences.txt``): the share of running words whose lemma has an
entry, and of those inside a fixed expression.  Also entries by part of speech, entries with
examples, register and fixed prepositions, expressions by kind, and the load times.
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
from vocab.expressions import Expressions  # noqa: E402
from vocab.lexicon import Lexicon  # noqa: E402


def _shared() -> Path:
    """``../shared`` beside the checkout, or beside the main checkout when run from a git
    worktree elsewhere."""
    here = ROOT.parent / "shared"
    if here.exists():
        return here
    import subprocess

    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return here
    return Path(common).parent.parent / "shared"


SHARED = _shared()
TATOEBA = SHARED / "bench" / "tatoeba-nld-sentences.txt"


def main() -> int:
    t0 = time.perf_counter()
    lex = Lexicon()
    n = len(lex)
    load_ms = 1000 * (time.perf_counter() - t0)
    by_pos = Counter(e.pos for e in lex.entries())
    print(f"entries: {n} ({', '.join(f'{p} {c}' for p, c in by_pos.most_common())}); "
          f"loaded in {load_ms:.0f} ms")
    raw = [e.raw for e in lex.entries()]
    print(f"  with examples {sum(1 for r in raw if r.get('examples'))}, "
          f"with a fixed preposition {sum(1 for r in raw if any(r.get('prepositions') or []))}, "
          f"with a register {sum(1 for r in raw if r.get('register'))}, "
          f"with a region {sum(1 for r in raw if r.get('region'))}")
    t0 = time.perf_counter()
    expressions = Expressions()
    n_expr = len(expressions)
    expressions.index()
    expr_ms = 1000 * (time.perf_counter() - t0)
    kinds = Counter(e.kind for e in expressions)
    print(f"expressions: {n_expr} ({', '.join(f'{k} {c}' for k, c in kinds.most_common())}); "
          f"loaded and indexed in {expr_ms:.0f} ms")

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

    gold = gold_content_lemmas(sorted((SHARED / "data" / "ud-dutch-dev").glob("*.conllu")))
    if gold:
        t_cov = sum(1 for g in gold if g in lex)
        k_cov = sum(c for g, c in gold.items() if g in lex)
        total = sum(gold.values())
        print(f"UD dev content words: {t_cov}/{len(gold)} lemmas ({100 * t_cov / len(gold):.1f} %), "
              f"{k_cov}/{total} tokens ({100 * k_cov / total:.1f} %)")

    if TATOEBA.exists():
        a = analyse(TATOEBA.read_text(encoding="utf-8"))
        words = [t for t in a.words() if any(c.isalpha() for c in t.lemma or "")]
        covered = sum(1 for t in words if t.lemma in lex)
        in_expr = 0
        for sentence in a.sentences:
            for m in expressions.find(sentence.tokens):
                in_expr += sum(1 for j in m.tokens if sentence.tokens[j].kind == "word")
        types = {t.lemma for t in words}
        t_cov = sum(1 for t in types if t in lex)
        print(f"Tatoeba: {covered}/{len(words)} running words with an entry "
              f"({100 * covered / len(words):.1f} %), {t_cov}/{len(types)} lemmas "
              f"({100 * t_cov / len(types):.1f} %); {in_expr} running words in a fixed expression "
              f"({100 * in_expr / len(words):.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
