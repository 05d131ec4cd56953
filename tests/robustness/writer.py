"""A process that saves learner actions as fast as it can and reports each one after it
is committed (used by the kill and concurrency tests)."""

import sys

from vocab.store import Store

path, prefix, start, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with Store(path) as store:
    for i in range(start, start + count):
        store.set_statuses({f"{prefix}{i}": "known", f"{prefix}{i}-b": "learning2"})
        store.set_note(f"{prefix}{i}", f"gloss {i}", None)
        print(i, flush=True)  # reported as saved only after both transactions
