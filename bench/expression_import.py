"""How many multi-word terms of a learner's word list map to an expression of ours.

    python bench/expression_import.py

The sample (below, written by us) is the kind of phrase a learner saves in Lute, LingQ or
Anki: citation forms, inflected and reordered forms (*maak je geen zorgen*), fragments,
phrases we may not have, and whole sentences.  Each term goes through
``Expressions.lookup`` as ``dutch-reader words import`` does; the mapped ones are listed
with their citation form, the rest as unmapped, for a person to judge.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vocab.expressions import default  # noqa: E402

SAMPLE = """
op zoek naar
maak je geen zorgen
zich zorgen maken
aan de slag gaan
we gaan aan de slag
deel uitmaken van
hij maakt deel uit van
er belang bij hebben
in verlegenheid brengen
iemand in de steek laten
liet hem in de steek
het eens zijn met
ik ben het niet met je eens
zin hebben in
heb je zin in
in plaats van
af en toe
voor het eerst
ten opzichte van
op tijd
te laat komen
een besluit nemen
ze namen een besluit
rekening houden met
houd er rekening mee
de kat uit de boom kijken
met de deur in huis vallen
tot ziens
dank je wel
van harte gefeliciteerd
het spijt me
in de gaten houden
iets in de gaten hebben
op het punt staan
door de bomen het bos niet meer zien
uit de hand lopen
het liep uit de hand
goed van pas komen
op de hoogte houden
voet aan de grond krijgen
een goede morgen
de grote stad
de hond uitlaten
naar de winkel gaan
een kopje koffie
lange tijd
ik heb het koud
wat kost dat
hoe gaat het
met vriendelijke groet
""".strip().splitlines()


def main() -> int:
    ex = default()
    t0 = time.perf_counter()
    results = [(term, ex.lookup(term)) for term in SAMPLE]
    ms = 1000 * (time.perf_counter() - t0)
    mapped = [(t, c) for t, c in results if c]
    print(f"{len(mapped)} of {len(results)} multi-word terms map to an expression of ours "
          f"({ms:.0f} ms with loading)")
    for term, citation in results:
        print(f"  {term:<40} {'→ ' + citation if citation else '(unmapped)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
