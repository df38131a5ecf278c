"""Total rows: a total that a wrong row throws off is not reported with it."""

from __future__ import annotations

from conftest import compact, findings_for

STAFF = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

**Tabel 3.5 Jumlah Pegawai**

| No | Jabatan | PNS | TKB | Jumlah |
|----|---------|----:|----:|-------:|
| 1 | Camat | 1 | 0 | 1 |
| 2 | Pelaksana | 6 | 4 | {pelaksana} |
| | JUMLAH | 7 | 4 | {total} |

**Tabel 3.6 Pegawai menurut Pendidikan**

| No | Pendidikan | Jumlah | Persentase |
|----|-----------|-------:|-----------:|
| 1 | S1 | 8 | 44,44% |
| 2 | SMA | 10 | {sma} |
| | Jumlah | 18 | 100% |
"""

SUMS = ("tag:sum", "tag:ratio")


def test_a_wrong_row_is_reported_and_the_right_total_is_not() -> None:
    # Pelaksana 6 + 4 is 10, not 11; with 10 the JUMLAH 11 is right. SMA 10 of 18 is
    # 55,56%; with it the shares make the printed 100%.
    text = STAFF.format(pelaksana="11", total="11", sma="55,65%")
    assert compact(findings_for(text, select=SUMS)) == [
        [
            "row-total-equals-sum-of-categories",
            "tabel-3.5/row:2/col:jumlah",
            8,
            "10",
            "11",
        ],
        [
            "share-equals-part-over-total",
            "tabel-3.6/row:2/col:persen_total",
            16,
            "55,56%",
            "55,65%",
        ],
    ]


def test_a_total_wrong_on_its_own_is_still_reported() -> None:
    # every row adds up, the total does not: 1 + 10 is 11, not 12 (and 7 + 4 is 11:
    # the two rules find the same wrong figure, reported once)
    text = STAFF.format(pelaksana="10", total="12", sma="55,56%")
    found = findings_for(text, select=SUMS)
    assert compact(found) == [
        ["total-row-equals-column-sum", "tabel-3.5/row:3/col:jumlah", 9, "11", "12"],
    ]
    assert found[0].evidence["also"] == "row-total-equals-sum-of-categories"


def test_a_wrong_row_does_not_excuse_a_total_that_is_wrong_anyway() -> None:
    # Pelaksana's 11 is wrong (10), and the total 13 is neither 1 + 11 nor 1 + 10;
    # it is expected with the row at its categories' sum, as the JUMLAH's own
    # categories (7 + 4) put it: one figure, 11, not the printed rows' 12
    text = STAFF.format(pelaksana="11", total="13", sma="55,56%")
    found = compact(findings_for(text, select=SUMS))
    assert found == [
        ["row-total-equals-sum-of-categories", "tabel-3.5/row:2/col:jumlah", 8]
        + ["10", "11"],
        ["total-row-equals-column-sum", "tabel-3.5/row:3/col:jumlah", 9, "11", "13"],
    ]


BUDGET = """\
# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.2 Realisasi Anggaran per Program**

