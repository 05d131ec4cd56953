"""Correcting the analysis in the reader (r), undoing it (z), and the correction holding
in other texts, in the CLI's analysis and in the export."""

from __future__ import annotations

import json

from reader.app import ReaderApp
from reader.cli import main
from reader.screens.corrections import CorrectionScreen, JoinScreen, LemmaScreen
from reader.widgets import GlossPanel
from tests.reader.test_app import index_of, reading

TEXT = "Opruimen\n\nMaak een lijst, gooi spullen weg. Dan is het huis leeg.\n"


def text_file(tmp_path, name="opruimen.txt", body=TEXT):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


async def choose(pilot, app, option_id: str) -> None:
    await pilot.pause()
    options = app.screen.query_one("#corrections")
    options.highlighted = next(k for k in range(options.option_count)
                               if options.get_option_at_index(k).id == option_id)
    await pilot.press("enter")
    await pilot.pause()


async def test_split_then_join_then_undo(tmp_path):
    """Split a particle verb the learner disagrees with, join it again by hand, undo both."""
    app = ReaderApp(path=str(text_file(tmp_path)), db=str(tmp_path / "s.sqlite3"), level="A2")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        gooi, weg = (index_of(screen, w) for w in ("gooi", "weg"))
        assert screen.state.tokens[gooi].lemma == "weggooien"
        screen.set_cursor(gooi)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionScreen)
        await choose(pilot, app, "split")
        assert screen.state.tokens[gooi].lemma == "gooien"
        assert screen.state.tokens[weg].lemma == "weg"
        assert screen.state.pair_index(gooi) is None
        assert screen.query_one(GlossPanel).gloss.lemma == "gooien"  # glossed as corrected
        assert screen.state.is_vocabulary("gooien") and not screen.state.is_vocabulary("weggooien")
        # join gooi … weg again by hand
        screen.set_cursor(gooi)
        await pilot.press("r")
        await choose(pilot, app, "join")
        assert isinstance(app.screen, JoinScreen)
        options = app.screen.query_one("#join-with")
        assert options.get_option_at_index(0).id == str(screen.state.tokens[gooi + 1].index)  # nearest after
        options.highlighted = next(k for k in range(options.option_count)
                                   if options.get_option_at_index(k).prompt == "weg")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LemmaScreen)
        assert app.screen.query_one("#lemma").value == "weggooien"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state.tokens[gooi].lemma == screen.state.tokens[weg].lemma == "weggooien"
        assert screen.state.pair_index(gooi) == weg
        assert screen.paragraph_of(gooi).marked == {gooi, weg}
        # undo the join, then the split: the engine's reading again
        await pilot.press("z")
        assert screen.state.tokens[gooi].lemma == "gooien"
        await pilot.press("z")
        assert screen.state.tokens[gooi].lemma == "weggooien"
        assert screen.state.pair_index(gooi) == weg
        assert app.store.corrections() == []


async def test_a_lemma_set_everywhere_holds_in_other_texts_and_in_export(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    app = ReaderApp(path=str(text_file(tmp_path)), db=db, level="A2")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        i = index_of(screen, "spullen")
        assert screen.state.tokens[i].lemma == "spul"
        screen.set_cursor(i)
        await pilot.press("r")
        await choose(pilot, app, "lemma-everywhere")
        field = app.screen.query_one("#lemma")
        field.value = "spullen"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state.tokens[i].lemma == "spullen"
        await pilot.press("5")  # a status on the corrected lemma
        assert app.store.status("spullen") == "known"
    other = text_file(tmp_path, "zolder.txt", "De zolder\n\nOp de zolder staan oude spullen en dozen.\n")
    app = ReaderApp(path=str(other), db=db, level="A2")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        i = index_of(screen, "spullen")
        assert screen.state.tokens[i].lemma == "spullen"
        assert screen.state.status("spullen") == "known"
        app.store.set_note("spullen", "stuff, things", None)  # a meaning: no note without one
    # the export reads the same corrected analysis
    out = tmp_path / "w.csv"
    assert main(["export", "--text", str(other), "--status", "known", "--format", "csv",
                 "-o", str(out), "--db", db]) == 0
    assert "spullen" in [line.split(",")[1] for line in out.read_text(encoding="utf-8").splitlines()
                         if not line.startswith("#")]


def test_cli_analyse_shows_the_correction(tmp_path, capsys):
    from vocab import analyse
    from vocab.corrections import sentence_key
    from vocab.store import Store

    path = text_file(tmp_path)
    db = tmp_path / "s.sqlite3"
    a = analyse(path.read_text(encoding="utf-8"))
    s = a.sentences[1]
    gooi = next(t for t in s.tokens if t.text == "gooi")
    with Store(db) as store:
        store.add_correction({"kind": "split", "form": "gooi", "sentence": sentence_key(a.text[s.start:s.end]),
                              "position": gooi.index, "other": gooi.pair})
    assert main(["analyse", str(path), "--json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    lemmas = {t["text"]: t["lemma"] for s in data["sentences"] for t in s["tokens"]}
    assert lemmas["gooi"] == "gooien" and lemmas["weg"] == "weg"


async def test_name_here_and_remove(tmp_path):
    app = ReaderApp(path=str(text_file(tmp_path)), db=str(tmp_path / "s.sqlite3"), level="A2")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reading(app, pilot)
        i = index_of(screen, "huis")
        screen.set_cursor(i)
        await pilot.press("r")
        await choose(pilot, app, "name-here")
        assert screen.state.tokens[i].kind == "name"
        assert not screen.state.is_vocabulary("huis")
        await pilot.press("r")
        await choose(pilot, app, "remove")
        assert screen.state.tokens[i].kind == "word" and app.store.corrections() == []
        await pilot.press("z")  # the removal undone
        assert screen.state.tokens[i].kind == "name"
