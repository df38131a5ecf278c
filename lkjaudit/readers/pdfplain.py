"""Tables drawn without a grid: columns aligned by whitespace, rows by rules or lines.

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
  onto a second line is left to :func:`wrapped_tables`;
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

A table ruled only across (a line under every row, or booktabs-style rules above
and below its header and under its last row, no vertical line) is read by
:func:`ruled_tables`, before the rest, from the page's horizontal lines that no
grid holds: its rows are the bands between its rules (or, between two rules,
the lines of figures with the wrapped lines around each, told apart by the
space between rows), so a cell may wrap onto as many lines as it needs; its
columns are found as above, from how the groups of its fullest lines line up.

A table drawn without any line whose cells wrap is read by
:func:`wrapped_tables`, after the rest: its rows from its lines of figures
lined up one under another, the wrapped lines around each going with it, under
a header over its columns of figures; its bands are then cut into rows and
columns as a table ruled above and below its header is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from lkjaudit.model.names import continued
from lkjaudit.model.values import ValueKind, parse_value
from lkjaudit.readers.common import caption_number
from lkjaudit.readers.pdfgrid import SNAP, Segment
from lkjaudit.readers.pdftable import Fragment, Word, piece

__all__ = ["GAP", "plain_tables", "ruled_tables", "wrapped_tables"]

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


def _groups(words: list[Word], gap: float = GAP) -> list[_Group]:
    ordered = sorted(words, key=lambda w: w.x0)
    out = [_Group([ordered[0]])]
    for word in ordered[1:]:
        size = max(word.size, out[-1].words[-1].size, 1.0)
        if word.x0 - out[-1].x1 > gap * size:
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
    # NOTE: an ``Rp`` at its cell's left edge goes with the amount at its right
    grouped = {n: _with_currency(_groups(by_line[n])) for n in numbers}
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
    # NOTE: the pitch of the rows, down to a line of figures: a header wrapped
    # onto two lines is closer to itself than the rows are to each other
    rows = [
        b - a
        for (a, b), n in zip(pairwise(tops), run[1:], strict=True)
        if _figures(grouped[n]) >= 2
    ]
    pitch = min(rows or [b - a for a, b in pairwise(tops)])
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
        # NOTE: a bold line just over a run that opens with figures is the
        # rest of its header, wrapped (``Target Produksi`` / ``(ton)``)
        title = all(w.bold for w in words) and not (headless and near == run[0] - 1)
        if caption_number(text) or title:
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
    columns: list[tuple[float, float]],
    lines: list[list[_Group]],
    place: Callable[[list[tuple[float, float]], _Group], int | None] | None = None,
) -> list[tuple[float, float]]:
    """The columns, each header set beside its column's figures joined to them.

    A narrow header left-aligned in its cell (``%``) while the figures below are
    right-aligned does not overlap them: its words make a column with nothing
    below, the figures one with nothing above. Two such columns side by side are
    one, headed by the header.
    """
    where = place or _column_of
    head = {where(columns, g) for g in lines[0]}
    body = {where(columns, g) for line in lines[1:] for g in line}

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
    # NOTE: its edges come from its words, as a table ruled across: a later
    # page's part takes the first part's columns (pdftable's _align_loose)
    return top, Fragment(page=page, xs=xs, rows=rows, lines=list(numbers), loose=True)


# ------------------------------------------------------------ ruled only across

_RULED_GAP = 0.8  # a gap between two columns of a ruled table, in font sizes
_SAME_RULE = 2 * SNAP  # points: rules of one table start and end together
_OPEN_GAP = 2.5  # font sizes: a gap under a table's last line that ends it
_ROW_STEP = 0.25  # font sizes: the extra step from one row to the next
_HEADER_LINES = 4  # lines of a header over a table with no rule above it
_FRAME = 0.08  # top and bottom share of a page where a page template's rules lie


def ruled_tables(
    words: list[Word], rules: list[Segment], page: int, height: float = 0.0
) -> tuple[list[tuple[float, Fragment]], list[Word]]:
    """The tables ruled only across among a page's prose words, and the rest.

    ``rules`` are the page's horizontal lines outside every grid
    (:func:`~lkjaudit.readers.pdfgrid.rules_across`), top to bottom. Rules that
    start and end together (within :data:`_SAME_RULE`) make one stack; the text
    lines between two rules of a stack make a band. A band holding a caption or
    a paragraph (two lines or more that are one wide group each) is no part of
    a table: it splits the stack. Each part is read by :func:`_ruled`, and taken
    as a table only when its lines make one.

    A page break may leave a table open (:func:`_beyond`): the lines under its
    last rule join it when they hold a line of figures (a page's last row with
    no line under it) or when the rule closes a header only (booktabs, its
    closing rule on a later page); the lines over its first rule, when its
    first band is a row, join it as its header (no line above it) or as a
    page's first row (its line above drawn on the page before), when that
    first row then names half the columns or more. A part so opened that has
    no such first row (a title boxed by two rules over a table drawn without
    any) is no table.

    Two rules of one width alone, one in the top :data:`_FRAME` of the page
    (``height`` points high) and one in its bottom :data:`_FRAME`, frame the
    page (a rule under the running header, one over the footer): what is
    between them is the page's text, not a table's rows, and is left to the
    rest.
    """
    if len(rules) < 2 or not words:
        return [], words
    stacks: list[list[Segment]] = []
    # NOTE: stacks by their first rule's ends, in cells of _SAME_RULE points: a
    # rule looks in its own cell and the eight around it, not at every stack
    cells: dict[tuple[int, int], list[list[Segment]]] = {}
    for rule in rules:
        i, j = round(rule.a / _SAME_RULE), round(rule.b / _SAME_RULE)
        stack = next(
            (
                s
                for di in (-1, 0, 1)
                for dj in (-1, 0, 1)
                for s in cells.get((i + di, j + dj), [])
                if abs(s[0].a - rule.a) <= _SAME_RULE
                and abs(s[0].b - rule.b) <= _SAME_RULE
            ),
            None,
        )
        if stack is None:
            stacks.append([rule])
            cells.setdefault((i, j), []).append(stacks[-1])
        else:
            stack.append(rule)
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    # each line once: its middle height, for the band it falls in
    middles = sorted(
        (sum(w.top + w.bottom for w in ws) / (2 * len(ws)), n)
        for n, ws in by_line.items()
    )
    heights = [m for m, _ in middles]
    found: list[tuple[float, Fragment]] = []
    taken: set[int] = set()  # id of each word a table took
    for stack in stacks:
        if len(stack) < 2 or _frames(stack, height):
            continue
        a, b = stack[0].a, stack[0].b
        bands: list[list[list[Word]]] = []
        for upper, lower in pairwise(stack):
            lo = bisect_left(heights, upper.pos)
            hi = bisect_left(heights, lower.pos)
            band = []
            for _, n in middles[lo:hi]:
                inside = [
                    w
                    for w in by_line[n]
                    if a - SNAP <= (w.x0 + w.x1) / 2 <= b + SNAP and id(w) not in taken
                ]
                if inside:
                    band.append(inside)
            bands.append(band)
        # NOTE: a page that ends before the table's closing rule: under a
        # header ruled above and below (booktabs), or a last row with figures
        opened = _beyond(middles, heights, by_line, stack[-1], taken, True)
        header_only = len(stack) == 2 and not any(_anchor(ln) for ln in bands[0])
        if bands[-1] and (header_only or any(_anchor(ln) for ln in opened)):
            bands.append(opened)
        else:
            opened = []
        for part in _parts(bands, b - a):
            table = None
            if part[0] is bands[0] and any(_anchor(ln) for ln in part[0]):
                # NOTE: rows from the first rule down: the header, or a page's
                # first row, may stand over the first rule with no rule above
                above = _beyond(middles, heights, by_line, stack[0], taken, False)
                while above and len(_groups(above[0], _RULED_GAP)) < 2:
                    above = above[1:]  # NOTE: a title line over the header
                table = (
                    _ruled([above, *part], a, b, page, currency=True) if above else None
                )
                if table is not None and _headed_by(table):
                    part = [above, *part]
                else:
                    table = None
            table = table or _ruled(part, a, b, page, currency=True)
            if table is not None and any(band is opened for band in part):
                # NOTE: a title boxed by two rules over a table drawn without
                # any is no header of that table
                table = table if _headed_by(table) else None
            if table is not None:
                top = min(w.top for w in part[0][0])
                found.append((top, table))
                taken.update(id(w) for band in part for line in band for w in line)
    left = [w for w in words if id(w) not in taken]
    return found, left


def _frames(stack: list[Segment], height: float) -> bool:
    """Whether a stack of rules frames a page: two, in its top and bottom margins."""
    return (
        len(stack) == 2
        and stack[0].pos < _FRAME * height
        and stack[1].pos > (1 - _FRAME) * height
    )


def _anchor(line: list[Word]) -> bool:
    """Whether a line holds two figures or more: a row's line of figures."""
    return _figures(_groups(line, _RULED_GAP)) >= 2


