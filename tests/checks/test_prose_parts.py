"""A kegiatan described in words is a part of the budget, not its JUMLAH."""

from __future__ import annotations

import pytest

from conftest import SPENDING_BY_KIND, compact, findings_for

_TEXT = "LAPORAN KINERJA KECAMATAN SUKAREJA TAHUN 2024\n" + SPENDING_BY_KIND + "\n{}\n"
_LINE = 11


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_TEXT.format(sentence), select=("text-figure-*",)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Anggaran kegiatan pembinaan PKK tingkat kecamatan tahun 2024 sebesar"
        " Rp 5.000.000.",
        "Kegiatan pembinaan PKK tingkat kecamatan menghabiskan anggaran Rp 5.000.000.",
        "Anggaran kegiatan Camat dan Sekretaris Camat untuk perjalanan dinas sebesar"
        " Rp 5.000.000.",
        "Anggaran kegiatan Kecamatan Sukareja pada triwulan IV sebesar Rp 5.000.000.",
    ],
)
def test_a_described_kegiatan_s_budget_is_only_noted(sentence: str) -> None:
    assert _found(sentence) == [
        ["text-figure-found-in-tables", "text/paragraph:3/sentence:1", _LINE]
        + [None, "Rp 5.000.000"]
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the total's own size: the whole budget, mistyped
        (
            "Anggaran program kerja Camat tahun 2024 sebesar Rp 3.581.770.000.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Realisasi anggaran kegiatan pelayanan publik Kecamatan Sukareja sebesar"
            " Rp 3.378.360.250.",
            "Rp 3.387.360.250",
            "Rp 3.378.360.250",
        ),
    ],
)
def test_a_described_programme_at_the_totals_size_is_the_total(
    sentence: str, expected: str, actual: str
) -> None:
    assert _found(sentence) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", _LINE]
        + [expected, actual]
    ]


def test_a_budget_for_a_later_year_is_no_figure_of_the_year_reported() -> None:
    sentence = "Anggaran kegiatan Tahun 2025 direncanakan sebesar Rp 3.950.000.000."
    assert _found(sentence) == []
    # nor is last year's
    assert _found("Anggaran kegiatan Tahun 2023 sebesar Rp 3.950.000.000.") == []
    # the year reported itself is still compared
    sentence = "Anggaran Tahun 2024 sebesar Rp 3.581.770.000."
    assert _found(sentence) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", _LINE]
        + ["Rp 3.518.770.000", "Rp 3.581.770.000"]
    ]
