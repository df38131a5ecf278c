"""Rounding-aware comparisons: judged from the printed precision, no epsilon."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.model.values import parse_value


def v(text: str):
    return parse_value(text)


def test_a_printed_figure_stands_for_its_rounding_interval() -> None:
    exact = Interval.exact(Decimal("79.665"))
    assert agrees(exact, v("79,67%"))  # 79,665 rounds half up to 79,67
    assert not agrees(Interval.exact(Decimal("79.675")), v("79,67%"))  # to 79,68
    assert not agrees(Interval.exact(Decimal("79.6649")), v("79,67%"))


def test_integers_are_exact_operands_but_rounded_results() -> None:
    assert operand(v("89%")) == Interval.exact(Decimal(89))
    assert operand(v("70,91%")) == Interval(
        Decimal("70.905"), Decimal("70.915"), Decimal("70.91")
    )
    assert agrees(Interval.exact(Decimal("9.5238")), v("10%"))  # 0 decimals: ±0,5
    assert not agrees(Interval.exact(Decimal("9.5238")), v("10,00%"))


def test_the_expected_figure_is_the_printed_figures_result_not_the_midpoint() -> None:
    # 2 − 7,9 / 8,5 = 1,070588…: 107,06; the interval from the rounded operands,
    # [105,92; 108,19], is centred on 107,05
    two = Interval.exact(Decimal(2))
    got = (two - operand(v("7,9")) / operand(v("8,5"))).scale(Decimal(100))
    assert round(got.mid, 2) == Decimal("107.06")
    assert round((got.lo + got.hi) / 2, 2) == Decimal("107.05")
    # an interval built without a point falls back to its midpoint
    assert Interval(Decimal(1), Decimal(3)).mid == Decimal(2)


def test_an_operands_rounding_widens_the_result() -> None:
    # 66,67% / 80% = 83,3375 rounds to 83,34; but 66,67 stands for [66,665; 66,675),
    # so 83,33 is reproducible and must pass
    got = (operand(v("66,67%")) / operand(v("80%"))).scale(Decimal(100))
    assert agrees(got, v("83,33%"))
    assert agrees(got, v("83,34%"))
    assert not agrees(got, v("83,36%"))


@pytest.mark.parametrize(
    ("a", "b"),
    [("1", "2"), ("-3", "4"), ("-5", "-6")],
)
def test_interval_arithmetic_contains_every_combination(a: str, b: str) -> None:
    x = Interval(Decimal(a), Decimal(a) + 1)
    y = Interval(Decimal(b), Decimal(b) + 1)
    for xv in (x.lo, x.hi):
        for yv in (y.lo, y.hi):
            for result, want in ((x + y, xv + yv), (x - y, xv - yv), (x * y, xv * yv)):
                assert result.lo <= want <= result.hi


def test_division_by_an_interval_around_zero_is_refused() -> None:
    with pytest.raises(ZeroDivisionError):
        Interval.exact(Decimal(1)) / Interval(Decimal(-1), Decimal(1))


def _corners(a: Interval, b: Interval, op) -> Interval:
    ends = [op(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return Interval(min(ends), max(ends))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("1.5", "2.5"), ("4", "4")),
        (("-2.5", "1.5"), ("-3", "-3")),
        (("7", "7"), ("0.3", "0.7")),
        (("-1", "2"), ("-0.5", "-0.25")),
        (("1", "3"), ("2", "5")),
    ],
)
def test_products_and_quotients_are_the_hull_of_the_corners(a, b) -> None:
    # NOTE: an exact operand takes a shortcut; the result must be the same interval
    x = Interval(Decimal(a[0]), Decimal(a[1]))
    y = Interval(Decimal(b[0]), Decimal(b[1]))
    assert x * y == _corners(x, y, lambda p, q: p * q)
    assert x / y == _corners(x, y, lambda p, q: p / q)
