"""Witnesses: other places in the report that restate the same figure.

The sum of the rows below it, its parent minus its siblings, ``realisasi + sisa`` on
the same row, the rows above a JUMLAH row, the copy of the row in another table. A
malformed figure's repair is confirmed by them, and a parent's mismatch is put down
to a child when a witness corrects the child.

:func:`supported` turns the witnesses into one verdict: the figure the report's own
redundancy supports for a cell when that is not the printed one. Every check that
uses a budget figure as an operand (sisa, %, a JUMLAH, a parent, the PK, a sentence)
judges from that figure, so one wrong figure is reported once, by the rule that
sees it, and the figures computed from it are not "corrected" to match it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple, TypeVar

from lkjaudit.checks.common import amount, is_figure, total_scopes
from lkjaudit.checks.interval import printed as printed_interval
from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind
from lkjaudit.prose.cache import per_report

__all__ = [
    "BUDGET",
    "PERCENT_KEY",
    "ROW_KEYS",
    "Said",
    "Support",
    "Witness",
    "children_total",
    "defined_sisa",
    "supported",
    "supported_cells",
    "supported_value",
    "witnesses",
]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_DATA, _TOTAL = RowKind.DATA, RowKind.TOTAL
_MALFORMED = ValueKind.MALFORMED

_ADDITIVE = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA, R.JUMLAH, R.KATEGORI)
# NOTE: the figures a correction is judged for: the budget columns, whose rows
# restate one another (anggaran = realisasi + sisa) besides adding up
BUDGET = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA)
# NOTE: a correction needs this many independent kinds of witness to agree on it.
# One kind alone cannot tell which side is wrong: a parent whose child is wrong
# differs from its children's sum exactly as a wrong parent does.
KINDS = 2
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


@dataclass(frozen=True)
class Witness:
    """Another way the report gives the same figure."""

    value: Decimal
    basis: str
    locations: tuple[Location, ...]
    key: str = ""  # the phrase of its basis: basis.children, basis.sisa, …


@dataclass(frozen=True)
class Support:
    """The figure a cell's witnesses support when it is not the printed one."""

    value: Decimal
    printed: Decimal
    witnesses: tuple[Said, ...]  # the witnesses that give ``value``

    def basis(self, lang: str) -> str:
        """The witnesses in words: "the sum of the 2 rows below it; …"."""
        return "; ".join(dict.fromkeys(_word(s, lang) for s in self.witnesses))

    @property
    def count(self) -> int:
        """How many witnesses :meth:`basis` names (for the verb after them)."""
        return len(dict.fromkeys(_word(s, "en") for s in self.witnesses))

    def locations(self, ctx: Context) -> list[Location]:
        """Every cell the supporting witnesses read, each once."""
        places = {
            (id(t), r.index, c.index): (t, r, c)
            for s in self.witnesses
            for t, r, c in s.cells
        }
        return [ctx.cell_location(*place) for place in places.values()]


# ---------------------------------------------------------------- per-report memo


@per_report
def _store(report: Report) -> dict[tuple[object, ...], object]:
    return {}


def _memo(report: Report, key: tuple[object, ...], build: Callable[[], T]) -> T:
    store = _store(report)
    if key not in store:
        store[key] = build()
    return store[key]  # type: ignore[return-value]


def _kids(table: Table, row: Row) -> list[Row]:
    return [r for r in table.children(row) if r.kind == _DATA]


def children_total(table: Table, row: Row, col: Column) -> Decimal | None:
    """The sum of a row's tree children in a column, or None when it cannot be had."""
    kids = _kids(table, row)
    return _sum_of(table, kids, col) if kids else None


def _sum_of(table: Table, kids: list[Row], col: Column) -> Decimal | None:
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
        for kid in _kids(table, parent):
            value = amount(table.value(kid, col))
            if value is None:
                missing.append(kid.index)
            else:
                total += value
        return total, tuple(missing)

    return _memo(report, ("plain", id(table), parent.index, col.index), build)


def _scope_sums(
    report: Report, table: Table, col: Column
) -> dict[int, tuple[Decimal, list[Row]] | None]:
    """For each total row, the sum of the top-level rows since the previous total."""

    def build() -> dict[int, tuple[Decimal, list[Row]] | None]:
        found: dict[int, tuple[Decimal, list[Row]] | None] = {}
        for row, above in total_scopes(table):
            total: Decimal | None = Decimal(0)
            for item in above:
                value = amount(table.value(item, col))
                if value is None:
                    total = None
                    break
                total += value  # type: ignore[operator]
            found[row.index] = (total, above) if total is not None and above else None
        return found

    return _memo(report, ("scope", id(table), col.index), build)


