"""The library keeps texts and knows where each lemma occurs; "My words" and progress."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from vocab import analyse, library, mywords, progress
from vocab.reading import content_hash
from vocab.store import Store

TEXT = (
    "De buurman belde zijn moeder gisteren op. Hij fietst elke dag naar zijn werk.\n\n"
    "Op zijn werk belt hij vaak klanten op. De fiets staat in de schuur."
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        yield s


def remember(store, text=TEXT, source="/tmp/buurman.txt", title="De buurman"):
    a = analyse(text, title=title, source=source)
    return library.remember(store, a, source, sum(1 for _ in a.words()), content_hash(text)), a


def test_a_text_is_kept_and_reopens_without_its_file(store):
    tid, _ = remember(store)
    loaded = library.reopen(store, tid)
    assert loaded.text == TEXT and loaded.title == "De buurman" and loaded.source == "/tmp/buurman.txt"
    assert store.text(tid)["kept"]
    # compressed: the stored blob is smaller than a long text
    long = TEXT * 50
    tid2, _ = remember(store, long, "/tmp/lang.txt", "Lang")
    size = store.conn.execute("SELECT length(body) FROM texts WHERE id = ?", (tid2,)).fetchone()[0]
    assert size < len(long.encode()) / 5


def test_a_book_reopens_with_the_chapters_its_file_gave(store):
    chapters = [(0, "De buurman"), (TEXT.index("Op zijn werk"), "Op het werk")]
    a = analyse(TEXT, title="De buurman", source="/tmp/boek.epub")
    tid = library.remember(store, a, "/tmp/boek.epub", 30, content_hash(TEXT), chapters=chapters)
    assert library.reopen(store, tid).chapters == chapters
    # opened again from the library: the chapters it came with stay
    library.remember(store, a, "/tmp/boek.epub", 30, content_hash(TEXT))
    assert library.reopen(store, tid).chapters == chapters
    # a text without chapters reopens without them
    tid2, _ = remember(store, TEXT + " Einde.", "/tmp/kort.txt", "Kort")
    assert library.reopen(store, tid2).chapters == []


def test_a_book_kept_before_chapters_were_takes_them_from_its_epub(tmp_path, store):
    from tests.robustness.test_inputs import write_epub
    from vocab.importers import load_path

    path = write_epub(tmp_path / "boek.epub", "Twee delen", [
        ("Aan het begin", "De buurman belde zijn moeder gisteren op."),
        ("Aan het eind", "Hij fietst elke dag naar zijn werk."),
    ])
    loaded = load_path(path)
    a = analyse(loaded.text, title=loaded.title, source=str(path))
    tid = library.remember(store, a, str(path), 20, content_hash(loaded.text))  # no chapters kept
    assert store.text_chapters(tid) is None
    assert library.reopen(store, tid, chapters_from_source=True).chapters == loaded.chapters
    assert [t for _, t in loaded.chapters] == ["Aan het begin", "Aan het eind"]
    assert library.reopen(store, tid).chapters == []  # (export: the file is not read)
    path.unlink()  # gone: the kept text opens without chapters
    assert library.reopen(store, tid, chapters_from_source=True).chapters == []


def test_index_lists_sentences_with_both_halves_of_a_particle_verb(store):
    tid, a = remember(store)
    ex = library.examples(store, "opbellen")
    assert [e.sentence for e in ex] == [
        "De buurman belde zijn moeder gisteren op.",
        "Op zijn werk belt hij vaak klanten op.",
    ]
    first = ex[0]
    assert [first.sentence[s:e] for s, e in first.highlights] == ["belde", "op"]
    rows = dict((r["text_id"], r["count"]) for r in store.occurrences("opbellen"))
    assert rows == {tid: 2}  # one particle verb per clause, not two tokens


def test_reopening_does_not_duplicate_and_a_new_engine_reindexes(store, monkeypatch):
    tid, _ = remember(store)
    assert remember(store)[0] == tid
    n = store.conn.execute("SELECT COUNT(*) FROM text_words").fetchone()[0]
    store.conn.execute("DELETE FROM text_words WHERE lemma = 'fiets'")
    remember(store)  # same engine: the index is kept as it is
    assert store.occurrences("fiets") == []
    monkeypatch.setattr(library, "engine_fingerprint", lambda: "another-engine")
    remember(store)
    assert store.conn.execute("SELECT COUNT(*) FROM text_words").fetchone()[0] == n


def test_rename_archive_delete_keep_the_learners_words(store):
    tid, _ = remember(store)
    store.set_status("fiets", "known")
    store.set_note("buurman", "neighbour", None)
    store.set_position(tid, 10)
    store.rename_text(tid, "  Mijn   buurman ")
    assert store.text(tid)["title"] == "Mijn buurman"
    with pytest.raises(ValueError):
        store.rename_text(tid, "   ")
    store.archive_text(tid)
    assert store.texts(archived=False) == [] and [t["id"] for t in store.texts(archived=True)] == [tid]
    store.delete_text(tid)
    assert store.texts() == []
    assert store.conn.execute("SELECT COUNT(*) FROM text_words").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM reading_log").fetchone()[0] == 0
    assert store.status("fiets") == "known" and store.word("buurman").gloss == "neighbour"


def test_my_words_lists_statuses_notes_and_cards_with_texts(store):
    tid, _ = remember(store)
    store.set_status("fiets", "learning2")
    store.set_note("schuur", "shed", None)
    store.conn.execute(
        "INSERT INTO cards (lemma, kind, exercise, fsrs, due, created) VALUES ('klant', 'typed', '{}', '{}', 0, 0)"
    )
    words = {w.lemma: w for w in mywords.load_words(store)}
    assert set(words) == {"fiets", "schuur", "klant"}
    assert words["fiets"].status == "learning2" and words["fiets"].texts == (tid,)
    assert words["schuur"].gloss == "shed" and words["klant"].cards == 1
    assert words["fiets"].level in ("A1", "A2", "B1")
    found = mywords.filter_words(list(words.values()), "SHED")
    assert [w.lemma for w in found] == ["schuur"]
    assert [w.lemma for w in mywords.filter_words(list(words.values()), statuses={"learning2"})] == ["fiets"]
    rows = mywords.as_dicts(store, [words["fiets"]], lambda lemma: "bicycle")
    assert rows == [{"lemma": "fiets", "kind": "word", "status": "learning2", "level": words["fiets"].level,
                     "meaning": "bicycle", "user_gloss": None, "note": None, "texts": ["De buurman"]}]


def test_search_ignores_case_and_diacritics():
    w = mywords.MyWord("ideeën", gloss="ideas")
    w.refresh_key()
    assert mywords.filter_words([w], "Ideeen") == [w]
    assert mywords.parse_status_filter("learning,known") == {
        "learning1", "learning2", "learning3", "learning4", "known"}
    with pytest.raises(ValueError):
        mywords.parse_status_filter("bijna")


def test_progress_series(store):
    tid, _ = remember(store)
    now = time.time()
    yesterday = now - 86400
    store.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES ('fiets', 'known', ?)", (yesterday,))
    store.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES ('schuur', 'known', ?)", (now,))
    store.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES ('fiets', 'learning1', ?)", (now,))
    known = progress.known_per_day(store, 3, now)
    assert [d.value for d in known] == [0, 1, 1]
    store.set_position(tid, 12, at=now)
    store.set_position(tid, 5, at=now)  # going back reads nothing new
    store.set_position(tid, 20, at=now)
    store.set_position(tid, 5000, at=now)  # a jump, not reading
    assert [d.value for d in progress.words_read_per_day(store, 2, now)] == [0, 20]
    store.conn.execute(
        "INSERT INTO cards (id, lemma, kind, exercise, fsrs, due, created) VALUES (1, 'fiets', 'typed', '{}', '{}', ?, 0)",
        (now + 3 * 86400,))
    store.conn.execute(
        "INSERT INTO cards (id, lemma, kind, exercise, fsrs, due, created) VALUES (2, 'schuur', 'typed', '{}', '{}', ?, 0)",
        (now - 5 * 86400,))
    for rating in (1, 3, 3, 4):
        store.conn.execute("INSERT INTO reviews (card_id, rating, verdict, at) VALUES (1, ?, 'x', ?)", (rating, now))
    store.conn.execute("INSERT INTO reviews (card_id, rating, verdict, at) VALUES (2, 3, 'x', ?)", (yesterday,))
    reviews = progress.reviews_per_day(store, 2, now)
    assert [d.value for d in reviews] == [1, 4] and reviews[1].extra == pytest.approx(0.75)
    due = progress.forecast(store, 5, now)
    assert [d.value for d in due] == [1, 0, 0, 1, 0]  # overdue counts today


def test_real_practice_reviews_show_in_the_forecast(store):
    from vocab.cloze import Check
    from vocab.srs import Practice

    remember(store)
    practice = Practice(store)
    from vocab.cloze import make_exercises

    exercises = make_exercises(analyse(TEXT), level="A1", above=5)
    assert practice.add(exercises[:1]) == 1
    card = practice.session()[0]
    now = datetime.now(UTC)
    answer = card.exercise.answer[0]
    practice.review(card, Check("right", "", answer, answer), now=now)
    due = progress.forecast(store, 30, now.timestamp())
    assert sum(d.value for d in due) == 1
    assert json.loads(store.conn.execute("SELECT fsrs FROM cards").fetchone()[0])
    assert datetime.fromtimestamp(store.conn.execute("SELECT due FROM cards").fetchone()[0], UTC) > now - timedelta(seconds=1)


def test_a_store_of_schema_3_is_migrated_with_its_texts(tmp_path):
    import sqlite3

    from vocab.store import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.executescript("CREATE TABLE schema_version (version INTEGER NOT NULL);"
                       "INSERT INTO schema_version VALUES (3);")
    conn.execute("INSERT INTO texts (title, source, content_hash, position, words, added, opened) "
                 "VALUES ('Oud', '/tmp/oud.txt', 'h', 37, 100, 0, 0)")
    conn.commit()
    conn.close()
    with Store(path) as s:
        (t,) = s.texts()
        assert (t["title"], t["position"], t["furthest"], t["kept"], t["archived"]) == ("Oud", 37, 37, 0, 0)
        assert s.text_body(t["id"]) is None and library.reopen(s, t["id"]) is None
    assert list(tmp_path.glob("old-*-schema3.sqlite3"))  # the backup made before migrating


def test_known_expressions_are_counted_apart_from_known_lemmas(store):
    """A fixed expression marked known (under its citation form) is no known lemma: the
    progress chart counts lemmas, and the expressions have their own series."""
    now = time.time()
    yesterday = now - 86400
    store.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES ('fiets', 'known', ?)", (yesterday,))
    store.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES ('in de steek laten', 'known', ?)",
                       (yesterday,))
    store.conn.execute("INSERT INTO status_log (lemma, status, at) VALUES ('zich zorgen maken over', 'known', ?)",
                       (now,))
    assert [d.value for d in progress.known_per_day(store, 2, now)] == [1, 1]
    assert [d.value for d in progress.known_per_day(store, 2, now, kind="expression")] == [1, 2]
    with pytest.raises(ValueError):
        progress.known_per_day(store, 2, now, kind="lemma")


def test_my_words_tells_expressions_from_words(store):
    from vocab.expressions import default, is_citation

    store.set_statuses({"fiets": "known", "zich zorgen maken over": "learning2",
                        "iets heel anders doen": "new"})
    words = {w.lemma: w for w in mywords.load_words(store)}
    assert words["fiets"].kind == "word" and words["fiets"].level
    expr = words["zich zorgen maken over"]
    assert expr.kind == "expression" and expr.level == ""  # no CEFR band of its own
    assert is_citation("zich zorgen maken over") and not is_citation("fiets")
    meaning = mywords.meaning_lookup()
    assert meaning("zich zorgen maken over") == default().get("zich zorgen maken over").senses[0]
    assert meaning("iets heel anders doen") == ""  # not ours: no meaning, and not a word
    assert [w.lemma for w in mywords.filter_words(list(words.values()), kind="word")] == ["fiets"]
    rows = {r["lemma"]: r for r in mywords.as_dicts(store, list(words.values()), meaning)}
    assert rows["zich zorgen maken over"]["kind"] == "expression" and rows["fiets"]["kind"] == "word"


def test_an_expression_is_indexed_under_its_citation_form_with_all_its_words(store):
    text = ("Mijn oude moeder maakt zich al weken zorgen over het weer.\n\n"
            "Ze belt elke avond. Maak je geen zorgen over ons, zeg ik dan.")
    tid, _ = remember(store, text, "/tmp/weer.txt", "Het weer")
    store.set_status("zich zorgen maken over", "learning1")
    examples = library.examples(store, "zich zorgen maken over")
    assert len(examples) == 2 and {e.title for e in examples} == {"Het weer"}
    first = examples[0]
    assert first.sentence == "Mijn oude moeder maakt zich al weken zorgen over het weer."
    assert [first.sentence[s:e] for s, e in first.highlights] == ["maakt", "zorgen", "over"]
    w = next(w for w in mywords.load_words(store) if w.lemma == "zich zorgen maken over")
    assert w.texts == (tid,) and w.last_seen
    # the words keep their own rows: zorgen is still a lemma of the text
    assert library.examples(store, "zorgen")
