"""Reader tests: the same glosses on every machine (no system dictionaries)."""

import pytest


@pytest.fixture(autouse=True)
def _no_system_dictionaries(monkeypatch):
    monkeypatch.setenv("DUTCH_READER_DICT_DIRS", "")
