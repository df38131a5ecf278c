"""Witnesses: other places in the report that restate the same figure.

The sum of the rows below it, its parent minus its siblings, ``realisasi + sisa`` on
the same row, the rows above a JUMLAH row, the copy of the row in another table,
each as a :class:`Said` (unworded, for judging) or a :class:`Witness` (worded, for
a finding). A malformed figure's repair is confirmed by them, and a parent's
mismatch is put down to a child when a witness corrects the child.

:mod:`~lkjaudit.checks.support` turns the witnesses into one verdict, the figure
the report's own redundancy supports for a cell, judging one by one only the rows
:mod:`~lkjaudit.checks.disputed` finds some witness disagrees with. The reads that
several witnesses share are memoised per report (:func:`memo`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from lkjaudit.checks.common import amount, is_figure, total_scopes
from lkjaudit.checks.interval import printed as printed_interval
from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.prose.cache import per_report

__all__ = [
    "BUDGET",
    "PERCENT_KEY",
    "ROW_KEYS",
    "BudgetPercent",
    "Place",
    "Said",
    "Witness",
    "budget_columns",
    "budget_percent",
    "children_total",
    "copies_said",
    "copy_said",
    "data_children",
    "in_table_said",
    "kids_total",
    "memo",
    "peek",
    "percent_columns",
    "percent_fits",
    "quarters_said",
    "rest_totals",
    "row_percent",
    "row_said",
    "said",
    "scope_sums",
    "siblings_said",
    "witnesses",
    "word",
]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_DATA = RowKind.DATA
_ANGGARAN = R.ANGGARAN

_ADDITIVE = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA, R.JUMLAH, R.KATEGORI)
# NOTE: the figures a correction is judged for: the budget columns, whose rows
# restate one another (anggaran = realisasi + sisa) besides adding up
BUDGET = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA)
# the row's budget %, a witness of the one figure it was computed from
PERCENT_KEY = "basis.percent"
# the witnesses that read the cell's own row (anggaran = realisasi + sisa)
ROW_KEYS = frozenset({"basis.sisa", "basis.selisih_realisasi", "basis.selisih_sisa"})

Place = tuple[Table, Row, Column]
T = TypeVar("T")


class Said(NamedTuple):
    """A witness before it is worded: its value, its kind and the cells it reads."""

    value: Decimal
    key: str  # the phrase of its basis: basis.children, basis.copy, …
    cells: tuple[Place, ...]
    where: str = ""  # the other table, for a copy
    scale: int | None = None  # a copy's scale, when it is not the cell's own


@dataclass(eq=False, repr=False)
class Witness:
    """Another way the report gives the same figure."""

    value: Decimal
    basis: str
    locations: tuple[Location, ...]
    key: str = ""  # the phrase of its basis: basis.children, basis.sisa, …


# ---------------------------------------------------------------- per-report memo


@per_report
def _report_store(report: Report) -> dict[tuple[object, ...], object]:
    return {}


# NOTE: the store of the report asked for last, in front of per_report's: the
# memo is read some 100,000 times on a large report, nearly always for the
# report being checked, and per_report builds a key on every call. Held by the
# report object itself, as per_report's are (a report is not changed once
# analysed), so it cannot answer for another report.
_last: tuple[Report, dict[tuple[object, ...], object]] | None = None
_MISSING = object()


def _store(report: Report) -> dict[tuple[object, ...], object]:
    global _last
    last = _last
    if last is not None and last[0] is report:
        return last[1]
    store = _report_store(report)
    _last = (report, store)
    return store


def memo(report: Report, key: tuple[object, ...], build: Callable[[], T]) -> T:
    """``build()``, computed once per report and key."""
    store = _store(report)
    found = store.get(key, _MISSING)
    if found is _MISSING:
        found = store[key] = build()
    return found  # type: ignore[return-value]


def peek(report: Report, key: tuple[object, ...]) -> Any:
    """What :func:`memo` holds for ``key`` (None when nothing is held yet).

    For a caller run per cell that knows the type of what it reads; it skips
    building :func:`memo`'s ``build``.
    """
    return _store(report).get(key)


def data_children(table: Table, row: Row) -> list[Row]:
    """A row's tree children that are data rows."""
    return [r for r in table.children(row) if r.kind == _DATA]


