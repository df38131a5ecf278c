"""Shared option types and helpers for the check families."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.engine.context import display, shown
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import (
    Quantity,
    Value,
    ValueKind,
    format_value,
    parse_value,
)

__all__ = [
    "amount",
    "checked_rows",
    "exceeded_target",
    "fraction_column",
    "is_figure",
    "printed",
    "range_end",
    "ratio_readings",
    "roots",
    "total_scopes",
]

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType has
# a __getattr__), about twenty times a module constant; helpers run per cell use these
_FIGURE_KINDS = (ValueKind.NUMBER, ValueKind.DASH)
_MALFORMED, _NUMBER = ValueKind.MALFORMED, ValueKind.NUMBER
_RANGE = ValueKind.RANGE
_DATA, _TOTAL = RowKind.DATA, RowKind.TOTAL
HUNDRED = Decimal(100)
R = ColumnRole


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


def ratio_readings(
    ratio_col: Column, ratio: Value, num: Value, den: Value
) -> list[Interval] | None:
    """The ratio's readings of numerator and denominator, as fractions of one.

    None when one of the three is no figure, the units differ or the
    denominator may be zero.
    """
    if (
        ratio_col.role == R.CAPAIAN
        and den.kind is _RANGE
        and den.bounds is not None
        and is_figure(ratio)
        and is_figure(num)
    ):
        return _range_readings(num, den)
    if not (is_figure(ratio) and is_figure(num) and is_figure(den)):
        return None
    if num.unit and den.unit and num.unit != den.unit:
        return None
    top, bottom = operand(num), operand(den)
    if bottom.lo <= 0 <= bottom.hi:
        return None
    readings = [top / bottom]
    if ratio_col.role == R.CAPAIAN:
        # NOTE: the lower-is-better readings the capaian rule accepts
        readings.append(Interval.exact(Decimal(2)) - top / bottom)
        if not top.lo <= 0 <= top.hi:
            readings.append(bottom / top)
    return readings


def _range_readings(num: Value, den: Value) -> list[Interval] | None:
    """A capaian's readings against a target range (``6 – 9``, ``≥ 80``).

    Within the range it has been met (1); against either end, as the capaian
    rule reads a realisasi outside it: realisasi / end, 2 − realisasi / end and
    end / realisasi. None when the units differ.
    """
    if num.unit and den.unit and num.unit != den.unit:
        return None
    bounds = den.bounds
    assert bounds is not None and num.number is not None
    top = operand(num)
    readings = [Interval.exact(Decimal(1))] if bounds.contains(num.number) else []
    for end in (bounds.low, bounds.high):
        if not end:
            continue
        edge = Interval.exact(end)
        readings += [top / edge, Interval.exact(Decimal(2)) - top / edge]
        if not top.lo <= 0 <= top.hi:
            readings.append(edge / top)
    return readings or None


def fraction_column(table: Table, cols: tuple[Column, Column, Column]) -> bool:
    """True when the ratio column prints its ratios as fractions of one.

    Every row whose ratio can be read fits it unscaled or not at all, none
    fits it as a percentage, none prints a ``%``, and the rows that fit it
    unscaled are two or more and most of those read. One ``0,85`` among
    percentages is a wrong figure, never a fraction.
    """
    ratio_col = cols[0]
    read = fractions = 0
    for row in table.rows:
        if ratio_col.index in row.inherited:
            continue
        ratio = table.value(row, ratio_col)
        if is_figure(ratio) and ratio.unit == "%":
            return False
        readings = ratio_readings(
            ratio_col, ratio, *(table.value(row, c) for c in cols[1:])
        )
        if readings is None:
            continue
        percent = any(agrees(r.scale(HUNDRED), ratio) for r in readings)
        fraction = any(agrees(r, ratio) for r in readings)
        if percent and fraction:
            continue  # NOTE: a zero (nothing realised yet) reads both ways
        read += 1
        if percent:
            return False
        if fraction:
            fractions += 1
    return fractions >= 2 and 2 * fractions > read


def range_end(value: Value, high: bool) -> Value | None:
    """A target range's low or high end as a figure of its own; None when open.

    The end keeps the range's unit and its own printed decimals: ``85 %`` of
    ``60 - 85 %``.
    """
    bounds = value.bounds
    if bounds is None:
        return None
    end, decimals = (
        (bounds.high, bounds.high_decimals)
        if high
        else (bounds.low, bounds.low_decimals)
    )
    if end is None:
        return None
    raw = format_value(end, decimals, value.unit)
    part = Quantity(raw=raw, number=end, unit=value.unit, decimals=decimals)
    return Value(
        raw=raw,
        kind=_NUMBER,
        number=end,
        unit=value.unit,
        decimals=decimals,
        parts=(part,),
    )


def exceeded_target(value: Value) -> Value | None:
    """The figure a realisation is judged to run far above: the target itself.

    A bound from below (``≥ 80``, ``min 80``) is judged at its figure as a plain
    target is; a range with a high end (``60 - 85``, ``≤ 5``) is no figure to run
    far above: above its high end the target is missed, and the capaian says so.
    """
    if value.kind is not _RANGE:
        return value
    assert value.bounds is not None
    if value.bounds.high is not None:
        return None
    return range_end(value, high=False)