# ----------------------------------------------------------------- the witnesses


def _tree_said(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool
) -> list[Said]:
    found: list[Said] = []
    kids = _kids(table, row) if row.children else []
    total = _sum_of(table, kids, col) if kids else None
    if total is not None:
        cells = tuple((table, k, col) for k in kids)
        found.append(Said(total, "basis.children", cells))
    if upward and row.parent is not None:
        parent = table.row(row.parent)
        own = amount(table.value(parent, col))
        everyone, missing = _plain_total(report, table, parent, col)
        mine = amount(table.value(row, col))
        if own is not None and set(missing) <= {row.index}:
            rest = everyone - mine if mine is not None else everyone
            found.append(Said(own - rest, "basis.siblings", ((table, parent, col),)))
    return found


def _row_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    a, r, s = _memo(
        report, ("budget", id(table)), lambda: tuple(table.column(x) for x in BUDGET)
    )
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


def _total_said(report: Report, table: Table, row: Row, col: Column) -> list[Said]:
    if row.kind != RowKind.TOTAL:
        return []
    found = _scope_sums(report, table, col).get(row.index)
    if found is None:
        return []
    total, above = found
    return [Said(total, "basis.total", tuple((table, r, col) for r in above))]


def _copy_said(
    report: Report, table: Table, row: Row, col: Column, *, pk: bool = True
) -> list[Said]:
    """The same figure in the linked copies of the row in other tables.

    ``pk=False`` leaves out the Perjanjian Kinerja: its budget is the one agreed at
    the start of the year and may rightly differ from the budget reported.
    """
    from lkjaudit.checks.copies import index_of, is_pk

    found: list[Said] = []
    for copy in index_of(report).copies("entity", table, row):
        if copy.table is table or (not pk and is_pk(copy.table)):
            continue
        other = copy.table.column(col.role)
        if other is None or other.index in copy.row.inherited:
            continue
        value = amount(copy.table.value(copy.row, other))
        if value is not None:
            cells = ((copy.table, copy.row, other),)
            # NOTE: in this table's scale: 1.250 in thousands is 1.250.000 rupiah
            value = col.as_printed(other.rupiah(value))
            found.append(Said(value, "basis.copy", cells, copy.table.label))
    return found


def said(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool = True
) -> list[Said]:
    """Every figure in the report that restates this cell's value, unworded."""
    if col.role not in _ADDITIVE:
        return []
    return _in_table_said(report, table, row, col, upward) + _copy_said(
        report, table, row, col
    )


def _in_table_said(
    report: Report, table: Table, row: Row, col: Column, upward: bool
) -> list[Said]:
    """The witnesses in the cell's own table: its tree, its row, its JUMLAH."""
    found = _tree_said(report, table, row, col, upward=upward)
    return (
        found
        + _row_said(report, table, row, col)
        + _total_said(report, table, row, col)
    )


def _word(s: Said, lang: str) -> str:
    if s.key == "basis.children":
        return phrase(s.key, lang, n=len(s.cells))
    if s.key == "basis.copy":
        return phrase(s.key, lang, where=s.where)
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
            _word(s, ctx.lang),
            tuple(ctx.cell_location(*place) for place in s.cells),
            s.key,
        )
        for s in said(ctx.report, table, row, col, upward=upward)
    ]


# -------------------------------------------------------------------- the verdict


def supported(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool = True
) -> Support | None:
    """The figure the report's own redundancy supports for a budget cell.

    None when nothing points away from the printed figure. A figure is supported
    when witnesses of at least two different kinds give it (its children's sum,
    its parent minus its siblings, ``anggaran = realisasi + sisa`` on its row, the
    rows above a JUMLAH, copies in tables other than the Perjanjian Kinerja: copies
    count as one kind however many there are), and more kinds give it than give the
    printed figure. A malformed figure counts as its proposed repair.
    ``upward=False`` leaves out the parent's witness (for judging the parent).
    Memoised per report.
    """
    if col.role not in BUDGET or col.index in row.inherited:
        return None
    if row.index not in _disputed(report, table, col)[upward]:
        return None  # NOTE: the usual case: every witness agrees with the print
    key = ("support", id(table), row.index, col.index, upward)
    return _memo(report, key, lambda: _support(report, table, row, col, upward))


def _disputed(
    report: Report, table: Table, col: Column
) -> tuple[frozenset[int], frozenset[int]]:
    """The rows of a budget column that a witness other than a copy disagrees with.

    (without the parent's witness, with it), from one pass over the column: the
    witnesses of :func:`_support` before copies, each row's figures read once. Only
    these rows can have a supported figure (copies alone are one kind, and a
    correction needs two), so only they are judged one by one.
    """
    key = ("disputed", id(table), col.index)
    return _memo(report, key, lambda: _disputed_rows(report, table, col))


