"""The target of the quarter reported, printed beside the year's.

A triwulan table often prints two targets: the year's (``Target 2025``, ``Target
Tahunan``) and the one for the quarter it reports on (``Target TW III``, ``Target
Triwulan III``, ``Target s.d. TW III``, ``Target Semester I``). The year's keeps
the table's target role (:mod:`lkjaudit.analysis.columns`): it is the figure the
Perjanjian Kinerja and the other tables copy. The quarter's is read here, by its
header, so the capaian can be judged against whichever of the two its printed
figures follow.
"""

from __future__ import annotations

from lkjaudit.analysis.columns import infer_role
from lkjaudit.analysis.periods import Period, period_of
from lkjaudit.model.report import Column, ColumnRole, Table

__all__ = ["period_target"]

R = ColumnRole


def _period(col: Column) -> Period | None:
    own = period_of(col.header)
    return own if own is not None else period_of(col.group)


def period_target(table: Table) -> Column | None:
    """The column of the target for the quarter reported, beside the year's.

    The one column of a target whose header dates it to a quarter (alone or up
    to it), in a table whose target column names no period, and whose realisasi
    and capaian name no other quarter. None when the table splits its target
    into several quarters (``TW I … TW IV``: :mod:`lkjaudit.checks.quarters`
    reads those).
    """
    year = table.column(R.TARGET)
    realisasi = table.column(R.REALISASI)
    if year is None or realisasi is None or _period(year) is not None:
        return None
    found: list[tuple[Column, Period]] = []
    for col in table.columns:
        period = _period(col)
        if col.role != R.OTHER or period is None or period.quarter is None:
            continue
        groups = (col.group,) if col.group else ()
        if infer_role(col.header, groups, col.content) == R.TARGET:
            found.append((col, period))
    if len(found) != 1:
        return None
    col, period = found[0]
    for other in (realisasi, table.column(R.CAPAIAN)):
        said = _period(other) if other is not None else None
        if said is not None and said.quarter != period.quarter:
            return None
    return col
