"""A fourth report nobody here wrote the tool for
(tests/probes/diskominfo-tanahbaru-2024.txt): a Dinas's annual LKjIP (not a
kecamatan's) exported to tab-separated text. Its budget tree is told by official
codes in a Kode column (no capitals or italics needed), every rupiah carries an
``Rp`` prefix in its cell, the efficiency table writes no formula (its rows show
it: capaian kinerja − serapan), the quarters' targets stand under a two-row header
beside the year's, and two lower-is-better indicators (a time to repair, a count
of incidents) are computed target / realisasi. The prose mentions a purchase of
laptops and what belanja modal was used for: neither is a claim on a table. Its
planted errors are listed here; every other figure is right.
"""

from __future__ import annotations

from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "diskominfo-tanahbaru-2024.txt"

PLANTED = [
    # Golongan II: 6 + 3
    ["row-total-equals-sum-of-categories", "tabel-1.1/row:3/col:jumlah", 14]
    + ["9", "8"],
    # 82,4 / 80 = 103,00, two digits swapped
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:2/col:capaian", 32]
    + ["103,00", "130,00"],
    # the quarters add up to the year's target on every other row: 10+10+10+12
    ["target-triwulan-agrees-with-target-tahunan", "tabel-3.2/row:2/col:target", 44]
    + ["42", "40"],
    # 96,00 − 86,00, the gap the other three programmes print
    ["efisiensi-follows-table-formula", "tabel-3.3/row:3/col:efisiensi", 53]
    + ["10,00", "6,00"],
    # 38.500.000 − 37.345.000, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.4/row:7/col:sisa", 69]
    + ["Rp 1.155.000", "Rp 1.515.000"],
    # a sub kegiatan's realisasi: its kegiatan minus its sibling, its anggaran
    # minus its sisa and its % all say 305.000.000
    ["budget-figure-agrees-with-its-restatements"]
    + ["tabel-3.4/row:13/col:realisasi_anggaran", 75]
    + ["Rp 305.000.000", "Rp 350.000.000"],
    # 5.354.065.000 / 5.729.500.000 = 93,45%
    ["text-figure-matches-table", "text/paragraph:17/sentence:1", 78]
    + ["93,45%", "94,12%"],
    # the Program Penunjang's own row: 3.194.065.000 / 3.329.500.000 = 95,93%
    ["text-figure-matches-table", "text/paragraph:19/sentence:1", 89]
    + ["95,93%", "96,14%"],
]


def _findings() -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []
