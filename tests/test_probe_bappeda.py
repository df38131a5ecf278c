"""A third report nobody here wrote the tool for
(tests/probes/bappeda-mekarsari-2024.docx, made with python-docx): a Bappeda's
annual LKjIP in Word, its header cells merged (``Tahun 2024`` over Target /
Realisasi / Capaian (%), ``Anggaran`` over Pagu / Realisasi / Serapan), a sasaran
cell merged down over its two indicators, a column-number row stating the
efficiency formula, and every rupiah printed with its sen (``4.414.180.000,00``),
as accounting exports print them. Its planted errors are listed here; every other
figure is right."""

from __future__ import annotations

from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report

from conftest import compact, stray_errors

PROBE = Path(__file__).parent / "probes" / "bappeda-mekarsari-2024.docx"

PLANTED = [
    # "Senin, 14 Januari 2025": a Tuesday
    ["weekday-matches-date", "text/paragraph:7/sentence:1", 7, "Selasa", "Senin"],
    # (three realisations a little above target, at most 113,33% of it: no
    # warning below 120%)
    # 87,2 / 85 = 102,59%, printed 102,95
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:capaian", 21]
    + ["102,59", "102,95"],
    # its own column-number row: (7) = (6) − (5) = 102,69 − 95,77
    ["stated-formula-holds", "tabel-3.2/row:2/col:efisiensi", 30, "6,92", "6,29"],
    # 215.000.000 − 208.746.000, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:6/col:sisa", 40]
    + ["6.254.000,00", "6.245.000,00"],
    # a kegiatan's realisasi, digits swapped (its sisa and % are right, and so it
    # is no spending above its pagu)
    ["parent-equals-sum-of-children", "tabel-3.3/row:8/col:realisasi_anggaran", 42]
    + ["569.547.500,00", "596.547.500,00"],
    # a letter O for a zero
    ["number-well-formed", "tabel-3.3/row:10/col:anggaran", 44]
    + ["312.450.000,00", "312.45O.000,00"],
    # 179.412.000 / 186.300.000 = 96,30%
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.3/row:11/col:persen_anggaran", 45, "96,30", "93,60"],
    # JUMLAH sisa, digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:19/col:sisa", 53]
    + ["186.648.890,00", "168.648.890,00"],
    # the text's 96,84% for the whole budget; its JUMLAH is 96,48%
    ["text-figure-matches-table", "text/paragraph:20/sentence:1", 55]
    + ["96,48%", "96,84%"],
]


def _findings() -> list[Finding]:
    return audit_report(load_report(str(PROBE)), AuditOptions(strict=True))


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(_findings(), PLANTED) == []
