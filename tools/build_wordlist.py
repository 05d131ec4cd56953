"""Build the lexicon's word list: the N most frequent Dutch lemmas, and which still need
an entry.

    python tools/build_wordlist.py [--size 5000] [--scan 20000] [--out candidates.tsv]

Lemmatises ``wordfreq.top_n_list('nl', scan)`` with our engine (names, numbers, English
words and fragments listed in ``vocab/lexicon/excluded.tsv`` are skipped), groups the forms
by lemma in frequency order and keeps the first ``size`` lemmas.  Writes
``rank<TAB>lemma<TAB>forms<TAB>status`` (status: entry / missing) so that the missing ones
can be written, reviewed and merged with ``tools/build_lexicon.py``.  Raise --size to
extend the lexicon (10,000 next).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocab.lexicon import DATA_FILE, default  # noqa: E402
from vocab.morphology import default as morphology  # noqa: E402

EXCLUDED = DATA_FILE.with_name("excluded.tsv")
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*")


def excluded() -> set[str]:
    if not EXCLUDED.exists():
        return set()
    return {line.split("\t", 1)[0] for line in EXCLUDED.read_text(encoding="utf-8").splitlines()}


def build(size: int, scan: int) -> list[tuple[str, list[str], bool]]:
    import wordfreq

    skip = excluded()
    lex = default()
    morph = morphology()
    lemmas: dict[str, list[str]] = {}
    for word in wordfreq.top_n_list("nl", scan):
        if not _WORD.fullmatch(word) or word in skip or (len(word) < 2 and word != "u"):
            continue
        lemma = morph.lemmatize(word)
        if lemma in skip or not lemma[:1].isalpha():
            continue
        if lemma[:1].isupper() and lemma not in lex:
            continue  # simplemma's proper nouns (Europa, Jan): names, not vocabulary
        lemmas.setdefault(lemma, []).append(word)
        if len(lemmas) >= size:
            break
    return [(lemma, forms, lemma in lex) for lemma, forms in lemmas.items()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--scan", type=int, default=20000, help="how many frequent word forms to read")
    ap.add_argument("--out", type=Path, help="write the list here (TSV)")
    args = ap.parse_args(argv)
    rows = build(args.size, args.scan)
    have = sum(1 for _, _, ok in rows if ok)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for rank, (lemma, forms, ok) in enumerate(rows, 1):
                fh.write(f"{rank}\t{lemma}\t{','.join(forms[:6])}\t{'entry' if ok else 'missing'}\n")
    print(f"{len(rows)} lemmas from the {args.scan} most frequent forms; "
          f"{have} have an entry ({100 * have / max(1, len(rows)):.1f} %), {len(rows) - have} missing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
