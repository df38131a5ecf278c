"""Whether a copy's own table confirms the figure it prints, or another copy's.

Two copies of a fact that differ, one against one, say nothing by their count
about which is wrong. Their tables may: a pagu that realisasi + sisa on its row
adds up to, or whose row's % is realisasi / pagu; a realisation whose capaian
on its row is realisasi / target. A copy its own table confirms is the one the
other copy is judged against. So is a copy whose figure the ratio on the other
copy's row was worked out from (:func:`backs`): that row reads the other figure,
not its own print.
"""

from __future__ import annotations

from decimal import Decimal

from lkjaudit.analysis.targets import period_target
from lkjaudit.checks.common import (
    amount,
    fraction_column,
    is_figure,
    ratio_readings,
)
from lkjaudit.checks.crossref.agreement import Item
from lkjaudit.checks.interval import agrees
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.witnesses import BUDGET, in_table_said, word
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table
from lkjaudit.model.values import Value

__all__ = ["backs", "confirmations", "confirmed", "confirmed_by"]

R = ColumnRole
HUNDRED = Decimal(100)

# the ratio column that reads a figure, and its numerator and denominator
_RATIO_OF = {
    R.ANGGARAN: (R.PERSEN_ANGGARAN, R.REALISASI_ANGGARAN, R.ANGGARAN),
    R.REALISASI_ANGGARAN: (R.PERSEN_ANGGARAN, R.REALISASI_ANGGARAN, R.ANGGARAN),
    R.TARGET: (R.CAPAIAN, R.REALISASI, R.TARGET),
    R.REALISASI: (R.CAPAIAN, R.REALISASI, R.TARGET),
}


def confirmed_by(report: Report, item: Item, lang: str) -> str:
    """What in the copy's own table restates its figure as printed, in words.

    A budget figure by a witness in its own table (its children, its parent or
    JUMLAH less the other rows, realisasi + sisa on its row, its quarters); any
    figure by the ratio on its row that reads it (the budget % for a pagu or
    its spending, the capaian for a target or its realisation), as printed.
    "" when nothing does.
    """
    return "; ".join(dict.fromkeys(confirmations(report, item, lang).values()))


def confirmations(report: Report, item: Item, lang: str) -> dict[str, str]:
    """Each kind of witness in the copy's own table that restates its print.

    Keyed by the witness's kind (its basis phrase: ``basis.children``,
    ``basis.sisa``, ``basis.persen_anggaran`` …), each in words
    (:func:`confirmed_by`); the kinds are what two confirmed copies are
    weighed by.
    """
    copy, col, _ = item
    table, row = copy.table, copy.row
    found: dict[str, str] = {}
    if col.role in BUDGET:
        printed = amount(table.value(row, col), repaired=True)
        if printed is not None:
            said = in_table_said(report, table, row, col, True)
            for s in said:
                if s.value == printed:
                    found.setdefault(s.key, word(s, lang))
    ratio = _ratio_fits(table, row, col)
    if ratio is not None:
        found.setdefault(f"basis.{ratio.value}", phrase(f"basis.{ratio.value}", lang))
    return found


def confirmed(report: Report, item: Item) -> bool:
    """True when the copy's own table restates its figure (:func:`confirmed_by`)."""
    return bool(confirmed_by(report, item, "en"))


def backs(item: Item, other: Item) -> ColumnRole | None:
    """The ratio on ``item``'s row that fits ``other``'s figure and not its own.

    The capaian (or budget %) on the row was then worked out from the figure the
    other copy prints: the row's own table backs the other copy. Only a figure
    printed at the same scale is put in the copy's place; None when the ratio
    fits the copy's own print too, or does not fit the other figure.
    """
    copy, col, _ = item
    if other[1].scale != col.scale or not is_figure(other[2]):
        return None
    if _ratio_fits(copy.table, copy.row, col) is not None:
        return None
    return _ratio_fits(copy.table, copy.row, col, (col, other[2]))


def _ratio_fits(
    table: Table, row: Row, col: Column, swap: tuple[Column, Value] | None = None
) -> ColumnRole | None:
    """The ratio column on the row that reads the figure, when right as printed.

    A realisation is read by its capaian against either target of a table that
    prints the quarter's beside the year's (:func:`period_target`). ``swap``
    puts a figure in place of a column's print.
    """
    roles = _RATIO_OF.get(col.role)
    if roles is None and col.role == R.OTHER and col is period_target(table):
        # NOTE: the quarter's target beside the year's (``Target TW III``) is
        # read by the capaian against it
        ratio_col, num_col = table.column(R.CAPAIAN), table.column(R.REALISASI)
        if ratio_col is None or num_col is None:
            return None
        return _fits(table, row, (ratio_col, num_col, col), swap)
    if roles is None:
        return None
    ratio_col, num_col, den_col = (table.column(role) for role in roles)
    if ratio_col is None or num_col is None or den_col is None:
        return None
    found = _fits(table, row, (ratio_col, num_col, den_col), swap)
    quarter = period_target(table) if col.role == R.REALISASI else None
    if found is None and quarter is not None:
        found = _fits(table, row, (ratio_col, num_col, quarter), swap)
    return found


def _fits(
    table: Table,
    row: Row,
    cols: tuple[Column, Column, Column],
    swap: tuple[Column, Value] | None = None,
) -> ColumnRole | None:
    """The ratio column's role when its figure is its numerator / denominator.

    Read as a percentage (× 100); or as a fraction (``0,39`` for 39%) in a
    column that prints every ratio so
    (:func:`~lkjaudit.checks.common.fraction_column`). A single unscaled
    figure in a column of percentages is no fraction: it is wrong.
    """
    ratio_col = cols[0]
    ratio, num, den = (
        swap[1] if swap is not None and swap[0] is c else table.value(row, c)
        for c in cols
    )
    readings = ratio_readings(ratio_col, ratio, num, den)
    if readings is None:
        return None
    if any(agrees(reading.scale(HUNDRED), ratio) for reading in readings):
        return ratio_col.role
    if (
        ratio.unit != "%"
        and any(agrees(reading, ratio) for reading in readings)
        and fraction_column(table, cols)
    ):
        return ratio_col.role
    return None
