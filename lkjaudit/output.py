"""Where a command's output goes: the reporter for ``--format``, and ``--output``.

The CLI asks for the text of a check (:func:`check_text`) and writes it to stdout
itself; a file named by ``--output`` is written here (:func:`write_file`), and a
file that cannot be written is a :class:`~lkjaudit.errors.ConfigError` (exit 2).
No click here: these are plain functions the CLI calls.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from lkjaudit.errors import ConfigError, Message, os_problem

if TYPE_CHECKING:
    from lkjaudit.reporters.base import Lang, Reporter
    from lkjaudit.session import CheckOutcome

__all__ = ["Terminal", "check_text", "pick_reporter", "write_file"]

# NOTE: below this many columns the terminal reporter's layout breaks up
_MIN_WIDTH = 60
_FILE_WIDTH = 100  # the width of terminal output that goes to a file or a pipe


class Terminal:
    """What the output's destination is: a terminal or not, its width, NO_COLOR.

    The defaults read the real process (stdout, the environment, the working
    directory); tests pass their own.
    """

    def __init__(
        self,
        *,
        tty: bool | None = None,
        environ: Mapping[str, str] | None = None,
        columns: int | None = None,
        cwd: str | None = None,
        saved: bool | None = None,
    ) -> None:
        self.tty = sys.stdout.isatty() if tty is None else tty
        self._saved = saved
        self.environ = os.environ if environ is None else environ
        self._columns = columns
        self.cwd = os.getcwd() if cwd is None else cwd

    @property
    def columns(self) -> int:
        """The terminal's width (asked only when output goes to one)."""
        if self._columns is None:
            self._columns = shutil.get_terminal_size().columns
        return self._columns

    @property
    def saved(self) -> bool:
        """Whether stdout is redirected to a file (``> hasil.txt``), not a pipe."""
        if self._saved is None:
            from lkjaudit.streams import redirected_to

            try:
                fd = sys.stdout.fileno()
            except (AttributeError, OSError, ValueError):
                fd = -1
            self._saved = fd >= 0 and redirected_to(fd) is not None
        return self._saved

    @property
    def no_color(self) -> bool:
        """Whether the environment asks for no colour (https://no-color.org)."""
        return "NO_COLOR" in self.environ


def pick_reporter(
    fmt: str, output: str | None, no_color: bool, where: Terminal | None = None
) -> Reporter:
    """The reporter of ``--format``; the terminal one fits the terminal it writes to.

    SARIF and GitHub paths are made relative to the working directory. The
    terminal reporter colours only output that goes to a terminal (not to
    ``--output``), unless ``--no-color`` or NO_COLOR says otherwise, and takes
    the terminal's width (at least 60 columns), else 100 columns.
    """
    from lkjaudit.reporters import get_reporter

    where = where or Terminal()
    if fmt in ("sarif", "github"):  # a path under the working directory: relative
        return get_reporter(fmt, root=where.cwd)
    if fmt != "terminal":
        return get_reporter(fmt)
    to_terminal = output is None and where.tty
    color = to_terminal and not no_color and not where.no_color
    width = where.columns if to_terminal else _FILE_WIDTH
    return get_reporter("terminal", color=color, width=max(width, _MIN_WIDTH))


def check_text(
    fmt: str,
    reporter: Reporter,
    outcome: CheckOutcome,
    output: str | None = None,
    *,
    saved: bool = False,
) -> str:
    """The report of a check, as ``reporter`` renders it in the outcome's language.

    Nothing at all for the terminal when no file could be read: the error lines
    on stderr say it all. Terminal text written to the file ``output``, or to
    stdout ``saved`` in a file (redirected with ``>``), starts with lkjaudit's
    output mark (Markdown carries it always), so that a later check of the folder
    it is saved in skips it.
    """
    from lkjaudit.reporters.base import output_mark

    result = outcome.result
    lang: Lang = "en" if outcome.lang == "en" else "id"
    if fmt == "terminal" and result.errors and not result.stats.files:
        text = ""
    else:
        text = reporter.render(result, lang=lang)
    if fmt == "terminal" and (output or (saved and text)):
        text = output_mark(lang, comment=False) + "\n" + text
    return text


def write_file(text: str, path: str) -> None:
    """Write ``text`` to the file ``--output`` names; a failure is a ConfigError."""
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        problem = Message("cli.cannot-write-output", path=path, problem=os_problem(exc))
        raise ConfigError(problem) from None
