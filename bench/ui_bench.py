"""Reader benchmarks (numbers, not tests): first paint, gloss latency, peak memory; in a
real terminal: first paint of the book from process start, End to the last line, peak
memory; the event loop while a 5 MB single-line text opens; interlinear mode on the book
(key to repaint, to meanings shown; see interlinear_paging).

    python bench/ui_bench.py [FILE ...]

In a real terminal (a pseudo-terminal at 120×40, as tmux gives): the reader is started as
a process on the book; first paint is the time from the process start to the reading
screen's legend line in the terminal's output; End is the time from the End key to the
book's last words in the output; peak memory is the process's max RSS (ru_maxrss of the
child).  Event loop: the longest pause between ticks of a 20 ms timer while a 5 MB text on
one line is read, analysed and shown (headless).

First paint: from creating the app to the reading screen showing its first paragraphs
(analysis included), headless at 100×40.  Gloss latency: from a click on a word's cell to
the gloss panel holding that word.  Peak memory: the process's max RSS after opening the
text (ru_maxrss; the book is opened in a fresh process).
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")  # beside a checkout, or beside the worktrees' folder
BOOK = SHARED / "bench" / "het-beleg-van-haarlem-1.txt"
SAMPLE = ROOT / "seeds" / "wie-zijn-isis-k.txt"


def _ticker():
    """(the pauses between calls, the function a timer calls): the event loop's pauses."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    return gaps, tick


async def measure(path: str) -> dict:
    from reader.app import ReaderApp, ReadingScreen
    from reader.widgets import GlossPanel

    home = tempfile.mkdtemp()
    os.environ["DUTCH_READER_HOME"] = home
    t0 = time.perf_counter()
    app = ReaderApp(path=path, db=str(Path(home) / "s.sqlite3"), level="B1")
    async with app.run_test(size=(100, 40)) as pilot:
        while not (isinstance(app.screen, ReadingScreen) and app.screen.ready):
            await pilot.pause(0.005)
        first_paint = time.perf_counter() - t0
        screen = app.screen
        while screen.partial:  # a book: its first page is up; the clicks wait for the whole
            await pilot.pause(0.02)
        await pilot.pause(0.2)
        region = screen.query_one("#article").region
        cells = {}
        for y in range(region.y, region.bottom):
            for x in range(region.x, region.right):
                action = screen.get_style_at(x, y).meta.get("@click")
                if action and action not in cells:
                    cells[action] = (x, y)
        # From the click's message to the gloss panel redrawn: the click handler plus one
        # refresh cycle.  (pilot.click itself adds the test driver's own waits: reported
        # separately as the round trip.)
        from reader.widgets import ParagraphView

        latencies, round_trips = [], []
        for action in list(cells)[:40]:
            index = int(action[len("select_word("):-1])
            t1 = time.perf_counter()
            screen.on_word_clicked(ParagraphView.WordClicked(index))
            panel = screen.query_one(GlossPanel)
            word = screen.state.tokens[index].text
            while panel.gloss is None or panel.gloss.word != word:  # looked up in a worker
                await pilot.pause(0.001)
                if time.perf_counter() - t1 > 5:
                    raise AssertionError(f"no gloss for {word}")
            latencies.append(time.perf_counter() - t1)
        for action, (x, y) in list(cells.items())[40:60]:
            index = int(action[len("select_word("):-1])
            t1 = time.perf_counter()
            await pilot.click(offset=(x, y))
            while screen.cursor != index:
                await pilot.pause(0.001)
            round_trips.append(time.perf_counter() - t1)
    return {
        "first_paint_s": round(first_paint, 3),
        "gloss_ms_median": round(1000 * statistics.median(latencies), 1),
        "gloss_ms_max": round(1000 * max(latencies), 1),
        "pilot_click_ms_median": round(1000 * statistics.median(round_trips), 1) if round_trips else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "words": len(screen.state.tokens),
    }


