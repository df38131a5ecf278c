"""Copies of a budget figure are looked up only on the rows their column disputes.

``copies-agree`` (``figures._witnessed_items``) and ``pk-budget``
(``pk._witnessed``) take a copy at its witnessed figure only on a row
:func:`~lkjaudit.checks.support.doubted_rows` names; on every other row the copy
is as printed. That is exact only while no copy outside those rows has a
supported figure: these tests hold the prefiltered path to the per-cell one
(:func:`~lkjaudit.checks.support.supported_value` on every copy), on the seed
and on reports with a wrong figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_witness import RIGHT, _report

from lkjaudit.checks.copies import index_of
from lkjaudit.checks.crossref.agreement import Item
from lkjaudit.checks.crossref.figures import _witnessed_items
from lkjaudit.checks.crossref.pk import _witnessed as pk_witnessed
from lkjaudit.checks.support import doubted_rows, supported_value
from lkjaudit.checks.witnesses import BUDGET
from lkjaudit.model.report import Report
from lkjaudit.readers import load_report

from conftest import report_from

ROOT = Path(__file__).resolve().parent.parent.parent


def _copies(report: Report) -> dict[object, list[Item]]:
    """Every entity copy's budget figures, by role (as ``copies-agree`` reads them)."""
    found: dict[object, list[Item]] = {role: [] for role in BUDGET}
    for _, copies in index_of(report).of_kind("entity"):
        for copy in copies:
            for role in BUDGET:
                got = copy.value(role)
                if got is not None and got[1].number is not None:
                    found[role].append((copy, *got))
    return found


def _witnessed_copies(report: Report) -> set[tuple[str, int, str]]:
    """The copies taken at a witnessed figure (table, row, role).

    Asserts on the way that the prefiltered paths give what looking every copy
    up gives, and that each witnessed copy lies on a disputed row.
    """
    found: set[tuple[str, int, str]] = set()
    for role, items in _copies(report).items():
        out, fixes = _witnessed_items(report, role, items, {})
        doubted: dict[int, frozenset[int] | None] = {}
        for item, taken in zip(items, out, strict=True):
            copy, col, value = item
            expected, fix = supported_value(report, copy.table, copy.row, col)
            assert taken[2] == expected
            assert (fixes.get(id(taken)) is not None) == (fix is not None)
            assert pk_witnessed(report, copy, col, value, doubted) == expected
            if fix is not None:
                rows = doubted_rows(report, copy.table, col)
                assert rows is not None and copy.row.index in rows
                found.add((copy.table.id, copy.row.index, col.role.value))
    return found


@pytest.mark.parametrize(
    ("program", "copy", "cells"),
    [
        # pagu 549.250.000: its kegiatan and its copy in Tabel 3.4 give
        # 495.250.000; the sisa worked out from it: its kegiatan's 8.400.000,
        # and the corrected pagu less realisasi
        (
            "549.250.000\t486.850.000\t62.400.000\t88,64",
            "495.250.000",
            {("tabel-3.3", 1, "anggaran"), ("tabel-3.3", 1, "sisa")},
        ),
        # realisasi 468.850.000: its kegiatan and pagu − sisa give 486.850.000
        (
            "495.250.000\t468.850.000\t8.400.000\t98,30",
            "495.250.000",
            {("tabel-3.3", 1, "realisasi_anggaran")},
        ),
        # the copy is wrong, but nothing in its own table disputes it
        (RIGHT, "459.250.000", set()),
        (RIGHT, "495.250.000", set()),
    ],
)
def test_every_witnessed_copy_is_on_a_disputed_row(
    program: str, copy: str, cells: set[tuple[str, int, str]]
) -> None:
    report = report_from(_report(program, copy=copy))
    assert _witnessed_copies(report) == cells


def test_the_seed_s_copies_are_the_same_prefiltered() -> None:
    report = load_report(str(ROOT / "samples" / "pasirian-tw2-2024.txt"))
    _witnessed_copies(report)  # NOTE: asserts each copy against the per-cell path


def test_a_column_that_is_no_budget_column_is_not_prefiltered() -> None:
    report = report_from(_report(RIGHT))
    table = report.tables[0]
    col = next(c for c in table.columns if c.role not in BUDGET)
    assert doubted_rows(report, table, col) is None
