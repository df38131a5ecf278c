"""The cells of ruled PDF tables, and tables that run over several pages.

:func:`fragment` fills the cells of one page's :class:`~lkjaudit.readers.pdfgrid.Grid`
with the characters inside them; :func:`join_table` makes one raw table from the
fragments of consecutive pages:

* the fragments are laid on the union of their column edges, so a page whose rows
  merge two columns still lines up;
* the first row of every later page is marked as following a page break (the
  analysis then drops a repeated header);
* a row cut by the page break is joined back: the first row after the repeated
  header has the same cells as the last row of the page before (a heading merged
  across does not), holds no figure while that row does, has text only where
  that row has text, and no words under its whole figures;
* a header cut by the page break is joined back the same way: while the table
  holds only header rows, the next page's first row is the rest of the last one
  when it has the same cells, no figure, text only where that row has text, and
  a sign of the cut (a label of that row that ended on its page, or a cell going
  on with a word's rest); the words the cut split are rejoined;
* a page's first row with no text at all is the empty rest of a cut row, and
  is dropped.

A cell's lines are joined with spaces, except where a word or a number was broken
because it did not fit the column (see :func:`join_lines`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from lkjaudit.analysis.cells import (
    is_header_like,
    is_numbering_row,
    is_unit_row,
    is_unit_text,
)
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell
from lkjaudit.model.values import ValueKind, parse_value
from lkjaudit.readers.common import RawTable
from lkjaudit.readers.pdfgrid import SNAP, Grid
from lkjaudit.readers.text import make_cell

__all__ = [
    "Fragment",
    "Word",
    "cut_header",
    "cut_row",
    "fragment",
    "header_rows",
    "join_lines",
    "join_table",
    "line_text",
    "piece",
    "same_columns",
    "signature",
    "spans_filled",
    "whole_words",
]

_GROUPED = lazy(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PARTIAL = lazy(r"\d{1,3}(?:\.\d{3})*\.\d{0,2}")


@dataclass(slots=True)
class Word:
    """One word on a page (characters between spaces), top-down coordinates in pt."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # font size
    bold: bool
    italic: bool
    first: float  # width of its first character
    line: int = 0  # text line on the page, 1-based


Line = tuple[str, float, float]  # text, width, width of its first character


@dataclass
class Piece:
    """A cell of one page's table: its text lines and the room it had."""

    left: float
    lines: list[Line] = field(default_factory=list)
    inner: float = 0.0  # width available to the text
    italic: bool = False
    bold: bool = False
    covered: bool = False  # a lower unit of a vertically merged cell
    words: frozenset[str] = frozenset()  # the document's whole words, lower case

    @property
    def text(self) -> str:
        """The lines joined (see :func:`join_lines`)."""
        return join_lines(self.lines, self.inner, self.words)

    @property
    def figure(self) -> bool:
        """Whether the cell holds a figure (a number, a dash, a mistyped number)."""
        kind = parse_value(self.text).kind
        return kind in (ValueKind.NUMBER, ValueKind.DASH, ValueKind.MALFORMED)


@dataclass
class Fragment:
    """The part of a ruled table on one page."""

    page: int
    xs: list[float]
    rows: list[list[Piece]]
    lines: list[int]  # the text line of each row on its page
    loose: bool = False  # column edges found from the words, not drawn lines
    # the words it was read from, when it is a table only as the rest of the
    # table that ended the page before (rows of figures opening a page, no
    # header over them): prose again when it is not
    fallback: list[Word] | None = None


# ---------------------------------------------------------------------- cell text


def line_text(words: list[Word]) -> str:
    """One line's words, left to right."""
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x0))


