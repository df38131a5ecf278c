"""A figure whose unit stands in a cell of its own is written as one figure, by every rule.

A ``Satuan`` column (or a unit cell beside the figure, ``93 | %``) was never
printed with the figure: a finding writes it ``93%``, the one form an expected
``95%`` takes, not the cells' ``93 %``; the copy rules already did
(``test_copy_unit_cell.py``), the arithmetic and plausibility rules now do too.
A cell that prints its unit itself is shown as it prints it.
"""

from __future__ import annotations

from lkjaudit.checks.common import printed
from lkjaudit.model.report import ColumnRole as R

from conftest import findings_for, report_from

TABLE = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tCakupan imunisasi dasar lengkap\t%\t95\t{realisasi}\t{capaian}
2\tPersentase persalinan di fasilitas pelayanan kesehatan\t%\t98\t96,04\t98,00
"""
CAPAIAN = "capaian-equals-realisasi-over-target"
WITHIN = "performance-within-target"
CELL = "tabel-3.1/row:1/col:{}"


def _found(realisasi: str, capaian: str) -> list[tuple[object, ...]]:
    text = TABLE.format(realisasi=realisasi, capaian=capaian)
    return [
        (f.rule_id, f.location.ref, f.location.line, f.expected, f.actual, f.message)
        for f in findings_for(text, source="t.txt")
    ]


def test_a_capaians_operands_are_written_with_their_unit_as_one_figure() -> None:
    # 93 / 95 = 97,89: before, "= 93 % / 95 %"
    assert _found("93", "96,00") == [
        (
            CAPAIAN,
            CELL.format("capaian"),
            6,
            "97,89",
            "96,00",
            "Capaian 96,00, seharusnya 97,89 (Realisasi / Target = 93% / 95%)",
        )
    ]


def test_a_realisasi_far_above_its_target_is_written_as_its_target_is() -> None:
    # before, "Realisasi 190 % melampaui target (≤ 95 %)"
    assert _found("190", "200,00") == [
        (
            WITHIN,
            CELL.format("realisasi"),
            6,
            "≤ 95%",
            "190%",
            "Realisasi 190% melampaui target (≤ 95%): 200% dari target",
        )
    ]


def test_a_cell_that_prints_its_unit_is_shown_as_printed() -> None:
    assert _found("93 %", "96,00") == [
        (
            CAPAIAN,
            CELL.format("capaian"),
            6,
            "97,89",
            "96,00",
            "Capaian 96,00, seharusnya 97,89 (Realisasi / Target = 93 % / 95%)",
        )
    ]


def test_right_figures_draw_nothing() -> None:
    assert _found("93", "97,89") == []


def test_printed_writes_a_borrowed_unit_in_the_one_form() -> None:
    # the helper every rule writes a printed figure with: "93" under Satuan "%"
    # is 93%, a cell printing "93 %" stays as printed, and so does a dash
    text = TABLE.format(realisasi="93 %", capaian="-")
    (table,) = report_from(text, "t.txt").tables
    row = table.row(1)
    target, realisasi, capaian = (
        table.column(role) for role in (R.TARGET, R.REALISASI, R.CAPAIAN)
    )
    assert target is not None and realisasi is not None and capaian is not None
    assert [printed(table, row, c) for c in (target, realisasi, capaian)] == [
        "95%",
        "93 %",
        "-",
    ]
