"""Rows of averages: a ``Rata-rata`` row's percentage is the mean of the rows above.

An indicator table often ends with ``Rata-rata Capaian`` (or ``Rerata (%)``), a
budget table with the mean of its serapan. Reports work that mean out in more
than one accepted way; each is tried, and the row is reported only when none
reproduces its printed figure:

* the plain mean of the rows' figures (the reading named as expected);
* the mean with each figure capped at 100% (some pemda cap capaian);
* the mean of the group means (each sasaran's indicators averaged first), or of
  the sasaran rows' own figures, or of the groups' own rows of averages;
* the mean with a ``-`` row counted as zero;
* for a budget %, total realisasi over total anggaran of the rows.

Each reading is worked out from the figures as printed and from the figures as
they should be printed (:func:`~lkjaudit.checks.truth.truth`): a row whose own
capaian is wrong is reported by its own rule, and the average is judged right
when either agrees with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import column_name
from lkjaudit.analysis.rows import is_average_row
from lkjaudit.checks.common import amount, is_figure
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.truth import capaian_options, truth
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.engine.template import fill
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import ValueKind

__all__ = ["AverageOptions", "average_scopes"]

R = ColumnRole
HUNDRED = Decimal(100)
_DATA, _CONTINUATION, _TOTAL = RowKind.DATA, RowKind.CONTINUATION, RowKind.TOTAL
_NUMBER, _DASH, _EMPTY = ValueKind.NUMBER, ValueKind.DASH, ValueKind.EMPTY
# the operands a row's own figure is computed from: an average row that prints
# them is judged by the ratio rule as any other row
_OPERANDS = {
    R.CAPAIAN: (R.REALISASI, R.TARGET),
    R.PERSEN_ANGGARAN: (R.REALISASI_ANGGARAN, R.ANGGARAN),
}
_CORRECTED = (
    "; baris {row} dihitung {value}, bukan {printed}",
    "; row {row} counted at {value}, not {printed}",
)


class AverageOptions(BaseModel):
    """Options of the ``column-mean`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    columns: tuple[ColumnRole, ...] = (R.CAPAIAN, R.PERSEN_ANGGARAN)


def average_scopes(table: Table) -> Iterator[tuple[Row, list[Row], list[Row]]]:
    """Each row of averages, the rows it averages, and the averages before it.

    The rows averaged are those since the previous row of averages or total row
    (data and continuation rows; in a tree the top level only); an average
    right under the groups' own averages, with no row of its own, averages every
    row since the last total row, and comes with those averages (the rows of
    averages since that row); any other average comes with none.
    """
    region = own = 0
    earlier: list[Row] = []
    rows = table.rows
    for position, row in enumerate(rows):
        if row.kind == _TOTAL:
            region = own = position + 1
            earlier = []
        elif is_average_row(row):
            scope = _scope(table, rows[own:position])
            if scope:
                yield row, scope, []
            else:
                yield row, _scope(table, rows[region:position]), list(earlier)
            earlier.append(row)
            own = position + 1


def _scope(table: Table, rows: list[Row]) -> list[Row]:
    rows = [r for r in rows if r.kind in (_DATA, _CONTINUATION)]
    rows = [r for r in rows if not is_average_row(r)]
    if any(r.level is not None for r in rows):
        return [r for r in rows if r.kind == _DATA and r.parent is None]
    return rows


@dataclass(eq=False, repr=False)
class _Figures:
    """The figures an average is worked out from, three ways."""

    rows: list[Row] = field(default_factory=list)
    printed: list[Interval] = field(default_factory=list)
    should: list[Interval] = field(default_factory=list)
    # each row as the report most likely averaged it: at its recomputed figure
    # when the printed one is no reading of its own operands (a typo)
    likely: list[Interval] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)  # each row's group
    dashes: int = 0  # rows printing "-"
    summaries: list[Interval] = field(default_factory=list)  # sasaran rows' own


@check(
    "column-mean",
    options=AverageOptions,
    confidence=Confidence.MEDIUM,
    provides=("count", "column", "corrected"),
)
def column_mean(
    table: Table, opts: AverageOptions, ctx: Context
) -> Iterator[Violation]:
    """A row of averages holds the mean of the rows above it, column by column.

    Checks the columns whose role is in ``columns`` on every row that
    :func:`~lkjaudit.analysis.rows.is_average_row` names (``Rata-rata
    Capaian``), over the rows :func:`average_scopes` gives. Skips an average
    row whose cell is not a number and one that prints its own operands (the
    ratio rule judges its figure). Rows whose figure is empty or ``-`` are left
    out, and so are sasaran heading rows and sasaran rows printing only their
    own figure. Accepted readings: the plain mean, the mean capped at 100%, the
    mean of the group means, of the sasaran rows' figures or of the groups'
    own averages, the mean with a ``-`` row as zero, and for a budget % total
    realisasi over total anggaran; each from the figures as printed and as
    they should be. Yields the plain mean as expected, each row counted at its
    recomputed figure when its printed one is no reading of its own operands
    (a typo), and those rows (``corrected``).
    """
    for row, scope, earlier in average_scopes(table):
        for col in table.columns:
            if col.role not in opts.columns or _own_operands(table, row, col):
                continue
            violation = _average(table, row, col, scope, earlier, ctx)
            if violation is not None:
                yield violation


def _own_operands(table: Table, row: Row, col: Column) -> bool:
    roles = _OPERANDS.get(col.role, ())
    found = [table.column(r) for r in roles]
    return bool(found) and all(
        c is not None and is_figure(table.value(row, c)) for c in found
    )


def _average(
    table: Table,
    row: Row,
    col: Column,
    scope: list[Row],
    earlier: list[Row],
    ctx: Context,
) -> Violation | None:
    own = table.value(row, col)
    if own.kind != _NUMBER or own.number is None:
        return None
    figures = _figures(table, col, scope, ctx)
    if not figures.rows:
        return None
    readings = _readings(table, col, figures, earlier)
    if any(agrees(reading, own) for reading in readings):
        return None
    expected = _mean(figures.likely)
    corrected = "".join(
        fill(
            _CORRECTED[ctx.lang == "en"],
            {
                "row": str(item.index),
                "value": display(likely.mid, table.value(item, col)),
                "printed": shown(table.value(item, col)),
            },
        )
        for item, likely, printed in zip(
            figures.rows, figures.likely, figures.printed, strict=True
        )
        if likely is not printed
    )
    return ctx.violation(
        ctx.cell_location(table, row, col),
        expected=display(expected.mid, own),
        actual=shown(own),
        related=[ctx.cell_location(table, item, col) for item in figures.rows],
        count=str(len(figures.rows)),
        column=column_name(col) or phrase(f"role.{col.role.value}", ctx.lang),
        corrected=corrected,
    )


def _figures(table: Table, col: Column, scope: list[Row], ctx: Context) -> _Figures:
    """The rows an average covers, their figures, and their groups."""
    found = _Figures()
    summary = _summary_rows(table, col, scope)
    options = capaian_options(ctx)
    group = 0
    for item in scope:
        value = table.value(item, col)
        if item in summary or value.kind == _EMPTY:
            # NOTE: a sasaran heading (no figure) or a sasaran's own figure
            # starts a group of the indicators below it
            group = item.index
            if item in summary:
                found.summaries.append(operand(value))
            continue
        if value.kind == _DASH:
            found.dashes += 1
            continue
        if value.kind != _NUMBER or col.index in item.inherited:
            continue
        printed = operand(value)
        should = truth(table, item, col, ctx.report, options)
        right = should.interval if should is not None else printed
        typo = (
            should is not None
            and should.recomputed
            and not _a_reading(table, item, col)
        )
        found.rows.append(item)
        found.printed.append(printed)
        found.should.append(right)
        found.likely.append(right if typo else printed)
        found.groups.append(group or (item.entity or item.index))
    return found


def _summary_rows(table: Table, col: Column, scope: list[Row]) -> set[Row]:
    """Sasaran rows printing a figure of their own but none of its operands.

    In a table with operand columns, such a row's figure sums up the indicators
    below it; it is no indicator of the mean.
    """
    cols = [table.column(r) for r in _OPERANDS.get(col.role, ())]
    if not cols or any(c is None for c in cols):
        return set()
    return {
        item
        for item in scope
        if table.value(item, col).kind == _NUMBER
        and all(table.value(item, c).kind == _EMPTY for c in cols if c is not None)
    }


def _a_reading(table: Table, row: Row, col: Column) -> bool:
    """True when a printed figure is one reading of its own printed operands.

    Realisasi / target, or a lower-is-better formula (target / realisasi,
    2 − realisasi / target): what the report's own sheet computed, whichever
    formula the capaian rule holds it to.
    """
    num_col, den_col = (table.column(r) for r in _OPERANDS.get(col.role, ()))
    if num_col is None or den_col is None:
        return False
    value, num, den = (table.value(row, c) for c in (col, num_col, den_col))
    if not (is_figure(num) and is_figure(den)) or not amount(den):
        return False
    n, d = operand(num), operand(den)
    found = [(n / d).scale(HUNDRED)]
    if col.role == R.CAPAIAN:
        found.append((Interval.exact(Decimal(2)) - n / d).scale(HUNDRED))
        if amount(num):
            found.append((d / n).scale(HUNDRED))
    return any(agrees(f, value) for f in found)


def _readings(
    table: Table, col: Column, figures: _Figures, earlier: list[Row]
) -> list[Interval]:
    """Every accepted reading of the mean, from each way of taking the figures."""
    found: list[Interval] = []
    for values in (figures.printed, figures.should, figures.likely):
        found.append(_mean(values))
        found.append(_mean([_capped(v) for v in values]))
        if figures.dashes:
            zeros = [Interval.exact(Decimal(0))] * figures.dashes
            found.append(_mean(values + zeros))
        by_group = _group_means(values, figures.groups)
        if 1 < len(by_group) < len(values):
            found.append(_mean(by_group))
    weighted = _weighted(table, col, figures.rows)
    if weighted is not None:
        found.append(weighted)
    if figures.summaries:
        found.append(_mean(figures.summaries))
    averages = [table.value(r, col) for r in earlier]
    if len(averages) > 1 and all(v.kind == _NUMBER for v in averages):
        found.append(_mean([operand(v) for v in averages]))
    return found


def _mean(values: list[Interval]) -> Interval:
    total = Interval.exact(Decimal(0))
    for value in values:
        total = total + value
    return total.scale(Decimal(1) / len(values))


def _capped(value: Interval) -> Interval:
    """A figure capped at 100% (itself when it does not exceed 100%)."""
    lo, hi, at = value
    if hi <= HUNDRED:
        return value
    return Interval(min(lo, HUNDRED), HUNDRED, None if at is None else min(at, HUNDRED))


def _group_means(values: list[Interval], groups: list[int]) -> list[Interval]:
    by_group: dict[int, list[Interval]] = {}
    for value, group in zip(values, groups, strict=True):
        by_group.setdefault(group, []).append(value)
    return [_mean(members) for members in by_group.values()]


def _weighted(table: Table, col: Column, rows: list[Row]) -> Interval | None:
    """A budget %'s rows' total realisasi over their total anggaran."""
    if col.role != R.PERSEN_ANGGARAN:
        return None
    num_col, den_col = (table.column(r) for r in _OPERANDS[col.role])
    if num_col is None or den_col is None:
        return None
    spent = budget = Decimal(0)
    for item in rows:
        num, den = (amount(table.value(item, c)) for c in (num_col, den_col))
        if num is None or den is None:
            return None
        spent += num
        budget += den
    if not budget:
        return None
    return Interval.exact(spent / budget * HUNDRED)
