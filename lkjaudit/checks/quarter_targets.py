"""Quarterly targets against the year's target.

A triwulan table that splits the target by quarter (``Target`` over ``TW I … TW
IV``, or ``Target TW I`` … ``Target TW IV``) beside the year's (``Target
Tahunan``, ``Target 2024``) states the year's target twice, in one of two ways:

- each quarter's own target (counts, rupiah): the four add up to the year's;
- running targets (a level such as a percentage, or a count up to the quarter):
  the last quarter's equals the year's.

The report does not say which; the rows do. The reading that more than half the
rows follow, and more rows than the other, is the table's; when both readings fit
the same majority (targets set only in TW IV fit both) the table has the two at
once. A row that follows neither is wrong whichever the reading, and is reported
with the figure the reading gives (both figures when the table has both readings
and they differ). When no reading has such a majority nothing is said: a table
whose rows mostly follow neither may not be stating the year's target twice.

Percentages are not parts of a whole unless the table shows they are: a row in
percent that follows neither is judged by its TW IV target, unless the table's
percent rows themselves mostly add up (each quarter's share of the work). A row
whose quarters are in percent against a year's count (``1`` dokumen, ``25%`` …
``100%``) states progress towards the year's target, not parts of it: it neither
counts towards a reading nor is judged. Quarters in percent against years
printed bare (``90`` over ``60%`` … ``90%``) are percentages without their sign
when most such rows of the table fit a reading, and progress otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import infer_role
from lkjaudit.analysis.periods import period_of
from lkjaudit.checks.common import is_figure, printed, ratio_readings
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.quarters import (
    LEVEL_WORDS,
    YearBacked,
    quarter_parts,
    year_backed,
)
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = ["QuarterTargetsOptions", "target_reading", "year_and_quarters"]

R = ColumnRole
OWN, RUNNING, BOTH = "own", "running", "both"


def target_reading(table: Table, col: Column) -> bool | None:
    """Whether a bare ``Target TW III`` is the target up to the quarter, by its capaian.

    A target column headed by a quarter alone may hold that quarter's target or
    the target up to it. The table's capaian tells when it is worked out
    against it: on the rows where the two readings differ, a capaian that is
    the realisasi up to the quarter (``s.d. TW III``) over the target, and
    never that quarter's own realisasi (``TW III``) over it, says the target
    runs up to the quarter (True); the other way round, that it is the
    quarter's own (False). None when the table has not both realisasi columns
    and a capaian, when no row tells, or when rows tell both ways.
    """
    period = period_of(col.header)
    if period is None or period.quarter is None or period.cumulative:
        return None
    if _reads_as(col) != R.TARGET or period.quarter == 1:
        return None  # NOTE: TW I alone is also the total up to it
    quarter = period.quarter
    part = quarter_parts(table, R.REALISASI).get(quarter)
    running = [
        c
        for c in table.columns
        if c.role == R.REALISASI
        and (seen := period_of(c.header) or period_of(c.group)) is not None
        and seen.cumulative
        and seen.quarter == quarter
    ]
    capaian = table.column(R.CAPAIAN)
    if part is None or len(running) != 1 or capaian is None:
        return None
    votes = {True: 0, False: 0}
    for row in table.rows:
        if row.kind != RowKind.DATA:
            continue
        ratio, target = table.value(row, capaian), table.value(row, col)
        fits = {}
        for up_to, num in ((True, running[0]), (False, part)):
            readings = ratio_readings(capaian, ratio, table.value(row, num), target)
            fits[up_to] = readings is not None and any(
                agrees(r.scale(Decimal(100)), ratio) for r in readings
            )
        if fits[True] != fits[False]:
            votes[fits[True]] += 1
    if votes[True] and not votes[False]:
        return True
    if votes[False] and not votes[True]:
        return False
    return None


def _reads_as(col: Column) -> ColumnRole | None:
    """A column's role, or the one its headers read as when left without one."""
    if col.role != R.OTHER:
        return col.role
    groups = (col.group,) if col.group else ()
    return infer_role(col.header, groups, col.content)


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
        parts = _planned_quarters(table)
    if sorted(parts) != [1, 2, 3, 4]:
        return None
    return year, [parts[q] for q in (1, 2, 3, 4)]


