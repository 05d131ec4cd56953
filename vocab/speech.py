"""Pronunciation with espeak-ng (or the older espeak), when it is installed: speech, and the
IPA of a word.

The text always goes to espeak-ng on its standard input, never on its command line: a
word of a text may look like an option (``-w/path`` writes a file, ``-f/path`` reads one),
and on standard input it is only ever read out.

The IPA shown in glosses is espeak-ng's (its Dutch rules get *vijand* /vˈɛɪɑnt/ and
*regen* /rˈeːɣən/ right, where FreeDict's transcriptions are often wrong); each word is
transcribed once and kept in the cache dir, named by the espeak-ng program's size and date.
"""

from __future__ import annotations

import atexit
import re
import shutil
import subprocess
from pathlib import Path

__all__ = ["program", "speak", "ipa"]


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


#: Longest text transcribed (a word or an expression; a sentence is spoken, not shown).
MAX_IPA_TEXT = 200
#: espeak-ng's language switches in its IPA: "(en)wiːkˈɛnd(nl)".
_SWITCH = re.compile(r"\([a-z]{2,3}(?:-[a-z]+)?\)")

_ipa_cache: dict[str, str] | None = None
_ipa_new = 0
_ipa_key: str | None = None


def _cache_key(espeak: str) -> str:
    try:
        st = Path(espeak).stat()
        return f"ipa-{st.st_size}-{st.st_mtime_ns}"
    except OSError:
        return "ipa-unknown"


def ipa(text: str, timeout: float = 10) -> str | None:
    """The IPA of a Dutch word or short phrase by espeak-ng (without slashes), or None when
    espeak-ng is not installed or fails.  Cached in memory and between runs."""
    global _ipa_cache, _ipa_new, _ipa_key
    text = " ".join(text.split())
    if not text or len(text) > MAX_IPA_TEXT:
        return None
    espeak = program()
    if espeak is None:
        return None
    if _ipa_cache is None:
        from .resources import load_cached

        _ipa_key = _cache_key(espeak)
        cached = load_cached(_ipa_key)
        _ipa_cache = cached if isinstance(cached, dict) else {}
        atexit.register(_save_ipa)
    hit = _ipa_cache.get(text)
    if hit is not None:
        return hit or None
    try:
        done = subprocess.run([espeak, "-v", "nl", "-q", "--ipa", "--stdin"],
                              input=text.encode("utf-8", "replace"), capture_output=True,
                              check=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return None
    out = " ".join(_SWITCH.sub("", done.stdout.decode("utf-8", "replace")).split())
    _ipa_cache[text] = out
    _ipa_new += 1
    if _ipa_new >= 50:
        _save_ipa()
    return out or None


def _save_ipa() -> None:
    global _ipa_new
    if _ipa_cache is None or not _ipa_new or _ipa_key is None:
        return
    from .resources import save_cached

    save_cached(_ipa_key, _ipa_cache)
    _ipa_new = 0
