"""Staff counts quoted in sentences: schooling as staff context, the share a
count's bracketed or "atau" percentage states, and an inner count the crossed
totals correct."""

from __future__ import annotations

from conftest import STAFF_BY_STATUS, compact, findings_for

TEXT = ("text-count-*", "text-figure-*")
RULE = "text-count-matches-table"
AT = "text/paragraph:3/sentence:1"

_EDU = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Pegawai menurut Tingkat Pendidikan

| No | Pendidikan | PNS | PPPK | Jumlah |
|---|---|---|---|---|
| 1 | S2 | 2 | 0 | 2 |
| 2 | S1 | 8 | 3 | 11 |
| 3 | SMA | 6 | 3 | 9 |
|  | Jumlah | 16 | 6 | 22 |

{sentence}
"""

# a table of staff by status with its own % column
_PERCENT = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Pegawai menurut Status Kepegawaian

| No | Status | Jumlah | Persentase (%) |
|---|---|---|---|
| 1 | PNS | 16 | 72,73 |
| 2 | PPPK | 6 | 27,27 |
|  | Jumlah | 22 | 100,00 |

{sentence}
"""


def _found(table: str, sentence: str, *extra: str) -> list[list[object]]:
    return compact(
        findings_for(table.format(sentence=sentence), select=(*TEXT, *extra))
    )


def test_schooling_words_make_a_count_a_staff_count() -> None:
    for sentence, right, wrong in (
        ("Sebanyak {n} orang berpendidikan S1.", 11, 12),
        ("Lulusan SMA sebanyak {n} orang.", 9, 8),
        ("Tamatan SMA sebanyak {n} orang.", 9, 10),
        ("Sebanyak {n} orang dengan pendidikan terakhir S2.", 2, 3),
    ):
        assert _found(_EDU, sentence.format(n=right)) == [], sentence
        assert _found(_EDU, sentence.format(n=wrong)) == [
            [RULE, AT, 12, f"{right} orang", f"{wrong} orang"]
        ], sentence


def test_schooling_of_residents_is_no_staff_count() -> None:
    # the people of the area, though the report counts its staff by education
    for sentence in (
        "Sebanyak 12 orang warga berpendidikan S1.",
        "Jumlah penduduk yang berpendidikan S1 sebanyak 12 orang.",
        "Lulusan SMA dari masyarakat setempat sebanyak 40 orang.",
        # a graduate of no schooling level
        "Jumlah lulusan pelatihan kewirausahaan sebanyak 30 orang.",
    ):
        assert _found(_EDU, sentence) == [], sentence
    # no table of staff by education: schooling says nothing of staff
    assert _found(STAFF_BY_STATUS, "Sebanyak 16 orang berpendidikan S1.") == []


def test_a_share_after_a_count_and_its_label() -> None:
    # a category of the total row: its share of the row's Jumlah (16 / 22)
    sentence = (
        "Jumlah pegawai terdiri atas 16 orang PNS ({p}) dan 6 orang PPPK (27,27%)."
    )
    assert _found(_EDU, sentence.format(p="72,73%")) == []
    assert _found(_EDU, sentence.format(p="70,00%")) == [
        [RULE, AT, 12, "72,73%", "70,00%"]
    ]


def test_a_share_after_atau_judged_at_its_printed_precision() -> None:
    sentence = (
        "Jumlah pegawai 22 orang, PNS sebanyak 16 orang atau {p} dari jumlah pegawai."
    )
    for right in ("72,73%", "72,7%", "73%"):
        assert _found(_EDU, sentence.format(p=right)) == [], right
    assert _found(_EDU, sentence.format(p="72,74%")) == [
        [RULE, AT, 12, "72,73%", "72,74%"]
    ]
    assert _found(_EDU, sentence.format(p="72,8%")) == [
        [RULE, AT, 12, "72,7%", "72,8%"]
    ]


def test_a_rows_count_is_its_share_of_the_columns_total() -> None:
    # S1, Jumlah: 11 / 22
    sentence = "Pegawai berpendidikan S1 sebanyak 11 orang ({p})."
    assert _found(_EDU, sentence.format(p="50,00%")) == []
    assert _found(_EDU, sentence.format(p="55,00%")) == [
        [RULE, AT, 12, "50,00%", "55,00%"]
    ]


