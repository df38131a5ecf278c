"""An efisiensi quoted in a sentence is compared with the Efisiensi column of the
row the sentence names, at the precision the sentence prints; a table of two
years compares only the report year's column, and a sentence naming no row (an
average, efisiensi in general) is not judged."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

TEXT = ("text-figure-*",)
RULE = "text-figure-matches-table"
AT = "text/paragraph:3/sentence:1"
SECOND = "text/paragraph:3/sentence:2"

_ONE_YEAR = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.10 Efisiensi Penggunaan Sumber Daya

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSerapan (%)\tCapaian Kinerja (%)\tEfisiensi (%)
1\tProgram Penunjang Urusan Pemerintahan Daerah\t48.612.450.000\t46.935.118.260\t96,55\t98,40\t1,85
2\tProgram Sediaan Farmasi dan Alat Kesehatan\t865.300.000\t861.950.000\t99,61\t97,46\t-2,15
3\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t412.750.000\t379.460.250\t91,93\t104,50\t12,57
{extra}
{sentence}
"""
_AVERAGE_ROW = "\tRata-rata\t\t\t96,03\t100,12\t4,09\n"

_TWO_YEARS = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.10 Efisiensi Penggunaan Sumber Daya

No\tProgram\tSerapan 2023 (%)\tCapaian 2023 (%)\tEfisiensi 2023 (%)\tSerapan 2024 (%)\tCapaian 2024 (%)\tEfisiensi 2024 (%)
1\tProgram Penunjang Urusan Pemerintahan Daerah\t95,00\t97,00\t2,00\t96,55\t98,40\t1,85
2\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t90,00\t98,00\t8,00\t91,93\t104,50\t12,57

{sentence}
"""

PEMBERDAYAAN = "Program Pemberdayaan Masyarakat Bidang Kesehatan"
FARMASI = "Program Sediaan Farmasi dan Alat Kesehatan"


def _found(
    sentence: str, table: str = _ONE_YEAR, extra: str = ""
) -> list[list[object]]:
    text = table.format(sentence=sentence, extra=extra)
    return compact(findings_for(text, select=TEXT))


def test_a_programmes_efisiensi_is_compared_with_its_row() -> None:
    right = f"Efisiensi tertinggi dicapai {PEMBERDAYAAN} sebesar 12,57%."
    assert _found(right) == []
    assert _found(right.replace("12,57%", "12,75%")) == [
        [RULE, AT, 10, "12,57%", "12,75%"]
    ]


def test_an_efisiensi_is_read_at_the_precision_printed() -> None:
    # 12,57 rounds to 12,6; 12,5 is another figure, shown at one decimal
    assert _found(f"Efisiensi {PEMBERDAYAAN} sebesar 12,6%.") == []
    assert _found(f"Efisiensi {PEMBERDAYAAN} sebesar 12,5%.") == [
        [RULE, AT, 10, "12,6%", "12,5%"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{FARMASI} mencatat efisiensi negatif sebesar -2,15%.",
        f"{FARMASI} mencatat efisiensi negatif sebesar 2,15%.",
        f"Efisiensi {FARMASI} sebesar – 2,15%.",
        f"Efisiensi {PEMBERDAYAAN} sebesar 12,57%, sedangkan {FARMASI} sebesar -2,15%.",
    ],
)
def test_a_negative_efisiensi_by_its_minus_or_in_words(sentence: str) -> None:
    assert _found(sentence) == []


def test_the_sign_of_an_efisiensi_is_compared_too() -> None:
    assert _found(f"Efisiensi {FARMASI} sebesar 2,15%.") == [
        [RULE, AT, 10, "-2,15%", "2,15%"]
    ]
    assert _found(f"Efisiensi {FARMASI} sebesar -2,51%.") == [
        [RULE, AT, 10, "-2,15%", "-2,51%"]
    ]
    assert _found(
        "Efisiensi Program Penunjang Urusan Pemerintahan Daerah sebesar -1,85%."
    ) == [[RULE, AT, 10, "1,85%", "-1,85%"]]


def test_a_table_of_two_years_compares_the_reported_years_column() -> None:
    # the 2023 column comes first and keeps the role: it is not the year's
    assert _found(f"Efisiensi {PEMBERDAYAAN} sebesar 12,57%.", _TWO_YEARS) == []
    assert _found(f"Efisiensi {PEMBERDAYAAN} sebesar 12,75%.", _TWO_YEARS) == [
        [RULE, AT, 9, "12,57%", "12,75%"]
    ]
    # a figure of this year equal to last year's is still this year's figure
    assert _found(f"Efisiensi {PEMBERDAYAAN} sebesar 8,00%.", _TWO_YEARS) == [
        [RULE, AT, 9, "12,57%", "8,00%"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Efisiensi {PEMBERDAYAAN} pada tahun 2023 sebesar 8,00%.",
        f"Efisiensi {PEMBERDAYAAN} sebesar 8,00% pada tahun 2023.",
    ],
)
def test_another_years_efisiensi_is_not_judged(sentence: str) -> None:
    assert _found(sentence, _TWO_YEARS) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tingkat efisiensi rata-rata program sebesar 10%.",
        "Efisiensi penggunaan anggaran sebesar 12,75%.",
        # after a sentence on one row, an average continues no row
        f"Efisiensi {PEMBERDAYAAN} sebesar 12,57%. "
        "Tingkat efisiensi rata-rata program sebesar 4,90%.",
        # last year's figure, no column's
        f"Efisiensi {PEMBERDAYAAN} sebesar 12,57%, meningkat dari tahun lalu "
        "yang sebesar 10,00%.",
        # a share of the pagu, no efisiensi column's figure
        f"Efisiensi {PEMBERDAYAAN} sebesar 5% dari pagu.",
    ],
)
def test_an_efisiensi_naming_no_row_is_not_judged(sentence: str) -> None:
    assert _found(sentence) == []
    assert _found(sentence, extra=_AVERAGE_ROW) == []


def test_a_sentence_with_no_subject_continues_the_row_before() -> None:
    sentence = f"Efisiensi {PEMBERDAYAAN} sebesar 12,57%. Efisiensinya sebesar 12,75%."
    assert _found(sentence) == [[RULE, SECOND, 10, "12,57%", "12,75%"]]


def test_an_efisiensi_in_rupiah_is_no_efisiensi_column_figure() -> None:
    assert _found(f"Efisiensi anggaran {PEMBERDAYAAN} sebesar Rp 33.289.750.") == []
