"""The learner's data survives kills and concurrent writers."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from vocab.store import Store

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer.py")


def start_writer(db: Path, prefix: str, start: int, count: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WRITER), str(db), prefix, str(start), str(count)],
                            stdout=subprocess.PIPE, text=True, env=env)


def test_sigkill_in_the_middle_of_work_loses_nothing_reported_saved(tmp_path):
    db = tmp_path / "s.sqlite3"
    Store(db).close()
    rng = random.Random(7)
    reported: list[int] = []
    next_i = 0
    for _round in range(6):
        proc = start_writer(db, "w", next_i, 100_000)
        deadline = time.monotonic() + rng.uniform(0.3, 0.9)
        for line in proc.stdout:
            reported.append(int(line))
            if time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGKILL)  # in the middle of whatever it is doing
        proc.wait()
        next_i = (reported[-1] + 1) if reported else 0
        next_i += 10  # the killed process may have saved a few it did not report
    assert len(reported) > 30
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store(db) as store:
        statuses = store.statuses()
        for i in reported:
            assert statuses[f"w{i}"] == "known" and statuses[f"w{i}-b"] == "learning2"
            assert store.word(f"w{i}").gloss == f"gloss {i}"


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "s.sqlite3"
    Store(db).close()
    a = start_writer(db, "a", 0, 150)
    b = start_writer(db, "b", 0, 150)
    out_a, _ = a.communicate(timeout=120)
    out_b, _ = b.communicate(timeout=120)
    assert a.returncode == 0 and b.returncode == 0
    assert len(out_a.split()) == len(out_b.split()) == 150
    with Store(db) as store:
        statuses = store.statuses()
        assert len(statuses) == 600
        assert all(statuses[f"{p}{i}"] == "known" for p in "ab" for i in range(150))
