"""Analyses of longer texts kept between runs by content hash (vocab.analysis_cache)."""

from __future__ import annotations

import pytest

from vocab import analyse, analysis_cache
from vocab.morphology import Morphology

TEXT = (
    "Hij belde zijn moeder gisteren op. Ik kom morgen, zei ze. De kom staat op tafel.\n\n"
) * 80  # over MIN_CHARS


def state(a):
    return [(t.text, t.start, t.end, t.kind, t.lemma, t.parts, t.pair, t.initial, t.pos)
            for t in a.tokens()]


def test_a_long_text_is_analysed_once(tmp_path, monkeypatch):
    monkeypatch.setenv("DUTCH_READER_CACHE", str(tmp_path))
    assert len(TEXT) >= analysis_cache.MIN_CHARS
    first = analyse(TEXT)
    assert list((tmp_path / "analyses").glob("*.marshal"))

    def no_analysis(self, paragraphs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(Morphology, "analyse_paragraphs", no_analysis)
    again = analyse(TEXT)
    assert state(again) == state(first)
    assert [(s.start, s.end, s.case) for s in again.sentences] == [
        (s.start, s.end, s.case) for s in first.sentences
    ]
    with pytest.raises(AssertionError):
        analyse(TEXT + " Nog een zin.")  # another text: analysed, not taken from the cache


def test_a_broken_cache_file_is_analysed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("DUTCH_READER_CACHE", str(tmp_path))
    first = analyse(TEXT)
    for f in (tmp_path / "analyses").glob("*.marshal"):
        f.write_bytes(b"not marshal")
    assert state(analyse(TEXT)) == state(first)


def test_only_the_last_analyses_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("DUTCH_READER_CACHE", str(tmp_path))
    monkeypatch.setattr(analysis_cache, "KEEP", 2)
    for n in range(4):
        analyse(TEXT + f" Zin {n}.")
    assert len(list((tmp_path / "analyses").glob("*.marshal"))) == 2


def test_fixed_expressions_come_back_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DUTCH_READER_CACHE", str(tmp_path))
    text = "Mijn broer maakt al jaren deel uit van een koor. Hij zingt graag.\n\n" * 80
    first = analyse(text)
    again = analyse(text)  # from the cache
    marks = [(t.expression, t.expression_tokens) for t in again.tokens()]
    assert marks == [(t.expression, t.expression_tokens) for t in first.tokens()]
    toks = again.sentences[0].tokens
    assert [t.text for t in toks if t.expression == "deel uitmaken van"] == ["maakt", "deel", "uit", "van"]
    assert toks[2].expression_tokens is toks[5].expression_tokens  # shared, as analysed
    assert toks[0].expression is None and toks[0].expression_tokens is None


def test_the_fingerprint_changes_with_the_expressions(tmp_path, monkeypatch):
    from vocab import expressions

    before = analysis_cache.fingerprint()
    copy = tmp_path / "expressions.jsonl"
    copy.write_text(expressions.DATA_FILE.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(expressions, "DATA_FILE", copy)
    analysis_cache.fingerprint.cache_clear()
    try:
        assert analysis_cache.fingerprint() != before
    finally:
        analysis_cache.fingerprint.cache_clear()
