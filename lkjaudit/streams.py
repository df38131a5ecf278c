"""Where the process's output goes: a terminal, a pipe, or a file, and which file.

``lkjaudit check laporan/ > laporan/hasil.txt``: the shell creates the file
before lkjaudit starts. Folder discovery must not take it for a report
(:mod:`lkjaudit.batch`), and terminal text saved in it carries lkjaudit's
output mark (:mod:`lkjaudit.output`).
"""

from __future__ import annotations

import os
import stat

__all__ = ["redirected_to", "saved_in_files"]


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
