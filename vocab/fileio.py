"""Reading and writing files the careful way, for every module that touches the disk.

- :func:`read_limited` reads a *regular* file and at most ``limit + 1`` bytes of it: a FIFO,
  a device (``/dev/zero``), a socket or a directory is refused before anything is read, so
  no command can hang on a pipe or read until memory runs out;
- :func:`gunzip_limited` unpacks gzip data as a stream and stops past the limit (a gzip
  bomb costs the limit, not its unpacked size);
- :func:`atomic_write` writes through a temporary file beside the target and renames it:
  a full disk or a read-only folder leaves the old file as it was and no temporary file
  behind;
- :func:`problem` turns an ``OSError`` into the few words a learner can act on ("the disk
  is full", "read-only file system").

Failures are :class:`FileProblem` with a one-line message; each caller re-raises it as its
own error type (``ImportFailure``, ``DictdError``, ``StoreError``, ...).
"""

from __future__ import annotations

import errno
import gzip
import os
import sqlite3
import stat
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

__all__ = ["FileProblem", "read_limited", "gunzip_limited", "atomic_write", "problem",
           "size_text", "check_regular"]


class FileProblem(Exception):
    """A file cannot be read or written; ``str(exc)`` is one line naming the file."""


def size_text(n: int) -> str:
    """20 MB, 512 KB, 300 bytes: a limit as a learner reads it."""
    if n >= 1 << 20:
        return f"{n / (1 << 20):.0f} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.0f} KB"
    return f"{n} bytes"


def problem(exc: BaseException) -> str:
    """The reason of an OS (or SQLite) error in a learner's words."""
    if not isinstance(exc, OSError):
        text = str(exc)
        low = text.lower()
        if "disk is full" in low or "disk quota" in low:
            return "the disk is full"
        if "readonly" in low or "read-only" in low:
            return "read-only"
        return " ".join(text.split())
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EROFS: "read-only file system",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "no such file or folder",
        errno.EISDIR: "is a directory",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.ENAMETOOLONG: "the name is too long",
    }
    return reasons.get(exc.errno or 0) or (exc.strerror or str(exc)).strip()


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    if stat.S_ISSOCK(mode):
        return "is a socket"
    return "is not a regular file"


def _open_regular(path: Path, what: str) -> int:
    """A file descriptor of *path*, checked to be a regular file before any read.  The
    file is opened without blocking (a FIFO with no writer would wait for ever) and checked
    on the descriptor itself, so nothing can be swapped in between."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FileProblem(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileProblem(f"{path}: is a directory, not {what}") from None
    except OSError as exc:
        raise FileProblem(f"{path}: cannot be read ({problem(exc)})") from None
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise FileProblem(f"{path}: {kind}, not {what}")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def check_regular(path: Path | str, what: str = "a file") -> None:
    """Raise :class:`FileProblem` unless *path* is a regular file (read nothing)."""
    os.close(_open_regular(Path(path), what))


def read_limited(path: Path | str, limit: int, what: str = "a text file") -> bytes:
    """The bytes of the regular file *path*, at most *limit*; larger files are refused with
    the limit named."""
    path = Path(path)
    fd = _open_regular(path, what)
    with os.fdopen(fd, "rb") as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise FileProblem(f"{path}: {size_text(size)}; the limit is {size_text(limit)}")
            data = fh.read(limit + 1)  # st_size may lie (procfs, a file still growing)
        except OSError as exc:
            raise FileProblem(f"{path}: cannot be read ({problem(exc)})") from None
    if len(data) > limit:
        raise FileProblem(f"{path}: larger than the limit of {size_text(limit)}")
    return data


def gunzip_limited(path: Path | str, limit: int, what: str = "gzip data") -> bytes:
    """Unpack the gzip file *path* as a stream; refuse it when it unpacks to more than
    *limit* bytes (having unpacked no more than that)."""
    path = Path(path)
    fd = _open_regular(path, what)
    with os.fdopen(fd, "rb") as raw:
        try:
            with gzip.GzipFile(fileobj=raw) as fh:
                data = fh.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise FileProblem(f"{path}: damaged gzip data ({exc})") from None
    if len(data) > limit:
        raise FileProblem(f"{path}: unpacks to more than {size_text(limit)} (the limit for {what})")
    return data


def atomic_write(path: Path | str, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file beside *path*, then rename it over *path*.

    A failure (a full disk, a read-only folder, an error in *write*) leaves *path* as it
    was and removes the temporary file; OS and SQLite errors become one
    :class:`FileProblem` line."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise FileProblem(f"{path}: the folder {parent} does not exist")
    if path.is_dir():
        raise FileProblem(f"{path}: is a directory")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise FileProblem(f"{path}: cannot write there ({problem(exc)})") from None
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:  # (SQLite says "database or disk is full")
        tmp.unlink(missing_ok=True)
        raise FileProblem(f"{path}: cannot write ({problem(exc)})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
