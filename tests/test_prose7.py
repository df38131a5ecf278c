"""A contrast opens a clause with a subject of its own.

"Nilai Tukar Petani sebesar 105,62 …, sedangkan Nilai SAKIP sebesar 70,85 belum
mencapai target 72,00": the figures and the claim after *sedangkan* (*sementara*,
*namun*, *adapun*, ";") are Nilai SAKIP's, the row that clause names, never the
earlier clause's. A row whose name ends in the unit's ("Nilai SAKIP Dinas
Pertanian dan Ketahanan Pangan") is named there by its words before the unit.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_REPORT = """# LAPORAN KINERJA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Skor Pola Pangan Harapan (PPH) | skor | 88,50 | 86,90 | 98,19 |
| 2 | Nilai Tukar Petani (NTP) | indeks | 104,00 | 105,62 | 101,56 |
| 3 | Nilai SAKIP Dinas Pertanian dan Ketahanan Pangan | nilai | 72,00 | 70,85 | 98,40 |
| 4 | Persentase desa rawan pangan | % | 6,50 | 5,98 | 108,00 |

{sentence}
"""
_AT = ["text/paragraph:3/sentence:1", 12]
_FIGURES = "text-figure-matches-table"
_CLAIM = "qualitative-claim-agrees-with-figures"


def _findings(sentence: str) -> list[list[object]]:
    text = _REPORT.format(sentence=sentence)
    assert text.splitlines()[_AT[1] - 1] == sentence
    return compact(findings_for(text, select=(f"{_FIGURES}*", f"{_CLAIM}*")))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the realisasi in the second clause, of the row that clause names by
        # its words before the unit
        (
            "Nilai Tukar Petani sebesar 105,62 menunjukkan daya beli petani yang "
            "membaik, sedangkan Nilai SAKIP sebesar 71,85 belum mencapai target 72,00.",
            [[_FIGURES, *_AT, "70,85", "71,85"]],
        ),
        # its target
        (
            "Nilai Tukar Petani sebesar 105,62 menunjukkan daya beli petani yang "
            "membaik, sedangkan Nilai SAKIP sebesar 70,85 belum mencapai target 73,00.",
            [[_FIGURES, *_AT, "72,00", "73,00"]],
        ),
        # a target said reached of the row the clause names (98,40%)
        (
            "Nilai Tukar Petani sebesar 105,62 menunjukkan daya beli petani yang "
            "membaik, namun Nilai SAKIP sebesar 70,85 telah mencapai target.",
            [[_CLAIM, *_AT, "98,40%", "mencapai target"]],
        ),
        # a clause naming its row in full, after ";"
        (
            "Nilai Tukar Petani mencapai 105,62; realisasi persentase desa rawan pangan "
            "sebesar 6,98%.",
            [[_FIGURES, *_AT, "5,98%", "6,98%"]],
        ),
        # a contrast that names no row of its own still speaks of the earlier one
        (
            "Nilai Tukar Petani ditargetkan sebesar 104,00, sementara realisasinya "
            "sebesar 106,62.",
            [[_FIGURES, *_AT, "105,62", "106,62"]],
        ),
    ],
)
def test_a_contrast_clause_figure_is_of_the_row_it_names(
    sentence: str, expected: list[list[object]]
) -> None:
    assert _findings(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the right figures in both clauses
        "Nilai Tukar Petani sebesar 105,62 menunjukkan daya beli petani yang "
        "membaik, sedangkan Nilai SAKIP sebesar 70,85 belum mencapai target 72,00.",
        "Nilai Tukar Petani sebesar 105,62 telah melampaui target, adapun Nilai "
        "SAKIP sebesar 70,85 belum mencapai target 72,00.",
        "Skor PPH sebesar 86,90; sementara Nilai SAKIP mencapai 70,85 dari target "
        "72,00.",
        # a target missed by the clause's row, not by the earlier one's
        "Nilai Tukar Petani sebesar 105,62, namun Nilai SAKIP belum mencapai target.",
    ],
)
def test_right_figures_in_contrasting_clauses_give_nothing(sentence: str) -> None:
    assert _findings(sentence) == []
