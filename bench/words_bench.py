"""My words benchmarks (numbers, not tests):

- importing a 20,000-term Lute export (the most frequent Dutch word forms, inflected ones
  among them, a parent for some, translations, a few rows of other languages and
  multi-word terms) into an empty store: in process (lemmatiser loaded) and as a cold
  `dutch-reader words import` process;
- the words screen with those 20,000 lemmas: time to open (first paint) and to filter as
  one types, headless at 100×40 (``--screen``; needs the reader's words screen).

    python bench/words_bench.py
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

N_TERMS = 20_000


def write_lute_export(path: Path, n: int = N_TERMS, seed: int = 7) -> None:
    """A Lute term export in Lute's own layout, made of the most frequent Dutch forms."""
    from vocab.resources import _zipf_table

    rng = random.Random(seed)
    table = _zipf_table("nl")
    forms = [w for w, _z in sorted(table.items(), key=lambda kv: -kv[1]) if w.isalpha()][: n - 200]
    statuses = ["1", "2", "3", "4", "5", "99", "99", "99", "98"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["term", "parent", "translation", "language", "tags", "added", "status",
                    "link_status", "pronunciation"])
        for i, form in enumerate(forms):
            parent = forms[i - 1] if i % 17 == 0 and i else ""
            w.writerow([form, parent, f"meaning {i}" if i % 3 else "", "Dutch", "",
                        f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00:00", rng.choice(statuses), "", ""])
        for i in range(100):
            w.writerow([f"palabra{i}", "", "word", "Spanish", "", "2024-01-01 10:00:00", "1", "", ""])
        for i in range(100):
            w.writerow([f"op\u200b \u200bzoek\u200b \u200bnaar{i}", "", "looking for", "Dutch", "",
                        "2024-01-01 10:00:00", "2", "", ""])


def bench_import(export: Path) -> None:
    from vocab.morphology import default
    from vocab.store import Store
    from vocab.wordlists import import_file

    default().lemmatize("huizen")  # the lemmatiser's data loaded, as in any process using it
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "s.sqlite3")
        t0 = time.perf_counter()
        summary = import_file(store, export)
        took = time.perf_counter() - t0
        store.close()
    print(f"words import (Lute, {summary.rows:,} terms, in process): {took:.2f} s "
          f"({len(summary.imported):,} lemmas, {summary.folded:,} folded, "
          f"{sum(summary.skipped.values()):,} skipped)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "reader", "words", "import", str(export),
                            "--db", str(Path(tmp) / "s.sqlite3")], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL, env=env)
            runs.append(time.perf_counter() - t0)
    print(f"dutch-reader words import (cold process, {summary.rows:,} terms): median "
          f"{statistics.median(runs):.2f} s")


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "Terms.csv"
        write_lute_export(export)
        bench_import(export)
        if "--no-screen" not in argv:
            try:
                from bench.words_screen_bench import bench_screen
            except ImportError:
                return 0
            bench_screen()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
