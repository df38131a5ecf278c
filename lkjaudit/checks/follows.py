"""A total that follows its rows as printed, when one of those rows is wrong.

A sum carries a row's wrong figure up: a JUMLAH (or a parent) that adds up its
rows as printed then disagrees with its own row's arithmetic (its sisa with its
anggaran − realisasi, its running total with its quarters' sum, its Jumlah with
its categories) by exactly what the wrong rows are off. Each wrong row is
reported on its own row; the total, right for the rows as printed and right
for the rows corrected once its own figures are, is not reported again.
:func:`follows_rows` tells the checks of row arithmetic when that is the case.

A row's corrected figure is the one the checks report it should hold: a budget
figure at the one its witnesses support, a running total of spending at its
quarters' sum, a sisa at anggaran − realisasi with those two so corrected
(:func:`~lkjaudit.checks.support.corrected_sisa`), a Jumlah at the sum of its
categories.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from lkjaudit.checks.common import amount
from lkjaudit.checks.interval import Interval
from lkjaudit.checks.support import corrected_budget, corrected_sisa
from lkjaudit.checks.witnesses import data_children, scope_sums
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table

__all__ = ["carries_rows_errors", "categories_total", "follows_rows"]

R = ColumnRole

Corrected = Callable[[Row], Decimal | None]


def carries_rows_errors(
    report: Report, table: Table, row: Row, col: Column, expected: Interval
) -> bool:
    """True when a total's cell is off ``expected`` only by its rows' own errors.

    :func:`follows_rows` with each row's corrected figure for the column's
    role: a budget figure's (supported, or a running total's quarters' sum), a
    sisa's (anggaran − realisasi, each corrected), a Jumlah's (its categories'
    sum, unless both totals blame one category cell). False for a row that adds
    up nothing, and for other columns.
    """
    if not (row.kind == RowKind.TOTAL or row.children):
        return False
    corrected: Corrected
    if col.role in (R.ANGGARAN, R.REALISASI_ANGGARAN):
        corrected = partial(corrected_budget, report, table, col=col)
    elif col.role == R.SISA:
        corrected = partial(corrected_sisa, report, table)
    elif col.role == R.JUMLAH:
        corrected = partial(categories_total, report, table)
    else:
        return False
    return follows_rows(report, table, row, col, expected, corrected)


def categories_total(report: Report, table: Table, row: Row) -> Decimal | None:
    """A row's Jumlah at the sum of its categories, when it prints another figure.

    None when the row's Jumlah and the JUMLAH's cell both blame one category cell
    of it (:func:`~lkjaudit.checks.crossing.crossing`): the Jumlah is right.
    """
    from lkjaudit.checks.crossing import category_sum, crossing

    parts = table.columns_with(R.KATEGORI)
    if len(parts) < 2:
        return None
    found = category_sum(table, row, parts)
    if found is None or found.lo != found.hi:
        return None
    crossed = crossing(report, table)
    if crossed is not None and crossed.row is row:
        return None
    return found.lo


def follows_rows(
    report: Report,
    table: Table,
    row: Row,
    col: Column,
    expected: Interval,
    corrected: Corrected,
) -> bool:
    """True when a total's cell is off ``expected`` only by its rows' own errors.

    The cell (of a JUMLAH row, or of a parent) equals the sum of the rows it
    adds up as printed, some of those rows have a corrected figure (what
    ``corrected`` gives; None for a row that has none), and the sum with them
    at it falls within ``expected``, the figure the total's own row gives.
    """
    own = amount(table.value(row, col))
    if own is None:
        return False
    rows = _added_up(report, table, row, col)
    if rows is None:
        return False
    printed = Decimal(0)
    fixed = Decimal(0)
    for item in rows:
        figure = amount(table.value(item, col))
        if figure is None:
            return False
        better = corrected(item)
        printed += figure
        fixed += figure if better is None else better
    if printed != own or fixed == printed:
        return False
    return expected.lo <= fixed <= expected.hi


def _added_up(report: Report, table: Table, row: Row, col: Column) -> list[Row] | None:
    """The rows a total row (its scope) or a parent (its children) adds up."""
    if row.kind == RowKind.TOTAL:
        found = scope_sums(report, table, col).get(row.index)
        return None if found is None else found[1]
    kids = data_children(table, row) if row.children else []
    return kids or None
