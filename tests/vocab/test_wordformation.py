"""How unknown words are built: real parts, the plural's linking -en-, verb bases of -baar."""

from __future__ import annotations

import pytest

from vocab.wordformation import analyse_formation

KNOWN = {"veer", "veren", "ver", "kleed", "bes", "sap", "boot", "huis", "horen", "hoorn",
         "wassen", "lezen", "doen", "fiets", "stalling", "vrede", "akkoord", "zuiveren"}


@pytest.mark.parametrize("word, parts", [
    ("verenkleed", ("veer", "kleed")),  # the plural's -en-: not ver + kleed, not veren + kleed
    ("bessensap", ("bes", "sap")),
    ("botenhuis", ("boot", "huis")),
    ("fietsenstalling", ("fiets", "stalling")),
    ("hoorbaar", ("horen", "-baar")),  # hoor- is the stem of horen, not hoorn (horn)
    ("wasbaar", ("wassen", "-baar")),
    ("leesbaar", ("lezen", "-baar")),
    ("zuivering", ("zuiveren", "-ing")),
])
def test_unknown_words_split_into_their_real_parts(word, parts):
    assert analyse_formation(word, KNOWN.__contains__).parts == parts
