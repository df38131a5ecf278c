"""An original and a revised budget side by side: the realisasi is of the revised."""

from __future__ import annotations

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

R = ColumnRole

_P1 = "Program Peningkatan Produksi Pertanian"
_P2 = "Program Penyuluhan Pertanian"


def _report(second_percent: str) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
            "",
            "Tabel 3.2 Realisasi Anggaran per Program",
            "",
            "No\tProgram\tAnggaran Murni (Rp)\tAnggaran Perubahan (Rp)\tRealisasi (Rp)\t%",
            f"1\t{_P1}\t2.400.000.000\t2.500.000.000\t2.250.000.000\t90,00",
            f"2\t{_P2}\t500.000.000\t500.000.000\t450.000.000\t{second_percent}",
            "\tJumlah\t2.900.000.000\t3.000.000.000\t2.700.000.000\t90,00",
            "",
            "Tabel 3.3 Anggaran dan Realisasi",
            "",
            "No\tProgram\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
            f"1\t{_P1}\t2.500.000.000\t2.250.000.000\t250.000.000",
            f"2\t{_P2}\t500.000.000\t450.000.000\t50.000.000",
            "\tJumlah\t3.000.000.000\t2.700.000.000\t300.000.000",
        ]
    )


def test_the_revised_budget_is_the_budget() -> None:
    # 2.250.000.000 / 2.500.000.000 = 90,00%, and Tabel 3.3 copies the revised pagu
    text = _report("90,00")
    table = report_from(text).tables[0]
    assert [c.role for c in table.columns][2:4] == [R.OTHER, R.ANGGARAN]
    assert findings_for(text) == []


def test_a_percentage_wrong_for_the_revised_budget_is_reported() -> None:
    # 450.000.000 / 500.000.000 = 90,00%, printed 80,00
    assert compact(findings_for(_report("80,00"))) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.2/row:2/col:persen_anggaran",
            7,
            "90,00",
            "80,00",
        ]
    ]