def children_total(table: Table, row: Row, col: Column) -> Decimal | None:
    """The sum of a row's tree children in a column, or None when it cannot be had."""
    kids = data_children(table, row)
    return kids_total(table, kids, col) if kids else None


def kids_total(table: Table, kids: list[Row], col: Column) -> Decimal | None:
    """The sum of the rows' figures in a column (a malformed one at its repair).

    None when one of them has no figure.
    """
    total = Decimal(0)
    for kid in kids:
        value = amount(table.value(kid, col), repaired=True)
        if value is None:
            return None
        total += value
    return total


def _plain_total(
    report: Report, table: Table, parent: Row, col: Column
) -> tuple[Decimal, tuple[int, ...]]:
    """The sum of a parent's children as printed, and the children without a figure.

    Memoised per parent, so each child's "parent minus siblings" costs O(1).
    """

    def build() -> tuple[Decimal, tuple[int, ...]]:
        total, missing = Decimal(0), []
        for kid in data_children(table, parent):
            value = amount(table.value(kid, col))
            if value is None:
                missing.append(kid.index)
            else:
                total += value
        return total, tuple(missing)

    return memo(report, ("plain", id(table), parent.index, col.index), build)


def _scopes(report: Report, table: Table) -> list[tuple[Row, list[Row]]]:
    """:func:`total_scopes`, read once per table (every budget column reads it)."""
    return memo(report, ("scopes", id(table)), lambda: list(total_scopes(table)))


def scope_sums(
    report: Report, table: Table, col: Column
) -> dict[int, tuple[Decimal, list[Row]] | None]:
    """For each total row, the sum of the top-level rows since the previous total."""

    def build() -> dict[int, tuple[Decimal, list[Row]] | None]:
        found: dict[int, tuple[Decimal, list[Row]] | None] = {}
        for row, above in _scopes(report, table):
            total: Decimal | None = Decimal(0)
            for item in above:
                value = amount(table.value(item, col))
                if value is None:
                    total = None
                    break
                total += value  # type: ignore[operator]
            found[row.index] = (total, above) if total is not None and above else None
        return found

    return memo(report, ("scope", id(table), col.index), build)


def rest_totals(
    report: Report, table: Table, col: Column
) -> dict[int, tuple[Row, Decimal, list[Row]]]:
    """For each row a total row adds up: the total row, its JUMLAH less the rest.

    The JUMLAH as printed minus the other rows of its scope as printed, read as
    a row's parent minus its siblings is in a tree: what the total says the row
    holds; and the rows of the scope. A row is left out when another row of its
    scope has no figure. Memoised per column, so each row costs O(1).
    """

    def build() -> dict[int, tuple[Row, Decimal, list[Row]]]:
        found: dict[int, tuple[Row, Decimal, list[Row]]] = {}
        for total_row, above in _scopes(report, table):
            own = amount(table.value(total_row, col))
            if own is None or len(above) < 2:
                continue
            figures = {r.index: amount(table.value(r, col)) for r in above}
            missing = [i for i, v in figures.items() if v is None]
            if len(missing) > 1:
                continue
            everyone = sum((v for v in figures.values() if v is not None), Decimal(0))
            for item in above:
                mine = figures[item.index]
                if missing and missing != [item.index]:
                    continue
                rest = everyone - mine if mine is not None else everyone
                found[item.index] = (total_row, own - rest, above)
        return found

    return memo(report, ("rest", id(table), col.index), build)


