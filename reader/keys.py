"""The reader's keys, in one place: shown by ``dutch-reader read --help`` and by ``?`` in
the reader.  (No Textual import here, so the CLI's help stays fast.)"""

KEYS_HELP = """\
keys:
  ← → / h l / b w   previous / next word      ↑ ↓ / k j   word on the line above / below
  Enter             gloss the word             click       gloss a word
  1 2 3 4           learning level             5           known
  i                 ignore                     u           back to new
  e                 edit your gloss and note   p           pronounce (espeak-ng)
  K                 mark the rest of the page known (asks first)
  f                 vocabulary filter: all / new / learning
  Tab               to the vocabulary list and back (Enter jumps to the word, again to the next)
  P                 practise this text (cloze cards, FSRS)
  X                 export this text's new and learning words (Anki .apkg, .csv, .tsv)
  L                 library                    T           light / dark theme
  ?                 these keys                 q           quit
"""
