"""Fixtures of the robustness tests."""

from __future__ import annotations

import pytest

from tests.robustness.helpers import Tmpfs


@pytest.fixture
def tmpfs(tmp_path):
    """``tmpfs(size, name)``: a small tmpfs below tmp_path, unmounted after the test."""
    mounts: list[Tmpfs] = []

    def make(size: str = "256k", name: str = "mnt") -> Tmpfs:
        m = Tmpfs(tmp_path / name, size)
        mounts.append(m)
        return m

    yield make
    for m in mounts:
        m.unmount()
