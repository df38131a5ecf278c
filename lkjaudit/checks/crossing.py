"""Crossed totals: the one category cell a row total and a column total both blame.

A staff or asset table states each count twice: a row's Jumlah adds up its
categories (PNS + PPPK + Honorer), and the JUMLAH row adds up each column. One
wrong inner cell (SMA × PNS printed 5 for 4) throws off exactly one row and
exactly one column, by the same amount; the two totals, both right, then point
at the cell where they cross. :func:`crossing` finds that verdict once per
table; ``row-sum`` and ``column-sum`` judge from it (they leave the two totals
alone) and ``crossed-totals`` reports the cell itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.common import amount, is_figure, printed, total_scopes
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.support import Support, supported_value
from lkjaudit.checks.witnesses import memo
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import ValueKind

__all__ = [
    "CrossedOptions",
    "Crossing",
    "categories_total",
    "category_sum",
    "category_tie",
    "category_total",
    "columns_disagree",
    "crossing",
    "group_parts",
    "scope_sum",
    "sum_tie",
]

R = ColumnRole


def category_sum(table: Table, row: Row, parts: list[Column]) -> Interval | None:
    """The sum of a row's category cells, or None when the row has none to add.

    Dashes and empty cells count as zero; a row with text (or a malformed
    figure) in a category cell, or with every category cell empty, has no sum.
    """
    values = [table.value(row, c) for c in parts]
    if any(v.kind != ValueKind.EMPTY and not is_figure(v) for v in values):
        return None
    if all(v.kind == ValueKind.EMPTY for v in values):
        return None
    total = Interval.exact(Decimal(0))
    for value in values:
        if is_figure(value):
            total = total + operand(value)
    return total


@dataclass(eq=False, repr=False)
class ScopeSum:
    """What the rows above a total row add up to in one column."""

    total: Interval
    counted: list[Row]  # the rows with a figure (empty cells are skipped)
    fixes: list[Support]  # the budget rows counted at their supported figure


def scope_sum(
    report: Report, table: Table, col: Column, scope: list[Row]
) -> ScopeSum | None:
    """The sum of a column over the rows a total row adds up.

    Empty cells are skipped, a malformed figure counts as its repair, a budget
    figure the report's redundancy shows wrong counts as the supported one; None
    when a cell holds text.
    """
    total = Interval.exact(Decimal(0))
    counted: list[Row] = []
    fixes: list[Support] = []
    for item in scope:
        # NOTE: judged without the JUMLAH less the other rows: the figures
        # summed here are what the JUMLAH is judged against
        value, fix = supported_value(report, table, item, col, upward=False)
        if fix is not None:
            fixes.append(fix)  # NOTE: a row shown wrong by its own witnesses
        if value.kind == ValueKind.EMPTY:
            continue
        if value.kind == ValueKind.MALFORMED and value.repair is not None:
            total = total + Interval.exact(value.repair)
        elif is_figure(value):
            total = total + operand(value)
        else:
            return None
        counted.append(item)
    return ScopeSum(total, counted, fixes)


@dataclass(eq=False, repr=False)
class Crossing:
    """One inner category cell that both totals put at another figure."""

    row: Row  # the data row of the cell
    col: Column  # its category column
    value: Decimal  # the figure both totals give it
    gap: Decimal  # printed minus expected
    row_total: Column  # the row's Jumlah column
    total_row: Row  # the JUMLAH row of the column


def group_parts(table: Table, col: Column) -> list[Column]:
    """The category columns a total column adds up.

    The table's Jumlah adds up every category; a group's own total (``PNS ›
    Jml``) only the categories under its group (``PNS › L``, ``PNS › P``); a
    group total across the groups (``Jumlah › L``) the groups' columns of its
    header (``Golongan I › L`` … ``Golongan IV › L``).
    """
    parts = table.columns_with(R.KATEGORI)
    if col.role == R.SUBJUMLAH:
        own = [c for c in parts if c.group == col.group]
        # NOTE: ``Jumlah › L`` beside ``Golongan I › L`` … has no categories
        # of its own: it adds up the other groups' columns of its header
        return own or [
            c
            for c in parts
            if c.group and c.group != col.group and c.header == col.header
        ]
    return parts


def categories_total(
    report: Report, table: Table, row: Row, col: Column | None = None
) -> Decimal | None:
    """A row's Jumlah (or group total ``col``) at the sum of its categories.

    None when the row's Jumlah and the JUMLAH's cell both blame one category cell
    of it (:func:`crossing`): the Jumlah is right; and when it is one of the two
    rows of a tie (:func:`sum_tie`): its Jumlah or a category may be off.
    """
    total_col = col or table.column(R.JUMLAH)
    if total_col is None:
        return None
    parts = group_parts(table, total_col)
    if len(parts) < 2:
        return None
    found = category_sum(table, row, parts)
    if found is None or found.lo != found.hi:
        return None
    crossed = crossing(report, table)
    if crossed is not None and crossed.row is row and crossed.col in parts:
        return None
    if row.kind == RowKind.TOTAL and columns_disagree(report, table, row, parts):
        return None
    tied = sum_tie(report, table) if total_col is table.column(R.JUMLAH) else None
    if tied is not None and any(row is r for r in tied):
        return None  # NOTE: its Jumlah or one of its categories, either
    return found.lo


def category_total(
    report: Report, table: Table, row: Row, col: Column
) -> Decimal | None:
    """The count a JUMLAH row's category cell stands for when its print is off.

    Its column's rows added up, when the row's own Jumlah less its other
    categories says the same: two witnesses against one print (Baik printed 77
    over rows adding up to 76, on a JUMLAH row whose 99 is 76 + 15 + 8), or,
    the other categories being off too, when every category column's sum adds
    up to the row's Jumlah (L 12, P 8 over columns of 11 and 7 beside 18). None
    for a data row, a sum with text or an inexact figure, and when nothing
    points away from the print (one wrong inner cell leaves the Jumlah less the
    other categories at the print: :func:`crossing` judges it).
    """
    jumlah = table.column(R.JUMLAH)
    if row.kind != RowKind.TOTAL or col.role != R.KATEGORI or jumlah is None:
        return None
    parts = group_parts(table, jumlah)
    scope = next((rows for total, rows in total_scopes(table) if total is row), [])
    printed = amount(table.value(row, col))
    if col not in parts or printed is None or not scope:
        return None
    found = scope_sum(report, table, col, scope)
    if found is None or found.total.lo != found.total.hi or found.total.lo == printed:
        return None
    others = category_sum(table, row, [c for c in parts if c is not col])
    whole = amount(table.value(row, jumlah))
    if others is None or whole is None or others.lo != others.hi:
        return None
    if whole - others.lo == found.total.lo:
        return found.total.lo
    # NOTE: two category totals off on one JUMLAH row (L 12, P 8 over columns
    # adding up to 11 and 7, beside a Jumlah 18): the other categories are no
    # witness as printed, but each column's sum is, when the sums add up to
    # the row's Jumlah
    summed = Decimal(0)
    for part in parts:
        each = scope_sum(report, table, part, scope)
        if each is None or each.total.lo != each.total.hi:
            return None
        summed += each.total.lo
    return found.total.lo if summed == whole else None


def category_tie(report: Report, table: Table, row: Row, col: Column) -> Decimal | None:
    """The other figure a JUMLAH row's category cell may as rightly hold, or None.

    A JUMLAH row whose categories do not add up to its Jumlah (L 11 + P 8
    beside 18), where every printed total agrees with its own column's rows (P's
    rows add up to 8, the Jumlah column's to 18): one data row is off too, and
    nothing tells whether the category or the Jumlah is. The category cell is
    then at its print by its column, or at the Jumlah less the other categories
    (7) by its row, and neither is the one figure it should hold.
    """
    jumlah = table.column(R.JUMLAH)
    if row.kind != RowKind.TOTAL or col.role != R.KATEGORI or jumlah is None:
        return None
    parts = group_parts(table, jumlah)
    scope = next((rows for total, rows in total_scopes(table) if total is row), [])
    if col not in parts or not scope:
        return None
    for each in (jumlah, *parts):
        found = scope_sum(report, table, each, scope)
        shown = amount(table.value(row, each))
        if found is None or shown is None or found.total.lo != found.total.hi:
            return None
        if found.total.lo != shown:
            return None
    others = category_sum(table, row, [c for c in parts if c is not col])
    whole = amount(table.value(row, jumlah))
    printed = amount(table.value(row, col))
    if others is None or whole is None or printed is None or others.lo != others.hi:
        return None
    other = whole - others.lo
    return other if other != printed and other >= 0 else None


def sum_tie(report: Report, table: Table) -> tuple[Row, Row] | None:
    """The data row and the JUMLAH row whose Jumlah or a category is off, either.

    Two rows whose categories do not add up to their Jumlah (Pembina L 1 + P 2
    beside 2, the JUMLAH's L 11 + P 8 beside 18), the second the JUMLAH row
    adding up the first, and every total of that JUMLAH row agreeing with its
    own column (P's rows add up to 8, the Jumlah's to 18): either both Jumlah
    cells are off (3 and 19) or a category of each is (P 1 and 7, or L 0 and
    10), and nothing in the table tells which. None otherwise. Memoised per
    report.
    """
    return memo(report, ("sum-tie", id(table)), lambda: _sum_tie(report, table))


def _sum_tie(report: Report, table: Table) -> tuple[Row, Row] | None:
    jumlah = table.column(R.JUMLAH)
    if jumlah is None:
        return None
    parts = group_parts(table, jumlah)
    if len(parts) < 2:
        return None
    off: list[tuple[Row, Decimal]] = []
    for row, own, total in _rows_off(table, jumlah, parts):
        if total.lo != total.hi:
            return None  # NOTE: an inexact figure: no clean evidence
        off.append((row, total.lo - own))
    if len(off) != 2:
        return None
    (data, gap), (total_row, total_gap) = off
    if data.kind != RowKind.DATA or total_row.kind != RowKind.TOTAL:
        return None
    scope = next((r for t, r in total_scopes(table) if t is total_row), [])
    if gap != total_gap or all(r is not data for r in scope):
        return None
    for col in (jumlah, *parts):
        found = scope_sum(report, table, col, scope)
        shown = amount(table.value(total_row, col))
        if found is None or shown is None or found.fixes:
            return None
        if found.total.lo != found.total.hi or found.total.lo != shown:
            return None
    if _shares_settle(table, jumlah, data, total_row, gap):
        return None
    return data, total_row


def _shares_settle(
    table: Table, jumlah: Column, data: Row, total_row: Row, gap: Decimal
) -> bool:
    """Whether a share column was worked out from the JUMLAH's categories' sum.

    Every other data row's printed share agreeing with its count over the
    JUMLAH's Jumlah taken at its categories' sum (``gap`` more), and not every
    one with its count over the print: the shares single out the Jumlah cells
    as the wrong ones. The off row's own share says nothing either way (its
    count is the one in question).
    """
    shares = table.column(R.PERSEN_TOTAL)
    whole = amount(table.value(total_row, jumlah))
    if shares is None or whole is None or whole == 0 or whole + gap == 0:
        return False
    fixed = printed_fits = True
    seen = False
    for row in table.rows:
        if row is data or row.kind != RowKind.DATA:
            continue
        share, count = table.value(row, shares), amount(table.value(row, jumlah))
        if not is_figure(share) or count is None:
            continue
        seen = True
        fixed = fixed and agrees(_percent(count, whole + gap), share)
        printed_fits = printed_fits and agrees(_percent(count, whole), share)
    return seen and fixed and not printed_fits


def _percent(part: Decimal, whole: Decimal) -> Interval:
    return (Interval.exact(part) / Interval.exact(whole)).scale(Decimal(100))


def columns_disagree(
    report: Report, table: Table, row: Row, parts: list[Column]
) -> bool:
    """Whether a total row's categories, each at its column's sum, add up otherwise.

    A JUMLAH printing ``L 12 + P 8`` over an L column that adds up to 13 states
    two totals for the same people, 20 and 21: its categories' sum is then no
    witness of its Jumlah, since one of the category totals is wrong itself
    (``total-row-equals-column-sum`` reports it). False for a data row, and when
    a column holds text or the sums are inexact (nothing to set against the
    print). Memoised per report.
    """
    if row.kind != RowKind.TOTAL:
        return False
    key = ("columns-disagree", id(table), row.index, tuple(c.index for c in parts))
    return memo(report, key, lambda: _columns_disagree(report, table, row, parts))


def _columns_disagree(
    report: Report, table: Table, row: Row, parts: list[Column]
) -> bool:
    printed_sum = category_sum(table, row, parts)
    scope = next((rows for total, rows in total_scopes(table) if total is row), [])
    if printed_sum is None or printed_sum.lo != printed_sum.hi or not scope:
        return False
    summed = Decimal(0)
    for col in parts:
        found = scope_sum(report, table, col, scope)
        if found is None or found.total.lo != found.total.hi:
            return False
        summed += found.total.lo
    return summed != printed_sum.lo


def crossing(report: Report, table: Table) -> Crossing | None:
    """The inner cell a table's row totals and column totals both blame, if any.

    Only when the evidence is clean: exactly one row whose Jumlah differs from
    its categories, exactly one total-row cell (in a category or the Jumlah
    column) that differs from its column, the row a data row the total row adds
    up and the column a category, both off by the same exact amount, and the
    cell where they cross a printed figure that the correction keeps at zero or
    more. Memoised per report.
    """
    return memo(report, ("crossing", id(table)), lambda: _find(report, table))


def _find(report: Report, table: Table) -> Crossing | None:
    total_col = table.column(R.JUMLAH)
    parts = table.columns_with(R.KATEGORI)
    if total_col is None or len(parts) < 2:
        return None
    row_off = _one_row_off(table, total_col, parts)
    if row_off is None:
        return None
    col_off = _one_column_off(report, table, [total_col, *parts])
    if col_off is None:
        return None
    (row, row_gap), (total_row, col, col_gap, scope) = row_off, col_off
    if (
        col.role != R.KATEGORI
        or row.kind != RowKind.DATA
        or row_gap != col_gap
        or all(r is not row for r in scope)
        or col.index in row.inherited
    ):
        return None
    cell = table.value(row, col)
    if not is_figure(cell) or cell.number is None:
        return None
    value = cell.number - row_gap
    if value < 0:
        return None  # NOTE: a count below zero is no correction
    return Crossing(row, col, value, row_gap, total_col, total_row)


def _one_row_off(
    table: Table, total_col: Column, parts: list[Column]
) -> tuple[Row, Decimal] | None:
    """The only row whose Jumlah differs from its categories, and by how much."""
    found: tuple[Row, Decimal] | None = None
    for row, own, total in _rows_off(table, total_col, parts):
        if found is not None:
            return None
        # NOTE: exact: the midpoint of a sum of printed figures is their sum
        found = (row, total.mid - own)
    return found


def _rows_off(
    table: Table, total_col: Column, parts: list[Column]
) -> Iterator[tuple[Row, Decimal, Interval]]:
    """Each row whose Jumlah its categories' sum does not give.

    Yields the row, the Jumlah printed, and the sum.
    """
    for row in table.rows:
        own = table.value(row, total_col)
        if not is_figure(own) or own.number is None:
            continue
        total = category_sum(table, row, parts)
        if total is not None and not agrees(total, own):
            yield row, own.number, total


def _one_column_off(
    report: Report, table: Table, cols: list[Column]
) -> tuple[Row, Column, Decimal, list[Row]] | None:
    """The only total-row cell that differs from its column, and by how much."""
    found: tuple[Row, Column, Decimal, list[Row]] | None = None
    for total_row, scope in total_scopes(table):
        if not scope:
            continue
        for col in cols:
            own = table.value(total_row, col)
            if not is_figure(own) or own.number is None:
                continue
            summed = scope_sum(report, table, col, scope)
            if summed is None or not summed.counted or agrees(summed.total, own):
                continue
            if found is not None:
                return None
            found = (total_row, col, summed.total.mid - own.number, scope)
    return found


class CrossedOptions(BaseModel):
    """Options of the ``crossed-totals`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "crossed-totals",
    options=CrossedOptions,
    confidence=Confidence.MEDIUM,
    provides=("column", "row_total", "column_total"),
)
def crossed_totals(
    table: Table, opts: CrossedOptions, ctx: Context
) -> Iterator[Violation]:
    """An inner category cell that its row's Jumlah and its JUMLAH row both correct.

    When exactly one row's Jumlah differs from the sum of its categories and
    exactly one cell of the JUMLAH row differs from the sum of its column, by the
    same exact amount, and the two cross in an inner category cell holding a
    figure, that cell is reported at its figure less the difference, with the two
    totals as related locations. ``row-total-equals-sum-of-categories`` and
    ``total-row-equals-column-sum`` then leave the two totals alone; otherwise
    this rule is silent and they report as before.
    """
    found = crossing(ctx.report, table)
    if found is None:
        return
    value = table.value(found.row, found.col)
    row_total = table.value(found.row, found.row_total)
    column_total = table.value(found.total_row, found.col)
    yield ctx.violation(
        ctx.cell_location(table, found.row, found.col),
        expected=display(found.value, value),
        actual=printed(table, found.row, found.col, value),
        related=[
            ctx.cell_location(table, found.row, found.row_total),
            ctx.cell_location(table, found.total_row, found.col),
        ],
        column=_column_name(table, found.col, ctx),
        row_total=printed(table, found.row, found.row_total, row_total),
        column_total=printed(table, found.total_row, found.col, column_total),
    )


def _column_name(table: Table, col: Column, ctx: Context) -> str:
    """A category by its header, with its group when another has the same (PNS › L)."""
    if not col.header:
        return phrase("role.kategori", ctx.lang)
    same = [c for c in table.columns_with(R.KATEGORI) if c.header == col.header]
    return col.title if len(same) > 1 else col.header
