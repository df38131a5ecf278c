"""The rows a budget column's witnesses dispute bound every witnessed figure.

The % and sisa checks look a row's operands up one by one only on the rows
:func:`~lkjaudit.checks.disputed.disputed` names (``arithmetic._doubted``): on
every other row they take the operands as printed. That is exact only while no
row outside those sets has a supported figure; these tests hold it to that, on
the seed and on tables with a wrong figure of each kind of witness.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_witness import RIGHT, _report

from lkjaudit.checks.arithmetic import _doubted, witnessed_operands
from lkjaudit.checks.disputed import column_amounts
from lkjaudit.checks.sums import _mismatch
from lkjaudit.checks.witnesses import BUDGET, kids_total
from lkjaudit.model.report import Report
from lkjaudit.readers import load_report

from conftest import report_from

ROOT = Path(__file__).resolve().parent.parent.parent


def _witnessed(report: Report) -> tuple[set[tuple[int, str]], int]:
    """The cells read at a witnessed figure (row, role), and how many are outside.

    Outside: on a row the prefilter would take as printed.
    """
    found: set[tuple[int, str]] = set()
    outside = 0
    for table in report.tables:
        cols = [c for c in table.columns if c.role in BUDGET]
        for a in cols:
            for b in cols:
                if a is b:
                    continue
                doubted = _doubted(report, table, (a, b))
                assert doubted is not None
                for row in table.rows:
                    operands = witnessed_operands(report, table, row, (a, b))
                    for col, (_, fix) in zip((a, b), operands, strict=True):
                        if fix is not None:
                            found.add((row.index, col.role.value))
                            outside += row.index not in doubted
    return found, outside


@pytest.mark.parametrize(
    ("program", "cells"),
    [
        # realisasi: its kegiatan and its row give 486.850.000
        ("495.250.000\t468.850.000\t8.400.000\t98,30", {(1, "realisasi_anggaran")}),
        # pagu: its kegiatan and its copy give 495.250.000; the sisa computed
        # from it: its kegiatan's 8.400.000, and the corrected pagu less realisasi
        (
            "549.250.000\t486.850.000\t62.400.000\t88,64",
            {(1, "anggaran"), (1, "sisa")},
        ),
        # the % alone doubts the print: nothing is witnessed
        ("495.250.000\t486.850.000\t8.400.000\t96,00", set()),
    ],
)
def test_every_witnessed_operand_is_on_a_disputed_row(
    program: str, cells: set[tuple[int, str]]
) -> None:
    report = report_from(_report(program, copy="495.250.000"))
    assert _witnessed(report) == (cells, 0)


def test_the_seed_has_no_witnessed_operand_outside_the_disputed_rows() -> None:
    report = load_report(str(ROOT / "samples" / "pasirian-tw2-2024.txt"))
    assert _witnessed(report)[1] == 0


def test_a_quarter_operand_is_not_prefiltered() -> None:
    report = report_from(_report(RIGHT))
    table = report.tables[0]
    cols = tuple(c for c in table.columns if c.role not in BUDGET)[:2]
    assert _doubted(report, table, cols) is None


def test_a_parents_mismatch_reads_the_same_sums_as_its_rows() -> None:
    # the program's realisasi 468.850.000 against its kegiatan's 486.850.000
    report = report_from(_report("495.250.000\t468.850.000\t8.400.000\t98,30"))
    table = report.tables[0]
    found = {}
    for col in (c for c in table.columns if c.role in BUDGET):
        plain, fixed = column_amounts(report, table, col)
        for row in table.rows:
            kids = [table.row(k) for k in row.children]
            if kids:
                total = _mismatch(row, kids, plain, fixed)
                assert total is None or total == kids_total(table, kids, col)
                if total is not None:
                    found[(row.index, col.role.value)] = str(total)
    assert found == {(1, "realisasi_anggaran"): "486850000"}
