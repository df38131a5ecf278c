"""An amount said to be a part of a budget is no claim on the budget's line."""

from __future__ import annotations

import pytest

from conftest import SPENDING_BY_KIND, compact, findings_for

_TEXT = "LAPORAN KINERJA KECAMATAN SUKAREJA TAHUN 2024\n" + SPENDING_BY_KIND + "\n{}\n"
_SELECT = ("text-figure-*",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dari anggaran Belanja Barang dan Jasa, sebesar Rp 12.500.000,- dimanfaatkan"
        " untuk pengadaan meja dan kursi kerja pegawai.",
        "Untuk membiayai perjalanan dinas dalam rangka monitoring desa telah"
        " dibelanjakan Rp 4.200.000,-.",
        "Anggaran Belanja Barang dan Jasa sebagian besar yaitu Rp 30.000.000,-"
        " diperuntukkan bagi honorarium Satlinmas.",
    ],
)
def test_a_part_of_a_budget_is_no_claim_on_its_line(sentence: str) -> None:
    assert findings_for(_TEXT.format(sentence), select=_SELECT) == []


def test_the_line_s_own_amount_is_still_compared() -> None:
    sentence = (
        "Anggaran Belanja Barang dan Jasa sebesar Rp 574.450.000 digunakan untuk"
        " pengadaan alat tulis kantor."
    )
    assert compact(findings_for(_TEXT.format(sentence), select=_SELECT)) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 11]
        + ["Rp 547.450.000", "Rp 574.450.000"]
    ]
