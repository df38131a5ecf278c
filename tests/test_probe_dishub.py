"""A report nobody here wrote the tool for, kept in Excel
(tests/probes/dishub-tanjungsari-2024.xlsx: written with openpyxl, then opened and
saved by LibreOffice so that its formulas carry their results, as a workbook an
OPD keeps does): a Dinas Perhubungan's LKjIP with a prose sheet, a sheet of IKU
whose header cells are merged over two rows and whose "Realisasi 2023" column is
hidden, and a budget sheet holding two tables apart by empty rows under merged
titles. Money is typed with a ``#,##0`` format, percentages are fractions shown
``0.00%``, most sisa, % and parent rows are formulas (``=C5-D5``, ``=D5/C5``,
``=SUM(C6:C9)``); the planted errors are figures typed over a formula, a figure
typed as text, and a sentence. Every other figure is right."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.errors import InputError
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report, read_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "dishub-tanjungsari-2024.xlsx"

# NOTE: sheet by sheet (Narasi, Capaian Kinerja, Anggaran), row by row in each
PLANTED = [
    # the text's 101,17% for the IKM; its capaian is 83,45 / 82 = 101,77%
    ["text-figure-matches-table", "text/paragraph:9/sentence:1", 9, "101,77%"]
    + ["101,17%"],
    # 75 / 80 = 93,75%, typed 0,9575 over the formula
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:capaian", 7]
    + ["93,75%", "95,75%"],
    # the workbook has Tabel 3.1, 3.3 and 3.4: a warning, true of the data
    ["table-numbers-in-sequence", "tabel-3.3", 1, "Tabel 3.2", "Tabel 3.3"],
    # sisa typed as text with a digit lost
    ["number-well-formed", "tabel-3.3/row:4/col:sisa", 8, "15.483.600", "15.483.60"],
    # 642.845.000 / 688.000.000 = 93,44%, typed 0,9544
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.3/row:5/col:persen_anggaran", 9, "93,44%", "95,44%"],
    # the LLAJ program's realisasi typed over its =SUM (10.000 too much) ...
    ["parent-equals-sum-of-children", "tabel-3.3/row:6/col:realisasi_anggaran", 10]
    + ["5.922.211.850", "5.922.221.850"],
    # ... and so its sisa (=C10-D10): 6.234.650.000 − 5.922.211.850, the sum of
    # its kegiatan counting the swapped sisa below at anggaran − realisasi
    ["parent-equals-sum-of-children", "tabel-3.3/row:6/col:sisa", 10]
    + ["312.438.150", "312.428.150"],
    # 3.918.450.000 − 3.702.118.600, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:8/col:sisa", 12]
    + ["216.331.400", "216.313.400"],
    # Tabel 3.4's JUMLAH pagu typed 100.000.000 too high, its % computed from it
    ["total-row-equals-column-sum", "tabel-3.4/row:4/col:anggaran", 27]
    + ["14.519.400.000", "14.619.400.000"],
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.4/row:4/col:persen_anggaran", 27, "95,79%", "95,13%"],
]

CELLS = {
    "tabel-3.1/row:3/col:capaian": "'Capaian Kinerja'!H7",
    "tabel-3.3/row:4/col:sisa": "Anggaran!E8",
    "tabel-3.3/row:5/col:persen_anggaran": "Anggaran!F9",
    "tabel-3.3/row:6/col:realisasi_anggaran": "Anggaran!D10",
    "tabel-3.3/row:8/col:sisa": "Anggaran!E12",
    "tabel-3.4/row:4/col:anggaran": "Anggaran!C27",
    "text/paragraph:9/sentence:1": "Narasi!A9",
}


def _findings() -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_findings_name_the_cell_of_the_sheet() -> None:
    found = {f.location.ref: f.location.cell for f in _findings()}
    assert {ref: found[ref] for ref in CELLS} == CELLS


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []


def test_the_hidden_column_is_not_read() -> None:
    table = load_report(str(PROBE)).tables[0]
    assert [c.header for c in table.columns] == [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ]


def test_formulas_are_read_from_their_stored_results() -> None:
    table = load_report(str(PROBE)).tables[1]
    # =SUM(C6:C9), =C5-D5 and =D5/C5 on the first program's row
    assert [c.text for c in table.rows[0].cells[2:]] == [
        "8.188.750.000",
        "7.897.431.110",
        "291.318.890",
        "96,44%",
    ]


def test_the_workbook_as_a_program_wrote_it_is_refused(tmp_path: Path) -> None:
    # saved again by openpyxl, its formulas lose their results: refused, the cells
    # named, rather than read as empty
    workbook = load_workbook(PROBE)
    path = tmp_path / "tanpa-hasil.xlsx"
    workbook.save(path)
    with pytest.raises(InputError) as info:
        read_report(str(path))
    assert (
        "('Capaian Kinerja'!H5, 'Capaian Kinerja'!H6, 'Capaian Kinerja'!H8, …)"
        in str(info.value)
    )
