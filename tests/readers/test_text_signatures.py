"""Signatures set side by side with tabs are read as prose, one per column.

A Perjanjian Kinerja's signatures exported from Word come out as tabbed lines
("Pihak Kedua,\\tPihak Pertama,"): read as a table, its NIPs were never read, so
a NIP differing from the report's own signature went unreported.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for, report_from

REPORT = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH KABUPATEN WANAREJA TAHUN 2024

BAB IV PENUTUP

Demikian Laporan Kinerja Badan Pendapatan Daerah Tahun 2024 disusun.

Wanareja, 26 Februari 2025
KEPALA BADAN PENDAPATAN DAERAH

Dr. HENDRA KUSUMAWARDANA, S.E., M.Si.
NIP. 19710612 199703 1 006

LAMPIRAN PERJANJIAN KINERJA TAHUN 2024

No\tProgram\tAnggaran (Rp)
1\tProgram Pengelolaan Pendapatan Daerah\t3.470.500.000

Wanareja, 2 Januari 2024
Pihak Kedua,\tPihak Pertama,
BUPATI WANAREJA,\tKEPALA BADAN PENDAPATAN DAERAH,

H. RAHMAT HIDAYATULLAH, S.H.\tDr. HENDRA KUSUMAWARDANA, S.E., M.Si.
\tNIP. {nip}
"""


def test_signatures_side_by_side_are_no_table() -> None:
    report = report_from(REPORT.format(nip="19710612 199703 1 006"))
    assert [t.label for t in report.tables] == [
        "Tabel ke-1 (LAMPIRAN PERJANJIAN KINERJA TAHUN 2024)"
    ]
    texts = [p.text for p in report.paragraphs]
    assert "Dr. HENDRA KUSUMAWARDANA, S.E., M.Si.\nNIP. 19710612 199703 1 006" in texts


@pytest.mark.parametrize(
    ("nip", "expected"),
    [
        ("19710612 199703 1 006", []),
        (
            "19710612 199703 1 008",
            [
                [
                    "same-name-same-nip",
                    23,
                    "19710612 199703 1 006",
                    "19710612 199703 1 008",
                ]
            ],
        ),
    ],
)
def test_a_nip_in_tabbed_signatures_is_read(
    nip: str, expected: list[list[object]]
) -> None:
    found = findings_for(REPORT.format(nip=nip), select=("tag:people",))
    assert [[f[0], *f[2:]] for f in compact(found)] == expected
