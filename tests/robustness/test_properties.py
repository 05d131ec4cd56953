"""hypothesis over glossing: arbitrary Unicode text never raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab import analyse
from vocab.glossary import Glossary

GLOSSARY = Glossary(dictionaries=[])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_glossing_any_text_never_fails(text):
    a = analyse(text)
    for tok in a.tokens():
        if tok.kind != "punct":
            g = GLOSSARY.gloss_token(a, tok)
            assert g.word == tok.text
    if text.strip():
        GLOSSARY.gloss_word(text.strip()[:40])
