"""The program: ``lkjaudit`` as the operating system runs it.

:func:`run` is the installed script's entry point (``lkjaudit.cli:run``, which
is this function) and ``python -m lkjaudit``'s. It runs :func:`lkjaudit.cli.main`
and leaves the process at once with the exit status :func:`exit_status` reads
from the :class:`SystemExit` the command line ended with. A check of files
that have not changed since the same check last ran prints what that run
printed (:mod:`lkjaudit.resultcache`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

from lkjaudit.commands import EXIT_OK

__all__ = ["exit_status", "run"]

_INTERRUPTED = 130  # NOTE: as lkjaudit.cli exits on Ctrl-C


def run() -> NoReturn:
    """The program's entry point: :func:`lkjaudit.cli.main`, then leave at once.

    A check of a long report leaves millions of objects behind; freeing them one by
    one at exit takes longer than checking a short report, and none of them needs
    finalising: every output file is closed by now, and the standard streams are
    flushed here.
    """
    # NOTE: lkjaudit uses no pydantic plugins; looking for them scans every
    # installed package's metadata when the first model is built (10–13 ms), and
    # importing the loader that looks costs more (see lkjaudit.startup)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from lkjaudit import resultcache

    try:
        recording = resultcache.begin(sys.argv[1:])
        stored = recording.stored() if recording is not None else None
    except KeyboardInterrupt:
        from lkjaudit.errors import Message

        lang = "en" if _lang_given(sys.argv[1:]) == "en" else "id"
        print(f"lkjaudit: {Message('interrupted').render(lang)}", file=sys.stderr)
        os._exit(_INTERRUPTED)
    except Exception:  # NOTE: a cache that cannot be read is no cache
        recording = stored = None
    if stored is not None:
        from lkjaudit.cli import replay

        status = replay(stored.stdout, stored.notes, stored.status, stored.lang)
    else:
        if recording is not None:
            recording.start()
        status = _main()
    _flush()
    if stored is None and recording is not None:
        # NOTE: the check is over and printed: a cache that cannot be written,
        # whatever the reason, is no reason to fail it
        with contextlib.suppress(Exception, KeyboardInterrupt):
            recording.store(status)
    os._exit(status)


def _lang_given(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line, read before click is imported."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def _main() -> int:
    """:func:`lkjaudit.cli.main`, and the exit status it ended with."""
    from lkjaudit.cli import main
    from lkjaudit.startup import defer_plugin_loader, quiet_library_warnings

    defer_plugin_loader()
    quiet_library_warnings()
    try:
        main()
    except SystemExit as exc:
        return exit_status(exc.code)
    return EXIT_OK


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a broken pipe
            stream.flush()


def exit_status(code: object) -> int:
    """The exit status :class:`SystemExit` stands for, as Python itself sets it.

    None is 0 and a number is itself; anything else is printed on stderr and
    is 1.
    """
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
