"""A count of staff an agency's indicator measures is the indicator's, not the staff held.

A BKPSDM counts ASN in almost every indicator ("sebanyak 440 orang ASN telah
mengikuti pengembangan kompetensi atau 73,33% dari target tahunan 600 orang"):
a sentence that measures its count against a target quotes the indicator's
realisasi or target, and is compared with the indicator's row. A sentence on the
staff held names no target and is still compared with the staff table.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_TEXT = ("text-count-*", "text-figure-*")

_REPORT = """# LAPORAN KINERJA BKPSDM KABUPATEN CONTOH TAHUN 2024

**Tabel 2.1 Jumlah Pegawai menurut Status**

| No | Unit Kerja | PNS | PPPK | Jumlah |
|---|---|---:|---:|---:|
| 1 | Sekretariat | 20 | 4 | 24 |
| 2 | Bidang Pengembangan Kompetensi | 10 | 4 | 14 |
| | JUMLAH | 30 | 8 | 38 |

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Jumlah ASN yang mengikuti pengembangan kompetensi | orang | 600 | 440 | 73,33 |
| 2 | Jumlah ASN yang dinilai kinerjanya melalui e-Kinerja | orang | 5.200 | 3.860 | 74,23 |

{}
"""


def _text(sentence: str) -> list[list[object]]:
    return compact(findings_for(_REPORT.format(sentence), select=_TEXT))


def test_a_count_against_a_target_is_compared_with_the_indicator() -> None:
    # it was read as the staff held (ASN) and told the staff table's 38
    found = _text(
        "Jumlah ASN yang mengikuti pengembangan kompetensi mencapai 450 orang "
        "dari target 600 orang."
    )
    assert found == [
        ["text-figure-matches-table", "text/paragraph:4/sentence:1", 18]
        + ["440 orang", "450 orang"]
    ]


def test_the_people_a_service_was_done_to_are_its_count_reached() -> None:
    found = _text(
        "Jumlah ASN yang dinilai kinerjanya melalui e-Kinerja, penilaian telah "
        "dilakukan terhadap 3.680 orang dari target 5.200 orang."
    )
    assert found == [
        ["text-figure-matches-table", "text/paragraph:4/sentence:1", 18]
        + ["3.860 orang", "3.680 orang"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the indicator's own figures, quoted right: nothing, and no note that a
        # staff table lacks them
        "Sebanyak 440 orang ASN telah mengikuti pengembangan kompetensi atau "
        "73,33% dari target tahunan 600 orang.",
        "Jumlah ASN yang dinilai kinerjanya melalui e-Kinerja, penilaian telah "
        "dilakukan terhadap 3.860 orang dari target 5.200 orang.",
    ],
)
def test_an_indicator_s_right_count_of_staff_is_no_finding(sentence: str) -> None:
    assert _text(sentence) == []


def test_the_staff_held_are_still_compared_with_the_staff_table() -> None:
    found = _text("Jumlah pegawai BKPSDM sebanyak 39 orang ASN.")
    assert found == [
        ["text-count-matches-table", "text/paragraph:4/sentence:1", 18]
        + ["38 orang", "39 orang"]
    ]