def _rest_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    """The JUMLAH below the row less the other rows it adds up, as a witness.

    Each figure at the one its own witnesses support (the JUMLAH's sum and row,
    the other rows' witnesses that do not read the JUMLAH): a JUMLAH the report
    shows wrong says nothing about the rows it adds up.
    """
    found = rest_totals(report, table, col).get(row.index)
    if found is None:
        return []
    total_row, value, scope = found
    value += _shift(report, table, total_row, col, upward=True)
    value -= _scope_shift(report, table, total_row, scope, col)
    value += _shift(report, table, row, col, upward=False)
    return [Said(value, "basis.total_rest", ((table, total_row, col),))]


def _shift(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool
) -> Decimal:
    """What a cell's supported figure (or a sisa's own row) adds to its print."""
    from lkjaudit.checks.support import defined_sisa, supported

    found = supported(report, table, row, col, upward=upward) or defined_sisa(
        report, table, row, col, upward=upward
    )
    return found.value - found.printed if found is not None else Decimal(0)


def _scope_shift(
    report: Report, table: Table, total_row: Row, scope: list[Row], col: Column
) -> Decimal:
    """What the scope's rows at their supported figures add to their printed sum."""
    key = ("scope-shift", id(table), total_row.index, col.index)
    return memo(
        report,
        key,
        lambda: sum(
            (_shift(report, table, r, col, upward=False) for r in scope), Decimal(0)
        ),
    )


def _tree_said(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool
) -> list[Said]:
    found: list[Said] = []
    kids = data_children(table, row) if row.children else []
    total = kids_total(table, kids, col) if kids else None
    if total is not None:
        cells = tuple((table, k, col) for k in kids)
        found.append(Said(total, "basis.children", cells))
    if upward:
        found += siblings_said(report, table, row, col)
    return found


def siblings_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    """The row's parent less its other children, as printed, as a witness.

    Empty for a row with no parent, or when a sibling has no figure.
    """
    if row.parent is None:
        return []
    parent = table.row(row.parent)
    own = amount(table.value(parent, col))
    everyone, missing = _plain_total(report, table, parent, col)
    mine = amount(table.value(row, col))
    if own is None or not set(missing) <= {row.index}:
        return []
    rest = everyone - mine if mine is not None else everyone
    return [Said(own - rest, "basis.siblings", ((table, parent, col),))]


def budget_columns(report: Report, table: Table) -> tuple[Column | None, ...]:
    """A table's anggaran, realisasi and sisa columns (None where it has none)."""
    return memo(
        report, ("budget", id(table)), lambda: tuple(table.column(x) for x in BUDGET)
    )


class BudgetPercent(NamedTuple):
    """A row's budget % as a check of one of its operands (pagu or realisasi).

    The % is rounded, so it gives no figure of its own; it tells whether a
    figure of the operand, with the row's other operand as printed, divides to
    the printed % (within its rounding, half up). A named tuple: one is read for
    every row of a budget column.
    """

    lo: Decimal  # the printed % as an interval [lo, hi)
    hi: Decimal
    other: Decimal  # the row's other operand, as printed
    spending: bool  # the operand is the realisasi (the numerator)
    cells: tuple[Place, Place]  # the % and the other operand

    def fits(self, figure: Decimal) -> bool:
        """True when ``figure`` in the operand's place gives the printed %.

        A realisasi of 0 gives 0%; a pagu of 0 gives no % at all.
        """
        return percent_fits(self.lo, self.hi, self.other, self.spending, figure)


def percent_fits(
    lo: Decimal, hi: Decimal, other: Decimal, spending: bool, figure: Decimal
) -> bool:
    """:meth:`BudgetPercent.fits`, for a column read row by row without building one."""
    if spending:
        ratio = figure / other * 100
    elif figure:
        ratio = other / figure * 100
    else:
        return False
    return lo <= ratio < hi


_PERCENT_OF = {R.ANGGARAN: R.REALISASI_ANGGARAN, R.REALISASI_ANGGARAN: R.ANGGARAN}


