"""A kecamatan's annual LKjIP as pandoc exports it from Word to GitHub Markdown
(tests/probes/kecamatan-karangsono-2024.md): the tables with merged cells are raw
HTML (``<thead>`` rows with ``rowspan``/``colspan``, a sasaran merged down over its
two indikator, ``<p>`` paragraphs and ``<strong>`` inside cells, a JUMLAH merged
across No and Uraian), the staff table is a grid table (``+---+`` borders, Status
Kepegawaian over PNS / PPPK, a cell over two lines), and the Perjanjian Kinerja
attachment is an HTML table without ``<th>``. Before the text reader knew these
blocks, every table here was read as prose and none of its figures was checked.
Its planted errors are listed here; every other figure is right."""

from __future__ import annotations

from pathlib import Path

from conftest import compact, findings_for, stray_errors

PROBE = Path(__file__).parent / "probes" / "kecamatan-karangsono-2024.md"
SOURCE = "tests/probes/kecamatan-karangsono-2024.md"

PLANTED = [
    # 70% / 75% = 93,33%, printed 96,33 (the row below continues the merged sasaran)
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:2/col:capaian", 71]
    + ["93,33", "96,33"],
    # the text's 104,51% for the IKM; Tabel 3.1 prints 104,15
    ["text-figure-matches-table", "text/paragraph:16/sentence:1", 82]
    + ["104,15%", "104,51%"],
    # 8 Februari 2024 was a Thursday
    ["weekday-matches-date", "text/paragraph:17/sentence:1", 84, "Kamis", "Selasa"],
    # 34.400.000 − 32.875.500 = 1.524.500, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:9/col:sisa", 184]
    + ["1.524.500", "1.542.500"],
    # a kegiatan's realisasi with two digits swapped: its sub kegiatan, its sisa and
    # its % all say 58.120.000
    ["parent-equals-sum-of-children", "tabel-3.2/row:14/col:realisasi_anggaran"]
    + [223, "58.120.000", "58.210.000"],
    # the JUMLAH (merged across No and Uraian) of the realisasi, digits swapped
    ["total-row-equals-column-sum", "tabel-3.2/row:20/col:realisasi_anggaran", 270]
    + ["1.610.355.900", "1.610.535.900"],
    # grid table: 2 + 11 + 2 + 7 staff (and 16 PNS + 6 PPPK) make 22, printed 23
    ["total-row-equals-column-sum", "tabel-3.3/row:5/col:jumlah", 299, "22", "23"],
    # 31 February does not exist
    ["nip-well-formed", "text/nip:1", 312, None, "19780231 200312 1 005"],
]

# each planted error and the figure it replaced
REPAIRS = [
    ("<td>96,33</td>", "<td>93,33</td>"),
    ("capaiannya 104,51%", "capaiannya 104,15%"),
    ("hari Selasa tanggal 8 Februari", "hari Kamis tanggal 8 Februari"),
    ("<td>1.542.500</td>", "<td>1.524.500</td>"),
    ("<td>58.210.000</td>", "<td>58.120.000</td>"),
    ("1.610.535.900", "1.610.355.900"),
    ("| **23**    |", "| **22**    |"),
    ("19780231 200312", "19780221 200312"),
]


def _text() -> str:
    return PROBE.read_text(encoding="utf-8")


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(findings_for(_text(), source=SOURCE)) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(findings_for(_text(), source=SOURCE), PLANTED) == []


def test_the_repaired_report_is_clean() -> None:
    text = _text()
    for wrong, right in REPAIRS:
        assert text.count(wrong) == 1, wrong
        text = text.replace(wrong, right)
    assert compact(findings_for(text, source=SOURCE)) == []
