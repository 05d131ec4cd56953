"""Every place dutch-reader reads or writes on disk, in one module.

- data dir: ``$DUTCH_READER_HOME`` or the platform's user data dir (platformdirs): the
  learner's store (``dutch-reader.sqlite3``), ``config.json``, added dictionaries (``dicts/``)
  and backups (``backups/``);
- cache dir: ``$DUTCH_READER_CACHE`` or the platform's user cache dir: derived data only;
- system dictionaries: ``/usr/share/dictd`` (Debian's dictd packages, e.g. FreeDict).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "data_dir",
    "cache_dir",
    "db_path",
    "config_path",
    "user_dict_dir",
    "system_dict_dirs",
    "backup_dir",
]

APP = "dutch-reader"


def data_dir() -> Path:
    env = os.environ.get("DUTCH_READER_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    env = os.environ.get("DUTCH_READER_CACHE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def db_path() -> Path:
    return data_dir() / "dutch-reader.sqlite3"


def config_path() -> Path:
    return data_dir() / "config.json"


def user_dict_dir() -> Path:
    return data_dir() / "dicts"


def backup_dir() -> Path:
    return data_dir() / "backups"


def system_dict_dirs() -> list[Path]:
    env = os.environ.get("DUTCH_READER_DICT_DIRS")
    if env is not None:
        return [Path(p) for p in env.split(os.pathsep) if p]
    return [Path("/usr/share/dictd")]
