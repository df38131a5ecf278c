"""The result cache's entries: their shape, and the file system facts they hold.

An entry (:class:`Entry` and the JSON it is stored as) holds a check's output and
what the check depended on; :func:`holds` tells whether each of those is still
as recorded, by the signatures made here: a regular file's content
(:func:`digest`), a folder's entries and their kinds (:func:`listing`), a code
file's size and modification time (:func:`stat_sign`). :mod:`lkjaudit.resultcache`
records a run and decides what to store.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "FORMAT",
    "PREFIX",
    "Entry",
    "digest",
    "entry_of",
    "holds",
    "inside",
    "links",
    "listing",
    "prune",
    "read_regular",
    "stat_sign",
]

FORMAT = 1
PREFIX = "result-"
# NOTE: the cache keeps the most recently used entries up to both limits
KEEP = 64
KEEP_BYTES = 64_000_000


class Entry:
    """A stored check: what to print, and the exit code to leave with."""

    __slots__ = ("lang", "notes", "status", "stdout")

    def __init__(
        self, stdout: str, notes: list[str], status: int, lang: str = "id"
    ) -> None:
        self.stdout = stdout
        self.notes = notes
        self.status = status
        self.lang = lang  # NOTE: of the check's messages, for an interrupted replay


def entry_of(data: object) -> Entry | None:
    """The output an entry holds, when every part of it has its expected shape."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    stdout, notes, status = data.get("stdout"), data.get("notes"), data.get("status")
    if not isinstance(stdout, str) or type(status) is not int or status not in (0, 1):
        return None
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        return None
    lang = data.get("lang")
    if lang not in ("id", "en"):
        return None
    shapes = {
        "files": (str, str),
        "folders": (str, str),
        "resolved": (str, str),
        "code": (str, int, int),
    }
    for key, shape in shapes.items():
        rows = data.get(key)
        if not isinstance(rows, list) or not all(_shaped(r, shape) for r in rows):
            return None
    absent = data.get("absent")
    if not isinstance(absent, list) or not all(isinstance(p, str) for p in absent):
        return None
    return Entry(stdout, notes, status, lang)


def _shaped(row: object, shape: tuple[type, ...]) -> bool:
    return (
        isinstance(row, list)
        and len(row) == len(shape)
        and all(type(v) is t for v, t in zip(row, shape, strict=True))
    )


def holds(data: dict[str, Any]) -> bool:
    """Whether everything an entry depends on is as it was recorded."""
    for path in data["absent"]:
        if os.path.lexists(path):
            return False
    for path, size, mtime in data["code"]:
        if stat_sign(path) != (size, mtime):
            return False
    for path, real in data["resolved"]:
        if os.path.realpath(path) != real:
            return False
    for path, entries in data["folders"]:
        if listing(path) != entries:
            return False
    return all(digest(path) == content for path, content in data["files"])


def stat_sign(path: str) -> tuple[int, int] | None:
    """A file's size and modification time; None when it is gone."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_size, info.st_mtime_ns


def digest(path: str) -> str | None:
    """The SHA-256 of a regular file's content; None for anything else."""
    with _opened_regular(path) as fh:
        if fh is None:
            return None
        try:
            return hashlib.file_digest(fh, "sha256").hexdigest()
        except (OSError, ValueError):
            return None


def read_regular(path: str, *, follow: bool = True) -> bytes | None:
    """A regular file's content; None for anything else (``follow``: links too)."""
    with _opened_regular(path, follow=follow) as fh:
        if fh is None:
            return None
        try:
            return fh.read()
        except (OSError, ValueError):
            return None


@contextlib.contextmanager
def _opened_regular(
    path: str, *, follow: bool = True
) -> Iterator[io.BufferedReader | None]:
    """The file at ``path`` opened for reading when it is a regular file, else None.

    Opened without waiting: a named pipe put where a file was is no file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        yield None
        return
    with os.fdopen(fd, "rb") as fh:
        try:
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
        except OSError:
            regular = False
        yield fh if regular else None


def links(path: str) -> list[str]:
    """The symbolic links among ``path`` and the folders above it."""
    found = []
    head = os.path.abspath(path)
    while True:
        if os.path.islink(head):
            found.append(head)
        parent = os.path.dirname(head)
        if parent == head:
            return found
        head = parent


def listing(path: str) -> str | None:
    """A folder's entries, each with what it is, as one digest; None when unreadable.

    What each entry is follows symbolic links: a link whose target appears, or a
    named pipe replaced by a file, changes the folder as discovery sees it.
    """
    try:
        with os.scandir(path) as entries:
            named = sorted(
                f"{e.name}\0{e.is_dir()}{e.is_file()}{e.is_symlink()}" for e in entries
            )
    except (OSError, ValueError):
        return None
    text = "\n".join(named).encode("utf-8", "surrogateescape")
    return hashlib.sha256(text).hexdigest()


def inside(path: str, folder: Path | str) -> bool:
    """Whether ``path`` is under ``folder`` (by their text)."""
    root = os.path.join(os.fspath(folder), "")
    return path.startswith(root)


def prune(folder: Path) -> None:
    """Keep the most recently used entries (``KEEP``, ``KEEP_BYTES``), no more."""
    with contextlib.suppress(OSError):
        entries = []
        for path in folder.glob(f"{PREFIX}*.json"):
            info = path.stat()
            entries.append((info.st_mtime_ns, info.st_size, path))
        entries.sort(reverse=True)
        total = 0
        for kept, (_, size, path) in enumerate(entries):
            total += size
            if kept >= KEEP or total > KEEP_BYTES:
                path.unlink(missing_ok=True)
