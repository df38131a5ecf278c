"""The verdict: the figure the report's own redundancy supports for a budget cell.

:func:`supported` weighs a cell's witnesses (:mod:`~lkjaudit.checks.witnesses`)
by kind: a figure that two kinds or more give, and more kinds than give the printed
one, is the one the cell should hold. :func:`supported_value` hands checks the cell's
value at that figure. Every check that uses a budget figure as an operand (sisa, %,
a JUMLAH, a parent, the PK, a sentence) judges from it, so one wrong figure is
reported once, by the rule that sees it, and the figures computed from it are not
"corrected" to match it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from lkjaudit.checks.common import amount
from lkjaudit.checks.disputed import disputed
from lkjaudit.checks.witnesses import (
    BUDGET,
    PERCENT_KEY,
    ROW_KEYS,
    Said,
    budget_percent,
    copy_said,
    in_table_said,
    memo,
    peek,
    row_said,
    word,
)
from lkjaudit.engine.context import Context
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = [
    "Support",
    "corrected_budget",
    "corrected_sisa",
    "defined_sisa",
    "doubted_rows",
    "supported",
    "supported_cells",
    "supported_value",
]

R = ColumnRole

# NOTE: a correction needs this many independent kinds of witness to agree on it.
# One kind alone cannot tell which side is wrong: a parent whose child is wrong
# differs from its children's sum exactly as a wrong parent does.
KINDS = 2


@dataclass(frozen=True)
class Support:
    """The figure a cell's witnesses support when it is not the printed one."""

    value: Decimal
    printed: Decimal
    witnesses: tuple[Said, ...]  # the witnesses that give ``value``

    def basis(self, lang: str) -> str:
        """The witnesses in words: "the sum of the 2 rows below it; …"."""
        return "; ".join(dict.fromkeys(word(s, lang) for s in self.witnesses))

    @property
    def count(self) -> int:
        """How many witnesses :meth:`basis` names (for the verb after them)."""
        return len(dict.fromkeys(word(s, "en") for s in self.witnesses))

    def locations(self, ctx: Context) -> list[Location]:
        """Every cell the supporting witnesses read, each once."""
        places = {
            (id(t), r.index, c.index): (t, r, c)
            for s in self.witnesses
            for t, r, c in s.cells
        }
        return [ctx.cell_location(*place) for place in places.values()]


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
    # NOTE: read some 100,000 times on a large report: the column's disputed rows
    # are read straight from the memo once :func:`disputed` has put them there
    # (the key :func:`disputed` memoises under)
    rows: tuple[frozenset[int], frozenset[int]] | None = peek(
        report, ("disputed", id(table), col.index)
    )
    if rows is None:
        rows = disputed(report, table, col)
    if row.index not in rows[upward]:
        return None  # NOTE: the usual case: every witness agrees with the print
    key = ("support", id(table), row.index, col.index, upward)
    return memo(report, key, lambda: _support(report, table, row, col, upward))


def doubted_rows(report: Report, table: Table, col: Column) -> frozenset[int] | None:
    """The rows where :func:`supported_value` may differ from the print.

    :func:`supported` gives a figure only on a row its column's witnesses dispute
    (:func:`~lkjaudit.checks.disputed.disputed`, with the parent's witness), so a
    caller that walks many cells may skip every other row: there the value is as
    printed. None (any row) for a column that is no budget column.
    """
    if col.role not in BUDGET:
        return None
    return disputed(report, table, col)[True]


def supported_cells(
    report: Report, table: Table, col: Column
) -> Iterator[tuple[Row, Support]]:
    """The cells of a budget column with a supported figure, in row order."""
    doubted = doubted_rows(report, table, col)
    if doubted is None:
        return
    for row in table.rows:
        if row.index in doubted:
            found = supported(report, table, row, col)
            if found is not None:
                yield row, found


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


