"""Witnesses: other places in a table that restate the same figure.

The sum of the rows below it, its parent minus its siblings, ``realisasi + sisa`` on
the same row, the rows above a JUMLAH row. A malformed figure's repair is confirmed
by them, and a parent's mismatch is put down to a child when a witness corrects the
child.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkjaudit.checks.common import amount, roots
from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table

__all__ = ["Witness", "children_total", "witnesses"]

R = ColumnRole
_ADDITIVE = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA, R.JUMLAH, R.KATEGORI)


def children_total(table: Table, row: Row, col: Column) -> Decimal | None:
    """The sum of a row's tree children in a column, or None when it cannot be had."""
    kids = [r for r in table.children(row) if r.kind == RowKind.DATA]
    if not kids:
        return None
    total = Decimal(0)
    for kid in kids:
        value = amount(table.value(kid, col), repaired=True)
        if value is None:
            return None
        total += value
    return total


@dataclass(frozen=True)
class Witness:
    """Another way the report gives the same figure."""

    value: Decimal
    basis: str
    locations: tuple[Location, ...]


def _sum(table: Table, rows: list[Row], col: Column) -> Decimal | None:
    total = Decimal(0)
    for row in rows:
        value = amount(table.value(row, col))
        if value is None:
            return None
        total += value
    return total


def _tree_witnesses(
    table: Table, row: Row, col: Column, ctx: Context, *, upward: bool
) -> list[Witness]:
    found: list[Witness] = []
    kids = [r for r in table.children(row) if r.kind == RowKind.DATA]
    total = children_total(table, row, col) if kids else None
    if total is not None:
        found.append(
            Witness(
                total,
                phrase("basis.children", ctx.lang, n=len(kids)),
                tuple(ctx.cell_location(table, k, col) for k in kids),
            )
        )
    if upward and row.parent is not None:
        parent = table.row(row.parent)
        siblings = [
            r
            for r in table.children(parent)
            if r.kind == RowKind.DATA and r.index != row.index
        ]
        own = amount(table.value(parent, col))
        rest = _sum(table, siblings, col)
        if own is not None and rest is not None:
            found.append(
                Witness(
                    own - rest,
                    phrase("basis.siblings", ctx.lang),
                    (ctx.cell_location(table, parent, col),),
                )
            )
    return found


def _row_witnesses(table: Table, row: Row, col: Column, ctx: Context) -> list[Witness]:
    a, r, s = (table.column(x) for x in (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA))
    if a is None or r is None or s is None:
        return []
    va, vr, vs = (amount(table.value(row, c)) for c in (a, r, s))
    cases = {
        R.ANGGARAN: (vr, vs, 1, "basis.sisa", (r, s)),
        R.REALISASI_ANGGARAN: (va, vs, -1, "basis.selisih_realisasi", (a, s)),
        R.SISA: (va, vr, -1, "basis.selisih_sisa", (a, r)),
    }
    if col.role not in cases:
        return []
    first, second, sign, key, cols = cases[col.role]
    if first is None or second is None:
        return []
    value = first + second if sign > 0 else first - second
    where = tuple(ctx.cell_location(table, row, c) for c in cols)
    return [Witness(value, phrase(key, ctx.lang), where)]


def _total_witnesses(
    table: Table, row: Row, col: Column, ctx: Context
) -> list[Witness]:
    if row.kind != RowKind.TOTAL:
        return []
    above = roots(table, [r for r in table.rows if r.index < row.index])
    total = _sum(table, above, col)
    if total is None or not above:
        return []
    where = tuple(ctx.cell_location(table, r, col) for r in above)
    return [Witness(total, phrase("basis.total", ctx.lang), where)]


def _copy_witnesses(table: Table, row: Row, col: Column, ctx: Context) -> list[Witness]:
    """The same figure in the linked copies of the row in other tables."""
    from lkjaudit.checks.copies import index

    found: list[Witness] = []
    for copy in index(ctx).copies("entity", table, row):
        if copy.table is table:
            continue
        other = copy.table.column(col.role)
        if other is None or other.index in copy.row.inherited:
            continue
        value = amount(copy.table.value(copy.row, other))
        if value is None:
            continue
        found.append(
            Witness(
                value,
                phrase("basis.copy", ctx.lang, where=copy.table.label),
                (ctx.cell_location(copy.table, copy.row, other),),
            )
        )
    return found


def witnesses(
    table: Table, row: Row, col: Column, ctx: Context, *, upward: bool = True
) -> list[Witness]:
    """Every figure in the report that restates this cell's value.

    ``upward=False`` leaves out the witness that uses the row's parent (for judging
    the parent itself).
    """
    if col.role not in _ADDITIVE:
        return []
    found = _tree_witnesses(table, row, col, ctx, upward=upward)
    found += _row_witnesses(table, row, col, ctx) + _total_witnesses(
        table, row, col, ctx
    )
    return found + _copy_witnesses(table, row, col, ctx)
