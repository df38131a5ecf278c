"""Counts dated to another year, and changes compared with another year.

"Jumlah penduduk miskin pada tahun 2023 sebanyak 47.835 orang" quotes 2023's
count: compared with the column of that year (``Realisasi 2023``) on the row the
sentence names, never with this year's; with no such column it is no claim. "…
naik dibandingkan tahun lalu menjadi 95%" quotes the level this year reached.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_REPORT = """# LAPORAN KINERJA DINAS SOSIAL KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Cakupan imunisasi dasar lengkap | % | 95 | 91,2 | 96,00 |
| 2 | Jumlah penduduk miskin | orang | 48.000 | 46.500 | 103,13 |

{after}

{comparison}"""
_COMPARISON = """Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2023 dan Tahun 2024

| No | Indikator Kinerja | Satuan | Realisasi 2023 | Realisasi 2024 |
|---|---|---|---|---|
| 1 | Cakupan imunisasi dasar lengkap | % | 93,4 | 91,2 |
| 2 | Jumlah penduduk miskin | orang | 47.835 | 46.500 |
"""
_LINE = 12  # the line of the sentence between the tables
_AT = ["text-figure-matches-table", "text/paragraph:4/sentence:1", _LINE]


def _found(after: str, comparison: str = _COMPARISON) -> list[list[object]]:
    text = _REPORT.format(after=after, comparison=comparison)
    assert text.splitlines()[_LINE - 1] == after
    return compact(findings_for(text, select=("text-figure-*",), source="l.md"))


_LAST_YEAR_COUNTS = [
    "Jumlah penduduk miskin pada tahun 2023 sebanyak {n} orang.",
    "Realisasi jumlah penduduk miskin tahun 2023 sebanyak {n} orang.",
    "Realisasi jumlah penduduk miskin tahun lalu sebanyak {n} orang.",
    "Pada tahun 2023, jumlah penduduk miskin mencapai {n} orang.",
    "Realisasi jumlah penduduk miskin sebanyak {n} orang pada tahun 2023.",
    # the level a change started from, dated after it
    "Jumlah penduduk miskin turun dari {n} orang pada tahun 2023 menjadi 46.500 orang.",
    # a contrast: the clause before it is last year's
    "Jumlah penduduk miskin pada tahun 2023 sebanyak {n} orang, sedangkan"
    " realisasi tahun 2024 sebanyak 46.500 orang.",
    # last year's after this year's
    "Realisasi jumlah penduduk miskin tahun 2024 sebanyak 46.500 orang, lebih"
    " rendah dari tahun lalu sebanyak {n} orang.",
]


@pytest.mark.parametrize("sentence", _LAST_YEAR_COUNTS)
def test_a_count_of_last_year_is_compared_with_that_years_column(
    sentence: str,
) -> None:
    assert _found(sentence.format(n="47.000")) == [
        [*_AT, "47.835 orang", "47.000 orang"]
    ]
    # NOTE: this year's figure said of last year is wrong too
    assert _found(sentence.format(n="46.500")) == [
        [*_AT, "47.835 orang", "46.500 orang"]
    ]


@pytest.mark.parametrize("sentence", _LAST_YEAR_COUNTS)
def test_the_right_count_of_last_year_is_not_reported(sentence: str) -> None:
    assert _found(sentence.format(n="47.835")) == []


@pytest.mark.parametrize("sentence", _LAST_YEAR_COUNTS)
def test_a_count_of_last_year_with_no_column_of_that_year_is_no_claim(
    sentence: str,
) -> None:
    # NOTE: never compared with this year's 46.500
    assert _found(sentence.format(n="47.000"), comparison="") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the change itself, not a level: compared with another year
        "Jumlah penduduk miskin naik dibandingkan tahun 2023 sebanyak 1.000 orang.",
        # a count the tables have no row for
        "Jumlah penduduk pada tahun 2023 sebanyak 120.000 jiwa.",
    ],
)
def test_a_count_compared_or_of_no_row_is_not_read_as_last_years(
    sentence: str,
) -> None:
    assert _found(sentence) == []


def test_the_level_a_count_started_from_is_not_this_years() -> None:
    # NOTE: no year given to where it started: neither year's figure
    sentence = (
        "Realisasi jumlah penduduk miskin turun dari {n} orang menjadi {m} orang."
    )
    assert _found(sentence.format(n="47.000", m="46.500")) == []
    assert _found(sentence.format(n="47.000", m="46.000")) == [
        [*_AT, "46.500 orang", "46.000 orang"]
    ]
    dated = (
        "Realisasi jumlah penduduk miskin turun dari 47.835 orang pada tahun 2023"
        " menjadi 46.000 orang."
    )
    assert _found(dated) == [[*_AT, "46.500 orang", "46.000 orang"]]


@pytest.mark.parametrize(
    "start", ["dibandingkan tahun lalu", "dibandingkan tahun 2023", "dari 93,4%"]
)
def test_the_level_a_change_reached_is_this_years_percentage(start: str) -> None:
    sentence = f"Cakupan imunisasi dasar lengkap naik {start} menjadi {{p}}."
    assert _found(sentence.format(p="95%")) == [[*_AT, "91,20%", "95%"]]
    assert _found(sentence.format(p="91,2%")) == []
    # NOTE: at the precision printed
    assert _found(sentence.format(p="91%")) == []
    planned = sentence.replace("naik", "diharapkan naik")
    assert _found(planned.format(p="95%")) == []


def test_the_level_a_change_reached_in_another_year_is_that_years() -> None:
    sentence = (
        "Cakupan imunisasi dasar lengkap tahun 2023 naik dibandingkan tahun 2022"
        " menjadi {p}."
    )
    assert _found(sentence.format(p="95%")) == [[*_AT, "93,40%", "95%"]]
    assert _found(sentence.format(p="93,4%")) == []
    assert _found(sentence.format(p="95%"), comparison="") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Seperti tahun lalu capaian cakupan imunisasi dasar lengkap sebesar {p}.",
        "Seperti tahun lalu, capaian cakupan imunisasi dasar lengkap sebesar {p}.",
        "Sama seperti tahun sebelumnya capaian cakupan imunisasi dasar lengkap"
        " sebesar {p}.",
        "Sebagaimana tahun lalu capaian cakupan imunisasi dasar lengkap sebesar {p}.",
    ],
)
def test_a_figure_said_like_last_years_is_this_years(sentence: str) -> None:
    assert _found(sentence.format(p="95%")) == [[*_AT, "96%", "95%"]]
    assert _found(sentence.format(p="96%")) == []


def test_a_count_said_like_last_years_is_this_years() -> None:
    sentence = "Seperti tahun lalu realisasi jumlah penduduk miskin sebanyak {n} orang."
    assert _found(sentence.format(n="47.835")) == [
        [*_AT, "46.500 orang", "47.835 orang"]
    ]
    assert _found(sentence.format(n="46.500")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Capaian cakupan imunisasi dasar lengkap tahun lalu sebesar {p}.",
        "Capaian cakupan imunisasi dasar lengkap tahun 2024 sebesar 96%, sama"
        " dengan tahun lalu yang sebesar {p}.",
    ],
)
def test_last_years_capaian_is_still_last_years(sentence: str) -> None:
    # NOTE: no capaian column of 2023: compared with nothing, not this year's 96%
    assert _found(sentence.format(p="93%")) == []
    assert _found(sentence.format(p="95%")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Realisasi cakupan imunisasi dasar lengkap tahun lalu sebesar {p}.",
        "Realisasi cakupan imunisasi dasar lengkap tahun kemarin sebesar {p}.",
        "Realisasi cakupan imunisasi dasar lengkap tahun lalu sebesar {p} dan"
        " tahun ini sebesar 91,2%.",
    ],
)
def test_a_percentage_of_last_year_in_words_is_compared_with_that_years_column(
    sentence: str,
) -> None:
    assert _found(sentence.format(p="94%")) == [[*_AT, "93,40%", "94%"]]
    assert _found(sentence.format(p="93,4%")) == []
    # NOTE: never compared with this year's figure
    assert _found(sentence.format(p="94%"), comparison="") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # another earlier period than a year
        "Realisasi cakupan imunisasi dasar lengkap triwulan lalu sebesar 94%.",
        # the year before one the sentence named, not the report's
        "Pada tahun 2022 realisasi cakupan imunisasi dasar lengkap tahun"
        " sebelumnya sebesar 94%.",
    ],
)
def test_an_earlier_period_that_is_not_last_year_is_not_compared(
    sentence: str,
) -> None:
    assert _found(sentence) == []
