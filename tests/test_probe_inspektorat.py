"""A second report nobody here wrote the tool for
(tests/probes/inspektorat-sukamakmur-2024.txt): an Inspektorat's annual LKjIP in
plain text. Its performance table ends in a ``Kategori`` column ("Sangat Baik"),
has lower-is-better indicators (temuan berulang, waktu penyelesaian pengaduan),
a comparison table gives three years of realisasi beside the Renstra's end target
and no target for the year, and the budget table writes each program, kegiatan and
sub kegiatan with its official code in the name cell ("6.01.02.2.01.0003 Reviu
Laporan Kinerja"), numbered 1 … 26 in a No column. Its planted errors are listed
here; every other figure is right."""

from __future__ import annotations

from pathlib import Path

from lkjaudit.model.finding import Severity

from conftest import compact, findings_for, stray_errors

PROBE = Path(__file__).parent / "probes" / "inspektorat-sukamakmur-2024.txt"
SOURCE = "tests/probes/inspektorat-sukamakmur-2024.txt"

PLANTED = [
    # (SPIP 3,62 over a target of 3,5 is only 103,43% of it: no warning)
    # 86,4 / 90 = 96,00%, printed 96,60
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:5/col:capaian", 68]
    + ["96,00", "96,60"],
    # the text quotes SPIP's capaian as 104,34%; Tabel 3.1 prints 103,43
    ["text-figure-matches-table", "text/paragraph:20/sentence:1", 71]
    + ["103,43%", "104,34%"],
    # Tabel 3.2 gives SAKIP 2024 as 68,51; Tabel 3.1 as 68,15 (its 2022 and 2023
    # columns and the Renstra's 2026 target are no copies of this year's figures)
    ["figure-same-in-every-table", "tabel-3.2/row:2/col:realisasi", 79]
    + ["68,15 nilai", "68,51 nilai"],
    # kegiatan 6.01.01.2.06's pagu, digits swapped; its realisasi, sisa and % are
    # right for 251.750.000, so none of them is reported (nor spending above pagu)
    ["parent-equals-sum-of-children", "tabel-3.3/row:8/col:anggaran", 99]
    + ["251.750.000", "215.750.000"],
    # 521.460.250 / 538.900.000 = 96,76%
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.3/row:16/col:persen_anggaran", 107, "96,76", "97,66"],
    # 724.800.000 − 689.350.000, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:18/col:sisa", 109]
    + ["35.450.000", "35.540.000"],
    # a misplaced separator, repaired by its parent and by pagu − sisa
    ["number-well-formed", "tabel-3.3/row:19/col:realisasi_anggaran", 110]
    + ["139.825.000", "13.9825.000"],
    # JUMLAH realisasi, two digits swapped (its % and sisa are right)
    ["total-row-equals-column-sum", "tabel-3.3/row:27/col:realisasi_anggaran", 118]
    + ["8.341.325.426", "8.314.325.426"],
]


def test_every_planted_error_is_found_and_nothing_else() -> None:
    # (the legend "Baik (85% ≤ capaian < 100%)" quotes no figure: its bounds are
    # not looked for in the tables)
    found = findings_for(PROBE.read_text(encoding="utf-8"), source=SOURCE)
    assert compact(found) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    found = findings_for(PROBE.read_text(encoding="utf-8"), source=SOURCE)
    assert stray_errors(found, PLANTED) == []


def test_the_sentences_naming_a_coded_program_and_a_sisa_are_right() -> None:
    # "Realisasi anggaran Program Penyelenggaraan Pengawasan sebesar Rp 2.052.825.750
    # atau 96,30% dari pagu Rp 2.131.750.000" is the program's row (written
    # "6.01.02 PROGRAM …" in the table), not the JUMLAH; "Sisa anggaran … Penyediaan
    # Gaji dan Tunjangan ASN sebesar Rp 133.435.850" is that row's sisa, not its pagu
    found = findings_for(
        PROBE.read_text(encoding="utf-8"), source=SOURCE, select=("text-figure-*",)
    )
    assert [f.location.line for f in found if f.severity == Severity.ERROR] == [71]
