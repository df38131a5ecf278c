"""Quarter (triwulan) columns: what period a header names.

A triwulan report lays its figures out by quarter: ``Target`` over ``TW I | TW II |
TW III | TW IV``, ``Realisasi`` over ``TW I | TW II | TW III | s.d. TW III``. Each
quarter's column is a *part*; ``s.d. TW III`` (``Kumulatif``, ``sampai dengan
Triwulan III``) is the running total of the parts up to that quarter. The header is
read for its meaning only; nothing is keyed to a table's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lkjaudit.analysis.cells import norm
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, Table

__all__ = [
    "FactPeriod",
    "Period",
    "fact_period",
    "only_period",
    "only_year",
    "period_of",
    "same_fact",
]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_UNTIL = r"(?:s d|sd|sampai dengan|sampai|hingga|kumulatif(?: s d| sd)?)"
_QUARTER = r"(?:tw|trw|triwulan|tri wulan)"
_HALF = r"(?:semester|smt)"
_PERIOD = lazy(
    rf"(?:^|\b)(?:(?P<until>{_UNTIL}) )?"
    rf"(?:{_QUARTER} ?(?:ke ?)?(?P<n>iv|i{{1,3}}|[1-4])"
    rf"|{_HALF} ?(?:ke ?)?(?P<half>ii|i|[12]))\b"
)
_CUMULATIVE = lazy(r"\bkumulatif\b")


@dataclass(frozen=True)
class Period:
    """The quarter a header names, and whether it is the total up to it."""

    quarter: int | None  # 1-4; None for a bare "Kumulatif"
    cumulative: bool


@lru_cache(maxsize=4096)
def period_of(text: str) -> Period | None:
    """The quarter a header names (``TW II``, ``s.d. Triwulan III``), or None.

    A header naming two quarters or none names no one period. A half year is
    named by the quarter it ends with: ``Semester I`` is the total up to TW II,
    ``s.d. Semester II`` the total up to TW IV; a bare ``Semester II`` (TW III
    and TW IV) names two quarters. (Memoised: the copies of a figure ask again
    for the same few headers.)
    """
    t = norm(text)
    found = list(_PERIOD.finditer(t))
    if len(found) > 1:
        return None
    if not found:
        return Period(None, True) if _CUMULATIVE.search(t) else None
    match = found[0]
    if re.match(r" (?:iv|i{1,3}|[1-4])\b", t[match.end() :]):
        return None  # "TW I-II": two quarters
    until = bool(match.group("until")) or bool(_CUMULATIVE.search(t))
    if match.group("half"):
        first = _ROMAN[match.group("half")] == 1
        return Period(2, True) if first else Period(4, True) if until else None
    return Period(_ROMAN[match.group("n")], until)


def only_period(text: str) -> bool:
    """True when a header names a quarter and nothing else (``TW I``, ``s.d. TW II``).

    A half year alone (``Semester I`` under ``Realisasi``) is not taken for one:
    the halves of a year's figure are no quarter's.
    """
    t = norm(text)
    if not t:
        return False
    match = _PERIOD.fullmatch(t)
    return (match is not None and not match.group("half")) or t == "kumulatif"


# a label naming the year alone: "2025", "Tahun 2025", "TA 2025", "Tahunan"
_YEAR_ONLY = lazy(
    r"(?:(?:tahun|thn|th|ta) )?(?:19|20)\d{2}|tahunan(?: (?:19|20)\d{2})?"
)


def only_year(text: str) -> bool:
    """True when a header names a year and nothing else (``2025``, ``Tahunan``).

    Under a group label it dates the group's figure: ``Target`` over ``2025 |
    TW III`` reads as ``Target 2025 | Target TW III``.
    """
    return _YEAR_ONLY.fullmatch(norm(text)) is not None


@dataclass(eq=False, repr=False)
class FactPeriod:
    """The period a figure's column is of, as far as its table tells.

    ``cumulative`` is None for a quarter named bare (``Realisasi Triwulan II``) in a
    table that splits nothing by quarter: many reports head the figure up to that
    quarter so, and it may be either.
    """

    quarter: int | None
    cumulative: bool | None


def _column_period(col: Column) -> Period | None:
    """The period a column's own header names, else the one its group names."""
    own = period_of(col.header)
    return own if own is not None else period_of(col.group)


def fact_period(table: Table, col: Column) -> FactPeriod | None:
    """The period of the figures in ``col``, or None when its headers name none.

    ``s.d. TW III`` (or ``Kumulatif``) is the total up to the quarter. A bare
    ``TW III`` is that quarter alone when the table has a column of another
    quarter too (``TW I | TW II | TW III``: the parts); alone, it is ambiguous.
    """
    period = _column_period(col)
    if period is None:
        return None
    if period.cumulative or period.quarter is None:
        return FactPeriod(period.quarter, True)
    for other in table.columns:
        if other is col:
            continue
        seen = _column_period(other)
        if seen is not None and not seen.cumulative and seen.quarter != period.quarter:
            return FactPeriod(period.quarter, False)
    return FactPeriod(period.quarter, None)


def same_fact(a: FactPeriod | None, b: FactPeriod | None) -> bool:
    """Whether figures of these two periods may be copies of one fact.

    Two quarters are never the same figure, nor are one quarter's part and the
    total up to it; a column naming no period, or a bare quarter that may mean
    either, may be a copy of any figure of its quarter.
    """
    if a is None or b is None:
        return True
    if a.quarter is not None and b.quarter is not None and a.quarter != b.quarter:
        return False
    return a.cumulative is None or b.cumulative is None or a.cumulative == b.cumulative
