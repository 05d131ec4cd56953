"""Check expression files before they are merged: shape, citation form, duplicates, and
that each example sentence shows its expression to the matcher.

    python tools/check_expressions.py FILE [FILE ...]

Prints one line per problem (``FILE:LINE: text: problem``) and a summary; exit status 1 when
there is a problem.  Expressions already in ``vocab/lexicon/expressions.jsonl`` or in an
``expressions-*.jsonl`` beside FILE (another writer's) are reported as duplicates.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocab import analyse  # noqa: E402
from vocab.expressions import _FUNCTION as FUNCTION_WORDS  # noqa: E402
from vocab.expressions import DATA_FILE, PREPOSITIONS, Expressions, parse  # noqa: E402
from vocab.lexicon.schema import expression_problems  # noqa: E402
from vocab.morphology import default as morphology  # noqa: E402


def read(path: Path) -> list[tuple[int, dict | None, str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line), ""))
        except json.JSONDecodeError as exc:
            out.append((n, None, f"invalid JSON: {exc}"))
    return out


def citation_problems(e: dict) -> list[str]:
    """What is wrong with the citation form for the matcher."""
    errs = []
    p = parse(e["text"], e["kind"])
    fixed = p.fixed
    if not fixed:
        errs.append("the expression has no fixed word besides its verb and slots")
    if e["kind"] == "verb":
        if not _is_verb(p.verb):
            errs.append(f"kind verb: {p.verb!r} (the last word, or the one before a final "
                        "preposition) must be a verb in the infinitive")
        elif fixed and all(w in FUNCTION_WORDS for w in fixed):
            errs.append("a verbal expression needs a content word besides its verb "
                        "(function words alone match too much)")
    elif e["kind"] != "phrase":
        last = e["text"].split()[-1]
        first = e["text"].split()[0]
        if (last.endswith("en") and last not in PREPOSITIONS and first not in PREPOSITIONS
                and morphology().is_verb_lemma(last)):  # bij nader inzien: a verbal noun
            errs.append(f"ends in the verb {last!r}: should kind be 'verb'?")
    return errs


def _is_verb(word: str) -> bool:
    from vocab.lexicon import default as lexicon

    return any(e.pos == "verb" for e in lexicon().lookup(word)) or morphology().is_verb_lemma(word)


def _shape(e: dict) -> tuple:
    p = parse(e["text"], e["kind"])
    return (p.fixed, p.verb)


def example_problem(e: dict) -> str | None:
    nl = e["example"]["nl"]
    n = len(nl.split())
    if n < 3 or n > 16:
        return f"example has {n} words (4-15)"
    one = Expressions(path=None, entries=[e])
    for sentence in analyse(nl).sentences:
        if one.find(sentence.tokens):
            return None
    return "the matcher does not find the expression in its example (see the brief's rules)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    args = ap.parse_args(argv)

    known: dict[str, str] = {}
    # the same words to find (slots and the optional preposition aside) is the same
    # expression: "iemand in de steek laten" is "in de steek laten"
    same: dict[tuple, str] = {}
    if DATA_FILE.exists() and DATA_FILE.resolve() not in {f.resolve() for f in args.files}:
        for _n, e, _err in read(DATA_FILE):
            if e and isinstance(e.get("text"), str):
                known[e["text"]] = "vocab/lexicon/expressions.jsonl"
                if e.get("kind") in ("verb", "preposition", "adverb", "conjunction", "adjective", "noun", "phrase"):
                    same.setdefault(_shape(e), e["text"])
    for f in args.files:
        for other in sorted(f.resolve().parent.glob("expressions-*.jsonl")):
            if other.resolve() == f.resolve() or other in args.files:
                continue
            for _n, e, _err in read(other):
                if e and isinstance(e.get("text"), str):
                    known.setdefault(e["text"], other.name)
    problems = total = 0
    for f in args.files:
        mine: dict[str, int] = {}
        for n, e, err in read(f):
            total += 1
            errs = [err] if err else []
            if e is not None:
                errs += expression_problems(e)
                if not errs:
                    errs += citation_problems(e)
                text = e.get("text")
                if isinstance(text, str):
                    if text in mine:
                        errs.append(f"duplicate of line {mine[text]}")
                    elif text in known:
                        errs.append(f"already in {known[text]}")
                    elif not errs and same.get(_shape(e), text) != text:
                        errs.append(f"the same words as {same[_shape(e)]!r} (slots and the final "
                                    "preposition aside)")
                    mine.setdefault(text, n)
                    if not errs:
                        same.setdefault(_shape(e), text)
                if not errs:
                    err = example_problem(e)
                    if err:
                        errs.append(err)
            for msg in errs:
                problems += 1
                label = e.get("text") if isinstance(e, dict) else "?"
                print(f"{f}:{n}: {label}: {msg}")
    print(f"{total} expressions, {problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
