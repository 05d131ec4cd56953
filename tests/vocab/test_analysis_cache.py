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
