"""Tables ruled only across: horizontal lines and no vertical ones, their names
wrapping onto two or three lines (the fixtures are written by
``scripts/make_ruled_across.py``, as a Word table with a "horizontal borders only"
style prints). Before, no grid was found in them and their figures were read as
prose, unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report, read_report

from conftest import compact

FIXTURES = Path(__file__).parent / "fixtures"

HEADER = [
    "No",
    "Program/Kegiatan/Sub Kegiatan",
    "Anggaran (Rp)",
    "Realisasi (Rp)",
    "Sisa (Rp)",
    "Serapan (%)",
]
ROWS = [
    ["1", "Penyediaan Gaji dan Tunjangan ASN", "2.846.320.000", "2.739.518.400"]
    + ["106.801.600", "96,25"],
    ["2", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "45.600.000"]
    + ["43.250.000", "2.350.000", "94,85"],
    ["3", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "38.400.000"]
    + ["37.270.000", "1.130.000", "97,06"],
    ["4", "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", "24.000.000"]
    + ["23.520.000", "480.000", "98,00"],
    ["5", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "62.500.000"]
    + ["58.940.250", "3.559.750", "94,30"],
]
MORE = [
    ["6", "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "18.750.000"]
    + ["18.100.000", "650.000", "96,53"],
    ["7", "Pemeliharaan Kendaraan Dinas Operasional atau Lapangan", "55.000.000"]
    + ["52.815.000", "2.185.000", "96,03"],
    ["8", "Pemeliharaan Peralatan dan Mesin Lainnya", "12.600.000"]
    + ["12.150.000", "450.000", "96,43"],
    ["9", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "21.300.000"]
    + ["20.940.000", "360.000", "98,31"],
    ["10", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar"]
    + ["16.800.000", "16.420.000", "380.000", "97,74"],
]
# the sisa of the third row in ruled-rows.pdf: 38.400.000 - 37.270.000 is 1.130.000
PLANTED = ["3", *ROWS[2][1:4], "1.310.000", "97,06"]


def _cells(name: str) -> list[list[str]]:
    (table,) = read_report(str(FIXTURES / name)).tables
    return [[c.text for c in row.cells] for row in table.rows]


def _where(name: str) -> list[tuple[int | None, int | None]]:
    (table,) = read_report(str(FIXTURES / name)).tables
    return [(row.cells[2].page, row.cells[2].line) for row in table.rows]


def test_a_rule_under_every_row_makes_each_band_a_row() -> None:
    assert _cells("ruled-rows.pdf") == [HEADER, *ROWS[:2], PLANTED, *ROWS[3:]]
    # each row at its first text line: the header wraps onto lines 5-6
    assert _where("ruled-rows.pdf") == [(1, 5), (1, 7), (1, 9), (1, 11)] + [
        (1, 13),
        (1, 15),
    ]


def test_a_header_over_the_first_rule_with_none_above_it_is_the_header() -> None:
    # the bold title just above the header is the table's caption, not its header
    assert _cells("ruled-rows-notop.pdf") == [HEADER, *ROWS]
    report = load_report(str(FIXTURES / "ruled-rows-notop.pdf"))
    assert report.tables[0].caption == "Realisasi Anggaran Sub Kegiatan Tahun 2024"
    assert audit_report(report, AuditOptions(strict=True)) == []


def test_booktabs_rules_make_each_line_of_figures_a_row() -> None:
    jumlah = ["JUMLAH", "", "3.016.820.000", "2.902.498.650", "114.321.350", "96,21"]
    assert _cells("booktabs.pdf") == [HEADER, *ROWS, jumlah]


def test_booktabs_rows_set_in_the_middle_of_their_cells() -> None:
    # a name's first line is above its row's line of figures, its last below;
    # a program's name over three lines with no figure is a row of its own
    program = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    assert _cells("booktabs-middle.pdf") == [
        HEADER,
        ["", program, "", "", "", ""],
        *ROWS,
    ]
    # each row at its name's first line, above its figures
    lines = [line for _, line in _where("booktabs-middle.pdf")]
    assert lines == [5, 8, 11, 14, 17, 20, 23]


@pytest.mark.parametrize(
    "name", ["booktabs-pages.pdf", "booktabs-open.pdf", "ruled-rows-pages.pdf"]
)
def test_a_table_ruled_across_over_a_page_break_is_one_table(name: str) -> None:
    # booktabs-open.pdf: no rule closes the first page's part, its rows run down
    # to the page's end
    jumlah = ["JUMLAH", "", "3.141.270.000", "3.022.923.650", "118.346.350", "96,23"]
    # the header printed again on page 2 is a row of the raw table ...
    assert _cells(name) == [HEADER, *ROWS[:4], HEADER, ROWS[4], *MORE, jumlah]
    where = _where(name)
    assert where[4:7] == [(1, 43), (2, 1), (2, 3)]
    # ... which the analysis drops, as in every format
    (table,) = load_report(str(FIXTURES / name)).tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        *ROWS,
        *MORE,
        jumlah,
    ]
    assert [c.text for c in table.header[0]] == HEADER


@pytest.mark.parametrize("name", ["ruled-rows-once.pdf", "ruled-rows-foot.pdf"])
def test_a_row_a_page_break_leaves_with_a_single_line_is_kept(name: str) -> None:
    # the header printed once; ruled-rows-once.pdf: page 2 opens with row 5 and
    # no line above it (drawn at the foot of page 1); ruled-rows-foot.pdf: page
    # 1 ends with row 4 and no line under it (drawn at the top of page 2)
    jumlah = ["JUMLAH", "", "3.141.270.000", "3.022.923.650", "118.346.350", "96,23"]
    assert _cells(name) == [HEADER, *ROWS, *MORE, jumlah]
    assert _where(name)[4:6] == [(1, 43), (2, 1)]


@pytest.mark.parametrize(
    "name",
    [
        "booktabs.pdf",
        "ruled-rows-once.pdf",
        "ruled-rows-foot.pdf",
        "booktabs-middle.pdf",
        "booktabs-pages.pdf",
        "booktabs-open.pdf",
        "ruled-rows-pages.pdf",
    ],
)
def test_a_table_ruled_across_whose_figures_are_right_gives_no_finding(
    name: str,
) -> None:
    # its sisa, serapan and JUMLAH are checked, and all are right
    report = load_report(str(FIXTURES / name))
    assert len(report.tables) == 1
    assert audit_report(report, AuditOptions(strict=True)) == []


def test_a_wrong_sisa_in_a_table_ruled_across_is_found_at_its_row() -> None:
    found = audit_report(
        load_report(str(FIXTURES / "ruled-rows.pdf")), AuditOptions(strict=True)
    )
    assert compact(found) == [
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:3/col:sisa", 11]
        + ["1.130.000", "1.310.000"],
    ]
    assert found[0].location.page == 1


def test_rules_in_prose_make_no_table() -> None:
    # a rule between two sections, a key-value list between two rules, an
    # underlined heading, the line of a signature block
    report = read_report(str(FIXTURES / "ruled-prose.pdf"))
    assert report.tables == []
    para = (
        "Pada tahun 2024 Dinas Kominfo mengelola anggaran sebesar Rp 3.016.820.000 "
        "dengan realisasi Rp\n2.902.498.650 atau 96,21 persen. Sisa anggaran sebesar "
        "Rp 114.321.350 dikembalikan ke kas daerah."
    )
    assert [p.text for p in report.paragraphs] == [
        "BAB IV PENUTUP",
        para,
        para,
        "Jumlah pegawai: 42 orang, terdiri atas 30 PNS dan 12 PPPK.\n"
        "Jumlah kegiatan: 12 kegiatan dengan 31 sub kegiatan.\n"
        "Jumlah aplikasi: 18 aplikasi, 15 di antaranya aktif.",
        para,
        "Sukamaju, 15 Januari 2025\nKepala Dinas Komunikasi dan Informatika",
        "Drs. BAMBANG SUTRISNO, M.Si",
        "NIP. 19700512 199803 1 004",
    ]


def test_a_title_boxed_by_two_rules_is_no_header_of_the_table_under_it() -> None:
    # the table under it has no line at all: it is read from how its words line
    # up, under its own header, the boxed title its caption
    assert _cells("ruled-title.pdf") == [
        ["No", "Jenis Belanja", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        ["1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"],
        ["2", "Belanja Barang dan Jasa", "170.500.000", "162.980.250", "95,59"],
        ["", "JUMLAH", "3.016.820.000", "2.902.498.650", "96,21"],
    ]
    (table,) = read_report(str(FIXTURES / "ruled-title.pdf")).tables
    assert table.caption == "REALISASI ANGGARAN MENURUT JENIS BELANJA"