def join_lines(
    lines: list[Line], inner: float, words: frozenset[str] = frozenset()
) -> str:
    """A cell's lines as one text; words broken by the column edge are rejoined.

    Word processors break a line at a space unless one word is wider than the
    column; then the word (or a long number) is cut where the line is full. So a
    line break is glued without a space when the next line starts with punctuation,
    when the two pieces only make sense as one number (``1.505.870`` + ``.762``,
    ``615.11`` + ``3.750``) or one official code (``2.16.01.2.`` + ``02``), or when
    the line before is one piece too full to take the next line's first character
    and the next goes on in lower case (``doku`` + ``men``). A line ending in ``-``
    or ``/`` is glued as printed, unless the mark stands alone after a space: the
    line broke at the space after it (``Kenaikan /`` + ``Penurunan``).

    ``words`` (the document's own whole words and the nomenclature's, lower case)
    settles a break the widths cannot: a line of one piece that is no word but
    makes one with the next line's first letters is glued (``Administr`` + ``asi``,
    ``PENUNJA`` + ``NG``, where the cell's padding hides how full the line was),
    and a word that is whole keeps its space even when the line looks full
    (``Koordinasi`` + ``dan``).
    """
    text = ""
    for k, (line, _, first) in enumerate(lines):
        if k == 0:
            text = line
            continue
        prev, prev_width, _ = lines[k - 1]
        full = " " not in prev and prev_width + first > inner
        glue = " "
        broken = (
            _broken_word(prev, text.rsplit(" ", 1)[-1], line, words) if words else None
        )
        if (
            (text.endswith(("-", "/")) and not text.endswith((" -", " /")))
            or line[:1] in ".,;:!?)]%/"
            or _one_number(text, line, full)
            or _one_code(prev, line)
            or broken
            or (broken is None and full and line[:1].islower() and prev[-1:].isalpha())
        ):
            glue = ""
        text = text + glue + line
    return text


_LETTERS = lazy(r"[^\W\d_]+")


def _broken_word(prev: str, word: str, line: str, words: frozenset[str]) -> bool | None:
    """Whether ``prev`` (a line of one piece) is a word cut by the column edge.

    ``word`` is the word the cell's text ends with so far: ``prev``, or more when
    the word went over several lines ("PENYE" / "LENGG" / "ARAAN"). True when it
    and the next line's first letters are one word of ``words`` (or the start of
    one, where it is no word itself) and the two pieces are not both words
    themselves; False when it is a whole word and the two are none, or when
    ``prev`` is more than one piece (a word is cut only where it is alone on its
    line); None when the words cannot tell.
    """
    if " " in prev:
        return False
    if not word.isalpha():
        return None
    head = _LETTERS.match(line)
    if head is None:
        return None
    tail, piece = head.group().lower(), word.lower()
    alone, joined = piece in words, f"{piece}{tail}" in words
    if joined and not (alone and tail in words):
        return True  # NOTE: "Pengelola" + "an": a word, but "an" is none
    if not alone and _starts_word(f"{piece}{tail}", words):
        return True  # NOTE: "PENYE" + "LENGG": the start of "penyelenggaraan"
    if alone and not joined:
        return False
    return None


def _starts_word(start: str, words: frozenset[str]) -> bool:
    """Whether some word of ``words`` is longer than and starts with ``start``."""
    ordered = _sorted(words)
    at = bisect_left(ordered, start)
    return at < len(ordered) and ordered[at] != start and ordered[at].startswith(start)


@lru_cache(maxsize=2)
def _sorted(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words))


# an official code cut after a dot: "2.16.01.2." above "02.0001"
_CODE_START = lazy(r"(?:\d{1,2}|x)\.(?:\d{2}|xx)\.\d{2}\.(?:\d\.(?:\d{2}\.)?)?", re.I)
_CODE_WHOLE = lazy(
    r"(?:\d{1,2}|x)\.(?:\d{2}|xx)\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4})?)?", re.I
)


def _one_code(prev: str, line: str) -> bool:
    """Whether a line break cuts an official code (``2.16.01.2.`` + ``02``)."""
    if " " in prev or _CODE_START.fullmatch(prev) is None:
        return False
    rest = line.split(" ", 1)[0]
    return _CODE_WHOLE.fullmatch(prev + rest) is not None


def _one_number(before: str, after: str, full: bool) -> bool:
    """Whether the end of ``before`` and the start of ``after`` are one number."""
    a = before.rsplit(" ", 1)[-1]
    b = after.split(" ", 1)[0]
    if not (a[-1:].isdigit() or a[-1:] in ".,") or not b[:1].isdigit():
        return False
    if _GROUPED.fullmatch(a + b) is None and parse_value(a + b).repair is None:
        return False
    return (
        full
        or _PARTIAL.fullmatch(a) is not None
        or parse_value(a).kind != ValueKind.NUMBER
    )


