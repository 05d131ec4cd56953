"""Exports write their output and nothing else (issue 17: cases 2 and 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.helpers import one_line, run
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


# ----------------------------------------------------------------------------- 14: genanki
TEXT = """De fietsenmaker

De fietsenmaker repareerde gisteren drie lekke banden in zijn kleine werkplaats.
Hij belde de klant na de reparatie meteen op om het goede nieuws te vertellen.
"""


@pytest.fixture
def own_tmpdir(tmp_path, monkeypatch):
    """A TMPDIR of the test's own (tempfile caches the directory: reset it)."""
    import tempfile

    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tmp


def cards(tmp_path):
    from vocab import analyse
    from vocab.export import select_words
    from vocab.glossary import Glossary
    from vocab.store import Store

    with Store(tmp_path / "s.sqlite3") as store:
        a = analyse(TEXT, title="De fietsenmaker", source="f.txt")
        return select_words(Glossary(store=store, dictionaries=[]), {}, "A1",
                            {"new", "learning"}, [a]).cards


def test_an_apkg_export_leaves_nothing_in_tmpdir(tmp_path, own_tmpdir):
    """genanki writes the collection (the learner's words and notes) to a temporary file
    it never removes; the export removes everything it made."""
    from vocab.export import write_apkg

    out = tmp_path / "uit" / "dutch.apkg"
    out.parent.mkdir()
    counts = write_apkg(cards(tmp_path), out, audio=False)
    assert counts["words"] > 3
    assert list(own_tmpdir.iterdir()) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["dutch.apkg"]


def test_an_apkg_export_on_a_full_tmpdir_is_one_line_and_leaves_nothing(tmp_path, monkeypatch,
                                                                        own_tmpdir):
    from vocab.export import ExportError, write_apkg

    real = sqlite3_connect = __import__("sqlite3").connect

    def full_disk(path, *args, **kwargs):  # the collection's disk holds two pages only
        conn = real(path, *args, **kwargs)
        if "collection" in str(path):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(__import__("sqlite3"), "connect", full_disk)
    out = tmp_path / "dutch.apkg"
    with pytest.raises(ExportError, match="the disk is full") as info:
        write_apkg(cards(tmp_path), out, audio=False)
    assert "\n" not in str(info.value) and sqlite3_connect is real
    assert not out.exists() and not any("dutch.apkg" in p.name for p in tmp_path.iterdir())
    assert list(own_tmpdir.iterdir()) == []


def test_cli_export_on_a_full_tmpdir(tmp_path, tmpfs):
    disk = tmpfs("64k")
    text = tmp_path / "t.txt"
    text.write_text(TEXT * 20, encoding="utf-8")
    out = run("export", "--text", str(text), "--level", "A1", "--no-audio", "-o",
              str(tmp_path / "o.apkg"), env={"TMPDIR": str(disk.where), "DUTCH_READER_DICT_DIRS": ""})
    assert out.returncode == 1 and "disk is full" in one_line(out)
    assert list(disk.where.iterdir()) == [] and not (tmp_path / "o.apkg").exists()
