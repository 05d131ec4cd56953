"""tools/build_lexicon.py: parts merged into the lexicon and the expressions, drops and
words taken out of excluded.tsv again."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def build(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build_lexicon", ROOT / "tools" / "build_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    data = tmp_path / "nl-en.jsonl"
    data.write_text(json.dumps({"lemma": "huis", "pos": "noun", "article": "het", "plural": "huizen",
                                "diminutive": "huisje", "senses": ["house"], "note": None}) + "\n")
    excluded = tmp_path / "excluded.tsv"
    excluded.write_text("legen\tenglish\npieter\tname\n")
    expressions = tmp_path / "expressions.jsonl"
    expressions.write_text("")
    monkeypatch.setattr(mod, "DATA_FILE", data)
    monkeypatch.setattr(mod, "EXCLUDED", excluded)
    monkeypatch.setattr(mod, "EXPRESSIONS_FILE", expressions)
    return mod, data, excluded, expressions


def _line(**e) -> str:
    return json.dumps(e, ensure_ascii=False) + "\n"


def test_parts_merge_sorted_in_key_order_and_invalid_entries_are_left_out(build, tmp_path, capsys):
    mod, data, excluded, expressions = build
    parts = tmp_path / "parts"
    parts.mkdir()
    (parts / "part-home.jsonl").write_text(
        _line(lemma="komkommer", pos="noun", article="de", plural="komkommers",
              diminutive="komkommertje", senses=["cucumber"],
              examples=[{"nl": "Ik snijd de komkommer.", "en": "I slice the cucumber."}], note=None)
        + _line(lemma="huis", pos="noun", article="de", plural="huizen", diminutive=None,
                senses=["home"], note=None)  # a second writer never overwrites
        + _line(lemma="knikken", pos="verb", senses=["to nod"], note=None)  # no forms
    )
    (parts / "expressions-verbs.jsonl").write_text(
        _line(text="aan de slag gaan", kind="verb", senses=["to get to work"],
              example={"nl": "We gaan aan de slag.", "en": "We get to work."},
              register=None, region=None, note=None)
        + _line(text="x", kind="verb", senses=[], example=None, register=None, region=None, note=None)
    )
    unexclude = tmp_path / "real-words.tsv"
    unexclude.write_text("legen\tto empty\n")
    assert mod.main([str(parts), "--unexclude", str(unexclude)]) == 1  # the invalid ones
    lemmas = [json.loads(x)["lemma"] for x in data.read_text().splitlines()]
    assert lemmas == ["huis", "komkommer"]
    komkommer = json.loads(data.read_text().splitlines()[1])
    assert list(komkommer) == ["lemma", "pos", "article", "plural", "diminutive", "senses",
                               "examples", "note"]
    assert json.loads(data.read_text().splitlines()[0])["article"] == "het"
    assert [json.loads(x)["text"] for x in expressions.read_text().splitlines()] == ["aan de slag gaan"]
    assert excluded.read_text() == "pieter\tname\n"
    err = capsys.readouterr().err
    assert "knikken" in err and "duplicate ('huis', 'noun', None)" in err and "x:" in err