def defined_sisa(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool = True
) -> Support | None:
    """A sisa its own row contradicts, at anggaran − realisasi, each corrected.

    Each operand is taken at the figure the checks report it should hold
    (:func:`corrected_budget`; ``upward=False``: by witnesses that do not read the
    JUMLAH or parent above the row): a sisa worked out from a realisasi its
    witnesses or its quarters show wrong is wrong too. One kind of witness only,
    so no :func:`supported` correction; but it is the figure the row's sisa should
    print once its figures are corrected, and a sum over such cells counts them
    at it.
    """
    if col.role != R.SISA or col.index in row.inherited:
        return None
    printed = amount(table.value(row, col), repaired=True)
    own = row_said(report, table, row, col)
    value = corrected_sisa(report, table, row, upward=upward)
    if printed is None or not own or value is None or value == printed:
        return None
    return Support(value, printed, (own[0]._replace(value=value),))


def corrected_budget(
    report: Report, table: Table, row: Row, col: Column, *, upward: bool = True
) -> Decimal | None:
    """A budget cell's figure as the checks report it should be, or None.

    The figure its witnesses support; for a running total of spending without
    one, its quarters' sum when the print differs from it (the figure
    ``realisasi-kumulatif-equals-sum-of-triwulan`` reports).
    """
    from lkjaudit.checks.quarters import quarters_defined  # NOTE: it reads arithmetic

    found = supported(report, table, row, col, upward=upward)
    if found is not None:
        return found.value
    if col.role == R.REALISASI_ANGGARAN:
        return quarters_defined(report, table, row, col)
    return None


def corrected_sisa(
    report: Report, table: Table, row: Row, *, upward: bool = True
) -> Decimal | None:
    """A row's anggaran − realisasi, each at its corrected figure, or None.

    The sisa the row should print once the figures the checks report wrong are
    corrected; None when a figure is missing.
    """
    a_col = table.column(R.ANGGARAN)
    r_col = table.column(R.REALISASI_ANGGARAN)
    if a_col is None or r_col is None:
        return None
    a, r = (amount(table.value(row, c), repaired=True) for c in (a_col, r_col))
    if a is None or r is None:
        return None
    fixed_a = corrected_budget(report, table, row, a_col, upward=upward)
    fixed_r = corrected_budget(report, table, row, r_col, upward=upward)
    return (a if fixed_a is None else fixed_a) - (r if fixed_r is None else fixed_r)


def _support_alone(
    report: Report, table: Table, row: Row, col: Column, upward: bool
) -> Support | None:
    """The figure a cell's witnesses support, judged from its own witnesses only."""
    printed = amount(table.value(row, col), repaired=True)
    if printed is None:
        return None
    found = in_table_said(report, table, row, col, upward)
    pct = budget_percent(table, row, col)
    if not any(s.value != printed for s in found) and (
        pct is None or pct.fits(printed)
    ):
        # NOTE: the usual case. Copies count as one kind, and a correction needs
        # two, so they are not looked up (the costliest witness) when every other
        # witness, the row's % included, agrees with the print. A % the print
        # does not give is the second kind a copy may have (copy and % alone)
        return None
    # NOTE: not the PK: a budget changed during the year leaves the PK at the old
    # figure, which with the children not yet updated would "correct" the new one
    found += copy_said(report, table, row, col, pk=False)
    kinds: dict[Decimal, set[str]] = defaultdict(set)
    for s in found:
        kinds[s.value].add(s.key)
    found += _percent_said(table, row, col, printed, list(kinds))
    for s in found:
        kinds[s.value].add(s.key)
    if not kinds:
        return None  # NOTE: only the % doubts the print, and nothing else speaks
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
    pct = budget_percent(table, row, col)
    if pct is None or pct.fits(printed):
        return []
    fitting = [c for c in candidates if c != printed and pct.fits(c)]
    if len(fitting) != 1:
        return []
    return [Said(fitting[0], PERCENT_KEY, pct.cells)]


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
