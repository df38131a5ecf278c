"""The rows of a budget column that some witness disagrees with, in one pass.

Judging a cell's witnesses one by one is costly; most cells agree with all of
them. One pass over a column reads each row's figures once and finds the few rows
a witness other than a copy disputes: only those can have a supported figure
(copies alone are one kind, and a correction needs two).
"""

from __future__ import annotations

from decimal import Decimal

from lkjaudit.checks.common import is_figure
from lkjaudit.checks.witnesses import (
    budget_columns,
    data_children,
    memo,
    scope_sums,
)
from lkjaudit.model.report import Column, ColumnRole, Report, RowKind, Table
from lkjaudit.model.values import ValueKind

__all__ = ["disputed"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_TOTAL = RowKind.TOTAL
_MALFORMED = ValueKind.MALFORMED


def disputed(
    report: Report, table: Table, col: Column
) -> tuple[frozenset[int], frozenset[int]]:
    """The rows of a budget column that a witness other than a copy disagrees with.

    (without the parent's witness, with it), from one pass over the column: the
    witnesses the verdict weighs before copies, each row's figures read once. Only
    these rows can have a supported figure (copies alone are one kind, and a
    correction needs two), so only they are judged one by one.
    """
    key = ("disputed", id(table), col.index)
    return memo(report, key, lambda: _disputed_rows(report, table, col))


def _amounts(
    report: Report, table: Table, col: Column
) -> tuple[dict[int, Decimal | None], dict[int, Decimal | None]]:
    """Each row's figure in a column, as printed and with a malformed one repaired.

    What :func:`amount` gives without and with ``repaired``, read once per column.
    """

    def build() -> tuple[dict[int, Decimal | None], dict[int, Decimal | None]]:
        plain: dict[int, Decimal | None] = {}
        fixed: dict[int, Decimal | None] = {}
        for row in table.rows:
            value = table.value(row, col)
            number = value.number if is_figure(value) else None
            index = row.index
            plain[index] = number
            fixed[index] = (
                number
                if number is not None or value.kind != _MALFORMED
                else value.repair
            )
        return plain, fixed

    return memo(report, ("amounts", id(table), col.index), build)


def _disputed_rows(
    report: Report, table: Table, col: Column
) -> tuple[frozenset[int], frozenset[int]]:
    rows = table.rows
    plain, fixed = _amounts(report, table, col)
    # the row's own restatement (pagu = realisasi + sisa), as row_said reads it
    own_row: dict[int, Decimal] = {}
    a, r, s = budget_columns(report, table)
    if a is not None and r is not None and s is not None:
        sign, first, second = {
            R.ANGGARAN: (1, r, s),
            R.REALISASI_ANGGARAN: (-1, a, s),
            R.SISA: (-1, a, r),
        }[col.role]
        xs, ys = _amounts(report, table, first)[0], _amounts(report, table, second)[0]
        for row in rows:
            x, y = xs[row.index], ys[row.index]
            if x is not None and y is not None:
                own_row[row.index] = x + y if sign > 0 else x - y
    scope = scope_sums(report, table, col)
    kids_of = {row.index: data_children(table, row) for row in rows if row.children}
    # each parent's children as printed: their sum and those without a figure
    plain_total: dict[int, tuple[Decimal, set[int]]] = {}
    for index, children in kids_of.items():
        printed_sum, missing = Decimal(0), set()
        for kid in children:
            value = plain[kid.index]
            if value is None:
                missing.add(kid.index)
            else:
                printed_sum += value
        plain_total[index] = (printed_sum, missing)
    below: set[int] = set()  # a witness that does not use the parent disagrees
    above: set[int] = set()  # the parent's witness disagrees
    at = col.index  # NOTE: a model's field read costs; read once, not per row
    for row in rows:
        index = row.index
        printed = fixed[index]
        if printed is None or at in row.inherited:
            continue
        kids = kids_of.get(index)
        if kids:
            total: Decimal | None = Decimal(0)
            for kid in kids:
                figure = fixed[kid.index]
                if figure is None or total is None:
                    total = None
                    break
                total += figure
            if total is not None and total != printed:
                below.add(index)
                continue
        restated = own_row.get(index)
        if restated is not None and restated != printed:
            below.add(index)
            continue
        found = scope.get(index) if row.kind == _TOTAL else None
        if found is not None and found[0] != printed:
            below.add(index)
            continue
        parent = row.parent
        if parent is not None and (own := plain[parent]) is not None:
            everyone, missing = plain_total[parent]
            if missing <= {index}:
                mine = plain[index]
                rest = everyone - mine if mine is not None else everyone
                if own - rest != printed:
                    above.add(index)
    return frozenset(below), frozenset(below | above)
