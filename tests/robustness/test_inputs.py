"""Every real input opens; bad input fails clearly; odd input is handled."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from vocab.importers import ImportFailure, load, load_path, load_url

ROOT = Path(__file__).resolve().parents[2]
DUTCH = "De fiets in Nederland\n\nNederland telt meer fietsen dan inwoners. Dat komt niet alleen doordat het land plat is.\n"


def run(*args, cwd=ROOT, stdin=None):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin, timeout=120)


def test_markdown_markup_is_stripped(tmp_path):
    p = tmp_path / "stuk.md"
    p.write_text("# De fiets\n\nNederland *telt* meer [fietsen](https://x.nl) dan inwoners.\n\n"
                 "- Het land is **plat**.\n\n```\nprint('code')\n```\n", encoding="utf-8")
    loaded = load_path(p)
    assert loaded.title == "De fiets"
    assert "Nederland telt meer fietsen dan inwoners." in loaded.text
    assert "*" not in loaded.text and "](" not in loaded.text and "print" not in loaded.text


HTML = """<!DOCTYPE html><html><head><title>Fietsen in Nederland</title>
<script>document.write('kwaadaardig')</script></head><body>
<nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav>
<article><h1>Fietsen in Nederland</h1>
<p>Nederland telt meer fietsen dan inwoners: ongeveer 23 miljoen tegenover 18 miljoen mensen.</p>
<p>Dat komt niet alleen doordat het land plat is. Gemeenten legden duizenden kilometers fietspad aan.</p>
</article><footer>Cookies en privacy</footer></body></html>"""


def test_html_main_text_is_extracted(tmp_path):
    p = tmp_path / "pagina.html"
    p.write_text(HTML, encoding="utf-8")
    loaded = load_path(p)
    assert loaded.title == "Fietsen in Nederland"
    assert "23 miljoen" in loaded.text and "fietspad" in loaded.text
    assert "kwaadaardig" not in loaded.text and "Cookies" not in loaded.text


def write_epub(path, title: str, chapters: list[tuple[str, str]]):
    """An EPUB book with one document per (heading, paragraph) chapter."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier(f"test-{path.stem}")
    book.set_title(title)
    book.set_language("nl")
    docs = []
    for n, (heading, body) in enumerate(chapters, 1):
        c = epub.EpubHtml(title=f"H{n}", file_name=f"h{n}.xhtml", lang="nl")
        c.content = f"<html><body><h1>{heading}</h1><p>{body}</p></body></html>"
        book.add_item(c)
        docs.append(c)
    book.toc = docs
    book.spine = docs
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    epub.write_epub(str(path), book)
    return path


def test_epub_chapters_in_order(tmp_path):
    path = write_epub(tmp_path / "boek.epub", "Twee hoofdstukken", [
        ("Hoofdstuk 1", "Het eerste hoofdstuk begint op een regenachtige dag in Utrecht."),
        ("Hoofdstuk 2", "In het tweede hoofdstuk fietst de hoofdpersoon naar huis."),
    ])
    loaded = load_path(path)
    assert loaded.title == "Twee hoofdstukken"
    first, second = loaded.text.index("eerste hoofdstuk"), loaded.text.index("tweede hoofdstuk")
    assert first < second


def test_broken_epub_is_one_clear_failure(tmp_path):
    p = tmp_path / "kapot.epub"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFailure, match="EPUB"):
        load_path(p)


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/artikel":
            body, kind = HTML.encode(), "text/html; charset=utf-8"
        elif self.path == "/plat.txt":
            body, kind = DUTCH.encode(), "text/plain; charset=utf-8"
        elif self.path == "/groot":
            body, kind = b"<html>" + b"a" * (11 * 1024 * 1024), "text/html"
        elif self.path == "/plaatje":
            body, kind = b"\x89PNG....", "image/png"
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_urls_through_the_html_path(server):
    loaded = load_url(server + "/artikel")
    assert loaded.title == "Fietsen in Nederland" and "kwaadaardig" not in loaded.text
    assert "Nederland telt meer fietsen" in load(server + "/plat.txt").text
    with pytest.raises(ImportFailure, match="10 MB"):
        load_url(server + "/groot")
    with pytest.raises(ImportFailure, match="image/png"):
        load_url(server + "/plaatje")
    with pytest.raises(ImportFailure, match="404"):
        load_url(server + "/weg")


