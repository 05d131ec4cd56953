"""Check our annotated learner sentences (tools/learner/GUIDELINES.md).

    python tools/learner_check.py [FILE ...]        # default: every tools/learner/sentences/*.tsv
    python tools/learner_check.py --ud WORD [WORD ...]   # how the UD treebanks tag WORD
    python tools/learner_check.py --stats

For each sentence: the tokens must be exactly what our tokenizer makes of the text, tags must be
known, a PART must carry the lemma of a verb of its sentence that starts with it, no sentence may
occur twice. Then, as a second opinion, the engine's lemma (and, once a tagger model exists, its
tag) is compared with ours for every content word: a disagreement is not an error, but read it —
either the annotation or the engine is wrong. Exit 1 when there are errors.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vocab.tagging.corpus import (  # noqa: E402
    held_out,
    learner_files,
    read_conllu,
    read_learner,
    ud_files,
)
from vocab.text import PUNCT, segment  # noqa: E402

CONTENT = {"NOUN", "VERB", "ADJ", "ADV", "AUX", "PART"}


def ud_lookup(words: list[str]) -> None:
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    wanted = {w.lower() for w in words}
    for path in ud_files():
        for s in read_conllu(path):
            for i, (form, tag) in enumerate(zip(s.forms, s.tags, strict=True)):
                low = form.lower()
                if low in wanted:
                    table[low][tag] += 1
                    if len(examples[(low, tag)]) < 3:
                        examples[(low, tag)].append(" ".join(s.forms[max(0, i - 4) : i + 5]))
    for w in words:
        low = w.lower()
        print(f"{w}: {dict(table[low].most_common()) or 'not in the treebanks'}")
        for tag, _n in table[low].most_common():
            for ex in examples[(low, tag)]:
                print(f"    {tag:6} … {ex} …")


def engine_view(text: str):
    """(forms, lemmas, tags or None) of our engine for *text*."""
    from vocab.analysis import analyse

    a = analyse(text)
    toks = list(a.tokens())
    tags = [getattr(t, "pos", None) for t in toks]
    return [t.text for t in toks], [t.lemma for t in toks], tags


def check(paths: list[Path], quiet: bool = False) -> int:
    errors = 0
    seen: dict[str, str] = {}
    disagree = 0
    n_sent = n_tok = 0
    for path in paths:
        try:
            sentences = list(read_learner(path))
        except ValueError as exc:
            print(f"ERROR {exc}")
            errors += 1
            continue
        for s in sentences:
            n_sent += 1
            n_tok += len(s.forms)
            where = f"{path.name}:{s.line}"
            key = " ".join(s.text.split()).lower()
            if key in seen:
                print(f"ERROR {where}: sentence also at {seen[key]}: {s.text}")
                errors += 1
            seen[key] = where
            toks = [t for p in segment(s.text) for sent in p.sentences for t in sent.tokens]
            forms = [t.text for t in toks]
            if forms != s.forms:
                print(f"ERROR {where}: tokens differ from the tokenizer:\n    ours:      {s.forms}\n    tokenizer: {forms}")
                errors += 1
                continue
            for form, tag, lemma in zip(s.forms, s.tags, s.lemmas, strict=True):
                if tag == "PART":
                    verbs = [
                        lm for f2, t2, lm in zip(s.forms, s.tags, s.lemmas, strict=True)
                        if t2 in ("VERB", "AUX") and lm == lemma
                    ]
                    if not verbs or not lemma.startswith(form.lower()):
                        print(f"ERROR {where}: PART {form!r} must carry the joined verb lemma of a VERB in the sentence (has {lemma!r})")
                        errors += 1
                if tag == "PUNCT" and toks[s.forms.index(form)].kind != PUNCT:
                    print(f"ERROR {where}: {form!r} tagged PUNCT is not punctuation")
                    errors += 1
            if quiet:
                continue
            _f, lemmas, tags = engine_view(s.text)
            notes = []
            for i, (form, tag, lemma) in enumerate(zip(s.forms, s.tags, s.lemmas, strict=True)):
                if tag not in CONTENT:
                    if tags[i] is not None and tags[i] != tag:
                        notes.append(f"{form}: tag ours {tag}, engine {tags[i]}")
                    continue
                if lemmas[i] != lemma:
                    notes.append(f"{form}: lemma ours {lemma!r}, engine {lemmas[i]!r}")
                if tags[i] is not None and tags[i] != tag:
                    notes.append(f"{form}: tag ours {tag}, engine {tags[i]}")
            if notes:
                disagree += 1
                print(f"check {where}{' (held out)' if held_out(s) else ''}: {s.text}")
                for note in notes:
                    print(f"    {note}")
    print(
        f"{n_sent} sentences, {n_tok} tokens in {len(paths)} files; {errors} errors; "
        f"{disagree} sentences where the engine disagrees (read them)",
        file=sys.stderr,
    )
    return 1 if errors else 0


def stats(paths: list[Path]) -> None:
    tags: collections.Counter = collections.Counter()
    n = held = 0
    for path in paths:
        for s in read_learner(path):
            n += 1
            held += held_out(s)
            tags.update(s.tags)
    print(f"{n} sentences ({held} held out), {sum(tags.values())} tokens")
    for tag, c in tags.most_common():
        print(f"  {tag:6} {c}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--ud", nargs="+", metavar="WORD", help="show how the UD treebanks tag WORD")
    ap.add_argument("--stats", action="store_true", help="counts per tag")
    ap.add_argument("--quiet", action="store_true", help="errors only, no comparison with the engine")
    args = ap.parse_args(argv)
    if args.ud:
        ud_lookup(args.ud)
        return 0
    paths = args.files or learner_files()
    if args.stats:
        stats(paths)
        return 0
    return check(paths, args.quiet)


if __name__ == "__main__":
    raise SystemExit(main())
