"""A sentence quoting an efisiensi is compared with the figure the cell should hold.

When ``efisiensi-follows-table-formula`` finds a row's efisiensi wrong (13,32
where the table's formula, capaian kinerja − serapan anggaran, gives 12,32), a
sentence quoting 12,32% agrees with the report, and one quoting the misprint is
told the right figure.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

REPORT = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

Tabel 3.6 Analisis Efisiensi Penggunaan Sumber Daya Tahun 2024

No\tSasaran Strategis\tCapaian Kinerja (%)\tPagu Anggaran (Rp)\tRealisasi Anggaran (Rp)\tSerapan Anggaran (%)\tEfisiensi (%)
1\tMeningkatnya pendapatan asli daerah\t103,48\t1.007.500.000\t984.674.500\t97,73\t5,75
2\tMeningkatnya kepatuhan wajib pajak daerah\t102,88\t648.000.000\t618.981.000\t95,52\t7,36
3\tMeningkatnya kualitas pelayanan pajak daerah\t111,43\t540.000.000\t512.730.000\t94,95\t16,48
4\tMeningkatnya optimalisasi pendataan objek pajak daerah\t106,31\t1.275.000.000\t1.198.350.000\t93,99\t{cell}

Sasaran Meningkatnya optimalisasi pendataan objek pajak daerah mencatat efisiensi sebesar {said}%.
"""
EFISIENSI = "efisiensi-follows-table-formula"
TEXT = "text-figure-matches-table"


@pytest.mark.parametrize(
    ("cell", "said", "expected"),
    [
        ("12,32", "12,32", []),
        # the cell is wrong, the sentence right: only the cell is reported
        ("13,32", "12,32", [[EFISIENSI, 9, "12,32", "13,32"]]),
        # both quote the misprint: the sentence is told the right figure too
        (
            "13,32",
            "13,32",
            [[EFISIENSI, 9, "12,32", "13,32"], [TEXT, 11, "12,32%", "13,32%"]],
        ),
    ],
)
def test_a_sentence_is_held_to_the_efisiensi_the_table_gives(
    cell: str, said: str, expected: list[list[object]]
) -> None:
    found = findings_for(REPORT.format(cell=cell, said=said), source="b.txt")
    assert [[f[0], *f[2:]] for f in compact(found)] == expected
