"""Merge reviewed lexicon parts into vocab/lexicon/nl-en.jsonl and expressions.jsonl (sorted,
one entry a line).

    python tools/build_lexicon.py PARTS_DIR [--unexclude FILE]

PARTS_DIR (e.g. /work/helpers/lexicon, or a copy under review) holds ``part-*.jsonl``
(entries, the keys of ``vocab/lexicon/schema.py``), ``expressions-*.jsonl`` (fixed
expressions) and ``drops-*.tsv`` (candidates judged not to be learner lemmas:
``word<TAB>reason``).  Entries already in the lexicon are kept; a part entry with the same
(lemma, pos, particle) as an earlier one, or an expression with the same text, is reported
and skipped, so a second writer never silently overwrites a reviewed entry.  Names, English
words, fragments and numbers from the drops go to ``vocab/lexicon/excluded.tsv``, which
``tools/build_wordlist.py`` skips; ``--unexclude FILE`` takes the words of FILE (the first
column) out of it again: real Dutch words it wrongly dropped (*legen, hollen, veren*).
Invalid entries are reported and left out (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocab.expressions import DATA_FILE as EXPRESSIONS_FILE  # noqa: E402
from vocab.lexicon import DATA_FILE  # noqa: E402
from vocab.lexicon.schema import (  # noqa: E402
    EXPRESSION_KEY_ORDER,
    KEY_ORDER,
    expression_problems,
    problems,
)

EXCLUDED = DATA_FILE.with_name("excluded.tsv")
EXCLUDE_REASONS = {"name", "english", "fragment", "number"}


def read_jsonl(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: invalid JSON: {exc}") from None
    return out


def _key(e: dict) -> tuple[str, str, str | None]:
    """An entry is one (lemma, part of speech, particle): separable vóórkomen (to occur)
    and inseparable voorkómen (to prevent) are two verbs spelt alike."""
    return (e["lemma"], e["pos"], e.get("particle"))


def dump(entry: dict, order=KEY_ORDER) -> str:
    ordered = {k: entry[k] for k in order if k in entry}
    return json.dumps(ordered, ensure_ascii=False)


def merge_expressions(parts: Path) -> tuple[int, int, int]:
    """expressions-*.jsonl into expressions.jsonl: (total, duplicates skipped, invalid)."""
    merged: dict[str, dict] = {}
    if EXPRESSIONS_FILE.exists():
        for e in read_jsonl(EXPRESSIONS_FILE):
            merged[e["text"]] = e
    skipped = bad = 0
    for part in sorted(parts.glob("expressions-*.jsonl")):
        for e in read_jsonl(part):
            errs = expression_problems(e)
            if errs:
                bad += 1
                print(f"{part.name}: {e.get('text')}: {'; '.join(errs)}", file=sys.stderr)
                continue
            if e["text"] in merged:
                skipped += 1
                if merged[e["text"]] != e:
                    print(f"{part.name}: duplicate {e['text']!r} kept the earlier entry", file=sys.stderr)
                continue
            merged[e["text"]] = e
    EXPRESSIONS_FILE.write_text(
        "".join(dump(merged[t], EXPRESSION_KEY_ORDER) + "\n" for t in sorted(merged)), encoding="utf-8"
    )
    return len(merged), skipped, bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parts", type=Path)
    ap.add_argument("--unexclude", type=Path, action="append", default=[],
                    help="a file whose first column lists words to take out of excluded.tsv")
    args = ap.parse_args(argv)

    merged: dict[tuple[str, str, str | None], dict] = {}
    if DATA_FILE.exists():
        for e in read_jsonl(DATA_FILE):
            merged[_key(e)] = e
    skipped = bad = 0
    for part in sorted(args.parts.glob("part-*.jsonl")):
        for e in read_jsonl(part):
            errs = problems(e)
            if errs:
                bad += 1
                print(f"{part.name}: {e.get('lemma')}: {'; '.join(errs)}", file=sys.stderr)
                continue
            key = _key(e)
            if key in merged:
                skipped += 1
                if merged[key] != e:
                    print(f"{part.name}: duplicate {key} kept the earlier entry", file=sys.stderr)
                continue
            merged[key] = e
    lines = [
        dump(merged[k]) for k in sorted(merged, key=lambda k: (k[0].lower(), k[0], k[1], k[2] or ""))
    ]
    DATA_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")

    excluded: dict[str, str] = {}
    if EXCLUDED.exists():
        for line in EXCLUDED.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                w, r = line.split("\t", 1)
                excluded[w] = r
    for drops in sorted(args.parts.glob("drops-*.tsv")):
        for line in drops.read_text(encoding="utf-8").splitlines():
            if "\t" not in line:
                continue
            word, reason = (x.strip() for x in line.split("\t", 1))
            if reason in EXCLUDE_REASONS:
                excluded[word] = reason
    for path in args.unexclude:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("\t")[0].strip()
            if word and not word.startswith("#"):
                excluded.pop(word, None)
    EXCLUDED.write_text(
        "".join(f"{w}\t{excluded[w]}\n" for w in sorted(excluded)), encoding="utf-8"
    )
    n_expr, skipped_expr, bad_expr = merge_expressions(args.parts)
    print(f"{len(merged)} entries ({skipped} duplicates skipped, {bad} invalid); "
          f"{n_expr} expressions ({skipped_expr} duplicates skipped, {bad_expr} invalid); "
          f"{len(excluded)} excluded words")
    return 1 if bad or bad_expr else 0


if __name__ == "__main__":
    raise SystemExit(main())
