"""Where a paragraph, a sentence or a table stands in reading order.

A source line is a place only within its page: a PDF numbers the lines of each
page from the top, so "line 19" is on every page. The prose analysis orders and
compares positions (the Perjanjian Kinerja runs from its title to the next
chapter; a sentence comments on the tables nearest it), so it uses the *reading
line*: the page's own line plus the lines of the pages before it. For a format
without pages (a text export, a Word document's blocks, report data) it is the
line itself.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from lkjaudit.model.report import Paragraph, Report, Table
from lkjaudit.prose.cache import per_report

__all__ = ["paragraph_at", "reading_line", "table_at"]


@per_report
def _pages(report: Report) -> tuple[list[int], list[int]]:
    """The pages that hold something, and the reading line each one starts after."""
    last: dict[int, int] = {}

    def see(page: int | None, line: int | None) -> None:
        if page is not None and line is not None:
            last[page] = max(last.get(page, 0), line)

    for para in report.paragraphs:
        see(para.page, para.line)
        see(*para.place(para.text.count("\n")))
        for start in para.continued:
            see(*para.place(start.at - 1))
    for table in report.tables:
        see(table.page_start, table.line_start)
        for row in table.rows:
            for cell in row.cells[:1]:
                see(cell.page, cell.line)
    pages = sorted(last)
    return pages, [0, *accumulate(last[p] for p in pages)]


def reading_line(report: Report, page: int | None, line: int | None) -> int:
    """The position of a line of a page in the whole document (0 when unknown)."""
    if page is None:
        return line or 0
    pages, before = _pages(report)
    return before[bisect_left(pages, page)] + (line or 0)


def paragraph_at(report: Report, paragraph: Paragraph, k: int = 0) -> int:
    """The reading line of a paragraph's ``k``-th text line."""
    return reading_line(report, *paragraph.place(k))


def table_at(report: Report, table: Table) -> int:
    """The reading line where a table starts."""
    return reading_line(report, table.page_start, table.line_start)
