"""Property tests: any text, no exception, spans cover the original text in order."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab import analyse

DUTCHISH = st.text(
    alphabet=st.sampled_from(list("abcdeëfghijklmnopqrstuvwxyz ABCDEIJKLZ.,;:!?'\"-()\n0123456789’„”é")),
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), DUTCHISH))
def test_analysis_never_fails_and_spans_are_exact(text):
    a = analyse(text)
    last_end = 0
    for s in a.sentences:
        assert 0 <= s.start <= s.end <= len(text)
        for i, t in enumerate(s.tokens):
            assert t.start >= last_end
            assert text[t.start : t.end] == t.text
            assert t.text.strip() == t.text or t.text.startswith(("'s", "’s"))
            assert t.index == i
            if t.pair is not None:
                assert s.tokens[t.pair].pair == i
            last_end = t.end
    # everything that is not white space is inside some token
    covered = set()
    for t in a.tokens():
        covered.update(range(t.start, t.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
