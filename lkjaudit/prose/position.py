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
is measured by the *near line* (:func:`paragraph_near`, :func:`table_near`). Without
sheets it is the reading line. In a workbook every sheet is a stretch of its own,
set apart from the next by more than twice the longest sheet's rows: a table on a
sentence's own sheet is nearer to it than any table on another sheet (rows of one
sheet are near as printed), and between sheets the distance counts by sheet order
(the next sheet is nearer than the one after it), the rows deciding only between
two sheets as far away (the one before and the one after). Near lines grow in
reading order, like reading lines.
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


@per_report
def _sheets(report: Report) -> tuple[dict[int, tuple[int, int]], int]:
    """Where each sheet is, and the stride that sets sheets apart.

    A sheet's place is counted from 1 among the sheets that hold something, with
    the reading line it starts after.
    """
    parts, before = _parts(report)
    spans: dict[int, list[int]] = {}
    for k, (sheet, _) in enumerate(parts):
        if sheet:
            span = spans.setdefault(sheet, [before[k], before[k]])
            span[1] = before[k + 1]
    places = {
        sheet: (rank, span[0]) for rank, (sheet, span) in enumerate(spans.items(), 1)
    }
    # NOTE: two lines of one sheet are at most `longest` apart, two of sheets n
    # apart at least n × stride − longest: with stride > 2 × longest, one sheet
    # away is farther than anything on the sheet and nearer than two sheets away
    longest = max((end - start for start, end in spans.values()), default=0)
    return places, 2 * longest + 2


def _near(report: Report, page: int | None, line: int | None, sheet: int | None) -> int:
    """The near line of a line of a page (of a sheet): see the module's docstring."""
    if sheet is None:
        return reading_line(report, page, line)
    places, stride = _sheets(report)
    place = places.get(sheet)
    if place is None:
        # NOTE: a sheet with no line anywhere (_parts saw nothing of it): at the
        # start of the place it would take among the others
        return (bisect_left(sorted(places), sheet) + 1) * stride
    rank, start = place
    return rank * stride + reading_line(report, page, line, sheet) - start


def paragraph_near(report: Report, paragraph: Paragraph, k: int = 0) -> int:
    """The near line of a paragraph's ``k``-th text line."""
    return _near(report, *paragraph.place(k), paragraph.sheet)


def table_near(report: Report, table: Table) -> int:
    """The near line where a table starts."""
    return _near(report, table.page_start, table.line_start, table.sheet)


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
