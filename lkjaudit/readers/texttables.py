"""Tables a text or Markdown export writes as blocks: HTML tables and grid tables.

Pandoc turns a Word table it cannot write as a pipe table (merged cells, text over
several lines) into a raw HTML ``<table>`` (GitHub-flavoured Markdown) or a grid
table (``+---+`` borders). :func:`find_blocks` finds both in the lines of a text
file and cuts each into rows of :class:`Cut` cells, laid out as the Word reader lays
out merged cells: a cell merged across gives its text to its first column and empty
cells to the others; one merged down keeps its text in its first row and the rows
below have an empty cell there. :mod:`lkjaudit.readers.text` turns the blocks into
tables like its other runs, so captions, continuation and the analysis are shared.

Neither scan costs anything on a file without ``<table`` or a ``+-`` border, and
both are linear in the size of the file. Nothing inside a fenced code block
(:func:`fenced_lines`) is read as a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from lkjaudit.model.lazyre import lazy

__all__ = ["Block", "Cut", "fenced_lines", "find_blocks"]

_SPACE = lazy(r"\s+")
_TABLE_TAG = lazy(r"<(/?)table\b[^>]*>", re.IGNORECASE)
_TAG = lazy(r"<[^>]*>")
_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")
_BORDER = lazy(r"^( *)\+(?:[-=:]+\+)+\s*$")
_RULE = "-=:"


@dataclass(eq=False, repr=False)
class Cut:
    """One cell as a block cut it: its raw text, source line and emphasis."""

    raw: str
    line: int
    italic: bool = False
    bold: bool = False


@dataclass(eq=False, repr=False)
class Block:
    """An HTML or grid table: the lines it takes and the rows cut from it."""

    kind: str  # "html" or "grid"
    start: int  # index of its first line
    end: int  # index after its last line
    rows: list[list[Cut]]
    header_rows: int = 0  # rows the block itself marks as header (<th>, +===+)
    caption: str | None = None  # an HTML <caption>
    caption_line: int | None = None


def fenced_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of fenced code blocks (```` ``` ```` or ``~~~``).

    A fence never closed is taken for a stray line, not for a code block that
    swallows the rest of the report.
    """
    inside: set[int] = set()
    fence: str | None = None
    opened = 0
    for i, line in enumerate(lines):
        if fence is None and "`" not in line and "~" not in line:
            continue
        mark = _FENCE.match(line)
        if fence is None:
            # "```x```" at the start of a line is inline code, not a fence
            if mark and not (mark.group(1)[0] == "`" and "`" in line[mark.end() :]):
                fence, opened = mark.group(1), i
            continue
        if (
            mark is not None
            and mark.group(1)[0] == fence[0]
            and len(mark.group(1)) >= len(fence)
            and not line[mark.end() :].strip()
        ):
            inside.update(range(opened, i + 1))
            fence = None
    return inside


def find_blocks(
    text: str, lines: list[str], check: Callable[[int], None]
) -> list[Block]:
    """The HTML and grid tables of a text, in reading order.

    ``check`` is given the running count of cells cut, to stop a hostile file.
    """
    has_html = "<" in text and _TABLE_TAG.search(text) is not None
    has_grid = "+-" in text or "+:" in text
    if not has_html and not has_grid:
        return []
    fenced = fenced_lines(lines) if ("```" in text or "~~~" in text) else set()
    counter = _Counter(check)
    blocks = _html_blocks(text, lines, fenced, counter) if has_html else []
    if has_grid:
        taken = {j for b in blocks for j in range(b.start, b.end)}
        blocks.extend(_grid_blocks(lines, fenced | taken, counter))
        blocks.sort(key=lambda b: b.start)
    return blocks


class _Counter:
    def __init__(self, check: Callable[[int], None]) -> None:
        self.check = check
        self.count = 0

    def add(self, n: int) -> None:
        self.count += n
        self.check(self.count)


# --- HTML -------------------------------------------------------------------


def _html_blocks(
    text: str, lines: list[str], fenced: set[int], counter: _Counter
) -> list[Block]:
    # NOTE: the tags are matched as a stack. A table inside another one is part of
    # it; but one inside a ``<table>`` that never closes (a cut-off paste) stands
    # on its own, or that unclosed tag would hide every table after it.
    found: list[tuple[int, int, int, int]] = []  # begin, end, first line, last line
    inner: list[tuple[int, tuple[int, int, int, int]]] = []  # (its parent's begin, …)
    stack: list[tuple[int, int]] = []  # the open tags: begin, line
    line, pos = 0, 0
    for match in _TABLE_TAG.finditer(text):
        line += text.count("\n", pos, match.start())
        pos = match.start()
        if not match.group(1):
            if not stack and _quoted(text, match.start()):
                continue  # "<table>" quoted inside a sentence opens nothing
            stack.append((match.start(), line))
            continue
        if not stack:
            continue  # a stray </table>
        begin, start_line = stack.pop()
        end_line = line + text.count("\n", match.start(), match.end())
        table = (begin, match.end(), start_line, end_line)
        if stack:
            inner.append((stack[-1][0], table))
        else:
            found.append(table)
    unclosed = {begin for begin, _ in stack}
    found += [table for parent, table in inner if parent in unclosed]
    blocks: list[Block] = []
    for begin, end, start_line, end_line in sorted(found):
        if start_line in fenced:
            continue
        block = _html_block(lines, (start_line, end_line), text, begin, end, counter)
        if block is not None:
            blocks.append(block)
    return blocks


def _quoted(text: str, begin: int) -> bool:
    """Whether words stand before the tag at ``begin`` on its line."""
    head = text[text.rfind("\n", 0, begin) + 1 : begin]
    return bool(_TAG.sub("", head).strip())


