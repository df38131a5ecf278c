"""Limits that keep reading a hostile or oversized file fast and bounded in memory.

Every reader checks them before it does expensive work: the file size before the
file is read, the uncompressed size of a DOCX/XLSX archive from its ZIP directory
before anything is unpacked, the page count of a PDF before its pages are laid out,
and the number of table cells as they are produced. A file over a limit is an
:class:`~lkjaudit.errors.InputError` that names the limit and the option raising it.
"""

from __future__ import annotations

from dataclasses import dataclass

from lkjaudit.errors import InputError, Message

__all__ = ["MB", "Limits"]

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one report file; each has a CLI option of the same name."""

    max_bytes: int = 50 * MB  # --max-size (MB): the file itself
    max_unpacked_bytes: int = 200 * MB  # --max-unpacked (MB): a DOCX/XLSX unpacked
    max_pages: int = 2000  # --max-pages: PDF pages
    max_cells: int = 500_000  # --max-cells: table cells, all tables together

    def check_cells(self, source: str, count: int) -> None:
        """Raise when ``count`` table cells exceed the limit."""
        if count > self.max_cells:
            raise InputError(
                source, Message("input.too-many-cells", limit=self.max_cells)
            )