def budget_percent(table: Table, row: Row, col: Column) -> BudgetPercent | None:
    """The row's budget % as a check of ``col`` (its pagu or realisasi), or None.

    None when the table has no budget % or no other operand, or the row lacks
    either figure (or its other operand is zero).
    """
    cols = percent_columns(table, col)
    return None if cols is None else row_percent(table, row, cols)


def percent_columns(table: Table, col: Column) -> tuple[Column, Column] | None:
    """The budget % column and the other operand's, for ``col``'s budget %.

    What :func:`budget_percent` reads of the table, for a column read row by row.
    """
    pct_col = table.column(R.PERSEN_ANGGARAN)
    if pct_col is None or col.role not in _PERCENT_OF:
        return None
    other_col = table.column(_PERCENT_OF[col.role])
    return None if other_col is None else (pct_col, other_col)


def row_percent(
    table: Table, row: Row, cols: tuple[Column, Column]
) -> BudgetPercent | None:
    """:func:`budget_percent` of a row, the table's columns already read."""
    pct_col, other_col = cols
    shown = table.value(row, pct_col)
    other = amount(table.value(row, other_col))
    if not is_figure(shown) or not other:
        return None
    lo, hi, _ = printed_interval(shown)
    # NOTE: the other operand is the pagu when this one is the realisasi
    spending = other_col.role is _ANGGARAN
    cells = ((table, row, pct_col), (table, row, other_col))
    return BudgetPercent(lo, hi, other, spending, cells)


def row_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    """``anggaran = realisasi + sisa`` on the cell's own row, as a witness."""
    a, r, s = budget_columns(report, table)
    if a is None or r is None or s is None:
        return []
    va, vr, vs = (amount(table.value(row, c)) for c in (a, r, s))
    cases = {
        R.ANGGARAN: (vr, vs, 1, "basis.sisa", (r, s)),
        R.REALISASI_ANGGARAN: (va, vs, -1, "basis.selisih_realisasi", (a, s)),
        R.SISA: (va, vr, -1, "basis.selisih_sisa", (a, r)),
    }
    if col.role not in cases:
        return []
    first, second, sign, key, cols = cases[col.role]
    if first is None or second is None:
        return []
    value = first + second if sign > 0 else first - second
    return [Said(value, key, tuple((table, row, c) for c in cols))]


def quarters_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    """The quarters' spending on the cell's row, for a running total of it."""
    from lkjaudit.checks.quarters import quarters_total

    found = quarters_total(report, table, row, col)
    if found is None:
        return []
    total, cols = found
    return [Said(total, "basis.quarters", tuple((table, row, c) for c in cols))]


def _total_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    if row.kind != RowKind.TOTAL:
        return []
    found = scope_sums(report, table, col).get(row.index)
    if found is None:
        return []
    total, above = found
    total += _corrected_by(report, table, above, col)
    own = amount(table.value(row, col), repaired=True)
    if own is not None and total != own:
        total += _defined_by(report, table, above, col)
    return [Said(total, "basis.total", tuple((table, r, col) for r in above))]


def _defined_by(report: Report, table: Table, rows: list[Row], col: Column) -> Decimal:
    """What the rows' running totals add at their quarters' sums, unsupported ones.

    Only for a JUMLAH its rows as printed (and as supported) do not explain: the
    quarters are one kind of witness, which alone does not make a JUMLAH wrong
    that agrees with its rows; but a JUMLAH right for its rows at the figures
    their quarters give restates them there.
    """
    from lkjaudit.checks.quarters import quarters_defined
    from lkjaudit.checks.support import supported

    if col.role != R.REALISASI_ANGGARAN:
        return Decimal(0)
    shift = Decimal(0)
    for item in rows:
        # NOTE: judged without the JUMLAH less the other rows, as in _corrected_by
        if supported(report, table, item, col, upward=False) is not None:
            continue
        found = quarters_defined(report, table, item, col)
        if found is not None:
            shift += found - (amount(table.value(item, col)) or Decimal(0))
    return shift


