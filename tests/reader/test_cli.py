"""The CLI as a learner runs it: real processes, exit codes, JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "wie-zijn-isis-k.txt"


def run(*args, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )


def test_vocab_json_shape_and_order():
    out = run("vocab", str(SAMPLE), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"profile", "words"}
    words = data["words"]
    assert words and set(words[0]) == {
        "lemma", "count", "forms", "zipf", "level", "difficulty", "syllables"
    }
    diffs = [w["difficulty"] for w in words]
    assert diffs == sorted(diffs, reverse=True)  # hardest first
    lemmas = {w["lemma"] for w in words}
    assert {"aanslag", "uitvoeren", "vredesakkoord", "zweren"} <= lemmas
    # names are never vocabulary
    assert not lemmas & {"Cafarella", "Jadoon", "Afghanistan", "ISIS-K", "Taliban", "cafarella"}
    prof = data["profile"]
    assert prof["words"] > 500 and prof["sentences"] > 20 and prof["level"] in {
        "A1", "A2", "B1", "B2", "C1", "C2"
    }


def test_vocab_level_counts_easier_words_known():
    data = json.loads(run("vocab", str(SAMPLE), "--json", "--level", "B1").stdout)
    assert all(w["level"] in {"B2", "C1", "C2"} for w in data["words"])
    prof = data["profile"]
    assert 0.5 < prof["known_share"] <= 1.0
    assert prof["new_for_95"] <= prof["new_for_98"]


def test_vocab_csv_has_a_header():
    out = run("vocab", str(SAMPLE), "--csv")
    lines = out.stdout.decode().splitlines()
    assert lines[0] == "lemma,count,forms,zipf,level,difficulty,syllables"
    assert len(lines) > 100


def test_analyse_json_offsets_point_into_the_input():
    text = SAMPLE.read_text(encoding="utf-8")
    data = json.loads(run("analyse", str(SAMPLE), "--json").stdout)
    for s in data["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
        for t in s["tokens"]:
            assert text[t["start"] : t["end"]] == t["text"]
            assert t["kind"] in {"word", "name", "number", "punct"}
            assert t["pos"] in {
                "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
            }
            if t["pair"] is not None:
                other = s["tokens"][t["pair"]]
                assert other["lemma"] == t["lemma"] and s["tokens"][other["pair"]] == t
                assert "PART" in (t["pos"], other["pos"])  # a particle verb's particle
    uit = [
        t for s in data["sentences"] for t in s["tokens"] if t["text"] == "voerde"
    ]
    assert uit and uit[0]["lemma"] == "uitvoeren"


def test_stdin_is_read_with_a_dash():
    out = run("analyse", "-", "--json", stdin=b"Hij belde zijn moeder op.")
    assert out.returncode == 0
    tokens = json.loads(out.stdout)["sentences"][0]["tokens"]
    assert tokens[1]["lemma"] == "opbellen" and tokens[1]["pair"] == 4


@pytest.mark.parametrize(
    "make_input, message",
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "directory"),
        (lambda tmp: _write(tmp / "leeg.txt", b""), "empty"),
        (lambda tmp: _write(tmp / "plaatje.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "PNG"),
    ],
)
def test_bad_input_one_line_exit_1(tmp_path, make_input, message):
    out = run("vocab", str(make_input(tmp_path)))
    err = out.stderr.decode()
    assert out.returncode == 1
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_wrong_usage_exit_2():
    assert run("vocab").returncode == 2
    assert run("vocab", str(SAMPLE), "--level", "Z9").returncode == 2


def test_every_command_has_help():
    for cmd in ("read", "vocab", "analyse", "gloss"):
        out = run(cmd, "--help")
        assert out.returncode == 0 and b"usage:" in out.stdout


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_gloss_in_context_carries_the_expression():
    out = run("gloss", "belang", "--context", "Daar heeft hij geen belang bij.", "--json")
    assert out.returncode == 0, out.stderr
    e = json.loads(out.stdout)["expression"]
    assert e["text"] == "er belang bij hebben" and e["kind"] == "verb"
    assert e["senses"] and set(e["example"]) == {"nl", "en"}
    alone = run("gloss", "belang", "--json")
    assert json.loads(alone.stdout)["expression"] is None
    plain = run("gloss", "uit", "--context", "Hij maakt al jaren deel uit van het koor.")
    lines = plain.stdout.decode().splitlines()
    assert lines[0].startswith("deel uitmaken van  (expression, verb)")  # the unit first
    assert any(line.startswith("uitmaken") for line in lines[1:])  # then the word


def test_analyse_json_tokens_carry_their_expression():
    out = run("analyse", "-", "--json", stdin=b"We gaan morgen aan de slag.")
    assert out.returncode == 0, out.stderr
    tokens = json.loads(out.stdout)["sentences"][0]["tokens"]
    assert [t["expression"] for t in tokens] == [
        None, "aan de slag gaan", None, "aan de slag gaan", "aan de slag gaan", "aan de slag gaan", None
    ]
