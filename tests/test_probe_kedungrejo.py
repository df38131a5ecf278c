"""A Kecamatan's annual LKj in Word nobody here wrote the tool for
(tests/probes/kecamatan-kedungrejo-2024.docx, written by
scripts/make_probe_kedungrejo.py with python-docx). Unlike the other probes every
header is two rows deep with merged cells: ``Tahun 2023`` and ``Tahun 2024`` each
over Target / Realisasi / Capaian (%), ``Jenis Kelamin`` over L / P, ``Kondisi``
over Baik / Rusak Ringan / Rusak Berat, ``Tahun Anggaran 2024`` over ``Pagu (Rp)``
/ ``Realisasi (Rp)`` / ``Sisa (Rp)``, each of those two columns wide, for every
rupiah figure is printed as ``Rp`` in one cell and the number in the next; No,
Kode, Uraian, Jumlah and % are merged down. The budget tree uses the 2021
kecamatan nomenclature (7.01.xx). The planted errors are listed here; every
other figure is right."""

from __future__ import annotations

from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "kecamatan-kedungrejo-2024.docx"

# the bare "%" of the budget tree, 82.950.000 / 86.400.000 = 96,01, printed 96,10
BARE_PERCENT = ["persen-anggaran-equals-realisasi-over-anggaran"] + [
    "tabel-3.2/row:10/col:persen_anggaran",
    57,
    "96,01",
    "96,10",
]

PLANTED = [
    # staff by education: D3, L 1 + P 2, Jumlah printed 4
    ["row-total-equals-sum-of-categories", "tabel-1.1/row:3/col:jumlah", 18, "3", "4"],
    # assets: Komputer / Laptop 14 + 3 + 2, Jumlah printed 18
    ["row-total-equals-sum-of-categories", "tabel-1.2/row:3/col:jumlah", 28]
    + ["19", "18"],
    # assets: JUMLAH of Rusak Ringan, printed 16
    ["total-row-equals-column-sum", "tabel-1.2/row:7/col:kategori_2", 32, "18", "16"],
    # 2024: 94,3 / 92 = 102,50, printed 105,20
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:2/col:capaian", 41]
    + ["102,50", "105,20"],
    # 2023 (the group beside the year reported): 72,73 / 80 = 90,91, printed 90,19
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:c7", 42]
    + ["90,91", "90,19"],
    # the text's 80,82% for the APBDes indicator; Tabel 3.1 has 81,82
    ["text-figure-matches-table", "text/paragraph:22/sentence:1", 44]
    + ["81,82%", "80,82%"],
    # 64.800.000 − 63.450.000, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:4/col:sisa", 51]
    + ["1.350.000", "1.530.000"],
    BARE_PERCENT,
    # a kegiatan's pagu, its two sub kegiatan sum to 125.250.000
    ["parent-equals-sum-of-children", "tabel-3.2/row:14/col:anggaran", 61]
    + ["125.250.000", "152.250.000"],
    # a letter l for a zero
    ["number-well-formed", "tabel-3.2/row:19/col:realisasi_anggaran", 66]
    + ["59.487.000", "59.487.0l0"],
    # JUMLAH realisasi, two digits swapped
    ["total-row-equals-column-sum", "tabel-3.2/row:21/col:realisasi_anggaran", 68]
    + ["3.295.162.900", "3.925.162.900"],
    # the text's pagu of the support program, one digit off
    ["text-figure-matches-table", "text/paragraph:25/sentence:1", 70]
    + ["Rp 3.006.150.000", "Rp 3.006.151.000"],
]


def _findings() -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_every_planted_error_is_found() -> None:
    found = compact(_findings())
    assert [p for p in PLANTED if p not in found] == []


def test_the_bare_percent_beside_rupiah_cells_is_the_budget_share() -> None:
    assert BARE_PERCENT in compact(_findings())


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []
