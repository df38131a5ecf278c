"""Shared option types and helpers for the check families."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = ["amount", "checked_rows", "is_figure", "roots", "total_scopes"]


def is_figure(value: Value) -> bool:
    """A number or a dash (a dash counts as zero)."""
    return value.kind in (ValueKind.NUMBER, ValueKind.DASH) and value.number is not None


def amount(value: Value, *, repaired: bool = False) -> Decimal | None:
    """The number a value stands for; a malformed one only when ``repaired``."""
    if is_figure(value):
        return value.number
    if repaired and value.kind == ValueKind.MALFORMED:
        return value.repair
    return None


def checked_rows(table: Table) -> Iterator[Row]:
    """Rows that carry figures: data, continuation and total rows."""
    return iter(table.rows)


def roots(table: Table, rows: list[Row]) -> list[Row]:
    """The top level of a tree among ``rows`` (all data rows when there is no tree)."""
    data = [r for r in rows if r.kind == RowKind.DATA]
    if any(r.level is not None for r in data):
        return [r for r in data if r.parent is None]
    return data


def columns(table: Table, roles: list[ColumnRole]) -> list[Column]:
    """Every column whose role is in ``roles``, in table order."""
    return [c for c in table.columns if c.role in roles]


def total_scopes(table: Table) -> Iterator[tuple[Row, list[Row]]]:
    """Each total row with the rows it adds up: the top level since the last total."""
    start = 0
    for position, row in enumerate(table.rows):
        if row.kind != RowKind.TOTAL:
            continue
        yield row, roots(table, table.rows[start:position])
        start = position + 1