# the words over quarters that make them a plan (``Rencana`` over ``Triwulan I``)
_PLAN = lazy(r"\b(?:target|rencana|renaksi|sasaran)\b")
# the words that make them what was done (``Realisasi``, ``Capaian``)
_DONE = lazy(
    r"\b(?:realisasi|capaian|pencapaian|hasil|progres|serapan|terealisasi|"
    r"anggaran|pagu|belanja|dana|rp)\b"
)
# the columns of a table that reports what was done: with one, bare quarters
# could be either
_DONE_ROLES = (R.REALISASI, R.CAPAIAN, R.REALISASI_ANGGARAN, R.PERSEN_ANGGARAN)


def _planned_quarters(table: Table) -> dict[int, Column]:
    """Quarters' columns no role word names, read as targets by their meaning.

    A quarter's column whose header and spanning header name no figure (``TW
    I`` … ``TW IV`` beside ``Target Tahunan``) is a target when a planning word
    spans it (``Rencana``, ``Rencana Aksi``), or, with nothing above it, when
    the table reports nothing done (no realisasi, capaian or spending column):
    a plan by quarter. A word of what was done (``Realisasi``, ``Capaian``)
    over it, or such a column beside it, leaves it unread. Empty unless each
    quarter has exactly one such column.
    """
    done = any(c.role in _DONE_ROLES for c in table.columns)
    found: dict[int, Column] = {}
    for col in table.columns:
        if col.role != R.OTHER or col.content in ("text", "money", "empty"):
            continue
        period = period_of(col.header)
        if period is None or period.cumulative or period.quarter is None:
            continue
        words = f"{col.header} {col.group}".lower()
        if _DONE.search(words):
            continue
        if not (_PLAN.search(col.group.lower()) or (not col.group and not done)):
            continue
        if period.quarter in found:
            return {}
        found[period.quarter] = col
    return found


@dataclass(eq=False, repr=False)
class _Row:
    """One row's year's target and quarters' targets, and which readings it fits."""

    row: Row
    year: Value
    quarters: list[Value]
    total: Interval  # the four quarters added up
    percent: bool  # the year's target is a percentage, printed with % or not
    level: bool  # a percentage or an index: a level, which may be averaged

    @property
    def own(self) -> bool:
        return agrees(self.total, self.year)

    @property
    def running(self) -> bool:
        return agrees(operand(self.quarters[-1]), self.year)

    @property
    def mean(self) -> bool:
        """A level whose year's target is its quarters' mean (75, 80, 80, 85: 80)."""
        return self.level and agrees(self.total.scale(QUARTER), self.year)

    @property
    def fits(self) -> bool:
        return self.own or self.running or self.mean

    @property
    def votes(self) -> bool:
        """Whether the row tells the table's reading: a mean alone tells neither."""
        return self.own or self.running or not self.mean

    @property
    def last_only(self) -> bool:
        """Only TW IV has a target: its own target and the running one are the same."""
        return not any(v.number for v in self.quarters[:-1])


SAME, PROGRESS, BARE = "same", "progress", "bare"
QUARTER = Decimal("0.25")  # a mean of the four quarters


def _is_level(table: Table, row: Row, year: Value, quarters: list[Value]) -> bool:
    """A percentage or an index: printed with decimals, or named one.

    Such a target is a level the quarters may each hold (80%, 80%, 80%, 80%) or
    average to (75%, 80%, 80%, 85%), not a count they share out.
    """
    if year.decimals or any(v.decimals for v in quarters if is_figure(v)):
        return True
    return bool(LEVEL_WORDS.search(table.label_of(row).lower()))


