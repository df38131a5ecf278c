"""The HTML tables of a text or Markdown export, parsed with :mod:`html.parser`.

:mod:`lkjaudit.readers.texttables` finds each ``<table>`` element and hands its lines
to :func:`parse_table`; this module is imported only then, so a file without an HTML
table never loads the parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from lkjaudit.model.lazyre import lazy
from lkjaudit.readers.texttables import Cut

__all__ = ["parse_table"]

_MAX_COLSPAN = 100  # no report table is wider; a hostile span stays bounded
_SPACE = lazy(r"\s+")


def parse_table(
    source: str, first: int, add: Callable[[int], None]
) -> tuple[list[list[Cut]], int, str | None, int]:
    """The rows of one ``<table>`` element laid on its grid, and what goes with them.

    ``source`` holds the table's lines and ``first`` the index of its first line;
    ``add`` is told how many cells each row has. Returns the rows, how many of them
    are header rows, the caption (spaces folded; None when it is empty) and the
    caption's line counted from 1 in ``source``.
    """
    parser = _TableParser()
    parser.feed(source)
    parser.close()
    rows, header_rows = parser.laid_out(first, add)
    caption = _SPACE.sub(" ", "".join(parser.caption)).strip() or None
    return rows, header_rows, caption, parser.caption_line


@dataclass
class _HtmlCell:
    line: int  # counted from 1 in the block
    header: bool
    colspan: int
    rowspan: int
    parts: list[tuple[str, bool, bool]] = field(default_factory=list)


@dataclass
class _HtmlRow:
    line: int
    group: int  # 0 thead, 1 tbody (or none), 2 tfoot
    cells: list[_HtmlCell] = field(default_factory=list)


def _span(attrs: list[tuple[str, str | None]], name: str, limit: int) -> int:
    for key, value in attrs:
        if key == name and value is not None:
            digits = re.match(r"\s*(\d{1,6})", value)
            if digits:
                return min(int(digits.group(1)), limit)
    return 1


class _TableParser(HTMLParser):
    """Collects the rows, cells and caption of one ``<table>`` element."""

    _BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.group = 1
        self.rows: list[_HtmlRow] = []
        self.row: _HtmlRow | None = None
        self.cell: _HtmlCell | None = None
        self.caption: list[str] = []
        self.caption_line = 0
        self.in_caption = False
        self.bold = 0
        self.italic = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag == "table":
            self.depth += 1
            if self.depth > 1:
                self._text(" ")
            return
        if self.depth != 1:
            self._inner(tag)
            return
        if tag in ("thead", "tbody", "tfoot"):
            self._end_row()
            self.group = {"thead": 0, "tbody": 1, "tfoot": 2}[tag]
        elif tag == "caption":
            self.in_caption, self.caption_line = True, line
        elif tag == "tr":
            self._end_row()
            self.row = _HtmlRow(line, self.group)
            self.rows.append(self.row)
        elif tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row = _HtmlRow(line, self.group)
                self.rows.append(self.row)
            colspan = _span(attrs, "colspan", _MAX_COLSPAN) or 1
            rowspan = _span(attrs, "rowspan", 100_000)  # 0: to the group's end
            self.cell = _HtmlCell(line, tag == "th", colspan, rowspan)
            self.row.cells.append(self.cell)
        else:
            self._inner(tag)

    def _inner(self, tag: str) -> None:
        if tag in ("b", "strong"):
            self.bold += 1
        elif tag in ("i", "em"):
            self.italic += 1
        elif tag in self._BREAKS or tag in ("tr", "td", "th"):
            self._text(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.depth = max(0, self.depth - 1)
            if self.depth == 0:
                self._end_row()
            else:
                self._text(" ")
            return
        if tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("i", "em"):
            self.italic = max(0, self.italic - 1)
        elif self.depth != 1:
            if tag in self._BREAKS or tag in ("td", "th"):
                self._text(" ")
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr" or tag in ("thead", "tbody", "tfoot"):
            self._end_row()
            if tag != "tr":
                self.group = 1
        elif tag == "caption":
            self.in_caption = False
        elif tag in self._BREAKS:
            self._text(" ")

    def handle_data(self, data: str) -> None:
        self._text(data)

    def _text(self, data: str) -> None:
        if self.cell is not None:
            self.cell.parts.append((data, self.italic > 0, self.bold > 0))
        elif self.in_caption:
            self.caption.append(data)

    def _end_cell(self) -> None:
        self.cell = None

    def _end_row(self) -> None:
        self._end_cell()
        self.row = None

    def laid_out(
        self, first: int, add: Callable[[int], None]
    ) -> tuple[list[list[Cut]], int]:
        """The rows laid on the table's grid, and how many of them are header rows.

        Lines are counted from 1 in the file; ``first`` is the block's first line.
        """
        ordered = sorted(self.rows, key=lambda r: r.group)  # stable: tfoot last
        rows: list[list[Cut]] = []
        header_rows, leading = 0, True
        for group in (0, 1, 2):
            members = [r for r in ordered if r.group == group]
            for row, cuts in zip(members, _place(members, first, add), strict=True):
                if not row.cells:
                    continue
                is_head = group == 0 or all(c.header for c in row.cells)
                leading = leading and is_head
                header_rows += leading
                rows.append(cuts)
        return rows, header_rows


def _place(
    rows: list[_HtmlRow], first: int, add: Callable[[int], None]
) -> list[list[Cut]]:
    """Lay the cells of one row group (thead, tbody, tfoot) on their grid."""
    carry: dict[int, int] = {}  # column → rows still covered by a cell above
    out: list[list[Cut]] = []
    for k, row in enumerate(rows):
        below = carry
        carry = {c: n - 1 for c, n in below.items() if n > 1}
        cuts: list[Cut] = []
        line = first + row.line
        for cell in row.cells:
            while len(cuts) in below:
                cuts.append(Cut("", line))
            cuts.append(_cut(cell, first + cell.line))
            rowspan = cell.rowspan if cell.rowspan else len(rows) - k
            rowspan = min(rowspan, len(rows) - k)
            for extra in range(cell.colspan):
                if extra:
                    cuts.append(Cut("", first + cell.line))
                if rowspan > 1:
                    carry[len(cuts) - 1] = rowspan - 1
        while below and len(cuts) <= max(below):
            cuts.append(Cut("", line))
        add(len(cuts))
        out.append(cuts)
    return out


def _cut(cell: _HtmlCell, line: int) -> Cut:
    text = _SPACE.sub(" ", "".join(p[0] for p in cell.parts)).strip()
    shown = [p for p in cell.parts if p[0].strip()]
    italic = bool(shown) and all(p[1] for p in shown)
    bold = bool(shown) and all(p[2] for p in shown)
    return Cut(text, line, italic, bold)
