"""A figure a sentence dates to another year than the report's is not this year's."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_TEXT = (
    "LAPORAN KINERJA DINAS KESEHATAN KABUPATEN SUMBERLARAS TAHUN 2024\n\n"
    "Tabel 3.1 Capaian Kinerja Tahun 2024\n\n"
    "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\n"
    "1\tCakupan imunisasi dasar lengkap\t%\t95\t91,2\t96,00\n"
    "2\tPersentase persalinan di fasilitas pelayanan kesehatan\t%\t98\t96,7\t98,67\n"
    "\n{}\n"
)
_LINE = 9


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_TEXT.format(sentence), select=("text-figure-*",)))


@pytest.mark.parametrize(
    "sentence",
    [
        # last year's realisasi, dated before the figure or right after it
        "Realisasi cakupan imunisasi dasar lengkap tahun 2023 sebesar 93,4%.",
        "Realisasi cakupan imunisasi dasar lengkap sebesar 93,4% pada tahun 2023.",
    ],
)
def test_last_year_s_realisasi_is_not_compared_with_this_year_s(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Realisasi cakupan imunisasi dasar lengkap tahun 2024 sebesar 93,4%.",
        "Realisasi cakupan imunisasi dasar lengkap sebesar 93,4% pada tahun 2024.",
        # the clause after the contrast is this year's again
        "Realisasi cakupan imunisasi dasar lengkap pada tahun 2023 sebesar 92,4%,"
        " sedangkan pada tahun 2024 sebesar 93,4%.",
        # the level a change reached, after the level it started from
        "Cakupan imunisasi dasar lengkap turun dari 94,3% pada tahun 2023"
        " menjadi 93,4% pada tahun 2024.",
        "Cakupan imunisasi dasar lengkap turun dari 94,3% pada tahun 2023"
        " menjadi 93,4%.",
        "Cakupan imunisasi dasar lengkap turun dari 94,3% menjadi 93,4%.",
        "Cakupan imunisasi dasar lengkap tahun 2024 turun menjadi 93,4%.",
        # the level it started from is not compared, even after a keyword
        "Realisasi cakupan imunisasi dasar lengkap naik dari 90% menjadi 93,4%.",
    ],
)
def test_this_year_s_realisasi_is_still_compared(sentence: str) -> None:
    assert _found(sentence) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", _LINE]
        + ["91,2%", "93,4%"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # right: the level reached is the table's
        "Cakupan imunisasi dasar lengkap turun dari 94,3% pada tahun 2023"
        " menjadi 91,2% pada tahun 2024.",
        "Cakupan imunisasi dasar lengkap turun menjadi 91,2%.",
        "Realisasi cakupan imunisasi dasar lengkap naik dari 90% menjadi 91,2%.",
        # a change planned for next year, or one ended last year
        "Cakupan imunisasi dasar lengkap ditargetkan naik dari 91,2% menjadi"
        " 96% pada tahun 2025.",
        "Cakupan imunisasi dasar lengkap naik dari 90,1% pada tahun 2022"
        " menjadi 94,3% pada tahun 2023.",
        "Pada tahun 2023 cakupan imunisasi dasar lengkap turun menjadi 94,3%.",
        # a change expected, not reached
        "Cakupan imunisasi dasar lengkap diharapkan naik menjadi 96%.",
    ],
)
def test_a_change_s_level_of_another_year_or_right_is_not_reported(
    sentence: str,
) -> None:
    assert _found(sentence) == []
