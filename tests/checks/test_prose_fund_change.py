"""Figures the text quotes that restate no row: a named transfer's money, a change.

"Alokasi Dana Desa untuk Program X terealisasi Rp …" is the fund's, not the
programme's spending; "capaian naik sebesar 2%" is how much a level changed, not
the level.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_SELECT = ("text-figure-*",)

_REPORT = """# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---:|---:|---:|
| 1 | Meningkatnya kualitas pelayanan perizinan | Persentase izin terbit tepat waktu | % | 80 | 76 | 95,00 |
| 2 | Meningkatnya kepuasan masyarakat | Indeks kepuasan masyarakat | nilai | 80 | 82 | 102,50 |

**Tabel 3.2 Realisasi Anggaran per Program Tahun 2024**

| No | Program | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---:|---:|---:|
| 1 | Program Pemberdayaan Masyarakat Desa | 500.000.000 | 450.000.000 | 90,00 |
| 2 | Program Penataan Desa | 300.000.000 | 270.000.000 | 90,00 |
| | JUMLAH | 800.000.000 | 720.000.000 | 90,00 |

{}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Alokasi Dana Desa untuk Program Pemberdayaan Masyarakat Desa terealisasi"
        " Rp 1.250.000.000.",
        "Dana Desa untuk Program Penataan Desa terealisasi sebesar Rp 2.100.000.000"
        " atau 95,00%.",
        "Realisasi Dana Alokasi Khusus pada Program Penataan Desa sebesar"
        " Rp 125.000.000.",
    ],
)
def test_a_named_transfer_s_money_is_no_programme_s_budget(sentence: str) -> None:
    assert findings_for(_REPORT.format(sentence), select=_SELECT, source="t.md") == []


def test_the_programme_s_own_spending_is_still_compared() -> None:
    sentence = (
        "Anggaran Program Penataan Desa terealisasi sebesar Rp 2.100.000.000"
        " atau 95,00%."
    )
    assert compact(
        findings_for(_REPORT.format(sentence), select=_SELECT, source="t.md")
    ) == [
        ["text-figure-matches-table", "text/paragraph:4/sentence:1", 18]
        + ["Rp 270.000.000", "Rp 2.100.000.000"],
        ["text-figure-matches-table", "text/paragraph:4/sentence:1", 18]
        + ["90,00%", "95,00%"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Terjadi kenaikan capaian sebesar 2% pada persentase izin terbit tepat waktu.",
        "Capaian persentase izin terbit tepat waktu meningkat sebanyak 2%.",
        "Capaian persentase izin terbit tepat waktu mengalami penurunan 2,5%.",
        "Persentase izin terbit tepat waktu mengalami peningkatannya sebesar 1,5%.",
        "Capaian persentase izin terbit tepat waktu naik sebesar 2%.",
        "Persentase izin terbit tepat waktu meningkat 1,5% dibandingkan tahun lalu.",
    ],
)
def test_a_change_in_percent_is_no_level(sentence: str) -> None:
    assert findings_for(_REPORT.format(sentence), select=_SELECT, source="t.md") == []


def test_the_level_a_change_reached_is_still_compared() -> None:
    sentence = (
        "Capaian persentase izin terbit tepat waktu mengalami kenaikan sebesar 2%"
        " sehingga mencapai 97%."
    )
    assert compact(
        findings_for(_REPORT.format(sentence), select=_SELECT, source="t.md")
    ) == [
        ["text-figure-matches-table", "text/paragraph:4/sentence:1", 18]
        + ["95%", "97%"]
    ]