def _beyond(
    middles: list[tuple[float, int]],
    heights: list[float],
    by_line: dict[int, list[Word]],
    rule: Segment,
    taken: set[int],
    down: bool,
) -> list[list[Word]]:
    """The lines just below (or above) a rule that no other rule closes.

    Those within the rule's width, going away from it, up to a caption, a
    paragraph's line (one group over most of the width) or a gap wider than
    :data:`_OPEN_GAP` font sizes (the page's footer, the text around), or the
    end of the page; going up, :data:`_HEADER_LINES` lines at most (a header
    over a table with no rule above it), and up to a line of figures, which is
    taken (the first row on a page, the line above it left on the page before).
    """
    at = bisect_right(heights, rule.pos)
    order = range(at, len(middles)) if down else range(at - 1, -1, -1)
    out: list[list[Word]] = []
    edge = rule.pos
    for k in order:
        inside = [
            w
            for w in by_line[middles[k][1]]
            if rule.a - SNAP <= (w.x0 + w.x1) / 2 <= rule.b + SNAP
        ]
        if any(id(w) in taken for w in inside):
            break  # NOTE: another table's line
        if not inside:
            continue
        size = max(w.size for w in inside)
        groups = _groups(inside, _RULED_GAP)
        near = min(w.top for w in inside) if down else max(w.bottom for w in inside)
        if (
            abs(near - edge) > _OPEN_GAP * size
            or caption_number(" ".join(g.text for g in groups))
            or (len(groups) == 1 and _wide(groups[0], rule.b - rule.a))
            or (not down and len(out) == _HEADER_LINES)
        ):
            break
        out.append(inside)
        if not down and _figures(groups) >= 2:
            break  # NOTE: a row's line of figures: a page's first row, no rule above
        edge = max(w.bottom for w in inside) if down else min(w.top for w in inside)
    return out if down else out[::-1]


def _headed_by(table: Fragment) -> bool:
    """Whether a table's first row names half its columns or more: a header."""
    return sum(1 for p in table.rows[0] if p.lines) * 2 >= len(table.rows[0])


