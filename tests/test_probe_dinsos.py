"""A Dinas Sosial's annual LKjIP in Markdown nobody here wrote the tool for
(tests/probes/dinsos-karangjati-2024.md), laid out unlike the other probes: tables
numbered by chapter in roman (``Tabel III.3``) with bold captions, an indicator
table whose sasaran are heading rows of their own (``A | Menurunnya jumlah PMKS``,
right under the header) and a ``Rata-rata Capaian`` row under the last indicator,
lower-is-better indicators (persentase PMKS, jumlah aduan) whose formula a sentence
states, a two-year comparison headed by bare years (``2023 | 2024``), a budget tree
with no No or Kode column (program in capitals, sub kegiatan in italics, names from
the 2021 nomenclature for urusan sosial 1.06) whose budget is called ``Alokasi``,
``Rp`` in every rupiah cell and a ``TOTAL`` row, an efficiency table with Realisasi
before Pagu, staff by status with a ``Jumlah`` row, and sentences quoting the
tables. Its planted errors are listed here; every other figure is right.
"""

from __future__ import annotations

from pathlib import Path

from lkjaudit.model.finding import Finding

from conftest import compact, findings_for, stray_errors

PROBE = Path(__file__).parent / "probes" / "dinsos-karangjati-2024.md"
SOURCE = "tests/probes/dinsos-karangjati-2024.md"

# every planted error, each with the finding expected
FOUND = [
    # staff: Pelaksana, PNS 21 + PPPK 7 + Non ASN 12, Jumlah printed 41 (the
    # Jumlah row's 73 is right for the rows as they should be)
    ["row-total-equals-sum-of-categories", "tabel-I.1/row:3/col:jumlah", 38]
    + ["40", "41"],
    # the text's 38 PNS; Tabel I.1's Jumlah row gives 36
    ["text-count-matches-table", "text/paragraph:14/sentence:1", 42]
    + ["36 orang", "38 orang"],
    # 76,25 / 80,00 = 95,31, two digits swapped (the sasaran heading above the
    # first indicator is a row of the table: the row numbers count it)
    ["capaian-equals-realisasi-over-target", "tabel-III.1/row:4/col:capaian", 90]
    + ["95,31", "93,51"],
    # the mean of the seven capaian (the third at its right 95,31) is
    # 728,72 / 7 = 104,10; the printed 101,40 is neither it nor the mean of the
    # capaian as printed (103,85), nor any other accepted reading of the mean
    ["average-row-equals-mean-of-rows", "tabel-III.1/row:11/col:capaian", 97]
    + ["104,10", "101,40"],
    # the text's capaian of the bantuan sosial indicator, digits swapped
    ["text-figure-matches-table", "text/paragraph:23/sentence:2", 101]
    + ["102,82%", "102,28%"],
    # the comparison gives the DTKS indicator's 2024 realisasi as 93,57; Tabel
    # III.1 as 93,75, which its capaian (93,75 / 90 = 104,17) bears out: its
    # columns are headed by bare years, the caption says they hold realisasi
    ["figure-same-in-every-table", "tabel-III.2/row:5/col:realisasi", 116]
    + ["93,75%", "93,57%"],
    # 32.750.000 − 31.980.500 = 769.500, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-III.3/row:4/col:sisa", 132]
    + ["Rp 769.500", "Rp 796.500"],
    # a kegiatan's alokasi; its two sub kegiatan, its program, its sisa and %
    # all give 369.250.000
    ["parent-equals-sum-of-children", "tabel-III.3/row:11/col:anggaran", 139]
    + ["Rp 369.250.000", "Rp 396.250.000"],
    # a letter O for a zero, repaired by the parent and realisasi + sisa
    ["number-well-formed", "tabel-III.3/row:16/col:anggaran", 144]
    + ["Rp 1.205.000.000", "Rp 1.2O5.000.000"],
    # TOTAL realisasi, two digits swapped (the text quotes the right sum)
    ["total-row-equals-column-sum", "tabel-III.3/row:29/col:realisasi_anggaran"]
    + [157, "Rp 10.100.473.800", "Rp 10.100.743.800"],
    # the text's realisasi of Program Rehabilitasi Sosial, digits swapped ("Program
    # X dengan alokasi Rp … terealisasi sebesar Rp …": the alokasi is its budget)
    ["text-figure-matches-table", "text/paragraph:29/sentence:2", 162]
    + ["Rp 1.697.379.000", "Rp 1.697.739.000"],
    # efisiensi = capaian − serapan = 102,82 − 97,31 = 5,51
    ["efisiensi-follows-table-formula", "tabel-III.4/row:2/col:efisiensi", 176]
    + ["5,51", "5,15"],
]

PLANTED = sorted(FOUND, key=lambda e: int(str(e[2])))


def _findings() -> list[Finding]:
    return findings_for(PROBE.read_text(encoding="utf-8"), source=SOURCE)


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(_findings()) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    # "Persentase keluarga miskin yang datanya dimutakhirkan dalam DTKS" (90,00,
    # 93,75, 104,17) is a service done to the poor: more is better
    assert stray_errors(_findings(), PLANTED) == []
