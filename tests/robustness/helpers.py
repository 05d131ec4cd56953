"""What the robustness tests share: the CLI as a process, the one-line rule, a small
tmpfs (a disk that fills up or turns read-only; needs root, else the test is skipped)."""

from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=ROOT, stdin=None, input=None, env=None, timeout=120,
        memory_mb: int | None = None, text=True):
    """``python -m reader ARGS`` as a learner runs it; with *memory_mb*, under an
    address-space limit (a regression then ends in a MemoryError, not the machine's
    memory)."""

    def limit():
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=text,
                          cwd=cwd, stdin=stdin, input=input, timeout=timeout, preexec_fn=limit,
                          env={**os.environ, **(env or {})})


def one_line(out) -> str:
    """The rule for bad input: one line on stderr, no traceback."""
    err = out.stderr if isinstance(out.stderr, str) else out.stderr.decode("utf-8", "replace")
    err = err.strip()
    assert "Traceback" not in err, err
    assert len(err.splitlines()) == 1, err
    return err


class Tmpfs:
    """A small tmpfs at *where*: full after *size* bytes, or made read-only."""

    def __init__(self, where: Path, size: str) -> None:
        self.where = where
        where.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs",
                               str(where)], capture_output=True)
        if done.returncode:
            pytest.skip("cannot mount a tmpfs here (needs root)")

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.where)], check=True)

    def fill(self) -> None:
        """Fill the disk up to the last byte."""
        with open(self.where / "vol", "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.where)], capture_output=True)
