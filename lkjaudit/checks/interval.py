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
        return cls(number, number, number)

    @property
    def mid(self) -> Decimal:
        """The value computed from the printed figures (else the midpoint)."""
        return (self.lo + self.hi) / 2 if self.at is None else self.at

    def __add__(self, other: Interval) -> Interval:  # type: ignore[override]
        return Interval(self.lo + other.lo, self.hi + other.hi, _at(self, other, "+"))

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo, _at(self, other, "-"))

    def __mul__(self, other: Interval) -> Interval:  # type: ignore[override]
        if other.lo == other.hi:
            return self.scale(other.lo)
        ends = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(ends), max(ends), _at(self, other, "*"))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("divisor interval contains zero")
        at = _at(self, other, "/")
        if other.lo == other.hi:  # NOTE: an exact divisor: two divisions, not four
            lo, hi = self.lo / other.lo, self.hi / other.lo
            return Interval(lo, hi, at) if lo <= hi else Interval(hi, lo, at)
        ends = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(ends), max(ends), at)

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by a constant."""
        lo, hi = self.lo * factor, self.hi * factor
        at = None if self.at is None else self.at * factor
        return Interval(lo, hi, at) if lo <= hi else Interval(hi, lo, at)


def _at(a: Interval, b: Interval, op: str) -> Decimal | None:
    """The printed figures' own result of ``a op b``, when both carry one."""
    if a.at is None or b.at is None:
        return None
    if op == "+":
        return a.at + b.at
    if op == "-":
        return a.at - b.at
    if op == "*":
        return a.at * b.at
    return a.at / b.at if b.at else None


@lru_cache(maxsize=32)
def _half_ulp(decimals: int) -> Decimal:
    return Decimal(5).scaleb(-(decimals + 1))


def operand(value: Value) -> Interval:
    """An input figure: exact when printed as an integer, else its rounding interval."""
    assert value.number is not None
    if value.decimals == 0:
        return Interval.exact(value.number)
    half = _half_ulp(value.decimals)
    return Interval(value.number - half, value.number + half, value.number)


def printed(value: Value) -> Interval:
    """A result figure: every number that rounds (half up) to what is printed."""
    assert value.number is not None
    half = _half_ulp(value.decimals)
    return Interval(value.number - half, value.number + half, value.number)


def agrees(expected: Interval, value: Value) -> bool:
    """True when some value in ``expected`` prints as ``value``.

    Rounding is half up, so the printed interval is [p − h, p + h).
    """
    shown = printed(value)
    return expected.lo < shown.hi and expected.hi >= shown.lo