def _amounts(
    report: Report, table: Table, col: Column
) -> tuple[dict[int, Decimal | None], dict[int, Decimal | None]]:
    """Each row's figure in a column, as printed and with a malformed one repaired.

    What :func:`amount` gives without and with ``repaired``, read once per column.
    """

    def build() -> tuple[dict[int, Decimal | None], dict[int, Decimal | None]]:
        plain: dict[int, Decimal | None] = {}
        fixed: dict[int, Decimal | None] = {}
        for row in table.rows:
            value = table.value(row, col)
            number = value.number if is_figure(value) else None
            index = row.index
            plain[index] = number
            fixed[index] = (
                number
                if number is not None or value.kind != _MALFORMED
                else value.repair
            )
        return plain, fixed

    return _memo(report, ("amounts", id(table), col.index), build)


def supported_cells(
    report: Report, table: Table, col: Column
) -> Iterator[tuple[Row, Support]]:
    """The cells of a budget column with a supported figure, in row order."""
    if col.role not in BUDGET:
        return
    disputed = _disputed(report, table, col)[True]
    for row in table.rows:
        if row.index in disputed:
            found = supported(report, table, row, col)
            if found is not None:
                yield row, found


def _disputed_rows(
    report: Report, table: Table, col: Column
) -> tuple[frozenset[int], frozenset[int]]:
    rows = table.rows
    plain, fixed = _amounts(report, table, col)
    # the row's own restatement (pagu = realisasi + sisa), as _row_said reads it
    own_row: dict[int, Decimal] = {}
    a, r, s = _memo(
        report, ("budget", id(table)), lambda: tuple(table.column(x) for x in BUDGET)
    )
    if a is not None and r is not None and s is not None:
        sign, first, second = {
            R.ANGGARAN: (1, r, s),
            R.REALISASI_ANGGARAN: (-1, a, s),
            R.SISA: (-1, a, r),
        }[col.role]
        xs, ys = _amounts(report, table, first)[0], _amounts(report, table, second)[0]
        for row in rows:
            x, y = xs[row.index], ys[row.index]
            if x is not None and y is not None:
                own_row[row.index] = x + y if sign > 0 else x - y
    scope = _scope_sums(report, table, col)
    kids_of = {row.index: _kids(table, row) for row in rows if row.children}
    # each parent's children as printed: their sum and those without a figure
    plain_total: dict[int, tuple[Decimal, set[int]]] = {}
    for index, children in kids_of.items():
        printed_sum, missing = Decimal(0), set()
        for kid in children:
            value = plain[kid.index]
            if value is None:
                missing.add(kid.index)
            else:
                printed_sum += value
        plain_total[index] = (printed_sum, missing)
    below: set[int] = set()  # a witness that does not use the parent disagrees
    above: set[int] = set()  # the parent's witness disagrees
    at = col.index  # NOTE: a model's field read costs; read once, not per row
    for row in rows:
        index = row.index
        printed = fixed[index]
        if printed is None or at in row.inherited:
            continue
        kids = kids_of.get(index)
        if kids:
            total: Decimal | None = Decimal(0)
            for kid in kids:
                figure = fixed[kid.index]
                if figure is None or total is None:
                    total = None
                    break
                total += figure
            if total is not None and total != printed:
                below.add(index)
                continue
        restated = own_row.get(index)
        if restated is not None and restated != printed:
            below.add(index)
            continue
        found = scope.get(index) if row.kind == _TOTAL else None
        if found is not None and found[0] != printed:
            below.add(index)
            continue
        parent = row.parent
        if parent is not None and (own := plain[parent]) is not None:
            everyone, missing = plain_total[parent]
            if missing <= {index}:
                mine = plain[index]
                rest = everyone - mine if mine is not None else everyone
                if own - rest != printed:
                    above.add(index)
    return frozenset(below), frozenset(below | above)


def _support(
    report: Report, table: Table, row: Row, col: Column, upward: bool
) -> Support | None:
    found = _support_alone(report, table, row, col, upward)
    if found is None or not {s.key for s in found.witnesses} <= _FROM_ROW:
        return found
    # NOTE: a correction that only the row's own figures give (realisasi + sisa,
    # and the % computed from the same realisasi) reads the row's other budget
    # figures: when one of those is itself shown wrong by more kinds of witness,
    # it is the one wrong figure of the row, and this one is right
    kinds = len({s.key for s in found.witnesses})
    for role in BUDGET:
        other = table.column(role)
        if other is None or other is col:
            continue
        rival = _support_alone(report, table, row, other, upward)
        if rival is not None and len({s.key for s in rival.witnesses}) > kinds:
            return None
    return found


