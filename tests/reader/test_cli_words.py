"""`dutch-reader words` as a learner runs it: real processes, exit codes, JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          cwd=ROOT, timeout=120, text=True)


def test_import_list_and_export(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    lute = tmp_path / "Terms.csv"
    lute.write_text(
        "term,parent,translation,language,tags,added,status,link_status,pronunciation\r\n"
        "huizen,huis,houses,Dutch,,2024-03-01 10:00:00,3,,\r\n"
        "fiets,,bicycle,Dutch,,2024-03-01 10:00:00,99,,\r\n"
        "gato,,cat,Spanish,,2024-03-01 10:00:00,1,,\r\n",
        encoding="utf-8",
    )
    dry = run("words", "import", str(lute), "--dry-run", "--db", db)
    assert dry.returncode == 0, dry.stderr
    assert "would import: 2 new lemmas" in dry.stdout and "other language (Spanish)" in dry.stdout
    assert "nothing was written" in dry.stdout and not Path(db).exists()
    out = run("words", "import", str(lute), "--db", db)
    assert out.returncode == 0, out.stderr
    assert "imported: 2 new lemmas" in out.stdout and "backup" in out.stdout
    listed = run("words", "list", "--json", "--db", db)
    assert listed.returncode == 0, listed.stderr
    words = json.loads(listed.stdout)["words"]
    assert [w["lemma"] for w in words] == ["fiets", "huis"]
    assert set(words[0]) == {"lemma", "kind", "status", "level", "meaning", "user_gloss", "note", "texts"}
    assert {w["kind"] for w in words} == {"word"}
    assert words[0]["status"] == "known" and words[0]["user_gloss"] == "bicycle"
    assert words[1]["status"] == "learning3" and words[1]["meaning"]
    only = json.loads(run("words", "list", "--json", "--status", "learning", "--db", db).stdout)
    assert [w["lemma"] for w in only["words"]] == ["huis"]
    csv_out = run("words", "list", "--csv", "--db", db)
    assert csv_out.stdout.splitlines()[0] == "lemma,status,level,meaning,user_gloss,note,texts"
    exported = tmp_path / "mine.csv"
    out = run("words", "export", "-o", str(exported), "--db", db)
    assert out.returncode == 0 and exported.read_text(encoding="utf-8").startswith("lemma,status")


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    missing = run("words", "import", str(tmp_path / "nope.csv"), "--db", db)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("woord;betekenis\nkat;cat\n", encoding="utf-8")
    out = run("words", "import", str(bad), "--format", "lute", "--db", db)
    assert out.returncode == 1 and "header lacks" in out.stderr and "Traceback" not in out.stderr
    wrong = run("words", "list", "--status", "bijna", "--db", db)
    assert wrong.returncode == 2 and "unknown status" in wrong.stderr
    empty = run("words", "export", "-o", str(tmp_path / "x.csv"), "--db", db)
    assert empty.returncode == 1 and "nothing to export" in empty.stderr


def test_expressions_are_listed_apart_with_their_meaning(tmp_path):
    """A multi-word term imported as a fixed expression is a row of kind "expression",
    its meaning the expression's first sense, no CEFR band; --kind filters."""
    from vocab.expressions import default

    db = str(tmp_path / "s.sqlite3")
    wordlist = tmp_path / "woorden.txt"
    wordlist.write_text("maak je geen zorgen\nfiets\n", encoding="utf-8")
    out = run("words", "import", str(wordlist), "--db", db)
    assert out.returncode == 0, out.stderr
    rows = {w["lemma"]: w for w in json.loads(run("words", "list", "--json", "--db", db).stdout)["words"]}
    assert set(rows) == {"fiets", "zich zorgen maken over"}
    expr = rows["zich zorgen maken over"]
    assert expr["kind"] == "expression" and rows["fiets"]["kind"] == "word"
    assert expr["meaning"] == default().get("zich zorgen maken over").senses[0]
    assert expr["level"] == "" and rows["fiets"]["level"]
    only = json.loads(run("words", "list", "--json", "--kind", "expression", "--db", db).stdout)["words"]
    assert [w["lemma"] for w in only] == ["zich zorgen maken over"]
    text = run("words", "list", "--db", db).stdout
    line = next(line for line in text.splitlines() if line.startswith("zich zorgen maken over"))
    assert " exp " in line and "worry" in line
