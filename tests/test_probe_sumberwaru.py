"""A report nobody here wrote the tool for, published as PDF
(tests/probes/kecamatan-sumberwaru-2024.pdf, made with reportlab): a Kecamatan's
LKj with a ruled IKU table whose sasaran cells are merged down, a ruled budget
table of programs, kegiatan and sub kegiatan that runs over a page break with its
header repeated, a table of spending by kind drawn with no ruling at all (columns
aligned by whitespace), and prose quoting figures, one of them a bound ("di atas
95%") and two about one kind of spending. Its planted errors are listed here;
every other figure is right."""

from __future__ import annotations

from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "kecamatan-sumberwaru-2024.pdf"

PLANTED = [
    # no BAB II and no Perjanjian Kinerja: warnings, true of the report
    ["required-chapters-present", "document/bab:2", None]
    + ["BAB II PERENCANAAN KINERJA", None],
    ["required-chapters-present", "document/lampiran:perjanjian-kinerja", None]
    + ["LAMPIRAN PERJANJIAN KINERJA", None],
    # 83,33 / 100 printed 88,33
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:capaian", 20]
    + ["83,33", "88,33"],
    # a kegiatan's realisasi 900.000 above its sub kegiatan (its sisa and % right)
    ["parent-equals-sum-of-children", "tabel-3.2/row:5/col:realisasi_anggaran", 15]
    + ["2.757.438.400", "2.758.338.400"],
    # 35.672.000 / 36.800.000 = 96,93%, digits swapped
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.2/row:10/col:persen_anggaran", 22, "96,93", "99,63"],
    # 72.000.000 − 66.418.350, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:14/col:sisa", 29]
    + ["5.581.650", "5.518.650"],
    # a digit lost, on the page after the break (below the repeated header)
    ["number-well-formed", "tabel-3.2/row:26/col:anggaran", 3]
    + ["29.400.000", "29.400.00"],
    # the text's 95,82% for the whole budget; its JUMLAH is 96,31%
    ["text-figure-matches-table", "text/paragraph:13/sentence:1", 21, "96,31%"]
    + ["95,82%"],
    # the unruled table's JUMLAH realisasi 1.000.000 short
    ["total-row-equals-column-sum", "tabel-3.3/row:4/col:realisasi_anggaran", 27]
    + ["3.557.260.750", "3.556.260.750"],
]

PAGES = [None, None, 1, 2, 2, 2, 3, 3, 3]


def _findings() -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    found = _findings()
    assert compact(found) == PLANTED
    assert [f.location.page for f in found] == PAGES


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []


def test_the_tables_as_read() -> None:
    report = load_report(str(PROBE))
    iku, budget, kinds = report.tables
    assert [len(t.rows) for t in (iku, budget, kinds)] == [4, 34, 4]
    # one table over two pages, the header repeated on the second not a row
    assert [c.text for c in budget.rows[25].cells[:3]] == [
        "7.01.03.1.01.0004",
        "Fasilitasi Pelaksanaan Pemberdayaan Masyarakat Desa",
        "29.400.00",
    ]
    assert budget.rows[25].gap_before and budget.rows[25].cells[0].page == 3
    # the table drawn without lines
    assert (
        kinds.caption == "Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024"
    )
    assert [[c.text for c in r.cells] for r in kinds.rows] == [
        ["1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "106.801.600"]
        + ["96,25"],
        ["2", "Belanja Barang dan Jasa", "722.300.000", "697.872.350", "24.427.650"]
        + ["96,62"],
        ["3", "Belanja Modal", "125.000.000", "119.870.000", "5.130.000", "95,90"],
        ["", "JUMLAH", "3.693.620.000", "3.556.260.750", "136.359.250", "96,31"],
    ]
