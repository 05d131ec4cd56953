import codecs

import pytest

from vocab.importers import ImportFailure, decode_bytes, load_bytes, load_path

DUTCH = "Één café, geëist en financiële reünie — “aanhalingstekens”."


@pytest.mark.parametrize(
    "data",
    [
        DUTCH.encode("utf-8"),
        codecs.BOM_UTF8 + DUTCH.encode("utf-8"),
        DUTCH.encode("utf-16"),  # with BOM
        DUTCH.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252"],
)
def test_common_encodings_decode_to_the_same_text(data):
    text, _encoding, warnings = decode_bytes(data)
    assert text == DUTCH
    assert warnings == []


def test_latin1_without_cp1252_punctuation():
    text, _, _ = decode_bytes("reünie in Zürich".encode("latin-1"))
    assert text == "reünie in Zürich"


def test_nfc_normalisation():
    decomposed = "gee\u0308ist"  # e + combining diaeresis
    text, _, _ = decode_bytes(decomposed.encode("utf-8"))
    assert text == "geëist"


def test_stray_invalid_bytes_are_replaced_with_a_warning():
    data = ("één " * 20).encode("utf-8") + b"\xff" + b" en verder."
    text, encoding, warnings = decode_bytes(data)
    assert encoding == "utf-8" and "één" in text and "\ufffd" in text
    assert warnings and "invalid" in warnings[0]


def test_crlf_becomes_lf():
    text, _, _ = decode_bytes(b"Regel een.\r\nRegel twee.\r\n")
    assert text == "Regel een.\nRegel twee.\n"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"abc\x00\x01\x02def", "binary"),
    ],
)
def test_bad_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(ImportFailure, match=reason):
        load_bytes(data, source="x")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ImportFailure, match="no such file"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(ImportFailure, match="directory"):
        load_path(tmp_path)


def test_title_is_the_first_line(tmp_path):
    p = tmp_path / "stuk.txt"
    p.write_text("\n  De titel  \n\nDe tekst.\n", encoding="utf-8")
    assert load_path(p).title == "De titel"
