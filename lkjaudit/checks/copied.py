"""The figure a miscopied target or realisasi stands for, by its other copies.

``figure-same-in-every-table`` reports a copy of an indicator's target or
realisation that its other copies put at another figure. The capaian on the
copy's row is computed from the operands, so when it was worked out from the
right figure it is no second error: the capaian rule takes that operand at the
figure its copies give, as the budget rules take a miscopied pagu at the figure
its witnesses support (:mod:`lkjaudit.checks.support`).

As there, two different kinds of witness must give that figure: the other
copies (one kind however many there are, settled as the copy rule settles them:
most copies, or on a tie the one figure whose own table confirms it, or whose
figure the ratio on the other copy's row was worked out from) and
either the capaian on the copy's own row (it fits that figure and not the
printed one) or a copy's own table (its capaian on its row is right for it).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from lkjaudit.checks.crossref.agreement import agree, precision
from lkjaudit.checks.witnesses import Said
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table
from lkjaudit.prose.cache import per_report

__all__ = ["Copied", "copied"]

_ROLES = (ColumnRole.REALISASI, ColumnRole.TARGET)


class Copied(NamedTuple):
    """The figure a copy's other copies give, and the witnesses that say so.

    ``confirmed`` is True when some copy giving it is confirmed by its own table.
    """

    value: Decimal
    decimals: int
    witnesses: tuple[Said, ...]
    confirmed: bool


def copied(report: Report, table: Table, row: Row, col: Column) -> Copied | None:
    """The figure the other copies settle for a miscopied cell, else None."""
    if col.role not in _ROLES and col.role != ColumnRole.OTHER:
        return None  # NOTE: a quarter's column is a copy of its own period's figure
    return _settled(report).get((id(table), row.index, col.index))


@per_report
def _settled(report: Report) -> dict[tuple[int, int, int], Copied]:
    """Each target or realisasi copy its other copies put at another figure."""
    from lkjaudit.checks.crossref.confirm import confirmed
    from lkjaudit.checks.crossref.figures import report_facts, settle_tie, tied_sides

    found: dict[tuple[int, int, int], Copied] = {}
    for _, role, items, clusters, _ in report_facts(report):
        if role not in _ROLES or clusters is None or len(clusters) < 2:
            continue
        best = clusters[0]
        tied = tied_sides(clusters)
        if len(tied) > 1:
            settled = settle_tie(report, tied)
            if settled is None:
                continue  # NOTE: one against one, nothing to tell them apart
            best = settled
        centre = max(best, key=precision)
        if centre[2].number is None:
            continue
        sure = any(confirmed(report, i) for i in best)
        said = tuple(
            Said(
                centre[2].number,
                "basis.copy",
                ((c.table, c.row, col),),
                c.table.label,
            )
            for c, col, _ in best
        )
        for item in items:
            if any(item is b or agree(item, b) for b in best):
                continue
            copy, col, _ = item
            found[(id(copy.table), copy.row.index, col.index)] = Copied(
                centre[2].number,
                centre[2].decimals,
                said,
                sure,
            )
    return found
