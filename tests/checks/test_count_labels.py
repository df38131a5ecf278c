"""A count's own label, written before it ("PNS 16 orang") or after it ("16 orang
PNS", "3 unit kendaraan roda dua"): each count of a sentence is paired with its own
label, clause by clause, whatever the order."""

from __future__ import annotations

from conftest import STAFF_BY_STATUS, compact, findings_for

TEXT = ("text-count-*", "text-figure-*")
RULE = "text-count-matches-table"
AT = "text/paragraph:3/sentence:1"

_PIPE = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Pegawai menurut Status Kepegawaian

| No | Unit Kerja | PNS | PPPK | Honorer | Jumlah |
|---|---|---|---|---|---|
| 1 | Sekretariat | 9 | 4 | 1 | 14 |
| 2 | Seksi Pemerintahan | 7 | 2 | 1 | 10 |
|  | Jumlah | 16 | 6 | 2 | 24 |

{sentence}
"""

_TAB = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Pegawai menurut Status Kepegawaian

No\tUnit Kerja\tPNS\tPPPK\tHonorer\tJumlah
1\tSekretariat\t9\t4\t1\t14
2\tSeksi Pemerintahan\t7\t2\t1\t10
\tJumlah\t16\t6\t2\t24

{sentence}
"""


_ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.6 Kendaraan Dinas menurut Kondisi

No\tNama Barang\tJumlah\tBaik\tRusak Ringan\tRusak Berat
1\tKendaraan roda empat\t3\t2\t1\t-
2\tKendaraan roda dua\t12\t9\t2\t1
\tJumlah\t15\t11\t3\t1

{sentence}
"""


def _found(table: str, sentence: str) -> list[list[object]]:
    return compact(findings_for(table.format(sentence=sentence), select=TEXT))


def test_a_label_after_the_count_and_its_unit_is_its_own() -> None:
    # "16 orang PNS": the PNS column's total, not the table's total; "6 orang PPPK"
    # the PPPK column's, not the PNS column named before it
    for table, line in ((_PIPE, 11), (_TAB, 10)):
        for sentence in (
            "Jumlah pegawai Kecamatan terdiri atas 16 orang PNS dan 6 orang PPPK.",
            "Jumlah pegawai Kecamatan terdiri atas 16 orang PNS, 6 orang PPPK dan "
            "2 orang tenaga honorer.",
            "Jumlah pegawai Kecamatan terdiri atas PNS sebanyak 16 orang dan PPPK "
            "sebanyak 6 orang.",
            "Jumlah pegawai Kecamatan terdiri atas PNS 16 orang dan 6 orang PPPK.",
        ):
            assert _found(table, sentence) == [], sentence
        found = _found(
            table,
            "Jumlah pegawai Kecamatan terdiri atas 16 orang PNS dan 7 orang PPPK.",
        )
        assert found == [[RULE, AT, line, "6 orang", "7 orang"]]
        found = _found(
            table,
            "Jumlah pegawai Kecamatan terdiri atas 15 orang PNS, 6 orang PPPK dan "
            "3 orang tenaga honorer.",
        )
        assert found == [
            [RULE, AT, line, "16 orang", "15 orang"],
            [RULE, AT, line, "2 orang", "3 orang"],
        ]


def test_a_row_named_before_and_a_category_after_the_count() -> None:
    # the row named before the first count is the row of the counts after it
    for sentence in (
        "Sekretariat memiliki 9 orang PNS dan 4 orang PPPK.",
        "Sekretariat memiliki PNS 9 orang dan PPPK 4 orang.",
    ):
        assert _found(_PIPE, sentence) == [], sentence
    assert _found(_PIPE, "Sekretariat memiliki 9 orang PNS dan 3 orang PPPK.") == [
        [RULE, AT, 11, "4 orang", "3 orang"]
    ]
    assert _found(_PIPE, "Sekretariat memiliki PNS 8 orang dan PPPK 4 orang.") == [
        [RULE, AT, 11, "9 orang", "8 orang"]
    ]


def test_names_listed_after_one_count_share_it() -> None:
    # "22 orang PNS dan PPPK": one count of both, not of the PNS column (16)
    sentence = "Jumlah pegawai Kecamatan {n} orang PNS dan PPPK."
    assert _found(STAFF_BY_STATUS, sentence.format(n=22)) == []
    assert _found(STAFF_BY_STATUS, sentence.format(n=16)) == [
        [RULE, AT, 11, "22 orang", "16 orang"]
    ]


def test_an_asset_named_after_its_count() -> None:
    sentence = "Kecamatan memiliki 3 unit kendaraan roda empat dan {n} unit kendaraan roda dua."
    assert _found(_ASSETS, sentence.format(n=12)) == []
    assert _found(_ASSETS, sentence.format(n=11)) == [
        [RULE, AT, 10, "12 unit", "11 unit"]
    ]
    # no label after the count: what follows it says which column
    sentence = "Kecamatan memiliki 15 unit kendaraan dinas, {n} unit di antaranya baik."
    assert _found(_ASSETS, sentence.format(n=11)) == []
    assert _found(_ASSETS, sentence.format(n=10)) == [
        [RULE, AT, 10, "11 unit", "10 unit"]
    ]
