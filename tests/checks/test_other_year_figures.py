"""Figures a sentence dates to another year than the report's.

"Cakupan imunisasi dasar lengkap turun dari 94,3% pada tahun 2023 menjadi 91,2%
pada tahun 2024" quotes 2023's realisasi: it is compared with the column of that
year (``Realisasi 2023``) on the row the sentence names, at the precision printed,
and never with this year's figure; with no such column it is not judged.
"""

from __future__ import annotations

from lkjaudit.model.finding import Finding

from conftest import compact, findings_for

TEXT = ("text-figure-*",)

_REPORT = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Cakupan imunisasi dasar lengkap | % | 95 | 91,2 | 96,00 |
| 2 | Persentase balita ditimbang | % | 80 | 84 | 105,00 |

{after}

{comparison}"""
_COMPARISON = """Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2023 dan Tahun 2024

| No | Indikator Kinerja | Satuan | Realisasi 2023 | Realisasi 2024 |
|---|---|---|---|---|
| 1 | Cakupan imunisasi dasar lengkap | % | 93,4 | 91,2 |
| 2 | Persentase balita ditimbang | % | 78 | 84 |
"""
LINE = 12  # the line of the sentence between the tables
AT = ["text/paragraph:4/sentence:1", LINE]
CHANGE = (
    "Cakupan imunisasi dasar lengkap turun dari {past} pada tahun 2023 menjadi "
    "91,2% pada tahun 2024."
)


def _findings(
    after: str, comparison: str = _COMPARISON, lang: str = "id"
) -> list[Finding]:
    text = _REPORT.format(comparison=comparison, after=after)
    assert text.splitlines()[LINE - 1] == after
    return findings_for(text, select=TEXT, source="laporan.md", lang=lang)


def _found(after: str, comparison: str = _COMPARISON) -> list[list[object]]:
    return compact(_findings(after, comparison))


def test_a_wrong_figure_of_last_year_is_compared_with_that_years_column() -> None:
    found = _findings(CHANGE.format(past="94,3%"))
    assert compact(found) == [["text-figure-matches-table", *AT, "93,4%", "94,3%"]]
    assert found[0].message == (
        "Kalimat menyebut realisasi 94,3%, padahal Tabel 3.2 baris 1, kolom "
        "Realisasi 2023 (Cakupan imunisasi dasar lengkap) menunjukkan 93,4%"
    )
    english = _findings(CHANGE.format(past="94,3%"), lang="en")
    assert "Tabel 3.2 row 1, column Realisasi 2023 (" in english[0].message


def test_the_right_figure_of_last_year_is_not_reported() -> None:
    assert _found(CHANGE.format(past="93,4%")) == []
    # at the precision printed: 93% may be 93,4%
    assert _found(CHANGE.format(past="93%")) == []
    assert _found(CHANGE.format(past="94%")) == [
        ["text-figure-matches-table", *AT, "93,40%", "94%"]
    ]


def test_last_years_figure_is_never_this_years() -> None:
    # NOTE: 91,2% is 2024's realisasi; said of 2023 it is wrong
    assert _found(CHANGE.format(past="91,2%")) == [
        ["text-figure-matches-table", *AT, "93,4%", "91,2%"]
    ]


def test_without_a_column_of_that_year_nothing_is_compared() -> None:
    # NOTE: the 2023 figure is no claim on 2024's columns, right or wrong
    assert _found(CHANGE.format(past="94,3%"), comparison="") == []
    assert _found(CHANGE.format(past="91,2%"), comparison="") == []


def test_a_realisasi_named_for_another_year_is_that_years() -> None:
    said = "Realisasi cakupan imunisasi dasar lengkap tahun 2023 sebesar 94,3%."
    assert _found(said) == [["text-figure-matches-table", *AT, "93,4%", "94,3%"]]
    assert _found(said.replace("94,3", "93,4")) == []
    # a year nobody printed a column for is not judged
    other = "Realisasi cakupan imunisasi dasar lengkap tahun 2022 sebesar 94,3%."
    assert _found(other) == []


def test_the_row_the_sentence_names_is_the_one_compared() -> None:
    said = "Persentase balita ditimbang naik dari 87% pada tahun 2023 menjadi 84%."
    assert _found(said) == [["text-figure-matches-table", *AT, "78%", "87%"]]
    assert _found(said.replace("87%", "78%")) == []


def test_another_places_figure_of_that_year_is_not_the_units() -> None:
    national = (
        "Realisasi cakupan imunisasi dasar lengkap tingkat nasional tahun 2023 "
        "sebesar 94,3%."
    )
    assert _found(national) == []
    province = "Cakupan imunisasi dasar lengkap Provinsi Jawa Tengah tahun 2023 mencapai 94,3%."
    assert _found(province) == []
    # the unit's own, said the same way, is compared
    own = "Cakupan imunisasi dasar lengkap tahun 2023 mencapai 94,3%."
    assert _found(own) == [["text-figure-matches-table", *AT, "93,4%", "94,3%"]]
