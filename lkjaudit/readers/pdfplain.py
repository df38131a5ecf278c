"""Tables drawn without ruling lines: columns aligned by whitespace alone.

A word processor's table with its borders turned off, or a spreadsheet printed
without gridlines, leaves only its words: each row a text line whose words fall
into groups with wide gaps between them, the groups of consecutive lines one under
another. :func:`plain_tables` finds such runs among the words of a page that no
ruled table holds and makes each one a :class:`~lkjaudit.readers.pdftable.Fragment`,
like a ruled table's part on a page.

A run is taken as a table only when nothing else fits it (conservative on purpose:
prose read as a table would lose its sentences):

* three or more consecutive text lines, each with three or more groups separated
  by gaps wider than :data:`GAP` font sizes (justified prose stretches its spaces
  far less); a line that is one group ends the run, so a table whose cells wrap
  onto a second line is not recognised;
* the groups of all its lines fall into the same columns (no group of one line
  straddles two groups of another), three or more of them; a header beside its
  figures rather than over them (``%`` left-aligned, the figures right-aligned)
  heads their column, where its own column has nothing below it and theirs
  nothing above;
* in the lines below the first, two or more columns hold figures on most lines,
  and each column's groups line up by their left or right edges;
* no line just above or below it lies inside its columns (the rest of a cell
  that wraps: the run would be a table cut short); above a run that opens with
  figures, not with a header, no such line at any distance.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from lkjaudit.model.values import ValueKind, parse_value
from lkjaudit.readers.common import caption_number
from lkjaudit.readers.pdftable import Fragment, Word, piece

__all__ = ["GAP", "plain_tables"]

GAP = 1.2  # a gap between two columns, in font sizes
_ALIGN = 2.0  # points: edges that line up
_MIN_LINES = 3
_MIN_COLUMNS = 3


@dataclass
class _Group:
    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def _groups(words: list[Word]) -> list[_Group]:
    ordered = sorted(words, key=lambda w: w.x0)
    out = [_Group([ordered[0]])]
    for word in ordered[1:]:
        size = max(word.size, out[-1].words[-1].size, 1.0)
        if word.x0 - out[-1].x1 > GAP * size:
            out.append(_Group([word]))
        else:
            out[-1].words.append(word)
    return out


def plain_tables(
    words: list[Word], page: int
) -> tuple[list[tuple[float, Fragment]], list[Word]]:
    """The unruled tables among a page's prose words, and the words left over."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    numbers = sorted(by_line)
    grouped = {n: _groups(by_line[n]) for n in numbers}
    found: list[tuple[float, Fragment]] = []
    taken: set[int] = set()
    run: list[int] = []
    for n in [*numbers, -1]:
        if n >= 0 and len(grouped[n]) >= _MIN_COLUMNS:
            run.append(n)
            continue
        if len(run) >= _MIN_LINES:
            table = _table([grouped[k] for k in run], run, page)
            if table is not None and not _ragged(grouped, by_line, run, table[1]):
                found.append(table)
                taken.update(run)
        run = []
    left = [w for w in words if w.line not in taken]
    return found, left


def _top(words: list[Word]) -> float:
    return min(w.top for w in words)


def _ragged(
    grouped: dict[int, list[_Group]],
    by_line: dict[int, list[Word]],
    run: list[int],
    table: Fragment,
) -> bool:
    """Whether a line just above or below the run holds the rest of its cells.

    A cell whose text wraps puts a line of fewer groups within the table's width,
    closer to the next row than the rows are to each other (``Belanja Barang dan
    Jasa`` over ``Lainnya``): the run is then only part of a table, its rows cut,
    and is better left as prose than read wrong. Above a run that opens with
    figures (its header is above, cut off) such a line is the rest of a cell at
    any distance: a cell centred in a row made tall by another cell's lines is
    as far from the next row as the rows are from each other. A caption or a
    bold title line is no such rest.
    """
    tops = [_top(by_line[n]) for n in run]
    pitch = min(b - a for a, b in pairwise(tops))
    left, right = table.xs[0] - _ALIGN, table.xs[-1] + _ALIGN
    # NOTE: a run that opens with figures has lost its header: the line above is
    # the rest of a cell however far it is (a cell centred in a tall row)
    headless = sum(_is_figure(g.text) for g in grouped[run[0]]) >= 2
    for near, edge in ((run[0] - 1, tops[0]), (run[-1] + 1, tops[-1])):
        groups = grouped.get(near)
        if not groups or (
            abs(_top(by_line[near]) - edge) >= pitch - 0.5
            and not (headless and near < run[0])
        ):
            continue
        words = by_line[near]
        text = " ".join(g.text for g in groups)
        if caption_number(text) or all(w.bold for w in words):
            continue
        if len(groups) < len(table.xs) - 1 and all(
            left <= g.x0 and g.x1 <= right for g in groups
        ):
            return True
    return False


