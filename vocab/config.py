"""The learner's settings: a small JSON file in the data dir (``config.json``).

The file may be edited by hand, so it is checked on every load: a value of the wrong kind
(``"level": "Z9"``) is a warning naming the key, the default is used, and the file is
left as it is.  A file that is not valid JSON is never replaced silently: setting a value
then keeps the damaged file beside it (``config.json.damaged-…``) and says so.  Writing is
atomic; a setting that cannot be saved (a read-only folder, a full disk) is a warning, and
the program goes on without remembering it.

Warnings go to :data:`on_warning` when it is set (the CLI prints them, the reader shows
them), else to :data:`pending`; each is reported once per process.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from . import paths
from .fileio import FileProblem, atomic_write
from .links import DEFAULT_LINKS

__all__ = ["load", "save", "get", "set_value", "DEFAULTS", "pending", "on_warning"]

#: level: the learner's CEFR level (None: not asked yet); theme: Textual theme name;
#: reading_width: the widest text column in the reader; dictionary_links: online dictionaries
#: a gloss links to (vocab.links); the rest are the reader's toggles.
DEFAULTS: dict = {
    "lang": "en",
    "level": None,
    "theme": None,
    "reading_width": 80,
    "gloss_follows": True,
    "interlinear": False,
    "legend": True,
    "dictionary_links": DEFAULT_LINKS,
}

#: Where warnings go: a function taking one line, or None to keep them in :data:`pending`.
on_warning: Callable[[str], None] | None = None
pending: list[str] = []
_reported: set[str] = set()


def _levels() -> tuple[str, ...]:
    from .difficulty import LEVELS

    return tuple(LEVELS)


def _languages() -> set[str]:
    from .dictd import LANGUAGE_CODES

    return set(LANGUAGE_CODES) | set(LANGUAGE_CODES.values())


def _valid(key: str, value) -> str | None:
    """None when *value* is good for *key*, else what it should be."""
    if key == "level":
        return None if value is None or value in _levels() else f"one of {', '.join(_levels())}"
    if key == "lang":
        return None if isinstance(value, str) and value in _languages() else "a language code such as en or de"
    if key == "theme":
        return None if value is None or isinstance(value, str) else "a theme's name"
    if key == "reading_width":
        ok = isinstance(value, int) and not isinstance(value, bool) and 20 <= value <= 1000
        return None if ok else "a number of columns from 20 to 1000"
    if key == "dictionary_links":
        from .links import valid_templates

        ok = valid_templates(value)
        return None if ok else 'a list of {"name": …, "url": "https://…{word}…"}'
    if key in ("gloss_follows", "interlinear", "legend"):
        return None if isinstance(value, bool) else "true or false"
    return None  # keys of newer versions are kept as they are


def _warn(message: str) -> None:
    if message in _reported:
        return
    _reported.add(message)
    if on_warning is not None:
        on_warning(message)
    else:
        pending.append(message)


def _read(path: Path) -> tuple[dict, bool]:
    """The file's settings as written, and whether the file is damaged (it exists but is
    not a JSON object)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, False
    except (OSError, ValueError) as exc:
        _warn(f"{path} cannot be read ({exc}); using the default settings")
        return {}, False
    try:
        data = json.loads(text)
    except ValueError as exc:
        _warn(f"{path} is not valid JSON ({exc}); using the default settings, the file is "
              "kept as it is")
        return {}, True
    if not isinstance(data, dict):
        _warn(f"{path} holds no settings (not a JSON object); using the defaults, the file is "
              "kept as it is")
        return {}, True
    return data, False


def load(path: Path | None = None) -> dict:
    """The settings: the file's valid values over the defaults."""
    path = path or paths.config_path()
    data, _damaged = _read(path)
    config = {**DEFAULTS, **data}
    for key, value in data.items():
        wanted = _valid(key, value)
        if wanted is not None:
            config[key] = DEFAULTS.get(key)
            _warn(f"{path}: '{key}' is {json.dumps(value, ensure_ascii=False)[:40]}, not "
                  f"{wanted}; using the default ({json.dumps(DEFAULTS.get(key))})")
    return config


def save(config: dict, path: Path | None = None) -> None:
    """Write atomically: a crash never leaves half a config file, a failure leaves no
    temporary file.  Raises :class:`FileProblem` (one line)."""
    path = path or paths.config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(f"cannot create {path.parent}: {exc.strerror or exc}") from None

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(config, fh, ensure_ascii=False, indent=2)

    atomic_write(path, write)


def get(key: str):
    return load().get(key, DEFAULTS.get(key))


def set_value(key: str, value) -> bool:
    """Remember one setting; the file's other values stay as written.  Returns False (and
    warns) when it cannot be saved."""
    path = paths.config_path()
    data, damaged = _read(path)
    try:
        if damaged:
            kept = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            atomic_write(kept, lambda tmp: tmp.write_bytes(path.read_bytes()))
            _warn(f"{path} was damaged: kept as {kept.name}, and a new one written")
        save({**data, key: value}, path)
    except FileProblem as exc:
        _warn(f"the setting '{key}' could not be saved: {exc}")
        return False
    return True
