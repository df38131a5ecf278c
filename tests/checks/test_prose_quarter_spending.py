"""A quarter's spending quoted in a sentence is its quarter's column, or the total up to it.

"Realisasi anggaran Program X pada triwulan III sebesar Rp …" in a quarterly report
whose budget table splits the spending by quarter quotes the TW III column; it
was compared with the running total (``s.d. TW III``) alone, so a right quarter
figure was reported wrong. Reports also say "pada triwulan III" of the total up
to it, which stays a right reading; "s.d. triwulan III" names the total.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_REPORT = """# LAPORAN KINERJA TRIWULAN III BKPSDM KABUPATEN CONTOH TAHUN 2024

**Tabel 3.4 Realisasi Anggaran per Triwulan Tahun 2024**

| No | Program | Anggaran (Rp) | Realisasi TW I (Rp) | Realisasi TW II (Rp) | Realisasi TW III (Rp) | Realisasi s.d. TW III (Rp) |
|---|---|---:|---:|---:|---:|---:|
| 1 | Program Kepegawaian Daerah | 1.450.100.000 | 250.000.000 | 319.715.000 | 436.915.000 | 1.006.630.000 |

{}
"""
_AT = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 9]


def _found(sentence: str) -> list[list[object]]:
    text = _REPORT.format(sentence)
    assert text.splitlines()[_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    "sentence",
    [
        # the quarter's own spending
        "Realisasi anggaran Program Kepegawaian Daerah pada triwulan III sebesar "
        "Rp 436.915.000.",
        # the total up to the quarter, said loosely or as such
        "Realisasi anggaran Program Kepegawaian Daerah pada triwulan III sebesar "
        "Rp 1.006.630.000.",
        "Realisasi anggaran Program Kepegawaian Daerah s.d. triwulan III sebesar "
        "Rp 1.006.630.000.",
    ],
)
def test_a_quarter_s_spending_or_the_total_up_to_it_is_right(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_wrong_quarter_s_spending_is_told_its_quarter_s_figure() -> None:
    assert _found(
        "Realisasi anggaran Program Kepegawaian Daerah pada triwulan III sebesar "
        "Rp 463.915.000."
    ) == [[*_AT, "Rp 436.915.000", "Rp 463.915.000"]]


def test_a_wrong_total_up_to_the_quarter_is_told_the_total() -> None:
    assert _found(
        "Realisasi anggaran Program Kepegawaian Daerah s.d. triwulan III sebesar "
        "Rp 1.060.630.000."
    ) == [[*_AT, "Rp 1.006.630.000", "Rp 1.060.630.000"]]
