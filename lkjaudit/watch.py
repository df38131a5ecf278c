"""What a check looked at that the files it opened do not show.

Discovery resolves links to tell two names of one file apart, and the
configuration lookup looks for files that are not there: neither opens a file,
so the result cache (:mod:`lkjaudit.resultcache`), which records what a run
opens and lists, is told of them here. Nothing is kept unless a recording is
on; a library caller of lkjaudit never starts one.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["Looked", "absolute", "note_absent", "note_resolved", "stop", "watch"]


class Looked:
    """The files looked for in vain, and each link resolved with where it led."""

    def __init__(self) -> None:
        self.absent: set[str] = set()
        self.resolved: dict[str, str] = {}


_looked: Looked | None = None


def watch() -> Looked:
    """Keep, from now on, what the run looks at."""
    global _looked
    _looked = Looked()
    return _looked


def stop() -> None:
    """Keep nothing more."""
    global _looked
    _looked = None


def note_absent(path: Path | str) -> None:
    """A file the run looked for and did not find (a later one would change it)."""
    if _looked is not None:
        _looked.absent.add(os.path.abspath(path))


def note_resolved(path: str, real: str) -> None:
    """A path the run resolved (``os.path.realpath``) and what it led to."""
    if _looked is not None:
        _looked.resolved[absolute(path)] = real


def absolute(path: str) -> str:
    """``path`` from the working folder, as the system reads it.

    Not normalised: ``link/..`` is the folder above the link's target, which the
    text ``link/..`` reduced to ``.`` is not.
    """
    return path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