| No | Program | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) |
|----|---------|--------------:|---------------:|----------:|
| 1 | Program Penunjang Urusan | 1.200.000.000 | 1.150.000.000 | 50.000.000 |
| 2 | Program Pengelolaan Perpustakaan | 800.000.000 | 760.500.000 | 39.500.000 |
| 3 | Program Pelestarian Naskah Kuno | {anggaran} | 441.285.000 | {sisa} |
| 4 | Program Pembinaan Kearsipan | 300.000.000 | 285.000.000 | 15.000.000 |
| | JUMLAH | 2.765.000.000 | {realisasi} | {total} |
"""

# the rows' realisasi add up to 2.636.785.000 and their sisa, row 3's at
# 465.000.000 − 441.285.000 = 23.715.000, to 128.215.000
WRONG_SISA = {"anggaran": "465.000.000", "sisa": "27.315.000"}
ROW_3_SISA = [
    "sisa-equals-anggaran-minus-realisasi",
    "tabel-3.2/row:3/col:sisa",
    9,
    "23.715.000",
    "27.315.000",
]
TOTAL_REALISASI = [
    "total-row-equals-column-sum",
    "tabel-3.2/row:5/col:realisasi_anggaran",
    11,
    "2.636.785.000",
    "2.608.785.000",
]


def test_a_total_sisa_is_expected_with_the_wrong_row_sisa_corrected() -> None:
    # JUMLAH realisasi typed 2.608.785.000, and the JUMLAH sisa computed from it
    # (2.765.000.000 − 2.608.785.000 = 156.215.000): the sisa total is wrong, and
    # its expected figure counts row 3 at 23.715.000, not at its printed 27.315.000
    # (which would give 131.815.000)
    text = BUDGET.format(**WRONG_SISA, realisasi="2.608.785.000", total="156.215.000")
    found = findings_for(text)
    assert compact(found) == [
        ROW_3_SISA,
        TOTAL_REALISASI,
        [
            "total-row-equals-column-sum",
            "tabel-3.2/row:5/col:sisa",
            11,
            "128.215.000",
            "156.215.000",
        ],
    ]
    assert found[2].message == (
        "Baris jumlah, kolom Sisa (Rp): tertulis 156.215.000, seharusnya 128.215.000"
        " (jumlah 4 baris; 27.315.000 dihitung 23.715.000 menurut anggaran − realisasi"
        " pada baris yang sama)"
    )
    english = findings_for(text, lang="en")[2].message
    assert english.endswith(
        "(sum of 4 rows; 27.315.000 counted as 23.715.000 as anggaran − realisasi"
        " on the same row gives)"
    )


def test_a_total_sisa_equal_to_the_corrected_sum_is_not_reported() -> None:
    # 128.215.000 is the rows' sisa with row 3 corrected: only the row is wrong,
    # whether the JUMLAH realisasi is right or typed wrong
    right = BUDGET.format(**WRONG_SISA, realisasi="2.636.785.000", total="128.215.000")
    assert compact(findings_for(right)) == [ROW_3_SISA]
    typed = BUDGET.format(**WRONG_SISA, realisasi="2.608.785.000", total="128.215.000")
    assert compact(findings_for(typed)) == [ROW_3_SISA, TOTAL_REALISASI]


def test_a_total_sisa_that_adds_up_its_rows_as_printed_is_not_reported() -> None:
    # row 3's anggaran 468.600.000 makes its printed sisa 23.715.000 look wrong
    # (27.315.000 by its row); the JUMLAH sisa 128.215.000 adds up the rows as
    # printed, so one row's own figures do not make it wrong. The anggaran is
    # the wrong figure: realisasi + sisa on its row and the JUMLAH anggaran less
    # the other rows both give 465.000.000
    text = BUDGET.format(
        anggaran="468.600.000",
        sisa="23.715.000",
        realisasi="2.636.785.000",
        total="128.215.000",
    )
    assert compact(findings_for(text, select=("tag:sum", "sisa-*"))) == [
        ["budget-figure-agrees-with-its-restatements", "tabel-3.2/row:3/col:anggaran"]
        + [9, "465.000.000", "468.600.000"]
    ]


TREE = """\
# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.16 Realisasi Anggaran Program dan Kegiatan**

| Program / Kegiatan | Anggaran | Realisasi | Sisa |
|---|--:|--:|--:|
| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 1.000.000.000 | 900.000.000 | 130.000.000 |
| *Administrasi Umum Perangkat Daerah* | 600.000.000 | 550.000.000 | 50.000.000 |
| *Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah* | 400.000.000 | 350.000.000 | 50.000.000 |
| PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN | 500.000.000 | 450.000.000 | 50.000.000 |
| *Koordinasi Kegiatan Pemberdayaan Desa* | 500.000.000 | 450.000.000 | 50.000.000 |
| JUMLAH | 1.500.000.000 | {realisasi} | {total} |
"""


TREE_ROW_1_SISA = [
    "sisa-equals-anggaran-minus-realisasi",
    "tabel-3.16/row:1/col:sisa",
    7,
    "100.000.000",
    "130.000.000",
]


def test_a_sisa_its_children_and_its_row_correct_is_corrected_once() -> None:
    # the first program's sisa 130.000.000 is 100.000.000 by its kegiatan and by
    # its row: the JUMLAH sisa (from the typed JUMLAH realisasi) is expected at
    # 100.000.000 + 50.000.000, the correction counted once
    found = findings_for(TREE.format(realisasi="1.330.000.000", total="170.000.000"))
    assert compact(found) == [
        TREE_ROW_1_SISA,
        [
            "total-row-equals-column-sum",
            "tabel-3.16/row:6/col:realisasi_anggaran",
            12,
            "1.350.000.000",
            "1.330.000.000",
        ],
        [
            "total-row-equals-column-sum",
            "tabel-3.16/row:6/col:sisa",
            12,
            "150.000.000",
            "170.000.000",
        ],
    ]
    assert found[2].message.endswith(
        "(jumlah 2 baris; 130.000.000 dihitung 100.000.000 menurut jumlah 2 baris di"
        " bawahnya; anggaran − realisasi pada baris yang sama)"
    )


def test_a_right_total_sisa_is_not_corrected_to_the_rows_as_printed() -> None:
    # JUMLAH realisasi typed 1.320.000.000 (its row and its rows give
    # 1.350.000.000); the JUMLAH sisa 150.000.000 is right: the rows' 180.000.000
    # counts the first program's sisa at 130.000.000, which its kegiatan and its
    # row both put at 100.000.000, so it does not join the row's 1.500.000.000 −
    # 1.320.000.000 in putting the JUMLAH sisa at 180.000.000
    found = findings_for(TREE.format(realisasi="1.320.000.000", total="150.000.000"))
    assert compact(found) == [
        TREE_ROW_1_SISA,
        [
            "budget-figure-agrees-with-its-restatements",
            "tabel-3.16/row:6/col:realisasi_anggaran",
            12,
            "1.350.000.000",
            "1.320.000.000",
        ],
    ]