def _columns(lines: list[list[_Group]]) -> list[tuple[float, float]] | None:
    """The columns the groups fall into, or None when a group straddles two."""
    spans: list[list[float]] = []
    for x0, x1 in sorted((g.x0, g.x1) for line in lines for g in line):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    columns = [(a, b) for a, b in spans]
    for line in lines:
        used = [_column_of(columns, g) for g in line]
        if len(set(used)) != len(used):
            return None  # NOTE: two groups of one line in one column
    return columns


def _headed(
    columns: list[tuple[float, float]], lines: list[list[_Group]]
) -> list[tuple[float, float]]:
    """The columns, each header set beside its column's figures joined to them.

    A narrow header left-aligned in its cell (``%``) while the figures below are
    right-aligned does not overlap them: its words make a column with nothing
    below, the figures one with nothing above. Two such columns side by side are
    one, headed by the header.
    """
    head = {_column_of(columns, g) for g in lines[0]}
    body = {_column_of(columns, g) for line in lines[1:] for g in line}

    def alone(k: int, above: bool) -> bool:
        return (k in head) == above and (k in body) != above

    out: list[tuple[float, float]] = []
    k = 0
    while k < len(columns):
        if k + 1 < len(columns) and any(
            alone(k, above) and alone(k + 1, not above) for above in (True, False)
        ):
            out.append((columns[k][0], columns[k + 1][1]))
            k += 2
        else:
            out.append(columns[k])
            k += 1
    return out


def _column_of(columns: list[tuple[float, float]], group: _Group) -> int:
    return next(k for k, (a, b) in enumerate(columns) if a <= group.x0 <= b)


def _is_figure(text: str) -> bool:
    return parse_value(text).kind in (
        ValueKind.NUMBER,
        ValueKind.DASH,
        ValueKind.MALFORMED,
    )


def _aligned(groups: list[_Group]) -> bool:
    if len(groups) < 2:
        return True
    lefts = [g.x0 for g in groups]
    rights = [g.x1 for g in groups]
    return (
        max(lefts) - min(lefts) <= _ALIGN
        or max(rights) - min(rights) <= _ALIGN
        or max(g.x0 + g.x1 for g in groups) - min(g.x0 + g.x1 for g in groups)
        <= 2 * _ALIGN
    )


def _table(
    lines: list[list[_Group]], numbers: list[int], page: int
) -> tuple[float, Fragment] | None:
    columns = _columns(lines)
    if columns is None:
        return None
    columns = _headed(columns, lines)
    if len(columns) < _MIN_COLUMNS:
        return None
    body = lines[1:]
    cells: list[dict[int, _Group]] = [
        {_column_of(columns, g): g for g in line} for line in lines
    ]
    figures = 0
    for k in range(len(columns)):
        held = [row[k] for row in cells[1:] if k in row]
        if not _aligned(held):
            return None
        if sum(1 for g in held if _is_figure(g.text)) * 2 > len(body):
            figures += 1
    if figures < 2:
        return None
    xs = [columns[0][0] - 1.0]
    for (_, right), (nxt, _) in pairwise(columns):
        xs.append((right + nxt) / 2)
    xs.append(columns[-1][1] + 1.0)
    rows = [
        [
            piece(row[k].words if k in row else [], xs[k], xs[k + 1])
            for k in range(len(columns))
        ]
        for row in cells
    ]
    top = min(w.top for g in lines[0] for w in g.words)
    return top, Fragment(page=page, xs=xs, rows=rows, lines=list(numbers))
