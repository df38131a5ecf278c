"""Quarterly targets against the year's target.

A triwulan table that splits the target by quarter (``Target`` over ``TW I … TW
IV``, or ``Target TW I`` … ``Target TW IV``) beside the year's (``Target
Tahunan``, ``Target 2024``) states the year's target twice, in one of two ways:

- each quarter's own target (counts, rupiah): the four add up to the year's;
- running targets (a level such as a percentage, or a count up to the quarter):
  the last quarter's equals the year's.

The report does not say which; the rows do. The reading that more than half the
rows follow, and more rows than the other, is the table's; a row that follows
neither is reported against it. When no reading has such a majority nothing is
said: a guessed reading would turn a right table into findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.periods import period_of
from lkjaudit.checks.common import is_figure
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.quarters import quarter_parts
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value

__all__ = ["QuarterTargetsOptions", "year_and_quarters"]

R = ColumnRole
OWN, RUNNING = "own", "running"


def year_and_quarters(table: Table) -> tuple[Column, list[Column]] | None:
    """The year's target column and the four quarters' target columns, or None.

    The year's target names no quarter (``Target Tahunan``, ``Target 2024``); a
    table without all four quarters' targets, or with a quarter twice, has none.
    """
    year = table.column(R.TARGET)
    if year is None or period_of(year.header) is not None:
        return None
    parts = quarter_parts(table, R.TARGET)
    if sorted(parts) != [1, 2, 3, 4]:
        return None
    return year, [parts[q] for q in (1, 2, 3, 4)]


@dataclass(frozen=True)
class _Row:
    """One row's year's target and quarters' targets, and which readings it fits."""

    row: Row
    year: Value
    quarters: list[Value]
    total: Interval  # the four quarters added up

    @property
    def own(self) -> bool:
        return agrees(self.total, self.year)

    @property
    def running(self) -> bool:
        return agrees(operand(self.quarters[-1]), self.year)


def _rows(table: Table, year: Column, cols: list[Column]) -> list[_Row]:
    """The data rows with a year's target and a figure (or a dash) per quarter.

    A row whose every target is zero or a dash tells nothing and is left out.
    """
    found: list[_Row] = []
    for row in table.rows:
        if row.kind != RowKind.DATA or year.index in row.inherited:
            continue
        whole = table.value(row, year)
        values = [table.value(row, c) for c in cols]
        if not is_figure(whole) or not all(is_figure(v) for v in values):
            continue
        if not whole.number and not any(v.number for v in values):
            continue
        total = Interval.exact(Decimal(0))
        for value in values:
            total = total + operand(value)
        found.append(_Row(row, whole, values, total))
    return found


def _reading(rows: list[_Row]) -> str | None:
    """The reading more than half the rows follow, and more rows than the other."""
    own = sum(1 for r in rows if r.own)
    running = sum(1 for r in rows if r.running)
    if own > running and 2 * own > len(rows):
        return OWN
    if running > own and 2 * running > len(rows):
        return RUNNING
    return None


def _shown_sum(item: _Row, table: Table, year: Column, ctx: Context) -> str:
    """The quarters' sum printed like the year's target (its unit, its decimals)."""
    if item.year.unit == "%":
        return ctx.shown_percent(item.total.mid, table, year, item.year)
    return display(item.total.mid, item.year)


class QuarterTargetsOptions(BaseModel):
    """Options of the ``quarter-targets`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@check(
    "quarter-targets",
    options=QuarterTargetsOptions,
    confidence=Confidence.MEDIUM,
    provides=("reading", "parts"),
)
def quarter_targets(
    table: Table, opts: QuarterTargetsOptions, ctx: Context
) -> Iterator[Violation]:
    """The quarters' targets restate the year's: summed, or the last one running.

    The table's reading is the one more than half its rows follow (and more rows
    than the other); each row that follows neither is reported at its year's
    target, with the figure the table's reading gives. Silent when no reading has
    that majority, and on rows whose targets are all zero or a dash.
    """
    found = year_and_quarters(table)
    if found is None:
        return
    year, cols = found
    rows = _rows(table, year, cols)
    reading = _reading(rows)
    if reading is None:
        return
    for item in rows:
        if item.own or item.running:
            continue
        if reading == OWN:
            expected = _shown_sum(item, table, year, ctx)
            sep = " + "
        else:
            expected = shown(item.quarters[-1])  # NOTE: a printed figure, as printed
            sep = ", "
        yield ctx.violation(
            ctx.cell_location(table, item.row, year),
            expected=expected,
            actual=shown(item.year),
            related=[ctx.cell_location(table, item.row, c) for c in cols],
            reading=phrase(f"reading.{reading}", ctx.lang),
            parts=sep.join(
                f"{c.header} {shown(v)}"
                for c, v in zip(cols, item.quarters, strict=True)
            ),
        )
