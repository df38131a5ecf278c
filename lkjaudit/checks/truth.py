"""The value a table cell should hold: as printed, or recomputed when it is wrong.

A sentence that repeats a table figure which is itself miscalculated is wrong too,
so claims are compared with the recomputed value: capaian = realisasi / target
(or a lower-is-better formula, as the ``ratio`` rules judge it: the very verdicts
of :func:`~lkjaudit.checks.arithmetic.ratio_verdicts`), % anggaran = realisasi /
anggaran, a share = the row's count / the total, and an inner count of a staff or
asset table that its row's Jumlah and the JUMLAH row both correct
(:func:`~lkjaudit.checks.crossing.crossing`) is that corrected count.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from lkjaudit.checks.arithmetic import RatioOptions, Verdict, ratio_verdicts
from lkjaudit.checks.common import fraction_column, is_figure
from lkjaudit.checks.crossing import (
    category_sum,
    category_tie,
    category_total,
    crossing,
    sum_tie,
)
from lkjaudit.checks.interval import Interval, agrees, operand, printed
from lkjaudit.checks.shares import counted, share, share_part
from lkjaudit.checks.support import supported, supported_value
from lkjaudit.checks.witnesses import BUDGET, memo
from lkjaudit.engine.context import Context
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table
from lkjaudit.model.values import Value

__all__ = ["CAPAIAN", "Truth", "capaian_options", "truth"]

R = ColumnRole
HUNDRED = Decimal(100)
_RATIOS = {
    R.CAPAIAN: (R.REALISASI, R.TARGET),
    R.PERSEN_ANGGARAN: (R.REALISASI_ANGGARAN, R.ANGGARAN),
}
# NOTE: the options of the built-in rule capaian-equals-realisasi-over-target
CAPAIAN = RatioOptions(
    numerator=R.REALISASI, denominator=R.TARGET, result=R.CAPAIAN, polarity="auto"
)


def capaian_options(ctx: Context) -> RatioOptions:
    """The options of the run's capaian rule, as its user configured them.

    The capaian rule is the enabled rule whose ``ratio`` computes the capaian from
    realisasi and target (its ``polarity`` and ``lower_is_better`` may be the
    user's); the built-in rule's options when the run has none.
    """
    for opts in ctx.configured("ratio"):
        if isinstance(opts, RatioOptions) and (
            opts.numerator,
            opts.denominator,
            opts.result,
        ) == (R.REALISASI, R.TARGET, R.CAPAIAN):
            return opts
    return CAPAIAN


@dataclass(eq=False, repr=False)
class Truth:
    """What a cell should say, and whether that differs from what it prints."""

    interval: Interval
    printed: Value
    recomputed: bool
    # NOTE: what it may as rightly hold: the other lower-is-better formula's
    # figure, for a capaian no formula reproduces whose report states none, and
    # the other target's, in a table with the year's and the quarter's
    others: tuple[Interval, ...] = ()


def _ratio(
    table: Table, row: Row, col: Column, report: Report | None
) -> Interval | None:
    num_role, den_role = _RATIOS[col.role]
    num_col, den_col = table.column(num_role), table.column(den_role)
    if num_col is None or den_col is None:
        return None
    num, den = table.value(row, num_col), table.value(row, den_col)
    if report is not None and is_figure(num) and is_figure(den):
        num, _ = supported_value(report, table, row, num_col)
        den, _ = supported_value(report, table, row, den_col)
    if not (is_figure(num) and is_figure(den)) or den.number == 0:
        return None
    if num.unit and den.unit and num.unit != den.unit:
        return None
    return (operand(num) / operand(den)).scale(HUNDRED)


def _alternatives(table: Table, row: Row, col: Column) -> list[Interval]:
    """Lower-is-better readings of a capaian that reports legitimately use."""
    num_col, den_col = table.column(R.REALISASI), table.column(R.TARGET)
    if col.role != R.CAPAIAN or num_col is None or den_col is None:
        return []
    num, den = operand(table.value(row, num_col)), operand(table.value(row, den_col))
    found = [(Interval.exact(Decimal(2)) - num / den).scale(HUNDRED)]
    if not num.lo <= 0 <= num.hi:
        found.append((den / num).scale(HUNDRED))
    return found


def _share(
    table: Table, row: Row, col: Column, report: Report | None
) -> Interval | None:
    """The row's count over the JUMLAH row's.

    Each at the count its categories support when ``report`` is given
    (:func:`~lkjaudit.checks.shares.counted`).
    """
    part_col = share_part(table)
    if part_col is None:
        return None
    found = share(table, row, part_col, report)
    return found.interval if found is not None and found.total_row else None


_MEMO: dict[tuple[Any, ...], tuple[Table, Truth | None]] = {}
_VERDICTS: dict[tuple[Any, ...], tuple[Table, dict[int, Verdict]]] = {}


def _verdicts(
    table: Table, report: Report | None, capaian: RatioOptions
) -> dict[int, Verdict]:
    """The capaian rule's verdicts on a table (memoised)."""
    key = (id(table), id(report), capaian)
    hit = _VERDICTS.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]
    found = ratio_verdicts(table, capaian, report)
    if len(_VERDICTS) > 10_000:
        _VERDICTS.clear()
    _VERDICTS[key] = (table, found)
    return found


