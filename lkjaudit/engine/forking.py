"""Share one large report's work with a forked process (Linux only).

A report of a few megabytes spends seconds running its rules. Where the platform can
fork safely, :func:`run_split` runs one share of such work in a child process, which
inherits the report as it stands, while this process does the other share; the
child sends its result back pickled through a pipe and leaves. Whatever goes wrong
in the child (a crash, a signal, a garbled message), the caller gets ``None`` for
its share and does that share itself, so the outcome never depends on the split.

Only work whose result is small pays for it: findings, not analysed tables (sending
half of a 50× report's tables back cost as much as analysing them here).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from lkjaudit.model.report import Report

__all__ = ["SPLIT_ROWS", "run_split", "splittable"]

# NOTE: a report this large spends seconds in its rules; a smaller one would lose
# to the cost of forking what it gains.
SPLIT_ROWS = 3000

A = TypeVar("A")  # the fork's result
H = TypeVar("H")  # this process's result


def splittable(report: Report) -> bool:
    """True when the report is large enough and this process may fork."""
    if not hasattr(os, "fork") or sys.platform != "linux":
        return False  # NOTE: forking is unsafe or missing elsewhere
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False  # NOTE: a fork copies locks other threads may hold
    return sum(len(t.rows) for t in report.tables) >= SPLIT_ROWS


def run_split(away: Callable[[], A], here: Callable[[], H]) -> tuple[A | None, H]:
    """Run ``away`` in a fork while ``here`` runs in this process.

    Returns both results; the fork's is ``None`` when it did not finish, its message
    cannot be read, or no fork could be made. Interrupted here, the fork is stopped
    and reaped before the exception goes on.
    """
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # NOTE: out of processes or memory: everything is done here
        os.close(reader)
        os.close(writer)
        return None, here()
    if pid == 0:
        _child(away, reader, writer)
    os.close(writer)
    try:
        mine = here()
        with os.fdopen(reader, "rb") as pipe:
            reader = -1
            sent = pipe.read()
        theirs = _received(pid, sent)
    except BaseException:
        if reader >= 0:
            os.close(reader)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        raise
    return theirs, mine


def _child(away: Callable[[], object], reader: int, writer: int) -> NoReturn:
    """In the fork: do the share, send the result, leave at once."""
    import pickle

    status = 1
    try:
        os.close(reader)
        result = away()
        with os.fdopen(writer, "wb") as pipe:
            pickle.dump(result, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    finally:
        os._exit(status)


def _received(pid: int, sent: bytes) -> Any:
    """What the fork sent (unpickled), or None when it did not finish."""
    import pickle

    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0  # NOTE: reaped by the embedding program: judged by what it sent
    if status != 0 or not sent:
        return None
    try:
        return pickle.loads(sent)
    except Exception:  # NOTE: a cut-off or garbled message: done again by the caller
        return None
