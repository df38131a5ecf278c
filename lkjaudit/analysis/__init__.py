"""Understand a report's tables, the same way whatever format they came from.

Readers cut a file into raw cells; :func:`analyze` then splits headers from bodies,
aligns ragged rows, gives each column a role, classifies each table by what its
columns mean, marks totals and continuation rows, parses every value in context, and
infers the Program → Kegiatan → Sub Kegiatan tree.
"""

from __future__ import annotations

import re

from lkjaudit.analysis.columns import assign_columns
from lkjaudit.analysis.layout import lay_out
from lkjaudit.analysis.linking import link_report
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
    layout = lay_out(table)
    assign_columns(table, layout)
    classify_rows(table)
    tree = infer_tree(table)
    table.kinds = _kinds(table, tree)
    return table


def analyze(report: Report) -> Report:
    """Analyse every table of a report in place, link copies across tables."""
    for table in report.tables:
        analyze_table(table)
    return link_report(report)
