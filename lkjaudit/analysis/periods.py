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

from lkjaudit.analysis.cells import norm

__all__ = ["Period", "only_period", "period_of"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_UNTIL = r"(?:s d|sd|sampai dengan|sampai|hingga|kumulatif(?: s d| sd)?)"
_QUARTER = r"(?:tw|trw|triwulan|tri wulan)"
_PERIOD = re.compile(
    rf"(?:^|\b)(?:(?P<until>{_UNTIL}) )?{_QUARTER} ?(?:ke ?)?(?P<n>iv|i{{1,3}}|[1-4])\b"
)
_CUMULATIVE = re.compile(r"\bkumulatif\b")


@dataclass(frozen=True)
class Period:
    """The quarter a header names, and whether it is the total up to it."""

    quarter: int | None  # 1-4; None for a bare "Kumulatif"
    cumulative: bool


def period_of(text: str) -> Period | None:
    """The quarter a header names (``TW II``, ``s.d. Triwulan III``), or None.

    A header naming two quarters or none names no one period.
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
    return Period(_ROMAN[match.group("n")], until)


def only_period(text: str) -> bool:
    """True when a header names a period and nothing else (``TW I``, ``s.d. TW II``)."""
    t = norm(text)
    if not t:
        return False
    match = _PERIOD.fullmatch(t)
    return match is not None or t == "kumulatif"
