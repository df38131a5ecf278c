"""*nasional* (or *kabupaten* as another place) right after an indicator's name.

"Persentase imunisasi dasar lengkap nasional tahun 2024 sebesar 94,3%" is the
nation's figure, not the unit's own row; "Persentase imunisasi dasar lengkap
tahun 2024 sebesar 94,3%" is the unit's.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_REPORT = """# LAPORAN KINERJA {unit} TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase imunisasi dasar lengkap | % | 95 | 91,2 | 96,00 |
| 2 | {second} | % | 90 | 88,5 | 98,33 |

{after}
"""
_DINAS = "DINAS KESEHATAN KABUPATEN WATUGEDE"
_PUSKESMAS = "PUSKESMAS SUMBERWARU KABUPATEN WATUGEDE"
_SECOND = "Persentase balita ditimbang"
_LINE = 12
_AT = ["text-figure-matches-table", "text/paragraph:4/sentence:1", _LINE]


def _found(after: str, unit: str = _DINAS, second: str = _SECOND) -> list[list[object]]:
    text = _REPORT.format(after=after, unit=unit, second=second)
    assert text.splitlines()[_LINE - 1] == after
    return compact(findings_for(text, select=("text-figure-*",), source="l.md"))


_NATIONAL = [
    "Persentase imunisasi dasar lengkap nasional tahun 2024 sebesar {p}.",
    "Persentase imunisasi dasar lengkap nasional mencapai {p}.",
    "Realisasi persentase imunisasi dasar lengkap nasional sebesar {p}.",
    "Capaian persentase imunisasi dasar lengkap nasional pada tahun 2024 sebesar {p}.",
]


@pytest.mark.parametrize("sentence", _NATIONAL)
def test_the_nations_figure_is_not_the_units_row(sentence: str) -> None:
    assert _found(sentence.format(p="94,3%")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Persentase imunisasi dasar lengkap tahun 2024 mencapai {p}.",
        "Realisasi persentase imunisasi dasar lengkap sebesar {p}.",
        "Persentase imunisasi dasar lengkap kabupaten tahun 2024 mencapai {p}.",
    ],
)
def test_the_units_own_figure_so_worded_is_still_compared(sentence: str) -> None:
    assert _found(sentence.format(p="94,3%")) == [[*_AT, "91,2%", "94,3%"]]
    assert _found(sentence.format(p="91,2%")) == []


def test_the_units_figure_beside_the_nations_is_still_judged() -> None:
    sentence = (
        "Realisasi persentase imunisasi dasar lengkap tahun 2024 sebesar {own},"
        " sedangkan persentase imunisasi dasar lengkap nasional sebesar 94,3%."
    )
    assert _found(sentence.format(own="91,2%")) == []
    assert _found(sentence.format(own="94,3%")) == [[*_AT, "91,2%", "94,3%"]]


def test_nasional_in_a_rows_name_is_no_other_place() -> None:
    second = "Persentase penduduk terdaftar Jaminan Kesehatan Nasional"
    sentence = "Persentase penduduk terdaftar Jaminan Kesehatan Nasional mencapai {p}."
    assert _found(sentence.format(p="95%"), second=second) == [[*_AT, "88,50%", "95%"]]
    assert _found(sentence.format(p="88,5%"), second=second) == []


def test_kabupaten_after_the_name_is_another_place_only_below_a_kabupaten() -> None:
    sentence = "Persentase imunisasi dasar lengkap kabupaten mencapai 94,3%."
    # a puskesmas quoting the kabupaten's figure
    assert _found(sentence, unit=_PUSKESMAS) == []
    # a kabupaten's dinas quoting its own
    assert _found(sentence) == [[*_AT, "91,2%", "94,3%"]]
    # a kabupaten by name is no scope word
    named = "Persentase imunisasi dasar lengkap Kabupaten Watugede mencapai 94,3%."
    assert _found(named, unit=_PUSKESMAS) == [[*_AT, "91,2%", "94,3%"]]
