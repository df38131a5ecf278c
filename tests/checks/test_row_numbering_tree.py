"""Row numbers in a budget tree that restart at each level: programs numbered I,
II, their kegiatan 1, 2, 3 and each kegiatan's sub kegiatan 1, 2 again. A row
counting on from its previous sibling (from 1 under a new parent) is in
sequence; a slip among siblings is still reported."""

from __future__ import annotations

from conftest import compact, findings_for

RULE = ("row-numbers-in-sequence",)

_TREE = "\n".join(
    [
        "**Tabel 3.2 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan**",
        "",
        "| No | Program / Kegiatan / Sub Kegiatan | Pagu | Realisasi | % |",
        "|----|------|-----:|-----:|--:|",
        "| I | **PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA** "
        "| 175.500.000 | 165.540.000 | 94,32 |",
        "| 1 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah "
        "| 75.500.000 | 73.120.000 | 96,85 |",
        "| 1 | *Penyusunan Dokumen Perencanaan Perangkat Daerah* "
        "| 45.000.000 | 43.250.000 | 96,11 |",
        "| 2 | *Evaluasi Kinerja Perangkat Daerah* | 30.500.000 | 29.870.000 | 97,93 |",
        "| {second} | Administrasi Umum Perangkat Daerah | 100.000.000 | 92.420.000 "
        "| 92,42 |",
        "| 1 | *Penyediaan Bahan Logistik Kantor* | 100.000.000 | 92.420.000 | 92,42 |",
        "| II | **PROGRAM PENGELOLAAN PENDIDIKAN** | 2.850.000.000 | 2.791.340.000 "
        "| 97,94 |",
        "| 1 | Pengelolaan Pendidikan Sekolah Dasar | 2.850.000.000 | 2.791.340.000 "
        "| 97,94 |",
        "| 1 | *Pembangunan Ruang Kelas Baru* | 2.850.000.000 | 2.791.340.000 "
        "| 97,94 |",
    ]
)


def test_numbers_restarting_at_each_level_are_in_sequence() -> None:
    assert findings_for(_TREE.format(second="2"), select=RULE) == []


def test_a_slip_among_siblings_is_reported() -> None:
    # the second kegiatan numbered 4: neither after its sibling (1) nor after
    # the row above (2); told the number after the row above, as in a flat table
    assert compact(findings_for(_TREE.format(second="4"), select=RULE)) == [
        ["row-numbers-in-sequence", "tabel-3.2/row:5/col:no", 9, "3", "4"]
    ]
