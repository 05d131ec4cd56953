"""Hostile files, servers and dictionaries (issue 17: cases 1, 3-6 and 15).

Each case fails clearly, at once and with bounded memory: one line, exit 1, nothing
installed or deleted that should not be.  The limits are module settings, made small here
so that no test writes or unpacks more than a few megabytes.
"""

from __future__ import annotations

import gzip
import http.server
import os
import socketserver
import threading
import time
import zipfile
from pathlib import Path

import pytest

import vocab.dictd as dictd
import vocab.importers as importers
from tests.robustness.helpers import one_line, run
from vocab.dictd import DictdError, Dictionary, add_dictionary, remove_dictionary
from vocab.importers import ImportFailure, load, load_path, load_url

ROOT = Path(__file__).resolve().parents[2]
DUTCH = "De fiets in Nederland\n\nNederland telt meer fietsen dan inwoners. Dat komt niet alleen doordat het land plat is.\n"


# ----------------------------------------------------------------------------- 1: dict remove
@pytest.mark.parametrize("name", ["../../x/notes", "../notes", "/tmp/x/notes", "sub/notes", ".."])
def test_dict_remove_never_leaves_the_dictionary_folder(_isolated_home, tmp_path, name):
    (_isolated_home / "dicts").mkdir()
    outside = _isolated_home.parent / "x"
    outside.mkdir(exist_ok=True)
    victims = [outside / "notes.index", _isolated_home / "notes.index", Path("/tmp/x/notes.index")]
    if name.startswith("/"):
        victims = [tmp_path / "abs" / "notes.index"]
        name = str(tmp_path / "abs" / "notes")
    for v in victims:
        v.parent.mkdir(parents=True, exist_ok=True)
        v.write_text("the learner's own file")
    with pytest.raises(DictdError, match="not a dictionary name"):
        remove_dictionary(name)
    assert all(v.exists() for v in victims)
    out = run("dict", "remove", name)
    assert out.returncode == 1 and "not a dictionary name" in one_line(out)
    assert all(v.exists() for v in victims)


def test_dict_remove_still_removes_an_added_dictionary(_isolated_home, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "toy-nld-eng.index").write_text("huis\tA\tP\n")
    (src / "toy-nld-eng.dict").write_bytes(b"huis\n1. house\n")
    d = add_dictionary(src / "toy-nld-eng.index")
    remove_dictionary(d.name)
    assert not any((_isolated_home / "dicts").iterdir())


