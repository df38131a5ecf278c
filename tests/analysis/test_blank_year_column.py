"""A year's column of dashes only is that year's column: ``Realisasi 2024`` all
``-`` beside ``Realisasi 2025`` in rupiah is last year's spending, and this
year's ``%`` stays the budget's."""

from __future__ import annotations

from lkjaudit.analysis.columns import other_years
from lkjaudit.model.report import ColumnRole as R

from conftest import compact, findings_for, report_from


def _two_years(percent: str, last_year: str = "-") -> str:
    return (
        "# Laporan Kinerja Kecamatan Contoh Tahun 2025\n\n"
        "**Tabel 3.5 Realisasi Anggaran per Program**\n\n"
        "| No | Program | Anggaran 2024 | Realisasi 2024 | % 2024 | Anggaran 2025 "
        "| Realisasi 2025 | % 2025 |\n"
        "|---|---|---|---|---|---|---|---|\n"
        f"| 1 | Program Penunjang Urusan Pemerintahan | 100.000.000 | {last_year} "
        f"| - | 200.000.000 | 180.000.000 | {percent} |\n"
        "| 2 | Program Pemberdayaan Masyarakat | 50.000.000 | - | - | 80.000.000 "
        "| 72.000.000 | 90,00 |\n"
    )


def test_last_years_dashes_are_last_years_spending() -> None:
    table = report_from(_two_years("90,00"), "t.md").tables[0]
    assert [c.role for c in table.columns][2:] == [
        R.OTHER,
        R.OTHER,
        R.OTHER,
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.PERSEN_ANGGARAN,
    ]
    assert {
        year: {role: col.header for role, col in roles.items()}
        for year, roles in other_years(table).items()
    } == {
        "2024": {
            R.ANGGARAN: "Anggaran 2024",
            R.REALISASI_ANGGARAN: "Realisasi 2024",
            R.PERSEN_ANGGARAN: "% 2024",
        }
    }


def test_a_wrong_percent_beside_last_years_dashes_is_found() -> None:
    # 180.000.000 / 200.000.000 = 90,00
    found = findings_for(_two_years("91,00"), source="t.md")
    assert compact(found) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.5/row:1/col:persen_anggaran",
            7,
            "90,00",
            "91,00",
        ]
    ]


def test_a_right_percent_beside_last_years_dashes_is_not_reported() -> None:
    assert compact(findings_for(_two_years("90,00"), source="t.md")) == []


def test_a_performance_column_of_dashes_stays_a_performance() -> None:
    # NOTE: Realisasi 2024 all dashes beside a Realisasi 2025 of percentages is
    # last year's realised performance, and the % its capaian
    text = (
        "# Laporan Kinerja Kecamatan Contoh Tahun 2025\n\n"
        "**Tabel 3.1 Capaian Kinerja**\n\n"
        "| No | Indikator | Target 2024 | Realisasi 2024 | Capaian 2024 "
        "| Target 2025 | Realisasi 2025 | Capaian 2025 |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 1 | Persentase desa mandiri | 80 | - | - | 85 | 68 | 85,00 |\n"
        "| 2 | Persentase desa berkembang | 60 | - | - | 50 | 40 | 80,00 |\n"
    )
    table = report_from(text, "t.md").tables[0]
    assert [c.role for c in table.columns][5:] == [R.TARGET, R.REALISASI, R.CAPAIAN]
    # 68 / 85 = 80,00
    assert compact(findings_for(text, source="t.md", select=("capaian-*",))) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            7,
            "80,00",
            "85,00",
        ]
    ]
