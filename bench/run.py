"""Benchmarks (`make bench`): numbers to report, never assertions.

- analysis throughput (words/s) on the book and the Tatoeba sentences, data loaded and the
  per-form cache warm (second pass) and cold (first pass);
- `dutch-reader vocab` on the book as a cold process (wall time);
- lexicon load time;
- lemma and particle-verb accuracy on the UD Dutch dev treebanks (10-fold: each sentence
  analysed by a tagger that never saw it), and the tagger's accuracy (`tagger_eval.py`);
- agreement of our difficulty with a course's teaching order (`learner_order.py`);
- cloze exercises per kind and level, and the hand review's valid share (`cloze_review.py`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
BOOK = SHARED / "bench" / "het-beleg-van-haarlem-1.txt"
TATOEBA = SHARED / "bench" / "tatoeba-nld-sentences.txt"


def _throughput(path: Path) -> None:
    from vocab import analyse, load_path
    from vocab.morphology import Morphology

    text = load_path(path).text
    morph = Morphology()
    t0 = time.perf_counter()
    a = analyse(text, morphology=morph)
    cold = time.perf_counter() - t0
    n = sum(1 for _ in a.running_words())
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        analyse(text, morphology=morph)
        runs.append(time.perf_counter() - t0)
    warm = statistics.median(runs)
    # the fixed-expression stage alone (CPU time, best of 3: the machine may be shared)
    sentences = a.sentences
    stage = []
    for _ in range(3):
        c0 = time.process_time()
        for s in sentences:
            morph.expressions.find(s.tokens)
        stage.append(time.process_time() - c0)
    print(
        f"{path.name}: {n:,} words; first pass {cold:.2f} s ({n / cold:,.0f} words/s), "
        f"warm cache {warm:.2f} s ({n / warm:,.0f} words/s); of which fixed expressions "
        f"{min(stage):.3f} s CPU"
    )


def user_env() -> dict:
    """The environment of a learner's shell: bytecode caching on (this sandbox sets
    PYTHONDONTWRITEBYTECODE, which makes every process recompile every module)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _forget_analyses() -> None:
    """Drop the cached analyses of texts (vocab/analysis_cache.py), not the engine's caches."""
    import shutil

    from vocab.paths import cache_dir

    shutil.rmtree(cache_dir() / "analyses", ignore_errors=True)


def _cold_process(path: Path) -> None:
    cmd = [sys.executable, "-m", "reader", "vocab", str(path), "--json"]
    first = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=user_env())
    first = time.perf_counter() - first  # writes .pyc files and the cache dir if missing
    new, again = [], []
    for _ in range(3):
        _forget_analyses()
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=user_env())
        new.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=user_env())
        again.append(time.perf_counter() - t0)
    print(f"dutch-reader vocab {path.name} (fresh process): a new text {statistics.median(new):.2f} s, "
          f"the same text again {statistics.median(again):.2f} s (analysis cached); "
          f"first run, all caches cold: {first:.2f} s")


def _lexicon_load() -> None:
    from vocab.lexicon import Lexicon

    t0 = time.perf_counter()
    lex = Lexicon()
    n = len(lex)
    t1 = time.perf_counter()
    lex.forms()
    t2 = time.perf_counter()
    print(f"lexicon: {n} entries loaded in {1000 * (t1 - t0):.0f} ms, form index {1000 * (t2 - t1):.0f} ms")


def main() -> int:
    for path in (BOOK, TATOEBA):
        if path.exists():
            _throughput(path)
        else:
            print(f"skipped: {path} not found")
    if BOOK.exists():
        _cold_process(BOOK)
    _lexicon_load()
    from bench.ud_eval import DEFAULT, evaluate

    if DEFAULT:
        evaluate(DEFAULT, cv=10)
    for script in ("tagger_eval.py", "lexicon_coverage.py", "gloss_coverage.py", "ui_bench.py",
                   "learner_order.py", "words_bench.py", "cloze_review.py", "respace_review.py"):
        subprocess.run([sys.executable, str(ROOT / "bench" / script)], cwd=ROOT, check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
