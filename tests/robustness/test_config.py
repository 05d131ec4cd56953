"""config.json from a learner's hand (issue 17: case 11, and 9 for its writes).

An invalid value is a warning naming the key, the default is used and the file is kept as
it is; a damaged file is never replaced silently; a config that cannot be written is one
warning line, and the command goes on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.robustness import helpers
from vocab import config

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("De fietsenmaker repareerde gisteren drie lekke banden in zijn kleine werkplaats aan "
        "de gracht. Hij belde de klant na de reparatie meteen op om het goede nieuws te "
        "vertellen. De klant haalde de fiets zelf op en betaalde contant aan de toonbank.\n")


def run(*args, env=None):
    return helpers.run(*args, env={"DUTCH_READER_DICT_DIRS": "", **(env or {})})


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch):
    monkeypatch.setattr(config, "_reported", set())
    monkeypatch.setattr(config, "pending", [])
    monkeypatch.setattr(config, "on_warning", None)


@pytest.mark.parametrize("content, key", [
    ({"level": "Z9"}, "level"),
    ({"level": 3}, "level"),
    ({"lang": "klingon"}, "lang"),
    ({"reading_width": "breed"}, "reading_width"),
    ({"reading_width": -5}, "reading_width"),
    ({"legend": "ja"}, "legend"),
    ({"theme": ["rood"]}, "theme"),
])
def test_an_invalid_value_is_a_warning_and_the_default(_isolated_home, content, key):
    path = _isolated_home / "config.json"
    path.write_text(json.dumps(content))
    before = path.read_bytes()
    loaded = config.load()
    assert loaded[key] == config.DEFAULTS[key]
    assert len(config.pending) == 1 and f"'{key}'" in config.pending[0]
    assert "default" in config.pending[0]
    config.load()
    assert len(config.pending) == 1  # said once per process
    assert path.read_bytes() == before


def test_good_values_and_unknown_keys_are_kept(_isolated_home):
    (_isolated_home / "config.json").write_text(json.dumps(
        {"level": "B2", "lang": "de", "reading_width": 100, "legend": False, "toekomst": 1}))
    loaded = config.load()
    assert (loaded["level"], loaded["lang"], loaded["reading_width"], loaded["legend"]) == ("B2", "de", 100, False)
    assert loaded["toekomst"] == 1 and config.pending == []


def test_cloze_with_a_bad_level_in_the_config_warns_and_works(_isolated_home, tmp_path):
    (_isolated_home / "config.json").write_text('{"level": "Z9"}')
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    out = run("cloze", str(text))
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "'level'" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert (_isolated_home / "config.json").read_text() == '{"level": "Z9"}'


def test_a_damaged_config_is_kept_never_silently_replaced(_isolated_home):
    path = _isolated_home / "config.json"
    path.write_text('{"level": "B1", "lang": ')
    assert config.load()["level"] is None and "not valid JSON" in config.pending[0]
    out = run("gloss", "huis", "--lang", "de")
    assert out.returncode == 0, out.stderr
    kept = [p for p in _isolated_home.iterdir() if p.name.startswith("config.json.")]
    assert len(kept) == 1 and kept[0].read_text() == '{"level": "B1", "lang": '
    assert kept[0].name in out.stderr
    assert json.loads(path.read_text())["lang"] == "de"


def test_a_value_set_keeps_the_other_values_as_written(_isolated_home):
    path = _isolated_home / "config.json"
    path.write_text(json.dumps({"level": "Z9", "mijn": "eigen"}))
    assert config.set_value("lang", "de")
    assert json.loads(path.read_text()) == {"level": "Z9", "mijn": "eigen", "lang": "de"}


def test_a_config_that_cannot_be_written_is_one_warning(_isolated_home, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config.json, "dump", full)
    assert config.set_value("lang", "de") is False
    assert "disk is full" in config.pending[0] and "lang" in config.pending[0]
    assert [p.name for p in _isolated_home.iterdir()] == []  # no temporary file left


def test_gloss_lang_in_a_read_only_data_dir(tmpfs):
    disk = tmpfs("1m")
    disk.read_only()
    out = run("gloss", "huis", "--lang", "de", env={"DUTCH_READER_HOME": str(disk.where)})
    assert out.returncode == 0 and "house" in out.stdout
    err = out.stderr.strip()
    assert "Traceback" not in err and "read-only" in err, err


async def test_the_reader_shows_a_config_warning(_isolated_home, tmp_path):
    from reader.app import ReaderApp

    (_isolated_home / "config.json").write_text('{"level": "B1", "reading_width": "breed"}')
    app = ReaderApp(path=str(ROOT / "seeds" / "een-dag-op-de-markt.txt"),
                    db=str(tmp_path / "s.sqlite3"))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.2)
        messages = [n.message for n in app._notifications]
        assert any("'reading_width'" in m for m in messages), messages