def test_an_inner_count_is_a_share_of_its_row_or_of_its_column() -> None:
    # S1 × PNS: 8 / 11 of the S1 staff, or 8 / 16 of the PNS
    sentence = (
        "Pegawai S1 sebanyak 11 orang, terdiri atas 8 orang PNS ({p}) dan 3 orang PPPK."
    )
    for right in ("72,73%", "50,00%"):
        assert _found(_EDU, sentence.format(p=right)) == [], right
    assert _found(_EDU, sentence.format(p="60,00%")) == [
        [RULE, AT, 12, "72,73%", "60,00%"]
    ]
    # "dari seluruh PNS": the column's total only
    sentence = (
        "Pegawai S1 sebanyak 11 orang, terdiri atas 8 orang PNS ({p} dari seluruh "
        "PNS) dan {n} orang PPPK."
    )
    assert _found(_EDU, sentence.format(p="50,00%", n=3)) == []
    assert _found(_EDU, sentence.format(p="72,73%", n=3)) == [
        [RULE, AT, 12, "50,00%", "72,73%"]
    ]
    # the words in the brackets name no row of the count after them
    assert _found(_EDU, sentence.format(p="50,00%", n=2)) == [
        [RULE, AT, 12, "3 orang", "2 orang"]
    ]


def test_a_tables_own_percentage_column_still_judges_a_row() -> None:
    sentence = "Pegawai PNS sebanyak 16 orang ({p})."
    assert _found(_PERCENT, sentence.format(p="72,73%")) == []
    assert _found(_PERCENT, sentence.format(p="72,00%")) == [
        [RULE, AT, 11, "72,73%", "72,00%"]
    ]


def test_the_whole_is_all_of_itself() -> None:
    sentence = "Jumlah pegawai sebanyak 22 orang ({p})."
    for table, line in ((_EDU, 12), (_PERCENT, 11)):
        assert _found(table, sentence.format(p="100%")) == []
        assert _found(table, sentence.format(p="90%")) == [
            [RULE, AT, line, "100%", "90%"]
        ]


def test_a_count_quoted_from_a_cell_both_totals_correct() -> None:
    # S1 × PNS printed 9: its row's Jumlah (11) and the JUMLAH row (16) both say 8
    bad = _EDU.replace("| 2 | S1 | 8 | 3 | 11 |", "| 2 | S1 | 9 | 3 | 11 |")
    crossed = [
        "category-count-agrees-with-both-totals",
        "tabel-3.5/row:2/col:kategori",
        8,
        "8",
        "9",
    ]
    sentence = "Pegawai S1 terdiri atas {n} orang PNS dan 3 orang PPPK."
    extra = "category-count-agrees-with-both-totals"
    assert _found(bad, sentence.format(n=8), extra) == [crossed]
    assert _found(bad, sentence.format(n=9), extra) == [
        crossed,
        [RULE, AT, 12, "8 orang", "9 orang"],
    ]
    # the table without the wrong cell: 9 is wrong there, 8 is right
    assert _found(_EDU, sentence.format(n=8)) == []


_ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.6 Kendaraan Dinas menurut Kondisi

No\tNama Barang\tJumlah\tBaik\tRusak Ringan\tRusak Berat
1\tKendaraan roda empat\t3\t2\t1\t-
2\tKendaraan roda dua\t12\t9\t2\t1
\tJumlah\t15\t11\t3\t1

{sentence}
"""


def test_words_past_a_shares_brackets_are_the_counts() -> None:
    # "11 unit (73,33%) di antaranya dalam kondisi baik": 11 of the Baik column,
    # 73,33% = 11 / 15 of the total row's Jumlah
    sentence = "Kecamatan memiliki 15 unit kendaraan dinas, {n} unit ({p}) di antaranya dalam kondisi baik."
    assert _found(_ASSETS, sentence.format(n=11, p="73,33%")) == []
    assert _found(_ASSETS, sentence.format(n=11, p="70,00%")) == [
        [RULE, AT, 10, "73,33%", "70,00%"]
    ]
    assert _found(_ASSETS, sentence.format(n=10, p="73,33%")) == [
        [RULE, AT, 10, "11 unit", "10 unit"]
    ]