def _wide(group: _Group, width: float) -> bool:
    """Whether a group is a line of prose: over most of a table's width."""
    return group.x1 - group.x0 > 0.6 * width


def _parts(bands: list[list[list[Word]]], width: float) -> list[list[list[list[Word]]]]:
    """The runs of bands that may be one table: split at captions and paragraphs."""
    parts: list[list[list[list[Word]]]] = [[]]
    for band in bands:
        wide = 0
        prose = False
        for line in band:
            groups = _groups(line, _RULED_GAP)
            text = " ".join(g.text for g in groups)
            if caption_number(text):
                prose = True
            if len(groups) == 1 and _wide(groups[0], width):
                wide += 1
        if prose or wide >= 2:
            parts.append([])
        elif band:
            parts[-1].append(band)
    return [p for p in parts if p]


def _ruled(
    bands: list[list[list[Word]]],
    a: float,
    b: float,
    page: int,
    split: bool = False,
    currency: bool = False,
    single: bool = False,
    totals: bool = False,
) -> Fragment | None:
    """One table ruled across from ``a`` to ``b``: its bands cut into rows and columns.

    The first band is the header when none of its lines holds figures and other
    bands follow. The columns are those of the body's fullest lines (the most
    groups); a group of another line goes to the column its first word starts
    in, else the one it overlaps most, else to a column of its own (a header
    over an empty column); a header beside its column's figures heads them
    (:func:`_headed`). A band is one row, unless two or more of its lines hold
    figures (booktabs: no rule between the rows), or one with ``split`` (the
    rows opening a page, the rest of a row cut by the page break above them),
    when :func:`_band_rows` cuts it. With ``currency``, an ``Rp`` set apart
    before an amount is one with it (:func:`_with_currency`). It is a table
    when it has three columns or
    more, two of them holding figures in most rows, each column's figures lined
    up. With ``single``, one column holding figures is enough, and a line with
    one figure is a line of figures (:func:`_single_runs`). With ``totals``, a
    total line (``JUMLAH`` and one figure, :func:`_total_line`) is a line of
    figures too: it starts a row of its own even in rows set with no space.
    """
    need = 1 if single else 2
    lines = [_groups(line, _RULED_GAP) for band in bands for line in band]
    if currency:
        lines = [_with_currency(groups) for groups in lines]
    numbers = [min(w.line for w in line) for band in bands for line in band]
    anchor = [
        _figures(groups) >= need or (totals and _total_line(groups)) for groups in lines
    ]
    spans: list[tuple[int, int]] = []  # each band's lines, [start, end)
    for band in bands:
        start = spans[-1][1] if spans else 0
        spans.append((start, start + len(band)))
    header = len(bands) > 1 and not any(anchor[slice(*spans[0])])
    body = list(range(spans[0][1] if header else 0, len(lines)))
    most = max(len(lines[i]) for i in body)
    columns = _columns([lines[i] for i in body if len(lines[i]) == most])
    if columns is None:
        return None
    heads = lines[: spans[0][1] if header else 0]
    for groups in lines:
        for g in groups:
            if _place(columns, g) is None:
                columns = _widened(columns, g, heads) or sorted(
                    [*columns, (g.x0, g.x1)]
                )
    head = [g for groups in heads for g in groups]
    columns = _headed(columns, [head, *(lines[i] for i in body)], _place)
    if len(columns) < _MIN_COLUMNS:
        return None
    places = [[_place(columns, g) for g in groups] for groups in lines]
    rows: list[list[int]] = []
    for k, (start, end) in enumerate(spans):
        members = list(range(start, end))
        if (k == 0 and header) or sum(anchor[i] for i in members) < 2 - split:
            rows.append(members)
        else:
            rows += _band_rows(members, anchor, lines, places)
    cells: list[dict[int, list[Word]]] = []
    for row in rows:
        cell: dict[int, list[Word]] = {}
        for i in row:
            for g, col in zip(lines[i], places[i], strict=True):
                cell.setdefault(col or 0, []).extend(g.words)
        cells.append(cell)
    first = 1 if header else 0
    by_column: dict[int | None, list[_Group]] = {}  # every line's groups
    lined: dict[int | None, list[_Group]] = {}  # the body's figures
    for i, (groups, at) in enumerate(zip(lines, places, strict=True)):
        for g, col in zip(groups, at, strict=True):
            by_column.setdefault(col, []).append(g)
            if i >= body[0] and _is_figure(g.text):
                lined.setdefault(col, []).append(g)
    if not all(_aligned(held) for held in lined.values()):
        return None
    filled = Counter(
        k
        for cell in cells[first:]
        for k, words in cell.items()
        if _is_figure(" ".join(w.text for w in words))
    )
    # NOTE: with split, of the rows with figures: a row cut by the page break
    # may open the page with its name's rest alone
    counted = len(cells) - first
    if split:
        counted = sum(
            1
            for cell in cells[first:]
            if any(_is_figure(" ".join(w.text for w in ws)) for ws in cell.values())
        )
    if sum(1 for n in filled.values() if n * 2 > counted) < need:
        return None
    xs = [a, *(_edge(columns, k, by_column, split) for k in range(1, len(columns))), b]
    pieces = [
        [piece(cell.get(k, []), xs[k], xs[k + 1]) for k in range(len(columns))]
        for cell in cells
    ]
    rows_at = [numbers[row[0]] for row in rows]
    return Fragment(page=page, xs=xs, rows=pieces, lines=rows_at, loose=True)


