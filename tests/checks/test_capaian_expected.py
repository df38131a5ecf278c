"""A capaian's expected figure is what the printed figures give, written out."""

from __future__ import annotations

from conftest import compact, findings_for

TABLE = """\
# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Utama**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Angka Kematian Bayi | per 1.000 KH | 8,5 | 7,9 | {akb} |
| 2 | Persentase balita ditimbang | % | 80 | 84 | 105,00 |
"""
RULE = ("capaian-equals-realisasi-over-target",)


def test_the_expected_capaian_is_the_printed_figures_result() -> None:
    # 2 − 7,9 / 8,5 = 107,06 (the midpoint of its rounding interval is 107,05);
    # the message writes the formula out with its figures
    found = findings_for(TABLE.format(akb="110,00"), select=RULE, source="t.md")
    assert compact(found) == [
        [RULE[0], "tabel-3.1/row:1/col:capaian", 7, "107,06", "110,00"]
    ]
    assert found[0].message == (
        "Capaian 110,00, seharusnya 107,06 (2 − Realisasi / Target (indikator"
        " negatif) = 2 − 7,9 / 8,5; atau 107,59 bila dihitung Target / Realisasi"
        " (indikator negatif))"
    )


def test_either_lower_is_better_formula_s_print_passes() -> None:
    for printed in ("107,06", "107,59"):
        assert findings_for(TABLE.format(akb=printed), select=RULE, source="t.md") == []
