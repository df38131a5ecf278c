"""Row numbers in a budget tree that restart at each level: programs numbered I,
II, their kegiatan 1, 2, 3 and each kegiatan's sub kegiatan 1, 2 again. A row
counting on from its previous sibling (from 1 under a new parent) is in
sequence; a slip among siblings is still reported."""

from __future__ import annotations

from conftest import compact, findings_for, report_from

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


def _row_numbers(text: str, lang: str = "id") -> list[list[object]]:
    """[rule, ref, line, expected, actual, message, related refs] per finding."""
    found = findings_for(text, select=RULE, lang=lang)
    return [
        [*row, f.message, [r.ref for r in f.related]]
        for f, row in zip(found, compact(found), strict=True)
    ]


def test_a_slip_among_siblings_expects_the_next_sibling_number() -> None:
    # the second kegiatan numbered 4: neither after its sibling (1) nor after
    # the row above (2); the table counts by tree, so its sibling's 1 + 1
    assert _row_numbers(_TREE.format(second="4")) == [
        [
            "row-numbers-in-sequence",
            "tabel-3.2/row:5/col:no",
            9,
            "2",
            "4",
            "Nomor baris 4 sesudah 1 pada tingkat yang sama: seharusnya 2",
            ["tabel-3.2/row:2/col:no"],
        ]
    ]
    assert _row_numbers(_TREE.format(second="4"), lang="en")[0][5] == (
        "Row number 4 after 1 at the same level: expected 2"
    )


def test_a_slip_among_sub_kegiatan_expects_the_next_sibling_number() -> None:
    # sub kegiatan 1, 2, 4 under the first kegiatan: 3
    text = _TREE.format(second="2").replace(
        "| 2 | *Evaluasi Kinerja Perangkat Daerah* |",
        "| 2 | *Evaluasi Kinerja Perangkat Daerah* | 0 | 0 | 0 |\n"
        "| 4 | *Monitoring Kinerja Perangkat Daerah* |",
    )
    assert _row_numbers(text) == [
        [
            "row-numbers-in-sequence",
            "tabel-3.2/row:5/col:no",
            9,
            "3",
            "4",
            "Nomor baris 4 sesudah 2 pada tingkat yang sama: seharusnya 3",
            ["tabel-3.2/row:4/col:no"],
        ]
    ]


def test_the_first_row_under_a_new_parent_is_expected_to_be_1() -> None:
    # the second kegiatan's first sub kegiatan numbered 2: after the row above
    # (kegiatan 2) it would be 3, but under its new parent it starts at 1
    text = _TREE.format(second="2").replace(
        "| 1 | *Penyediaan Bahan Logistik Kantor* |",
        "| 2 | *Penyediaan Bahan Logistik Kantor* |",
    )
    assert _row_numbers(text) == [
        [
            "row-numbers-in-sequence",
            "tabel-3.2/row:6/col:no",
            10,
            "1",
            "2",
            "Nomor baris 2 sesudah baris induknya: seharusnya 1",
            ["tabel-3.2/row:5/col:no"],
        ]
    ]
    assert _row_numbers(text, lang="en")[0][5] == (
        "Row number 2 after its parent row: expected 1"
    )


_FLAT_TREE = "\n".join(
    [
        "**Tabel 3.2 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan**",
        "",
        "| No | Program / Kegiatan / Sub Kegiatan | Pagu | Realisasi | % |",
        "|----|------|-----:|-----:|--:|",
        "| 1 | **PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA** "
        "| 175.500.000 | 165.540.000 | 94,32 |",
        "| 2 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah "
        "| 75.500.000 | 73.120.000 | 96,85 |",
        "| 3 | *Penyusunan Dokumen Perencanaan Perangkat Daerah* "
        "| 45.000.000 | 43.250.000 | 96,11 |",
        "| 4 | *Evaluasi Kinerja Perangkat Daerah* | 30.500.000 | 29.870.000 | 97,93 |",
        "| {second} | Administrasi Umum Perangkat Daerah | 100.000.000 | 92.420.000 "
        "| 92,42 |",
        "| {last} | *Penyediaan Bahan Logistik Kantor* | 100.000.000 | 92.420.000 "
        "| 92,42 |",
    ]
)


def test_a_tree_numbered_straight_through_is_in_sequence() -> None:
    assert findings_for(_FLAT_TREE.format(second="5", last="6"), select=RULE) == []


def test_a_slip_in_a_tree_numbered_straight_through_expects_the_row_above() -> None:
    # the rows count 1 … 6 through the tree: the second kegiatan numbered 7
    # comes after 4 (its sibling is 2), and its first sub kegiatan numbered 9
    # after 7 (not 1 under a new parent), as in a flat table
    table = report_from(_FLAT_TREE.format(second="7", last="9")).tables[0]
    assert [row.parent for row in table.rows] == [None, 1, 2, 2, 1, 5]
    assert _row_numbers(_FLAT_TREE.format(second="7", last="9")) == [
        [
            "row-numbers-in-sequence",
            "tabel-3.2/row:5/col:no",
            9,
            "5",
            "7",
            "Nomor baris 7 sesudah 4: seharusnya 5",
            ["tabel-3.2/row:4/col:no"],
        ],
        [
            "row-numbers-in-sequence",
            "tabel-3.2/row:6/col:no",
            10,
            "8",
            "9",
            "Nomor baris 9 sesudah 7: seharusnya 8",
            ["tabel-3.2/row:5/col:no"],
        ],
    ]
