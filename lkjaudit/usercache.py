"""A cache in the user's cache folder, for what costs more to rebuild than to read.

Entries are JSON files named by what they were built from (the caller puts the
lkjaudit version and a hash of the sources in the name), so a stale entry is never
read: it is simply not asked for. Reading or writing never fails a run: a missing,
unreadable or unwritable cache is the same as an empty one. lkjaudit writes nowhere
else; never beside the reports it reads.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "read_json", "turned_off", "write_json"]

_off = False


@contextlib.contextmanager
def turned_off() -> Iterator[None]:
    """No cache while the block runs (``check --no-cache``)."""
    global _off
    before, _off = _off, True
    try:
        yield
    finally:
        _off = before


def cache_dir() -> Path | None:
    """The lkjaudit folder in the user's cache directory; None when there is none.

    ``$XDG_CACHE_HOME`` (when absolute) or ``~/.cache`` on Linux and other Unix
    systems, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows. Setting
    ``LKJAUDIT_NO_CACHE`` (to anything but empty or ``0``) turns the cache off, as
    :func:`turned_off` does for a block.
    """
    if _off or os.environ.get("LKJAUDIT_NO_CACHE", "") not in ("", "0"):
        return None
    try:
        if sys.platform == "win32":
            local = os.environ.get("LOCALAPPDATA")
            root = Path(local) if local else Path.home() / "AppData" / "Local"
        elif sys.platform == "darwin":
            root = Path.home() / "Library" / "Caches"
        else:
            xdg = os.environ.get("XDG_CACHE_HOME", "")
            root = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    except RuntimeError:  # NOTE: no home directory
        return None
    return root / "lkjaudit"


def read_json(name: str) -> Any | None:
    """The cached value stored under ``name``, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(
    name: str,
    value: Any,
    *,
    stale: str = "",
    ensure_ascii: bool = False,
    folder: Path | None = None,
) -> None:
    """Store ``value`` under ``name``, removing entries matching the glob ``stale``.

    Written to a temporary file and renamed, so that a reader never sees half a file.
    ``ensure_ascii`` escapes every other character, lone surrogates (from file
    names that are no UTF-8) included, so that they read back as they were.
    A value that cannot be written is not stored. ``folder`` is the cache folder
    (:func:`cache_dir`) unless given.
    """
    if folder is None:
        folder = cache_dir()
    if folder is None:
        return
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        text = json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8")
        # NOTE: the user's own: results quote the reports they were made from
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)  # NOTE: a folder made before, by an older one
        if stale:
            for old in folder.glob(stale):
                if old.name != name:
                    old.unlink(missing_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(tmp, flags, 0o600), "wb") as fh:
            fh.write(text)
        os.replace(tmp, folder / name)
    except (OSError, ValueError):  # NOTE: ValueError: text that is no UTF-8
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
