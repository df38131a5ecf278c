"""A header that names the rows' labels, however budget-like its last word.

``Jenis Belanja`` over *Belanja Pegawai*, *Belanja Modal* names the rows, as
``Uraian`` does: read as money (the word *belanja*), the header found no
column of figures and was dropped, leaving the label column unnamed.
"""

from __future__ import annotations

import pytest

from lkjaudit.model.report import ColumnRole

from conftest import report_from


def _table(label: str) -> str:
    return "\n".join(
        [
            "# LAPORAN KINERJA DINAS CONTOH TAHUN 2024",
            "",
            "Tabel 3.3 Realisasi Anggaran per Jenis Belanja",
            "",
            f"| No | {label} | Pagu (Rp) | Realisasi (Rp) | % |",
            "| --- | --- | --- | --- | --- |",
            "| 1 | Belanja Pegawai | 1.000.000 | 750.000 | 75,00 |",
            "| 2 | Belanja Barang dan Jasa | 400.000 | 300.000 | 75,00 |",
            "| | JUMLAH | 1.400.000 | 1.050.000 | 75,00 |",
        ]
    )


@pytest.mark.parametrize("label", ["Jenis Belanja", "Nama Kegiatan", "Uraian Anggaran"])
def test_a_label_header_names_the_label_column(label: str) -> None:
    (table,) = report_from(_table(label), "t.md").tables
    col = table.columns[1]
    assert (col.header, col.role) == (label, ColumnRole.URAIAN)
    assert [c.role for c in table.columns[2:]] == [
        ColumnRole.ANGGARAN,
        ColumnRole.REALISASI_ANGGARAN,
        ColumnRole.PERSEN_ANGGARAN,
    ]


def test_a_budget_header_over_figures_is_still_money() -> None:
    (table,) = report_from(_table("Jenis Belanja"), "t.md").tables
    assert table.columns[2].header == "Pagu (Rp)"
    assert table.columns[2].role == ColumnRole.ANGGARAN
