"""A sentence may name a row by the short name its name gives in brackets.

"Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)" is named "BPHTB" in the
text; "Realisasi BPHTB … 112,89% dari target" quotes that row's capaian, not the
row an earlier sentence named.
"""

from __future__ import annotations

import pytest

from lkjaudit.checks.quotes import _alias

from conftest import compact, findings_for

REPORT = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

Tabel 3.3 Target dan Realisasi Pajak Daerah Tahun 2024

No\tJenis Pajak Daerah\tTarget Pendapatan (Rp)\tRealisasi Pendapatan (Rp)\tCapaian (%)
1\tPBJT atas Tenaga Listrik\t32.000.000.000\t33.415.870.250\t104,42
2\tBea Perolehan Hak atas Tanah dan Bangunan (BPHTB)\t16.000.000.000\t17.902.365.700\t111,89
3\tPajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)\t21.000.000.000\t19.954.200.000\t95,02
\tJUMLAH\t69.000.000.000\t71.272.435.950\t103,29

{text}
"""
RULES = ("text-figure-*",)


@pytest.mark.parametrize(
    "text",
    [
        "Realisasi BPHTB sebesar Rp 17.902.365.700 atau 111,89% dari target.",
        "PBJT atas Tenaga Listrik memberikan kontribusi terbesar. Realisasi BPHTB "
        "sebesar Rp 17.902.365.700 atau 111,89% dari target.",
        "Capaian PBB-P2 sebesar 95,02%.",
    ],
)
def test_a_row_named_by_its_short_name_is_compared(text: str) -> None:
    assert findings_for(REPORT.format(text=text), select=RULES) == []


def test_a_wrong_figure_of_a_row_named_by_its_short_name_is_told_that_rows() -> None:
    text = (
        "PBJT atas Tenaga Listrik memberikan kontribusi terbesar. Realisasi BPHTB "
        "sebesar Rp 17.902.365.700 atau 112,89% dari target."
    )
    found = findings_for(REPORT.format(text=text), select=RULES)
    assert [f[0:1] + f[2:] for f in compact(found)] == [
        ["text-figure-matches-table", 11, "111,89%", "112,89%"]
    ]
    assert "Tabel 3.3 baris 2" in found[0].message


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)", [{"bphtb"}]),
        ("Bed Occupancy Rate (BOR)", [{"bor"}]),
        (
            "Angka Kematian Bersih (Net Death Rate/NDR)",
            [{"ndr"}, {"net", "death", "rate"}],
        ),
        ("Realisasi (Rp)", []),  # a unit, not another name
        ("Indeks Kepuasan Masyarakat (IKM) dan (SKM)", []),  # two short names: neither
        ("Waktu tanggap (response time)", []),  # words in lower case: a gloss only
    ],
)
def test_the_other_names_in_brackets(name: str, alias: list[set[str]]) -> None:
    assert [set(a) for a in _alias(name)] == alias


MEAN = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pendapatan asli daerah\tPersentase realisasi PAD terhadap target\t%\t100\t104,00\t104,00
2\tMeningkatnya akuntabilitas kinerja Badan\tNilai SAKIP Badan Pendapatan Daerah\tnilai\t75,00\t73,50\t98,00
\t\tRata-rata Capaian\t\t\t\t101,00

Capaian rata-rata seluruh indikator kinerja utama sebesar 101,00%. {text}
"""


@pytest.mark.parametrize("figure", ["104,00", "105,00"])
def test_a_means_row_is_no_subject_a_later_sentence_goes_on_with(figure: str) -> None:
    text = f"Realisasi PAD mencapai Rp 218.160.597.830 atau {figure}% dari target."
    found = findings_for(MEAN.format(text=text), select=RULES)
    assert [f for f in compact(found) if f[0] == "text-figure-matches-table"] == []


RSUD = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja

No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tAngka infeksi nosokomial (HAIs)\t%\t1,5\t0,92\t138,67
2\tAngka Kematian Bersih (Net Death Rate/NDR)\tpermil\t25\t27,6\t89,60

Untuk indikator Angka infeksi nosokomial dan Angka Kematian Bersih digunakan rumus (2 − realisasi/target) × 100%.

Angka infeksi nosokomial sebesar 0,92% dengan capaiannya 138,67%. Sebaliknya, Net Death Rate sebesar 27,6 per mil dengan capaian {capaian}%.
"""


@pytest.mark.parametrize(
    ("capaian", "expected"),
    [
        ("89,60", []),
        ("98,60", [["text-figure-matches-table", 11, "89,60%", "98,60%"]]),
    ],
)
def test_a_row_named_in_another_language_is_that_row(
    capaian: str, expected: list[list[object]]
) -> None:
    found = findings_for(RSUD.format(capaian=capaian), select=RULES)
    assert [[f[0], *f[2:]] for f in compact(found)] == expected
    if found:
        assert "baris 2" in found[0].message