def piece(words: list[Word], left: float, right: float) -> Piece:
    """A cell from ``left`` to ``right`` holding ``words``."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    lines: list[Line] = []
    for number in sorted(by_line):
        group = sorted(by_line[number], key=lambda w: w.x0)
        text = " ".join(w.text for w in group)
        lines.append((text, group[-1].x1 - group[0].x0, group[0].first))
    styled = [w for w in words if any(ch.isalpha() for ch in w.text)]
    pad = max(min((w.x0 - left for w in words), default=0.0), 0.0)
    return Piece(
        left=left,
        lines=lines,
        inner=right - left - 2 * pad,
        italic=bool(styled) and all(w.italic for w in styled),
        bold=bool(styled) and all(w.bold for w in styled),
    )


def fragment(grid: Grid, words: list[Word], page: int, tops: list[float]) -> Fragment:
    """One page's part of a table: each cell's text, merged cells left empty."""
    owned: dict[int, list[Word]] = {}
    for word in words:
        unit = grid.unit_at((word.x0 + word.x1) / 2, (word.top + word.bottom) / 2)
        if unit is not None:
            owned.setdefault(grid.owner[unit], []).append(word)
    rows: list[list[Piece]] = []
    lines: list[int] = []
    for r in range(len(grid.ys) - 1):
        row: list[Piece] = []
        row_lines: list[int] = []
        for c in range(len(grid.xs) - 1):
            k = grid.owner[(r, c)]
            cell = grid.cells[k]
            if cell.col != c:
                continue  # covered by a cell spanning from the left
            if cell.row != r:
                row.append(Piece(left=grid.xs[c], covered=True))
                continue
            inside = owned.get(k, [])
            row_lines += [w.line for w in inside]
            row.append(piece(inside, grid.xs[c], grid.xs[c + cell.colspan]))
        rows.append(row)
        lines.append(min(row_lines, default=_line_at(tops, grid.ys[r])))
    return Fragment(page=page, xs=list(grid.xs), rows=rows, lines=lines)


def _line_at(tops: list[float], y: float) -> int:
    """The number of the first text line at or below ``y`` (1-based)."""
    return min(bisect_left(tops, y - 1.0) + 1, max(len(tops), 1))


# ------------------------------------------------------------------ across pages


def same_columns(a: list[float], b: list[float]) -> bool:
    """Whether two fragments have the same outer edges and mostly the same columns."""
    if abs(a[0] - b[0]) > 3 * SNAP or abs(a[-1] - b[-1]) > 3 * SNAP:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    inner = small[1:-1]
    if not inner:
        return True
    hits = sum(1 for x in inner if any(abs(x - y) <= 2 * SNAP for y in large))
    return hits >= 0.6 * len(inner)


def signature(texts: list[str]) -> str:
    """A row's text without layout, for spotting a repeated header."""
    return "|".join(re.sub(r"[^0-9a-z%]+", "", t.lower()) for t in texts if t)


def _centres(values: list[float]) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= 2 * SNAP:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def _grid_row(row: list[Piece], xs: list[float]) -> list[Piece | None]:
    out: list[Piece | None] = [None] * (len(xs) - 1)
    for piece in row:
        j = min(range(len(xs) - 1), key=lambda i: abs(xs[i] - piece.left))
        if out[j] is None or (not out[j].lines and piece.lines):  # type: ignore[union-attr]
            out[j] = piece
    return out


def _shape(row: list[Piece]) -> list[float]:
    return [p.left for p in row]


def cut_row(prev: list[Piece], row: list[Piece]) -> bool:
    """Whether ``row`` (first on a page) is the rest of ``prev``, cut by the break.

    It is when it has the same cells as ``prev`` (not a heading merged across),
    holds no figure while ``prev`` does, and has text only where ``prev`` has text
    and no words under a whole figure of ``prev`` but its unit's: a figure
    does not go on in words.
    """
    if not _same_shape(prev, row):
        return False
    finishing = [
        k
        for k, p in enumerate(row)
        if p.lines and p.figure and not _finishes(prev[k], p)
    ]
    if finishing:
        return False  # NOTE: a whole figure of its own: a row of its own
    if not any(p.lines and (p.figure or _started(p)) for p in prev):
        return False
    filled = [k for k, p in enumerate(row) if p.lines]
    return (
        bool(filled)
        and all(prev[k].lines for k in filled)
        and not any(_under_figure(prev[k], row[k]) for k in filled)
    )


def _same_shape(prev: list[Piece], row: list[Piece]) -> bool:
    a, b = _shape(prev), _shape(row)
    return len(a) == len(b) and all(
        abs(x - y) <= 2 * SNAP for x, y in zip(a, b, strict=True)
    )


def _under_figure(above: Piece, below: Piece) -> bool:
    """Whether ``below`` holds words under ``above``'s whole figure.

    A unit may go on below its number: "4" / "dokumen", or a unit word the
    column cut ("11 lembag" / "a"); other words may not.
    """
    if below.figure or not above.figure:
        return False
    text, rest = above.text, below.text
    if text[-1:].isdigit() and not any(ch.isalpha() for ch in text):
        return not is_unit_text(rest)
    return not (text[-1:].isalpha() and rest[:1].islower())


