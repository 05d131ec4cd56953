"""The hand review of FreeDict's re-spaced senses (issue #13, item 6).

    python bench/respace_review.py

``bench/respace_review.tsv`` holds two samples of senses FreeDict's nld-eng wrote run
together: A, 25 the old re-spacing changed; B, 25 the current one changes; each with the old
and the new re-spacing and a judgement of both against the sense as written (better, same,
worse).  Prints the counts, and any row where the code no longer gives the reviewed text
(then the review must be redone).  With FreeDict installed, also how many senses of the whole
dictionary the step changes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocab.dictd import _SENSE_RE, _respace, find_dictionaries  # noqa: E402

REVIEW = Path(__file__).with_name("respace_review.tsv")


def rows() -> list[dict]:
    lines = [ln for ln in REVIEW.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]


def main() -> int:
    reviewed = rows()
    for sample in ("A", "B"):
        mine = [r for r in reviewed if r["sample"] == sample]
        old = Counter(r["old_judgement"] for r in mine)
        new = Counter(r["new_judgement"] for r in mine)
        print(f"sample {sample} ({len(mine)} senses): old re-spacing "
              f"{old['better']} better, {old['same']} same, {old['worse']} worse; "
              f"now {new['better']} better, {new['same']} same, {new['worse']} worse")
    stale = [r["written"] for r in reviewed if _respace(r["written"]) != r["new"]]
    if stale:
        print(f"{len(stale)} reviewed senses come out differently now: review again ({stale[:3]})")
    d = next((d for d in find_dictionaries() if d.name == "freedict-nld-eng"), None)
    if d is not None:
        total = changed = 0
        for headword in d.headwords():
            for entry_ in d.lookup(headword):
                for line in entry_.text.splitlines()[1:]:
                    m = _SENSE_RE.match(line)
                    sense = (m.group(1) if m else line).strip()
                    if sense:
                        total += 1
                        changed += _respace(sense) != sense
        print(f"freedict-nld-eng: {changed:,} of {total:,} senses re-spaced")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
