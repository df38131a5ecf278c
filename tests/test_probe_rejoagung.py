"""A report nobody here wrote the tool for
(tests/probes/disdikbud-rejoagung-2024.md): a Dinas Pendidikan's annual LKjIP in
Markdown. Its indicator table holds a sasaran with several indicators, Realisasi
before Target and each value with its unit in one cell (``104,35 %``,
``8,12 tahun``), two lower-is-better indicators (angka putus sekolah) computed
target / realisasi as the text says; its budget tree is numbered in roman
numerals (I, I.1, I.1.1) with ``Rp`` in every cell and ``%`` before ``Sisa``.
Its planted errors are listed here; every other figure is right.
"""

from __future__ import annotations

from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "disdikbud-rejoagung-2024.md"

PLANTED = [
    # APM SMP: 78,40 / 80,00 = 98,00
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:2/col:capaian", 61]
    + ["98,00", "98,50"],
    # angka putus sekolah SMP (lower is better): 0,50 / 0,45 = 111,11, a digit
    # lost (110,11 would be right for operands rounded to 0,45 and 0,50)
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:4/col:capaian", 63]
    + ["111,11", "101,11"],
    # the text's capaian of the guru bersertifikat, digits swapped
    ["text-figure-matches-table", "text/paragraph:19/sentence:2", 74, "102,89%"]
    + ["102,98%"],
    # 96.000.000 − 88.420.000, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:9/col:sisa", 94]
    + ["Rp 7.580.000", "Rp 7.850.000"],
    # 3.305.612.000 / 3.420.000.000 = 96,66
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.2/row:13/col:persen_anggaran", 98, "96,66", "96,56"],
    # kegiatan II.2's pagu mistyped; its sisa and % follow its sub kegiatan
    ["parent-equals-sum-of-children", "tabel-3.2/row:15/col:anggaran", 100]
    + ["Rp 11.116.300.000", "Rp 11.161.300.000"],
    # a digit lost
    ["number-well-formed", "tabel-3.2/row:21/col:realisasi_anggaran", 106]
    + ["Rp 279.850.000", "Rp 279.850.00"],
    # JUMLAH realisasi 1.000.000 too high; its sisa and % are right
    ["total-row-equals-column-sum", "tabel-3.2/row:22/col:realisasi_anggaran", 107]
    + ["Rp 74.272.606.300", "Rp 74.273.606.300"],
    # Program Pengelolaan Pendidikan's serapan, digits swapped
    ["text-figure-matches-table", "text/paragraph:24/sentence:1", 113, "98,75%"]
    + ["98,57%"],
]


def _findings(lang: str = "id") -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True, lang=lang))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []


def test_a_quoted_capaian_names_the_rows_own_indicator() -> None:
    # the sentence is about the sasaran's second indicator: the message names
    # it, not the sasaran's first (Rata-rata Lama Sekolah)
    found = [f for f in _findings("en") if f.location.line == 74]
    assert [f.evidence["subject"] for f in found] == [
        "Persentase guru yang bersertifikat pendidik"
    ]
