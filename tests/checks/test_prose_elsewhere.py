"""Percentages of another place or a national benchmark restate no row of the unit.

"Capaian IKM Provinsi Jawa Barat sebesar 95,37%" and "rata-rata nasional sebesar
62,5%" are another place's figures: no claim. The unit's own figure in the same
paragraph, "rata-rata capaian" (the unit's own average) and a province's own
report (its cover says Provinsi …) are still judged.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

RULE = "text-figure-matches-table"

_REPORT = """# LAPORAN KINERJA {unit} TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat | nilai | 82 | 81,4 | 99,27 |
| 2 | Persentase ibu hamil yang mendapat pelayanan K4 | % | 90 | 85,5 | 95,00 |

Pelayanan kesehatan dasar terus ditingkatkan.

{after}
"""
LINE = 14
AT = ["text/paragraph:5/sentence:1", LINE]
KABUPATEN = "DINAS KESEHATAN KABUPATEN SUKAMULYA"
PROVINSI = "DINAS KESEHATAN PROVINSI JAWA BARAT"
K4 = "Capaian persentase ibu hamil yang mendapat pelayanan K4"


def _found(after: str, unit: str = KABUPATEN) -> list[list[object]]:
    text = _REPORT.format(after=after, unit=unit)
    assert text.splitlines()[LINE - 1] == after
    return compact(findings_for(text, select=("text-figure-*",), source="lkj.md"))


# the unit's own capaian ({own}) beside a province's and the nation's
_BESIDE = (
    K4 + " sebesar {own}, di atas rata-rata nasional sebesar 62,5%, sedangkan "
    "capaian K4 Provinsi Jawa Barat sebesar 88,10%."
)


def test_a_province_and_the_national_average_are_no_claim() -> None:
    assert _found(_BESIDE.format(own="95%")) == []


def test_the_units_own_wrong_figure_beside_them_is_still_reported() -> None:
    assert _found(_BESIDE.format(own="92%")) == [[RULE, *AT, "95%", "92%"]]


@pytest.mark.parametrize(
    "after",
    [
        "Capaian IKM Provinsi Jawa Barat sebesar 95,37%.",
        "Rata-rata nasional capaian pelayanan K4 sebesar 62,5%.",
        K4 + " tingkat nasional sebesar 62,5%.",
        K4 + " standar nasional sebesar 80%.",
        K4 + " Kabupaten/Kota lain sebesar 80%.",
        K4 + " rata-rata provinsi sebesar 88,1%.",
    ],
)
def test_another_places_percentage_alone_is_no_claim(after: str) -> None:
    assert _found(after) == []


def test_the_units_own_average_is_judged() -> None:
    after = "Rata-rata capaian persentase ibu hamil yang mendapat pelayanan K4 90%."
    assert _found(after) == [[RULE, *AT, "95%", "90%"]]


def test_a_benchmark_named_after_the_figure_leaves_it_the_units() -> None:
    after = K4 + " sebesar 90%, melampaui rata-rata nasional."
    assert _found(after) == [[RULE, *AT, "95%", "90%"]]


def test_a_provinces_own_report_judges_its_provinsi_figure() -> None:
    after = K4 + " Provinsi Jawa Barat sebesar 90%."
    assert _found(after, PROVINSI) == [[RULE, *AT, "95%", "90%"]]
    # the nation is still another place, and so is another province
    assert _found(K4 + " tingkat nasional sebesar 62,5%.", PROVINSI) == []
    assert _found(K4 + " provinsi lain sebesar 62,5%.", PROVINSI) == []


def test_a_kabupaten_whose_cover_names_its_province_is_no_province() -> None:
    unit = "PEMERINTAH KABUPATEN SUKAMULYA PROVINSI JAWA BARAT"
    assert _found(K4 + " Provinsi Jawa Barat sebesar 90%.", unit) == []