def truth(
    table: Table,
    row: Row,
    col: Column,
    report: Report | None = None,
    capaian: RatioOptions = CAPAIAN,
) -> Truth | None:
    """The value a cell should hold; None when it holds no figure (memoised).

    With ``report``, a budget figure that the report's own redundancy shows to be
    wrong (:func:`~lkjaudit.checks.support.supported`) should hold the figure it
    supports, and a budget % is recomputed from such figures. A capaian is judged
    as the capaian rule with the options ``capaian`` judges it
    (:func:`capaian_options`: the run's, as the user configured them).
    """
    key = (id(table), row.index, col.index, id(report), capaian)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]
    found = _truth(table, row, col, report, capaian)
    if found is not None and col.role in _RATIOS and _in_fractions(table, col):
        found = _as_percent(found)
    if len(_MEMO) > 100_000:
        _MEMO.clear()
    _MEMO[key] = (table, found)
    return found


_FRACTIONS: dict[tuple[int, int], tuple[Table, bool]] = {}


def _in_fractions(table: Table, col: Column) -> bool:
    """Whether a ratio column prints every ratio as a fraction of one (memoised)."""
    key = (id(table), col.index)
    hit = _FRACTIONS.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]
    num_role, den_role = _RATIOS[col.role]
    num, den = table.column(num_role), table.column(den_role)
    found = (
        num is not None
        and den is not None
        and table.column(col.role) is col
        and fraction_column(table, (col, num, den))
    )
    if len(_FRACTIONS) > 10_000:
        _FRACTIONS.clear()
    _FRACTIONS[key] = (table, found)
    return found


def _as_percent(found: Truth) -> Truth:
    """A truth of a column of fractions of one (``0,98``), in percent (98%).

    What a sentence quotes and a count counts is the percentage; the cell's own
    rule judges it as the fraction it prints.
    """
    value = found.printed
    number = value.number
    assert number is not None
    shown = replace(
        value,
        number=number * HUNDRED,
        decimals=max(0, value.decimals - 2),
        unit="%",
        parts=(),
    )
    return Truth(
        found.interval.scale(HUNDRED),
        shown,
        found.recomputed,
        tuple(other.scale(HUNDRED) for other in found.others),
    )


def _truth(
    table: Table, row: Row, col: Column, report: Report | None, capaian: RatioOptions
) -> Truth | None:
    value = table.value(row, col)
    if not is_figure(value):
        return None
    shown = (
        printed(value) if value.decimals else Interval.exact(value.number or Decimal(0))
    )
    computed: Interval | None = None
    others: tuple[Interval, ...] = ()
    if report is not None and col.role in BUDGET:
        found = supported(report, table, row, col)
        if found is not None:
            computed = Interval.exact(found.value)
    elif col.formula is None and col.role in _RATIOS:
        if col.role == R.CAPAIAN and table.column(col.role) is col:
            verdict = _verdicts(table, report, capaian).get(row.index)
            if verdict is not None:
                computed = verdict.expected
                others = tuple(
                    alt[1] for alt in (verdict.other, verdict.other_target) if alt
                )
        else:
            # NOTE: a budget % (no polarity to settle: each row on its own, only
            # the rows asked for) or a second capaian column, which no rule judges
            computed = _ratio(table, row, col, report)
            if computed is not None and any(
                agrees(alt, value) for alt in _alternatives(table, row, col)
            ):
                computed = None
    elif col.role == R.PERSEN_TOTAL:
        computed = _share(table, row, col, report)
    elif report is not None and col.role == R.EFISIENSI:
        # NOTE: the figure efficiency-formula expects of it (the table's formula)
        from lkjaudit.checks.efficiency import expected_efisiensi

        key = ("efisiensi-expected", id(table), col.index)
        wrong = memo(report, key, lambda: expected_efisiensi(table, col))
        computed = wrong.get(row.index)
    elif report is not None and col.role == R.JUMLAH:
        # NOTE: the count the shares are judged from: a Jumlah its categories
        # correct (row-total-equals-sum-of-categories), a JUMLAH with its rows
        fix = counted(report, table, row, col)
        if fix is not None:
            computed = Interval.exact(fix.value)
        elif (tied := sum_tie(report, table)) is not None and any(
            row is r for r in tied
        ):
            # NOTE: its Jumlah or a category of it is off, either: its print
            # and its categories' sum are as right
            summed = category_sum(table, row, table.columns_with(R.KATEGORI))
            if summed is not None and not agrees(summed, value):
                return Truth(shown, value, False, (summed,))
    elif report is not None and col.role == R.REALISASI:
        # NOTE: a running total (s.d. TW III) its capaian and its quarters both
        # put at the quarters' sum (realisasi-kumulatif-equals-sum-of-triwulan)
        from lkjaudit.checks.quarters import capaian_total

        running = capaian_total(report, table, row)
        if running is not None and running.col is col:
            computed = Interval.exact(running.total)
    elif report is not None and col.role == R.KATEGORI:
        # NOTE: the one inner count its row's Jumlah and the JUMLAH row both
        # correct (category-count-agrees-with-both-totals), or a JUMLAH row's
        # category total its column and its row's Jumlah both correct
        found_cell = crossing(report, table)
        if found_cell is not None and found_cell.row is row and found_cell.col is col:
            computed = Interval.exact(found_cell.value)
        elif (total := category_total(report, table, row, col)) is not None:
            computed = Interval.exact(total)
        elif (tie := category_tie(report, table, row, col)) is not None:
            # NOTE: its column gives the print, its row another figure: as right
            return Truth(shown, value, False, (Interval.exact(tie),))
    if computed is None or agrees(computed, value):
        return Truth(shown, value, False)
    return Truth(computed, value, True, others)