def terminal(path: str, last_words: str, cols: int = 120, rows: int = 40) -> dict:
    """The reader as a process in a pseudo-terminal: first paint from process start, End to
    the last line, peak memory."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    home = tempfile.mkdtemp()
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TERM="xterm-256color", DUTCH_READER_HOME=home, COLUMNS=str(cols), LINES=str(rows))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "reader", "read", path, "--level", "B1"],
                            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env,
                            start_new_session=True)
    os.close(slave)

    def wait_for(marker: bytes, timeout: float) -> float | None:
        seen = b""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            ready, _, _ = select.select([master], [], [], 0.01)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return None
                seen = (seen + chunk)[-200_000:]
                if marker in seen:
                    return time.perf_counter()
        return None

    def drain(quiet: float = 0.5) -> None:
        while select.select([master], [], [], quiet)[0]:
            try:
                os.read(master, 65536)
            except OSError:
                return

    out: dict = {}
    painted = wait_for(b"hides)", 60)  # the legend line: the reading screen is up
    out["first_paint_s"] = round(painted - t0, 3) if painted else None
    whole = wait_for(b"contents", 60)  # the footer offers chapters: the whole book is analysed
    out["whole_book_s"] = round(whole - t0, 3) if whole else None
    drain()
    t1 = time.perf_counter()
    os.write(master, b"\x1b[F")  # End
    shown = wait_for(last_words.encode(), 30)
    out["end_s"] = round(shown - t1, 3) if shown else None
    drain()
    os.write(master, b"q")
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    os.close(master)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return out


async def event_loop_while_opening(path: str) -> dict:
    """The longest pause of the event loop while a text is read, analysed and shown."""
    from reader.app import ReaderApp, ReadingScreen

    home = tempfile.mkdtemp()
    os.environ["DUTCH_READER_HOME"] = home
    app = ReaderApp(path=path, db=str(Path(home) / "s.sqlite3"), level="B1")
    gaps, tick = _ticker()

    t0 = time.perf_counter()
    phases = {}
    async with app.run_test(size=(120, 40)) as pilot:
        app.set_interval(0.02, tick)
        while not (isinstance(app.screen, ReadingScreen) and app.screen.ready):
            await pilot.pause(0.02)
        opened = time.perf_counter() - t0
        phases["loading"] = max(gaps, default=0)
        n = len(gaps)
        screen = app.screen
        await pilot.press("end")  # done when the whole text is there
        while screen.partial and time.perf_counter() - t0 < 600:
            await pilot.pause(0.05)
        whole = time.perf_counter() - t0
        phases["whole_text"] = max(gaps[n:], default=0)
        n = len(gaps)
        await pilot.pause(1.0)
        phases["after"] = max(gaps[n:], default=0)
        at_end = len(screen.state.tokens) - 1 in screen.article.visible_tokens()
    return {"open_s": round(opened, 2), "whole_s": round(whole, 2),
            "max_pause_ms": {k: round(1000 * v, 1) for k, v in phases.items()},
            "ticks": len(gaps), "end_reached": at_end}


async def interlinear_paging(path: str, pages: int = 15) -> dict:
    """Interlinear mode on a book (headless, 120×40): from a key (the `a` that switches it
    on, then PageDown page after page) to the frame that shows its effect (the cursor's
    word laid out on the screen, polled whenever the event loop is free, then the next
    frame, timed by wrapping App._display), to the meanings of every new and learning word
    on the screen being there, and the longest pause of the event loop (a 10 ms timer)
    meanwhile; then ten PageDowns at once, to the last page drawn and glossed.  Keys are
    sent as the terminal driver sends them."""
    from reader.app import ReaderApp, ReadingScreen

    home = tempfile.mkdtemp()
    os.environ["DUTCH_READER_HOME"] = home
    app = ReaderApp(path=path, db=str(Path(home) / "s.sqlite3"), level="B1")
    frames: list[float] = []  # times of the frames drawn
    display = app._display

    def timed_display(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            frames.append(time.perf_counter())

    app._display = timed_display
    gaps, tick = _ticker()

    def glossed(screen) -> bool:
        """Every new and learning word on the screen has its meaning (or has none)."""
        pending = getattr(screen, "meanings_pending", None)
        if pending is not None:
            return not pending()
        state = screen.state
        return all(i in screen._meanings for i in screen.article.visible_tokens()
                   if state.token_status(i) == "new" or state.token_status(i).startswith("learning"))

    def shown(index: int) -> bool:
        """Token *index*'s paragraph is mounted and laid out, in interlinear mode."""
        article = app.screen.article
        view = article.view_of_token(index)
        return (article.interlinear is not None and view is not None and view.is_mounted
                and view.size.height > 0)

    def send(name: str, char: str | None = None) -> None:
        """A key as the terminal sends it (Pilot.press would wait until the process is
        idle: also until a worker thread is done)."""
        from textual import events

        event = events.Key(name, char)
        event.set_sender(app)
        app._driver.send_message(event)

    async def key(pilot, screen, name: str, moved) -> tuple[float, float]:
        t0 = time.perf_counter()
        send(name, name if len(name) == 1 else None)
        while not moved():  # (polled whenever the event loop is free)
            await pilot.pause(0.001)
            if time.perf_counter() - t0 > 20:
                raise AssertionError(f"{name}: the cursor's paragraph is not drawn")
        frames.clear()
        app.screen.refresh()  # the frame that draws it
        while not frames:
            await pilot.pause(0.001)
        repaint = frames[0] - t0
        while not glossed(screen) and time.perf_counter() - t0 < 60:
            await pilot.pause(0.002)
        return repaint, time.perf_counter() - t0

    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, ReadingScreen) and app.screen.ready):
            await pilot.pause(0.02)
        screen = app.screen
        while screen.partial:
            await pilot.pause(0.05)
        await pilot.pause(0.5)
        screen.go_to_percent(30)  # the middle of the book: words not met on its first pages
        await pilot.pause(0.3)
        app.set_interval(0.01, tick)
        await pilot.pause(0.1)
        gaps.clear()
        on_repaint, on_glossed = await key(pilot, screen, "a", lambda: shown(screen.cursor))
        toggle_pause = max(gaps, default=0)
        repaints, filled = [], []
        gaps.clear()
        for _ in range(pages):
            before = screen.cursor
            r, g = await key(pilot, screen, "pagedown",
                             lambda b=before: screen.cursor != b and shown(screen.cursor))
            repaints.append(r)
            filled.append(g)
        page_pause = max(gaps, default=0)
        # a burst: PageDown ten times as fast as the keys are taken, to the last page drawn
        pages_done = [0]
        page = screen.action_page

        def counted(step: int) -> None:
            page(step)
            pages_done[0] += 1

        screen.action_page = counted
        t0 = time.perf_counter()
        for _ in range(10):
            send("pagedown")
        while pages_done[0] < 10 or not shown(screen.cursor):
            await pilot.pause(0.001)
            if time.perf_counter() - t0 > 60:
                raise AssertionError("10 × pagedown: the cursor's paragraph is not drawn")
        burst = time.perf_counter() - t0
        while not glossed(screen) and time.perf_counter() - t0 < 60:
            await pilot.pause(0.002)
        burst_glossed = time.perf_counter() - t0
        glossed_now = glossed(screen)
    return {
        "toggle_repaint_ms": round(1000 * on_repaint, 1), "toggle_glossed_ms": round(1000 * on_glossed, 1),
        "toggle_max_pause_ms": round(1000 * toggle_pause, 1),
        "page_repaint_ms_median": round(1000 * statistics.median(repaints), 1),
        "page_repaint_ms_max": round(1000 * max(repaints), 1),
        "page_glossed_ms_median": round(1000 * statistics.median(filled), 1),
        "page_glossed_ms_max": round(1000 * max(filled), 1),
        "page_max_pause_ms": round(1000 * page_pause, 1), "pages": pages, "glossed": glossed_now,
        "burst10_shown_ms": round(1000 * burst, 1), "burst10_glossed_ms": round(1000 * burst_glossed, 1),
    }


