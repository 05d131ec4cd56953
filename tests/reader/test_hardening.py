"""The reader under hostile texts, slow lookups, failing disks (issue 17)."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.app import ReaderApp
from reader.widgets import GlossPanel
from tests.reader.test_app import glossed as settled
from tests.reader.test_app import reading

ROOT = Path(__file__).resolve().parents[2]
SIMPLE = ROOT / "seeds" / "een-dag-op-de-markt.txt"


def fake_espeak(folder: Path) -> Path:
    """An espeak-ng that records how it was called: its arguments and its standard input."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "calls.log"
    script = folder / "espeak-ng"
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "arg:%s\\n" "$a" >> {log}; done\n'
                      f'printf "stdin:" >> {log}; cat >> {log}; printf "\\n" >> {log}\n')
    script.chmod(0o755)
    return log


async def test_a_slow_gloss_does_not_freeze_the_screen(tmp_path):
    """Glossing runs off the UI thread: while a lookup takes long (a first dictionary load,
    a strange word), the learner can go on moving the cursor."""
    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        release = threading.Event()
        waited: list[bool] = []
        real = app.glossary.gloss_token

        def slow(analysis, token):
            waited.append(release.wait(5))  # False: nobody could move on while we waited
            return real(analysis, token)

        app.glossary.gloss_token = slow
        start = screen.cursor
        await pilot.press("enter")
        await pilot.press("right")
        assert screen.cursor == start + 1  # the key was handled during the lookup
        release.set()
        await settled(app, pilot)
        assert waited and all(waited)
        # the panel shows the latest request: the word at the cursor when the gloss follows
        # it, else the one Enter asked for
        shown = screen.cursor if screen.follow else start
        assert screen.query_one(GlossPanel).gloss.word == screen.state.tokens[shown].text


async def test_pronounce_passes_the_word_as_text_never_as_an_option(tmp_path, monkeypatch):
    log = fake_espeak(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    text = tmp_path / "t.txt"
    text.write_text("De kat zat op -w/tmp/overschreven en -f/etc/hostname vandaag.\n",
                    encoding="utf-8")
    app = ReaderApp(path=str(text), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        for word in ("-w/tmp/overschreven", "-f/etc/hostname"):
            screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.text == word))
            await pilot.press("p")
            await settled(app, pilot)
    calls = log.read_text()
    args = [line[4:] for line in calls.splitlines() if line.startswith("arg:")]
    assert "-w/tmp/overschreven" not in args and "-f/etc/hostname" not in args
    assert "stdin:-w/tmp/overschreven" in calls and "stdin:-f/etc/hostname" in calls


async def test_a_change_that_cannot_be_saved_is_a_notification(tmp_path):
    """A full disk, a read-only or damaged store: the reader says so and goes on; the
    change is not shown as made."""
    from vocab.store import StoreError

    app = ReaderApp(path=str(SIMPLE), db=str(tmp_path / "s.sqlite3"), level="A1")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        screen.set_cursor(next(i for i, t in enumerate(screen.state.tokens) if t.text == "markt"))
        app.store.read_only = True  # as when the file system turned read-only
        await pilot.press("5")
        await settled(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("read-only" in m and "not saved" in m for m in messages), messages
        assert screen.state.status("markt") != "known"
        await pilot.press("right")  # the session goes on
        assert app.is_running
        app.store.read_only = False
        await pilot.press("5")
        await settled(app, pilot)
        assert screen.state.status(screen.state.tokens[screen.cursor].lemma) == "known"

        def fail():
            raise StoreError("the disk is full: test")

        app.store.set_position = lambda *a, **k: fail()
        await pilot.press("right")
        await pilot.pause(1.3)  # the position is saved a second after the cursor moves
        assert any("the disk is full: test" in n.message for n in app._notifications)
        assert app.is_running
