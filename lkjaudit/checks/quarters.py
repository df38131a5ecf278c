"""Quarter (triwulan) columns: the running total and the capaian up to a quarter.

A triwulan report splits its figures by quarter (``Realisasi`` over ``TW I | TW II |
TW III | s.d. TW III``, ``Target`` over ``TW I … TW IV`` beside ``Target
Tahunan``). The column analysis gives the role to the total (the realisasi up to
the quarter, the year's target) and leaves the parts without one; this module
reads the parts by their header (:mod:`lkjaudit.analysis.periods`).

- Spending is a flow: the realised spending up to a quarter is the sum of the
  quarters' spending, whether or not a column-number row says so. A performance
  figure may be a level (a percentage, a score), so its running total is judged only
  where the report states the formula (``stated-formula-holds``).
- A capaian naming the quarter (``Capaian s.d. TW III``) measures the realisasi up
  to it against the target up to it: the sum of the quarters' targets where the
  quarters' targets add up to the year's, the last quarter's where they are running
  totals themselves (the last one equals the year's). Where the rows do not tell,
  the formula the printed figures follow most decides, and nothing is judged on a
  tie. A capaian of one quarter (``Capaian TW III``) measures that quarter's
  realisasi against that quarter's target, each in its own column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import infer_role
from lkjaudit.analysis.periods import period_of
from lkjaudit.checks.arithmetic import exact_formulas
from lkjaudit.checks.common import amount, is_figure, printed
from lkjaudit.checks.formula import parse_formula
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.polarity import Polarity, row_polarity
from lkjaudit.checks.witnesses import children_total, memo, scope_sums, word
from lkjaudit.engine.context import Context, Violation, display, printed_unit
from lkjaudit.engine.registry import check
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind
from lkjaudit.prose.formulas import stated_formulas

if TYPE_CHECKING:
    from lkjaudit.checks.odd_quarter import OddQuarter

__all__ = [
    "LEVEL_WORDS",
    "CapaianTotal",
    "YearBacked",
    "capaian_total",
    "cumulative_columns",
    "quarter_parts",
    "quarters_defined",
    "quarters_total",
    "split_targets",
    "summed_quarters",
    "target_up_to",
    "year_backed",
]

R = ColumnRole
HUNDRED = Decimal(100)


def quarter_parts(table: Table, role: ColumnRole) -> dict[int, Column]:
    """The columns holding one quarter's figure of a role, by quarter.

    Empty when a quarter has two columns (nothing tells which one is meant).
    """
    found: dict[int, Column] = {}
    for col in table.columns:
        if col.role != R.OTHER:
            continue
        period = period_of(col.header)
        if period is None or period.cumulative or period.quarter is None:
            continue
        groups = (col.group,) if col.group else ()
        if infer_role(col.header, groups, col.content) != role:
            continue
        if period.quarter in found:
            return {}
        found[period.quarter] = col
    return found


def cumulative_columns(table: Table) -> list[Column]:
    """The columns the parts of the realised spending add up to, left to right."""
    return [
        col
        for col in table.columns
        if col.role == R.REALISASI_ANGGARAN
        and (p := period_of(col.header)) is not None
        and p.cumulative
    ]


def summed_quarters(report: Report, table: Table, col: Column) -> list[Column] | None:
    """The quarters' columns a running total of spending is the sum of, or None.

    None for a column that is no running total of spending, that lacks a quarter's
    column, whose column-number row states another formula than the quarters' sum,
    or whose quarters' columns are running totals themselves. (A formula stated as
    that sum, ``6 = 3+4+5``, keeps the quarters a witness of the total; the rule
    ``stated-formula-holds`` judges it.) Memoised per report.
    """

    def build() -> list[Column] | None:
        period = period_of(col.header)
        if col.role != R.REALISASI_ANGGARAN or period is None or not period.cumulative:
            return None
        parts = quarter_parts(table, R.REALISASI_ANGGARAN)
        cols = _up_to(parts, period.quarter) if parts else None
        if cols is None or not _stated_as_sum(col, cols):
            return None
        return None if _running(table, col, cols) else cols

    return memo(report, ("quarters", id(table), col.index), build)


def _stated_as_sum(col: Column, cols: list[Column]) -> bool:
    """True when no formula is stated for ``col``, or it adds up exactly ``cols``.

    ``6 = 3+4+5`` over the quarters numbered 3, 4 and 5; a formula that reads
    other columns, or does more than add, says the total is something else.
    """
    if not col.formula:
        return True
    try:
        tree = parse_formula(col.formula)
    except ValueError:
        return False
    leaves: list[str] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        if node.op == "col":
            leaves.append(node.value)
        elif node.op == "+" and node.left is not None and node.right is not None:
            pending += [node.left, node.right]
        else:
            return False
    return sorted(leaves) == sorted(c.number or "" for c in cols)


def _up_to(parts: dict[int, Column], quarter: int | None) -> list[Column] | None:
    """The parts from the first quarter to ``quarter``, or None when one is missing."""
    last = max(parts, default=0) if quarter is None else quarter
    if last < 1 or any(q not in parts for q in range(1, last + 1)):
        return None
    return [parts[q] for q in range(1, last + 1)]


def _sum(table: Table, row: Row, cols: list[Column]) -> Decimal | None:
    """The sum of a row's figures (a dash is zero), or None when one has none."""
    total = Decimal(0)
    for col in cols:
        value = amount(table.value(row, col))
        if value is None:
            return None
        total += value
    return total


