"""Hostile files, damaged stores and full disks (issue 17): each case, measured.

    python bench/hardening.py [--root CHECKOUT] [--big] [--only N,N]

Runs the command line of the checkout at ``--root`` (default: this one) as a learner would,
in a fresh data directory per case, and prints one line per case: exit status, time,
peak memory of the process, and what happened (traceback or not, files changed, lines on
stderr).  ``--root`` pointed at an older checkout gives the "before" numbers.  Cases that
need a read-only or full disk mount a small tmpfs and are skipped when that is not allowed
(not root).  ``--big`` uses the 1 GiB bombs of the audit instead of 256 MiB ones.

Numbers to report, never assertions (the tests in tests/robustness assert behaviour).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import http.server
import os
import resource
import shutil
import socketserver
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ROOT = HERE
DUTCH = ("De fiets in Nederland\n\nNederland telt meer fietsen dan inwoners. Dat komt niet "
         "alleen doordat het land plat is. Gemeenten legden duizenden kilometers fietspad aan.\n")


class Result:
    def __init__(self, rc, out, err, seconds, rss_mb, killed):
        self.rc, self.out, self.err, self.seconds, self.rss_mb, self.killed = (
            rc, out, err, seconds, rss_mb, killed)

    def summary(self) -> str:
        err = self.err.decode("utf-8", "replace").strip()
        lines = err.splitlines()
        tb = "TRACEBACK" if "Traceback" in err else f"{len(lines)} stderr line(s)"
        status = f"killed after {self.seconds:.1f} s" if self.killed else f"exit {self.rc} in {self.seconds:.2f} s"
        first = (lines[-1] if "Traceback" in err else (lines[0] if lines else ""))[:110]
        return f"{status}, {self.rss_mb:.0f} MB peak, {tb}: {first!r}"


def run(args, *, home: Path, stdin=None, timeout=60.0, env=None, mem_gb=6, cwd=None) -> Result:
    """One CLI process of the checkout under test, with its wall time and peak memory."""
    e = {**os.environ, "PYTHONPATH": str(ROOT), "DUTCH_READER_HOME": str(home),
         "DUTCH_READER_DICT_DIRS": "", **(env or {})}

    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (mem_gb << 30, mem_gb << 30))

    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "reader", *args], stdin=subprocess.PIPE
                            if stdin is not None else subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=e, cwd=cwd or home.parent,
                            preexec_fn=limits)
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read()), daemon=True)
               for s, c in ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    for r in readers:
        r.start()
    if stdin is not None:
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.write(stdin)
            proc.stdin.close()
    killed = False
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            killed = True
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    for r in readers:
        r.join(5)
    return Result(proc.returncode, b"".join(out_chunks), b"".join(err_chunks), seconds,
                  usage.ru_maxrss / 1024, killed)


def fresh(tmp: Path, name: str) -> Path:
    home = tmp / name / "home"
    home.mkdir(parents=True)
    return home


def store_with_words(path: Path, n: int = 2000) -> None:
    """A store of the checkout under test with n marked words (made by its own code)."""
    code = ("import sys; from vocab.store import Store\n"
            "s = Store(sys.argv[1]); s.set_statuses({f'woord{i}': 'known' for i in range(int(sys.argv[2]))})\n"
            "[s.set_note(f'woord{i}', 'gloss ' * 20, 'note ' * 40) for i in range(0, int(sys.argv[2]), 3)]\n"
            "s.close()\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(n)], check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.exists() else "missing"


@contextlib.contextmanager
def tmpfs(where: Path, size: str, read_only: bool = False):
    where.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                      capture_output=True).returncode:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount_ro(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


# ----------------------------------------------------------------------------- servers
class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:9/secret.txt")
            self.end_headers()
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(600):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
        elif self.path == "/slow-headers":
            try:
                self.wfile.write(b"HTTP/1.0 200 OK\r\n")
                for _ in range(600):
                    self.wfile.write(b"X: y\r\n")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


# ----------------------------------------------------------------------------- cases
def case_1(tmp):
    home = fresh(tmp, "c1")
    outside = home.parent / "x"
    outside.mkdir()
    (home / "dicts").mkdir()
    (outside / "notes.index").write_text("my notes")
    r = run(["dict", "remove", "../../x/notes"], home=home)
    return f"dict remove ../../x/notes: {r.summary()}; file outside the data dir " + (
        "DELETED" if not (outside / "notes.index").exists() else "kept")


def case_2(tmp):
    """A word that looks like an espeak-ng option, as export's audio step passes it (stdin
    carries some text, as when the learner runs the command from a script)."""
    if shutil.which("espeak-ng") is None:
        return "espeak-ng not installed: skipped"
    folder = tmp / "c2"
    folder.mkdir()
    target = folder / "overwritten"
    code = "import sys; from pathlib import Path; from vocab.export import _speak; print(_speak(sys.argv[1], Path(sys.argv[2])))"
    r = subprocess.run([sys.executable, "-c", code, f"-w{target}", str(folder)], input=b"hallo",
                       capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return (f"export's audio for the word '-w{target.name}': exit {r.returncode}; the file it names "
            + ("WRITTEN by espeak-ng" if target.exists() else "not written"))


def case_3(tmp, base):
    home = fresh(tmp, "c3")
    r = run(["vocab", base + "/ftp"], home=home)
    followed = b"ftp" in r.err.lower() and b"only http" not in r.err
    return f"redirect to ftp://: {r.summary()} ({'FOLLOWED' if followed else 'refused'})"


def case_4(tmp, base):
    out = []
    for path in ("/trickle", "/slow-headers"):
        home = fresh(tmp, "c4" + path.strip("/"))
        r = run(["vocab", base + path], home=home, timeout=60)
        out.append(f"{path}: {r.summary()}")
    return "server sending a byte a second: " + "; ".join(out)


def case_5(tmp):
    home = fresh(tmp, "c5")
    fifo = home.parent / "pipe.txt"
    os.mkfifo(fifo)
    r = run(["vocab", str(fifo)], home=home, timeout=10)
    z = run(["vocab", "/dev/zero"], home=fresh(tmp, "c5z"), timeout=30, mem_gb=3)
    return f"FIFO: {r.summary()}; /dev/zero (3 GB address limit): {z.summary()}"


def _bomb_bytes(size: int) -> bytes:
    return b"<html><body><p>" + b"a" * size + b"</p></body></html>"


def case_6(tmp, big):
    size = (1 << 30) if big else (256 << 20)
    home = fresh(tmp, "c6")
    epub = home.parent / "bomb.epub"
    with zipfile.ZipFile(epub, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                   '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')
        z.writestr("content.opf",
                   '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
                   '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>Bom</dc:title><dc:language>nl</dc:language></metadata>'
                   '<manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>'
                   '<spine><itemref idref="c1"/></spine></package>')
        z.writestr("c1.xhtml", _bomb_bytes(size))
    r = run(["vocab", str(epub)], home=home, timeout=120, mem_gb=8)
    first = f"EPUB {epub.stat().st_size >> 10} KB -> {size >> 20} MiB member: {r.summary()}"

    home = fresh(tmp, "c6d")
    src = home.parent / "src"
    src.mkdir()
    (src / "bom-nld-eng.index").write_text("huis\tA\tK\n")
    with gzip.open(src / "bom-nld-eng.dict.dz", "wb", compresslevel=9) as fh:
        chunk = b"huis /h/\n1. house\n" + b"a" * (1 << 20)
        for _ in range(size >> 20):
            fh.write(chunk)
    r = run(["dict", "add", str(src / "bom-nld-eng.index")], home=home, timeout=120, mem_gb=8)
    installed = (home / "dicts" / "bom-nld-eng.index").exists()
    return (first + f"; dictd .dz {(src / 'bom-nld-eng.dict.dz').stat().st_size >> 10} KB -> "
            f"{size >> 20} MiB: {r.summary()}; {'STAYS INSTALLED' if installed else 'not installed'}")


def case_7(tmp):
    out = []
    for n in (40, 400, 800):
        home = fresh(tmp, f"c7-{n}")
        word = ("aanslag" * 200)[:n]
        r = run(["gloss", word], home=home, timeout=120, env={"DUTCH_READER_DICT_DIRS": "/usr/share/dictd"})
        out.append(f"{n} letters: {r.summary()}")
    return "gloss of a long word (FreeDict installed): " + "; ".join(out)


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 8192] = os.urandom(8192)
    db.write_bytes(bytes(data))


def case_8(tmp):
    home = fresh(tmp, "c8")
    db = home / "dutch-reader.sqlite3"
    store_with_words(db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    _damage(db)
    before = digest(db)
    g = run(["gloss", "huis"], home=home)
    changed = "MODIFIED" if digest(db) != before else "unchanged"
    b = run(["backup"], home=home)
    backups = list((home / "backups").glob("*")) if (home / "backups").exists() else []
    return (f"store with garbage in the middle: gloss {g.summary()}, file {changed}; "
            f"backup {b.summary()}, {len(backups)} backup file(s) made")


def case_9(tmp):
    out = []
    with tmpfs(tmp / "c9ro", "4m") as ro:
        if ro is None:
            return "cannot mount tmpfs (not root): skipped"
        home = ro / "home"
        home.mkdir()
        store_with_words(home / "dutch-reader.sqlite3", 50)
        remount_ro(ro)
        out.append("read-only store, gloss: " + run(["gloss", "huis"], home=home).summary())
        out.append("read-only data dir, gloss --lang de: " +
                   run(["gloss", "huis", "--lang", "de"], home=home).summary())
    with tmpfs(tmp / "c9full", "160k") as full:
        home = fresh(tmp, "c9b")
        store_with_words(home / "dutch-reader.sqlite3", 2000)
        r = run(["backup", "-o", str(full / "kopie.sqlite3")], home=home)
        left = sorted(p.name for p in full.iterdir())
        out.append(f"backup to a full disk: {r.summary()}, left there: {left}")
    with tmpfs(tmp / "c9tmp", "64k") as small_tmp:
        home = fresh(tmp, "c9e")
        text = home.parent / "t.txt"
        text.write_text(DUTCH * 20, encoding="utf-8")
        r = run(["export", "--text", str(text), "--level", "A1", "--no-audio", "-o",
                 str(home.parent / "o.apkg")], home=home, env={"TMPDIR": str(small_tmp)})
        out.append(f"export with a full TMPDIR: {r.summary()}, left in TMPDIR: "
                   f"{len(list(small_tmp.iterdir()))} file(s)")
    return "; ".join(out)


def case_10(tmp):
    home = fresh(tmp, "c10")
    db = home / "dutch-reader.sqlite3"
    con = sqlite3.connect(db)
    con.executescript("CREATE TABLE schema_version (version INTEGER NOT NULL);"
                      "INSERT INTO schema_version VALUES (999);")
    con.commit()
    con.close()
    before = digest(db)
    r = run(["gloss", "huis"], home=home)
    wal = db.read_bytes()[18:20] == b"\x02\x02"
    return (f"store from a newer version: {r.summary()}; file "
            f"{'MODIFIED' if digest(db) != before else 'unchanged'}{' (converted to WAL)' if wal else ''}")


def case_11(tmp):
    home = fresh(tmp, "c11")
    (home / "config.json").write_text('{"level": "Z9"}')
    text = home.parent / "t.txt"
    text.write_text(DUTCH * 3, encoding="utf-8")
    r = run(["cloze", str(text)], home=home)
    home2 = fresh(tmp, "c11b")
    (home2 / "config.json").write_text('{"level": "B1", "lang": ')
    g = run(["gloss", "huis", "--lang", "de"], home=home2)
    damaged = '{"level": "B1", "lang": '
    kept = [p.name for p in home2.iterdir() if p.name.startswith("config") and p.read_text() == damaged]
    return (f"config level Z9, cloze: {r.summary()}; damaged config, gloss --lang de: "
            f"{g.summary()}, the damaged file " + (f"kept as {kept[0]}" if kept else "REPLACED, its content lost"))


def case_12(tmp):
    out = []
    for args in (["gloss", b"caf\xe9"], ["gloss", "huis", "--context", b"Het \xff huis."]):
        home = fresh(tmp, f"c12-{len(out)}")
        argv = [a if isinstance(a, str) else os.fsdecode(a) for a in args]
        out.append(f"{' '.join(a if isinstance(a, str) else repr(a) for a in args)}: "
                   + run(argv, home=home).summary())
    return "invalid UTF-8 in argv: " + "; ".join(out)


def case_13(tmp):
    home = fresh(tmp, "c13")
    text = home.parent / "t.txt"
    text.write_text("De kat \x1b]52;c;ZWNobyBoYWNrZWQ=\x07 zat op de mat.\x1b[2J Hij sliep.\n",
                    encoding="utf-8")
    out = []
    for args in (["analyse", str(text)], ["analyse", str(text), "--json"], ["vocab", str(text)],
                 ["vocab", str(text), "--csv"]):
        r = run(args, home=home)
        raw = r.out.count(b"\x1b") + r.out.count(b"\x07")
        out.append(f"{' '.join(args[:1] + args[2:])}: {raw} raw ESC/BEL byte(s)")
    return "escape sequences in a text: " + "; ".join(out)


def case_14(tmp):
    home = fresh(tmp, "c14")
    tmpdir = home.parent / "tmpdir"
    tmpdir.mkdir()
    text = home.parent / "t.txt"
    text.write_text(DUTCH, encoding="utf-8")
    r = run(["export", "--text", str(text), "--level", "A1", "--no-audio", "-o",
             str(home.parent / "o.apkg")], home=home, env={"TMPDIR": str(tmpdir)})
    left = list(tmpdir.iterdir())
    return f".apkg export: {r.summary()}; {len(left)} file(s) left in TMPDIR"


def case_15(tmp, base):
    home = fresh(tmp, "c15")
    (home.parent / "www.example.txt").write_text(DUTCH, encoding="utf-8")
    r = run(["vocab", "www.example.txt"], home=home, cwd=home.parent)
    loop = run(["vocab", base + "/loop"], home=fresh(tmp, "c15b"))
    return f"local file www.example.txt: {r.summary()}; redirect loop: {loop.summary()}"


def case_16(tmp, rounds=5, n=8):
    failures = 0
    messages: set[str] = set()
    code = ("import sys, time\nfrom vocab.store import Store\n"
            "time.sleep(max(0, float(sys.argv[1]) - time.time()))\n"
            "try:\n    Store().close()\nexcept Exception as exc:\n    print(exc); sys.exit(1)\n")
    t0 = time.perf_counter()
    for k in range(rounds):
        home = fresh(tmp, f"c16-{k}")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DUTCH_READER_HOME": str(home)}
        start = time.time() + 1.5
        procs = [subprocess.Popen([sys.executable, "-c", code, str(start)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(n)]
        for p in procs:
            out, _ = p.communicate(timeout=60)
            if p.returncode:
                failures += 1
                messages.add(out.decode().strip().splitlines()[-1][:100])
    return (f"{n} processes opening a new store at once, {rounds} rounds: {failures} of "
            f"{rounds * n} failed ({time.perf_counter() - t0:.1f} s) {sorted(messages)[:2]}")


def main() -> None:
    global ROOT
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    ROOT = args.root.resolve()
    only = {int(x) for x in args.only.split(",") if x}
    srv = _Server(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    print(f"checkout: {ROOT} ({subprocess.run(['git', '-C', str(ROOT), 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip() or 'not a git checkout'})")
    cases = {
        1: lambda t: case_1(t), 2: lambda t: case_2(t), 3: lambda t: case_3(t, base),
        4: lambda t: case_4(t, base), 5: lambda t: case_5(t), 6: lambda t: case_6(t, args.big),
        7: lambda t: case_7(t), 8: lambda t: case_8(t), 9: lambda t: case_9(t),
        10: lambda t: case_10(t), 11: lambda t: case_11(t), 12: lambda t: case_12(t),
        13: lambda t: case_13(t), 14: lambda t: case_14(t), 15: lambda t: case_15(t, base),
        16: lambda t: case_16(t),
    }
    with tempfile.TemporaryDirectory(prefix="dr-harden-") as d:
        for n, case in cases.items():
            if only and n not in only:
                continue
            t0 = time.perf_counter()
            try:
                line = case(Path(d))
            except Exception as exc:  # noqa: BLE001 - a bench case that breaks is reported
                line = f"bench case failed: {type(exc).__name__}: {exc}"
            print(f"{n:>2}. {line}  [{time.perf_counter() - t0:.1f} s]", flush=True)
    srv.shutdown()


if __name__ == "__main__":
    main()
