"""A sentence's performance figure names its row by the indicator."""

from __future__ import annotations

from conftest import findings_for

REPORT = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Kinerja**

| No | {first} | Target | Realisasi | Capaian |
|---|---|---:|---:|---:|
| 1 | {name} | 80% | 60% | 75,00% |

Capaian persentase desa tertib administrasi sebesar 80,00%.
"""
RULE = ("text-figure-matches-table",)


def test_the_row_is_named_by_its_indicator_not_its_sasaran() -> None:
    text = REPORT.replace("| {first} |", "| Sasaran | Indikator |").format(
        first="",
        name="Meningkatnya tertib administrasi | Persentase desa tertib administrasi",
    )
    (found,) = findings_for(text, select=RULE, source="t.md")
    assert found.message == (
        "Kalimat menyebut capaian 80,00%, padahal Tabel 3.1 baris 1 (Persentase desa"
        " tertib administrasi) menunjukkan 75,00%"
    )


def test_a_table_without_an_indicator_column_names_the_row_by_its_label() -> None:
    text = REPORT.format(first="Uraian", name="Persentase desa tertib administrasi")
    (found,) = findings_for(text, select=RULE, source="t.md")
    assert "Tabel 3.1 baris 1 (Persentase desa tertib administrasi)" in found.message
