"""The quarter columns of a table as copies of one quarter's figure.

A triwulan table splits a figure by quarter (``Realisasi`` over ``TW I | TW II |
TW III | TW IV``, ``Target TW II``). The column analysis leaves those parts
without a role (:func:`lkjaudit.analysis.columns.assign_columns`); read by their
header they are still a kegiatan's realisasi of TW II, and another table printing
that kegiatan's TW II realisasi prints a copy of the same fact.

A quarter column is a copy only of a figure of exactly its period: the same
quarter, the same reading (one quarter's part, or the running total ``s.d. TW
II``), the same year. A column whose period is ambiguous (a bare ``TW II`` alone
in its table) or that names no period is no copy of a quarter column, with one
exception: a column naming no period in a table whose caption names the total
up to a quarter (``Realisasi Anggaran s.d. Triwulan II``) holds that total when
the report itself is of that quarter.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from lkjaudit.analysis.columns import infer_role
from lkjaudit.analysis.periods import fact_period, period_of
from lkjaudit.checks.common import amount
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, ColumnRole, Report, Table
from lkjaudit.prose.dates import report_period

__all__ = ["Key", "base_column", "plain_key", "quarter_columns"]

_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_OTHER = ColumnRole.OTHER
# the figures of what was done up to the report's period (a plan's are the year's)
_DONE = (ColumnRole.REALISASI, ColumnRole.REALISASI_ANGGARAN, ColumnRole.SISA)


class Key(NamedTuple):
    """The period a quarter's figure is of.

    Its quarter, whether it is the running total up to it, and its year (""
    when nothing names one).
    """

    quarter: int
    cumulative: bool
    year: str


def _year(report: Report, table: Table, col: Column) -> str | None:
    """The year a column's figures are of; None when two years are named.

    The column's own header names it, else the table's caption, else the
    report's cover; "" when none does.
    """
    for text in (f"{col.group} {col.header}", table.caption or ""):
        years: set[str] = set(_YEAR.findall(text))
        if len(years) > 1:
            return None
        if years:
            return years.pop()
    period = report_period(report)
    return str(period.end.year) if period is not None else ""


def _key(report: Report, table: Table, col: Column) -> Key | None:
    """A column's period, when its headers name one quarter and its reading."""
    period = fact_period(table, col)
    if period is None or period.quarter is None:
        return None
    from lkjaudit.checks.quarter_targets import target_reading  # NOTE: it reads us

    # NOTE: a bare "Target TW III" is of the reading its capaian follows
    reading = target_reading(table, col)
    cumulative = period.cumulative if reading is None else reading
    if cumulative is None:
        return None
    year = _year(report, table, col)
    if year is None:
        return None
    return Key(period.quarter, cumulative, year)


def base_column(report: Report, table: Table, role: ColumnRole) -> Column | None:
    """The column of a table that speaks for ``role`` when copies are compared.

    The first column of the role, unless every column of the role names its
    own period (``Realisasi s.d. TW I | Realisasi s.d. TW II``, no plain
    ``Realisasi``; or a lone ``Realisasi s.d. TW I`` in a TW II report). Then a
    plain figure of another table is of the report's period for what was spent
    (realisasi, sisa: the total up to the quarter the cover names; for a TW I
    report that quarter itself; for a yearly one, up to TW IV) and of the year
    for a plan (target, anggaran: up to TW IV), and the column holding that
    total speaks for the table. None when the cover names no period or no
    column is that total: which one another table's plain figure is would be a
    guess (but a lone column of a period stays the table's figure when the
    cover names no period or the whole year). The other columns remain copies
    of their own period (:func:`quarter_columns`).
    """
    first = table.column(role)
    if first is None:
        return None
    same = table.columns_with(role)
    keys = [_key(report, table, col) for col in same]
    if any(key is None for key in keys):
        return first  # NOTE: a column naming no period is the table's figure
    cover = report_period(report)
    quarter = None if cover is None else (cover.end.month + 2) // 3
    if len(same) < 2 and (quarter is None or quarter == 4):
        # NOTE: a lone column of a period stays the table's figure in a report
        # of the whole year, or of no period: another table's bare "TW II" may
        # be the same total up to it
        return first
    if cover is None:
        return None
    quarter = quarter if role in _DONE else 4
    year = str(cover.end.year)
    for col, key in zip(same, keys, strict=True):
        if key is None or key.quarter != quarter or key.year != year:
            continue
        if key.cumulative or quarter == 1:
            return col
    return None