def _corrected_by(
    report: Report, table: Table, rows: list[Row], col: Column
) -> Decimal:
    """What the rows' supported figures add to their printed sum.

    A JUMLAH's witness counts a row its own witnesses show wrong at the figure
    they support: a sum built on a figure the report shows wrong restates
    nothing. The rows are judged without the JUMLAH less the other rows (the
    figure this witness is for), so this does not recurse.
    """
    return sum((_shift(report, table, r, col, upward=False) for r in rows), Decimal(0))


def copy_said(
    report: Report, table: Table, row: Row, col: Column, *, pk: bool = True
) -> list[Said]:
    """The same figure in the linked copies of the row in other tables.

    ``pk=False`` leaves out the Perjanjian Kinerja: its budget is the one agreed at
    the start of the year and may rightly differ from the budget reported.
    """
    return copies_said(report, table, row, col, lambda t: t.column(col.role), pk=pk)


def copies_said(
    report: Report,
    table: Table,
    row: Row,
    col: Column,
    pick: Callable[[Table], Column | None],
    *,
    pk: bool = True,
) -> list[Said]:
    """The figure ``pick`` chooses in each linked copy of the row in other tables.

    ``pick`` names the copy table's column that restates ``col`` (None: none
    does); ``pk=False`` leaves out the Perjanjian Kinerja.
    """
    from lkjaudit.checks.copies import index_of, is_pk

    found: list[Said] = []
    for copy in index_of(report).copies("entity", table, row):
        if copy.table is table or (not pk and is_pk(copy.table)):
            continue
        other = pick(copy.table)
        if other is None or other.index in copy.row.inherited:
            continue
        value = amount(copy.table.value(copy.row, other))
        if value is not None:
            cells = ((copy.table, copy.row, other),)
            # NOTE: in this table's scale: 1.250 in thousands is 1.250.000 rupiah
            value = col.as_printed(other.rupiah(value))
            scale = other.scale if other.scale != col.scale else None
            found.append(Said(value, "basis.copy", cells, copy.table.label, scale))
    return found


def said(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool = True
) -> list[Said]:
    """Every figure in the report that restates this cell's value, unworded."""
    if col.role not in _ADDITIVE:
        return []
    return in_table_said(report, table, row, col, upward) + copy_said(
        report, table, row, col
    )


def in_table_said(
    report: Report, table: Table, row: Row, col: Column, upward: bool
) -> list[Said]:
    """The witnesses in the cell's own table: its tree, its row, its JUMLAH.

    ``upward`` adds those that read the figure above the row: its parent minus
    its siblings, the JUMLAH that adds it up minus the other rows.
    """
    found = _tree_said(report, table, row, col, upward=upward)
    if upward:
        found += _rest_said(report, table, row, col)
    return (
        found
        + row_said(report, table, row, col)
        + quarters_said(report, table, row, col)
        + _total_said(report, table, row, col)
    )


def word(s: Said, lang: str) -> str:
    """A witness's basis in words: "the sum of the 2 rows below it"."""
    if s.key == "basis.children":
        return phrase(s.key, lang, n=len(s.cells))
    if s.key == "basis.copy":
        said = phrase(s.key, lang, where=s.where)
        if s.scale is None:
            return said
        # NOTE: the copy is in another scale: say which, as the copy rule does
        if not s.scale:
            return said + phrase("scale.rupiah", lang, where=s.where)
        scale = phrase(f"scale.{s.scale}", lang)
        return said + phrase("scale.other", lang, where=s.where, scale=scale)
    return phrase(s.key, lang)


def witnesses(
    table: Table, row: Row, col: Column, ctx: Context, *, upward: bool = True
) -> list[Witness]:
    """Every figure in the report that restates this cell's value.

    ``upward=False`` leaves out the witness that uses the row's parent (for judging
    the parent itself).
    """
    return [
        Witness(
            s.value,
            word(s, ctx.lang),
            tuple(ctx.cell_location(*place) for place in s.cells),
            s.key,
        )
        for s in said(ctx.report, table, row, col, upward=upward)
    ]