def cut_header(prev: list[Piece], row: list[Piece]) -> bool:
    """Whether ``row`` (first on a page) is the rest of header row ``prev``.

    A header cut by the page break ("Realisa" / "si (Rp)"): the same cells, no
    figure, text only where ``prev`` has text, and a sign of the cut: a label
    of ``prev`` that ended on its page (nothing under it), or a cell that goes
    on with a word's rest (it starts in lower case, or its lines join without a
    space). A whole header in every column, each label starting afresh, is the
    header of another table.
    """
    if not _same_shape(prev, row) or any(p.lines and p.figure for p in row):
        return False
    filled = [k for k, p in enumerate(row) if p.lines]
    if not filled or not all(prev[k].lines for k in filled):
        return False
    if len(filled) < sum(1 for p in prev if p.lines):
        return True
    for k in filled:
        above, below = prev[k], row[k]
        if below.text[:1].islower():
            return True
        glued = join_lines(above.lines + below.lines, above.inner, above.words)
        if not glued.startswith(f"{above.text} "):
            return True
    return False


def header_rows(rows: list[list[Piece]]) -> bool:
    """Whether every row is a header row: header words, units, column numbers."""
    for row in rows:
        cells = [make_cell(p.text) for p in row if p.lines]
        if not (is_header_like(cells) or is_unit_row(cells) or is_numbering_row(cells)):
            return False
    return bool(rows)


def spans_filled(prev: list[Piece], row: list[Piece]) -> bool:
    """Whether ``row`` splits the merged cells of header row ``prev``.

    The lower row of a two-row header ("Anggaran" over "Pagu" and "Realisasi"):
    more cells, every cell of ``prev`` starting where one of ``row`` does.
    """
    if len(row) <= len(prev):
        return False
    lefts = _shape(row)
    return all(any(abs(p.left - x) <= 2 * SNAP for x in lefts) for p in prev)


def _started(piece: Piece) -> bool:
    """Whether a cell holds the start of a figure and no more.

    A currency prefix alone ("Rp", "Rp.") or an amount cut after a group's dot
    ("Rp 25.000.", "1.250."): the rest went on to the next page.
    """
    text = piece.text
    return (
        _CURRENCY.fullmatch(text) is not None or _CUT_AMOUNT.fullmatch(text) is not None
    )


def _finishes(above: Piece, below: Piece) -> bool:
    """Whether ``below`` holds the rest of the figure ``above`` starts.

    "Rp" at the foot of a page and "2.400.000.000" at the top of the next: the
    amount did not fit beside its prefix, and the row was cut after the prefix.
    """
    if not above.lines or not _started(above):
        return False
    joined = join_lines(above.lines + below.lines, above.inner)
    return parse_value(joined).kind == ValueKind.NUMBER


# a currency prefix alone in a cell: the figure went on below it
_CURRENCY = lazy(r"(?:rp\.?|idr)", re.IGNORECASE)
_CUT_AMOUNT = lazy(r"(?:(?:rp\.?|idr)\s*)?\d{1,3}(?:\.\d{3})*\.", re.IGNORECASE)


def join_table(
    fragments: list[Fragment], words: frozenset[str] = frozenset()
) -> RawTable:
    """One raw table from its page fragments (see the module docstring).

    ``words`` are the document's whole words, to rejoin the words a column cut
    (:func:`join_lines`).
    """
    if words:
        for part in fragments:
            for row in part.rows:
                for one in row:
                    one.words = words
    _align_loose(fragments)
    xs = _centres([x for f in fragments for x in f.xs])
    grid: list[list[Piece | None]] = []
    where: list[tuple[int, int]] = []  # (line, page) of each row
    gaps: set[int] = set()
    heads: set[str] = set()
    heading = False  # whether the rows so far are all header rows
    for k, part in enumerate(fragments):
        rows = [_grid_row(row, xs) for row in part.rows]
        part_rows, part_lines = part.rows, part.lines
        if k > 0:
            gaps.add(len(grid))
            skip = 0
            while (
                skip < len(rows)
                and signature([p.text if p else "" for p in rows[skip]]) in heads
            ):
                skip += 1
            last = fragments[k - 1].rows[-1] if fragments[k - 1].rows else []
            first = part.rows[skip] if skip < len(rows) else None
            if first is not None and heading and spans_filled(last, first):
                _lift_word_rests(last, first)
            if first is not None and _rest(last, first, heading):
                if any(p.lines for p in first):
                    for above, piece in zip(last, first, strict=True):
                        above.lines = above.lines + piece.lines
                rows = rows[:skip] + rows[skip + 1 :]
                part_rows = part.rows[:skip] + part.rows[skip + 1 :]
                part_lines = part.lines[:skip] + part.lines[skip + 1 :]
        grid.extend(rows)
        where.extend((line, part.page) for line in part_lines)
        heading = (k == 0 or heading) and (not part_rows or header_rows(part_rows))
        if heading or k == 0:
            # NOTE: a header the page break cut is whole only now
            heads = {signature([p.text if p else "" for p in r]) for r in grid[:4]}
    cells = [
        [_cell(piece, line, page) for piece in row]
        for row, (line, page) in zip(grid, where, strict=True)
    ]
    return RawTable(
        rows=cells,
        gaps=gaps,
        line_start=where[0][0] if where else None,
        line_end=where[-1][0] if where else None,
        page_start=fragments[0].page,
    )


