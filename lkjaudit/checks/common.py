"""Shared option types and helpers for the check families."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjaudit.engine.context import display, shown
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind, parse_value

__all__ = [
    "amount",
    "checked_rows",
    "is_figure",
    "printed",
    "roots",
    "total_scopes",
]

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType has
# a __getattr__), about twenty times a module constant; helpers run per cell use these
_FIGURE_KINDS = (ValueKind.NUMBER, ValueKind.DASH)
_MALFORMED, _NUMBER = ValueKind.MALFORMED, ValueKind.NUMBER
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


def printed(table: Table, row: Row, col: Column, value: Value | None = None) -> str:
    """A cell's figure as printed, its unit in the one form findings write it.

    A figure whose unit stands in a cell of its own (a ``Satuan`` column, or a
    unit cell beside the figure: ``93 | %``) was never printed with it: it is
    written as a computed figure is (:func:`~lkjaudit.engine.context.display`),
    ``93%`` as an expected ``95%``, rather than the cells' ``93 %``. Any other
    figure is shown as its cell prints it (:func:`~lkjaudit.engine.context.shown`).
    ``value`` is the cell's value when the caller holds it already.
    """
    if value is None:
        value = table.value(row, col)
    if value.unit is None or value.number is None or value.kind is not _NUMBER:
        return shown(value)
    if col.index in row.inherited and row.entity is not None:
        row = table.row(row.entity)  # NOTE: a value merged from the row above
    if parse_value(table.cell(row, col).text).unit is not None:
        return shown(value)  # NOTE: the cell prints its unit itself
    return display(value.number, value)


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
