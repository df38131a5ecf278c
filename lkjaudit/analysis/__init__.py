"""Understand a report's tables, the same way whatever format they came from.

Readers cut a file into raw cells; :func:`analyze` then splits headers from bodies,
aligns ragged rows, gives each column a role, classifies each table by what its
columns mean, marks totals and continuation rows, parses every value in context, and
infers the Program → Kegiatan → Sub Kegiatan tree.
"""

from __future__ import annotations

import re

from lkjaudit.analysis.columns import ReportYear, assign_columns
from lkjaudit.analysis.layout import Layout, lay_out
from lkjaudit.analysis.linking import link_report
from lkjaudit.analysis.reread import reread_roles
from lkjaudit.analysis.rows import classify_rows
from lkjaudit.analysis.tree import infer_tree
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import ColumnRole, Report, Table, TableKind

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


def analyze_table(table: Table) -> Table:
    """Analyse one table in place and return it."""
    return _finish(table, lay_out(table), None)


def _finish(table: Table, layout: Layout, report_year: ReportYear | None) -> Table:
    assign_columns(table, layout, report_year)
    classify_rows(table)
    reread_roles(table)
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
