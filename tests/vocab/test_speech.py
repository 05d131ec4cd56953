"""IPA from espeak-ng: right for the words FreeDict gets wrong, cached, safe with any word."""

from __future__ import annotations

import shutil

import pytest

from vocab import speech

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


@needs_espeak
@pytest.mark.parametrize(
    "word, ipa",
    [("vijand", "vˈɛɪɑnt"), ("tijd", "tˈɛɪt"), ("regen", "rˈeːɣən"), ("huis", "hˈœys")],
)
def test_ij_and_g_are_transcribed_right(word, ipa):
    """FreeDict wrote vijand /vˈiɑnt/, tijd /tˈɪt/, regen /reɤ°ən/."""
    assert speech.ipa(word) == ipa


@needs_espeak
def test_language_switch_marks_are_dropped():
    assert "(" not in speech.ipa("weekend")


@needs_espeak
def test_a_word_that_looks_like_an_option_is_only_read(tmp_path):
    target = tmp_path / "x.wav"
    assert speech.ipa(f"-w{target}")
    assert not target.exists()


@needs_espeak
def test_transcriptions_are_kept_between_runs(monkeypatch, tmp_path):
    monkeypatch.setenv("DUTCH_READER_CACHE", str(tmp_path))
    monkeypatch.setattr(speech, "_ipa_cache", None)
    assert speech.ipa("fiets") == "fˈits"
    speech._save_ipa()
    assert list(tmp_path.glob("ipa-*.marshal"))
    monkeypatch.setattr(speech, "_ipa_cache", None)
    monkeypatch.setattr(speech, "program", lambda: shutil.which("espeak-ng"))
    calls = []
    real = speech.subprocess.run
    monkeypatch.setattr(speech.subprocess, "run", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert speech.ipa("fiets") == "fˈits" and calls == []


def test_no_espeak_no_ipa(monkeypatch):
    monkeypatch.setattr(speech, "program", lambda: None)
    assert speech.ipa("huis") is None
    assert speech.ipa("") is None