def _html_block(
    lines: list[str],
    span: tuple[int, int],
    text: str,
    begin: int,
    end: int,
    counter: _Counter,
) -> Block | None:
    """The table between ``begin`` and ``end``, when it stands on lines of its own.

    ``span`` holds the indices of its first and last lines.
    """
    first, last = span
    tail_end = text.find("\n", end)
    tail = text[end : len(text) if tail_end < 0 else tail_end]
    if _TAG.sub("", tail).strip():
        return None  # "</table>" with a sentence going on after it
    # NOTE: html.parser is imported only for a file that has an HTML table
    from lkjaudit.readers.htmltables import parse_table

    rows, header_rows, caption, caption_line = parse_table(
        "\n".join(lines[first : last + 1]), first, counter.add
    )
    if not rows:
        return None
    return Block(
        kind="html",
        start=first,
        end=last + 1,
        rows=rows,
        header_rows=header_rows,
        caption=caption,
        caption_line=first + caption_line if caption else None,
    )


# --- grid tables --------------------------------------------------------------


def _grid_blocks(lines: list[str], skip: set[int], counter: _Counter) -> list[Block]:
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if (
            i in skip
            or ("+-" not in line and "+:-" not in line)
            or not _BORDER.match(line)
        ):
            i += 1
            continue
        indent = len(line) - len(line.lstrip(" "))
        j = i + 1
        last = i
        while j < n and j not in skip and _grid_line(lines[j], indent):
            if _BORDER.match(lines[j]):
                last = j
            j += 1
        block = _grid_block(lines, i, last, indent) if last > i + 1 else None
        if block is None:
            i = j  # not a grid table: its lines are read as before, once
            continue
        counter.add(sum(len(row) for row in block.rows))
        blocks.append(block)
        i = last + 1
    return blocks


def _grid_line(line: str, indent: int) -> bool:
    body = line[indent:]
    return (
        line[:indent].strip() == ""
        and body[:1] in ("|", "+")
        and body.rstrip()[-1:] in ("|", "+")
        and "\t" not in line
    )


def _grid_block(lines: list[str], first: int, last: int, indent: int) -> Block | None:
    grid = [lines[k][indent:].rstrip() for k in range(first, last + 1)]
    width = max(len(g) for g in grid)
    grid = [g.ljust(width) for g in grid]
    xs = _corners(grid)
    ys = [y for y, g in enumerate(grid) if _is_rule(g, xs)]
    if len(xs) < 2 or len(ys) < 2 or ys[0] != 0 or ys[-1] != len(grid) - 1:
        return None
    cells = _grid_cells(grid, xs, ys)
    if cells is None:
        return None
    rows = [[Cut(text, first + line + 1) for text, line in row] for row in cells]
    header_rows = next(
        (
            r
            for r, y in enumerate(ys[1:-1], 1)
            if "=" in grid[y] and _BORDER.match(grid[y])
        ),
        0,
    )
    return Block(
        kind="grid", start=first, end=last + 1, rows=rows, header_rows=header_rows
    )


def _corners(grid: list[str]) -> list[int]:
    """Column boundaries: where a border line (whole or partial) has a ``+``."""
    xs: set[int] = set()
    for g in grid:
        for x, ch in enumerate(g):
            if ch == "+" and (
                (x + 1 < len(g) and g[x + 1] in _RULE) or (x and g[x - 1] in _RULE)
            ):
                xs.add(x)
    return sorted(xs)


def _is_rule(line: str, xs: list[int]) -> bool:
    """Whether a line draws a border under at least one column."""
    return any(
        line[a] == "+" and line[b] == "+" and _ruled(line, a, b)
        for a, b in pairwise(xs)
    )


def _ruled(line: str, a: int, b: int) -> bool:
    segment = line[a + 1 : b]
    return bool(segment) and all(ch in _RULE or ch == "+" for ch in segment)


def _grid_cells(
    grid: list[str], xs: list[int], ys: list[int]
) -> list[list[tuple[str, int]]] | None:
    """(text, line in the block) of every grid position, or None when malformed."""
    nrows, ncols = len(ys) - 1, len(xs) - 1
    out: list[list[tuple[str, int] | None]] = [[None] * ncols for _ in range(nrows)]
    for r in range(nrows):
        top = ys[r] + 1
        if top >= ys[r + 1]:
            return None  # two borders with no text between them
        for c in range(ncols):
            if out[r][c] is not None:
                continue
            right = next(
                (c2 for c2 in range(c + 1, ncols + 1) if grid[top][xs[c2]] in "|+"),
                None,
            )
            if right is None or grid[top][xs[c]] not in "|+":
                return None
            bottom = next(
                (
                    r2
                    for r2 in range(r + 1, nrows + 1)
                    if grid[ys[r2]][xs[c]] == "+"
                    and grid[ys[r2]][xs[right]] == "+"
                    and _ruled(grid[ys[r2]], xs[c], xs[right])
                ),
                None,
            )
            if bottom is None:
                return None
            shown = [
                (segment, y)
                for y in range(top, ys[bottom])
                if (segment := grid[y][xs[c] + 1 : xs[right]].strip())
            ]
            text = " ".join(t for t, _ in shown)
            line = shown[0][1] if shown else top
            for r2 in range(r, bottom):
                for c2 in range(c, right):
                    if out[r2][c2] is not None:
                        return None  # two cells overlap
                    filler = ys[r2] + 1 if r2 > r else line
                    out[r2][c2] = ("", filler)
            out[r][c] = (text, line)
    return [[cell for cell in row if cell is not None] for row in out]
