"""Where the process's output goes: a terminal, a pipe, or a file, and which file.

``lkjaudit check laporan/ > laporan/hasil.txt``: the shell creates the file
before lkjaudit starts. Folder discovery must not take it for a report
(:mod:`lkjaudit.batch`), and terminal text saved in it carries lkjaudit's
output mark (:mod:`lkjaudit.output`).
"""

from __future__ import annotations

import os
import stat
from typing import Any

__all__ = ["redirected_to", "saved_in_files", "shape_of"]


def redirected_to(fd: int) -> tuple[int, int] | None:
    """The regular file ``fd`` writes to, as (device, inode); None for anything else.

    A terminal, a pipe, a closed or missing stream is None.
    """
    try:
        info = os.fstat(fd)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def saved_in_files() -> set[tuple[int, int]]:
    """The files this process's stdout and stderr are redirected to, if any."""
    return {f for fd in (1, 2) if (f := redirected_to(fd)) is not None}


def shape_of(stream: Any) -> list[Any]:
    """What a standard stream is, as far as it can change what is printed.

    Its kind (a file, a pipe, a terminal), which file (a checked folder's
    discovery skips it), whether it is a terminal and of what size, its
    encoding and its error handler. A closed or missing stream is of no kind.
    """
    try:
        fd = stream.fileno()
        info = os.fstat(fd)
        kind: Any = stat.S_IFMT(info.st_mode)
        if stat.S_ISREG(info.st_mode):
            kind = [kind, info.st_dev, info.st_ino]
        tty = os.isatty(fd)
        size = tuple(os.get_terminal_size(fd)) if tty else None
    except (AttributeError, OSError, ValueError):
        kind, tty, size = None, False, None
    encoding = getattr(stream, "encoding", None)
    return [kind, tty, size, encoding, getattr(stream, "errors", None)]
