"""A progress bar on stderr for long batch runs (rich), and nothing otherwise.

The bar is drawn only when stderr is a terminal and the run has at least
:data:`MIN_FILES` files; it is transient (gone when the run ends) and redrawn by
hand as each file finishes, so no thread runs beside the worker processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lkjaudit.api import FileOutcome

__all__ = ["MIN_FILES", "Progress", "progress"]

MIN_FILES = 4


class Progress:
    """Counts files as they finish; draws a bar when ``enabled``."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        """Called with the number of files before the first is checked."""
        if not self.enabled or total < MIN_FILES:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
        )
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("lkjaudit"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}", markup=False),
            console=Console(stderr=True),
            auto_refresh=False,
            transient=True,
            # NOTE: what else is written to stderr meanwhile goes there as it
            # is, not through the bar (a recorded check sees it: resultcache)
            redirect_stderr=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("", total=total)

    def advance(self, outcome: FileOutcome) -> None:
        """Called as each file finishes."""
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=outcome.source)
            self._bar.refresh()

    def stop(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@contextmanager
def progress(*, enabled: bool) -> Iterator[tuple[Callable[[int], None], Any]]:
    """``(on_start, on_file)`` callbacks for :func:`lkjaudit.batch.check_paths`."""
    bar = Progress(enabled=enabled)
    try:
        yield bar.start, bar.advance
    finally:
        bar.stop()
