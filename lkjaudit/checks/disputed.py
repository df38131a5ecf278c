"""The rows of a budget column that some witness disagrees with, in one pass.

Judging a cell's witnesses one by one is costly; most cells agree with all of
them. One pass over a column reads each row's figures once and finds the few rows
a witness other than a copy disputes: only those can have a supported figure
(copies alone are one kind, and a correction needs two).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkjaudit.checks.common import is_figure
from lkjaudit.checks.interval import printed as printed_interval
from lkjaudit.checks.witnesses import (
    budget_columns,
    data_children,
    memo,
    percent_columns,
    percent_fits,
    rest_totals,
    scope_sums,
)
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import ValueKind

__all__ = ["column_amounts", "disputed", "sum_of"]

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


def column_amounts(
    report: Report, table: Table, col: Column
) -> tuple[dict[int, Decimal | None], dict[int, Decimal | None]]:
    """Each row's figure in a column, as printed and with a malformed one repaired.

    What :func:`amount` gives without and with ``repaired``, read once per column
    and memoised per report.
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
    """What :func:`disputed` memoises: each row's figure against its witnesses."""
    readings = _read_column(report, table, col)
    below: set[int] = set()  # a witness that does not use the parent disagrees
    above: set[int] = set()  # the parent's witness disagrees
    at = col.index  # NOTE: a model's field read costs; read once, not per row
    # NOTE: run for every row of every budget column: what it reads is held in
    # locals, and the two tests are written inline
    plain, fixed, kids_of = readings.plain, readings.fixed, readings.kids
    own_row, quarters, scope = readings.own_row, readings.quarters, readings.scope
    percent_off, rest, sums = readings.percent_off, readings.rest, readings.sums
    for row in table.rows:
        index = row.index
        printed = fixed[index]
        if printed is None or at in row.inherited:
            continue
        # a witness that does not use the row's parent gives another figure: its
        # children's sum, its own row, its quarters, its budget %, a JUMLAH's rows
        kids = kids_of.get(index)
        if (
            (kids and (total := sum_of(kids, fixed)) is not None and total != printed)
            or ((restated := own_row.get(index)) is not None and restated != printed)
            or ((summed := quarters.get(index)) is not None and summed != printed)
            or index in percent_off
            or (
                row.kind == _TOTAL
                and (found := scope.get(index)) is not None
                and found[0] != printed
            )
        ):
            below.add(index)
            continue
        # the row's JUMLAH, or its parent, minus the other rows gives another one
        if (less := rest.get(index)) is not None and less[1] != printed:
            above.add(index)
            continue
        parent = row.parent
        if parent is None or (own := plain[parent]) is None:
            continue
        everyone, missing = sums[parent]
        if missing and (len(missing) > 1 or index not in missing):
            continue  # NOTE: a sibling without a figure: the rest is unknown
        mine = plain[index]
        if own - (everyone - mine if mine is not None else everyone) != printed:
            above.add(index)
    return frozenset(below), frozenset(below | above)


@dataclass(eq=False, repr=False, slots=True)
class _Readings:
    """A budget column's figures and what restates them, each read once."""

    plain: dict[int, Decimal | None]  # each row's figure as printed
    fixed: dict[int, Decimal | None]  # the same, a malformed one at its repair
    kids: dict[int, list[Row]]  # each parent's data rows
    sums: dict[int, tuple[Decimal, set[int]]]  # of kids as printed: sum, no figure
    own_row: dict[int, Decimal]  # the row's own restatement (pagu = real. + sisa)
    scope: dict[int, tuple[Decimal, list[Row]] | None]  # a JUMLAH's rows above
    quarters: dict[int, Decimal]  # a running total's quarters, summed
    rest: dict[int, tuple[Row, Decimal, list[Row]]]  # JUMLAH less the rest
    percent_off: frozenset[int]  # rows whose budget % the print does not give


def _read_column(report: Report, table: Table, col: Column) -> _Readings:
    """What :func:`_disputed_rows` compares each row's figure with."""
    plain, fixed = column_amounts(report, table, col)
    kids = memo(
        report,
        ("kids", id(table)),  # NOTE: the same for every budget column of the table
        lambda: {r.index: data_children(table, r) for r in table.rows if r.children},
    )
    return _Readings(
        plain=plain,
        fixed=fixed,
        kids=kids,
        sums=_printed_sums(kids, plain),
        own_row=_own_row(report, table, col),
        scope=scope_sums(report, table, col),
        quarters=_quarters(report, table, col),
        rest=rest_totals(report, table, col),
        percent_off=_percent_off(report, table, col, fixed),
    )


