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


class Interval(NamedTuple):
    """A closed interval [lo, hi] of Decimals (a tuple: cheap to build)."""

    lo: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, number: Decimal) -> Interval:
        """The interval holding just ``number``."""
        return cls(number, number)

    @property
    def mid(self) -> Decimal:
        """The midpoint: the value computed from the printed figures."""
        return (self.lo + self.hi) / 2

    def __add__(self, other: Interval) -> Interval:  # type: ignore[override]
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:  # type: ignore[override]
        if other.lo == other.hi:
            return self.scale(other.lo)
        ends = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(ends), max(ends))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("divisor interval contains zero")
        if other.lo == other.hi:  # NOTE: an exact divisor: two divisions, not four
            lo, hi = self.lo / other.lo, self.hi / other.lo
            return Interval(lo, hi) if lo <= hi else Interval(hi, lo)
        ends = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(ends), max(ends))

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by a constant."""
        lo, hi = self.lo * factor, self.hi * factor
        return Interval(lo, hi) if lo <= hi else Interval(hi, lo)


@lru_cache(maxsize=32)
def _half_ulp(decimals: int) -> Decimal:
    return Decimal(5).scaleb(-(decimals + 1))


def operand(value: Value) -> Interval:
    """An input figure: exact when printed as an integer, else its rounding interval."""
    assert value.number is not None
    if value.decimals == 0:
        return Interval.exact(value.number)
    half = _half_ulp(value.decimals)
    return Interval(value.number - half, value.number + half)


def printed(value: Value) -> Interval:
    """A result figure: every number that rounds (half up) to what is printed."""
    assert value.number is not None
    half = _half_ulp(value.decimals)
    return Interval(value.number - half, value.number + half)


def agrees(expected: Interval, value: Value) -> bool:
    """True when some value in ``expected`` prints as ``value``.

    Rounding is half up, so the printed interval is [p − h, p + h).
    """
    shown = printed(value)
    return expected.lo < shown.hi and expected.hi >= shown.lo
