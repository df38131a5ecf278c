"""Understand a report's tables, the same way whatever format they came from.

Readers cut a file into raw cells; :func:`analyze` then splits headers from bodies,
aligns ragged rows, gives each column a role, classifies each table by what its
columns mean, marks totals and continuation rows, parses every value in context, and
infers the Program → Kegiatan → Sub Kegiatan tree.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from lkjaudit.analysis.columns import ReportYear, assign_columns, assign_keys
from lkjaudit.analysis.layout import Layout, lay_out
from lkjaudit.analysis.linking import link_report
from lkjaudit.analysis.rows import classify_rows
from lkjaudit.analysis.tree import infer_tree
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)

__all__ = ["analyze", "analyze_table"]

R = ColumnRole
_STAFF = lazy(r"pns|pegawai|pendidikan|golongan|eselon|diklat|asn|tkb|jabatan", re.I)
_ASSETS = lazy(r"barang|aset|kondisi|baik|rusak|sarana|prasarana", re.I)


def _kinds(table: Table, tree: bool) -> list[TableKind]:
    kinds: list[TableKind] = []
    perf = table.has(R.TARGET) or table.has(R.REALISASI)
    if table.has(R.TARGET, R.REALISASI):
        kinds.append(TableKind.TARGET_REALISATION)
    elif table.has(R.TARGET):
        kinds.append(TableKind.TARGET)
    if table.has(R.ANGGARAN, R.REALISASI_ANGGARAN):
        kinds.append(TableKind.BUDGET_REALISATION)
    elif table.has(R.ANGGARAN):
        kinds.append(TableKind.BUDGET)
    if perf and table.has(R.ANGGARAN):
        kinds.append(TableKind.PERFORMANCE_BUDGET)
    if table.has(R.EFISIENSI):
        kinds.append(TableKind.EFFICIENCY)
    if tree:
        kinds.append(TableKind.PROGRAM_TREE)
    if table.has(R.KATEGORI) or (table.has(R.JUMLAH) and not kinds):
        kinds.append(TableKind.CATEGORY_COUNT)
        words = " ".join(
            [table.caption or ""] + [f"{c.header} {c.group}" for c in table.columns]
        )
        if _STAFF.search(words):
            kinds.append(TableKind.STAFF)
        elif _ASSETS.search(words):
            kinds.append(TableKind.ASSETS)
    return kinds or [TableKind.OTHER]


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


def analyze_table(table: Table) -> Table:
    """Analyse one table in place and return it."""
    return _finish(table, lay_out(table), None)


def _finish(table: Table, layout: Layout, report_year: ReportYear | None) -> Table:
    assign_columns(table, layout, report_year)
    classify_rows(table)
    _summed_categories(table)
    _shares_of_the_whole(table)
    tree = infer_tree(table)
    table.kinds = _kinds(table, tree)
    return table


def _report_year(report: Report) -> ReportYear:
    """The report's year (its period's), read at the first call only."""
    found: list[str | None] = []

    def year() -> str | None:
        if not found:
            # NOTE: the period is read from the cover and the tables' places, as
            # the prose reads it; every table is laid out by now, so what it reads
            # is final and its memoised result holds for the checks too
            from lkjaudit.prose.dates import report_period

            period = report_period(report)
            found.append(str(period.end.year) if period is not None else None)
        return found[0]

    return year


def analyze(report: Report) -> Report:
    """Analyse every table of a report in place, link copies across tables.

    Every table is laid out before any is given its columns' roles: a table that
    repeats a role over years may ask the report's year, which the places of the
    tables' rows help to read.
    """
    layouts = [lay_out(table) for table in report.tables]
    year = _report_year(report)
    for table, layout in zip(report.tables, layouts, strict=True):
        _finish(table, layout, year)
    return link_report(report)
