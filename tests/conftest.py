"""Shared fixtures: tests never touch the learner's real data directory."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch, _session_cache):
    home = tmp_path / "dutch-reader-home"
    home.mkdir()
    monkeypatch.setenv("DUTCH_READER_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    # derived data only (a pickled lemma table): shared by the session's tests
    monkeypatch.setenv("DUTCH_READER_CACHE", str(_session_cache))
    return home