def quarter_columns(
    report: Report, table: Table, role: ColumnRole, base: Column | None
) -> list[tuple[Column, Key]]:
    """The columns of a table holding a quarter's figure of ``role``, but ``base``.

    ``base`` is the table's own column of the role (compared as every other
    copy is). A column is taken when the role is its own or, left without one,
    the one its header reads as (``Realisasi TW II`` of spending), and its
    period is definite (:func:`_key`). Empty when a period has two columns:
    nothing tells which one is the copy.
    """
    found: list[tuple[Column, Key]] = []
    for col in table.columns:
        if col is base or (col.role != role and col.role != _OTHER):
            continue
        if period_of(col.header) is None and period_of(col.group) is None:
            continue  # NOTE: the usual column: it names no quarter
        if col.role == _OTHER and _read_as(col) != role:
            continue
        key = _key(report, table, col)
        if key is not None:
            found.append((col, key))
    keys = [key for _, key in found]
    if len(set(keys)) != len(keys):
        return []
    if base is not None and _running(table, base, found):
        # NOTE: each "TW II" holds the total up to it, as its rows show
        return [(col, key._replace(cumulative=True)) for col, key in found]
    return found


def _running(table: Table, whole: Column, found: list[tuple[Column, Key]]) -> bool:
    """True when a table's quarters are each the running total up to them.

    Some reports print under ``TW II`` the figure up to TW II (targets of 25, 50,
    75 and 100%). The table's own figure of the role (the year's, or the total
    up to a quarter) tells: on the rows where the two readings differ, the last
    quarter's figure equal to it (none falling) says the quarters run, their sum
    equal to it says each is its own; the quarters run when as many rows or
    more say so.
    """
    period = fact_period(table, whole)
    if period is None:
        last = 4  # NOTE: the year's figure
    elif period.cumulative and period.quarter is not None:
        last = period.quarter
    else:
        return False
    parts = {key.quarter: col for col, key in found if not key.cumulative}
    cols = [parts.get(q) for q in range(1, last + 1)]
    if any(col is None for col in cols):
        return False
    votes = {"own": 0, "running": 0}
    for row in table.rows:
        total = amount(table.value(row, whole))
        figures = [amount(table.value(row, col)) for col in cols if col is not None]
        known = [f for f in figures if f is not None]
        if total is None or len(known) != len(cols):
            continue
        own = sum(known, Decimal(0)) == total
        running = known[-1] == total and known == sorted(known)
        if own != running:
            votes["own" if own else "running"] += 1
    return votes["running"] > 0 and votes["running"] >= votes["own"]


def _read_as(col: Column) -> ColumnRole | None:
    """The role a column left without one reads as, by its headers.

    A column of dashes only (the quarters still to come) tells no money from
    performance by its figures: it reads as a role only when its headers do.
    """
    groups = tuple(col.group.split(" / ")) if col.group else ()
    if col.content not in ("dash", "empty"):
        return infer_role(col.header, groups, col.content)
    roles = {infer_role(col.header, groups, content) for content in ("money", "num")}
    return roles.pop() if len(roles) == 1 else None


_QUARTER_LABEL = lazy(r"^(?:triwulan|semester) ")
_SPENT = (ColumnRole.REALISASI, ColumnRole.REALISASI_ANGGARAN)


def plain_key(report: Report, table: Table, col: Column) -> Key | None:
    """The period of a table's own column of a role, when it is definite.

    A column whose headers name a quarter and its reading (``Realisasi s.d. TW
    II``) is of that period. A realisasi column in a table whose columns name no
    period is of the period its table's caption names only when the caption
    names the running total up to a quarter (``s.d. Triwulan II``, ``Semester
    I``) of the report's own year, and the report's cover names that same
    quarter: a bare ``Triwulan II`` in a caption may mean either reading, and a
    target is most often the year's whatever the caption says.
    """
    key = _key(report, table, col)
    if key is not None:
        return key
    if col.role not in _SPENT or _names_period(table):
        return None
    named = period_of(table.caption or "")
    if named is None or named.quarter is None or not named.cumulative:
        return None
    cover = report_period(report)
    if cover is None or not _QUARTER_LABEL.match(cover.label.lower()):
        return None
    if (cover.end.month + 2) // 3 != named.quarter:
        return None
    year = _year(report, table, col)
    if year != str(cover.end.year):
        return None
    return Key(named.quarter, True, year)


def _names_period(table: Table) -> bool:
    """True when a column of the table names a quarter or a half year."""
    return any(
        period_of(col.header) is not None or period_of(col.group) is not None
        for col in table.columns
    )
