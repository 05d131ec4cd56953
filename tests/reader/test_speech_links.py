"""The reader says the whole sentence (s) and opens the word online (d)."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest

from reader.app import ReaderApp
from tests.reader.test_app import glossed as settled
from tests.reader.test_app import reading
from tests.reader.test_hardening import fake_espeak

TEXT = "De kat slaapt op de bank. Morgen gaan we naar de markt.\n"


@pytest.fixture
def text(tmp_path) -> Path:
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


async def test_s_says_the_sentence_of_the_word_at_the_cursor(tmp_path, monkeypatch, text):
    log = fake_espeak(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    app = ReaderApp(path=str(text), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.text == "markt"))
        await pilot.press("s")
        await settled(app, pilot)
    assert "stdin:Morgen gaan we naar de markt." in log.read_text()


async def test_d_opens_the_word_in_wiktionary_with_a_graphical_browser(tmp_path, monkeypatch, text):
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    app = ReaderApp(path=str(text), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.text == "slaapt"))
        await pilot.press("d")
        await settled(app, pilot)
        await pilot.pause(0.2)
    assert opened == ["https://en.wiktionary.org/wiki/slapen#Dutch"]  # the lemma, not the form


async def test_d_without_a_browser_copies_and_shows_the_address(tmp_path, monkeypatch, text):
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: pytest.fail("no browser here"))
    for var in ("BROWSER", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    app = ReaderApp(path=str(text), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.text == "kat"))
        await pilot.press("d")
        await settled(app, pilot)
        assert app.clipboard == "https://en.wiktionary.org/wiki/kat#Dutch"
        assert any("wiktionary.org/wiki/kat" in n.message for n in app._notifications)
