"""Plausibility: figures that add up but cannot both be right.

Spending above the budget, performance above target, output reported with nothing
spent, spending far ahead of output, and a target and its realisation in different
units. A fact stated in several linked tables is reported once, at the copy in the
most specific table (a budget table for spending), with every other copy related.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import column_name, other_years
from lkjaudit.analysis.periods import period_of
from lkjaudit.checks.common import exceeded_target, is_figure, printed
from lkjaudit.checks.copies import Copy, index
from lkjaudit.checks.interval import agrees, operand
from lkjaudit.checks.phrases import figure
from lkjaudit.checks.polarity import LOWER_IS_BETTER, Polarity, row_polarity
from lkjaudit.checks.quarters import quarter_parts
from lkjaudit.checks.support import supported_value
from lkjaudit.checks.witnesses import PERCENT_KEY, ROW_KEYS
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Location
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import Value, parse_value

__all__ = ["GapOptions", "OverOptions", "PlainOptions"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_CONTINUATION = RowKind.CONTINUATION

HUNDRED = Decimal(100)


def _cols(table: Table, *roles: ColumnRole) -> list[Column] | None:
    found = [table.column(role) for role in roles]
    return None if any(c is None for c in found) else found  # type: ignore[return-value]


def _rows(
    report: Report, *roles: ColumnRole, continuations: bool = False
) -> Iterator[tuple[Table, Row, list[Column]]]:
    """Every row of every table with a column for each role, with those columns.

    Continuation rows (another line of the entity above) are left out unless asked.
    """
    for table in report.tables:
        cols = _cols(table, *roles)
        if cols is None:
            continue
        for row in table.rows:
            if continuations or row.kind != _CONTINUATION:
                yield table, row, cols


def _values(table: Table, row: Row, cols: list[Column]) -> list[Value]:
    """The row's values in ``cols`` (read per row: its values straight)."""
    values = row.values
    count = len(values)
    return [values[c.index] if c.index < count else table.value(row, c) for c in cols]


def _once(
    ctx: Context, kind: str, table: Table, row: Row, seen: set[int]
) -> list[Copy] | None:
    """The row's linked copies the first time its group is met; None afterwards."""
    copies = index(ctx).copies(kind, table, row)
    if not copies:
        return [Copy(table, row, 100.0, "name")]
    key = id(copies)
    if key in seen:
        return None
    seen.add(key)
    return copies


def _preferred(copies: list[Copy], *roles: ColumnRole) -> Copy:
    """The copy whose table shows the most of ``roles`` (the first on ties)."""
    return max(copies, key=lambda c: sum(c.table.has(r) for r in roles))


def _related(
    ctx: Context,
    copies: list[Copy],
    table: Table,
    row: Row,
    role: ColumnRole,
    beside: list[Column],
) -> list[Location]:
    """The row's cells in ``beside``, then those of ``role`` in its other copies."""
    out = [ctx.cell_location(table, row, col) for col in beside]
    for copy in copies:
        if copy.table is table and copy.row is row:
            continue
        col = copy.table.column(role)
        if col is not None:
            out.append(ctx.cell_location(copy.table, copy.row, col))
    return out


