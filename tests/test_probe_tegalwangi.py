"""A report nobody here wrote the tool for
(tests/probes/kecamatan-tegalwangi-tw1-2025.txt): a kecamatan's quarterly LKj
exported to tab-separated text, its tables numbered by chapter (Tabel 2.1, 2.2,
3.1, 4.1–4.3). Its staff table counts each rank by sex under a two-row header
(``Jenis Kelamin`` over ``L | P``), its asset table counts each kind by condition
and breaks across a page (a page number, the two-row header repeated), and its
budget tree is numbered 1, 1.1, 1.1.1 and breaks across a page too; a table
sets this year's TW I realisasi beside last year's. Its planted errors are
listed here; every other figure is right.
"""

from __future__ import annotations

from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "kecamatan-tegalwangi-tw1-2025.txt"

PLANTED = [
    # "8 orang perempuan": the P column of Tabel 2.1 adds up to 7
    ["text-count-matches-table", "text/paragraph:10/sentence:1", 26]
    + ["7 orang", "8 orang"],
    # Penata (III/c): 1 + 2 (the column's JUMLAH 18 is right)
    ["row-total-equals-sum-of-categories", "tabel-2.1/row:4/col:jumlah", 35]
    + ["3", "4"],
    # printers, on the page after the break: 4 + 2 + 1 (the JUMLAH 99 is right)
    ["row-total-equals-sum-of-categories", "tabel-2.2/row:7/col:jumlah", 61]
    + ["7", "8"],
    # 83,12 / 82,50 = 100,75, digits swapped
    ["capaian-equals-realisasi-over-target", "tabel-4.1/row:1/col:capaian", 91]
    + ["100,75", "100,57"],
    # Tabel 4.2's this-year TW I realisasi beside last year's: 2,5 hari in
    # Tabel 4.1, whose capaian 120,00 (3 / 2,5) follows it
    ["figure-same-in-every-table", "tabel-4.2/row:2/col:realisasi", 102]
    + ["2,5 hari", "2,7 hari"],
    # 9.000.000 − 2.160.000, digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-4.3/row:9/col:sisa", 121]
    + ["6.840.000", "6.480.000"],
    # kegiatan 1.4's realisasi mistyped, after the page break; its sisa and %
    # follow its sub kegiatan
    ["parent-equals-sum-of-children", "tabel-4.3/row:11/col:realisasi_anggaran"]
    + [127, "32.676.450", "32.767.450"],
    # 6.250.000 / 35.000.000 = 17,86
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-4.3/row:16/col:persen_anggaran", 132, "17,86", "18,76"],
    # a zero too many
    ["number-well-formed", "tabel-4.3/row:21/col:anggaran", 137]
    + ["31.000.000", "31.000.0000"],
    # the quarter's serapan, digits swapped
    ["text-figure-matches-table", "text/paragraph:27/sentence:1", 140, "23,65%"]
    + ["23,56%"],
]


def _findings() -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []
