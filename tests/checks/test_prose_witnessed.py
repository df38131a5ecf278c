"""A sentence that agrees with what the table states elsewhere is not wrong.

Tabel 3.2's JUMLAH realisasi was typed over (4.391.013.500) and its sisa and %
were computed from it; the rows add up to 4.419.013.500, 95,23% of the pagu. The
text quoting the rows' sum is right: only the table's JUMLAH is reported.
"""

from __future__ import annotations

from conftest import compact, findings_for

_TABLE = """\
Tabel 3.2 Realisasi Anggaran per Program Tahun 2024

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.875.400.000\t2.741.268.500\t134.131.500\t95,34
2\tProgram Pembinaan Perpustakaan\t1.120.000.000\t1.064.560.000\t55.440.000\t95,05
3\tProgram Pengelolaan Arsip\t465.000.000\t441.285.000\t23.715.000\t94,90
4\tProgram Perlindungan dan Penyelamatan Arsip\t180.000.000\t171.900.000\t8.100.000\t95,50
\tJUMLAH\t4.640.400.000\t4.391.013.500\t249.386.500\t94,63

"""
_TOTAL = [
    ["total-row-equals-column-sum", "tabel-3.2/row:5/col:realisasi_anggaran", 8]
    + ["4.419.013.500", "4.391.013.500"],
    ["total-row-equals-column-sum", "tabel-3.2/row:5/col:sisa", 8]
    + ["221.386.500", "249.386.500"],
]
_RULES = ("total-row-equals-column-sum", "text-figure-matches-table")


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_TABLE + sentence, select=_RULES))


def test_the_rows_sum_and_its_percentage_quoted_are_right() -> None:
    sentence = (
        "Secara keseluruhan anggaran Dinas tahun 2024 sebesar Rp 4.640.400.000 "
        "dengan realisasi Rp 4.419.013.500 atau 95,23%."
    )
    assert _found(sentence) == _TOTAL


def test_a_figure_neither_the_table_nor_its_rows_state_is_still_wrong() -> None:
    sentence = (
        "Secara keseluruhan anggaran Dinas tahun 2024 sebesar Rp 4.640.400.000 "
        "dengan realisasi Rp 4.491.013.500 atau 96,78%."
    )
    rule = "text-figure-matches-table"
    assert _found(sentence) == [
        *_TOTAL,
        [rule, "text/paragraph:2/sentence:1", 10, "Rp 4.391.013.500"]
        + ["Rp 4.491.013.500"],
        [rule, "text/paragraph:2/sentence:1", 10, "94,63%", "96,78%"],
    ]