def _widened(
    columns: list[tuple[float, float]], group: _Group, heads: list[list[_Group]]
) -> list[tuple[float, float]] | None:
    """The columns, one widened to take a header line's group over no column.

    A header wrapped in its cell and centred (``Target Produksi`` over
    ``(ton)``) may put its shorter line clear of the right-aligned figures
    under it: it goes with the column its header's other line heads (the one
    it lies under or over), widened to it, when that takes no other column's
    room. None when the group is no header's, or no such column is found.
    """
    if not any(group in line for line in heads):
        return None
    over = {
        _place(columns, h)
        for line in heads
        if group not in line
        for h in line
        if h.x0 <= group.x1 and group.x0 <= h.x1
    }
    over.discard(None)
    if len(over) != 1:
        return None
    (k,) = over
    assert k is not None
    a, b = min(columns[k][0], group.x0), max(columns[k][1], group.x1)
    if any(j != k and x0 <= b and a <= x1 for j, (x0, x1) in enumerate(columns)):
        return None
    return [*columns[:k], (a, b), *columns[k + 1 :]]


_CURRENCY = frozenset({"rp", "rp.", "idr"})


def _with_currency(groups: list[_Group]) -> list[_Group]:
    """A line's groups, each ``Rp`` starting one and joined to the amount after it.

    A sheet's accounting format sets ``Rp`` at its cell's left edge and the
    amount at its right: the ``Rp`` may be far from its amount and close to
    the amount of the cell before (``45.600.000 Rp`` … ``43.250.000``).
    """
    pieces: list[_Group] = []
    for g in groups:
        pieces.append(_Group([g.words[0]]))
        for word in g.words[1:]:
            if word.text.lower() in _CURRENCY:
                pieces.append(_Group([word]))
            else:
                pieces[-1].words.append(word)
    out: list[_Group] = []
    for g in pieces:
        if out and out[-1].text.lower() in _CURRENCY and _is_figure(g.text):
            out[-1] = _Group([*out[-1].words, *g.words])
        else:
            out.append(g)
    return out


def _band_rows(
    members: list[int],
    anchor: list[bool],
    lines: list[list[_Group]],
    places: list[list[int | None]],
) -> list[list[int]]:
    """The rows of a band with several lines of figures (no rule between rows).

    A cell's lines follow each other at its line spacing, the narrowest step
    from a line to the next one with words in the same column; between two
    rows there is mostly more (the cells' padding, a paragraph's space after):
    a step wider by :data:`_ROW_STEP` font sizes than that spacing cuts the band
    into runs. A run with one line of figures is a row, wherever that line is
    in it (a name set in the middle of its cell or at its bottom); a run without
    is a row of words only; a run with several (rows set with no space between)
    starts a row at each, the lines without figures going on with the row above
    (the rest of a name wrapped in a cell set at its top).
    """
    tops = {i: min(w.top for g in lines[i] for w in g.words) for i in members}
    bottoms = {i: max(w.bottom for g in lines[i] for w in g.words) for i in members}

    def step(i: int, j: int) -> float:
        return min(tops[j] - tops[i], bottoms[j] - bottoms[i])

    last: dict[int | None, int] = {}  # column → the last line with words in it
    spacing = float("inf")
    for i in members:
        for col in set(places[i]):
            if col in last:
                spacing = min(spacing, step(last[col], i))
            last[col] = i
    runs: list[list[int]] = [[members[0]]]
    for i, j in pairwise(members):
        size = max(w.size for g in lines[j] for w in g.words)
        if step(i, j) > spacing + _ROW_STEP * size:
            runs.append([])
        runs[-1].append(j)
    rows: list[list[int]] = []
    for run in runs:
        if sum(anchor[i] for i in run) < 2:
            rows.append(run)
            continue
        for i in run:
            if anchor[i] or not rows or rows[-1][0] < run[0]:
                rows.append([i])
            else:
                rows[-1].append(i)
    return rows


def _figures(groups: list[_Group]) -> int:
    return sum(1 for g in groups if _is_figure(g.text))


def _place(columns: list[tuple[float, float]], group: _Group) -> int | None:
    """The column a group goes to: where it starts, else the one it overlaps most."""
    for k, (a, b) in enumerate(columns):
        if a - _ALIGN <= group.x0 <= b:
            return k
    best, most = None, 0.0
    for k, (a, b) in enumerate(columns):
        overlap = min(b, group.x1) - max(a, group.x0)
        if overlap > most:
            best, most = k, overlap
    return best


def _edge(
    columns: list[tuple[float, float]],
    k: int,
    held: dict[int | None, list[_Group]],
    rights: bool = False,
) -> float:
    """The edge between columns ``k - 1`` and ``k``, where the page does not move it.

    Left of a column whose groups (``held``, by column) are left-aligned, or
    right of one whose groups are right-aligned: the same on every page of the
    table, whatever its widest words there; else halfway between. With
    ``rights`` (a few rows opening a page, whose figures of one width may
    line up on the left by chance) right-aligned groups are looked at first.
    """
    left = held.get(k - 1, [])
    if rights and left and max(g.x1 for g in left) - min(g.x1 for g in left) <= _ALIGN:
        return columns[k - 1][1] + _ALIGN
    right = held.get(k, [])
    if right and max(g.x0 for g in right) - min(g.x0 for g in right) <= _ALIGN:
        return columns[k][0] - _ALIGN
    left = held.get(k - 1, [])
    if left and max(g.x1 for g in left) - min(g.x1 for g in left) <= _ALIGN:
        return columns[k - 1][1] + _ALIGN
    return (columns[k - 1][1] + columns[k][0]) / 2


# ------------------------------------------------------ no lines, cells wrapped

