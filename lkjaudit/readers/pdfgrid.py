"""Find ruled tables on a PDF page from the lines drawn on it (pure geometry).

A table in a PDF made by Word or LibreOffice is text plus the border lines drawn
around its cells. :func:`find_grids` takes the page's horizontal and vertical
segments (top-down coordinates, in points) and returns each ruled table as a
:class:`Grid`:

1. segments on (almost) the same line are snapped together and overlapping ones
   merged; hairline doubles (a rectangle drawn as a thin filled box) become one;
2. segments that touch form connected groups; a group with at least two horizontal
   and two vertical lines is a table;
3. the distinct x and y positions of its lines cut it into *units*; a unit's right
   (bottom) border exists where a vertical (horizontal) line covers most of it;
4. units not separated by a border form one cell (merged cells), which keeps its
   extent so the reader can put its text in its first unit and leave the rest empty.

Tables drawn without borders, or ruled only across (no vertical line), are not
found here: :func:`rules_across` hands the horizontal lines left over to
:mod:`lkjaudit.readers.pdfplain`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["Grid", "GridCell", "Segment", "find_grids", "rules_across"]

SNAP = 2.5  # points: lines closer than this are one line
_MIN_LENGTH = 2.0
_COVER = 0.6  # share of a unit's side a line must cover to be its border


@dataclass(frozen=True)
class Segment:
    """A horizontal (``pos`` = y) or vertical (``pos`` = x) line from ``a`` to ``b``."""

    horizontal: bool
    pos: float
    a: float
    b: float


@dataclass
class GridCell:
    """A cell of a grid: its first unit and the units it spans."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Grid:
    """A ruled table: its column edges, row edges and cells."""

    xs: list[float]
    ys: list[float]
    cells: list[GridCell] = field(default_factory=list)
    owner: dict[tuple[int, int], int] = field(default_factory=dict)  # unit → cell

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom)."""
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        """Whether a point lies inside the grid."""
        x0, top, x1, bottom = self.bbox
        return x0 <= x <= x1 and top <= y <= bottom

    def unit_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column) unit holding a point, or None outside the grid."""
        if not self.contains(x, y):
            return None
        col = min(max(bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        row = min(max(bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        return row, col


def _cluster(values: list[float]) -> list[float]:
    """Positions closer than SNAP merged to their mean, ascending."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= SNAP:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(group) / len(group) for group in out]


def _snap(value: float, centres: list[float]) -> float:
    k = bisect_right(centres, value)
    best = min(
        (centres[i] for i in (k - 1, k) if 0 <= i < len(centres)),
        key=lambda c: abs(c - value),
    )
    return best


def _merge(segments: list[Segment]) -> list[Segment]:
    """Snap positions and merge overlapping segments on the same line."""
    out: list[Segment] = []
    for horizontal in (True, False):
        group = [s for s in segments if s.horizontal == horizontal]
        if not group:
            continue
        centres = _cluster([s.pos for s in group])
        by_line: dict[float, list[tuple[float, float]]] = {}
        for s in group:
            by_line.setdefault(_snap(s.pos, centres), []).append((s.a, s.b))
        for pos, spans in by_line.items():
            spans.sort()
            start, end = spans[0]
            for a, b in spans[1:]:
                if a <= end + SNAP:
                    end = max(end, b)
                else:
                    out.append(Segment(horizontal, pos, start, end))
                    start, end = a, b
            out.append(Segment(horizontal, pos, start, end))
    return out


def _touch(h: Segment, v: Segment) -> bool:
    return h.a - SNAP <= v.pos <= h.b + SNAP and v.a - SNAP <= h.pos <= v.b + SNAP


def _groups(segments: list[Segment]) -> list[list[Segment]]:
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, s in enumerate(segments) if s.horizontal]
    vs = [i for i, s in enumerate(segments) if not s.horizontal]
    vs.sort(key=lambda i: segments[i].pos)
    v_pos = [segments[i].pos for i in vs]
    for i in hs:
        h = segments[i]
        lo = bisect_right(v_pos, h.a - SNAP - 1e-9)
        for k in range(lo, len(vs)):
            v = segments[vs[k]]
            if v.pos > h.b + SNAP:
                break
            if _touch(h, v):
                parent[find(i)] = find(vs[k])
    groups: dict[int, list[Segment]] = {}
    for i, s in enumerate(segments):
        groups.setdefault(find(i), []).append(s)
    return list(groups.values())


def _by_position(lines: list[Segment], centres: list[float]) -> list[list[Segment]]:
    """The lines at each clustered position."""
    out: list[list[Segment]] = [[] for _ in centres]
    for s in lines:
        k = min(range(len(centres)), key=lambda i: abs(centres[i] - s.pos))
        out[k].append(s)
    return out


def _covered(lines: list[Segment], a: float, b: float) -> bool:
    """Whether ``lines`` (all at one position) cover most of the span [a, b]."""
    got = 0.0
    for s in lines:
        if s.b > a and s.a < b:
            got += min(s.b, b) - max(s.a, a)
    return got >= (b - a) * _COVER


def _grid(group: list[Segment]) -> Grid | None:
    hs = [s for s in group if s.horizontal]
    vs = [s for s in group if not s.horizontal]
    xs = _cluster([s.pos for s in vs])
    ys = _cluster([s.pos for s in hs])
    if len(xs) < 2 or len(ys) < 2:
        return None
    grid = Grid(xs=xs, ys=ys)
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    at_x = _by_position(vs, xs)
    at_y = _by_position(hs, ys)
    for r in range(rows):
        for c in range(cols):
            here = r * cols + c
            if c + 1 < cols and not _covered(at_x[c + 1], ys[r], ys[r + 1]):
                parent[find(here + 1)] = find(here)
            if r + 1 < rows and not _covered(at_y[r + 1], xs[c], xs[c + 1]):
                parent[find(here + cols)] = find(here)
    extents: dict[int, list[int]] = {}
    for r in range(rows):
        for c in range(cols):
            root = find(r * cols + c)
            box = extents.setdefault(root, [r, c, r, c])
            box[0], box[1] = min(box[0], r), min(box[1], c)
            box[2], box[3] = max(box[2], r), max(box[3], c)
    index: dict[int, int] = {}
    for root, (r0, c0, r1, c1) in sorted(extents.items(), key=lambda kv: kv[1][:2]):
        index[root] = len(grid.cells)
        grid.cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    for r in range(rows):
        for c in range(cols):
            grid.owner[(r, c)] = index[find(r * cols + c)]
    return grid


def find_grids(segments: list[Segment]) -> list[Grid]:
    """Every ruled table among a page's segments, top to bottom."""
    usable = [s for s in segments if s.b - s.a >= _MIN_LENGTH]
    grids: list[Grid] = []
    for group in _groups(_merge(usable)):
        grid = _grid(group)
        if grid is not None and not (len(grid.xs) == 2 and len(grid.ys) == 2):
            grids.append(grid)
    grids.sort(key=lambda g: (g.ys[0], g.xs[0]))
    return grids


def rules_across(segments: list[Segment], grids: list[Grid]) -> list[Segment]:
    """The horizontal lines outside every ruled table, merged, top to bottom.

    A table ruled only across (a line under each row, or booktabs-style rules
    above and below its header and under its last row) has no vertical line, so
    :func:`find_grids` finds no grid in it; its rules are these.
    """
    usable = [s for s in segments if s.horizontal and s.b - s.a >= _MIN_LENGTH]
    out = [
        s
        for s in _merge(usable)
        if not any(
            g.xs[0] - SNAP <= (s.a + s.b) / 2 <= g.xs[-1] + SNAP
            and g.ys[0] - SNAP <= s.pos <= g.ys[-1] + SNAP
            for g in grids
        )
    ]
    out.sort(key=lambda s: (s.pos, s.a))
    return out
