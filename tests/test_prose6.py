"""Gaps in the sentence reader: measure words taken as said.

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