class PlainOptions(BaseModel):
    """Options of primitives that take none."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "spending-within-budget",
    options=PlainOptions,
    scope="report",
    provides=("percent",),
)
def spending_within_budget(
    report: Report, opts: PlainOptions, ctx: Context
) -> Iterator[Violation]:
    """Realised spending is not above the budget (anggaran).

    Checked on every row with both figures; a sub kegiatan stated in several tables is
    reported once, in the table with the most budget columns. Another year's
    figures in the same table (``Anggaran 2024 | Realisasi 2024`` beside the
    year's) are checked against that year's own budget, row by row as printed;
    a row whose own % or sisa of that year disputes its spending is left to
    the rules for those.
    """
    yield from _year_spending(report, ctx)
    for table in report.tables:
        yield from _other_years(table, ctx)


def _year_spending(report: Report, ctx: Context) -> Iterator[Violation]:
    """The report's year: spending above the budget, once per linked row."""
    seen: set[int] = set()
    for table, row, cols in _rows(report, R.ANGGARAN, R.REALISASI_ANGGARAN):
        budget, spent = _values(table, row, cols)
        if not (is_figure(budget) and is_figure(spent)) or not budget.number:
            continue
        assert spent.number is not None
        if spent.number <= budget.number:
            continue
        if _misprint(report, table, row, cols, spent.number):
            continue
        copies = _once(ctx, "entity", table, row, seen)
        if copies is None:
            continue
        where, c_budget, c_spent, b, s = _reported_at(table, row, cols, copies)
        assert b.number and s.number is not None
        yield ctx.violation(
            ctx.cell_location(*where, c_spent),
            expected=f"≤ {printed(*where, c_budget, b)}",
            actual=printed(*where, c_spent, s),
            related=_related(ctx, copies, *where, R.REALISASI_ANGGARAN, [c_budget]),
            percent=display(s.number / b.number * HUNDRED, None, "%"),
        )


def _reported_at(
    table: Table, row: Row, cols: list[Column], copies: list[Copy]
) -> tuple[tuple[Table, Row], Column, Column, Value, Value]:
    """Where spending above the budget is reported, and its budget and spending there.

    Of the copies in tables with a budget and a spending column, the one whose
    table shows the most budget columns, read with that table's own columns;
    else (its row shows no figures there) the row the overspending was found on,
    with its own columns. A table without a spending column (a Perjanjian
    Kinerja's budget) is never the place, and another table's row is never read
    with this table's columns.
    """
    usable = [
        c
        for c in copies
        if c.table.has(R.ANGGARAN) and c.table.has(R.REALISASI_ANGGARAN)
    ]
    if usable:
        chosen = _preferred(usable, R.SISA, R.PERSEN_ANGGARAN, R.ANGGARAN)
        c_budget = chosen.table.column(R.ANGGARAN)
        c_spent = chosen.table.column(R.REALISASI_ANGGARAN)
        assert c_budget is not None and c_spent is not None
        b = chosen.table.value(chosen.row, c_budget)
        s = chosen.table.value(chosen.row, c_spent)
        if is_figure(b) and is_figure(s) and b.number:
            return (chosen.table, chosen.row), c_budget, c_spent, b, s
    budget, spent = _values(table, row, cols)
    return (table, row), cols[0], cols[1], budget, spent


def _other_years(table: Table, ctx: Context) -> Iterator[Violation]:
    """Another year's spending above that year's own budget, row by row.

    ``Anggaran 2024 | Realisasi 2024`` beside the year's columns
    (:func:`~lkjaudit.analysis.columns.other_years`): last year's realisasi is
    compared with last year's anggaran only, as printed (the report's redundancy
    witnesses the year's figures alone, and last year's have no copies to
    relate). A row whose own figures of that year disagree about it (its sisa
    or % is not what the printed spending gives) is left to the sisa and %
    rules, which report that row: which of its figures is wrong is not known.
    The message names the two columns, so it says which year.
    """
    for columns in other_years(table).values():
        budget_col = columns.get(R.ANGGARAN)
        spent_col = columns.get(R.REALISASI_ANGGARAN)
        if budget_col is None or spent_col is None:
            continue
        cols = [budget_col, spent_col]
        for row in table.rows:
            if row.kind == _CONTINUATION:
                continue
            budget, spent = _values(table, row, cols)
            if not (is_figure(budget) and is_figure(spent)) or not budget.number:
                continue
            assert spent.number is not None
            if spent.number <= budget.number or _disputed(table, row, columns):
                continue
            percent = display(spent.number / budget.number * HUNDRED, None, "%")
            names = f"{column_name(spent_col)} / {column_name(budget_col)}"
            yield ctx.violation(
                ctx.cell_location(table, row, spent_col),
                expected=f"≤ {printed(table, row, budget_col, budget)}",
                actual=printed(table, row, spent_col, spent),
                related=[ctx.cell_location(table, row, budget_col)],
                percent=f"{percent} ({names})",
            )


def _disputed(table: Table, row: Row, columns: dict[ColumnRole, Column]) -> bool:
    """Whether the row's sisa or % of that year disagrees with its printed spending."""
    budget = operand(table.value(row, columns[R.ANGGARAN]))
    spent = operand(table.value(row, columns[R.REALISASI_ANGGARAN]))
    sisa_col, pct_col = columns.get(R.SISA), columns.get(R.PERSEN_ANGGARAN)
    if sisa_col is not None:
        sisa = table.value(row, sisa_col)
        if is_figure(sisa) and not agrees(budget - spent, sisa):
            return True
    if pct_col is not None:
        pct = table.value(row, pct_col)
        if is_figure(pct) and not agrees((spent / budget).scale(HUNDRED), pct):
            return True
    return False


# the witnesses that read the row's own other figures (its sisa, its %)
_OWN_ROW = ROW_KEYS | {PERCENT_KEY}


def _misprint(
    report: Report, table: Table, row: Row, cols: list[Column], spent: Decimal
) -> bool:
    """Whether spending above the pagu is a misprint the report itself corrects.

    A pagu the report's redundancy supports at another figure (its sub kegiatan and
    realisasi + sisa) that covers the spending; or a realisasi supported at a figure
    within the pagu by witnesses that include the row's own sisa or %. Either
    misprint is reported as such. A row whose sisa and % agree with the
    overspending (sisa −1.000.000, 105%) says it overspent, whatever its copies say.
    """
    budget = supported_value(report, table, row, cols[0])[0].number
    if budget is not None and spent <= budget:
        return True
    found = supported_value(report, table, row, cols[1])[1]
    if found is None or budget is None or found.value > budget:
        return False
    return any(s.key in _OWN_ROW for s in found.witnesses)


class OverOptions(BaseModel):
    """Options of the ``performance-within-target`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    threshold: Decimal = Decimal(120)  # percent of target above which to warn
    # NOTE: the words of lower-is-better indicators, as the ``ratio`` rules take them
    lower_is_better: tuple[str, ...] = LOWER_IS_BETTER


def _ratio(target: Value, realisasi: Value) -> Decimal | None:
    if not (is_figure(target) and is_figure(realisasi)) or not target.number:
        return None
    if target.unit and realisasi.unit and target.unit != realisasi.unit:
        return None
    assert realisasi.number is not None
    return realisasi.number / target.number * HUNDRED


def _same_period(table: Table, cols: list[Column]) -> list[Column]:
    """The target and the realisasi of the same period, in a quarter table.

    A target of one quarter alone (``Target TW III``) beside a running total
    (``Realisasi s.d. TW III``) and that quarter's own realisasi (``Realisasi TW
    III``, or ``TW III`` under ``Realisasi``) is that quarter's: it is compared
    with the quarter's own column, not with the quarters added up. Any other
    table keeps its columns (the year's target, or a target naming no period).
    """
    target, real = cols
    said = period_of(target.header)
    if said is None or said.cumulative or said.quarter is None:
        return cols
    done = period_of(real.header) or period_of(real.group)
    if done is None or not done.cumulative or done.quarter == said.quarter == 1:
        return cols  # NOTE: "s.d. TW I" is the first quarter alone
    own = quarter_parts(table, R.REALISASI).get(said.quarter)
    return cols if own is None else [target, own]


def _with_satuan(table: Table, row: Row, value: Value) -> Value:
    """A quarter's own figure with the unit of the row's ``Satuan`` cell.

    The column analysis gives that unit to the target and realisasi columns
    only; a quarter's column is read here as the realisasi, so it takes it too.
    """
    satuan = table.column(R.SATUAN)
    if satuan is None or value.unit is not None or not is_figure(value):
        return value
    unit = table.cell(row, satuan).text
    parsed = parse_value(f"{value.raw} {unit}") if unit else value
    if parsed.unit is None or parsed.number != value.number:
        return value
    return parsed


@check(
    "performance-within-target",
    options=OverOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("percent",),
)
def performance_within_target(
    report: Report, opts: OverOptions, ctx: Context
) -> Iterator[Violation]:
    """Realised performance above ``threshold`` % of its target is pointed out.

    Exceeding a target is possible, but far above it usually means a wrong target or
    a wrong count. Lower-is-better indicators are judged by their capaian elsewhere
    and skipped here when their wording says so, a time to handle included ("waktu
    tanggap penanganan pengaduan"); the cases handled ("pengaduan yang
    ditindaklanjuti"), a decrease of the bad thing ("persentase penurunan angka
    kemiskinan") and an output count ("jumlah sosialisasi pencegahan stunting")
    are higher-is-better. The wording is read as the ``ratio`` rules read it
    (:func:`~lkjaudit.checks.polarity.row_polarity`: the indicator and the row's
    name, the name alone in a table without an indicator column), and the
    lower-is-better words are the rule's own ``lower_is_better`` option, as in
    those rules. In a quarter table whose target is one quarter's alone
    (``Target TW III``) and which prints that quarter's realisasi beside the
    running total, the quarter's own realisasi is the one compared, not the
    quarters added up. Reported once per indicator.
    """
    seen: set[int] = set()
    rows = _rows(report, R.TARGET, R.REALISASI, continuations=True)
    periods: dict[int, list[Column]] = {}
    for table, row, cols in rows:
        key = id(table)
        if key not in periods:
            periods[key] = _same_period(table, cols)
        own = periods[key][1] is not cols[1]
        cols = periods[key]
        target, realisasi = _values(table, row, cols)
        if own:
            realisasi = _with_satuan(table, row, realisasi)
        # NOTE: a range's high end is no figure to run far above (common.py)
        ceiling = exceeded_target(target)
        if ceiling is None:
            continue
        target = ceiling
        ratio = _ratio(target, realisasi)
        if ratio is None or ratio <= opts.threshold:
            continue
        unit = target.unit or realisasi.unit
        reading = row_polarity(table, row, unit, opts.lower_is_better)
        if reading is Polarity.LOWER:
            continue
        copies = _once(ctx, "indicator", table, row, seen)
        if copies is None:
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, cols[1]),
            expected=f"≤ {printed(table, row, cols[0], target)}",
            actual=printed(table, row, cols[1], realisasi),
            related=_related(ctx, copies, table, row, R.REALISASI, cols[:1]),
            percent=display(ratio, None, "%"),
        )


@check(
    "output-has-spending",
    options=PlainOptions,
    scope="report",
    provides=("output", "spent"),
)
def output_has_spending(
    report: Report, opts: PlainOptions, ctx: Context
) -> Iterator[Violation]:
    """Output reported as achieved has some realised spending behind it.

    A row with a budget and a realised output above zero but no realised spending
    ("-" or 0) is pointed out: either the spending or the output is not reported
    correctly. Reported once per row group.
    """
    seen: set[int] = set()
    for table, row, cols in _rows(
        report, R.REALISASI, R.ANGGARAN, R.REALISASI_ANGGARAN
    ):
        if cols[2].index in row.inherited:
            continue
        if row.children or any(
            c.row.children for c in index(ctx).copies("entity", table, row)
        ):
            continue  # the rows below it say where the spending is missing
        output, budget, spent = _values(table, row, cols)
        if not (is_figure(output) and is_figure(budget) and is_figure(spent)):
            continue
        if not output.number or not budget.number or spent.number:
            continue
        copies = _once(ctx, "entity", table, row, seen)
        if copies is None:
            continue
        actual = printed(table, row, cols[2], spent)
        yield ctx.violation(
            ctx.cell_location(table, row, cols[2]),
            expected="> 0",
            actual=actual,
            related=_related(ctx, copies, table, row, cols[2].role, cols[:1]),
            output=printed(table, row, cols[0], output),
            spent=figure(actual, spent, ctx.lang),
        )


class GapOptions(BaseModel):
    """Options of the ``spending-matches-output`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    max_gap: Decimal = Decimal(50)  # percentage points spending may run ahead of output


@check(
    "spending-matches-output",
    options=GapOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("spent_percent", "output_percent", "gap"),
)
def spending_matches_output(
    report: Report, opts: GapOptions, ctx: Context
) -> Iterator[Violation]:
    """Spending does not run far ahead of output.

    Compares the share of the budget spent (realisasi anggaran / anggaran) with the
    share of the target achieved (realisasi / target, at most 100%); a gap above
    ``max_gap`` percentage points is pointed out. Reported once per row group.
    A bound from below (``≥ 80``, ``min 80``) is a target of its figure, as for
    ``performance-within-target``; a range with a high end (``60 - 85``,
    ``≤ 5``) is not judged: within it the output is met (no gap), and the
    distance from an ideal band is no share of an output delivered.
    """
    seen: set[int] = set()
    roles = (R.TARGET, R.REALISASI, R.ANGGARAN, R.REALISASI_ANGGARAN)
    for table, row, cols in _rows(report, *roles):
        target, output, budget, spent = _values(table, row, cols)
        aim = exceeded_target(target)  # NOTE: a bound from below at its figure
        if aim is None:
            continue  # NOTE: a range with a high end: see the docstring
        done = _ratio(aim, output)
        if done is None or not (is_figure(budget) and is_figure(spent)):
            continue
        if not budget.number or spent.number is None:
            continue
        spent_pct = spent.number / budget.number * HUNDRED
        gap = spent_pct - min(done, HUNDRED)
        if gap <= opts.max_gap:
            continue
        copies = _once(ctx, "entity", table, row, seen)
        if copies is None:
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, cols[3]),
            actual=printed(table, row, cols[3], spent),
            related=_related(ctx, copies, table, row, cols[3].role, cols[:3]),
            spent_percent=display(spent_pct, None, "%"),
            output_percent=display(min(done, HUNDRED), None, "%"),
            # NOTE: the gap between the two figures as shown (95,10% − 30,18%
            # reads 64,92), not between their unrounded values
            gap=display(_cent(spent_pct) - _cent(min(done, HUNDRED)), None, None),
        )


def _cent(number: Decimal) -> Decimal:
    """A percentage rounded to two decimals, as :func:`display` shows it."""
    return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@check(
    "units-agree",
    options=PlainOptions,
    scope="report",
    provides=("target", "realisasi"),
)
def units_agree(
    report: Report, opts: PlainOptions, ctx: Context
) -> Iterator[Violation]:
    """A target and its realisation are in the same unit.

    ``1 fasilitasi`` against ``50 %`` cannot be compared: one of them is wrong. A
    figure without a unit is not judged. Reported once per indicator, with the
    copies in other tables related.
    """
    seen: set[int] = set()
    rows = _rows(report, R.TARGET, R.REALISASI, continuations=True)
    for table, row, cols in rows:
        target, realisasi = _values(table, row, cols)
        if not (is_figure(target) and is_figure(realisasi)):
            continue
        if not target.unit or not realisasi.unit or target.unit == realisasi.unit:
            continue
        copies = _once(ctx, "indicator", table, row, seen)
        if copies is None:
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, cols[1]),
            expected=target.unit,
            actual=realisasi.unit,
            related=_related(ctx, copies, table, row, R.REALISASI, cols[:1]),
            target=printed(table, row, cols[0], target),
            realisasi=printed(table, row, cols[1], realisasi),
        )
