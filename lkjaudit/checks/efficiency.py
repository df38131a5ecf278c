"""Efisiensi columns whose formula the table does not state.

Reports compute the efficiency of spending in several ways, all from two
percentages of the same row: the capaian kinerja (realisasi / target) and the
serapan anggaran (realisasi anggaran / anggaran). Those in use:

* ``selisih``: capaian kinerja − serapan anggaran (the gap between the two);
* ``rasio``: capaian kinerja / serapan anggaran × 100;
* ``hemat``: (1 − serapan anggaran / capaian kinerja) × 100;
* ``sisa``: 100 − serapan anggaran (the share of the budget left unspent).

A table that writes its formula in the column-number row (``10=9-6``) is checked
by ``column-formula``. For one that does not, every formula is tried on every row
with all the figures it needs; the one that reproduces the printed efisiensi on
most rows, at least two and more than half of them, is the table's, and the rows
it does not reproduce are reported. When formulas tie, a row is reported only when
none of them reproduces it. When no formula is the table's, the table is left
alone: its method is unknown, and guessing it would be crying wolf.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import column_name, column_years, other_years
from lkjaudit.analysis.rows import is_average_row
from lkjaudit.checks.common import is_figure, printed
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = [
    "EfficiencyOptions",
    "expected_efisiensi",
]

R = ColumnRole
_HUNDRED = Interval.exact(Decimal(100))
_ONE = Interval.exact(Decimal(1))
# NOTE: the order is the preference among formulas that fit as many rows: the
# gap is what the LKj guidance tables show, the ratio the next most common
_FORMULAS = ("selisih", "rasio", "hemat", "sisa")


class EfficiencyOptions(BaseModel):
    """Options of the ``efficiency-formula`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    min_rows: int = 2  # rows a formula must reproduce to be the table's


def _evaluate(formula: str, kinerja: Interval, serapan: Interval) -> Interval | None:
    """The efisiensi (in percent) ``formula`` gives; None when it divides by zero."""
    try:
        if formula == "selisih":
            return kinerja - serapan
        if formula == "rasio":
            return (kinerja / serapan).scale(Decimal(100))
        if formula == "hemat":
            return (_ONE - serapan / kinerja).scale(Decimal(100))
        return _HUNDRED - serapan
    except ZeroDivisionError:
        return None


class _Columns:
    """The efisiensi column and where a row's two percentages come from."""

    def __init__(
        self,
        table: Table,
        efisiensi: Column,
        operands: dict[ColumnRole, Column | None],
        *,
        named: bool = False,
    ) -> None:
        self.table = table
        self.efisiensi = efisiensi
        self.capaian = operands.get(R.CAPAIAN)
        self.persen = operands.get(R.PERSEN_ANGGARAN)
        self.anggaran = operands.get(R.ANGGARAN)
        self.realisasi = operands.get(R.REALISASI_ANGGARAN)
        # NOTE: another year's figures are shown with their column's name
        # ("Capaian 2024 92,86"), so the finding says which year it is of
        self.named = named

    def usable(self) -> bool:
        budget = self.persen is not None or (
            self.anggaran is not None and self.realisasi is not None
        )
        return self.capaian is not None and budget

    def several_indicators(self, row: Row) -> bool:
        """Whether rows of further indicators below a row print their own capaian.

        A programme with two indicators prints its budget and efisiensi once; its
        efisiensi may be of either capaian or of their mean.
        """
        assert self.capaian is not None
        col, table = self.capaian, self.table
        below = [
            table.value(r, col)
            for r in table.rows
            if r.entity == row.index and col.index not in r.inherited
        ]
        return bool(below) and all(is_figure(v) for v in below)

    def serapan(self, row: Row) -> Interval | None:
        """The row's serapan anggaran in percent: printed, else computed."""
        table = self.table
        if self.persen is not None:
            value = table.value(row, self.persen)
            return operand(value) if is_figure(value) else None
        assert self.anggaran is not None and self.realisasi is not None
        pagu = table.value(row, self.anggaran)
        spent = table.value(row, self.realisasi)
        if not (is_figure(pagu) and is_figure(spent)) or not pagu.number:
            return None
        return (operand(spent) / operand(pagu)).scale(Decimal(100))

    def operands(self, row: Row) -> tuple[Interval, Interval] | None:
        """The row's capaian kinerja and serapan anggaran, when both are figures."""
        assert self.capaian is not None
        capaian = self.table.value(row, self.capaian)
        if not is_figure(capaian):
            return None
        serapan = self.serapan(row)
        return None if serapan is None else (operand(capaian), serapan)

    def kinerja_text(self, row: Row) -> str:
        """The capaian kinerja as printed."""
        assert self.capaian is not None
        return self._named(self.capaian, printed(self.table, row, self.capaian))

    def serapan_text(self, row: Row, serapan: Interval) -> str:
        """The serapan anggaran as printed, or as computed to two decimals."""
        if self.persen is not None:
            return self._named(self.persen, printed(self.table, row, self.persen))
        text = display(serapan.mid, None, "%", decimals=2)
        if not self.named:
            return text
        assert self.realisasi is not None and self.anggaran is not None
        spent, budget = column_name(self.realisasi), column_name(self.anggaran)
        return f"{spent} / {budget} {text}"

    def _named(self, col: Column, text: str) -> str:
        return f"{column_name(col)} {text}" if self.named else text

    def cells(self) -> list[Column]:
        """The columns an efisiensi is computed from, for the finding's places."""
        budget = [self.persen] if self.persen is not None else []
        if not budget:
            budget = [c for c in (self.realisasi, self.anggaran) if c is not None]
        return [c for c in (self.capaian, *budget) if c is not None]


_Judged = list[tuple[Row, dict[str, bool], Interval, Interval]]


def _judged(cols: _Columns) -> _Judged:
    """Rows with a printed efisiensi and both operands, and which formulas fit.

    A row whose entity goes on over rows of further indicators (a programme
    with two, its budget and efisiensi printed once) is judged on its own
    capaian; when no formula fits it, it is left out: the mean of its
    indicators' capaian may (``(96 + 100) / 2 − 90``), or another capaian, and
    which the report took is not known.
    """
    table, col = cols.table, cols.efisiensi
    out: _Judged = []
    for row in table.rows:
        if row.kind == RowKind.TOTAL or col.index in row.inherited:
            continue
        if is_average_row(row):
            # NOTE: its efisiensi may be the mean of the rows' efisiensi, not a
            # formula of its own averages; an indicator that measures an average
            # ("Rata-rata lama sekolah") is a row like any other
            continue
        printed = _signed(table.value(row, col))
        if printed is None:
            continue  # NOTE: a dash, or a verdict: no efisiensi stated
        found = cols.operands(row)
        if found is None:
            continue
        kinerja, serapan = found
        fits = _fits(kinerja, serapan, printed)
        if not any(fits.values()) and cols.several_indicators(row):
            # NOTE: its first capaian does not explain it: the mean of its
            # indicators' capaian may, or another: which the report took is unknown
            continue
        out.append((row, fits, kinerja, serapan))
    return out


def _signed(value: Value) -> Value | None:
    """An efisiensi as a figure: a minus set apart ("- 2,40") is its sign.

    None for a dash alone or anything but a figure.
    """
    if value.kind == ValueKind.NUMBER:
        return value
    parts = value.parts
    number = parts[1].number if len(parts) == 2 else None
    if (
        number is not None
        and value.kind == ValueKind.DASH
        and parts[0].dash
        and not parts[1].dash
    ):
        rest = parts[1]
        return replace(
            value,
            kind=ValueKind.NUMBER,
            number=-number,
            unit=rest.unit,
            decimals=rest.decimals,
            parts=(),
        )
    return None


def _fits(kinerja: Interval, serapan: Interval, printed: Value) -> dict[str, bool]:
    """Which formulas give the printed efisiensi from these two percentages."""
    fits = {}
    for formula in _FORMULAS:
        result = _evaluate(formula, kinerja, serapan)
        fits[formula] = result is not None and agrees(result, printed)
    return fits


def _table_formulas(judged: _Judged, min_rows: int) -> list[str]:
    """The formulas that fit most rows, when they fit enough; else none."""
    counts = {f: sum(fits[f] for _, fits, _, _ in judged) for f in _FORMULAS}
    best = max(counts.values(), default=0)
    if best < min_rows or best * 2 <= len(judged):
        return []
    return [f for f in _FORMULAS if counts[f] == best]


@check(
    "efficiency-formula",
    options=EfficiencyOptions,
    provides=("formula", "kinerja", "serapan", "fitting"),
)
def efficiency_formula(
    table: Table, opts: EfficiencyOptions, ctx: Context
) -> Iterator[Violation]:
    """Each efisiensi by the formula the table's other rows follow.

    Only for efisiensi columns without a formula in the column-number row; the
    formula is the one that reproduces most printed figures (see the module).
    Another year's efisiensi in the same table is judged the same way from that
    year's own capaian and budget columns, by the formula that year's rows
    follow, never from the year's.
    """
    for cols in _year_columns(table):
        if cols.efisiensi.formula or not cols.usable():
            continue  # NOTE: a stated formula: column-formula's
        yield from _judge(cols, opts, ctx)


def expected_efisiensi(
    table: Table, col: Column, min_rows: int = EfficiencyOptions().min_rows
) -> dict[int, Interval]:
    """The figure each row's efisiensi should hold where its print is wrong.

    By row index: the figure the table's formula gives on the rows it does not
    reproduce, as ``efficiency-formula`` judges them. Empty for a column with a
    stated formula, one no formula is the table's, or one that is no year's.
    """
    for cols in _year_columns(table):
        if cols.efisiensi is col:
            if col.formula or not cols.usable():
                return {}
            found = _wrong(cols, min_rows)
            return {row.index: expected for row, expected, _ in found[0]}
    return {}


# the rows a formula does not reproduce, each with the figure it gives and the
# serapan it was read with; the formula; how many rows it reproduces
_Wrong = tuple[list[tuple[Row, Interval, Interval]], str, int]


def _wrong(cols: _Columns, min_rows: int) -> _Wrong:
    """The rows of one efisiensi column its table's formula does not reproduce."""
    judged = _judged(cols)
    chosen = _table_formulas(judged, min_rows)
    if not chosen:
        return [], "", 0
    formula = chosen[0]
    fitting = sum(fits[formula] for _, fits, _, _ in judged)
    found = []
    for row, fits, kinerja, serapan in judged:
        if any(fits[f] for f in chosen):
            continue
        expected = _evaluate(formula, kinerja, serapan)
        if expected is not None:
            found.append((row, expected, serapan))
    return found, formula, fitting


def _judge(
    cols: _Columns, opts: EfficiencyOptions, ctx: Context
) -> Iterator[Violation]:
    """The rows of one efisiensi column its table's formula does not reproduce."""
    table, col = cols.table, cols.efisiensi
    found, formula, fitting = _wrong(cols, opts.min_rows)
    for row, expected, serapan in found:
        own = _signed(table.value(row, col)) or table.value(row, col)
        yield ctx.violation(
            ctx.cell_location(table, row, col),
            expected=ctx.shown_percent(expected.mid, table, col, own),
            actual=shown(own),
            related=[ctx.cell_location(table, row, c) for c in cols.cells()],
            formula=phrase(f"efisiensi.{formula}", ctx.lang),
            kinerja=cols.kinerja_text(row),
            serapan=cols.serapan_text(row, serapan),
            fitting=str(fitting),
        )


_OPERANDS = (R.CAPAIAN, R.PERSEN_ANGGARAN, R.ANGGARAN, R.REALISASI_ANGGARAN)


def _year_columns(table: Table) -> Iterator[_Columns]:
    """Each year's efisiensi column with that year's own operands.

    Usually one efisiensi column, computed from the table's capaian and budget
    columns. In a table of two years (``Capaian 2024 | % 2024 | Efisiensi 2024
    | … 2025``) the year's efisiensi is the one keeping the role, and another
    year's is judged from that year's own columns
    (:func:`~lkjaudit.analysis.columns.other_years`), never from the year's:
    one year's capaian beside another's efisiensi gives nothing to judge.
    Several efisiensi columns keeping the role (a figure and a column of
    verdicts) leave the first to be the year's; several each dated to a year
    of its own, none of them the year's, leave nothing to judge.
    """
    found = [c for c in table.columns if c.role == R.EFISIENSI]
    if found and (len(found) == 1 or not _each_its_year(found)):
        own = {role: table.column(role) for role in _OPERANDS}
        yield _Columns(table, found[0], own)
    for columns in other_years(table).values():
        col = columns.get(R.EFISIENSI)
        if col is not None:
            operands = {role: columns.get(role) for role in _OPERANDS}
            yield _Columns(table, col, operands, named=True)


def _each_its_year(found: list[Column]) -> bool:
    """Whether each efisiensi column is dated to one year, none the same."""
    dated = [column_years(c) for c in found]
    years = [next(iter(y)) for y in dated if len(y) == 1]
    return len(years) == len(found) == len(set(years))
