"""A JUMLAH row's category total printed off its column, which the row's own
Jumlah less its other categories corrects too (Baik printed 12 over rows adding
up to 11, on a JUMLAH row whose 15 is 11 + 3 + 1): a sentence is compared with
the corrected count, as with a corrected budget figure, not with the print."""

from __future__ import annotations

from conftest import compact, findings_for

RULES = ("text-count-*", "text-figure-*", "total-row-*")
AT = "text/paragraph:3/sentence:1"

_ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2025

Tabel 2.2 Data Sarana dan Prasarana Menurut Kondisi

No\tJenis Barang\tJumlah\tKondisi\t\t
\t\t\tBaik\tRusak Ringan\tRusak Berat
1\tKomputer PC\t6\t4\t1\t1
2\tLaptop\t5\t4\t1\t0
3\tPrinter\t4\t3\t1\t0
\tJumlah\t15\t{baik}\t3\t1

{sentence}
"""

_TOTAL = ["total-row-equals-column-sum", "tabel-2.2/row:4/col:kategori", 10, "11", "12"]


def _found(baik: str, sentence: str) -> list[list[object]]:
    text = _ASSETS.format(baik=baik, sentence=sentence)
    return compact(findings_for(text, select=RULES))


def test_a_sentence_right_by_the_column_is_not_blamed_for_the_wrong_total() -> None:
    sentence = "Sebanyak 11 unit barang dalam kondisi baik."
    assert _found("12", sentence) == [_TOTAL]


def test_a_sentence_repeating_the_wrong_total_is_told_the_corrected_count() -> None:
    sentence = "Sebanyak 12 unit barang dalam kondisi baik."
    assert _found("12", sentence) == [
        _TOTAL,
        ["text-count-matches-table", AT, 12, "11 unit", "12 unit"],
    ]


def test_a_right_total_is_compared_as_printed() -> None:
    sentence = "Sebanyak 12 unit barang dalam kondisi baik."
    assert _found("11", sentence) == [
        ["text-count-matches-table", AT, 12, "11 unit", "12 unit"]
    ]
