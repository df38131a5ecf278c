"""Row arithmetic: ratios, differences and shares of a total.

Every comparison is exact interval arithmetic on the printed figures (see
:mod:`lkjaudit.checks.interval`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.cells import norm
from lkjaudit.analysis.columns import column_name, other_years
from lkjaudit.analysis.periods import period_of
from lkjaudit.analysis.targets import period_target
from lkjaudit.checks.common import fraction_column, is_figure, printed, range_end
from lkjaudit.checks.copied import copied
from lkjaudit.checks.copies import settled_ranges
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.odd_quarter import OddQuarter, quarter_fix
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.polarity import LOWER_IS_BETTER, Polarity, row_polarity
from lkjaudit.checks.shares import rows_total, share, share_part
from lkjaudit.checks.support import (
    Support,
    doubted_rows,
    supported_cells,
    supported_value,
)
from lkjaudit.checks.witnesses import BUDGET, Said, children_total, scope_sums
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table
from lkjaudit.model.values import Value, ValueKind
from lkjaudit.prose.formulas import StatedFormulas, stated_formulas

__all__ = [
    "BlankOptions",
    "DifferenceOptions",
    "RatioOptions",
    "ShareOptions",
    "Verdict",
    "blank_sisa",
    "left_blank",
    "range_fits",
    "ratio_verdicts",
    "reported_itself",
    "witnessed_note",
    "witnessed_operands",
]

HUNDRED = Decimal(100)
ONE = Decimal(1)
R_REALISASI, R_TARGET = ColumnRole.REALISASI, ColumnRole.TARGET
R = ColumnRole


class RatioOptions(BaseModel):
    """Options of the ``ratio`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    numerator: ColumnRole
    denominator: ColumnRole
    result: ColumnRole
    percent: bool = True
    polarity: Literal["auto", "higher-is-better"] = "higher-is-better"
    lower_is_better: tuple[str, ...] = LOWER_IS_BETTER


def _polarity(
    table: Table, row: Row, cols: tuple[Column, Column, Column], opts: RatioOptions
) -> Polarity:
    """The row's polarity by its wording (``auto``), else higher-is-better."""
    if opts.polarity != "auto":
        return Polarity.HIGHER
    num, den = (table.value(row, c) for c in cols[:2])
    return row_polarity(table, row, den.unit or num.unit, opts.lower_is_better)


def _role_name(role: ColumnRole, lang: str) -> str:
    try:
        return phrase(f"role.{role.value}", lang)
    except KeyError:
        return role.value


def _operand_name(col: Column, lang: str) -> str:
    """An operand's column as the table prints it (``Realisasi 2024``).

    The year's columns and another year's are named alike, by their header with
    the year their group gives (:func:`~lkjaudit.analysis.columns.column_name`);
    by their role only when they print no header.
    """
    return column_name(col) or _role_name(col.role, lang)


_Operand = tuple[Value, Support | None]


def witnessed_operands(
    report: Report, table: Table, row: Row, cols: tuple[Column, ...]
) -> list[_Operand]:
    """Each operand as the report's redundancy supports it (budget columns only).

    A budget figure that its children, its row and its copies show to be wrong
    is replaced by the figure they support, so a sisa or % computed from the right
    figure is not "corrected" to match the wrong one (the wrong figure has its own
    finding), and one that is wrong is told what the right figure gives.
    """
    found: list[_Operand] = []
    for col in cols:
        if col.role in BUDGET:
            found.append(supported_value(report, table, row, col))
        elif (odd := quarter_fix(report, table, row, col)) is not None:
            found.append(_quarter_operand(table, row, odd))
        else:
            found.append((table.value(row, col), None))
    return found


def _doubted(
    report: Report, table: Table, cols: tuple[Column, ...]
) -> frozenset[int] | None:
    """The rows where :func:`witnessed_operands` may differ from the print.

    A budget cell has a supported figure only on a row its column's witnesses
    dispute (:func:`~lkjaudit.checks.disputed.disputed`, the set
    :func:`~lkjaudit.checks.support.supported` reads), so on every other row the
    operands are as printed and need not be looked up one by one. None (any row)
    when an operand is not a budget column (a quarter's has witnesses of its own).
    """
    found: frozenset[int] = frozenset()
    for col in cols:
        rows = doubted_rows(report, table, col)
        if rows is None:
            return None
        found |= rows
    return found


def _quarter_operand(table: Table, row: Row, odd: OddQuarter) -> _Operand:
    """A quarter's figure at the running total less the other quarters.

    The one quarter its row (the running total, confirmed by its other
    witnesses, less the other quarters) and its column's JUMLAH less the other
    rows put at another figure (:func:`quarter_fix`).
    """
    value = table.value(row, odd.col)
    places = tuple((table, row, c) for c in (odd.total, *odd.others))
    own = Said(odd.value, "basis.running_less", places)
    fix = Support(odd.value, odd.printed, (own, *odd.said))
    return replace(value, kind=ValueKind.NUMBER, number=odd.value), fix


def witnessed_note(
    table: Table,
    row: Row,
    cols: tuple[Column, ...],
    operands: list[_Operand],
    ctx: Context,
) -> str:
    """The operands of a row taken at their supported figure, in words ("" for none)."""
    notes = []
    for col, (value, support) in zip(cols, operands, strict=True):
        if support is None:
            continue
        notes.append(
            phrase(
                "basis.witnessed",
                ctx.lang,
                role=_operand_name(col, ctx.lang),
                value=display(support.value, value),
                by=support.basis(ctx.lang),
                n=support.count,
                printed=printed(table, row, col),  # NOTE: the cell, not the swap
            )
        )
    return "".join(notes)


def reported_itself(
    table: Table, row: Row, col: Column, expected: Interval, ctx: Context
) -> bool:
    """True when a result's own witnesses already put it at the expected figure.

    Its own finding (the sum rule's, or ``witnessed-figure``'s) says the same; the
    sisa of a row whose pagu is wrong is reported once, as a wrong sum.
    """
    if col.role not in BUDGET:
        return False
    own = supported_value(ctx.report, table, row, col)[1]
    return own is not None and expected.lo <= own.value <= expected.hi


_TWO = Interval.exact(Decimal(2))


def _formulas(
    n: Interval, d: Interval, scale: Decimal, lower: bool = True
) -> dict[str, Interval]:
    """The result by each candidate formula for a numerator and a denominator.

    realisasi / target, then (``lower``) the lower-is-better ones: target /
    realisasi (not for a realisasi that may be zero) and 2 − realisasi / target.
    """
    ratio = n / d
    values = {"standard": ratio.scale(scale)}
    if lower:
        if not (n.lo <= 0 <= n.hi):
            values["inverse"] = (d / n).scale(scale)
        values["two_minus"] = (_TWO - ratio).scale(scale)
    return values


def exact_formulas(n: Interval, d: Interval) -> dict[str, Interval]:
    """A capaian in percent by each candidate formula (:func:`_formulas`)."""
    return _formulas(n, d, HUNDRED)


class _RatioRow:
    """The candidate formulas for one row and which ones reproduce the print.

    ``lower`` False (a rule that judges by realisasi / target alone) leaves the
    lower-is-better formulas out: nothing would read them.
    """

    def __init__(
        self, num: Value, den: Value, res: Value, scale: Decimal, lower: bool
    ) -> None:
        self.values = _formulas(operand(num), operand(den), scale, lower)
        self.matches = {name for name, iv in self.values.items() if agrees(iv, res)}


def exact_ratios(table: Table, row: Row) -> dict[str, tuple[Interval, Interval]]:
    """A row's capaian by each formula: over its operands' rounding, and exactly.

    The first interval holds every figure the printed realisasi and target may
    stand for; the second is the figure the printed operands give as printed.
    Empty when the row has no two figures in the same unit, or a zero target.
    """
    num_col, den_col = (
        table.column(ColumnRole.REALISASI),
        table.column(ColumnRole.TARGET),
    )
    if num_col is None or den_col is None:
        return {}
    num, den = table.value(row, num_col), table.value(row, den_col)
    if not (is_figure(num) and is_figure(den)) or not den.number:
        return {}
    if num.unit and den.unit and num.unit != den.unit:
        return {}
    rounded = _formulas(operand(num), operand(den), HUNDRED)
    # NOTE: an interval carries the printed figures' own result (Interval.at)
    return {
        f: (found, Interval.exact(found.at))
        for f, found in rounded.items()
        if found.at is not None
    }


@check(
    "ratio",
    options=RatioOptions,
    provides=("formula", "numerator", "denominator", "computed", "witnessed", "note"),
)
def ratio(table: Table, opts: RatioOptions, ctx: Context) -> Iterator[Violation]:
    """Result = numerator / denominator (× 100 when ``percent``), row by row.

    Skips rows where an operand or the result is not a figure, the denominator is
    zero, the units of numerator and denominator differ, or the result column states
    its own formula in the column-number row (the ``column-formula`` primitive checks
    those). With ``polarity: auto`` an indicator whose wording says lower is better,
    or whose printed figure is reproduced by target / realisasi or
    2 − realisasi / target, is judged by that formula; one whose wording says
    higher is better (the cases handled, a decrease of the bad thing, an output
    count) by realisasi / target only. A capaian whose formula the report's
    sentences state for its indicator (:mod:`lkjaudit.prose.formulas`) is judged
    by that formula alone. A lower-is-better capaian that no formula reproduces
    is expected by the formula the report states for lower-is-better indicators,
    else the one the table's lower-is-better rows use most, and the other one is
    named beside it.
    """
    for cols, found in _ratio_findings(table, opts, ctx):
        if not left_blank(table, cols[2], found):
            yield from found


# (the three columns, their row findings)
_Found = tuple[tuple[Column, Column, Column], list[Violation]]


def _ratio_findings(
    table: Table, opts: RatioOptions, ctx: Context, blank: bool = False
) -> Iterator[_Found]:
    """Each result column's row findings: the year's, then another year's.

    ``blank`` True: only of the columns that print dashes only.
    """
    cols = _ratio_columns(table, opts)
    unit = "%" if opts.percent else None
    if cols is not None and (not blank or _dashes_only(table, cols[2])):
        verdicts = ratio_verdicts(table, opts, ctx.report).values()
        found = [_ratio_violation(table, cols, v, ctx, unit) for v in verdicts]
        if opts.result == ColumnRole.CAPAIAN:
            # NOTE: a cell a sentence shows wrong is one of the column's wrong
            # rows: of a column left blank, it is counted in its one finding
            found.extend(_blamed(table, cols, ctx, unit))
        yield cols, found
    for year in _year_sets(table, (opts.numerator, opts.denominator, opts.result)):
        if blank and not _dashes_only(table, year[2]):
            continue
        judged = _column_verdicts(table, opts, year, ctx.report, witness=False)
        other = judged.found.values()
        yield year, [_ratio_violation(table, year, v, ctx, unit) for v in other]


def left_blank(table: Table, col: Column, found: Collection[object]) -> bool:
    """True when ``col`` was left blank: dashes only, two or more of them wrong.

    ``found`` are the column's row findings. A result column that prints no
    figure but ``-`` on every row was not filled in, though its operands give
    figures: it is one finding of ``column-left-blank``, not one per row. A
    single wrong ``-`` (among figures, or the only one that can be computed)
    stays a row finding.
    """
    return len(found) >= 2 and _dashes_only(table, col)


def blank_sisa(table: Table, col: Column, ctx: Context) -> bool:
    """True when a sisa column was left blank, its witnesses' rows counted.

    ``witnessed-figure`` leaves such a column to ``column-left-blank`` as the
    ``difference`` rules do: both decide on the same rows, the ones either
    puts at another figure (:func:`_wrong_rows`), so a column is reported once
    whichever of them sees more of its rows.
    """
    if not _dashes_only(table, col):
        return False
    for opts in ctx.configured("difference") or _builtin_options("difference"):
        assert isinstance(opts, DifferenceOptions)
        for cols, found in _difference_findings(table, opts, ctx, blank=True):
            if cols[2] is col:
                return len(_wrong_rows(table, col, found, ctx)) >= 2
    return False


def _wrong_rows(
    table: Table, col: Column, found: list[Violation], ctx: Context
) -> list[Violation]:
    """A result column's row findings and the sisa cells its witnesses dispute.

    A sisa the ``difference`` rule takes as reported by its own witnesses (one
    computed from a witnessed operand, :func:`reported_itself`) is still a wrong
    row of its column: it is added at the figure its witnesses support.
    """
    if col.role is not R.SISA:
        return found
    seen = {v.location.row for v in found}
    extra = [
        ctx.violation(
            ctx.cell_location(table, row, col),
            expected=display(fix.value, value),
            actual=printed(table, row, col, value),
        )
        for row, fix in supported_cells(ctx.report, table, col)
        if (value := table.value(row, col)).is_number and row.index not in seen
    ]
    return found + extra


def _dashes_only(table: Table, col: Column) -> bool:
    """True when no row prints anything in ``col`` but a dash (or nothing)."""
    return all(
        col.index in row.inherited or table.value(row, col).kind in _BLANK_KINDS
        for row in table.rows
    )


_BLANK_KINDS = (ValueKind.DASH, ValueKind.EMPTY)


def _year_sets(
    table: Table, roles: tuple[ColumnRole, ColumnRole, ColumnRole]
) -> Iterator[tuple[Column, Column, Column]]:
    """Another year's three columns of these roles (last year's %, sisa).

    ``Anggaran 2024 | Realisasi 2024 | % 2024`` beside the year's: last year's
    % is last year's spending over last year's budget
    (:func:`~lkjaudit.analysis.columns.other_years`). Its operands are taken as
    printed: the report's redundancy witnesses the year's figures only.
    """
    for columns in other_years(table).values():
        a, b, result = (columns.get(role) for role in roles)
        if (
            a is not None
            and b is not None
            and result is not None
            and not result.formula
        ):
            yield a, b, result


def _blamed(
    table: Table, cols: tuple[Column, Column, Column], ctx: Context, unit: str | None
) -> Iterator[Violation]:
    """Capaian cells a sentence right by the printed operands shows wrong.

    Such a cell passes only at the edge of its operands' rounding; it is
    reported at the figure the printed operands give (the sentence's), with
    medium confidence.
    """
    from lkjaudit.checks.walk import walk  # NOTE: the walk judges with our verdicts

    for (table_id, index), (point, formula, _) in walk(ctx.report).blamed.items():
        if table_id == id(table):
            row = table.row(index)
            verdict = Verdict(row, point, formula, None)
            yield _ratio_violation(table, cols, verdict, ctx, unit, Confidence.MEDIUM)


class Verdict(NamedTuple):
    """A row whose printed result is wrong: what it should be, by which formula.

    ``operands`` are the operands taken at their witnessed figure (None when
    both are as printed); ``basis`` is "stated" when the report's sentences
    state the formula for the row's indicator, and ``other`` the other
    lower-is-better formula, named beside the expected one, when the formula
    is only the one the table's lower-is-better rows use most. ``basis`` is
    "stated_lower" when the report states the formula for its lower-is-better
    indicators as a whole.

    In a table with the year's target and the quarter's beside it
    (:func:`~lkjaudit.analysis.targets.period_target`), ``target`` is the target
    column the expected figure is computed against; ``other_target`` the other
    one and the figure it gives, named beside it when the row fits neither, and
    ``by_table`` is True when the row fits the other target only and the table's
    other rows say it is this one.

    In a table printing a quarter's own realisasi beside the running total
    (:func:`~lkjaudit.checks.quarters.own_quarter`), ``realisasi`` is that
    quarter's column when the expected figure is that quarter's realisasi over
    its target (the table's reading).

    Against a target range (``60 - 85 %``, ``≥ 80``), ``formula`` is
    ``range_met`` for a realisasi within it (the capaian is 100%); outside it,
    ``end`` is the range's nearest end, the expected figure's denominator.
    """

    row: Row
    expected: Interval
    formula: str
    operands: list[_Operand] | None
    basis: str | None = None
    other: tuple[str, Interval] | None = None
    target: Column | None = None
    other_target: tuple[Column, Interval] | None = None
    by_table: bool = False
    end: Value | None = None  # of a target range, the end it is computed against
    realisasi: Column | None = None  # the quarter's own, when the table reads it


def _ratio_columns(
    table: Table, opts: RatioOptions
) -> tuple[Column, Column, Column] | None:
    num_col, den_col = table.column(opts.numerator), table.column(opts.denominator)
    res_col = table.column(opts.result)
    if num_col is None or den_col is None or res_col is None or res_col.formula:
        return None
    return num_col, den_col, res_col


def ratio_verdicts(
    table: Table, opts: RatioOptions, report: Report | None
) -> dict[int, Verdict]:
    """The rows whose printed result is wrong (:class:`Verdict`), by row index.

    Without a report, both operands are always as printed and no formula is
    read from the sentences. The ``ratio`` primitive reports them;
    :mod:`lkjaudit.checks.truth` takes the same verdicts, so a sentence or a
    roll-up judges a capaian exactly as the rule does (a lower-is-better
    indicator included).
    """
    cols = _ratio_columns(table, opts)
    if cols is None:
        return {}
    found, judged = _verdicts(table, opts, cols, report)
    found = _summed_total(table, opts, cols, report, found)
    return _own_quarter(table, opts, cols, report, found, judged)


def _verdicts(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
) -> tuple[dict[int, Verdict], set[int]]:
    """The wrong rows by the running total's readings, and the rows judged."""
    year = _column_verdicts(table, opts, cols, report)
    quarter = period_target(table) if opts.denominator == R_TARGET else None
    if quarter is None and opts.denominator == R_TARGET:
        return _up_to_quarter(table, opts, cols, year.found), year.rows
    if quarter is None:
        return year.found, year.rows
    other = _column_verdicts(table, opts, (cols[0], quarter, cols[2]), report)
    return _by_target(year, other), year.rows | other.rows


def _own_quarter(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
    found: dict[int, Verdict],
    judged: set[int],
) -> dict[int, Verdict]:
    """The verdicts once the quarter's own reading is weighed against the others.

    In a table printing a quarter's realisasi beside the running total, and the
    target of that quarter alone (:func:`~lkjaudit.checks.quarters.own_quarter`),
    a capaian may be that quarter's realisasi over its target. The table's
    reading is the one more of the rows judged by both reproduce (the others' on
    a tie, where a row fitting either is right). When it is the quarter's, a
    row it does not reproduce is told its figure (with ``by_table`` when the row
    fits the other readings only); else a row only the quarter's reading
    reproduces keeps its verdict, unless the rows tie.
    """
    from lkjaudit.checks.quarters import own_quarter

    if not found or opts.denominator != R_TARGET or cols[2].role != R.CAPAIAN:
        return found
    if cols[0].role != R_REALISASI:
        return found
    pair = own_quarter(table)
    if pair is None:
        return found
    real_col, target_col = pair
    own = _column_verdicts(table, opts, (real_col, target_col, cols[2]), report)
    both = judged & own.rows
    others_right = sum(k not in found for k in both)
    own_right = sum(own.right(k) for k in both)
    if own_right <= others_right:
        if own_right < others_right:
            return found
        return {k: v for k, v in found.items() if not own.right(k)}
    kept = {k: v for k, v in found.items() if k not in own.rows}
    for k, verdict in own.found.items():
        if k in judged and k not in found:
            verdict = verdict._replace(by_table=True)
        kept[k] = verdict._replace(target=target_col, realisasi=real_col)
    return dict(sorted(kept.items()))


def _summed_total(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
    found: dict[int, Verdict],
) -> dict[int, Verdict]:
    """The verdicts less the rows whose capaian shows the running total wrong.

    A capaian that agrees with the realisasi's quarters added up, and with no
    reading of the printed running total (:func:`~lkjaudit.checks.quarters.
    capaian_total`), is right: the running total is reported, by
    ``realisasi-kumulatif-equals-sum-of-triwulan``.
    """
    from lkjaudit.checks.quarters import capaian_total

    if report is None or not found or cols[0].role != R_REALISASI:
        return found
    if cols[2].role != R.CAPAIAN:
        return found
    return {
        k: verdict
        for k, verdict in found.items()
        if capaian_total(report, table, verdict.row) is None
    }


# a header naming the year its figure is of: "Capaian terhadap Target Tahunan"
_NAMES_PERIOD = lazy(r"\btahun(?:an)?\b|\b(?:19|20)\d{2}\b")


def _up_to_quarter(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    found: dict[int, Verdict],
) -> dict[int, Verdict]:
    """The verdicts less the rows whose result follows the target up to the quarter.

    In a table that splits its target by quarter beside the year's, a capaian
    naming no period (``Capaian (%)``) beside a realisasi up to a quarter
    (``Realisasi s.d. TW III``) may be computed against the year's target or the
    target up to that quarter (:func:`~lkjaudit.checks.quarters.split_targets`),
    by the formula the row is judged by. A capaian whose header names the year
    or a period (``Capaian terhadap Target Tahunan``) is held to it.
    """
    from lkjaudit.checks.quarters import split_targets, target_up_to, year_backed

    label = f"{cols[2].group} {cols[2].header}"
    if _NAMES_PERIOD.search(norm(label)) or period_of(label) is not None:
        return found  # NOTE: "Capaian terhadap Target Tahunan": the year's alone
    split = split_targets(table) if found else None
    if split is None:
        return found
    parts, modes = split
    scale = HUNDRED if opts.percent else Decimal(1)
    kept: dict[int, Verdict] = {}
    for k, verdict in found.items():
        backed = year_backed(table, verdict.row)
        if backed is not None and backed.capaian is cols[2]:
            continue  # NOTE: a quarter's target is wrong; quarter-targets says so
        num, res = table.value(verdict.row, cols[0]), table.value(verdict.row, cols[2])
        for mode in modes:
            target = target_up_to(table, verdict.row, parts, mode)
            if target is None or target.lo <= 0 <= target.hi:
                continue
            values = _formulas(operand(num), target, scale)
            if verdict.formula in values and agrees(values[verdict.formula], res):
                break
        else:
            kept[k] = verdict
    return kept


class _Judged(NamedTuple):
    """One denominator's verdicts: its column, the wrong rows, the rows judged."""

    col: Column
    found: dict[int, Verdict]
    rows: set[int]
    values: dict[int, dict[str, Interval]]  # each row's figure by each formula

    def right(self, k: int) -> bool:
        return k in self.rows and k not in self.found


def _by_target(year: _Judged, quarter: _Judged) -> dict[int, Verdict]:
    """The verdicts of a table with two targets: the one its printed figures follow.

    A row is right when its capaian fits either target. The table's target is
    the one more rows fit alone (the year's on a tie, as a table with one
    target is judged): where the rows said so, a row fitting only the other is
    wrong by the table's (``by_table``); a row fitting neither is told the
    table's figure with the other target's beside it. A row with one target
    only is judged against it.
    """
    both = year.rows & quarter.rows
    alone = sum(quarter.right(k) - year.right(k) for k in both)
    main, side = (quarter, year) if alone > 0 else (year, quarter)
    found: dict[int, Verdict] = {}
    for k in sorted(year.rows | quarter.rows):
        if k not in both:
            only = year if k in year.rows else quarter
            if k in only.found:
                found[k] = only.found[k]._replace(target=only.col)
            continue
        if main.right(k) or (side.right(k) and alone == 0):
            continue
        verdict = main.found[k]._replace(target=main.col)
        if side.right(k):
            verdict = verdict._replace(by_table=True)
        elif (other := side.values[k].get(verdict.formula)) is not None and (
            other != verdict.expected
        ):
            # NOTE: by the formula the row is judged by, not the one the other
            # target's rows (which fit none) would suggest
            verdict = verdict._replace(other_target=(side.col, other))
        found[k] = verdict
    return found


def _column_verdicts(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
    witness: bool = True,
) -> _Judged:
    """The verdicts against the denominator of ``cols``, and the rows judged.

    ``witness`` False takes every operand as printed. A percentage column that
    prints every ratio as a fraction of one (``0,39`` for 39,21%:
    :func:`~lkjaudit.checks.common.fraction_column`) is judged as fractions,
    its wrong rows told the fraction they should print.
    """
    scale = HUNDRED if opts.percent else ONE
    judged = _scaled_verdicts(table, opts, cols, report, witness, scale)
    # NOTE: looked for only when some row is wrong as a percentage
    if (
        judged.found
        and opts.percent
        and fraction_column(table, (cols[2], cols[0], cols[1]))
    ):
        return _scaled_verdicts(table, opts, cols, report, witness, ONE)
    return judged


def _scaled_verdicts(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
    witness: bool,
    scale: Decimal,
) -> _Judged:
    """:func:`_column_verdicts` with the results read at ``scale`` (100 or 1)."""
    rows, taken = _ratio_rows(table, opts, cols, report, witness, scale)
    readings = {row.index: _polarity(table, row, cols, opts) for row, _ in rows}
    lowers = {k: reading is Polarity.LOWER for k, reading in readings.items()}
    stated = _stated(report, opts)
    family = stated.lower if stated else None  # stated for lower-is-better ones
    method = family or _own_lower_method(rows, lowers)
    # NOTE: it judges lower-is-better rows only: not looked for in a table without
    # one (a rule judged by realisasi / target alone computes no other formula)
    lower = any(lowers.values())
    usual = method or (_preferred_lower(rows) if lower else "two_minus")
    found: dict[int, Verdict] = {}
    for row, calc in rows:
        operands = taken.get(row.index)
        name = table.indicator_of(row)
        own = stated.of(name) if stated else None
        if own is None and stated and readings[row.index] is not Polarity.HIGHER:
            # NOTE: one of the lower-is-better indicators a sentence lists
            own = stated.listed_of(name)
        if own is not None and own in calc.values:
            if own not in calc.matches:
                expected = calc.values[own]
                found[row.index] = Verdict(row, expected, own, operands, "stated")
            continue
        reading = readings[row.index]
        formula = _judged_by(calc, reading, usual, method)
        if formula is None:
            continue
        expected = calc.values[formula]
        if family is not None and formula == family and lowers[row.index]:
            found[row.index] = Verdict(row, expected, formula, operands, "stated_lower")
            continue
        other = _other_lower(calc, formula) if not calc.matches else None
        found[row.index] = Verdict(row, expected, formula, operands, None, other)
    values = {row.index: calc.values for row, calc in rows}
    if opts.denominator == R_TARGET:
        met = _stated_range_rows(table, stated)
        ranges = _range_rows(table, cols, scale, usual, method, met, report)
        for row, verdict in ranges:
            values[row.index] = {verdict.formula: verdict.expected} if verdict else {}
            if verdict is not None:
                found[row.index] = verdict
    return _Judged(cols[1], found, set(values), values)


def _range_rows(
    table: Table,
    cols: tuple[Column, Column, Column],
    scale: Decimal,
    usual: str,
    method: str | None,
    met: frozenset[int] = frozenset(),
    report: Report | None = None,
) -> Iterator[tuple[Row, Verdict | None]]:
    """The rows whose target is a range, each with its verdict (None when right).

    A realisasi within the range has met it: its capaian is 100%, or any
    reading against either end (realisasi / end, end / realisasi,
    2 − realisasi / end). Outside it, the capaian is read against the nearest
    end by any of those; above the high end, realisasi / end (more than 100%
    for a target missed) only in a table whose lower-is-better rows show no
    formula of their own (``method``), as a lower-is-better row is judged. A
    figure at the edge of its rounding may be either. A capaian no reading
    reproduces is expected at 100% within the range, realisasi / the low end
    below it, and the table's lower-is-better formula (``usual``) against the
    high end above it. On the rows ``met`` names (by index), whose rule the
    report states (:func:`_stated_range_rows`), a realisasi within the range
    is read at 100% only, and a capaian that is not is reported as the report's
    own rule. A range ``figure-same-in-every-table`` shows miscopied (its
    other copies print another:
    :func:`~lkjaudit.checks.copies.settled_ranges`) whose capaian
    fits that other range is no second error: that finding reports it, and
    the row is taken as right.
    """
    settled = settled_ranges(report) if report is not None else {}
    res_col = cols[2]
    for row in table.rows:
        if res_col.index in row.inherited:
            continue
        num, den, res = (table.value(row, c) for c in cols)
        if den.kind is not ValueKind.RANGE or not (is_figure(num) and is_figure(res)):
            continue
        if num.unit and den.unit and num.unit != den.unit:
            continue
        stated = row.index in met
        figures = (num, den, res)
        verdict = _range_verdict(row, figures, scale, usual, method, stated)
        other = settled.get((id(table), row.index, cols[1].index))
        # NOTE: a capaian worked out from the range the other copies print
        if (
            verdict is not None
            and other is not None
            and scale == HUNDRED
            and _range_verdict(row, (num, other, res), scale, usual, method) is None
        ):
            verdict = None
        yield row, verdict


def _range_verdict(
    row: Row,
    figures: tuple[Value, Value, Value],
    scale: Decimal,
    usual: str,
    method: str | None,
    stated: bool = False,
) -> Verdict | None:
    """A row's verdict against its target range (:func:`_range_rows`)."""
    num, den, res = figures
    low, high = range_end(den, high=False), range_end(den, high=True)
    n = operand(num)
    inside = (low is None or n.hi >= _at(low)) and (high is None or n.lo <= _at(high))
    below = low is not None and n.lo < _at(low)
    above = high is not None and n.hi > _at(high)
    readings: list[Interval] = [Interval.exact(scale)] if inside else []
    # NOTE: a stated "100% bila realisasi dalam rentang" leaves no end to read
    ends = [e for e in (low, high) if e is not None] if inside and not stated else []
    ends += ([low] if below and low else []) + ([high] if above and high else [])
    for each in ends:
        if not _at(each):
            continue
        found = _formulas(n, operand(each), scale)
        if each is high and not inside and method is not None:
            found.pop("standard")  # NOTE: the table computes a missed maximum so
        readings.extend(found.values())
    if any(agrees(reading, res) for reading in readings):
        return None
    point = _at(num)
    assert den.bounds is not None
    if den.bounds.contains(point):
        basis = "stated" if stated else None
        return Verdict(row, Interval.exact(scale), "range_met", None, basis)
    end = low if low is not None and point < _at(low) else high
    if end is None:
        return None
    if not _at(end):
        return None  # NOTE: a range from 0 ("0 - 5"): no ratio to its low end
    formulas = _formulas(n, operand(end), scale)
    formula = "standard" if end is low else usual
    formula = formula if formula in formulas else "two_minus"
    return Verdict(row, formulas[formula], formula, None, end=end)


def range_fits(row: Row, realisasi: Value, target: Value, capaian: Value) -> bool:
    """Whether a capaian (in %) is one a realisasi against a target range gives.

    Any reading :func:`_range_rows` takes counts, the table's own usage aside
    (realisasi / the high end above it included); a realisasi in another unit
    than the range's fits none.
    """
    if realisasi.unit and target.unit and realisasi.unit != target.unit:
        return False
    figures = (realisasi, target, capaian)
    return _range_verdict(row, figures, HUNDRED, "two_minus", None) is None


def _stated_range_rows(table: Table, stated: StatedFormulas | None) -> frozenset[int]:
    """The rows whose indicator the report says has met a range target within it.

    "capaian BOR 100% bila realisasi berada dalam rentang nilai ideal"
    (:meth:`~lkjaudit.prose.formulas.StatedFormulas.range_met`).
    """
    if stated is None or not (stated.ranged or stated.ranged_all):
        return frozenset()
    return frozenset(
        row.index for row in table.rows if stated.range_met(table.indicator_of(row))
    )


def _at(value: Value) -> Decimal:
    """A figure's number (one :func:`range_end` or :func:`is_figure` has vetted)."""
    assert value.number is not None
    return value.number


def _stated(report: Report | None, opts: RatioOptions) -> StatedFormulas | None:
    """The capaian formulas the report's sentences state, for a capaian rule."""
    capaian = (opts.numerator, opts.denominator) == (R_REALISASI, R_TARGET)
    if report is None or opts.polarity != "auto" or not capaian:
        return None
    return stated_formulas(report)


def _other_lower(calc: _RatioRow, formula: str) -> tuple[str, Interval] | None:
    """The other lower-is-better formula, beside a lower-is-better ``formula``.

    Named when it gives another figure: a row that fits no formula is told the
    one its table uses most, and this one too.
    """
    if formula == "standard":
        return None
    other = "two_minus" if formula == "inverse" else "inverse"
    if other not in calc.values or calc.values[other] == calc.values[formula]:
        return None
    return other, calc.values[other]


def _ratio_rows(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
    witness: bool = True,
    scale: Decimal = HUNDRED,
) -> tuple[list[tuple[Row, _RatioRow]], dict[int, list[_Operand]]]:
    """The rows whose result can be computed, and those with a witnessed operand.

    A row is left out when an operand or the result is not a figure, the
    denominator is zero (as printed or witnessed), or the operands' units differ.
    """
    num_col, den_col, res_col = cols
    rows: list[tuple[Row, _RatioRow]] = []
    taken: dict[int, list[_Operand]] = {}  # rows with a witnessed operand
    witnessed = (
        witness
        and report is not None
        and (opts.numerator in BUDGET or opts.denominator in BUDGET)
    )
    lower = opts.polarity == "auto"  # NOTE: else realisasi / target judges alone
    # NOTE: a miscopied target or realisasi is taken at its copies' figure
    copies = witness and (opts.numerator, opts.denominator) == (R_REALISASI, R_TARGET)
    doubted = (
        _doubted(report, table, (num_col, den_col))
        if witnessed and report is not None
        else None
    )
    for row in table.rows:
        if res_col.index in row.inherited:
            continue
        num, den, res = (table.value(row, c) for c in (num_col, den_col, res_col))
        if not (is_figure(num) and is_figure(den) and is_figure(res)):
            continue
        if den.number == 0 or (num.unit and den.unit and num.unit != den.unit):
            continue
        if (
            witnessed
            and report is not None
            and (doubted is None or row.index in doubted)
        ):
            operands = witnessed_operands(report, table, row, (num_col, den_col))
            if any(fix is not None for _, fix in operands):
                (num, _), (den, _) = operands
                if den.number == 0:
                    continue
                taken[row.index] = operands
        calc = _RatioRow(num, den, res, scale, lower)
        if copies and report is not None and not calc.matches:
            moved = _copied_operands(report, table, row, cols, scale)
            if moved is not None:
                (num, _), (den, _) = moved
                calc = _RatioRow(num, den, res, scale, lower)
                taken[row.index] = moved
        if not witness and report is not None and not calc.matches:
            summed = _summed_operands(report, table, row, (num_col, den_col))
            if any(
                _RatioRow(n, d, res, scale, lower).matches
                for n, d in summed
                if d.number
            ):
                continue  # NOTE: right by its rows' sums; the total is reported
        rows.append((row, calc))
    return rows, taken


def _copied_operands(
    report: Report,
    table: Table,
    row: Row,
    cols: tuple[Column, Column, Column],
    scale: Decimal,
) -> list[_Operand] | None:
    """The capaian's operands with a miscopied one at its copies' figure.

    An operand whose other copies settle another figure
    (:func:`~lkjaudit.checks.copied.copied`) is taken at it when a second kind
    of witness gives it too: the capaian on this row (right for it, as it is
    not for the print) or a copy's own table. None when neither operand moves,
    or the figure leaves a zero target.
    """
    values = [table.value(row, col) for col in cols[:2]]
    res = table.value(row, cols[2])
    found: list[_Operand] = [(value, None) for value in values]
    for k, col in enumerate(cols[:2]):
        settled = copied(report, table, row, col)
        if settled is None:
            continue
        value = replace(values[k], number=settled.value, decimals=settled.decimals)
        trial = [found[0][0], found[1][0]]
        trial[k] = value
        if trial[1].number == 0:
            continue
        fits = bool(_RatioRow(trial[0], trial[1], res, scale, True).matches)
        if not (fits or settled.confirmed):
            continue
        said = settled.witnesses
        if fits:
            said += (Said(settled.value, "basis.capaian", ((table, row, cols[2]),)),)
        number = values[k].number
        assert number is not None
        found[k] = (value, Support(settled.value, number, said))
    if all(fix is None for _, fix in found):
        return None
    return found


def _summed_operands(
    report: Report, table: Table, row: Row, cols: tuple[Column, Column]
) -> Iterator[tuple[Value, Value]]:
    """The operands with a total or a parent at its rows' sum, each other way.

    Another year's figures have no witnesses of their own but their rows: a
    result right for the sum of the rows a JUMLAH (or a parent) adds up is not
    wrong, the total is (``total-row-equals-column-sum`` reports it).
    """
    a_col, b_col = cols
    a_ways, b_ways = (_as_summed(report, table, row, col) for col in cols)
    printed = (table.value(row, a_col), table.value(row, b_col))
    for a in a_ways:
        for b in b_ways:
            if (a, b) != printed:
                yield a, b


def _as_summed(report: Report, table: Table, row: Row, col: Column) -> list[Value]:
    """A figure as printed, and at the sum of its JUMLAH's or its children's rows."""
    value = table.value(row, col)
    found = [value]
    scope = scope_sums(report, table, col).get(row.index)
    for total in (scope[0] if scope else None, children_total(table, row, col)):
        if total is not None and total != value.number:
            found.append(replace(value, kind=ValueKind.NUMBER, number=total))
    return found


def _preferred_lower(rows: list[tuple[Row, _RatioRow]]) -> str:
    """The lower-is-better formula the table's rows reproduce most often."""
    return _most_used(r.matches for _, r in rows) or "two_minus"


def _own_lower_method(
    rows: list[tuple[Row, _RatioRow]], lowers: dict[int, bool]
) -> str | None:
    """The formula the table itself uses for its lower-is-better indicators.

    Where only it fits: a row worded higher-is-better does not teach it.
    """
    return _most_used(
        r.matches
        for row, r in rows
        if lowers[row.index] and "standard" not in r.matches
    )


_LOWER_FORMULAS = ("inverse", "two_minus")


def _most_used(fits: Iterable[set[str]]) -> str | None:
    """The lower-is-better formula the most rows fit, None when none fits one.

    A row whose print only that formula fits counts first (a figure near 100%
    fits both); then any row that fits it; on a tie, target / realisasi.
    """
    alone: Counter[str] = Counter()
    fitting: Counter[str] = Counter()
    for matches in fits:
        lower = [m for m in _LOWER_FORMULAS if m in matches]
        fitting.update(lower)
        if len(lower) == 1:
            alone.update(lower)
    if not fitting:
        return None
    return max(
        _LOWER_FORMULAS,
        key=lambda m: (alone[m], fitting[m], -_LOWER_FORMULAS.index(m)),
    )


def _judged_by(
    calc: _RatioRow, reading: Polarity, preferred: str, method: str | None
) -> str | None:
    """The formula a row's printed result is wrong by, or None when it is right."""
    lower = reading is Polarity.LOWER
    if "standard" in calc.matches:
        if lower and method is not None and method not in calc.matches:
            # realisasi / target on a lower-is-better indicator, in a table
            # that computes its other lower-is-better indicators otherwise
            return method
        return None
    if reading is not Polarity.HIGHER and calc.matches:
        return None  # a lower-is-better formula reproduces the printed figure
    return preferred if lower and preferred in calc.values else "standard"


def _ratio_violation(
    table: Table,
    cols: tuple[Column, Column, Column],
    verdict: Verdict,
    ctx: Context,
    unit: str | None,
    confidence: Confidence | None = None,
) -> Violation:
    num_col, den_col, res_col = cols
    den_col = verdict.target or den_col  # NOTE: of two targets, the one used
    num_col = verdict.realisasi or num_col  # NOTE: the quarter's own, when read
    row, expected, formula = verdict.row, verdict.expected, verdict.formula
    res = table.value(row, res_col)
    operands = verdict.operands
    if operands is None:
        operands = [(table.value(row, c), None) for c in (num_col, den_col)]
    fixes = [fix for _, fix in operands if fix is not None]
    # NOTE: an operand taken at its witnessed figure is shown as that figure
    num, den = (
        display(v.number, v)
        if fix and v.number is not None
        else printed(table, row, c, v)
        for c, (v, fix) in zip((num_col, den_col), operands, strict=True)
    )
    names = {
        "num": _operand_name(num_col, ctx.lang),
        "den": _operand_name(den_col, ctx.lang),
    }
    if verdict.end is not None:
        den = display(_at(verdict.end), verdict.end)  # NOTE: the range's nearest end
    top, bottom = (den, num) if formula == "inverse" else (num, den)
    percent = ctx.percent_unit(table, res_col, res) if unit else res.unit
    mark = ctx.decimal_mark(table, res_col, res)
    note = ""
    if verdict.end is not None:
        note = phrase(
            "range.nearest",
            ctx.lang,
            end=den,
            range=printed(table, row, den_col, table.value(row, den_col)),
        )
    if verdict.basis is not None:
        note = phrase(f"formula.{verdict.basis}", ctx.lang)
    elif verdict.other is not None:
        other, value = verdict.other
        note = phrase(
            "formula.other",
            ctx.lang,
            value=display(value.mid, res, percent, mark=mark),
            formula=phrase(f"formula.{other}", ctx.lang, **names),
        )
    note += _target_note(verdict, res, percent, mark, ctx.lang)
    return ctx.violation(
        ctx.cell_location(table, row, res_col),
        expected=display(expected.mid, res, percent, mark=mark),
        actual=printed(table, row, res_col, res),
        related=[
            ctx.cell_location(table, row, num_col),
            ctx.cell_location(table, row, den_col),
        ]
        + [loc for s in fixes for loc in s.locations(ctx)],
        confidence=confidence
        or (
            Confidence.HIGH
            if formula == "standard"
            and not fixes
            and not _unsure_target(verdict)
            and verdict.end is None
            else None
        )
        or Confidence.MEDIUM,
        formula=phrase(f"formula.{formula}", ctx.lang, **names),
        # the operands in the order the formula names them (target / realisasi)
        numerator=top,
        denominator=bottom,
        computed=phrase(f"figures.{formula}", ctx.lang, num=top, den=bottom),
        witnessed=witnessed_note(table, row, (num_col, den_col), operands, ctx),
        note=note,
    )


def _unsure_target(verdict: Verdict) -> bool:
    """True when the row fits the other target, or the two give other figures."""
    return verdict.by_table or verdict.other_target is not None


def _target_note(
    verdict: Verdict, res: Value, percent: str | None, mark: str | None, lang: str
) -> str:
    """Of two targets: the table's rows chose this one, or the other one's figure."""
    if verdict.by_table:
        return phrase("target.table", lang)
    if verdict.other_target is None:
        return ""
    col, value = verdict.other_target
    return phrase(
        "target.other",
        lang,
        value=display(value.mid, res, percent, mark=mark),
        target=column_name(col),
    )


class DifferenceOptions(BaseModel):
    """Options of the ``difference`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    minuend: ColumnRole
    subtrahend: ColumnRole
    result: ColumnRole


@check(
    "difference",
    options=DifferenceOptions,
    provides=("minuend", "subtrahend", "witnessed"),
)
def difference(
    table: Table, opts: DifferenceOptions, ctx: Context
) -> Iterator[Violation]:
    """Result = minuend − subtrahend, row by row (sisa = anggaran − realisasi).

    Skips rows where any of the three is not a figure and values merged from the row
    above (they are checked on that row). A budget operand that the report's own
    redundancy shows to be wrong (:func:`~lkjaudit.checks.support.supported`) is
    taken at the figure it supports: a result right for that figure is not
    reported, and a wrong one is told what that figure gives.
    """
    for cols, found in _difference_findings(table, opts, ctx):
        if not left_blank(table, cols[2], _wrong_rows(table, cols[2], found, ctx)):
            yield from found


def _difference_findings(
    table: Table, opts: DifferenceOptions, ctx: Context, blank: bool = False
) -> Iterator[tuple[tuple[Column, Column, Column], list[Violation]]]:
    """Each result column's row findings: the year's, then another year's.

    ``blank`` True: only of the columns that print dashes only.
    """
    a_col, b_col = table.column(opts.minuend), table.column(opts.subtrahend)
    r_col = table.column(opts.result)
    if (
        a_col is not None
        and b_col is not None
        and r_col is not None
        and not r_col.formula
        and (not blank or _dashes_only(table, r_col))
    ):
        cols = (a_col, b_col, r_col)
        yield cols, list(_differences(table, cols, ctx))
    for year in _year_sets(table, (opts.minuend, opts.subtrahend, opts.result)):
        if not blank or _dashes_only(table, year[2]):
            yield year, list(_differences(table, year, ctx, witness=False))


def _differences(
    table: Table,
    cols: tuple[Column, Column, Column],
    ctx: Context,
    witness: bool = True,
) -> Iterator[Violation]:
    """The rows whose result is not minuend − subtrahend.

    ``witness`` False takes both operands as printed.
    """
    a_col, b_col, r_col = cols
    doubted = _doubted(ctx.report, table, (a_col, b_col)) if witness else None
    for row in table.rows:
        if r_col.index in row.inherited:
            continue
        a, b, r = (table.value(row, c) for c in (a_col, b_col, r_col))
        if not (is_figure(a) and is_figure(b) and is_figure(r)):
            continue
        operands: list[_Operand] = [(a, None), (b, None)]
        if witness and (doubted is None or row.index in doubted):
            operands = witnessed_operands(ctx.report, table, row, (a_col, b_col))
        (a, a_fix), (b, b_fix) = operands
        expected = operand(a) - operand(b)
        if agrees(expected, r):
            continue  # NOTE: under a witnessed operand, the operand's finding covers it
        if not witness and any(
            agrees(operand(x) - operand(y), r)
            for x, y in _summed_operands(ctx.report, table, row, (a_col, b_col))
        ):
            continue  # NOTE: right by its rows' sums; the total is reported
        fixes = [s for s in (a_fix, b_fix) if s is not None]
        if fixes and reported_itself(table, row, r_col, expected, ctx):
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, r_col),
            expected=display(expected.mid, r),
            actual=printed(table, row, r_col, r),
            related=[
                ctx.cell_location(table, row, a_col),
                ctx.cell_location(table, row, b_col),
            ]
            + [loc for s in fixes for loc in s.locations(ctx)],
            confidence=Confidence.MEDIUM if fixes else None,
            minuend=display(a_fix.value, a) if a_fix else printed(table, row, a_col, a),
            subtrahend=display(b_fix.value, b)
            if b_fix
            else printed(table, row, b_col, b),
            witnessed=witnessed_note(table, row, (a_col, b_col), operands, ctx),
        )


class BlankOptions(BaseModel):
    """Options of the ``column-left-blank`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "column-left-blank",
    options=BlankOptions,
    provides=("column", "count", "operands", "figures"),
)
def column_left_blank(
    table: Table, opts: BlankOptions, ctx: Context
) -> Iterator[Violation]:
    """A result column printed as dashes only, though its operands give figures.

    The columns are those the run's ``ratio`` and ``difference`` rules compute,
    as they are configured; a run with no rule over one of the two primitives
    (this rule selected alone) takes the columns of the shipped rules over them.
    Those primitives (and ``witnessed-figure``, for a sisa) leave a column
    printed as dashes only, two or more of them wrong (:func:`left_blank`), to
    this one: it is reported once, at its first wrong row, with that row's
    expected figure, the number of wrong rows, the first three expected
    figures, and every other wrong row as a related location. A wrong row is
    one the primitive finds, a capaian a sentence shows wrong (one that passes
    only at the edge of its operands' rounding) and a sisa its witnesses put at
    another figure.
    """
    for ratio_opts in ctx.configured("ratio") or _builtin_options("ratio"):
        assert isinstance(ratio_opts, RatioOptions)
        for cols, found in _ratio_findings(table, ratio_opts, ctx, blank=True):
            if left_blank(table, cols[2], found):
                yield _blank(table, cols, found, ctx)
    for diff_opts in ctx.configured("difference") or _builtin_options("difference"):
        assert isinstance(diff_opts, DifferenceOptions)
        for cols, found in _difference_findings(table, diff_opts, ctx, blank=True):
            wrong = _wrong_rows(table, cols[2], found, ctx)
            if left_blank(table, cols[2], wrong):
                yield _blank(table, cols, wrong, ctx)


def _builtin_options(check_name: str) -> list[BaseModel]:
    """The options of the shipped rules over a primitive, as their packs give them.

    ``column-left-blank`` selected alone watches the columns these compute
    (capaian, budget %, sisa: ``rules/core/arithmetic.yaml``).
    """
    # NOTE: imported here: the rule packs are read after the checks register
    from lkjaudit.engine.rulepack import builtin_rules

    return [r.options() for r in builtin_rules() if r.check == check_name]


_BLANK_SHOWN = 3  # the expected figures a blank column's finding writes out


def _blank(
    table: Table,
    cols: tuple[Column, Column, Column],
    found: list[Violation],
    ctx: Context,
) -> Violation:
    """One finding for a blank column, from its row findings (in row order)."""
    found = sorted(found, key=lambda v: v.location.row or 0)
    first, lang = found[0], ctx.lang
    figures = ", ".join(
        phrase("blank.row", lang, row=v.location.row, value=v.expected)
        for v in found[:_BLANK_SHOWN]
    )
    if len(found) > _BLANK_SHOWN:
        figures += phrase("blank.more", lang, n=len(found) - _BLANK_SHOWN)
    a, b = (column_name(c) for c in cols[:2])
    return ctx.violation(
        first.location,
        expected=first.expected,
        actual=first.actual,
        related=[v.location for v in found[1:]],
        column=column_name(cols[2]),
        count=str(len(found)),
        operands=phrase("blank.operands", lang, a=a, b=b),
        figures=figures,
    )


class ShareOptions(BaseModel):
    """Options of the ``share-of-total`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    part: ColumnRole = ColumnRole.JUMLAH
    result: ColumnRole = ColumnRole.PERSEN_TOTAL


@check("share-of-total", options=ShareOptions, provides=("part", "total", "witnessed"))
def share_of_total(
    table: Table, opts: ShareOptions, ctx: Context
) -> Iterator[Violation]:
    """Result = part / total of the part column × 100, row by row.

    The total is the table's JUMLAH/TOTAL row when it has one (the first after the
    row), otherwise the sum of the data rows. Skips rows without figures. A
    Jumlah its row's categories put at another figure counts at that figure
    (:func:`~lkjaudit.checks.shares.counted`): a share right for it is not
    reported, a share worked out from the wrong count is.
    """
    part_col, res_col = share_part(table, opts.part), table.column(opts.result)
    if part_col is None or res_col is None:
        return
    report = ctx.report
    fallback = rows_total(table, part_col, report)
    for row in table.rows:
        part, res = table.value(row, part_col), table.value(row, res_col)
        if not is_figure(res):
            continue
        found = share(table, row, part_col, report, fallback=fallback)
        if found is None or agrees(found.interval, res):
            continue
        related = [ctx.cell_location(table, row, part_col)]
        if found.total_row is not None:
            related.append(ctx.cell_location(table, found.total_row, part_col))
        yield ctx.violation(
            ctx.cell_location(table, row, res_col),
            expected=ctx.shown_percent(found.interval.mid, table, res_col, res),
            actual=printed(table, row, res_col, res),
            related=related + [loc for _, f in found.fixes for loc in f.locations(ctx)],
            confidence=Confidence.MEDIUM if found.fixes else None,
            part=display(found.part, part)
            if found.part is not None
            else printed(table, row, part_col, part),
            total=display(found.total, decimals=part.decimals),
            witnessed="".join(
                phrase(
                    "basis.witnessed_row",
                    ctx.lang,
                    printed=printed(table, r, part_col),
                    value=display(f.value, part),
                    by=f.basis(ctx.lang),
                    n=f.count,
                )
                for r, f in found.fixes
            ),
        )
