"""Links out to online dictionaries: the default, the learner's own templates, quoting."""

from __future__ import annotations

import json

import pytest

from vocab import config
from vocab.links import DEFAULT_LINKS, links_for, valid_templates


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch):
    monkeypatch.setattr(config, "_reported", set())
    monkeypatch.setattr(config, "pending", [])
    monkeypatch.setattr(config, "on_warning", None)


def test_wiktionary_by_default(_isolated_home):
    assert links_for("huis") == [{"name": "Wiktionary", "url": "https://en.wiktionary.org/wiki/huis#Dutch"}]


def test_the_word_is_quoted_so_it_stays_one_word_of_the_address():
    (link,) = links_for("één/twee?x=1#y", DEFAULT_LINKS)
    assert link["url"] == "https://en.wiktionary.org/wiki/%C3%A9%C3%A9n%2Ftwee%3Fx%3D1%23y#Dutch"
    assert links_for("  ", DEFAULT_LINKS) == []


def test_templates_from_the_settings(_isolated_home):
    mine = [{"name": "Van Dale", "url": "https://www.vandale.nl/gratis-woordenboek/nederlands/betekenis/{word}"},
            {"name": "Woordenlijst", "url": "https://woordenlijst.org/zoeken/?q={word}"}]
    (_isolated_home / "config.json").write_text(json.dumps({"dictionary_links": mine}))
    assert [x["url"] for x in links_for("fiets")] == [
        "https://www.vandale.nl/gratis-woordenboek/nederlands/betekenis/fiets",
        "https://woordenlijst.org/zoeken/?q=fiets",
    ]


@pytest.mark.parametrize("value", [
    "https://x/{word}",  # not a list
    [{"name": "x", "url": "file:///etc/{word}"}],  # not the web
    [{"name": "x", "url": "https://example.org/"}],  # no place for the word
    [{"name": "x", "url": "https://example.org/{word}{0}"}],  # a place it cannot fill
    [{"name": "", "url": "https://example.org/{word}"}],
])
def test_bad_templates_are_a_warning_and_the_default(_isolated_home, value):
    assert not valid_templates(value)
    (_isolated_home / "config.json").write_text(json.dumps({"dictionary_links": value}))
    assert links_for("huis") == links_for("huis", DEFAULT_LINKS)
    assert config.pending and "'dictionary_links'" in config.pending[0]
