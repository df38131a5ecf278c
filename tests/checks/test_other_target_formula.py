"""A capaian off both targets is told the other target's figure by its own formula.

In a triwulan table printing ``Target 2025`` beside ``Target TW III``, a capaian
that fits neither is told the figure of the table's target and, beside it, the
other target's, computed by the formula the row is judged by: target /
realisasi in a table whose lower-is-better rows print that, not 2 − realisasi /
target.
"""

from __future__ import annotations

from conftest import compact, findings_for

CAPAIAN = "capaian-equals-realisasi-over-target"

REPORT = """# LAPORAN KINERJA KECAMATAN WATUGEDE TRIWULAN III TAHUN 2025

**Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2025**

| No | Indikator Kinerja | Satuan | Target 2025 | Target TW III | Realisasi s.d. TW III | Capaian (%) |
|---|---|---|---:|---:|---:|---:|
| 1 | Jumlah pelanggaran Perda dan Perkada | kasus | 16 | 12 | 9 | {first} |
| 2 | Jumlah UMKM yang dibina | UMKM | 40 | 30 | 27 | 90,00 |
| 3 | Jumlah pengaduan masyarakat | pengaduan | 20 | 10 | 8 | {fourth} |
"""


def _found(first: str, fourth: str) -> list:
    text = REPORT.format(first=first, fourth=fourth)
    return findings_for(text, select=(CAPAIAN,), source="t.md", lang="en")


def test_the_other_targets_figure_follows_the_rows_formula() -> None:
    # the pengaduan row prints 10 / 8 = 125,00 (target / realisasi, against the
    # quarter's target): 140,00 should be 12 / 9 = 133,33, and against the
    # year's target 16 / 9 = 177,78 (not 2 − 9 / 16 = 143,75)
    found = _found("140,00", "125,00")
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 7] + ["133,33", "140,00"]
    ]
    assert found[0].message == (
        "Achievement 140,00; expected 133,33 (Target TW III / Realisasi s.d. TW "
        "III (lower is better) = 12 kasus / 9 kasus; or 125,00 if computed as 2 − "
        "Realisasi s.d. TW III / Target TW III (lower is better); or 177,78 if "
        "computed against Target 2025)"
    )


def test_in_a_table_of_two_minus_the_other_target_is_two_minus() -> None:
    # the pengaduan row prints 2 − 8 / 10 = 120,00: 140,00 should be 2 − 9 / 12
    # = 125,00, and against the year's target 2 − 9 / 16 = 143,75
    found = _found("140,00", "120,00")
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 7] + ["125,00", "140,00"]
    ]
    assert found[0].message.endswith("; or 143,75 if computed against Target 2025)")