_WRAP_ROWS = 3  # rows with figures a table of wrapped cells needs, at least
_WRAP_LINES = 8  # lines a row's wrapped cells add around its figures, at most


def wrapped_tables(
    words: list[Word], page: int, height: float = 0.0
) -> tuple[list[tuple[float, Fragment]], list[Word]]:
    """The tables drawn without any line whose cells wrap, and the words left over.

    :func:`plain_tables` takes only tables whose every row is one line. Here a
    row is found from its line of figures (an anchor: two groups or more that
    are figures): anchors :data:`_WRAP_ROWS` or more, each at most
    :data:`_WRAP_LINES` lines below the one before, with two of its figures
    lined up with two of that one's (by their right or left edges), make a
    body, while no gap wider than :data:`_OPEN_GAP` font sizes, caption, line
    of prose (:func:`_prose_line`) or line with words where the anchor above
    has figures (a sentence between two tables, the next one's header) comes
    between them. The rest of a wrapped cell (a line with no words over the
    columns of figures) goes with it above its first anchor and below its
    last. Above comes the header: up to :data:`_HEADER_LINES` lines without
    figures, told from a first name's lines above its figures by the wider
    step between the header and the first row, and holding words over every
    column of figures but one at most. The body and the header are then read
    as a table ruled above and below its header (:func:`_ruled`: its rows told
    apart by the space between them and by their lines of figures), and taken
    when its header names half its columns or more. A total row under the
    last anchor (:func:`_total_under`: ``JUMLAH`` and one figure under one of
    its figures, no number) closes the body. Lines the tables so found left
    are then searched for a table with one column of figures
    (:func:`_single_runs`), read the same way when a header line of three
    cells or more stands over it.

    Rows set with no space between them are read as set at the top of their
    cells (a line without figures goes on with the row above): a table whose
    first figures have a line of a name above them is then left as prose, its
    names could not be told apart. Only a table with a wrapped line (in its
    body or its header) is taken here; one without is left to
    :func:`plain_tables`.

    Rows of figures that open the page (nothing above them but lines in its
    top :data:`_FRAME`, ``height`` points high) with no header over them, or
    fewer than :data:`_WRAP_ROWS`, may be the rest of a table the page before
    ended with: they are read as its rows, one row or more, and kept with
    their words (:attr:`~lkjaudit.readers.pdftable.Fragment.fallback`), to be
    prose again unless they go on with that table.
    """
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    page_lines = _PageLines.of(by_line, page)
    numbers, grouped = page_lines.numbers, page_lines.grouped
    tops, sizes = page_lines.tops, page_lines.sizes
    anchor = [sum(1 for g in groups if _pure(g)) >= 2 for groups in grouped]
    found: list[tuple[float, Fragment]] = []
    taken: set[int] = set()  # indices (into numbers) of the lines a table took
    runs: list[list[int]] = []
    current: list[int] = []
    for i in range(len(numbers)):
        far = i > 0 and tops[i] - tops[i - 1] > (_OPEN_GAP + 1) * sizes[i]
        if current and (far or i - current[-1] > _WRAP_LINES + 1):
            runs.append(current)
            current = []
        if not anchor[i] and current and _total_under(grouped[i], grouped[current[-1]]):
            # NOTE: a JUMLAH row with one figure under the figures closes the run
            anchor[i] = True
            runs.append([*current, i])
            current = []
            continue
        if anchor[i]:
            if current and not _lined_up(grouped[current[-1]], grouped[i]):
                runs.append(current)
                current = []
            current.append(i)
        elif current and (
            caption_number(" ".join(g.text for g in grouped[i]))
            or _prose_line(grouped[i], grouped[current[-1]])
            or _over(grouped[i], _figure_spans([grouped[current[-1]]]))
        ):
            runs.append(current)
            current = []
    runs.append(current)
    for run in runs:
        made = None
        if len(run) >= _WRAP_ROWS:
            made = _wrapped(run, page_lines, anchor)
        elif run and height > 0:
            # NOTE: a few rows under a header opening the page: the rest of
            # the page before's table, its header repeated?
            made = _wrapped(run, page_lines, anchor, 1)
            if made is not None and _opens_page(made[1][0], grouped, tops, height):
                fragment = made[0][1]
                fragment.fallback = [w for k in made[1] for w in by_line[numbers[k]]]
            else:
                made = None
        if made is None and run and height > 0:
            made = _opening(run, page_lines, anchor, height)
        if made is not None and not taken.intersection(made[1]):
            found.append(made[0])
            taken.update(made[1])
    for run in _single_runs(grouped, tops, sizes, taken):
        ones = [k in run for k in range(len(numbers))]
        made = _wrapped(run, page_lines, ones, single=True)
        if made is not None and not taken.intersection(made[1]):
            found.append(made[0])
            taken.update(made[1])
    if not found:
        return found, words
    gone = {numbers[k] for k in taken}
    return found, [w for w in words if w.line not in gone]


@dataclass(frozen=True, slots=True)
class _PageLines:
    """A page's lines as the wrapped-table readers see them, by index.

    ``numbers`` are the page's line numbers in order; each list holds, at the
    same index, that line's groups of words, its top and its largest size.
    """

    page: int
    by_line: dict[int, list[Word]]
    numbers: list[int]
    grouped: list[list[_Group]]
    tops: list[float]
    sizes: list[float]

    @classmethod
    def of(cls, by_line: dict[int, list[Word]], page: int) -> _PageLines:
        """The lines of ``by_line`` (words by line number) on ``page``."""
        numbers = sorted(by_line)
        return cls(
            page=page,
            by_line=by_line,
            numbers=numbers,
            grouped=[_groups(by_line[n]) for n in numbers],
            tops=[_top(by_line[n]) for n in numbers],
            sizes=[max(w.size for w in by_line[n]) for n in numbers],
        )