def _percent_off(
    report: Report, table: Table, col: Column, fixed: dict[int, Decimal | None]
) -> frozenset[int]:
    """The rows whose budget % the column's figure (pagu or realisasi) does not give.

    Not a figure of its own (a % is rounded), but a second kind of witness for
    the one figure a copy gives that it fits: those rows are judged with their
    copies. What :func:`~lkjaudit.checks.witnesses.row_percent` reads, read once
    per column; the printed % once per table (both operands' columns read it).
    """
    cols = percent_columns(table, col)
    if cols is None:
        return frozenset()
    pct_col, other_col = cols
    spans = _percent_spans(report, table, pct_col)
    others = column_amounts(report, table, other_col)[0]
    # NOTE: the other operand is the pagu when this one is the realisasi
    spending = other_col.role == R.ANGGARAN
    off: set[int] = set()
    for row in table.rows:
        index = row.index
        printed = fixed[index]
        if printed is None or (span := spans.get(index)) is None:
            continue
        other = others[index]
        if other and not percent_fits(span[0], span[1], other, spending, printed):
            off.add(index)
    return frozenset(off)


def _percent_spans(
    report: Report, table: Table, pct_col: Column
) -> dict[int, tuple[Decimal, Decimal]]:
    """Each row's printed budget % as the interval [lo, hi) it stands for."""

    def build() -> dict[int, tuple[Decimal, Decimal]]:
        found: dict[int, tuple[Decimal, Decimal]] = {}
        for row in table.rows:
            shown = table.value(row, pct_col)
            if is_figure(shown):
                lo, hi, _ = printed_interval(shown)
                found[row.index] = (lo, hi)
        return found

    return memo(report, ("percent-spans", id(table), pct_col.index), build)


def _quarters(report: Report, table: Table, col: Column) -> dict[int, Decimal]:
    """Each row's quarters summed, for a running total of spending (else empty)."""
    from lkjaudit.checks.quarters import quarters_total, summed_quarters

    if summed_quarters(report, table, col) is None:
        return {}
    found: dict[int, Decimal] = {}
    for row in table.rows:
        summed = quarters_total(report, table, row, col)
        if summed is not None:
            found[row.index] = summed[0]
    return found


def sum_of(rows: list[Row], figures: dict[int, Decimal | None]) -> Decimal | None:
    """The sum of the rows' figures, or None when one has none."""
    total = Decimal(0)
    for row in rows:
        figure = figures[row.index]
        if figure is None:
            return None
        total += figure
    return total


def _printed_sums(
    kids: dict[int, list[Row]], plain: dict[int, Decimal | None]
) -> dict[int, tuple[Decimal, set[int]]]:
    """Each parent's children as printed: their sum, and those without a figure."""
    found: dict[int, tuple[Decimal, set[int]]] = {}
    for index, children in kids.items():
        printed_sum, missing = Decimal(0), set()
        for kid in children:
            value = plain[kid.index]
            if value is None:
                missing.add(kid.index)
            else:
                printed_sum += value
        found[index] = (printed_sum, missing)
    return found


def _own_row(report: Report, table: Table, col: Column) -> dict[int, Decimal]:
    """Each row's own restatement of the column (pagu = realisasi + sisa).

    As :func:`~lkjaudit.checks.witnesses.row_said` reads it; empty when the table
    lacks one of the three budget columns.
    """
    a, r, s = budget_columns(report, table)
    if a is None or r is None or s is None:
        return {}
    sign, first, second = {
        R.ANGGARAN: (1, r, s),
        R.REALISASI_ANGGARAN: (-1, a, s),
        R.SISA: (-1, a, r),
    }[col.role]
    xs, ys = (
        column_amounts(report, table, first)[0],
        column_amounts(report, table, second)[0],
    )
    own_row: dict[int, Decimal] = {}
    for row in table.rows:
        x, y = xs[row.index], ys[row.index]
        if x is not None and y is not None:
            own_row[row.index] = x + y if sign > 0 else x - y
    return own_row
