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
    # Pelaksana's 11 is wrong (10), and the total 13 is neither 1 + 11 nor 1 + 10
    text = STAFF.format(pelaksana="11", total="13", sma="55,56%")
    found = compact(findings_for(text, select=SUMS))
    assert [
        "total-row-equals-column-sum",
        "tabel-3.5/row:3/col:jumlah",
        9,
        "12",
        "13",
    ] in found
