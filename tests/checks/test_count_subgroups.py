"""A count that is a part of a table's cell: one qualified by a condition after
its label ("1 unit kendaraan roda dua yang rusak berat"), one followed by what some
of a row do ("4 orang PPPK telah mengikuti pelatihan"), one whose bracketed share
is of the cell it is linked to ("4 orang PPPK (66,67%)", with 6 PPPK)."""

from __future__ import annotations

from conftest import STAFF_BY_STATUS, compact, findings_for

TEXT = ("text-count-*", "text-figure-*")
RULE = "text-count-matches-table"
AT = "text/paragraph:3/sentence:1"


_ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.6 Kendaraan Dinas menurut Kondisi

No\tNama Barang\tBaik\tRusak Ringan\tRusak Berat\tJumlah
1\tKendaraan roda empat\t2\t1\t-\t3
2\tKendaraan roda dua\t9\t2\t1\t12
\tJumlah\t11\t3\t1\t15

{sentence}
"""


def _found(table: str, sentence: str) -> list[list[object]]:
    return compact(findings_for(table.format(sentence=sentence), select=TEXT))


def test_a_condition_after_a_counts_label_selects_its_column() -> None:
    # "yang rusak berat", "dalam kondisi rusak ringan": the Rusak Berat / Rusak
    # Ringan cell of the row, not its Jumlah
    for sentence, right, wrong, cell in (
        (
            "Direncanakan penghapusan {n} unit kendaraan roda dua yang rusak berat.",
            1,
            2,
            "1 unit",
        ),
        (
            "Sebanyak {n} unit kendaraan roda dua dalam kondisi rusak ringan.",
            2,
            3,
            "2 unit",
        ),
        ("Terdapat {n} unit kendaraan roda empat yang masih baik.", 2, 3, "2 unit"),
    ):
        assert _found(_ASSETS, sentence.format(n=right)) == [], sentence
        assert _found(_ASSETS, sentence.format(n=wrong)) == [
            [RULE, AT, 10, cell, f"{wrong} unit"]
        ], sentence


def test_a_condition_no_column_holds_is_no_claim() -> None:
    # "yang rusak" under grades named Ringan | Berat: no column or group holds
    # it, and it is not the row's Jumlah
    grades = _ASSETS.replace("Rusak Ringan\tRusak Berat", "Ringan\tBerat")
    for n in (1, 3, 12):
        sentence = f"Sebanyak {n} unit kendaraan roda dua yang rusak."
        assert _found(grades, sentence) == [], sentence
    # under Rusak Ringan | Rusak Berat it is their sum on the row (2 + 1)
    for n, found in ((3, []), (1, [[RULE, AT, 10, "3 unit", "1 unit"]])):
        sentence = f"Sebanyak {n} unit kendaraan roda dua yang rusak."
        assert _found(_ASSETS, sentence) == found, sentence
    # a condition of a later count in the sentence is none of this one's
    sentence = (
        "Kecamatan memiliki {n} unit kendaraan roda dua yang dimiliki sendiri dan "
        "9 unit dalam kondisi baik."
    )
    assert _found(_ASSETS, sentence.format(n=12)) == []
    assert _found(_ASSETS, sentence.format(n=13)) == [
        [RULE, AT, 10, "12 unit", "13 unit"]
    ]
    # the row's own count, unqualified, is still its Jumlah
    assert _found(_ASSETS, "Kecamatan memiliki 12 unit kendaraan roda dua.") == []
    assert _found(_ASSETS, "Kecamatan memiliki 13 unit kendaraan roda dua.") == [
        [RULE, AT, 10, "12 unit", "13 unit"]
    ]
    # a staff count qualified by no condition keeps its column
    assert _found(
        STAFF_BY_STATUS, "Kecamatan memiliki 17 orang PNS yang berstatus aktif."
    ) == [[RULE, AT, 11, "16 orang", "17 orang"]]


def test_a_count_followed_by_what_some_do_is_a_subgroup() -> None:
    for sentence in (
        "Sebanyak 4 orang PPPK telah mengikuti pelatihan dasar.",
        "Selain itu 3 orang PNS akan memasuki masa pensiun pada tahun 2025.",
        "Sebanyak 5 orang PNS sedang menempuh pendidikan S2.",
        "Sebanyak 2 orang PNS yang akan pensiun tahun depan.",
    ):
        assert _found(STAFF_BY_STATUS, sentence) == [], sentence
    # the same count with no such words is the PPPK column's total
    assert _found(STAFF_BY_STATUS, "Sebanyak 4 orang PPPK bertugas di kecamatan.") == [
        [RULE, AT, 11, "6 orang", "4 orang"]
    ]


def test_a_share_after_a_count_that_is_no_cell_it_is_linked_to() -> None:
    # 66,67% = 4 / 6: four of the six PPPK, neither figure is wrong
    for sentence in (
        "Sebanyak 4 orang PPPK (66,67%) telah mengikuti pelatihan dasar.",
        "Sebanyak 4 orang PPPK (66,67%) bertugas di lapangan.",
    ):
        assert _found(STAFF_BY_STATUS, sentence) == [], sentence
    # a count wrong on its own: its share is of no total of the cell, not judged
    assert _found(
        STAFF_BY_STATUS, "Sebanyak 4 orang PPPK (50,00%) bertugas di kecamatan."
    ) == [[RULE, AT, 11, "6 orang", "4 orang"]]
    # the count right: its share is still judged, 6 / 22 of the total row's Jumlah
    assert (
        _found(STAFF_BY_STATUS, "Sebanyak 6 orang PPPK (27,27%) bertugas di kecamatan.")
        == []
    )
    assert _found(
        STAFF_BY_STATUS, "Sebanyak 6 orang PPPK (30,00%) bertugas di kecamatan."
    ) == [[RULE, AT, 11, "27,27%", "30,00%"]]


_EDU_BAD = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Pegawai menurut Tingkat Pendidikan

| No | Pendidikan | PNS | PPPK | Jumlah |
|---|---|---|---|---|
| 1 | S2 | 2 | 0 | 2 |
| 2 | S1 | 9 | 3 | 11 |
| 3 | SMA | 6 | 3 | 9 |
|  | Jumlah | 16 | 6 | 22 |

{sentence}
"""


def test_a_share_after_a_count_repeating_a_wrong_print_is_still_judged() -> None:
    # S1 × PNS printed 9, both totals say 8: "9 orang (56,25% …)" quotes the cell,
    # its share is judged at the corrected 8 (8 / 16 = 50,00%)
    sentence = "PNS berpendidikan S1 sebanyak {n} orang ({p} dari seluruh PNS)."
    assert _found(_EDU_BAD, sentence.format(n=9, p="56,25%")) == [
        [RULE, AT, 12, "8 orang", "9 orang"],
        [RULE, AT, 12, "50,00%", "56,25%"],
    ]
    assert _found(_EDU_BAD, sentence.format(n=8, p="50,00%")) == []


def test_a_count_s_condition_is_not_the_next_count_s() -> None:
    # "11 unit dalam kondisi baik dan 1 unit rusak berat": the 1 is Rusak Berat's
    # JUMLAH, not Baik's (the first count's qualifier was read as the second's)
    sentence = (
        "Dari 15 unit kendaraan dinas, sebanyak 11 unit dalam kondisi baik"
        " dan {n} unit rusak berat."
    )
    assert _found(_ASSETS, sentence.format(n=1)) == []
    assert _found(_ASSETS, sentence.format(n=2)) == [[RULE, AT, 10, "1 unit", "2 unit"]]
