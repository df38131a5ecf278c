"""Shared option types and helpers for the check families."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = ["amount", "checked_rows", "is_figure", "roots", "total_scopes"]

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType has
# a __getattr__), about twenty times a module constant; helpers run per cell use these
_FIGURE_KINDS = (ValueKind.NUMBER, ValueKind.DASH)
_MALFORMED = ValueKind.MALFORMED
_DATA, _TOTAL = RowKind.DATA, RowKind.TOTAL


def is_figure(value: Value) -> bool:
    """A number or a dash (a dash counts as zero)."""
    return value.kind in _FIGURE_KINDS and value.number is not None


def amount(value: Value, *, repaired: bool = False) -> Decimal | None:
    """The number a value stands for; a malformed one only when ``repaired``."""
    # NOTE: run per cell: is_figure, inline
    if value.kind in _FIGURE_KINDS and value.number is not None:
        return value.number
    if repaired and value.kind == _MALFORMED:
        return value.repair
    return None


def checked_rows(table: Table) -> Iterator[Row]:
    """Rows that carry figures: data, continuation and total rows."""
    return iter(table.rows)


def roots(table: Table, rows: list[Row]) -> list[Row]:
    """The top level of a tree among ``rows`` (all data rows when there is no tree)."""
    data = [r for r in rows if r.kind == _DATA]
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
        if row.kind != _TOTAL:
            continue
        yield row, roots(table, table.rows[start:position])
        start = position + 1
