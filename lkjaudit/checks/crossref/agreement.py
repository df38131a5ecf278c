"""When two copies of a figure agree: same unit, overlapping rounding intervals.

A copy is compared as printed, in whole rupiah whatever scale its table prints
it in; the copies that agree with one another form a cluster.
"""

from __future__ import annotations

from decimal import Decimal

from lkjaudit.checks.copies import Copy
from lkjaudit.checks.interval import Interval, printed
from lkjaudit.engine.context import Context
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Column
from lkjaudit.model.values import Value

__all__ = ["Item", "agree", "clusters_of", "location", "precision", "rupiah"]

# a copy, the column it gives the figure in, and the figure
Item = tuple[Copy, Column, Value]


# a figure as compared: its unit, its number and the interval its print stands for,
# a budget figure in whole rupiah whatever scale its table prints it in
_Shape = tuple[str, Decimal | None, Interval]


def _shape(col: Column, value: Value) -> _Shape:
    if not col.scale:
        return value.unit or "", value.number, printed(value)
    assert value.number is not None
    factor = Decimal(1).scaleb(col.scale)
    return value.unit or "", col.rupiah(value.number), printed(value).scale(factor)


def rupiah(item: Item) -> Decimal | None:
    """An item's figure in whole rupiah (as printed when it is not a budget)."""
    number = item[2].number
    return item[1].rupiah(number) if number is not None else None


def precision(item: Item) -> int:
    """The decimals of an item's figure in whole rupiah (-3 for whole thousands)."""
    return item[2].decimals - item[1].scale


def _shapes_agree(a: _Shape, b: _Shape) -> bool:
    """Same unit (or one without), and rounding intervals that overlap."""
    if a[0] != b[0] and a[0] and b[0]:
        return False
    return (a[2].lo < b[2].hi and b[2].lo < a[2].hi) or a[1] == b[1]


def agree(a: Item, b: Item) -> bool:
    """Two copies give the same figure (as :func:`_shapes_agree`)."""
    return _shapes_agree(_shape(a[1], a[2]), _shape(b[1], b[2]))


def clusters_of(items: list[Item]) -> list[list[Item]]:
    """Copies that agree with one another, biggest cluster first (ties: in order)."""
    if not items:
        return []
    # NOTE: the usual case, every copy printing the same figure the same way, is
    # told from the prints alone, before any figure is put in rupiah
    first = items[0]
    shown, scale = first[2], first[1].scale
    number, unit, decimals = shown.number, shown.unit, shown.decimals
    for item in items:
        value = item[2]
        if (
            value.number != number
            or value.unit != unit
            or value.decimals != decimals
            or item[1].scale != scale
        ):
            break
    else:
        return [items]  # NOTE: the usual case: every copy prints the same figure
    distinct: dict[tuple[Decimal | None, str | None, int], list[Item]] = {}
    for item in items:
        value = item[2]
        key = (rupiah(item), value.unit, precision(item))
        distinct.setdefault(key, []).append(item)
    if len(distinct) == 1:
        return [items]  # NOTE: the usual case: every copy prints the same figure
    centres = list(distinct.values())
    # NOTE: once per distinct figure, not per pair
    shapes = [_shape(group[0][1], group[0][2]) for group in centres]
    clusters: list[list[Item]] = []
    for shape in shapes:
        members: list[Item] = []
        for group, other in zip(centres, shapes, strict=True):
            if _shapes_agree(shape, other):
                members.extend(group)
        clusters.append(members)
    clusters.sort(key=lambda c: -len(c))
    return clusters


def location(ctx: Context, item: Item) -> Location:
    """The cell a copy gives its figure in."""
    copy, col, _ = item
    return ctx.cell_location(copy.table, copy.row, col)
