"""The staff as a whole ("Pegawai Kecamatan X sebanyak 17 orang", "berjumlah",
"memiliki pegawai sebanyak …") is the staff table's total; a count whose unit is a
category ("12 PNS") is that column's total; a count of some of the staff is
neither. The unit is shown as the sentence prints it."""

from __future__ import annotations

from conftest import compact, findings_for

TEXT = ("text-count-*", "text-figure-*")
RULE = "text-count-matches-table"
AT = "text/paragraph:3/sentence:1"

_STAFF = """LAPORAN KINERJA KECAMATAN WATUGEDE SEMESTER I TAHUN 2025

Tabel 3.2 Jumlah Pegawai Kecamatan Watugede menurut Pendidikan

No.\tPendidikan\tPNS\tPPPK\tJumlah
1\tSD\t-\t1\t1
2\tSMA/SMK\t3\t2\t5
3\tS1/D4\t7\t2\t9
JUMLAH\t\t10\t5\t15

{sentence}
"""


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_STAFF.format(sentence=sentence), select=TEXT))


def test_the_staff_by_no_other_word_is_the_total() -> None:
    for sentence in (
        "Pegawai Kecamatan Watugede per 30 Juni 2025 sebanyak {n} orang.",
        "Pegawai Kecamatan Watugede sebanyak {n} orang, terdiri dari 10 PNS dan "
        "5 PPPK.",
        "Pegawai Kecamatan Watugede berjumlah {n} orang, terdiri dari 10 PNS dan "
        "5 PPPK.",
        "Kecamatan Watugede memiliki pegawai sebanyak {n} orang yang terdiri dari "
        "10 orang PNS dan 5 orang PPPK.",
    ):
        assert _found(sentence.format(n=15)) == [], sentence
        assert _found(sentence.format(n=17)) == [
            [RULE, AT, 11, "15 orang", "17 orang"]
        ], sentence


def test_some_of_the_staff_is_no_total() -> None:
    for sentence in (
        "Pegawai yang akan pensiun sebanyak 2 orang.",
        "Pegawai Kecamatan Watugede sebanyak 4 orang berpendidikan sarjana.",
        "Pegawai Kecamatan Watugede sebanyak 3 orang mengikuti pelatihan.",
    ):
        assert [f for f in _found(sentence) if f[0] == RULE] == [], sentence


_BY_EDUCATION = """LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2024

Tabel 3.2 Jumlah Pegawai menurut Pendidikan

No.\tPendidikan\tJumlah
1\tSMA/SMK\t6
2\tS1/D4\t9
JUMLAH\t\t15

{sentence}
"""


def test_staff_of_a_category_no_column_holds_is_no_total() -> None:
    # a status, a sex or a rank is a category even where the table has no column
    # of it: some of the staff, not the table's total
    for sentence in (
        "Pegawai PPPK Kecamatan Watugede sebanyak 5 orang.",
        "Pegawai Perempuan sebanyak 7 orang.",
        "Pegawai Golongan III sebanyak 8 orang.",
    ):
        found = findings_for(_BY_EDUCATION.format(sentence=sentence), select=TEXT)
        assert [f for f in compact(found) if f[0] == RULE] == [], sentence
    found = findings_for(
        _BY_EDUCATION.format(sentence="Pegawai Kecamatan Watugede sebanyak 17 orang."),
        select=TEXT,
    )
    assert compact(found) == [[RULE, AT, 10, "15 orang", "17 orang"]]


def test_a_count_in_a_category_is_that_columns_total() -> None:
    assert _found("Pegawai terdiri dari 10 PNS dan 5 PPPK.") == []
    # the unit as printed, not lower-cased
    assert _found("Pegawai terdiri dari 12 PNS dan 5 PPPK.") == [
        [RULE, AT, 11, "10 PNS", "12 PNS"]
    ]