def _units(year: Value, percent_column: bool, quarters: list[Value]) -> str:
    """Whether the quarters' figures are in the year's unit.

    ``PROGRESS`` for a percentage against a count (``1`` dokumen over ``25%`` …
    ``100%``: how far the work on the year's target has gone, not a part of it),
    or a count against a percentage; ``BARE`` for quarters in percent against a
    year printed bare in a column that does not say it holds percentages (a count,
    or a percentage without its sign); else ``SAME``. A quarter printed bare takes
    the year's unit (a ``Satuan`` column is read into the year's target only), and
    a dash has none.
    """
    units = {v.unit for v in quarters if v.kind == ValueKind.NUMBER}
    if year.is_percent or (year.unit is None and percent_column):
        return PROGRESS if units - {None, "%"} else SAME
    if "%" not in units:
        return SAME
    return PROGRESS if year.unit is not None else BARE


def _as_told(item: _Row, told: str) -> Value:
    """The year's target in the unit of the figure it is told (``85%`` by ``90%``).

    A year printed bare over quarters in percent is a percentage without its
    sign (``item.percent``): beside an expected ``90%`` it is shown ``85%``, so
    the two read as the same kind of figure.
    """
    if item.percent and told.endswith("%"):
        return _in_unit(item.year, "%")
    return item.year


def _in_unit(value: Value, unit: str) -> Value:
    """A quarter's figure printed bare, in the unit of the year's target.

    The quarters of a row are in the year's unit (:func:`_units`), which a
    ``Satuan`` column gives the year's target only: a figure shown from a
    quarter (TW IV's ``95`` as the expected year's target) carries it, as the
    year's ``90%`` beside it does.
    """
    if value.kind != ValueKind.NUMBER or value.unit is not None:
        return value
    return replace(value, unit=unit)


def _rows(table: Table, year: Column, cols: list[Column]) -> list[_Row]:
    """The data rows with a year's target and a figure (or a dash) per quarter.

    A row whose every target is zero or a dash tells nothing and is left out, and
    so is a row whose quarters are in percent against a year's count (progress).
    Quarters in percent against bare years are taken as percentages printed
    without their sign when more than half such rows fit a reading (the table's
    habit), and left out as progress otherwise.
    """
    found: list[tuple[_Row, bool]] = []  # each row, and whether its year is bare
    for row in table.rows:
        if row.kind != RowKind.DATA or year.index in row.inherited:
            continue
        whole = table.value(row, year)
        values = [table.value(row, c) for c in cols]
        if not is_figure(whole) or not all(is_figure(v) for v in values):
            continue
        if not whole.number and not any(v.number for v in values):
            continue
        units = _units(whole, year.is_percent, values)
        if units == PROGRESS:
            continue
        if units == SAME and whole.unit is not None:
            values = [_in_unit(v, whole.unit) for v in values]
        total = Interval.exact(Decimal(0))
        for value in values:
            total = total + operand(value)
        percent = units == BARE or whole.is_percent or year.is_percent
        level = percent or _is_level(table, row, whole, values)
        item = _Row(row, whole, values, total, percent, level)
        found.append((item, units == BARE))
    bare = [r for r, is_bare in found if is_bare]
    signless = 2 * sum(1 for r in bare if r.fits) > len(bare)
    return [r for r, is_bare in found if signless or not is_bare]


def _reading(rows: list[_Row]) -> str | None:
    """The reading more than half the rows follow, and more rows than the other.

    ``BOTH`` when the two readings are followed by as many rows, more than half:
    the rows that fit one fit the other (targets set only in TW IV), or as many
    add up as run, and a row that follows neither is wrong either way.
    """
    rows = [r for r in rows if r.votes]
    own = sum(1 for r in rows if r.own)
    running = sum(1 for r in rows if r.running)
    if 2 * max(own, running) <= len(rows):
        return None
    if own > running:
        return OWN
    if running > own:
        return RUNNING
    return BOTH


def _judged_by(item: _Row, reading: str, shares: str | None) -> str:
    """The reading a row that follows neither is held to.

    The table's, except for a level (a percentage, an index): levels add up only
    when the table's level rows (``shares``) show it, so otherwise its TW IV
    target is the year's. Under both readings a row with a target only in TW IV
    has one expected figure.
    """
    if item.level and shares not in (OWN, BOTH):
        reading = RUNNING
    elif item.level and shares is not None:
        reading = shares
    if reading == BOTH and item.last_only:
        return OWN
    return reading


