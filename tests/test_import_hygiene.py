"""The engine never imports textual or rich (design.md: vocab is UI-free)."""

import subprocess
import sys


def test_vocab_does_not_import_ui_libraries():
    code = (
        "import sys, vocab\n"
        "vocab.analyse('Hij belde zijn moeder gisteren op.')\n"
        "vocab.vocabulary(vocab.analyse('De kat zit op de mat.'))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