def one_line_text(mb: float = 5.0) -> str:
    """A text of *mb* megabytes on one line, from the book (or the sample)."""
    source = BOOK if BOOK.exists() else SAMPLE
    words = source.read_text(encoding="utf-8").split()
    line = " ".join(words)
    text = " ".join([line] * (int(mb * 1_000_000) // len(line) + 1))[: int(mb * 1_000_000)]
    path = Path(tempfile.mkdtemp()) / "een-regel.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":
        print(json.dumps(asyncio.run(measure(argv[1]))))
        return 0
    if argv and argv[0] == "--terminal":
        print(json.dumps(terminal(argv[1], argv[2])))
        return 0
    if argv and argv[0] == "--interlinear":
        print(json.dumps(asyncio.run(interlinear_paging(argv[1]))))
        return 0
    if argv and argv[0] == "--event-loop":
        print(json.dumps(asyncio.run(event_loop_while_opening(argv[1]))))
        return 0
    for path in argv or [str(SAMPLE), str(BOOK)]:
        if not Path(path).exists():
            print(f"skipped: {path} not found")
            continue
        # a fresh process per text, so memory and first paint are cold-ish
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        out = subprocess.run([sys.executable, __file__, "--one", path], capture_output=True,
                             text=True, env=env)
        if out.returncode != 0:
            print(f"{Path(path).name}: failed\n{out.stderr[-2000:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"reader {Path(path).name} ({r['words']:,} words): first paint {r['first_paint_s']:.2f} s, "
              f"gloss shown after a click median {r['gloss_ms_median']} ms (max {r['gloss_ms_max']} ms; "
              f"Pilot click round trip {r['pilot_click_ms_median']} ms), "
              f"peak memory {r['peak_rss_mb']} MB")
    if not argv and BOOK.exists():
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        last_words = BOOK.read_text(encoding="utf-8").split()[-4]  # EINDE (VAN HET EERSTE DEEL.)
        runs = []
        for _ in range(3):  # the first run also fills the caches; the median is reported
            out = subprocess.run([sys.executable, __file__, "--terminal", str(BOOK), last_words],
                                 capture_output=True, text=True, env=env)
            if out.returncode == 0:
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        if runs:
            def med(key):
                values = [r[key] for r in runs if r[key] is not None]
                return f"{statistics.median(values):.2f}" if values else "not reached"

            print(f"reader in a terminal (120x40) {BOOK.name}: first paint from process start "
                  f"{med('first_paint_s')} s (the whole book analysed at {med('whole_book_s')} s), "
                  f"End to the last line {med('end_s')} s, "
                  f"peak memory {med('peak_rss_mb')} MB (median of {len(runs)} runs)")
        out = subprocess.run([sys.executable, __file__, "--interlinear", str(BOOK)], capture_output=True,
                             text=True, env=env)
        if out.returncode == 0:
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"reader, interlinear on {BOOK.name} (120x40): `a` drawn in {r['toggle_repaint_ms']} ms, "
                  f"meanings in {r['toggle_glossed_ms']} ms; PageDown drawn in "
                  f"{r['page_repaint_ms_median']} ms median ({r['page_repaint_ms_max']} max), meanings in "
                  f"{r['page_glossed_ms_median']} ms; longest event-loop pause {r['page_max_pause_ms']} ms; "
                  f"10 PageDowns at once: drawn {r['burst10_shown_ms']} ms, glossed {r['burst10_glossed_ms']} ms")
        else:
            print(f"interlinear: failed\n{out.stderr[-2000:]}")
        line = one_line_text(5.0)
        out = subprocess.run([sys.executable, __file__, "--event-loop", line], capture_output=True,
                             text=True, env=env)
        if out.returncode == 0:
            r = json.loads(out.stdout.strip().splitlines()[-1])
            p = r["max_pause_ms"]
            print(f"reader, a 5 MB text on one line: its first page shown at {r['open_s']} s, the whole "
                  f"text at {r['whole_s']} s; longest event-loop pause {p['loading']} ms while loading, "
                  f"{p['whole_text']} ms while the whole text is analysed, {p['after']} ms after; "
                  f"End reached: {r['end_reached']}")
        else:
            print(f"5 MB line: failed\n{out.stderr[-2000:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
