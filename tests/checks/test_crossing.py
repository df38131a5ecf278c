"""Crossed totals: one wrong inner cell is reported there, not at its two totals."""

from __future__ import annotations

from conftest import compact, findings_for

ASSETS = """\
# Laporan Kinerja Kecamatan Contoh

**Tabel 3.9 Sarana dan Prasarana menurut Kondisi**

| No | Nama Barang | Baik | Rusak Ringan | Rusak Berat | Jumlah |
|---|---|--:|--:|--:|--:|
| 1 | Kendaraan roda empat | 2 | - | - | 2 |
| 2 | Kendaraan roda dua | 6 | 1 | 1 | 8 |
| 3 | Komputer | 11 | {ringan} | - | {komputer} |
| 4 | Printer | 5 | 2 | {berat} | 9 |
| | JUMLAH | {baik} | 6 | 3 | {total} |
"""

RIGHT = {"ringan": "3", "komputer": "14", "berat": "2", "baik": "24", "total": "33"}

SUMS = ("tag:sum",)
CROSSED = "category-count-agrees-with-both-totals"
ROW_SUM = "row-total-equals-sum-of-categories"
COLUMN_SUM = "total-row-equals-column-sum"


def _assets(**changed: str) -> str:
    return ASSETS.format(**{**RIGHT, **changed})


def test_one_wrong_inner_cell_is_reported_on_that_cell() -> None:
    # Komputer × Rusak Ringan printed 4: its row adds up to 15 against a Jumlah of
    # 14, its column to 7 against a JUMLAH of 6; both say the cell is 3
    found = findings_for(_assets(ringan="4"), select=SUMS, lang="en")
    assert compact(found) == [
        [CROSSED, "tabel-3.9/row:3/col:kategori_2", 9, "3", "4"],
    ]
    (finding,) = found
    assert [r.ref for r in finding.related] == [
        "tabel-3.9/row:3/col:jumlah",
        "tabel-3.9/row:5/col:kategori_2",
    ]
    assert finding.message == (
        "Komputer, column Rusak Ringan: printed 4; expected 3: both its row total "
        "(14) and its column total (6) agree with 3, not 4"
    )


def test_a_dash_for_a_count_is_corrected_to_the_count() -> None:
    # Printer × Rusak Berat printed "-": the row and the column are both 2 short
    found = findings_for(_assets(berat="-"), select=SUMS)
    assert compact(found) == [
        [CROSSED, "tabel-3.9/row:4/col:kategori_3", 10, "2", "-"],
    ]


def test_a_wrong_grand_total_is_reported_there() -> None:
    # the JUMLAH row's Jumlah is the crossing of no inner cell
    found = findings_for(_assets(total="34"), select=SUMS)
    assert compact(found) == [
        [COLUMN_SUM, "tabel-3.9/row:5/col:jumlah", 11, "33", "34"],
    ]
    assert found[0].evidence["also"] == ROW_SUM


def test_a_wrong_category_total_is_reported_and_the_right_jumlah_is_not() -> None:
    # JUMLAH × Baik printed 25: the row and the column that fail cross in the total
    # row, not in an inner cell. Its column puts Baik at 24, and 24 + 6 + 3 is the
    # printed 33: the JUMLAH's Jumlah is right, and 25 + 6 + 3 = 34 is no figure
    # to change it to
    found = findings_for(_assets(baik="25"), select=SUMS)
    assert compact(found) == [
        [COLUMN_SUM, "tabel-3.9/row:5/col:kategori", 11, "24", "25"],
    ]


def test_a_jumlah_wrong_beside_a_wrong_category_total_is_judged_by_its_column() -> None:
    # Baik printed 25 (its column gives 24) and the Jumlah 35 (its column gives
    # 33): each total is expected at its own column's sum, not the Jumlah at the
    # 34 the wrong Baik makes
    found = findings_for(_assets(baik="25", total="35"), select=SUMS)
    assert compact(found) == [
        [COLUMN_SUM, "tabel-3.9/row:5/col:jumlah", 11, "33", "35"],
        [COLUMN_SUM, "tabel-3.9/row:5/col:kategori", 11, "24", "25"],
    ]


def test_two_wrong_inner_cells_keep_the_total_findings() -> None:
    # two rows and two columns off by 1: the wrong cells could be either pair
    found = findings_for(_assets(ringan="4", berat="3"), select=SUMS)
    assert compact(found) == [
        [ROW_SUM, "tabel-3.9/row:3/col:jumlah", 9, "15", "14"],
        [ROW_SUM, "tabel-3.9/row:4/col:jumlah", 10, "10", "9"],
        [COLUMN_SUM, "tabel-3.9/row:5/col:kategori_2", 11, "7", "6"],
        [COLUMN_SUM, "tabel-3.9/row:5/col:kategori_3", 11, "4", "3"],
    ]


def test_a_row_and_a_column_off_by_different_amounts_are_not_crossed() -> None:
    # Komputer's row is 1 off (16 against 15), the Rusak Ringan column 2 off (8
    # against 6); the grand total is blank, so nothing else is off
    found = findings_for(_assets(ringan="5", komputer="15", total=""), select=SUMS)
    assert compact(found) == [
        [ROW_SUM, "tabel-3.9/row:3/col:jumlah", 9, "16", "15"],
        [COLUMN_SUM, "tabel-3.9/row:5/col:kategori_2", 11, "8", "6"],
    ]


def test_a_table_that_adds_up_draws_nothing() -> None:
    assert findings_for(_assets(), select=SUMS) == []


STAFF = """\
LAPORAN KINERJA

Tabel 3.5 Jumlah Pegawai menurut Tingkat Pendidikan

No\tPendidikan\tPNS\tPPPK\tHonorer\tJumlah
1\tSD\t0\t0\t2\t2
2\tSMP\t1\t0\t1\t2
3\tSMA\t{sma}\t1\t3\t8
4\tS1\t6\t2\t1\t9
\tJUMLAH\t11\t3\t7\t21
"""


def test_in_a_text_table_too() -> None:
    # SMA × PNS printed 5: the Jumlah 8 and the JUMLAH 11 both say 4
    found = findings_for(STAFF.format(sma="5"), select=SUMS)
    assert compact(found) == [
        [CROSSED, "tabel-3.5/row:3/col:kategori", 8, "4", "5"],
    ]
    assert "jumlah barisnya (8) dan jumlah kolomnya (11)" in found[0].message
    assert findings_for(STAFF.format(sma="4"), select=SUMS) == []
