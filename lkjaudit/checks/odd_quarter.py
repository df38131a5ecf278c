"""Which figure is wrong when a row's quarters do not add up to its running total.

A triwulan table states a row's spending twice (``TW I | TW II | s.d. TW II``),
and the running total is usually stated again elsewhere: its copy in the budget
table, the row's budget % (``s.d. TW II`` / pagu), its sisa (pagu − ``s.d. TW
II``), the JUMLAH below it less the other rows, its parent less its siblings in a
program tree. Each quarter has witnesses of its own too: its column's JUMLAH less
the other rows, its column's parent less the siblings (a tree needs no JUMLAH),
its copy in another table that splits the spending by quarter. When the quarters
do not add up to the running total, the running total is the figure reported, at
its quarters' sum, unless:

- the running total is confirmed as printed by a witness other than its
  quarters, and contradicted by none (the quarters aside); and
- exactly one quarter is put by its own witnesses, all of them, at the running
  total less the other quarters.

That quarter is then the wrong figure: two kinds of witness (its row, and its
column or its copy) give it another figure, and nothing backs its print. The
running total, and the JUMLAH or parent of the quarter's column (right once the
quarter is corrected), are right and not reported. The witnesses are read as
printed (no supported figures), so judging a quarter never asks for a verdict
that itself reads quarters.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkjaudit.analysis.periods import period_of
from lkjaudit.checks.common import amount
from lkjaudit.checks.witnesses import (
    Said,
    budget_percent,
    children_total,
    copies_said,
    copy_said,
    data_children,
    memo,
    rest_totals,
    row_said,
    siblings_said,
)
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table

__all__ = ["OddQuarter", "odd_quarter", "quarter_fix"]

R = ColumnRole
_REST = "basis.total_rest"
_PERCENT = "basis.percent"


@dataclass(eq=False, repr=False)
class OddQuarter:
    """One quarter's figure that its row and its column put at another figure."""

    total: Column  # the running total (``s.d. TW II``), right as printed
    col: Column  # the wrong quarter's column
    others: tuple[Column, ...]  # the other quarters up to the running total
    value: Decimal  # the running total less the other quarters
    printed: Decimal  # the quarter's figure as printed
    # what restates the quarter but its row: its column's JUMLAH or parent less
    # the other rows, its copies in other tables
    said: tuple[Said, ...]
    backing: tuple[Said, ...]  # what confirms the running total as printed


def odd_quarter(
    report: Report, table: Table, row: Row, col: Column
) -> OddQuarter | None:
    """The one wrong quarter of a running total of spending, or None.

    ``col`` is the running total's column. None when its quarters add up to it,
    when nothing but its quarters restates it, when a witness other than its
    quarters contradicts it, or when not exactly one quarter's column puts that
    quarter at the running total less the other quarters. Memoised per report.
    """
    key = ("odd-quarter", id(table), row.index, col.index)
    return memo(report, key, lambda: _odd(report, table, row, col))


def quarter_fix(
    report: Report, table: Table, row: Row, col: Column
) -> OddQuarter | None:
    """The verdict that blames this quarter's cell (``TW II`` on the row), or None."""
    from lkjaudit.checks.quarters import cumulative_columns, summed_quarters

    for total in cumulative_columns(table):
        cols = summed_quarters(report, table, total)
        if cols is None or col not in cols:
            continue
        found = odd_quarter(report, table, row, total)
        if found is not None and found.col is col:
            return found
    return None


def _odd(report: Report, table: Table, row: Row, col: Column) -> OddQuarter | None:
    from lkjaudit.checks.quarters import summed_quarters

    cols = summed_quarters(report, table, col)
    if cols is None or col.index in row.inherited:
        return None
    printed = amount(table.value(row, col))
    figures = [amount(table.value(row, c)) for c in cols]
    known = [f for f in figures if f is not None]
    if printed is None or len(known) != len(cols):
        return None
    summed = sum(known, Decimal(0))
    if summed == printed:
        return None
    backing = _backing(report, table, row, col, printed, summed)
    if not backing:
        return None
    found: list[OddQuarter] = []
    for i, quarter in enumerate(cols):
        value = printed - (summed - known[i])
        said = _column_said(report, table, row, quarter) + _quarter_copies(
            report, table, row, quarter
        )
        if value < 0 or not said or any(s.value != value for s in said):
            continue
        others = tuple(c for c in cols if c is not quarter)
        found.append(OddQuarter(col, quarter, others, value, known[i], said, backing))
    return found[0] if len(found) == 1 else None


def _column_said(
    report: Report, table: Table, row: Row, col: Column
) -> tuple[Said, ...]:
    """What the column says the row holds, as printed: the rows around it.

    The JUMLAH below the row less the other rows it adds up, and the row's
    parent less its siblings (a program tree needs no JUMLAH row to restate a
    kegiatan's quarter).
    """
    found = siblings_said(report, table, row, col)
    rest = rest_totals(report, table, col).get(row.index)
    if rest is not None:
        total_row, value, _ = rest
        found.append(Said(value, _REST, ((table, total_row, col),)))
    return tuple(found)


def _quarter_copies(
    report: Report, table: Table, row: Row, col: Column
) -> tuple[Said, ...]:
    """The same quarter's spending in the row's copies in other tables, as printed.

    Read from a column of that quarter alone: a quarter's column beside other
    quarters (``TW II`` under ``Realisasi``), never a bare ``Realisasi
    Triwulan II`` that may be the total up to it.
    """
    from lkjaudit.checks.quarters import quarter_parts

    period = period_of(col.header)
    if period is None or period.quarter is None:
        return ()
    quarter = period.quarter

    def pick(other: Table) -> Column | None:
        return quarter_parts(other, R.REALISASI_ANGGARAN).get(quarter)

    return tuple(copies_said(report, table, row, col, pick, pk=False))


def _backing(
    report: Report,
    table: Table,
    row: Row,
    col: Column,
    printed: Decimal,
    summed: Decimal,
) -> tuple[Said, ...]:
    """The witnesses other than its quarters that confirm a running total's print.

    Empty when none does, or when one of them gives another figure: its
    children's sum, the JUMLAH below it less the other rows, its parent less its
    siblings, ``pagu − sisa`` on its row, its copies in other tables (not the
    Perjanjian Kinerja), and the row's budget % when it fits the print and not
    the quarters' sum.
    """
    said = row_said(report, table, row, col) + copy_said(
        report, table, row, col, pk=False
    )
    below = children_total(table, row, col) if row.children else None
    if below is not None:
        kids = tuple((table, k, col) for k in data_children(table, row))
        said.append(Said(below, "basis.children", kids))
    said += _column_said(report, table, row, col)
    if any(s.value != printed for s in said):
        return ()
    pct = budget_percent(table, row, col)
    if pct is not None and pct.fits(printed) and not pct.fits(summed):
        said.append(Said(printed, _PERCENT, pct.cells))
    return tuple(said)
