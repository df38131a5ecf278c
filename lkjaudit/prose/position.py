"""Where a paragraph, a sentence or a table stands in reading order.

A source line is a place only within its page: a PDF numbers the lines of each
page from the top, so "line 19" is on every page, and a workbook numbers the rows
of each sheet from 1. The prose analysis orders and compares positions (the
Perjanjian Kinerja runs from its title to the next chapter; a sentence comments
on the tables nearest it), so it uses the *reading line*: the line on its page
(or sheet) plus the lines of the pages (sheets) before it, in the workbook's sheet
order and then page order. For a format without pages or sheets (a text export, a
Word document's blocks, report data) it is the line itself.

How near a sentence stands to a table (the tables a sentence most likely quotes)
is measured apart, by the *near line* (:func:`paragraph_near`, :func:`table_near`):
the reading line without the sheet. Rows of one sheet are near as printed; between
two sheets, the sheet order says which comes first, not which table a sentence
comments on (a workbook often keeps its prose on one sheet and every table on
sheets of their own).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from lkjaudit.model.report import Paragraph, Report, Table
from lkjaudit.prose.cache import per_report

__all__ = [
    "paragraph_at",
    "paragraph_near",
    "reading_line",
    "sheet_starts",
    "table_at",
    "table_near",
]

_Part = tuple[int, int]  # (sheet, page), 0 for none


def _part(sheet: int | None, page: int | None) -> _Part | None:
    if sheet is None and page is None:
        return None
    return (sheet or 0, page or 0)


@per_report
def _parts(report: Report) -> tuple[list[_Part], list[int]]:
    """The pages and sheets that hold something; the reading line each starts after."""
    last: dict[_Part, int] = {}

    def see(sheet: int | None, page: int | None, line: int | None) -> None:
        part = _part(sheet, page)
        if part is not None and line is not None:
            last[part] = max(last.get(part, 0), line)

    for para in report.paragraphs:
        see(para.sheet, para.page, para.line)
        see(para.sheet, *para.place(para.text.count("\n")))
        for start in para.continued:
            see(para.sheet, *para.place(start.at - 1))
    for table in report.tables:
        see(table.sheet, table.page_start, table.line_start)
        for row in table.rows:
            for cell in row.cells[:1]:
                see(table.sheet, cell.page, cell.line)
    parts = sorted(last)
    return parts, [0, *accumulate(last[p] for p in parts)]


def reading_line(
    report: Report, page: int | None, line: int | None, sheet: int | None = None
) -> int:
    """The position of a line of a page (of a sheet) in the whole document.

    0 when unknown.
    """
    part = _part(sheet, page)
    if part is None:
        return line or 0
    parts, before = _parts(report)
    return before[bisect_left(parts, part)] + (line or 0)


def paragraph_at(report: Report, paragraph: Paragraph, k: int = 0) -> int:
    """The reading line of a paragraph's ``k``-th text line."""
    return reading_line(report, *paragraph.place(k), paragraph.sheet)


def table_at(report: Report, table: Table) -> int:
    """The reading line where a table starts."""
    return reading_line(report, table.page_start, table.line_start, table.sheet)


def paragraph_near(report: Report, paragraph: Paragraph, k: int = 0) -> int:
    """The near line of a paragraph's ``k``-th text line: its sheet left out."""
    return reading_line(report, *paragraph.place(k))


def table_near(report: Report, table: Table) -> int:
    """The near line where a table starts: its sheet left out."""
    return reading_line(report, table.page_start, table.line_start)


@per_report
def sheet_starts(report: Report) -> list[int]:
    """The reading line where each sheet of a workbook after the first begins.

    A sheet is a part of its own: what runs "to the next chapter" (the Perjanjian
    Kinerja on its sheet) ends with its sheet. Empty for other formats.
    """
    parts, before = _parts(report)
    sheets = [k for k, (sheet, _) in enumerate(parts) if sheet]
    return [
        before[k] + 1
        for n, k in enumerate(sheets)
        if n and parts[k][0] != parts[sheets[n - 1]][0]
    ]
