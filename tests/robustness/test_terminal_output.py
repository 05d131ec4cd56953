"""What reaches the terminal (issue 17: cases 12 and 13).

A text, a dictionary or a file name may carry terminal escape sequences (an OSC 52
clipboard write, a screen clear, C1 controls): they are shown as harmless symbols in every
output, text or JSON, and in the reader.  Arguments that are not valid UTF-8 are one line.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from reader.app import ReaderApp
from tests.reader.test_app import glossed, reading
from tests.robustness import helpers
from vocab.controls import neutralise
from vocab.importers import load_bytes

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ("De kat \x1b]52;c;ZWNobyBnZWhhY2t0\x07 zat op de mat.\x1b[2J Hij sliep\x9b6n lang "
           "en\x7f droomde van vis.\n")
RAW = [b"\x1b", b"\x07", b"\xc2\x9b", b"\x7f"]  # ESC, BEL, CSI (C1, in UTF-8), DEL


def run(*args, env=None):
    return helpers.run(*args, text=False, env={"DUTCH_READER_DICT_DIRS": "", **(env or {})})


def clean(data: bytes) -> bool:
    return not any(r in data for r in RAW)


def test_neutralise_keeps_lengths_and_layout():
    text = "a\x1bb\x07c\x9bd\x7fe\tf\ng\x0ch"
    out = neutralise(text)
    assert len(out) == len(text)  # offsets into the text stay true
    assert out == "a␛b␇c\ufffdd␡e\tf\ng\nh"
    assert neutralise("Gewone tekst, één café.\n") == "Gewone tekst, één café.\n"


def test_a_loaded_text_carries_no_control_characters():
    loaded = load_bytes(HOSTILE.encode(), source="x")
    assert clean(loaded.text.encode()) and "␛" in loaded.text
    assert any("control" in w for w in loaded.warnings)


def test_analyse_and_vocab_print_no_escape_sequences(tmp_path):
    p = tmp_path / "kat.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    for args in (["analyse", str(p)], ["vocab", str(p)], ["vocab", str(p), "--csv"],
                 ["cloze", str(p), "--level", "A1"]):
        out = run(*args)
        assert out.returncode == 0, out.stderr
        assert clean(out.stdout) and clean(out.stderr), args
    out = run("analyse", str(p), "--json")
    assert clean(out.stdout)
    data = json.loads(out.stdout)
    assert "␛" in data["sentences"][0]["text"]


def write_dictd(folder: Path, name: str, entries: dict[str, str]) -> None:
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def enc(n: int) -> str:
        out = ""
        while True:
            out, n = b64[n % 64] + out, n // 64
            if n == 0:
                return out

    folder.mkdir(parents=True, exist_ok=True)
    data, index = b"", []
    for word, text in entries.items():
        raw = text.encode()
        index.append(f"{word}\t{enc(len(data))}\t{enc(len(raw))}")
        data += raw
    (folder / f"{name}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    (folder / f"{name}.dict.dz").write_bytes(gzip.compress(data))


def test_a_hostile_dictionary_entry_is_shown_harmless(tmp_path):
    write_dictd(tmp_path / "dicts", "kwaad-nld-eng",
                {"zwijnebrood": "zwijnebrood /x/\n1. sow\x1b]52;c;aGFjaw==\x07bread\n2. \x1b[2Jtruffle\x9b\n"})
    env = {"DUTCH_READER_DICT_DIRS": str(tmp_path / "dicts")}
    for args in (["gloss", "zwijnebrood"], ["gloss", "zwijnebrood", "--json"]):
        out = run(*args, env=env)
        assert out.returncode == 0, out.stderr
        assert clean(out.stdout) and b"truffle" in out.stdout, out.stdout


def test_a_file_name_with_escapes_is_shown_harmless(tmp_path):
    out = run("vocab", str(tmp_path / "\x1b[2Jweg\x07.txt"))
    assert out.returncode == 1 and clean(out.stderr) and b"no such file" in out.stderr


def test_json_escapes_what_json_leaves_raw(tmp_path):
    """json.dumps(ensure_ascii=False) leaves DEL and the C1 controls as they are."""
    from vocab.store import Store

    db = tmp_path / "s.sqlite3"
    with Store(db) as s:
        s.set_note("kat", "cat\x7f\x9b2J", "noot\x1b[2J")
    out = run("gloss", "kat", "--json", "--db", str(db))
    assert out.returncode == 0 and clean(out.stdout)
    g = json.loads(out.stdout)
    assert g["user_gloss"] == "cat\x7f\x9b2J" and g["user_note"] == "noot\x1b[2J"  # data intact


async def test_the_reader_draws_no_escape_sequences(tmp_path):
    p = tmp_path / "kat.txt"
    p.write_text("De kat\n\n" + HOSTILE, encoding="utf-8")
    app = ReaderApp(path=str(p), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        await reading(app, pilot)
        await pilot.press("right", "right", "enter")
        await glossed(app, pilot)
        screen = app.export_screenshot()
    assert "\x1b" not in screen and "\x9b" not in screen and "\x07" not in screen
    assert "␛" in screen


# ----------------------------------------------------------------------------- 12: argv
def test_arguments_that_are_not_utf8_are_one_line(tmp_path):
    for args in ([b"gloss", b"caf\xe9"], [b"gloss", b"huis", b"--context", b"Het \xff huis."],
                 [b"gloss", b"huis", b"--lang", b"\xff"]):
        out = run(*args)
        err = out.stderr.decode("utf-8", "replace").strip()
        assert out.returncode in (1, 2) and "Traceback" not in err, err
        assert len(err.splitlines()) == 1 and "UTF-8" in err, err


def test_a_file_name_that_is_not_utf8_still_opens(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "w", encoding="utf-8") as fh:
        fh.write("De kat zat op de mat. Hij sliep de hele dag in de zon.\n")
    out = run(b"vocab", name)
    assert out.returncode == 0, out.stderr
    out = run(b"analyse", name, b"--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["sentences"]