def _pure(group: _Group) -> bool:
    """Whether a group is a figure and no more.

    A few letters at most (``Rp``, ``%``): not a number run into a name
    (``1 Penyediaan Gaji``), which reads as a number with a unit.
    """
    return _is_figure(group.text) and sum(ch.isalpha() for ch in group.text) <= 3


def _lined_up(above: list[_Group], below: list[_Group]) -> bool:
    """Whether two lines of figures have two figures or more one under the other."""
    mine = [g for g in above if _pure(g)]
    theirs = [g for g in below if _pure(g)]
    return (
        sum(
            1
            for g in mine
            if any(
                abs(g.x1 - h.x1) <= _ALIGN or abs(g.x0 - h.x0) <= _ALIGN for h in theirs
            )
        )
        >= 2
    )


def _prose_line(groups: list[_Group], row: list[_Group]) -> bool:
    """Whether a line is prose beside a row of figures.

    One group over most of the row's width, or running from the left into the
    row's first column of amounts (past its number).
    """
    if len(groups) != 1:
        return False
    (group,) = groups
    edge = _amounts_edge([row])
    size = max(w.size for w in group.words)
    into = group.x0 < edge - size and group.x1 > edge + size
    return into or _wide(group, row[-1].x1 - row[0].x0)


def _figure_spans(rows: list[list[_Group]]) -> list[tuple[float, float]]:
    """The x-ranges the figures of ``rows`` cover, merged, left to right."""
    spans: list[list[float]] = []
    for x0, x1 in sorted((g.x0, g.x1) for row in rows for g in row if _pure(g)):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(a, b) for a, b in spans]


def _over(groups: list[_Group], spans: list[tuple[float, float]]) -> bool:
    """Whether a group of a line lies over one of ``spans`` (within :data:`_ALIGN`)."""
    lefts = [a for a, _ in spans]
    for g in groups:
        k = (
            bisect_right(lefts, g.x1 + _ALIGN) - 1
        )  # the last span starting left of g's end
        if k >= 0 and spans[k][1] >= g.x0 - _ALIGN:
            return True
    return False


def _amounts_edge(rows: list[list[_Group]]) -> float:
    """Where the first column of figures starts in rows of figures.

    Not counting a figure that opens its row (the row's number, ``No``).
    """
    return min(
        (g.x0 for groups in rows for g in groups[1:] if _pure(g)),
        default=float("inf"),
    )


def _wrapped(
    run: list[int],
    page_lines: _PageLines,
    anchor: list[bool],
    least: int = _WRAP_ROWS,
    single: bool = False,
) -> tuple[tuple[float, Fragment], list[int]] | None:
    """The table of wrapped cells around a run of anchors, and its lines, or None.

    See :func:`wrapped_tables`; ``least`` rows under the header at least.
    """
    grouped, tops, sizes = page_lines.grouped, page_lines.tops, page_lines.sizes
    by_line, numbers, page = page_lines.by_line, page_lines.numbers, page_lines.page
    first, last = run[0], run[-1]
    spans = _figure_spans([grouped[k] for k in run])

    def name_line(k: int) -> bool:
        # the rest of a cell's text: no figure, no word over the figures
        return not anchor[k] and not _over(grouped[k], spans)

    body = list(range(first, last + 1))
    size = max(sizes[k] for k in run)
    spacing = _spacing(body, grouped, tops, size)
    row_step = spacing + _ROW_STEP * size
    k = last + 1
    while (
        k < len(numbers)
        and k - last <= _WRAP_LINES
        and tops[k] - tops[k - 1] <= row_step
        and name_line(k)
    ):
        body.append(k)
        k += 1
    row_step = _spacing(body, grouped, tops, size) + _ROW_STEP * size
    # NOTE: a text that runs from the left into the first column of amounts is
    # no cell: a line of prose or a title over the table
    edge = _amounts_edge([grouped[k] for k in run])
    # NOTE: a header word centred over right-aligned figures (``Target`` over
    # ``3,50``) may start left of them too, but it is one of its line's groups
    # and ends inside their column; prose runs on past it
    figures = [g for k in run for g in grouped[k][1:] if _pure(g)]
    first_column = min(figures, key=lambda g: g.x0, default=None)
    column_end = max(
        (g.x1 for g in figures if first_column is not None and g.x0 <= first_column.x1),
        default=edge,
    )

    def into_figures(k: int) -> bool:
        alone = len(grouped[k]) == 1
        return any(
            g.x0 < edge - size
            and g.x1 > edge + size
            and (alone or g.x1 > column_end + size)
            for g in grouped[k]
        )

    # above the first anchor: the first row's upper lines and the header
    up: list[int] = []
    k = first - 1
    while (
        k >= 0
        and len(up) < _HEADER_LINES + _WRAP_LINES
        and tops[k + 1] - tops[k] <= _OPEN_GAP * size
        and not anchor[k]
        and not caption_number(" ".join(g.text for g in grouped[k]))
        and not into_figures(k)
    ):
        up.append(k)
        k -= 1
    up.reverse()
    if not up:
        return None
    # the header ends at the widest step above the first anchor, among those
    # under which only a name's lines stand, when that is wider than the
    # cells' line spacing; the lines under it are the first row's
    names = 0
    while names < len(up) - 1 and name_line(up[len(up) - 1 - names]):
        names += 1
    edges = [*up, first]
    cut = max(
        range(len(up) - names, len(up) + 1),
        key=lambda j: (tops[edges[j]] - tops[edges[j - 1]], j),
    )
    if tops[edges[cut]] - tops[edges[cut - 1]] <= row_step:
        cut = len(up)
    header, lead = up[:cut], up[cut:]
    header = header[-_HEADER_LINES:]
    while (
        header
        and len(grouped[header[0]]) < 2
        and not (
            len(header) > 1 and _in_one_cell(grouped[header[0]], grouped[header[1]])
        )
    ):
        header = header[1:]  # NOTE: a title line over the header
    if not header or not _over_figures(header, run, grouped, single):
        return None
    body = lead + body
    if not single and len(header) < 2 and all(anchor[k] for k in body):
        return None  # NOTE: nothing wraps: plain_tables' to read
    row_step = _spacing(body, grouped, tops, size) + _ROW_STEP * size
    texts = [k for k in body if len(grouped[k]) > _figures(grouped[k])]
    # NOTE: a line just over the first figures that starts where no cell's
    # text does (``(ton)`` centred under ``Target Produksi``) is the header's
    starts = [g.x0 for k in body for g in grouped[k] if not _pure(g)]
    a_name = bool(lead) or (
        names > 0
        and all(any(abs(g.x0 - x) <= _ALIGN for x in starts) for g in grouped[up[-1]])
    )
    if not any(tops[j] - tops[i] > row_step for i, j in pairwise(texts)) and (
        a_name or any(anchor[k] and k not in texts for k in body)
    ):
        # NOTE: rows set with no space between them, and a name's line over
        # the first figures or figures between a name's lines: the names'
        # lines cannot be told to their rows
        return None
    lines = [*header, *body]
    every = [w for k in lines for w in by_line[numbers[k]]]
    a = min(w.x0 for w in every) - 1.0
    b = max(w.x1 for w in every) + 1.0
    bands = [
        [by_line[numbers[k]] for k in header],
        [by_line[numbers[k]] for k in body],
    ]
    table = _ruled(bands, a, b, page, currency=True, single=single, totals=True)
    if table is None or not _headed_by(table) or len(table.rows) <= least:
        return None
    return (tops[header[0]], table), lines


