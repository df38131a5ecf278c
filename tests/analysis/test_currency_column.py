"""A currency sign printed in a cell of its own (``Rp | 86.400.000``): the sign's
column is the unit of the figures beside it and plays no role of its own."""

from __future__ import annotations

from lkjaudit.model.report import ColumnRole as R

from conftest import compact, findings_for, report_from

_HEAD = (
    "| Kode | Program / Kegiatan | Pagu (Rp) | | Realisasi (Rp) | | Sisa (Rp) | "
    "| % |\n"
    "|---|---|---|---|---|---|---|---|---|\n"
)


def _budget(percent: str) -> str:
    return (
        "**Tabel 3.2 Realisasi Anggaran**\n\n"
        + _HEAD
        + f"| 7.01.02 | PROGRAM PENYELENGGARAAN PEMERINTAHAN | Rp | 86.400.000 "
        f"| Rp | 82.950.000 | Rp | 3.450.000 | {percent} |\n"
        "| 7.01.03 | PROGRAM PEMBERDAYAAN MASYARAKAT | Rp | 50.000.000 "
        "| Rp | 45.000.000 | Rp | 5.000.000 | 90,00 |\n"
    )


def test_the_sign_columns_take_no_role_and_the_percent_is_the_budgets() -> None:
    table = report_from(_budget("96,01"), "t.md").tables[0]
    assert [(c.role, c.header) for c in table.columns] == [
        (R.OTHER, "Kode"),
        (R.URAIAN, "Program / Kegiatan"),
        (R.OTHER, ""),
        (R.ANGGARAN, "Pagu (Rp)"),
        (R.OTHER, ""),
        (R.REALISASI_ANGGARAN, "Realisasi (Rp)"),
        (R.OTHER, ""),
        (R.SISA, "Sisa (Rp)"),
        (R.PERSEN_ANGGARAN, "%"),
    ]
    assert [c.content for c in table.columns][2:7:2] == ["currency"] * 3


def test_a_wrong_budget_percent_beside_sign_columns_is_found() -> None:
    # 82.950.000 / 86.400.000 = 96,01
    assert compact(findings_for(_budget("96,10"), source="t.md")) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.2/row:1/col:persen_anggaran",
            5,
            "96,01",
            "96,10",
        ]
    ]


def test_a_right_budget_percent_beside_sign_columns_is_not_reported() -> None:
    assert compact(findings_for(_budget("96,01"), source="t.md")) == []


def test_a_column_with_signs_and_words_keeps_its_reading() -> None:
    # NOTE: "Rp" in one row of a column of names is no unit column
    text = (
        "**Tabel 3.1 Capaian Kinerja**\n\n"
        "| No | Indikator | Target | Realisasi | Capaian (%) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Rp | 80 | 60 | 75,00 |\n"
        "| 2 | Persentase desa mandiri | 50 | 40 | 80,00 |\n"
    )
    table = report_from(text, "t.md").tables[0]
    assert [c.role for c in table.columns] == [
        R.NO,
        R.INDIKATOR,
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
    ]
    assert table.columns[1].content == "text"