def _running(table: Table, col: Column, cols: list[Column]) -> bool:
    """True when the quarters' columns are themselves running totals.

    Some reports print under ``TW II`` the spending up to TW II: the total up to
    the last quarter then equals that quarter's figure, not the sum. Judged from
    the rows where the two differ: as many or more rows following the last
    quarter than the sum say the columns run.
    """
    votes = {"sum": 0, "last": 0}
    for row in table.rows:
        own = amount(table.value(row, col))
        total = _sum(table, row, cols)
        last = amount(table.value(row, cols[-1]))
        if own is None or total is None or last is None or total == last:
            continue
        if own == total:
            votes["sum"] += 1
        elif own == last:
            votes["last"] += 1
    return votes["last"] > 0 and votes["last"] >= votes["sum"]


def quarters_total(
    report: Report, table: Table, row: Row, col: Column
) -> tuple[Decimal, list[Column]] | None:
    """A running total of spending restated by its row: its quarters' sum."""
    cols = summed_quarters(report, table, col)
    if cols is None:
        return None
    total = _sum(table, row, cols)
    return None if total is None else (total, cols)


def quarters_defined(
    report: Report, table: Table, row: Row, col: Column
) -> Decimal | None:
    """The quarters' sum of a running total of spending that its print differs from.

    The figure ``realisasi-kumulatif-equals-sum-of-triwulan`` (under a stated
    ``6 = 3+4+5``, ``stated-formula-holds``) reports the cell should hold. None
    when the cell agrees with its quarters, has none to add, or one of its
    quarters' own figures is disputed (the sum rules report that quarter).
    """
    if col.index in row.inherited:
        return None
    found = quarters_total(report, table, row, col)
    printed = amount(table.value(row, col))
    if found is None or printed is None or found[0] == printed:
        return None
    if any(_disputed(report, table, row, c) for c in found[1]):
        return None
    from lkjaudit.checks.odd_quarter import odd_quarter  # NOTE: it reads these

    if odd_quarter(report, table, row, col) is not None:
        return None  # NOTE: the running total is right; one quarter is wrong
    return found[0]


def _disputed(report: Report, table: Table, row: Row, col: Column) -> bool:
    """True when the rows a figure adds up (its children, a JUMLAH's rows) differ."""
    printed = amount(table.value(row, col))
    if row.kind == RowKind.TOTAL:
        found = scope_sums(report, table, col).get(row.index)
        return found is not None and found[0] != printed
    if row.children:
        total = children_total(table, row, col)
        return total is not None and total != printed
    return False


def _names(cols: list[Column]) -> str:
    return " + ".join(c.header for c in cols)


