"""Reader benchmarks (numbers, not tests): first paint, gloss latency, peak memory.

    python bench/ui_bench.py [FILE ...]

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
BOOK = ROOT.parent / "shared" / "bench" / "het-beleg-van-haarlem-1.txt"
SAMPLE = ROOT / "seeds" / "wie-zijn-isis-k.txt"


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
            await pilot.pause(0)
            assert screen.query_one(GlossPanel).gloss is not None and screen.cursor == index
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


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":
        print(json.dumps(asyncio.run(measure(argv[1]))))
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
