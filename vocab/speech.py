"""Pronunciation with espeak-ng (or the older espeak), when it is installed.

The text always goes to espeak-ng on its standard input, never on its command line: a
word of a text may look like an option (``-w/path`` writes a file, ``-f/path`` reads one),
and on standard input it is only ever read out.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

__all__ = ["program", "speak"]


def program() -> str | None:
    """The espeak-ng (or espeak) executable, or None when neither is installed."""
    return shutil.which("espeak-ng") or shutil.which("espeak")


def speak(text: str, wav: Path | None = None, timeout: float = 20) -> bool:
    """Say *text* in Dutch, or write it to the file *wav*; True when espeak-ng ran and
    succeeded (and, with *wav*, wrote a non-empty file)."""
    espeak = program()
    if espeak is None:
        return False
    command = [espeak, "-v", "nl", *(["-w", str(wav)] if wav is not None else []), "--stdin"]
    try:
        subprocess.run(command, input=text.encode("utf-8", "replace"), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return False
    return wav is None or (wav.exists() and wav.stat().st_size > 0)
