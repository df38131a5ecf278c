"""A percentage of the column's total beside a budget is no budget percentage."""

from __future__ import annotations

import pytest

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

R = ColumnRole


def _table(percent_header: str, percents: tuple[str, str, str]) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
            "",
            "Tabel 3.3 Realisasi Anggaran Program",
            "",
            f"No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t{percent_header}",
            "1\tProgram Peningkatan Produksi Pertanian\t2.500.000.000\t2.250.000.000"
            f"\t{percents[0]}",
            f"2\tProgram Penyuluhan Pertanian\t500.000.000\t450.000.000\t{percents[1]}",
            f"\tJumlah\t3.000.000.000\t2.700.000.000\t{percents[2]}",
        ]
    )


@pytest.mark.parametrize(
    "header", ["% Terhadap Total Anggaran", "Proporsi Anggaran (%)", "% thd Jumlah"]
)
def test_a_share_of_the_total_budget_is_no_budget_percentage(header: str) -> None:
    # 2.500.000.000 of 3.000.000.000 is 83,33% of the total, not a realisasi of 83,33%
    text = _table(header, ("83,33", "16,67", "100,00"))
    assert report_from(text).tables[0].columns[4].role == R.PERSEN_TOTAL
    assert findings_for(text) == []


def test_a_realisasi_against_the_total_budget_is_a_budget_percentage() -> None:
    # 450.000.000 / 500.000.000 = 90,00%, printed 80,00
    text = _table("% Realisasi terhadap Total Anggaran", ("90,00", "80,00", "90,00"))
    assert report_from(text).tables[0].columns[4].role == R.PERSEN_ANGGARAN
    assert compact(findings_for(text)) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.3/row:2/col:persen_anggaran",
            7,
            "90,00",
            "80,00",
        ]
    ]
