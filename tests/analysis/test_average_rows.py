"""analysis.rows.is_average_row: which body rows are rows of averages."""

from __future__ import annotations

import pytest

from lkjaudit.analysis.rows import is_average_row

from conftest import report_from


def _last_row_is_average(label: str, no: str = "") -> bool:
    text = (
        "# Laporan\n\n**Tabel 3.1 Capaian Kinerja**\n\n"
        "| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |\n"
        "|:--:|---|--:|--:|--:|\n"
        "| 1 | Indeks Kepuasan Masyarakat | 80,00 | 84,00 | 105,00 |\n"
        f"| {no} | {label} | | | 105,00 |\n"
    )
    (table,) = report_from(text, "test.md").tables
    return is_average_row(table.rows[-1])


@pytest.mark.parametrize(
    "label",
    [
        "Rata-rata Capaian",
        "**Rata-rata**",
        "Rerata (%)",
        "RATA-RATA CAPAIAN KINERJA",
        "Rata-rata Sasaran A",
        "Rata-rata Capaian Sasaran Strategis 2",
        "Rata-rata IKU II",
    ],
)
def test_a_row_of_averages(label: str) -> None:
    assert _last_row_is_average(label)


@pytest.mark.parametrize(
    "label",
    ["Rata-rata lama sekolah", "Rata-rata waktu tunggu pelayanan", "Jumlah"],
)
def test_no_row_of_averages(label: str) -> None:
    assert not _last_row_is_average(label)
    assert not _last_row_is_average(label, no="2")