def test_only_http_and_https(tmp_path):
    for url in ["file:///etc/passwd", "ftp://example.org/x.txt", "javascript:alert(1)"]:
        with pytest.raises(ImportFailure, match="only http"):
            load_url(url)


def test_unreachable_host_times_out_clearly():
    with pytest.raises(ImportFailure, match="cannot be fetched"):
        load_url("http://127.0.0.1:9/niets", timeout=2)


def test_cli_reads_a_url(server):
    out = run("vocab", server + "/artikel", "--json")
    assert out.returncode == 0, out.stderr
    assert any(w["lemma"] == "fietspad" for w in json.loads(out.stdout)["words"])


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "leeg.txt", "empty"),
        (lambda d: d / "plaatje.png", "PNG"),
        (lambda d: d / "archief.zip", "ZIP"),
        (lambda d: d, "directory"),
        (lambda d: d / "weg.txt", "no such file"),
    ],
)
def test_bad_input_one_line_exit_1_store_untouched(tmp_path, make, message, _isolated_home):
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "archief.zip").write_bytes(b"PK\x03\x04" + bytes(100))
    for command in (["vocab"], ["analyse"], ["read"], ["cloze"], ["practice"]):
        out = run(*command, str(make(tmp_path)))
        assert out.returncode == 1, (command, out.stderr)
        assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1
        assert "Traceback" not in out.stderr
    assert not any(_isolated_home.iterdir())  # the store was never created or touched


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_permission_denied(tmp_path):
    p = tmp_path / "geheim.txt"
    p.write_text(DUTCH, encoding="utf-8")
    p.chmod(0)
    with pytest.raises(ImportFailure, match="permission denied"):
        load_path(p)


def test_permission_denied_is_one_line_even_as_root(tmp_path, monkeypatch):
    p = tmp_path / "geheim.txt"
    p.write_text(DUTCH, encoding="utf-8")

    real_open = os.open

    def denied(path, *args, **kwargs):
        if Path(path) == p:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ImportFailure, match="permission denied"):
        load_path(p)


def test_a_50_mb_text_is_refused_with_the_limit_named(tmp_path):
    p = tmp_path / "groot.txt"
    with p.open("wb") as fh:  # a sparse file: the size is checked before reading
        fh.truncate(50 * 1024 * 1024)
    out = run("vocab", str(p))
    assert out.returncode == 1 and "the limit is 20 MB" in out.stderr


def test_invalid_utf8_in_the_middle_is_decoded_with_a_warning(tmp_path):
    p = tmp_path / "kapot.txt"
    p.write_bytes(("één café " * 30).encode() + b"\xff\xfe" + b" en daarna gewoon verder.")
    out = run("analyse", str(p), "--json")
    assert out.returncode == 0 and "warning" in out.stderr and "invalid" in out.stderr
    assert "verder" in out.stdout


def test_a_text_with_no_dutch_is_a_clear_warning(tmp_path):
    p = tmp_path / "english.txt"
    p.write_text("The quick brown fox jumps over the lazy dog and runs into the forest.\n", encoding="utf-8")
    out = run("vocab", str(p))
    assert out.returncode == 0 and "does not look like Dutch" in out.stderr


def test_backup_command(tmp_path):
    from vocab.store import Store

    db = tmp_path / "s.sqlite3"
    with Store(db) as s:
        s.set_status("kat", "known")
    out = run("backup", "--db", str(db), "-o", str(tmp_path / "kopie.sqlite3"))
    assert out.returncode == 0, out.stderr
    with Store(tmp_path / "kopie.sqlite3") as copy:
        assert copy.status("kat") == "known"
    missing = run("backup", "--db", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 1 and "nothing to back up" in missing.stderr
