"""realisasi-stated: a target stated is a realisation owed."""

from __future__ import annotations

from conftest import compact, findings_for

RULE = ("realisasi-stated",)

YEARS = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.4 Perbandingan Capaian Kinerja Tahun 2023 dan 2024

No\tIndikator\tTarget 2024\tRealisasi 2023\tRealisasi 2024\tCapaian 2024
1\tPersentase desa tertib administrasi\t90%\t78%\t81%\t90%
2\tJumlah inovasi pelayanan (indikator baru 2024)\t2 inovasi\t\t2 inovasi\t100%
"""

MERGED = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.2 Capaian Sasaran Strategis Tahun 2024

| No | Sasaran Strategis | Indikator | Target | Realisasi | Capaian |
|---|---|---|---|---|---|
| 1 | Meningkatnya tertib administrasi desa | Persentase desa tertib administrasi | 90% | 81% | 90% |
| 2 | Meningkatnya partisipasi masyarakat | Jumlah musyawarah desa | 10 kali | | |
"""


def test_last_year_s_empty_realisation_is_not_this_year_s() -> None:
    # a new indicator has no realisation for 2023: the 2024 one is what is owed
    assert compact(findings_for(YEARS, select=RULE)) == []


def test_an_empty_realisation_in_a_markdown_table_is_pointed_out() -> None:
    (found,) = findings_for(MERGED, select=RULE, source="t.md", lang="id")
    assert compact([found]) == [
        ["realisasi-stated", "tabel-3.2/row:2/col:realisasi", 8, None, None]
    ]
    assert found.message == (
        "Target 10 kali tanpa realisasi: sel realisasi kosong dan tidak ada keterangan"
    )
    assert [r.ref for r in found.related] == ["tabel-3.2/row:2/col:target"]
