"""Exact, rounding-aware arithmetic on printed figures.

A figure printed with decimals stands for every number that rounds to it: ``79,67``
means [79,665; 79,675). An integer (a target, a count, a rupiah amount) is taken as
exact. Computing with intervals carries an operand's rounding into the result, so a
figure that is right "up to the report's own rounding" passes, and nothing else
does. No epsilon anywhere.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from lkjaudit.model.values import Value

__all__ = ["Interval", "agrees", "operand", "printed"]


# NOTE: intervals are built as plain tuples of the class, not through the
# NamedTuple's own ``__new__`` (a Python call that costs three times the
# arithmetic): the checks build hundreds of thousands of them on a large report.
# For the same reason each operator unpacks its operands instead of reading
# their fields one by one, and works out ``at`` inline.
_new = tuple.__new__


class Interval(NamedTuple):
    """A closed interval [lo, hi] of Decimals (a tuple: cheap to build).

    ``at`` is the value computed from the figures as printed, carried through
    the arithmetic: it lies in [lo, hi], and it is what a finding shows as
    expected (a ratio's midpoint is not: 2 − 7,9 / 8,5 is 107,06, while its
    interval from the rounded operands is centred on 107,05). None for an
    interval built without one; :attr:`mid` then falls back to the midpoint.
    """

    lo: Decimal
    hi: Decimal
    at: Decimal | None = None

    @classmethod
    def exact(cls, number: Decimal) -> Interval:
        """The interval holding just ``number``."""
        return _new(cls, (number, number, number))

    @property
    def mid(self) -> Decimal:
        """The value computed from the printed figures (else the midpoint)."""
        return (self.lo + self.hi) / 2 if self.at is None else self.at

    def __add__(self, other: Interval) -> Interval:  # type: ignore[override]
        lo, hi, at = self
        o_lo, o_hi, o_at = other
        at = None if at is None or o_at is None else at + o_at
        return _new(Interval, (lo + o_lo, hi + o_hi, at))

    def __sub__(self, other: Interval) -> Interval:
        lo, hi, at = self
        o_lo, o_hi, o_at = other
        at = None if at is None or o_at is None else at - o_at
        return _new(Interval, (lo - o_hi, hi - o_lo, at))

    def __mul__(self, other: Interval) -> Interval:  # type: ignore[override]
        lo, hi, at = self
        o_lo, o_hi, o_at = other
        if o_lo == o_hi:
            return self.scale(o_lo)
        at = None if at is None or o_at is None else at * o_at
        ends = [lo * o_lo, lo * o_hi, hi * o_lo, hi * o_hi]
        return _new(Interval, (min(ends), max(ends), at))

    def __truediv__(self, other: Interval) -> Interval:
        lo, hi, at = self
        o_lo, o_hi, o_at = other
        if o_lo <= 0 <= o_hi:
            raise ZeroDivisionError("divisor interval contains zero")
        at = None if at is None or not o_at else at / o_at
        if o_lo == o_hi:  # NOTE: an exact divisor: two divisions, not four
            lo, hi = lo / o_lo, hi / o_lo
            return _new(Interval, (lo, hi, at) if lo <= hi else (hi, lo, at))
        ends = [lo / o_lo, lo / o_hi, hi / o_lo, hi / o_hi]
        return _new(Interval, (min(ends), max(ends), at))

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by a constant."""
        lo, hi, at = self
        lo, hi = lo * factor, hi * factor
        at = None if at is None else at * factor
        return _new(Interval, (lo, hi, at) if lo <= hi else (hi, lo, at))


@lru_cache(maxsize=32)
def _half_ulp(decimals: int) -> Decimal:
    return Decimal(5).scaleb(-(decimals + 1))


def operand(value: Value) -> Interval:
    """An input figure: exact when printed as an integer, else its rounding interval.

    An amount in thousands or millions printed to the whole rupiah (``4.650,000``)
    is exact too (``Value.whole``).
    """
    number = value.number
    assert number is not None
    if value.decimals == 0 or value.whole:
        return _new(Interval, (number, number, number))
    half = _half_ulp(value.decimals)
    return _new(Interval, (number - half, number + half, number))


def printed(value: Value) -> Interval:
    """A result figure: every number that rounds (half up) to what is printed."""
    number = value.number
    assert number is not None
    half = _half_ulp(value.decimals)
    return _new(Interval, (number - half, number + half, number))


def agrees(expected: Interval, value: Value) -> bool:
    """True when some value in ``expected`` prints as ``value``.

    Rounding is half up, so the printed interval is [p − h, p + h).
    """
    number = value.number
    assert number is not None
    half = _half_ulp(value.decimals)
    return expected.lo < number + half and expected.hi >= number - half
