"""Links out: an online dictionary's address for a word (the app itself fetches nothing).

The templates are a setting (``dictionary_links`` in ``config.json``), as in Lute: a list of
``{"name": ..., "url": ...}`` whose ``url`` holds ``{word}`` where the word goes (URL-quoted).
The default is Wiktionary's English edition at its Dutch section::

    "dictionary_links": [
      {"name": "Wiktionary", "url": "https://en.wiktionary.org/wiki/{word}#Dutch"},
      {"name": "Van Dale", "url": "https://www.vandale.nl/gratis-woordenboek/nederlands/betekenis/{word}"}
    ]

The reader opens the first with the system's browser; ``gloss --json`` lists them all.
"""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["DEFAULT_LINKS", "links_for", "valid_templates"]

DEFAULT_LINKS = [{"name": "Wiktionary", "url": "https://en.wiktionary.org/wiki/{word}#Dutch"}]


def valid_templates(value) -> bool:
    """A list of {name, url} with an http(s) url that has a {word} place (and no other)."""
    if not isinstance(value, list):
        return False
    for t in value:
        if not (isinstance(t, dict) and set(t) == {"name", "url"}
                and isinstance(t["name"], str) and t["name"].strip()
                and isinstance(t["url"], str) and t["url"].startswith(("https://", "http://"))
                and "{word}" in t["url"]):
            return False
        try:
            t["url"].format(word="x")
        except (KeyError, IndexError, ValueError):
            return False
    return True


def links_for(word: str, templates: list[dict] | None = None) -> list[dict]:
    """[{"name", "url"}] for *word* by each template (the default when None)."""
    if templates is None:
        templates = _configured()
    word = word.strip()
    if not word:
        return []
    quoted = quote(word, safe="")
    return [{"name": t["name"], "url": t["url"].format(word=quoted)} for t in templates]


def _configured() -> list[dict]:
    from . import config

    value = config.get("dictionary_links")
    return value if valid_templates(value) else DEFAULT_LINKS