def _in_one_cell(line: list[_Group], below: list[_Group]) -> bool:
    """Whether a line of one group lies over one group of the line below alone.

    A header whose name cell alone wraps (``Program / Kegiatan / Sub`` over
    ``Kegiatan``, the other cells set at the bottom on one line) opens with
    a line of one group inside that cell, between its neighbours; a title over
    the table runs over several of the header's cells, or beside them.
    """
    (group,) = line
    over = [k for k, h in enumerate(below) if h.x0 <= group.x1 and group.x0 <= h.x1]
    if len(over) != 1:
        return False
    (k,) = over
    left = below[k - 1].x1 if k > 0 else float("-inf")
    right = below[k + 1].x0 if k + 1 < len(below) else float("inf")
    return left < group.x0 and group.x1 < right


def _spacing(
    body: list[int], grouped: list[list[_Group]], tops: list[float], size: float
) -> float:
    """The cells' line spacing: the narrowest step between two lines of text.

    A line of figures alone may sit between two lines of a name; with no two
    lines of text, the narrowest step between two lines, else 1.2 sizes.
    """
    texts = [k for k in body if len(grouped[k]) > _figures(grouped[k])]
    steps = [tops[j] - tops[i] for i, j in pairwise(texts)]
    steps = steps or [tops[j] - tops[i] for i, j in pairwise(body)]
    return min(steps, default=1.2 * size)


def _opens_page(
    k: int, grouped: list[list[_Group]], tops: list[float], height: float
) -> bool:
    """Whether line ``k`` opens its page.

    Above it only lines in the page's top :data:`_FRAME` (a running header),
    and perhaps a caption saying the table goes on (``Lanjutan Tabel 3.4``).
    """
    if k > 0 and tops[k - 1] >= _FRAME * height:
        text = " ".join(g.text for g in grouped[k - 1])
        if not (caption_number(text) and continued(text)):
            return False
        k -= 1
    return k == 0 or tops[k - 1] < _FRAME * height


def _opening(
    run: list[int], page_lines: _PageLines, anchor: list[bool], height: float
) -> tuple[tuple[float, Fragment], list[int]] | None:
    """Rows of figures opening a page, as the rest of the page before's table.

    Its lines from the page's first that is no running line down to the last
    anchor, and the rest of a wrapped cell under that, read as rows (no
    header); None when the lines over its first figures cannot be told to a
    row (no space between the rows) or no two columns hold figures.
    """
    grouped, tops, sizes = page_lines.grouped, page_lines.tops, page_lines.sizes
    by_line, numbers, page = page_lines.by_line, page_lines.numbers, page_lines.page
    first, last = run[0], run[-1]
    spans = _figure_spans([grouped[k] for k in run])
    size = max(sizes[k] for k in run)
    start = first
    while (
        start > 0
        and first - start < _WRAP_LINES
        and not anchor[start - 1]
        and not _over(grouped[start - 1], spans)
        and tops[start] - tops[start - 1] <= _OPEN_GAP * size
    ):
        start -= 1
    if not _opens_page(start, grouped, tops, height):
        return None  # NOTE: lines above it: it does not open the page
    body = list(range(start, last + 1))
    spacing = _spacing(body, grouped, tops, size)
    row_step = spacing + _ROW_STEP * size
    k = last + 1
    while (
        k < len(numbers)
        and k - last <= _WRAP_LINES
        and tops[k] - tops[k - 1] <= row_step
        and not anchor[k]
        and not _over(grouped[k], spans)
    ):
        body.append(k)
        k += 1
    row_step = _spacing(body, grouped, tops, size) + _ROW_STEP * size
    texts = [k for k in body if len(grouped[k]) > _figures(grouped[k])]
    padded = any(tops[j] - tops[i] > row_step for i, j in pairwise(texts))
    if not padded and (
        start < first or any(anchor[k] and k not in texts for k in body)
    ):
        return None  # NOTE: as for a table with its header (see _wrapped)
    every = [w for k in body for w in by_line[numbers[k]]]
    a = min(w.x0 for w in every) - 1.0
    b = max(w.x1 for w in every) + 1.0
    table = _ruled(
        [[by_line[numbers[k]] for k in body]], a, b, page, split=True, currency=True
    )
    if table is None:
        return None
    table.fallback = every
    return (tops[body[0]], table), body