class QuarterSumOptions(BaseModel):
    """Options of the ``quarter-sum`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "quarter-sum",
    options=QuarterSumOptions,
    provides=("quarters", "column", "reading"),
)
def quarter_sum(
    table: Table, opts: QuarterSumOptions, ctx: Context
) -> Iterator[Violation]:
    """The realised spending up to a quarter = the sum of the quarters' spending.

    Row by row, a dash counting as zero; a row where a part has no figure is
    skipped. The running total is reported at its quarters' sum, unless its other
    witnesses confirm it and one quarter's column puts that quarter at the
    running total less the other quarters (:func:`odd_quarter`): that quarter is
    reported. Under a formula the column-number row states
    (``stated-formula-holds`` judges the running total) only such a quarter is.
    """
    from lkjaudit.checks.odd_quarter import odd_quarter

    yield from _capaian_violations(table, ctx)
    for col in cumulative_columns(table):
        cols = summed_quarters(ctx.report, table, col)
        if cols is None:
            continue
        for row in table.rows:
            if col.index in row.inherited:
                continue
            own = table.value(row, col)
            total = _sum(table, row, cols)
            if total is None or not is_figure(own) or own.number == total:
                continue
            if any(_disputed(ctx.report, table, row, c) for c in cols):
                continue  # NOTE: a quarter's own figure is wrong; the sum rules say so
            odd = odd_quarter(ctx.report, table, row, col)
            if odd is not None:
                yield _odd_violation(table, row, odd, ctx)
            elif not col.formula:  # NOTE: a stated one is stated-formula-holds'
                yield ctx.violation(
                    ctx.cell_location(table, row, col),
                    expected=display(total, own),
                    actual=printed(table, row, col, own),
                    related=[ctx.cell_location(table, row, c) for c in cols],
                    quarters=_names(cols),
                    column=col.header,
                    reading=phrase(
                        "quarters.sum",
                        ctx.lang,
                        quarters=_names(cols),
                        expected=display(total, own),
                    ),
                )


def _capaian_violations(table: Table, ctx: Context) -> Iterator[Violation]:
    """A performance running total its capaian shows wrong, at its quarters' sum."""
    for row in table.rows:
        if row.kind != RowKind.DATA:
            continue
        fix = capaian_total(ctx.report, table, row)
        if fix is None or fix.col.formula:
            continue  # NOTE: a stated 12 = 9+10+11 is stated-formula-holds' to report
        own = table.value(row, fix.col)
        expected = display(fix.total, own)
        yield ctx.violation(
            ctx.cell_location(table, row, fix.col),
            expected=expected,
            actual=printed(table, row, fix.col, own),
            related=[ctx.cell_location(table, row, c) for c in fix.cols]
            + [
                ctx.cell_location(table, row, fix.capaian),
                ctx.cell_location(table, row, fix.target),
            ],
            quarters=_names(fix.cols),
            column=fix.col.title,
            reading=phrase(
                "quarters.sum_capaian",
                ctx.lang,
                quarters=_names(fix.cols),
                expected=expected,
                capaian=printed(table, row, fix.capaian),
                target=f"{fix.target.title} {printed(table, row, fix.target)}",
            ),
        )


def _odd_violation(table: Table, row: Row, odd: OddQuarter, ctx: Context) -> Violation:
    """The finding on the one wrong quarter, at the running total less the others."""
    value = table.value(row, odd.col)
    total = table.value(row, odd.total)
    expected = display(odd.value, value)
    others = " − ".join(f"{c.header} {printed(table, row, c)}" for c in odd.others)
    places = {
        (id(t), r.index, c.index): (t, r, c)
        for s in (*odd.said, *odd.backing)
        for t, r, c in s.cells
    }
    return ctx.violation(
        ctx.cell_location(table, row, odd.col),
        expected=expected,
        actual=printed(table, row, odd.col, value),
        related=[ctx.cell_location(table, row, odd.total)]
        + [ctx.cell_location(table, row, c) for c in odd.others]
        + [ctx.cell_location(*place) for place in places.values()],
        quarters=_names([*odd.others, odd.col]),
        column=odd.col.title,
        reading=phrase(
            "quarters.odd",
            ctx.lang,
            expected=expected,
            total=f"{odd.total.title} {printed(table, row, odd.total, total)}",
            others=others,
            by="; ".join(dict.fromkeys(word(w, ctx.lang) for w in odd.said)),
            name=odd.total.title,
            backing="; ".join(dict.fromkeys(word(s, ctx.lang) for s in odd.backing)),
        ),
    )


