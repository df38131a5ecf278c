"""Shares of a staff or asset table, judged from the counts the table supports.

A share column (``Persentase``) states each row's count over the total. A row's
Jumlah that its own categories put at another figure (``6 + 4`` printed ``11``)
is reported by ``row-total-equals-sum-of-categories``; the share beside it is
judged from the corrected count, as a budget % is judged from its supported
pagu: ``10 / 20 = 50%`` is right, and ``55%``, worked out from the wrong count,
is the share to change (not the JUMLAH's ``100%``). The JUMLAH's own Jumlah is
taken at its categories' sum only when the rows it adds up, each at its own
corrected count, give that figure too: two kinds of witness. That is the very
figure ``row-total-equals-sum-of-categories`` expects of it, so every share is
judged against the total the table corrected gives, the shares of rows that
were right worked out from the wrong total included.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkjaudit.checks.common import amount, is_figure, total_scopes
from lkjaudit.checks.crossing import categories_total, group_parts
from lkjaudit.checks.interval import Interval, operand
from lkjaudit.checks.support import Support, supported
from lkjaudit.checks.witnesses import BUDGET, Said, memo
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import ValueKind

__all__ = ["Share", "counted", "rows_total", "share", "share_part"]

R = ColumnRole
HUNDRED = Decimal(100)


@dataclass(eq=False, repr=False)
class Share:
    """A row's share of its total, from the counts taken."""

    interval: Interval  # part / total × 100
    part: Decimal | None  # the row's count when taken corrected, else None
    total: Decimal  # the total taken (corrected or printed)
    total_row: Row | None  # the JUMLAH row whose count is the total
    # the counts taken at another figure than printed, with their rows
    fixes: tuple[tuple[Row, Support], ...]


def counted(report: Report, table: Table, row: Row, col: Column) -> Support | None:
    """The count a Jumlah cell stands for when it is not the printed one.

    A data row's Jumlah is its categories' sum. A JUMLAH row's is its
    categories' sum only when the rows it adds up (each at its own such count)
    give the same figure, and its category totals are what their columns add
    up to (:func:`~lkjaudit.checks.crossing.categories_total`). The shares
    printed do not vote: they are worked out from the Jumlah column, and a
    wrong total makes them wrong with it. A budget column's figure is the one
    its witnesses support (:func:`~lkjaudit.checks.support.supported`). None
    for any other column, and when nothing points away from the print.
    Memoised per report.
    """
    if col.role in BUDGET:
        # NOTE: a budget table's share is of the pagu its witnesses support
        return supported(report, table, row, col)
    if col.role != R.JUMLAH or col is not table.column(R.JUMLAH):
        return None
    key = ("counted", id(table), row.index, col.index)
    return memo(report, key, lambda: _counted(report, table, row, col))


def _counted(report: Report, table: Table, row: Row, col: Column) -> Support | None:
    printed = amount(table.value(row, col))
    value = categories_total(report, table, row, col)
    if printed is None or value is None or value == printed:
        return None
    cells = tuple((table, row, c) for c in group_parts(table, col))
    said = [Said(value, "basis.categories", cells)]
    if row.kind == RowKind.TOTAL:
        scope = next((rows for total, rows in total_scopes(table) if total is row), [])
        if _scope_count(report, table, scope, col) != value:
            return None  # NOTE: one kind of witness alone: the print stands
        said.append(Said(value, "basis.total", tuple((table, r, col) for r in scope)))
    return Support(value, printed, tuple(said))


def _scope_count(
    report: Report, table: Table, scope: list[Row], col: Column
) -> Decimal | None:
    """The rows' counts added up, each at its corrected count."""
    total = Decimal(0)
    seen = False
    for item in scope:
        fix = counted(report, table, item, col)
        figure = fix.value if fix is not None else amount(table.value(item, col))
        if figure is None:
            if table.value(item, col).kind != ValueKind.EMPTY:
                return None
            continue
        total += figure
        seen = True
    return total if seen else None


def share_part(table: Table, role: ColumnRole = R.JUMLAH) -> Column | None:
    """The column whose figures a share column divides by their total.

    ``role``'s column (a staff or asset table's Jumlah). A budget table has
    none: its share (``% terhadap Total Anggaran``) is of its one budget
    column, the pagu or the spending; of two, of the one the share's header
    names (``realisasi``, else ``anggaran`` or ``pagu``), and of neither when it
    names none.
    """
    col = table.column(role)
    if col is not None or role != R.JUMLAH:
        return col
    pagu, spent = table.column(R.ANGGARAN), table.column(R.REALISASI_ANGGARAN)
    if pagu is None or spent is None:
        return pagu or spent
    result = table.column(R.PERSEN_TOTAL)
    words = (result.header + " " + result.group).lower() if result else ""
    if "realisasi" in words:
        return spent
    if "anggaran" in words or "pagu" in words:
        return pagu
    return None


def _totals_after(table: Table) -> dict[int, Row]:
    """For each row, the first JUMLAH row at or after it (one pass, from the end)."""
    found: dict[int, Row] = {}
    nearest: Row | None = None
    for item in reversed(table.rows):
        if item.kind == RowKind.TOTAL:
            nearest = item
        if nearest is not None:
            found[item.index] = nearest
    return found


def rows_total(table: Table, col: Column, report: Report | None = None) -> Decimal:
    """The data rows' counts added up: the total of a table with no JUMLAH row."""
    total = Decimal(0)
    for item in table.data_rows():
        fix = counted(report, table, item, col) if report is not None else None
        figure = fix.value if fix is not None else amount(table.value(item, col))
        total += figure or Decimal(0)
    return total


def share(
    table: Table,
    row: Row,
    part_col: Column,
    report: Report | None = None,
    *,
    fallback: Decimal | None = None,
) -> Share | None:
    """A row's count over its total: the JUMLAH row after it, else ``fallback``.

    With ``report``, each count is taken at :func:`counted` when that differs
    from the print. None when the row or the total holds no figure, or the total
    is zero (or there is no JUMLAH row and no ``fallback``:
    :func:`rows_total`).
    """
    part = table.value(row, part_col)
    if not is_figure(part):
        return None
    after = (
        memo(report, ("total-after", id(table)), lambda: _totals_after(table))
        if report is not None
        else _totals_after(table)
    )
    total_row = after.get(row.index)
    fix = counted(report, table, row, part_col) if report is not None else None
    fixes = [(row, fix)] if fix is not None else []
    total = fallback
    if total_row is not None:
        total_fix = (
            counted(report, table, total_row, part_col) if report is not None else None
        )
        if total_fix is not None and total_fix is not fix:
            fixes.append((total_row, total_fix))
        total = (
            total_fix.value
            if total_fix is not None
            else amount(table.value(total_row, part_col))
        )
    if not total:
        return None
    taken = Interval.exact(fix.value) if fix is not None else operand(part)
    return Share(
        (taken / Interval.exact(total)).scale(HUNDRED),
        fix.value if fix is not None else None,
        total,
        total_row,
        tuple(fixes),
    )