def _shown_sum(item: _Row, table: Table, year: Column, ctx: Context) -> str:
    """The quarters' sum printed like the year's target (its unit, its decimals)."""
    if item.percent:
        return ctx.shown_percent(item.total.mid, table, year, item.year)
    return display(item.total.mid, item.year)


class QuarterTargetsOptions(BaseModel):
    """Options of the ``quarter-targets`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


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
    than the other, or as many: then both); each row that follows neither is
    reported at its year's target, with the figure its reading gives (a percent
    row's TW IV target unless the table's percentages add up; under both readings
    the sum and TW IV's target, named together, and expected only when they are
    one figure). Silent when no reading has that majority, on rows whose targets
    are all zero or a dash, and on rows in percent against a year's count.
    """
    found = year_and_quarters(table)
    if found is None:
        return
    year, cols = found
    rows = _rows(table, year, cols)
    reading = _reading(rows)
    if reading is None:
        return
    shares = _reading([r for r in rows if r.level])
    for item in rows:
        if item.fits:
            continue
        judged = _judged_by(item, reading, shares)
        backed = year_backed(table, item.row) if judged == OWN else None
        if backed is not None:
            yield _backed_violation(table, item, year, cols, backed, ctx)
            continue
        # NOTE: a printed figure, as printed
        last = printed(table, item.row, cols[-1], item.quarters[-1])
        expected: str | None
        if judged == OWN:
            expected = _shown_sum(item, table, year, ctx)
            said = phrase("reading.own", ctx.lang, value=expected)
        elif judged == RUNNING:
            # a percentage held to TW IV in a table that does not run is a level
            # the report sets per quarter; "running" is the table's word only
            key = "reading.running" if reading == RUNNING else "reading.last"
            expected = last
            said = phrase(key, ctx.lang, value=expected)
        else:  # both readings, two different figures: neither is the expected one
            expected = None
            said = phrase(
                "reading.both",
                ctx.lang,
                total=_shown_sum(item, table, year, ctx),
                last=last,
            )
        sep = ", " if judged == RUNNING else " + "
        yield ctx.violation(
            ctx.cell_location(table, item.row, year),
            expected=expected,
            actual=printed(table, item.row, year, _as_told(item, expected or last)),
            related=[ctx.cell_location(table, item.row, c) for c in cols],
            reading=said,
            parts=sep.join(
                f"{c.header} {printed(table, item.row, c, v)}"
                for c, v in zip(cols, item.quarters, strict=True)
            ),
        )


def _backed_violation(
    table: Table,
    item: _Row,
    year: Column,
    cols: list[Column],
    backed: YearBacked,
    ctx: Context,
) -> Violation:
    """A row whose capaian up to a quarter reads the year's target, not its quarters.

    The year's target and the capaian give one target up to the quarter (the
    year's less the later quarters'): the year's is right, and one of the
    quarters' targets up to it is wrong. Which one, the row does not tell, so
    no figure is expected.
    """
    first, last = backed.cols[0], backed.cols[-1]
    later = " − ".join(
        f"{c.header} {printed(table, item.row, c, v)}"
        for c, v in zip(
            cols[backed.quarter :], item.quarters[backed.quarter :], strict=True
        )
    )
    said = phrase(
        "reading.year_backed",
        ctx.lang,
        total=_shown_sum(item, table, year, ctx),
        capaian=f"{backed.capaian.header} {printed(table, item.row, backed.capaian)}",
        target=display(backed.target, item.year),
        later=later,
        quarters=first.header if first is last else f"{first.header}–{last.header}",
    )
    return ctx.violation(
        ctx.cell_location(table, item.row, year),
        expected=None,
        actual=printed(table, item.row, year, item.year),
        related=[ctx.cell_location(table, item.row, c) for c in cols]
        + [ctx.cell_location(table, item.row, backed.capaian)],
        reading=said,
        parts=" + ".join(
            f"{c.header} {printed(table, item.row, c, v)}"
            for c, v in zip(cols, item.quarters, strict=True)
        ),
    )
