"""FreeDict's senses as written: the re-spacing of run-together senses never makes one worse."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from vocab.dictd import _respace

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "written, respaced",
    [
        ("goonfoot", "go on foot"),
        ("onthecontrary, otherwise", "on the contrary, otherwise"),
        ("takeintoaccount", "take into account"),  # into, not in to
        ("putinorder", "put in order"),  # not Putin
        ("mountainpasture", "mountain pasture"),  # not mount a in pasture
        ("haveagoodtime", "have a good time"),
        ("finishone'sstudies", "finish one's studies"),
        ("beindignant", "be indignant"),
    ],
)
def test_run_together_senses_get_their_spaces_back(written, respaced):
    assert _respace(written) == respaced


@pytest.mark.parametrize(
    "written",
    [
        "Damascus", "Wednesday", "HanseaticLeague", "Armenianwoman",  # names and capitals
        "meddlesomeness", "overbearingness", "acephalous", "picometre",  # rare words, affixes
        "templet", "tressle", "abutonto",  # short pieces by chance
        "all the time, in the meantime",  # spaced already
    ],
)
def test_senses_that_do_not_split_cleanly_stay_as_written(written):
    assert _respace(written) == written


def test_the_hand_review_holds_for_the_code_as_it_is():
    """bench/respace_review.tsv: no reviewed sense is made worse now, and the code still
    gives the reviewed text (else the review is out of date)."""
    spec = importlib.util.spec_from_file_location("respace_review", ROOT / "bench" / "respace_review.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.rows()
    assert len(rows) == 50
    assert [r["written"] for r in rows if r["new_judgement"] == "worse"] == []
    assert [r["written"] for r in rows if _respace(r["written"]) != r["new"]] == []
    assert sum(r["old_judgement"] == "worse" for r in rows if r["sample"] == "A") == 15