def _align_loose(fragments: list[Fragment]) -> None:
    """Give a later page's part of a table ruled across its first part's columns.

    Its column edges were found from how its words line up, and an edge between
    a name and the figures right of it moves with the widest words on the page;
    with as many columns as the first part, it has the first part's columns.
    """
    first = fragments[0]
    for part in fragments[1:]:
        if not part.loose or len(part.xs) != len(first.xs):
            continue
        part.xs = list(first.xs)
        for row in part.rows:
            for k, one in enumerate(row):
                one.left = first.xs[k]


def _rest(last: list[Piece], first: list[Piece], heading: bool) -> bool:
    """Whether a page's first row is the rest of ``last``, the row the break cut.

    ``heading``: the rows so far are all header rows, so ``last`` is one.
    """
    if not any(p.lines for p in first):
        return True  # NOTE: a row with no text at all: the empty rest of a cut row
    return cut_header(last, first) if heading else cut_row(last, first)


def _lift_word_rests(last: list[Piece], row: list[Piece]) -> None:
    """Move up into header row ``last`` the rests of its words the break cut.

    ``row`` (first on a page) splits the merged cells of ``last``: it is the
    header's next row, and where a cell of ``last`` covers one column, the text
    under it on the new page may be the rest of its label, cut inside a word
    ("Program/Kegiata" / "n/Sub Kegiatan"). Such a rest goes up to its label.
    """
    for above in last:
        below = next((p for p in row if abs(p.left - above.left) <= 2 * SNAP), None)
        if below is None or not below.lines or not above.lines:
            continue
        end = min((p.left for p in last if p.left > above.left + SNAP), default=1e9)
        if sum(1 for p in row if above.left - SNAP <= p.left < end - SNAP) != 1:
            continue  # NOTE: a merged cell: the row names its parts
        glued = join_lines(above.lines + below.lines, above.inner, above.words)
        if below.text[:1].islower() or not glued.startswith(f"{above.text} "):
            above.lines = above.lines + below.lines
            below.lines = []


def _cell(piece: Piece | None, line: int, page: int) -> Cell:
    if piece is None or not piece.lines:
        return Cell(raw="", line=line, page=page)
    made = make_cell(piece.text, line, page)
    if made.text and (piece.italic or piece.bold):
        # NOTE: a fresh cell of our own: set the hints without copying it
        made.italic = made.italic or piece.italic
        made.bold = made.bold or piece.bold
    return made


def whole_words(texts: list[str], fragments: list[Fragment]) -> set[str]:
    """The words a document prints whole, lower case: a vocabulary for cut words.

    Every word of its prose (``texts``) and, in its tables' cells, every word
    but the last of a line followed by another and the first of a line that
    follows one: only those could have been cut by the column edge. The first
    and last rows of a page's part of a table are left out: a page break may
    have cut them ("JUMLA" / "H").
    """
    found: set[str] = set()
    for text in texts:
        found.update(w.lower() for w in _LETTERS.findall(text))
    for part in fragments:
        # NOTE: a page's first and last rows may be a row the page break cut
        for row in part.rows[1:-1]:
            for one in row:
                last = len(one.lines) - 1
                for k, (line, _, _) in enumerate(one.lines):
                    tokens = line.split(" ")
                    keep = tokens[(1 if k > 0 else 0) : (-1 if k < last else None)]
                    for token in keep:
                        found.update(w.lower() for w in _LETTERS.findall(token))
    return found