# ----------------------------------------------------------------------------- servers
class _Hostile(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    trickle_seconds = 8.0  # then the server gives up (so that a regression ends)

    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/ftp":
            self._redirect("ftp://127.0.0.1:9/geheim.txt")
        elif self.path == "/via":
            self._redirect("/ftp")  # http → http → ftp: checked at every hop
        elif self.path == "/file":
            self._redirect("file:///etc/hostname")
        elif self.path.startswith("/loop"):
            self._redirect("/loop")
        elif self.path == "/ok":
            body = DUTCH.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self._trickle(DUTCH.encode() * 50)
        elif self.path == "/slow-headers":
            self._trickle(b"HTTP/1.0 200 OK\r\n" + b"X-Wacht: even\r\n" * 200)
        else:
            self.send_error(404)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _trickle(self, data: bytes) -> None:
        end = time.monotonic() + self.trickle_seconds
        try:
            for i in range(len(data)):
                if time.monotonic() > end:
                    return
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
                time.sleep(0.1)  # every read gets a byte well within any per-read timeout
        except OSError:
            pass  # the client hung up: what it should do

    def log_message(self, *args):
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


@pytest.fixture(scope="module")
def hostile():
    srv = _Server(("127.0.0.1", 0), _Hostile)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


# ----------------------------------------------------------------------------- 3: redirects
@pytest.mark.parametrize("path", ["/ftp", "/via", "/file"])
def test_redirects_are_checked_against_http_at_every_hop(hostile, path):
    with pytest.raises(ImportFailure, match="only http:// and https://") as info:
        load_url(hostile + path)
    assert "\n" not in str(info.value)


def test_a_good_page_still_loads(hostile):
    assert "fietsen" in load_url(hostile + "/ok").text


# ----------------------------------------------------------------------------- 4: deadline
@pytest.mark.parametrize("path", ["/trickle", "/slow-headers"])
def test_one_deadline_for_the_whole_download(hostile, path):
    """A server that sends a byte every 0.1 s never trips a per-read timeout; the
    download as a whole has one deadline."""
    started = time.monotonic()
    with pytest.raises(ImportFailure, match=r"no complete answer within 1\.5 s"):
        load_url(hostile + path, timeout=1.5)
    assert time.monotonic() - started < _Hostile.trickle_seconds  # gave up before the server


# ----------------------------------------------------------------------------- 15
def test_a_redirect_loop_is_one_line(hostile):
    with pytest.raises(ImportFailure, match="redirect") as info:
        load_url(hostile + "/loop")
    assert "\n" not in str(info.value)
    out = run("vocab", hostile + "/loop")
    assert out.returncode == 1 and "redirect" in one_line(out)


def test_a_local_file_named_www_is_a_file(tmp_path):
    (tmp_path / "www.example.txt").write_text(DUTCH, encoding="utf-8")
    assert "fietsen" in load(str(tmp_path / "www.example.txt")).text
    out = run("vocab", "www.example.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr


# ----------------------------------------------------------------------------- 5: not files
def unblock_later(fifo: Path, seconds: float = 5.0) -> None:
    """A regression would block opening *fifo* for ever: open its other end later."""

    def writer():
        time.sleep(seconds)
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass  # nobody is reading it: the test did not block

    threading.Thread(target=writer, daemon=True).start()


def test_a_fifo_is_refused_before_reading(tmp_path):
    fifo = tmp_path / "pijp.txt"
    os.mkfifo(fifo)
    unblock_later(fifo)
    with pytest.raises(ImportFailure, match="named pipe"):
        load_path(fifo)
    for command in (["vocab"], ["analyse"], ["read"], ["cloze"]):
        out = run(*command, str(fifo), timeout=30)
        assert out.returncode == 1 and "named pipe" in one_line(out)


def test_a_symlink_to_a_fifo_is_refused_too(tmp_path):
    os.mkfifo(tmp_path / "pijp")
    (tmp_path / "tekst.txt").symlink_to(tmp_path / "pijp")
    unblock_later(tmp_path / "pijp")
    with pytest.raises(ImportFailure, match="named pipe"):
        load_path(tmp_path / "tekst.txt")


def test_devices_are_refused_before_reading():
    with pytest.raises(ImportFailure, match="device"):
        load_path("/dev/null")
    for device in ("/dev/zero", "/dev/urandom"):  # endless: in a process with a memory limit
        out = run("vocab", device, memory_mb=1500)
        assert out.returncode == 1 and "device" in one_line(out)


def test_standard_input_is_read_up_to_the_limit_only():
    with open("/dev/zero", "rb") as zero:
        out = run("vocab", "-", stdin=zero, memory_mb=1500)
    assert out.returncode == 1 and "the limit of 20 MB" in one_line(out)


def test_a_file_larger_than_it_says_is_read_up_to_the_limit(tmp_path, monkeypatch):
    """st_size can lie (procfs, a file still growing): at most limit + 1 bytes are read."""
    p = tmp_path / "groeit.txt"
    p.write_bytes(b"woord " * 1000)
    real_fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result(
        (*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:])))  # st_size = 10
    monkeypatch.setattr(importers, "MAX_BYTES", 1000)
    with pytest.raises(ImportFailure, match="larger than the limit"):
        load_path(p)