def _over_figures(
    header: list[int],
    run: list[int],
    grouped: list[list[_Group]],
    single: bool = False,
) -> bool:
    """Whether the header has words over every column of figures but one at most.

    The columns of figures are those of the first anchor's figures; a header
    word is over one when it overlaps it, give or take a font size (a header
    centred over right-aligned figures, or a narrow ``%`` beside them).
    With ``single`` (one column of figures) a word over it will do, but a line
    of the header must then hold three groups or more (``No | Indikator |
    Target``): a heading over a list is one.
    """
    columns = [
        (g.x0, g.x1, max(w.size for w in g.words))
        for g in grouped[run[0]]
        if _is_figure(g.text)
    ]
    heads = [g for k in header for g in grouped[k]]
    over = sum(
        1
        for x0, x1, size in columns
        if any(g.x0 <= x1 + size and g.x1 >= x0 - size for g in heads)
    )
    if single:
        wide = any(len(grouped[k]) >= _MIN_COLUMNS for k in header)
        return wide and over >= 1 and over >= len(columns) - 1
    return over >= 2 and over >= len(columns) - 1


_TOTALS = frozenset({"jumlah", "total", "jumlah total", "total keseluruhan"})


def _total_under(line: list[_Group], above: list[_Group]) -> bool:
    """Whether a line is a total row with one figure under one of ``above``'s.

    ``JUMLAH`` (or ``Total``) and a single figure right-aligned with a figure of
    the row above: a table's last row, whose number cell is empty.
    """
    if not _total_line(line):
        return False
    figure = next(g for g in line if _pure(g))
    return any(_pure(g) and abs(g.x1 - figure.x1) <= _ALIGN for g in above)


def _total_line(line: list[_Group]) -> bool:
    """Whether a line is ``JUMLAH`` (or ``Total``) and one figure right of it."""
    labels = [g for g in line if not _pure(g)]
    figures = [g for g in line if _pure(g)]
    if len(labels) != 1 or len(figures) != 1 or labels[0].x1 > figures[0].x0:
        return False
    return labels[0].text.strip().rstrip(":").lower() in _TOTALS


def _one_figure(groups: list[_Group]) -> bool:
    """Whether a line is a row with one column of figures: words, then a figure.

    Its last group is a figure, and no other is but a row number opening it.
    """
    if len(groups) < 2 or not _pure(groups[-1]):
        return False
    middle = groups[1:-1]
    if any(_pure(g) for g in middle):
        return False
    return bool(middle) or not _pure(groups[0])


def _single_runs(
    grouped: list[list[_Group]],
    tops: list[float],
    sizes: list[float],
    taken: set[int],
) -> list[list[int]]:
    """Runs of rows with a single column of figures, for :func:`_wrapped`.

    Lines each ending with a figure right-aligned at the same x (within
    :data:`_ALIGN`), :data:`_WRAP_ROWS` or more, with a word group starting at
    one same x in each (the names' column), and between two of them only the
    rest of their cells: no caption, no line of prose, nothing over the
    figures, no gap wider than :data:`_OPEN_GAP` font sizes. A total row
    (:func:`_total_under`) closes a run. The header is :func:`_wrapped`'s to
    find and to judge (:func:`_over_figures` with ``single``).
    """
    runs: list[list[int]] = []
    current: list[int] = []

    def close() -> None:
        nonlocal current
        rows = [k for k in current if _one_figure(grouped[k])]
        if len(rows) >= _WRAP_ROWS and _names_lined_up([grouped[k] for k in rows]):
            runs.append(current)
        current = []

    for i in range(len(grouped)):
        if i in taken:
            close()
            continue
        far = i > 0 and tops[i] - tops[i - 1] > (_OPEN_GAP + 1) * sizes[i]
        if current and (far or i - current[-1] > _WRAP_LINES + 1):
            close()
        groups = grouped[i]
        if _one_figure(groups):
            last = grouped[current[-1]][-1] if current else None
            if last is not None and abs(last.x1 - groups[-1].x1) > _ALIGN:
                close()
            current.append(i)
        elif current and _total_under(groups, grouped[current[-1]]):
            current.append(i)
            close()
        elif current and (
            caption_number(" ".join(g.text for g in groups))
            or _prose_line(groups, grouped[current[-1]])
            or _over(groups, _figure_spans([grouped[current[-1]]]))
        ):
            close()
    close()
    return runs


def _names_lined_up(rows: list[list[_Group]]) -> bool:
    """Whether every row has a group of words starting at one same x."""
    starts = [[g.x0 for g in row[:-1] if not _pure(g)] for row in rows]
    return any(
        all(any(abs(x - y) <= _ALIGN for y in row) for row in starts) for x in starts[0]
    )
