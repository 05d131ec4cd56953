"""The learner's settings: a small JSON file in the data dir (``config.json``)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from . import paths

__all__ = ["load", "save", "get", "set_value", "DEFAULTS"]

#: level: the learner's CEFR level (None: not asked yet); theme: Textual theme name;
#: reading_width: the widest text column in the reader; the rest are the reader's toggles.
DEFAULTS: dict = {
    "lang": "en",
    "level": None,
    "theme": None,
    "reading_width": 80,
    "gloss_follows": True,
    "interlinear": False,
    "legend": True,
}


def load(path: Path | None = None) -> dict:
    path = path or paths.config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {**DEFAULTS, **data}


def save(config: dict, path: Path | None = None) -> None:
    """Write atomically: a crash never leaves half a config file."""
    path = path or paths.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(config, fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def get(key: str):
    return load().get(key, DEFAULTS.get(key))


def set_value(key: str, value) -> None:
    config = load()
    config[key] = value
    save(config)