_FROM_ROW = ROW_KEYS | {PERCENT_KEY}


def defined_sisa(report: Report, table: Table, row: Row, col: Column) -> Support | None:
    """A sisa its own row contradicts, at anggaran − realisasi.

    When neither of those is itself shown wrong, that is the sisa by definition.
    One kind of witness only, so no :func:`supported` correction; but it is the
    figure ``sisa-equals-anggaran-minus-realisasi`` reports the cell should hold,
    and a sum over such cells counts them at it.
    """
    if col.role != R.SISA or col.index in row.inherited:
        return None
    printed = amount(table.value(row, col), repaired=True)
    if printed is None:
        return None
    own = _row_said(report, table, row, col)
    if not own or own[0].value == printed:
        return None
    for role in (R.ANGGARAN, R.REALISASI_ANGGARAN):
        other = table.column(role)
        if other is None or supported(report, table, row, other) is not None:
            return None
    return Support(own[0].value, printed, (own[0],))


def _support_alone(
    report: Report, table: Table, row: Row, col: Column, upward: bool
) -> Support | None:
    """The figure a cell's witnesses support, judged from its own witnesses only."""
    printed = amount(table.value(row, col), repaired=True)
    if printed is None:
        return None
    found = _in_table_said(report, table, row, col, upward)
    if not any(s.value != printed for s in found):
        # NOTE: the usual case. Copies count as one kind, and a correction needs
        # two, so they are not looked up (the costliest witness) when every other
        # witness agrees with the print
        return None
    # NOTE: not the PK: a budget changed during the year leaves the PK at the old
    # figure, which with the children not yet updated would "correct" the new one
    found += _copy_said(report, table, row, col, pk=False)
    kinds: dict[Decimal, set[str]] = defaultdict(set)
    for s in found:
        kinds[s.value].add(s.key)
    found += _percent_said(table, row, col, printed, list(kinds))
    for s in found:
        kinds[s.value].add(s.key)
    ranked = sorted(kinds.items(), key=lambda kv: -len(kv[1]))
    value, best = ranked[0]
    if value == printed or len(best) < KINDS:
        return None
    if len(ranked) > 1 and len(ranked[1][1]) == len(best):
        return None  # two figures equally supported: no verdict
    return Support(value, printed, tuple(s for s in found if s.value == value))


def _percent_said(
    table: Table, row: Row, col: Column, printed: Decimal, candidates: list[Decimal]
) -> list[Said]:
    """The row's budget % as a witness: it confirms the one candidate it fits.

    A % is rounded, so it gives no figure of its own; but when exactly one of the
    figures the other witnesses give, and not the printed one, divides to the
    printed % (within its rounding), that figure is what the % was computed from.
    """
    pct_col = table.column(R.PERSEN_ANGGARAN)
    other_role = {R.ANGGARAN: R.REALISASI_ANGGARAN, R.REALISASI_ANGGARAN: R.ANGGARAN}
    if pct_col is None or col.role not in other_role:
        return []
    other_col = table.column(other_role[col.role])
    if other_col is None:
        return []
    shown = table.value(row, pct_col)
    other = amount(table.value(row, other_col))
    if not is_figure(shown) or shown.number is None or not other:
        return []
    lo, hi = printed_interval(shown)

    def fits(figure: Decimal) -> bool:
        if not figure:
            return False
        ratio = (
            figure / other if col.role == R.REALISASI_ANGGARAN else other / figure
        ) * 100
        return lo <= ratio < hi

    if fits(printed):
        return []
    fitting = [c for c in candidates if c != printed and fits(c)]
    if len(fitting) != 1:
        return []
    cells = ((table, row, pct_col), (table, row, other_col))
    return [Said(fitting[0], PERCENT_KEY, cells)]


def supported_value(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool = True
) -> tuple[Value, Support | None]:
    """A cell's value as the report's redundancy supports it, and the support.

    The printed value when nothing supports another figure; otherwise the printed
    value with its number replaced by the supported figure (its print and unit
    kept), with the precision of the figures it was added from.
    """
    value = table.value(row, col)
    found = supported(report, table, row, col, upward=upward)
    if found is None:
        return value, None
    # NOTE: the witnesses add printed figures, so the supported one is as precise as
    # they are: budgets printed with decimals (in juta) keep their rounding interval
    exponent = found.value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    decimals = max(value.decimals if value.kind == ValueKind.NUMBER else 0, places)
    fixed = replace(value, kind=ValueKind.NUMBER, number=found.value, decimals=decimals)
    return fixed, found
