"""How well our word difficulty agrees with the order a course teaches words.

    python bench/learner_order.py [--ablation] [--worst N]

Validation only: ``../shared/data/learner-order/course-order.tsv`` (a popular Dutch course
for English speakers: each word with the skill it is first taught in) is read here and
nowhere else; nothing is trained or tuned on it, and it is not shipped.

Its surface forms are mapped through the engine's lemmatiser; names (a capitalised word at
the start of a sentence that the engine reads as a name: *Amsterdam*, *België*),
multi-word phrases, fragments (*stief-*) and the course's English labels are dropped.  A
lemma's teaching position is the first skill that teaches any of its forms.  Reported:
Spearman's rho between that position and (a) our difficulty, (b) wordfreq's raw Zipf of
the lemma (negated: frequent = early), (c) the Zipf summed over the lemma's forms (the
first step of our model), and the share of lemmas taught in the course's first two parts
that we band A1-A2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# ../shared beside a checkout (CI, /work/main) or beside the worktrees' folder (/work/wt/NAME)
ORDER = next(
    (p / "data" / "learner-order" / "course-order.tsv" for p in (ROOT.parent / "shared", ROOT.parents[1] / "shared")
     if (p / "data" / "learner-order" / "course-order.tsv").exists()),
    ROOT.parent / "shared" / "data" / "learner-order" / "course-order.tsv",
)


def ranks(values: list[float]) -> list[float]:
    """Average ranks (1-based), ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        mean = (i + j) / 2 + 1
        for k in range(i, j + 1):
            out[order[k]] = mean
        i = j + 1
    return out


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho with ties: Pearson's r of the average ranks."""
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5


def course_lemmas() -> dict[str, tuple[int, int, list[str]]]:
    """lemma → (skill index of first teaching, part, the course's forms)."""
    from vocab import analyse
    from vocab.lexicon import known_names
    from vocab.morphology import default as morphology

    morph = morphology()
    names = known_names()
    out: dict[str, tuple[int, int, list[str]]] = {}
    for line in ORDER.read_text(encoding="utf-8").splitlines()[1:]:
        word, part, skill, _name = line.split("\t")
        if " " in word or word.startswith("-") or word.endswith("-") or not word.isalpha() and "'" not in word:
            continue
        if word in names:
            continue
        # a name reads as a name even at the start of a sentence
        tok = next(analyse(word[:1].upper() + word[1:] + " is hier.").tokens())
        if tok.kind == "name":
            continue
        lemma = morph.lemmatize(word)
        if not lemma or not lemma[:1].islower():
            continue
        first = out.get(lemma)
        if first is None or int(skill) < first[0]:
            out[lemma] = (int(skill), int(part), (first[2] if first else []) + [word])
        else:
            first[2].append(word)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worst", type=int, default=0, help="list the N lemmas we misplace most")
    args = parser.parse_args()
    if not ORDER.exists():
        print(f"skipped: {ORDER} not found")
        return 0
    from vocab.difficulty import LEVELS, lemma_zipf, word_stats
    from vocab.resources import zipf

    course = course_lemmas()
    lemmas = sorted(course)
    position = [course[lemma][0] for lemma in lemmas]
    stats = [word_stats(lemma) for lemma in lemmas]
    ours = [s.difficulty for s in stats]
    raw = [-zipf(lemma) for lemma in lemmas]
    summed = [-lemma_zipf(lemma) for lemma in lemmas]
    print(f"learner order: {len(lemmas)} lemmas from {ORDER.name} (names, phrases, fragments dropped)")
    print(f"  Spearman rho vs teaching order: ours {spearman(ours, position):.3f} · "
          f"raw wordfreq Zipf {spearman(raw, position):.3f} · "
          f"Zipf summed over forms {spearman(summed, position):.3f}")
    early = [s for s, lemma in zip(stats, lemmas, strict=True) if course[lemma][1] <= 2]
    late = [s for s, lemma in zip(stats, lemmas, strict=True) if course[lemma][1] >= 5]
    a_early = sum(LEVELS.index(s.level) <= 1 for s in early) / len(early)
    a_late = sum(LEVELS.index(s.level) <= 1 for s in late) / len(late)
    print(f"  taught in parts 1-2: {100 * a_early:.0f}% banded A1-A2 by us ({len(early)} lemmas); "
          f"parts 5-6: {100 * a_late:.0f}% ({len(late)} lemmas)")
    if args.worst:
        r_ours, r_pos = ranks(ours), ranks([float(p) for p in position])
        gaps = sorted(zip(lemmas, r_ours, r_pos, stats, strict=True), key=lambda t: -abs(t[1] - t[2]))
        for lemma, ro, rp, s in gaps[: args.worst]:
            print(f"    {lemma:<20} ours #{ro:>6.0f}  course #{rp:>6.0f}  {s.level} eff {s.effective_zipf:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