class QuarterCapaianOptions(BaseModel):
    """Options of the ``quarter-capaian`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _capaian_columns(table: Table) -> list[tuple[Column, int, bool]]:
    """Capaian columns naming a quarter: the quarter, and whether up to it.

    ``Capaian s.d. TW III`` measures up to TW III, ``Capaian TW III`` TW III alone.
    """
    found: list[tuple[Column, int, bool]] = []
    for col in table.columns:
        if col.role != R.OTHER or "capaian" not in col.header.lower():
            continue
        period = period_of(col.header)
        if period is not None and period.quarter is not None:
            found.append((col, period.quarter, period.cumulative))
    return found


def _one_quarter(table: Table, role: ColumnRole, quarter: int) -> Column | None:
    """The column of one quarter's own figure of a role, by its header.

    ``TW III`` under ``Realisasi``, or ``Realisasi TW III`` that keeps the role
    as the table's only realisasi; None for a running total (``s.d. TW III``).
    """
    col = quarter_parts(table, role).get(quarter) or table.column(role)
    period = period_of(col.header) if col is not None else None
    if period is None or period.cumulative or period.quarter != quarter:
        return None
    return col


def _realisasi_up_to(table: Table, quarter: int) -> Column | None:
    """The realisasi column up to the quarter (``s.d. TW III``)."""
    col = table.column(R.REALISASI)
    period = period_of(col.header) if col is not None else None
    if period is None or not period.cumulative or period.quarter != quarter:
        return None
    return col


def _targets_mode(
    table: Table, parts: dict[int, Column], rows: list[Row]
) -> str | None:
    """Whether the quarters' targets are each quarter's ("own") or running totals.

    From the rows with the year's target and every quarter's (:func:`_row_mode`).
    None when the rows say both, or nothing.
    """
    return _vote([_row_mode(table, row, parts) for row in rows])


def _vote(modes: list[str | None]) -> str | None:
    """The one reading the rows that tell one tell, None when they tell both."""
    told = set(modes) - {None}
    return told.pop() if len(told) == 1 else None


def _row_mode(table: Table, row: Row, parts: dict[int, Column]) -> str | None:
    """The reading a row's own targets show, None when they show both or neither.

    The quarters' sum equal to the year's target says "own" (4, 6, 8, 6 of 24);
    the last quarter's equal to it, none falling, says "running" (a level held
    each quarter, 95%, 95%, 95%, 95% of 95%; a count up to the quarter).
    """
    year = table.column(R.TARGET)
    every = _up_to(parts, 4)
    if year is None or every is None:
        return None
    whole = amount(table.value(row, year))
    figures = [amount(table.value(row, c)) for c in every]
    if whole is None or any(f is None for f in figures):
        return None
    known = [f for f in figures if f is not None]
    own = sum(known, Decimal(0)) == whole
    running = known[-1] == whole and known == sorted(known)
    if own == running:
        return None
    return "own" if own else "running"


# an indicator that names a level, not a count (an index, a score, a rate)
LEVEL_WORDS = lazy(r"\b(?:indeks|index|nilai|skor|rata rata|rata-rata|predikat)\b")


def _is_level(table: Table, row: Row, cols: list[Column]) -> bool:
    """A row whose targets are a level: in percent, with decimals, or named one.

    Named one by its indicator or its name (an index, a score, a mean).
    """
    for col in cols:
        value = table.value(row, col)
        if is_figure(value) and (value.is_percent or value.decimals):
            return True
    indicator = table.column(R.INDIKATOR)
    text = row.cells[indicator.cells[0]].text if indicator is not None else ""
    return bool(LEVEL_WORDS.search(f"{text} {table.label_of(row)}".lower()))


def split_targets(table: Table) -> tuple[list[Column], tuple[str, ...]] | None:
    """The quarters' targets up to the quarter a table's realisasi runs to.

    In a table whose target is split by quarter (``Target`` over ``TW I … TW
    IV`` beside the year's) and whose realisasi is up to a quarter (``s.d. TW
    III``): the quarters' columns up to it, and the readings of the target up to
    it (``own``: their sum; ``running``: the last one's), the one the table's
    rows show when they show one. None in any other table.
    """
    real = table.column(R.REALISASI)
    if real is None:
        return None
    period = period_of(real.header) or period_of(real.group)
    if period is None or not period.cumulative or period.quarter is None:
        return None
    parts = quarter_parts(table, R.TARGET)
    cols = _up_to(parts, period.quarter) if parts else None
    if cols is None:
        return None
    data = [r for r in table.rows if r.kind == RowKind.DATA]
    mode = _targets_mode(table, parts, data)
    return cols, (mode,) if mode is not None else ("own", "running")


def target_up_to(
    table: Table, row: Row, cols: list[Column], mode: str
) -> Interval | None:
    """A row's target up to the last of ``cols``: their sum, or the last one's."""
    return _target_up_to(table, row, cols, mode)


def _target_up_to(
    table: Table, row: Row, cols: list[Column], mode: str
) -> Interval | None:
    values = [table.value(row, c) for c in cols]
    if not all(is_figure(v) for v in values):
        return None
    if mode == "running":
        return operand(values[-1])
    total = Interval.exact(Decimal(0))
    for value in values:
        total = total + operand(value)
    return total


@check(
    "quarter-capaian",
    options=QuarterCapaianOptions,
    provides=("formula", "realisasi", "target", "quarters"),
)
def quarter_capaian(
    table: Table, opts: QuarterCapaianOptions, ctx: Context
) -> Iterator[Violation]:
    """Capaian of a quarter = its realisasi / its target × 100, up to it or alone.

    Up to a quarter (``Capaian s.d. TW III``): the realisasi up to it over the
    target up to it. Of one quarter (``Capaian TW III``): that quarter's
    realisasi over that quarter's target, each read from its own column; silent
    when either column is missing.
    """
    data = [r for r in table.rows if r.kind == RowKind.DATA]
    for col, quarter, cumulative in _capaian_columns(table):
        if cumulative:
            yield from _capaian_up_to(table, data, col, quarter, ctx)
            continue
        real_col = _one_quarter(table, R.REALISASI, quarter)
        target_col = _one_quarter(table, R.TARGET, quarter)
        if real_col is not None and target_col is not None:
            pair = _Pair(table, col, real_col, [target_col], ctx.report)
            yield from _judge(pair, data, dict.fromkeys(_indexes(data), "own"), ctx)


def _capaian_up_to(
    table: Table, data: list[Row], col: Column, quarter: int, ctx: Context
) -> Iterator[Violation]:
    """The capaian up to a quarter, against the target up to it."""
    parts = quarter_parts(table, R.TARGET)
    real_col = _realisasi_up_to(table, quarter)
    cols = _up_to(parts, quarter) if parts else None
    if real_col is None or cols is None:
        return
    year = table.column(R.TARGET)
    targets = [*cols, *([year] if year is not None else [])]
    pair = _Pair(table, col, real_col, cols, ctx.report)
    levels = [r for r in data if _is_level(table, r, targets)]
    counts = [r for r in data if not _is_level(table, r, targets)]
    modes: dict[int, str] = {}
    for rows, level in ((levels, True), (counts, False)):
        group = _vote([_row_mode(table, r, parts) for r in rows])
        group = group or _printed_mode(pair, rows)
        if group is None:
            # NOTE: a level held each quarter is its own target up to it; counts
            # go by the whole table's rows
            group = "running" if level else _targets_mode(table, parts, data)
            group = group or (None if level else _printed_mode(pair, data))
        for row in rows:
            mode = _row_mode(table, row, parts) or group
            if mode is not None:
                modes[row.index] = mode
    yield from _judge(pair, data, modes, ctx)


class _Pair:
    """A capaian column with the realisasi and the quarters' targets it is of."""

    def __init__(
        self,
        table: Table,
        col: Column,
        real_col: Column,
        cols: list[Column],
        report: Report,
    ) -> None:
        self.table, self.col, self.real_col, self.cols = table, col, real_col, cols
        self.stated = stated_formulas(report)
        self._readings: dict[int, Polarity] = {}

    def reading(self, row: Row) -> Polarity:
        """The row's polarity by its wording, read once (every mode asks it)."""
        found = self._readings.get(row.index)
        if found is None:
            real = self.table.value(row, self.real_col)
            found = row_polarity(self.table, row, printed_unit(real))
            self._readings[row.index] = found
        return found

    def formulas(self, row: Row, mode: str) -> dict[str, Interval] | None:
        """The row's capaian by each formula it may follow, or None.

        The formula the report states for the indicator; realisasi / target
        alone where the wording says higher is better; the formula the report
        states for lower-is-better indicators where it says lower; else all
        three: realisasi / target, target / realisasi, 2 − realisasi / target.
        """
        table = self.table
        res, real = table.value(row, self.col), table.value(row, self.real_col)
        target = _target_up_to(table, row, self.cols, mode)
        if target is None or not (is_figure(res) and is_figure(real)):
            return None
        if target.lo <= 0 <= target.hi:
            return None
        found = exact_formulas(operand(real), target)
        name = table.indicator_of(row)
        reading = self.reading(row)
        own = self.stated.of(name)
        if own is None and reading is not Polarity.HIGHER:
            own = self.stated.listed_of(name)
        if own is None and reading is Polarity.LOWER:
            own = self.stated.lower
        if own is not None and own in found:
            return {own: found[own]}
        if reading is Polarity.HIGHER:
            return {"standard": found["standard"]}
        return found

    def fits(self, row: Row, mode: str) -> bool:
        found = self.formulas(row, mode)
        res = self.table.value(row, self.col)
        return found is not None and any(agrees(v, res) for v in found.values())


def _indexes(rows: list[Row]) -> list[int]:
    return [row.index for row in rows]


def _judge(
    pair: _Pair, data: list[Row], modes: dict[int, str], ctx: Context
) -> Iterator[Violation]:
    """Each row's capaian against its realisasi over the target of ``cols``."""
    table, col, real_col, cols = pair.table, pair.col, pair.real_col, pair.cols
    method = _lower_method(pair, data, modes)
    for row in data:
        mode = modes.get(row.index)
        if mode is None:
            continue
        if mode == "own" and year_backed(table, row) is not None:
            continue  # NOTE: a quarter's target is wrong; quarter-targets says so
        fix = capaian_total(ctx.report, table, row)
        if fix is not None and fix.col is real_col:
            continue  # NOTE: right for the quarters' sum; the running total is not
        found = pair.formulas(row, mode)
        if found is None:
            continue
        res, real = table.value(row, col), table.value(row, real_col)
        fits = {name for name, value in found.items() if agrees(value, res)}
        lower = pair.reading(row) is Polarity.LOWER
        if fits and not (lower and fits == {"standard"} and method in found):
            continue  # NOTE: realisasi / target where the table's others are not
        formula = (method if lower else None) or ("two_minus" if lower else None)
        if formula not in found:
            formula = next(iter(found)) if len(found) == 1 else "standard"
        target = _target_up_to(table, row, cols, mode)
        assert target is not None  # NOTE: pair.formulas had one
        # NOTE: in the realisasi's unit (a Satuan column gives it to both)
        shown_target = display(
            target.mid, table.value(row, cols[-1]), printed_unit(real)
        )
        shown_real = printed(table, row, real_col, real)
        yield ctx.violation(
            ctx.cell_location(table, row, col),
            expected=ctx.shown_percent(found[formula].mid, table, col, res),
            actual=printed(table, row, col, res),
            related=[ctx.cell_location(table, row, real_col)]
            + [ctx.cell_location(table, row, c) for c in cols],
            formula=phrase(
                f"quarter.{formula}", ctx.lang, real=shown_real, target=shown_target
            ),
            realisasi=shown_real,
            target=shown_target,
            quarters=cols[-1].header if mode == "running" else _names(cols),
        )


def _lower_method(pair: _Pair, data: list[Row], modes: dict[int, str]) -> str | None:
    """The lower-is-better formula the report states, or the column's rows follow.

    The column's lower-is-better rows teach it where one formula alone fits
    their print (most such rows; on a tie, 2 − realisasi / target); None when
    the report states none and no such row shows one.
    """
    if pair.stated.lower is not None:
        return pair.stated.lower
    table = pair.table
    used = {"inverse": 0, "two_minus": 0}
    for row in data:
        mode = modes.get(row.index)
        if mode is None or pair.reading(row) is not Polarity.LOWER:
            continue
        found = pair.formulas(row, mode) or {}
        if "standard" not in found:
            continue  # NOTE: a formula the report states for it teaches nothing
        res = table.value(row, pair.col)
        fits = [name for name in used if name in found and agrees(found[name], res)]
        if len(fits) == 1 and not agrees(found["standard"], res):
            used[fits[0]] += 1
    if not any(used.values()):
        return None
    return max(used, key=lambda name: (used[name], name == "two_minus"))


def _printed_mode(pair: _Pair, rows: list[Row]) -> str | None:
    """The target up to the quarter that the printed capaian follow more often."""
    hits = {"own": 0, "running": 0}
    for row in rows:
        for mode in hits:
            if pair.fits(row, mode):
                hits[mode] += 1
    if hits["own"] == hits["running"]:
        return None
    return max(hits, key=lambda m: hits[m])


class CapaianTotal(NamedTuple):
    """A performance running total its row's capaian puts at its quarters' sum.

    ``col`` is the running total (``s.d. TW III``), ``total`` its quarters'
    sum, ``cols`` the quarters' columns and ``capaian`` the capaian column that
    agrees with the sum (and with no reading of the printed total).
    """

    col: Column
    total: Decimal
    cols: list[Column]
    capaian: Column
    target: Column


# an indicator that names a level or a rate, not a count: its quarters are not
# parts of a whole
_NOT_ADDITIVE = lazy(
    r"\b(?:persentase|prosentase|persen|indeks|index|nilai|skor|rata rata|"
    r"rata-rata|rasio|tingkat|angka|laju|predikat|opini|proporsi|cakupan|"
    r"kategori|level|peringkat)\b"
)


def _additive(table: Table, row: Row, values: list[Value]) -> bool:
    """True when a row's figures are a count or rupiah the quarters share out.

    Not a percentage or an index: a figure in percent or printed with decimals,
    or an indicator whose wording names a level, a rate or a share.
    """
    if any(v.is_percent or v.decimals for v in values):
        return False
    return not _NOT_ADDITIVE.search(table.label_of(row).lower())


def capaian_total(report: Report, table: Table, row: Row) -> CapaianTotal | None:
    """The quarters' sum a performance running total should print, by its capaian.

    A running total of realised performance (``s.d. TW III`` under
    ``Realisasi``) beside each quarter's own column up to it (``TW I``, ``TW
    II``, ``TW III``), on a row whose figures are a count or rupiah (not a
    percentage, an index or a rate), whose quarters' sum differs from the print,
    and whose capaian agrees (realisasi / target) with the sum against a target
    of the table while it agrees with the printed total by no formula and no
    target: the capaian witnesses the sum, and the running total is the wrong
    figure. None in every other case (the table's quarters run, a formula is
    stated, a quarter is disputed by its own rows). Memoised per report.
    """
    return memo(
        report,
        ("capaian-total", id(table), row.index),
        lambda: _capaian_total(table, row),
    )


def _capaian_total(table: Table, row: Row) -> CapaianTotal | None:
    from lkjaudit.checks.arithmetic import exact_formulas  # NOTE: it reads us

    col = table.column(R.REALISASI)
    if col is None or col.index in row.inherited:
        return None
    period = period_of(col.header) or period_of(col.group)
    if period is None or not period.cumulative or period.quarter is None:
        return None
    parts = quarter_parts(table, R.REALISASI)
    cols = _up_to(parts, period.quarter) if parts else None
    if cols is None or not _stated_as_sum(col, cols) or _running(table, col, cols):
        return None
    own = table.value(row, col)
    values = [own, *(table.value(row, c) for c in cols)]
    if not is_figure(own) or not _additive(table, row, values):
        return None
    total = _sum(table, row, cols)
    if total is None or total == own.number:
        return None
    summed = replace(own, kind=ValueKind.NUMBER, number=total)
    fits: tuple[Column, Column] | None = None
    for cap, targets in _capaians(table, row, period.quarter):
        res = table.value(row, cap)
        for target_col, target in targets:
            if target.lo <= 0 <= target.hi:
                continue
            found = exact_formulas(operand(own), target).values()
            if any(agrees(v, res) for v in found):
                return None  # NOTE: a capaian follows the print by some reading
            standard = exact_formulas(operand(summed), target)["standard"]
            if fits is None and agrees(standard, res):
                fits = cap, target_col
    if fits is None:
        return None
    return CapaianTotal(col, total, cols, *fits)


def _capaians(
    table: Table, row: Row, quarter: int
) -> Iterator[tuple[Column, list[tuple[Column, Interval]]]]:
    """The row's capaian read from the realisasi up to ``quarter``, and their targets.

    The capaian column against the targets it may be computed against
    (:func:`_targets`), and a capaian up to the quarter (``Capaian s.d. TW
    III``) against the target up to it. A capaian with a stated formula, or
    merged from the row above, is left out.
    """
    year = table.column(R.TARGET)
    cap = table.column(R.CAPAIAN)
    if (
        cap is not None
        and year is not None
        and not cap.formula
        and cap.index not in row.inherited
        and is_figure(table.value(row, cap))
    ):
        yield cap, _targets(table, row, year)
    split = split_targets(table)
    for col, up_to, cumulative in _capaian_columns(table):
        if not cumulative or up_to != quarter or split is None or col.formula:
            continue
        if col.index in row.inherited or not is_figure(table.value(row, col)):
            continue
        cols, modes = split
        found = [
            (cols[-1], target)
            for mode in modes
            if (target := _target_up_to(table, row, cols, mode)) is not None
        ]
        yield col, found


def _targets(table: Table, row: Row, year: Column) -> list[tuple[Column, Interval]]:
    """The targets a capaian of the row may be computed against.

    The year's, the quarter's beside it (``Target TW III``), and the target up
    to the quarter of a table that splits its target by quarter (either reading
    of the quarters' targets).
    """
    from lkjaudit.analysis.targets import period_target

    found: list[tuple[Column, Interval]] = []
    for col in (year, period_target(table)):
        value = table.value(row, col) if col is not None else None
        if col is not None and value is not None and is_figure(value):
            found.append((col, operand(value)))
    split = split_targets(table)
    if split is not None:
        cols, modes = split
        for mode in modes:
            target = _target_up_to(table, row, cols, mode)
            if target is not None:
                found.append((cols[-1], target))
    return found


# a capaian header naming the year it measures ("terhadap Target Tahunan")
_NAMES_YEAR = lazy(r"\btahun(?:an)?\b|\b(?:19|20)\d{2}\b")


def _up_to_capaians(table: Table) -> list[tuple[Column, int]]:
    """The capaian columns that may measure up to a quarter, and the quarter.

    ``Capaian s.d. TW III``, and a capaian naming no period beside a realisasi
    up to a quarter in a table that splits its target by quarter (it may be
    computed against the target up to it: :func:`split_targets`).
    """
    found = [(c, q) for c, q, cumulative in _capaian_columns(table) if cumulative]
    cap, real = table.column(R.CAPAIAN), table.column(R.REALISASI)
    if cap is None or real is None or split_targets(table) is None:
        return found
    label = f"{cap.group} {cap.header}"
    period = period_of(real.header) or period_of(real.group)
    if period is None or period.quarter is None or period_of(label) is not None:
        return found
    if _NAMES_YEAR.search(label.lower()):
        return found
    return [*found, (cap, period.quarter)]


class YearBacked(NamedTuple):
    """A row whose capaian up to a quarter reads the year's target, not the quarters'.

    ``target`` is the year's target less the later quarters' (the target up to
    the quarter it gives), ``cols`` the quarters' target columns up to it.
    """

    capaian: Column
    quarter: int
    target: Decimal
    cols: list[Column]


def year_backed(table: Table, row: Row) -> YearBacked | None:
    """A capaian up to a quarter that shows the quarters' targets wrong, not itself.

    In a table whose quarters' targets are each quarter's own (their rows add up
    to the year's), a row whose four targets do not add up to the year's, and
    whose ``Capaian s.d. TW III`` is the realisasi up to TW III over the year's
    target less TW IV's, and by no formula over TW I + TW II + TW III as printed:
    the capaian and the year's target give one figure for the target up to the
    quarter, so one of the quarters' targets up to it is wrong. None otherwise.
    """
    from lkjaudit.checks.arithmetic import exact_formulas  # NOTE: it reads us

    year = table.column(R.TARGET)
    parts = quarter_parts(table, R.TARGET)
    every = _up_to(parts, 4) if parts else None
    if year is None or every is None or period_of(year.header) is not None:
        return None
    data = [r for r in table.rows if r.kind == RowKind.DATA]
    if row.kind != RowKind.DATA or _targets_mode(table, parts, data) != "own":
        return None
    whole = amount(table.value(row, year))
    quarters = [amount(table.value(row, c)) for c in every]
    if whole is None or any(q is None for q in quarters):
        return None
    known = [q for q in quarters if q is not None]
    if sum(known, Decimal(0)) == whole:
        return None
    for col, quarter in _up_to_capaians(table):
        real_col = _realisasi_up_to(table, quarter)
        if real_col is None or quarter >= 4:
            continue
        res, real = table.value(row, col), table.value(row, real_col)
        if not (is_figure(res) and is_figure(real)):
            continue
        implied = whole - sum(known[quarter:], Decimal(0))
        shown = sum(known[:quarter], Decimal(0))
        if implied <= 0 or shown <= 0 or implied == shown:
            continue
        if any(
            agrees(v, res)
            for v in exact_formulas(operand(real), Interval.exact(shown)).values()
        ):
            continue
        by_year = exact_formulas(operand(real), Interval.exact(implied))["standard"]
        if agrees(by_year, res):
            return YearBacked(col, quarter, implied, every[:quarter])
    return None


def own_quarter(table: Table) -> tuple[Column, Column] | None:
    """The realisasi and target columns of the quarter a capaian may be of.

    In a table whose target names one quarter alone (``Target TW III``, the
    table's target or the quarter's beside the year's) and which prints that
    quarter's own realisasi (``Realisasi TW III``, or ``TW III`` under
    ``Realisasi``) beside a realisasi that is not it (``s.d. TW III``), a
    capaian naming no period, or that quarter alone (``Capaian TW III``), may be
    that quarter's realisasi over its target. None in any other table.
    """
    from lkjaudit.analysis.targets import period_target

    real = table.column(R.REALISASI)
    capaian = table.column(R.CAPAIAN)
    if real is None or capaian is None:
        return None
    target = period_target(table) or table.column(R.TARGET)
    said = period_of(target.header) if target is not None else None
    if target is None or said is None or said.cumulative or said.quarter is None:
        return None
    quarter = said.quarter
    of_capaian = period_of(f"{capaian.group} {capaian.header}")
    if of_capaian is not None and (
        of_capaian.cumulative or of_capaian.quarter != quarter
    ):
        return None  # NOTE: up to the quarter, or of another period
    if _NAMES_YEAR.search(f"{capaian.group} {capaian.header}".lower()):
        return None  # NOTE: "Capaian terhadap Target Tahunan": the year's alone
    own = _one_quarter(table, R.REALISASI, quarter)
    if own is None or own is real:
        return None
    return own, target
