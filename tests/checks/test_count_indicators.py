"""A count of indicators is judged when the sentence says which: the unit's key
indicators (*indikator kinerja utama*, *IKU*) or how many there are (*dari 3
indikator*), against a table that lists its indicators."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

REPORT = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pendapatan asli daerah\tPersentase realisasi PAD\t%\t100\t104,00\t104,00
2\tMeningkatnya kualitas pelayanan pajak\tIndeks Kepuasan Masyarakat\tindeks\t82,00\t84,35\t102,87
3\tMeningkatnya akuntabilitas kinerja Badan\tNilai SAKIP Badan\tnilai\t75,00\t73,50\t98,00

{sentence}
"""
RULE = ("count-claim-holds",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dari 3 indikator, 3 indikator capaiannya minimal 100%.", ["2", "3"]),
        ("Dari 3 indikator, 2 indikator capaiannya minimal 100%.", None),
        ("Sebanyak 3 indikator kinerja utama capaiannya di atas 100%.", ["2", "3"]),
        ("Sebanyak 2 IKU capaiannya di atas 100%.", None),
        (
            "Terdapat 3 indikator dari 3 indikator yang capaiannya di atas 100%.",
            ["2", "3"],
        ),
        # indicators of what? the sentence does not say: not judged
        ("Sebanyak 3 indikator capaiannya di atas 100%.", None),
    ],
)
def test_a_count_of_indicators(sentence: str, expected: list[str] | None) -> None:
    found = findings_for(REPORT.format(sentence=sentence), select=RULE)
    assert [f[3:] for f in compact(found)] == ([expected] if expected else [])


MEAN_ROW = REPORT.replace(
    "{sentence}", "\t\tRata-rata Capaian\t\t\t\t101,62\n\n{sentence}"
).replace("\n\n\t\tRata", "\n\t\tRata")


@pytest.mark.parametrize("report", [REPORT, MEAN_ROW], ids=["plain", "mean-row"])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dari 3 indikator kinerja utama, sebanyak 3 indikator mencapai atau "
            "melampaui target.",
            ["2", "3"],
        ),
        (
            "Dari 3 indikator kinerja utama, sebanyak 2 indikator mencapai atau "
            "melampaui target.",
            None,
        ),
        ("Dari 3 indikator, 1 indikator belum mencapai target.", None),
        ("Dari 3 indikator, 2 indikator belum mencapai target.", ["1", "2"]),
    ],
)
def test_a_count_of_indicators_that_met_their_target(
    report: str, sentence: str, expected: list[str] | None
) -> None:
    text = report.format(sentence=sentence)
    found = findings_for(text, select=RULE)
    assert [f[3:] for f in compact(found)] == ([expected] if expected else [])
    # the words counted say nothing of one row: no claim on a row's capaian
    quality = ("qualitative-claim-agrees-with-figures",)
    assert findings_for(text, select=quality) == []


STATED = """# LAPORAN KINERJA DINAS PENDIDIKAN TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|----|-------------------|--------|-------:|----------:|------------:|
| 1 | Angka Partisipasi Kasar (APK) PAUD | % | 78,50 | 80,12 | 102,06 |
| 2 | Persentase ruang kelas SD dalam kondisi rusak berat | % | 12,00 | 10,35 | {c2} |
| 3 | Angka Partisipasi Murni (APM) SD/MI | % | 98,00 | 97,45 | 99,44 |

Keterangan: capaian Persentase ruang kelas SD dalam kondisi rusak berat dihitung dengan rumus (2 - realisasi/target) x 100%, karena semakin kecil semakin baik.

Dari 3 indikator kinerja utama, sebanyak {n} indikator mencapai atau melampaui target.
"""


@pytest.mark.parametrize("c2", ["113,75", "113,57"])
def test_each_indicator_counts_at_the_capaian_its_formula_gives(c2: str) -> None:
    # 2 − 10,35 / 12 = 113,75: the stated formula, not 10,35 / 12 = 86,25
    text = STATED.format(c2=c2, n="2")
    assert findings_for(text, select=RULE) == []
    found = findings_for(STATED.format(c2=c2, n="3"), select=RULE)
    assert [f[3:] for f in compact(found)] == [["2", "3"]]
