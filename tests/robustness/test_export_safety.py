"""Exports write their output and nothing else (issue 17: cases 2 and 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vocab.export import _speak

ROOT = Path(__file__).resolve().parents[2]


def fake_espeak(folder: Path) -> Path:
    """An espeak-ng that records its arguments and standard input, and writes the -w file."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "calls.log"
    script = folder / "espeak-ng"
    script.write_text(
        "#!/bin/sh\n"
        f'for a in "$@"; do printf "arg:%s\\n" "$a" >> {log}; done\n'
        f'printf "stdin:" >> {log}; cat >> {log}; printf "\\n" >> {log}\n'
        'while [ $# -gt 0 ]; do [ "$1" = "-w" ] && printf RIFF > "$2"; shift; done\n'
    )
    script.chmod(0o755)
    return log


@pytest.mark.parametrize("word", ["-w/tmp/overschreven", "-f/etc/hostname", "--help", "-s1"])
def test_a_word_never_reaches_espeak_as_an_option(tmp_path, monkeypatch, word):
    log = fake_espeak(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    assert _speak(word, tmp_path) is not None
    calls = log.read_text()
    args = [line[4:] for line in calls.splitlines() if line.startswith("arg:")]
    assert word not in args and f"stdin:{word}" in calls


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_real_espeak_writes_no_file_a_word_names(tmp_path):
    """The audit's case: -w/path in a text overwrote that file.  The audio step runs with
    something on standard input, as from a script."""
    target = tmp_path / "overschreven"
    code = ("import sys; from pathlib import Path; from vocab.export import _speak; "
            "print(_speak(sys.argv[1], Path(sys.argv[2])))")
    out = subprocess.run([sys.executable, "-c", code, f"-w{target}", str(tmp_path)],
                         input=b"hallo", capture_output=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert not target.exists()
    assert out.stdout.strip().endswith(b".wav")  # the word itself was spoken into the deck