# ----------------------------------------------------------------------------- 6: bombs
def _epub(path: Path, chapter: bytes, *, declared: int | None = None) -> Path:
    """A minimal EPUB whose one chapter is *chapter*; *declared*: lie about its size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                   'opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" '
                   'media-type="application/oebps-package+xml"/></rootfiles></container>')
        z.writestr("content.opf",
                   '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                   'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/'
                   'dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>Boek'
                   '</dc:title><dc:language>nl</dc:language></metadata><manifest><item id="c1" '
                   'href="c1.xhtml" media-type="application/xhtml+xml"/></manifest><spine>'
                   '<itemref idref="c1"/></spine></package>')
        z.writestr("c1.xhtml", chapter)
    if declared is not None:  # rewrite the sizes in both headers
        data = bytearray(path.read_bytes())
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("c1.xhtml")
        real = info.file_size.to_bytes(4, "little")
        for pos in (info.header_offset + 22, data.rfind(b"PK\x01\x02") + 24):
            assert data[pos : pos + 4] == real
            data[pos : pos + 4] = declared.to_bytes(4, "little")
        path.write_bytes(bytes(data))
    return path


def _chapter(size: int) -> bytes:
    para = b"<p>Nederland telt meer fietsen dan inwoners.</p>"
    return b"<html><body>" + para * (size // len(para)) + b"</body></html>"


def test_an_epub_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "MAX_EPUB_MEMBER", 1 << 20)
    bomb = _epub(tmp_path / "bom.epub", _chapter(8 << 20))  # 8 MB of text in ~30 KB
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ImportFailure, match="unpack"):
        load_path(bomb)


def test_an_epub_whose_parts_add_up_to_too_much_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "MAX_EPUB_TOTAL", 1 << 20)
    monkeypatch.setattr(importers, "MAX_EPUB_RATIO", 10_000)
    with pytest.raises(ImportFailure, match="unpack"):
        load_path(_epub(tmp_path / "groot.epub", _chapter(2 << 20)))


def test_an_epub_compressed_like_a_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "MAX_EPUB_RATIO", 20)
    with pytest.raises(ImportFailure, match="bomb"):
        load_path(_epub(tmp_path / "bom.epub", b"<html><body><p>" + b"a" * (4 << 20) + b"</p></body></html>"))


def test_an_epub_that_lies_about_its_sizes_unpacks_no_further(tmp_path):
    """The sizes are checked before unpacking; a part that claims fewer bytes than it has
    is cut at its claim by zipfile (and fails its checksum): never unpacked whole."""
    liar = _epub(tmp_path / "leugen.epub", _chapter(4 << 20), declared=1000)
    with pytest.raises(ImportFailure, match="EPUB"):
        load_path(liar)


def test_a_normal_epub_still_opens(tmp_path):
    loaded = load_path(_epub(tmp_path / "boek.epub", _chapter(20_000)))
    assert "fietsen" in loaded.text


def _dictd(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.index").write_text("huis\tA\tP\n")
    with gzip.open(folder / f"{name}.dict.dz", "wb") as fh:
        fh.write(data)
    return folder / f"{name}.index"


def test_a_dictd_bomb_is_refused_and_not_installed(_isolated_home, tmp_path, monkeypatch):
    monkeypatch.setattr(dictd, "MAX_DICT_BYTES", 1 << 20)
    index = _dictd(tmp_path / "src", "bom-nld-eng", b"huis\n1. house\n" + b"a" * (8 << 20))
    assert index.with_name("bom-nld-eng.dict.dz").stat().st_size < 100_000
    with pytest.raises(DictdError, match="unpacks to more than 1 MB"):
        add_dictionary(index)
    assert not (_isolated_home / "dicts").exists() or not any((_isolated_home / "dicts").iterdir())


def test_a_dictd_bomb_already_installed_fails_once_and_quietly(tmp_path, monkeypatch):
    monkeypatch.setattr(dictd, "MAX_DICT_BYTES", 1 << 20)
    d = Dictionary(_dictd(tmp_path / "d", "bom-nld-eng", b"huis\n1. house\n" + b"a" * (8 << 20)))
    for _ in range(2):
        with pytest.raises(DictdError, match="unpacks to more than"):
            d.lookup("huis")
    reads = []
    monkeypatch.setattr(dictd, "gunzip_limited", lambda *a, **k: reads.append(a))
    with pytest.raises(DictdError):
        d.lookup("huis")
    assert reads == []  # the verdict is kept: not unpacked again for every word


def test_cli_dict_add_of_a_bomb_is_one_line(_isolated_home, tmp_path):
    index = _dictd(tmp_path / "src", "bom-nld-eng", b"huis\n1. house\n" + b"a" * (300 << 20))
    out = run("dict", "add", str(index), memory_mb=1200, timeout=120)
    assert out.returncode == 1 and "unpacks to more than" in one_line(out)
    assert not (_isolated_home / "dicts").exists() or not any((_isolated_home / "dicts").iterdir())


def test_a_fifo_as_a_dictionary_is_refused(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    os.mkfifo(folder / "pijp-nld-eng.index")
    (folder / "pijp-nld-eng.dict").write_bytes(b"x")
    unblock_later(folder / "pijp-nld-eng.index")
    with pytest.raises(DictdError, match="named pipe"):
        Dictionary(folder / "pijp-nld-eng.index").load()


# ----------------------------------------------------------------------------- words import
def test_words_import_refuses_what_is_not_a_file(tmp_path):
    fifo = tmp_path / "woorden.csv"
    os.mkfifo(fifo)
    unblock_later(fifo, 20)
    for target in (fifo, Path("/dev/zero")):
        out = run("words", "import", str(target), "--dry-run", memory_mb=1500, timeout=60)
        assert out.returncode == 1, out.stderr
        assert ("named pipe" if target == fifo else "device") in one_line(out)


def test_words_import_of_a_list_larger_than_the_limit(tmp_path, monkeypatch):
    import vocab.wordlists as wordlists

    monkeypatch.setattr(wordlists, "MAX_LIST_BYTES", 1000)
    p = tmp_path / "lijst.txt"
    p.write_text("huis\n" * 1000, encoding="utf-8")
    with pytest.raises(wordlists.WordlistError, match="limit"):
        wordlists.read_terms(p)


def test_words_import_of_an_anki_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    import vocab.wordlists as wordlists

    monkeypatch.setattr(wordlists, "MAX_COLLECTION_BYTES", 1 << 20)
    bomb = tmp_path / "deck.apkg"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("collection.anki2", b"\0" * (8 << 20))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(wordlists.WordlistError, match="unpack"):
        wordlists.read_terms(bomb)
