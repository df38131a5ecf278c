"""A staff table that counts by sex under ``Jenis Kelamin`` with only the
initials ``L | P``: a sentence names the sex in full ("7 orang perempuan") and is
compared with the column of its initial."""

from __future__ import annotations

from conftest import compact, findings_for

TEXT = ("text-count-*", "text-figure-*")

_STAFF = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2025

Tabel 2.1 Jumlah PNS Menurut Pangkat/Golongan dan Jenis Kelamin

No\tPangkat / Golongan Ruang\tJenis Kelamin\t\tJumlah
\t\tL\tP\t
1\tPembina (IV/a)\t1\t1\t2
2\tPenata (III/c)\t3\t2\t5
3\tPengatur (II/c)\t2\t0\t2
\tJumlah\t6\t3\t9

{sentence}
"""


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_STAFF.format(sentence=sentence), select=TEXT))


def test_a_wrong_count_of_women_is_compared_with_column_p() -> None:
    sentence = "Pegawai terdiri atas 6 orang laki-laki dan 4 orang perempuan."
    assert _found(sentence) == [
        ["text-count-matches-table", "text/paragraph:3/sentence:1", 12]
        + ["3 orang", "4 orang"]
    ]


def test_a_wrong_count_of_men_is_compared_with_column_l() -> None:
    sentence = "Pegawai laki-laki berjumlah 7 orang, sedangkan perempuan 3 orang."
    assert _found(sentence) == [
        ["text-count-matches-table", "text/paragraph:3/sentence:1", 12]
        + ["6 orang", "7 orang"]
    ]


def test_counts_that_agree_raise_nothing() -> None:
    sentence = "Pegawai terdiri atas 6 orang laki-laki dan 3 orang perempuan."
    assert _found(sentence) == []
