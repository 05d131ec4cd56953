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


def _shape(paragraphs):
    return [
        (p.start, p.end, [
            (s.start, s.end, [(t.text, t.start, t.end, t.kind, t.index, t.initial) for t in s.tokens])
            for s in p.sentences
        ])
        for p in paragraphs
    ]


NEAR_BOUNDARIES = st.lists(
    st.sampled_from(
        ["'s", "’S", "avonds", "J.", "de", "Vries", "enz.", "Dat", "bijv.", "o.a.", "t/m",
         "1.500", "auto's", "e-mail", "in-", "en", "-verkoop", ":", "\"Ja\"", "(zie", "p.",
         "a@b.nl", "ISIS-K", ".", "?", "\t", "\n", "\n\n", "  "]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(DUTCHISH, NEAR_BOUNDARIES))
def test_segment_equals_tokenizing_every_paragraph_whole(text):
    """segment() reuses the tokens of each space-delimited chunk; that must give exactly
    what tokenising each paragraph as a whole gives."""
    from vocab.text import Paragraph, segment, split_paragraphs, split_sentences, tokenize

    emails = "@" in text
    expected = []
    for start, end in split_paragraphs(text):
        tokens = tokenize(text, start, end, emails)
        if tokens:
            expected.append(Paragraph(start, end, split_sentences(text, tokens)))
    assert _shape(segment(text)) == _shape(expected)
