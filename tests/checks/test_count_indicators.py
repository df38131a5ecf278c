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
