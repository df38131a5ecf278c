"""Column roles read again from the rows' figures, once the rows are classified.

The headers give most roles (:mod:`lkjaudit.analysis.columns`); two are only
told by the figures under them. Columns no word names as categories that the
Jumlah adds up on most rows are its categories (visits by payer, findings by
kind); a percentage column read as a share of the total whose JUMLAH prints no
100, and whose rows are no parts of the total, is no share.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lkjaudit.analysis.columns import assign_keys
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table

__all__ = ["reread_roles"]

R = ColumnRole


def reread_roles(table: Table) -> None:
    """Categories the Jumlah adds up, and shares that are none, told by figures."""
    _summed_categories(table)
    _shares_of_the_whole(table)


# rows of a table whose Jumlah its unnamed columns add up to: most, two at least
_SUMMED_ROWS = 2


def _summed_categories(table: Table) -> None:
    """Columns no word names as categories that the table's Jumlah adds up.

    ``BPJS | Umum | Jaminan Lainnya | Jumlah``: counts by a grouping of the
    report's own, which no list of categories holds. When the table has one
    Jumlah column and no named category, its columns of whole numbers with no
    role are its categories if, on most of its rows (two at least) where each
    holds a figure, they add up to the Jumlah exactly: all of them, else those
    on one side of it (``Administrasi | Kerugian | Ketidakpatuhan | Jumlah |
    Temuan Berulang``: the three before it).
    """
    jumlah = table.columns_with(R.JUMLAH)
    if len(jumlah) != 1 or table.has(R.KATEGORI):
        return
    total = jumlah[0]
    parts = [
        c
        for c in table.columns
        if c.role == R.OTHER and c.content in ("num", "money", "dash")
    ]
    before = [c for c in parts if c.index < total.index]
    after = [c for c in parts if c.index > total.index]
    for cols in (parts, before, after):
        if len(cols) >= 2 and _add_up(table, cols, total):
            for col in cols:
                col.role = R.KATEGORI
            _roles_changed(table)
            return


def _add_up(table: Table, parts: list[Column], total: Column) -> bool:
    """Whether columns add up to a total on most rows, two at least."""
    fits = checked = 0
    for row in table.rows:
        values = [table.value(row, c) for c in (*parts, total)]
        if not all(v.is_number and v.decimals == 0 for v in values):
            continue
        checked += 1
        *each, whole = (v.number or Decimal(0) for v in values)
        fits += sum(each, Decimal(0)) == whole
    return fits >= _SUMMED_ROWS and 3 * fits >= 2 * checked


# what a share column's JUMLAH prints: the whole, give or take the shares' rounding
_WHOLE_LOW, _WHOLE_HIGH = Decimal("99.5"), Decimal("100.5")


def _shares_of_the_whole(table: Table) -> None:
    """A percentage column whose JUMLAH is not 100 is no share of the total.

    "Persentase Selesai" beside a Jumlah: each row's own ratio (selesai /
    jumlah), its JUMLAH the whole's ratio (79,72), no 100. Its role is taken
    back: no rule judges it as a share, and its JUMLAH is no sum of its rows.
    """
    changed = False
    for col in table.columns_with(R.PERSEN_TOTAL):
        for row in table.rows:
            if row.kind != RowKind.TOTAL:
                continue
            number = table.value(row, col).number
            if number is None or _WHOLE_LOW <= number <= _WHOLE_HIGH:
                continue
            if not _shares_of(table, col, row):
                col.role, changed = R.OTHER, True
                break
    if changed:
        _roles_changed(table)


def _shares_of(table: Table, col: Column, total_row: Row) -> bool:
    """Whether most rows of a column print their part of the total row's figure.

    A share column whose JUMLAH alone is misprinted (99,00% for 100%) still
    gives each row its share; a column of each row's own ratio gives none.
    """
    fits = read = 0
    for part_col in table.columns:
        if part_col.role not in _PARTS_OF_A_SHARE:
            continue
        whole = table.value(total_row, part_col).number
        if not whole:
            continue
        for row in table.rows:
            if row.kind != RowKind.DATA:
                continue
            part, printed = table.value(row, part_col), table.value(row, col)
            if part.number is None or printed.number is None:
                continue
            read += 1
            step = Decimal(1).scaleb(-printed.decimals)
            share = (part.number * 100 / whole).quantize(step, ROUND_HALF_UP)
            fits += share == printed.number
    return read > 0 and 2 * fits > read


_PARTS_OF_A_SHARE = (R.JUMLAH, R.ANGGARAN, R.REALISASI_ANGGARAN)


def _roles_changed(table: Table) -> None:
    """Keys for the columns' new roles, and the table's lookup by role afresh."""
    assign_keys(table.columns)
    # NOTE: Table.column remembers the roles of the list it was asked of
    table.columns = list(table.columns)
