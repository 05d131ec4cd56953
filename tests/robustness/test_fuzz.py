"""Fuzzing the engine end to end (issue 17): analysis, the gloss of every token in its
context, cloze exercises and answer checking, on texts that look like Dutch and are then
broken in every way a real file can be (stray Unicode, control characters, digits, very
long "words", odd spacing and punctuation).

Properties: nothing raises; token spans are exact; every gloss is of its own token; every
gap holds its answer; the answer itself is judged right, in any case and with the
particle halves in either order; any other response gets a verdict.

The example count is bounded for CI (``HYPOTHESIS_PROFILE=fuzz`` runs a longer search):
about 30 s on two cores.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from vocab import analyse
from vocab.cloze import KINDS, check_answer, make_exercises
from vocab.glossary import Glossary

ROOT = Path(__file__).resolve().parents[2]
settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

# the words of our sample texts: real Dutch with particle verbs, compounds and names
WORDS = sorted({w for p in (ROOT / "seeds").glob("*.txt")
                for w in re.findall(r"[^\W\d_][\w'’-]*", p.read_text(encoding="utf-8"))})
GLOSSARY = Glossary(dictionaries=[])

odd_unicode = st.text(min_size=1, max_size=8)  # anything hypothesis can make
controls = st.sampled_from(["\x1b[2J", "\x1b]52;c;aGFjaw==\x07", "\x9b", "\x00", "\x7f",
                            "\x0c", "\t", "\u200b", "\u202e", "\ufeff"])
long_word = st.text(alphabet="abcdefghijklmnoprstuvwzëé", min_size=30, max_size=120)
glued = st.tuples(st.sampled_from(WORDS), st.sampled_from(["-", "'", "’", "/", ".", ""]),
                  st.sampled_from(WORDS)).map("".join)
token = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper), st.sampled_from(WORDS).map(str.capitalize),
    glued, st.integers(-10_000, 10**9).map(str),
    st.sampled_from([",", ";", ":", "(", ")", "„", "”", "—", "…", "'s", "'t", "z'n", "bijv.",
                     "o.a.", "t/m", "…", "&", "%", "€"]),
    odd_unicode, controls, long_word,
)
separator = st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", " - ", ""])
salad = st.tuples(st.lists(st.tuples(token, separator).map("".join), min_size=3, max_size=22),
                  st.sampled_from([".", ".", "?", "!", "…", "", ".\n"])).map(
    lambda parts: "".join(parts[0]).strip() + parts[1])
# real sentences (so that exercises of every kind are made), with things put in anywhere
SENTENCES = [s for p in sorted((ROOT / "seeds").glob("*.txt"))
             for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8"))
             if 6 <= len(s.split()) <= 30]


def _insert(sentence_and_changes) -> str:
    out, changes = sentence_and_changes
    for at, what in changes:
        at %= len(out) + 1
        out = out[:at] + what + out[at:]
    return out


mutated = st.tuples(st.sampled_from(SENTENCES),
                    st.lists(st.tuples(st.integers(0, 10**4), token), max_size=3)).map(_insert)
sentence = st.one_of(mutated, mutated, salad)
text = st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=1,
                max_size=3).map("\n\n".join)


@settings(settings.get_profile(PROFILE))
@given(text, st.sampled_from(["A1", "A2", "B1", "B2", "C1"]), st.text(max_size=20))
def test_analysis_glosses_cloze_and_checking_never_fail(text, level, stray):
    a = analyse(text)
    for s in a.sentences:
        for t in s.tokens:
            assert text[t.start : t.end] == t.text
            if t.kind == "punct":
                continue
            g = GLOSSARY.gloss_token(a, t)
            assert g.word == t.text and isinstance(g.lemma, str)
    exercises = make_exercises(a, level=level, above=5, kinds=KINDS, glossary=GLOSSARY)
    event(f"exercises: {min(len(exercises), 5)}{'+' if len(exercises) >= 5 else ''}")
    for kind in {ex.kind for ex in exercises}:
        event(f"kind: {kind}")
    for ex in exercises:
        assert len(ex.gaps) == len(ex.answer) >= 1
        for (start, end), answer in zip(ex.gaps, ex.answer, strict=True):
            assert 0 <= start < end <= len(ex.sentence)
            assert ex.sentence[start:end] == answer
        assert check_answer(ex, " ".join(ex.answer)).correct
        assert check_answer(ex, " ".join(ex.answer).upper()).correct
        assert check_answer(ex, list(reversed(ex.answer))).correct
        for response in (stray, "", " … ".join(ex.answer), ex.answer[0][:-1] or "x"):
            assert check_answer(ex, response).verdict in ("right", "almost", "wrong")
