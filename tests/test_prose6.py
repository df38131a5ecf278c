"""Gaps in the sentence reader: measure words taken as said, a realisasi against a
bare target.

An indicator is named by what it counts: "Pemantauan stok … terlaksana 35 kali"
is the row "Jumlah kegiatan pemantauan stok …" counted in *kali*; the name's
leading measure words are taken as said only for a count in the row's own unit,
and only when one name fits.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

# ------------------------------------------------------- implied measure words

_COUNTED = """# LAPORAN KINERJA DINAS KETAHANAN PANGAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Jumlah kegiatan pemantauan stok, pasokan dan harga pangan | kali | 48 | 46 | 95,83 |
| 2 | Jumlah kelompok wanita tani yang dibina | kelompok | 20 | 18 | 90,00 |
{extra}
{sentence}
"""
_COUNTED_AT = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10]


def _counted(sentence: str, extra: str = "") -> list[list[object]]:
    text = _COUNTED.format(sentence=sentence, extra=extra)
    assert text.splitlines()[_COUNTED_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # "terlaksana": what was carried out, the row's realisasi
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 44 kali dari "
            "target 48 kali sampai dengan triwulan IV.",
            "46 kali",
            "44 kali",
        ),
        # the target, after a right realisasi
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 46 kali dari "
            "target 50 kali sampai dengan triwulan IV.",
            "48 kali",
            "50 kali",
        ),
        # "dilaksanakan sebanyak"
        (
            "Sampai dengan triwulan IV pemantauan stok, pasokan dan harga pangan "
            "telah dilaksanakan sebanyak 64 kali.",
            "46 kali",
            "64 kali",
        ),
    ],
)
def test_a_count_names_its_indicator_without_the_measure_words(
    sentence: str, expected: str, actual: str
) -> None:
    assert _counted(sentence) == [[*_COUNTED_AT, expected, actual]]


@pytest.mark.parametrize(
    ("sentence", "extra"),
    [
        # the right figures
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 46 kali dari "
            "target 48 kali sampai dengan triwulan IV.",
            "",
        ),
        # a count in another unit is not the row's (kali, not dokumen)
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 44 dokumen s.d. triwulan IV.",
            "",
        ),
        # two rows named but for their measure words: neither is taken
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 44 kali s.d. triwulan IV.",
            "| 3 | Jumlah laporan pemantauan stok, pasokan dan harga pangan | laporan | 12 "
            "| 10 | 83,33 |",
        ),
        # a word of the name that is no measure word is still required
        ("Pemantauan pasokan pangan terlaksana 44 kali s.d. triwulan IV.", ""),
        # not carried out is no realisation
        (
            "Pemantauan stok, pasokan dan harga pangan tidak terlaksana 2 kali "
            "pada triwulan IV karena cuaca.",
            "",
        ),
    ],
)
def test_a_count_of_no_single_indicator_is_not_reported(
    sentence: str, extra: str
) -> None:
    assert _counted(sentence, extra) == []


# ------------------------------------------- a realisasi against a bare target

_PERCENT = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase balita gizi buruk yang mendapat perawatan | % | 90 | 85 | 94,44 |
| 2 | Jumlah posyandu aktif | unit | 120 | 110 | 91,67 |

{}
"""
_PERCENT_AT = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10]


def _percent(sentence: str) -> list[list[object]]:
    text = _PERCENT.format(sentence)
    assert text.splitlines()[_PERCENT_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the target printed without its %: the realisasi in the row's unit
        (
            "Persentase balita gizi buruk yang mendapat perawatan realisasi 83% "
            "dari target tahunan 90.",
            "85%",
            "83%",
        ),
        (
            "Persentase balita gizi buruk yang mendapat perawatan terealisasi 83% "
            "dari target 90, sedikit di bawah harapan.",
            "85%",
            "83%",
        ),
        # no target figure: the share of the target reached, the capaian
        (
            "Persentase balita gizi buruk yang mendapat perawatan realisasi 96,44% "
            "dari target tahunan.",
            "94,44%",
            "96,44%",
        ),
        # a target of the year 2024 is no target figure
        (
            "Persentase balita gizi buruk yang mendapat perawatan realisasi 96,44% "
            "dari target tahun 2024.",
            "94,44%",
            "96,44%",
        ),
    ],
)
def test_a_realisasi_against_a_bare_target_is_the_realisasi(
    sentence: str, expected: str, actual: str
) -> None:
    assert _percent(sentence) == [[*_PERCENT_AT, expected, actual]]


@pytest.mark.parametrize(
    "sentence",
    [
        # before, read as a capaian of 85% against the row's 94,44
        "Persentase balita gizi buruk yang mendapat perawatan realisasi 85% dari "
        "target tahunan 90.",
        "Persentase balita gizi buruk yang mendapat perawatan terealisasi 85% dari "
        "target 90 sampai dengan akhir tahun.",
        "Persentase balita gizi buruk yang mendapat perawatan realisasi 94,44% dari "
        "target tahunan.",
    ],
)
def test_a_right_realisasi_against_a_bare_target_is_not_reported(
    sentence: str,
) -> None:
    assert _percent(sentence) == []
