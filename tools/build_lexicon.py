"""Merge reviewed lexicon parts into vocab/lexicon/nl-en.jsonl (sorted, one entry a line).

    python tools/build_lexicon.py PARTS_DIR [--check]

PARTS_DIR holds ``part-*.jsonl`` (entries) and ``drops-*.tsv`` (candidates judged not to be
learner lemmas: ``word<TAB>reason``).  Entries already in nl-en.jsonl are kept; a part entry
with the same (lemma, pos) as an earlier one is reported and skipped, so a second writer never
silently overwrites a reviewed entry.  Names, English words, fragments and numbers from the
drops go to ``vocab/lexicon/excluded.tsv``, which ``tools/build_wordlist.py`` skips.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocab.lexicon import DATA_FILE  # noqa: E402
from vocab.lexicon.schema import KEY_ORDER, problems  # noqa: E402

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


def dump(entry: dict) -> str:
    ordered = {k: entry[k] for k in KEY_ORDER if k in entry}
    return json.dumps(ordered, ensure_ascii=False)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parts", type=Path)
    args = ap.parse_args(argv)

    merged: dict[tuple[str, str], dict] = {}
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
    EXCLUDED.write_text(
        "".join(f"{w}\t{excluded[w]}\n" for w in sorted(excluded)), encoding="utf-8"
    )
    print(f"{len(merged)} entries ({skipped} duplicates skipped, {bad} invalid); "
          f"{len(excluded)} excluded words")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
