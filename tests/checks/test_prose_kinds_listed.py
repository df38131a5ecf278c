"""A figure after a list of kinds of spending is their sum, no one kind's."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_TABLE = """\
Tabel 3.3 Realisasi Anggaran Menurut Jenis Belanja

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600\t96,25
2\tBelanja Barang dan Jasa\t547.450.000\t527.971.850\t19.478.150\t96,44
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000\t95,90
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27

"""
RULE = "text-figure-matches-table"


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_TABLE + sentence, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        (
            "Realisasi anggaran Kecamatan Sukareja berupa belanja operasi dan belanja"
            " modal sebesar Rp 3.378.360.250.",
            "Rp 3.387.360.250",
            "Rp 3.378.360.250",
        ),
        (
            "Anggaran Kecamatan Sukareja tahun 2024 antara lain terdiri dari belanja"
            " operasi dan belanja modal dengan total Rp 3.581.770.000.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Anggaran terdiri dari belanja pegawai, belanja barang dan jasa, dan"
            " belanja modal sebesar Rp 3.581.770.000.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
    ],
)
def test_kinds_that_make_the_whole_budget_are_its_total(
    sentence: str, expected: str, actual: str
) -> None:
    assert _found(sentence) == [
        [RULE, "text/paragraph:2/sentence:1", 9, expected, actual]
    ]


def test_the_whole_budget_by_its_kinds_quoted_right_is_no_finding() -> None:
    sentence = (
        "Realisasi anggaran berupa belanja operasi dan belanja modal sebesar"
        " Rp 3.387.360.250."
    )
    assert _found(sentence) == []


def test_some_kinds_together_are_no_row_of_the_table() -> None:
    # pegawai and barang dan jasa together: a sum no cell prints, only noted
    sentence = (
        "Realisasi belanja pegawai dan belanja barang dan jasa sebesar"
        " Rp 3.267.490.250."
    )
    assert _found(sentence) == [
        ["text-figure-found-in-tables", "text/paragraph:2/sentence:1", 9, None]
        + ["Rp 3.267.490.250"]
    ]


def test_one_kind_after_a_list_is_that_kinds_figure() -> None:
    sentence = (
        "Anggaran terdiri dari belanja operasi dan belanja modal; realisasi belanja"
        " modal sebesar Rp 119.780.000."
    )
    assert _found(sentence) == [
        [RULE, "text/paragraph:2/sentence:1", 9, "Rp 119.870.000", "Rp 119.780.000"]
    ]
