"""The XLSX reader: sheets cut into tables, numbers printed as the sheet shows them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from lkjaudit.analysis.scale import stated_scale
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.errors import InputError
from lkjaudit.model.report import Cell, ColumnRole, RowKind
from lkjaudit.readers import load_report, read_report
from lkjaudit.readers.numfmt import render_date, render_number

from conftest import ROOT, compact

FIXTURES = ROOT / "tests" / "readers" / "fixtures"
R = ColumnRole


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (0.7967, "0.00%", "79,67%"),
        (0.79665, "0.00%", "79,67%"),  # half up, as Excel rounds
        (0.89, "0%", "89%"),
        (0.5455, "0.00 %", "54,55 %"),
        (1925038095, "#,##0", "1.925.038.095"),
        (-151500, "#,##0", "-151.500"),
        (1234.5, "#,##0.00", "1.234,50"),
        (69500000, '"Rp "#,##0', "Rp 69.500.000"),
        (69500000, '"Rp. "#,##0', "Rp. 69.500.000"),
        (1925038095, "[$Rp-421]#,##0", "Rp1.925.038.095"),
        # an accounting format: "Rp" at the cell's left, a fill, the amount
        (385000000, '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_)', "Rp 385.000.000"),
        (0, '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_)', "Rp -"),
        (0, '_(* #,##0_);_(* (#,##0);_(* "-"_)', "-"),
        (-5, "#,##0;(#,##0)", "(5)"),
        (0, '#,##0;-#,##0;"-"', "-"),
        (1234, "#,##0_);(#,##0)", "1.234"),
        (1234567, "#,##0,", "1.235"),
        (1.5, "0.##", "1,5"),
        (12, "0", "12"),
        (1234.5, "General", "1234,5"),
        (0.1 + 0.2, "General", "0,3"),
        (2024, "General", "2024"),
        (Decimal("62.71"), "0.00", "62,71"),
        (12, "0.00E+00", "12"),  # scientific: shown as General
        (True, "General", "TRUE"),
    ],
)
def test_number_formats_print_as_the_sheet_shows(
    value: object, fmt: str, shown: str
) -> None:
    assert render_number(value, fmt) == shown  # type: ignore[arg-type]


def test_dates_print_the_indonesian_way() -> None:
    day = dt.datetime(2024, 6, 28)
    assert render_date(day, "d mmmm yyyy") == "28 Juni 2024"
    assert render_date(day, "dd-mmm-yy") == "28 Jun 2024"
    assert render_date(day, "dd/mm/yyyy") == "28/06/2024"


def save(workbook: Workbook, tmp_path: Path, name: str = "tabel.xlsx") -> str:
    path = tmp_path / name
    workbook.save(str(path))
    return str(path)


def test_a_sheet_of_typed_numbers_with_a_merged_title(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["B2"] = "Tabel 3.2 Capaian Sasaran Strategis"
    ws.merge_cells("B2:G2")
    header = ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"]
    for k, text in enumerate(header):
        ws.cell(row=4, column=2 + k, value=text).font = Font(bold=True)
    rows = [
        [1, "Meningkatnya pelayanan", "Persentase layanan", 0.89, 0.7091, 0.7967],
        [2, "Meningkatnya akuntabilitas", "Persentase desa", 0.85, 0.3333, 0.3663],
    ]
    for r, values in enumerate(rows, start=5):
        for k, value in enumerate(values):
            cell = ws.cell(row=r, column=2 + k, value=value)
            if k >= 3:
                cell.number_format = "0%" if k == 3 else "0.00%"
    path = save(wb, tmp_path)
    report = load_report(path)
    [table] = report.tables
    assert (table.id, table.caption) == (
        "tabel-3.2",
        "Tabel 3.2 Capaian Sasaran Strategis",
    )
    assert [[c.text for c in row.cells] for row in table.rows] == [
        [
            "1",
            "Meningkatnya pelayanan",
            "Persentase layanan",
            "89%",
            "70,91%",
            "79,67%",
        ],
        [
            "2",
            "Meningkatnya akuntabilitas",
            "Persentase desa",
            "85%",
            "33,33%",
            "36,63%",
        ],
    ]
    assert table.header[0][0].bold
    cell = table.cell(table.row(2), table.column(R.CAPAIAN))
    assert (cell.ref, cell.line) == ("Sheet1!G6", 6)
    assert compact(audit_report(report, AuditOptions(strict=True))) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:2/col:capaian",
            6,
            "39,21%",
            "36,63%",
        ]
    ]


def test_blocks_on_a_sheet(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Aset"
    ws["A1"] = "Catatan: data per 31 Desember 2024."
    table_a = [["No", "Nama Barang", "Jumlah"], [1, "Meja", 2], [2, "Kursi", 4]]
    for r, values in enumerate(table_a, start=3):
        for k, value in enumerate(values):
            ws.cell(row=r, column=1 + k, value=value)
    # after an empty row, more rows of the same table (no header of their own)
    ws.cell(row=7, column=1, value=3)
    ws.cell(row=7, column=2, value="Lemari")
    ws.cell(row=7, column=3, value=1)
    # a second table beside the first, three empty columns away
    for r, values in enumerate(
        [["Kondisi", "Jumlah"], ["Baik", 6], ["Rusak", 1]], start=3
    ):
        for k, value in enumerate(values):
            ws.cell(row=r, column=7 + k, value=value)
    # and a new table below, with a header of its own
    for r, values in enumerate([["No", "Golongan", "Jumlah"], [1, "III", 5]], start=10):
        for k, value in enumerate(values):
            ws.cell(row=r, column=1 + k, value=value)
    hidden = wb.create_sheet("Rahasia")
    hidden["A1"] = "tidak dibaca"
    hidden.sheet_state = "hidden"
    report = read_report(save(wb, tmp_path))
    assert [p.text for p in report.paragraphs] == [
        "Catatan: data per 31 Desember 2024."
    ]
    assert report.paragraphs[0].ref == "Aset!A1"
    first, beside, below = report.tables
    assert [[c.text for c in r.cells] for r in first.rows] == [
        ["No", "Nama Barang", "Jumlah"],
        ["1", "Meja", "2"],
        ["2", "Kursi", "4"],
        ["3", "Lemari", "1"],
    ]
    assert first.rows[3].gap_before and first.rows[3].cells[1].ref == "Aset!B7"
    assert [[c.text for c in r.cells] for r in beside.rows] == [
        ["Kondisi", "Jumlah"],
        ["Baik", "6"],
        ["Rusak", "1"],
    ]
    assert beside.rows[0].cells[0].ref == "Aset!G3"
    assert below.rows[1].cells[1].text == "III"
    assert [t.id for t in report.tables] == ["tabel-ke-1", "tabel-ke-2", "tabel-ke-3"]


def test_a_named_sheet_captions_its_only_table(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.5"
    for r, values in enumerate(
        [["No", "Pendidikan", "PNS", "Jumlah"], [1, "S1", 5, 5]], start=1
    ):
        for k, value in enumerate(values):
            ws.cell(row=r, column=1 + k, value=value)
    other = wb.create_sheet("Sheet2")
    for r, values in enumerate([["No", "Golongan", "Jumlah"], [1, "III", 5]], start=1):
        for k, value in enumerate(values):
            other.cell(row=r, column=1 + k, value=value)
    report = read_report(save(wb, tmp_path))
    assert [t.id for t in report.tables] == ["tabel-3.5", "tabel-ke-2"]
    assert report.tables[0].rows[0].cells[0].ref == "'Tabel 3.5'!A1"


def test_a_sheet_name_is_the_section_of_its_tables(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2024"
    rows = [["No", "Program", "Anggaran"], [1, "Program A", 1000], [2, "Program B", 5]]
    for r, values in enumerate(rows, start=1):
        for k, value in enumerate(values):
            ws.cell(row=r, column=1 + k, value=value)
    titled = wb.create_sheet("Lampiran")
    titled["A1"] = "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"
    titled["A1"].font = Font(bold=True)
    for r, values in enumerate(rows, start=3):
        for k, value in enumerate(values):
            titled.cell(row=r, column=1 + k, value=value)
    other = [["No", "Sasaran", "Target"], [1, "Sasaran A", "85%"]]
    for r, values in enumerate(other, start=8):
        for k, value in enumerate(values):
            titled.cell(row=r, column=1 + k, value=value)
    report = read_report(save(wb, tmp_path))
    # a sheet's name is what its tables stand under, not a caption: the table
    # keeps the id it has in every format, and is known as the PK's
    assert [(t.id, t.caption, t.section) for t in report.tables] == [
        ("tabel-ke-1", None, "PK 2024"),
        (
            "lampiran-perjanjian-kinerja-tahun-2024",
            "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024",
            "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024",
        ),
        ("tabel-ke-3", None, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"),
    ]
    assert report.tables[0].label == "Tabel ke-1 (PK 2024)"


def test_text_numbers_dates_and_merged_cells(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Anggaran"
    ws["A1"], ws["B1"], ws["D1"] = "Uraian", "Alokasi biaya", "Tanggal"
    ws.merge_cells("B1:C1")
    ws["B2"], ws["C2"] = "Anggaran", "Realisasi"
    ws["A3"], ws["B3"], ws["C3"] = "Program A", "Rp. 1.000.000", 750000
    ws["C3"].number_format = "#,##0"
    ws["D3"] = dt.datetime(2024, 6, 28)
    ws["D3"].number_format = "d mmmm yyyy"
    ws["A4"], ws["C4"] = "", "1.200.000"
    ws.merge_cells("A3:A4")
    table = read_report(save(wb, tmp_path)).tables[0]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Uraian", "Alokasi biaya", "", "Tanggal"],
        ["", "Anggaran", "Realisasi", ""],
        ["Program A", "Rp. 1.000.000", "750.000", "28 Juni 2024"],
        ["", "", "1.200.000", ""],
    ]


def test_the_planners_workbook() -> None:
    report = load_report(str(FIXTURES / "mekarsari-2024.xlsx"))
    [table] = report.tables
    assert (table.id, table.caption) == (
        "tabel-3.2",
        "Tabel 3.2 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan",
    )
    assert [c.role for c in table.columns] == [
        R.URAIAN,
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
        R.PERSEN_ANGGARAN,
    ]
    assert len(table.rows) == 40 and table.rows[-1].kind == RowKind.TOTAL
    first = table.row(1)
    # formulas are read from the results stored with them; a mistyped figure
    # (text) inside a sum gives Excel's #VALUE!, read as printed
    assert [table.value(first, c).raw for c in table.columns[1:]] == [
        "Rp 1.727.100.000",
        "#VALUE!",
        "#VALUE!",
        "#VALUE!",
    ]
    assert table.value(table.row(2), table.column(R.PERSEN_ANGGARAN)).raw == "95,97%"
    assert [p.text for p in report.paragraphs][-1].startswith(
        "Angka realisasi bersumber"
    )
    found = audit_report(report, AuditOptions(strict=True))
    assert [[r, ref, line, e, a] for r, ref, line, e, a in compact(found)] == [
        [
            "number-well-formed",
            "tabel-3.2/row:11/col:realisasi_anggaran",
            15,
            "27.512.300",
            "27.5l2.300",
        ],
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.2/row:21/col:sisa",
            25,
            "Rp 880.000",
            "Rp 808.000",
        ],
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.2/row:38/col:persen_anggaran",
            42,
            "97,13%",
            "97,31%",
        ],
    ]
    assert found[1].location.cell == "'Realisasi 2024'!D25"


def test_formulas_without_stored_results_are_refused() -> None:
    with pytest.raises(InputError) as info:
        read_report(str(FIXTURES / "mekarsari-formulas.xlsx"))
    message = str(info.value)
    assert (
        "formulas without stored results ('Realisasi 2024'!B5, 'Realisasi 2024'!C5,"
        " 'Realisasi 2024'!D5, …)" in message
    )
    assert "open the workbook in Excel or LibreOffice and save it" in message


def test_an_empty_workbook(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text found in the XLSX workbook"):
        read_report(save(Workbook(), tmp_path))


def _capaian_sheet(tmp_path: Path, *, hide: str | None) -> str:
    wb = Workbook()
    ws = wb.active
    ws.title = "IKU"
    ws["A1"] = "Tabel 3.1 Capaian Indikator Kinerja"
    ws["A1"].font = Font(bold=True)
    rows = [
        ["No", "Indikator", "Realisasi 2023", "Target", "Realisasi", "Capaian (%)"],
        [1, "Persentase kendaraan lulus uji", 91.2, 92, 94.6, "102,83"],
        [2, "Persentase trayek terlayani", 72, 80, 75, "93,75"],
    ]
    for r, values in enumerate(rows, start=3):
        for k, value in enumerate(values, start=1):
            ws.cell(row=r, column=k, value=value)
    if hide is not None:
        ws.column_dimensions[hide].hidden = True
    return save(wb, tmp_path)


def test_a_hidden_column_is_no_part_of_the_table(tmp_path: Path) -> None:
    # neither shown nor printed: "Realisasi 2023" kept out of sight by its author
    table = read_report(_capaian_sheet(tmp_path, hide="C")).tables[0]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Persentase kendaraan lulus uji", "92", "94,6", "102,83"],
        ["2", "Persentase trayek terlayani", "80", "75", "93,75"],
    ]
    assert table.rows[1].cells[2].ref == "IKU!D4"  # the cells keep their own refs


def test_a_shown_column_is_read(tmp_path: Path) -> None:
    table = read_report(_capaian_sheet(tmp_path, hide=None)).tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "No",
        "Indikator",
        "Realisasi 2023",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ]


def test_hidden_columns_between_two_tables_do_not_part_them(tmp_path: Path) -> None:
    # two empty columns part two tables; two hidden ones do not
    wb = Workbook()
    ws = wb.active
    ws.title = "Aset"
    for r, values in enumerate([["Nama Barang", "Jumlah"], ["Meja", 2]], start=1):
        ws.cell(row=r, column=1, value=values[0])
        ws.cell(row=r, column=4, value=values[1])
    ws["B1"] = "kode"
    ws["C1"] = "lama"
    for letter in "BC":
        ws.column_dimensions[letter].hidden = True
    report = read_report(save(wb, tmp_path))
    assert [[c.text for c in r.cells] for r in report.tables[0].rows] == [
        ["Nama Barang", "Jumlah"],
        ["Meja", "2"],
    ]


def test_captions_apart_from_their_tables(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian"
    layout: list[tuple[int, list[object]]] = [
        (1, ["Tabel 3.1 Capaian Indikator Tujuan"]),
        (2, ["Sumber: Bagian Perencanaan"]),  # a row of the block, not of the table
        (3, ["No", "Tujuan", "Target"]),
        (4, [1, "Tata kelola", 80]),
        (6, ["Tabel 3.2 Capaian Indikator Sasaran"]),
        (8, ["Sumber: Bagian Keuangan"]),  # a paragraph of its own
        (10, ["No", "Sasaran", "Target"]),
        (11, [1, "Akuntabilitas", 70]),
        (14, ["No", "Program", "Anggaran"]),
        (15, [1, "Penunjang", 500]),
        (17, ["Tabel 3.3 Anggaran per Program"]),  # below the table, above none
    ]
    for r, values in layout:
        for k, value in enumerate(values):
            ws.cell(row=r, column=1 + k, value=value)
    report = read_report(save(wb, tmp_path))
    assert [(t.id, t.caption, t.caption_ref) for t in report.tables] == [
        ("tabel-3.1", "Tabel 3.1 Capaian Indikator Tujuan", "Capaian!A1"),
        ("tabel-3.2", "Tabel 3.2 Capaian Indikator Sasaran", "Capaian!A6"),
        ("tabel-3.3", "Tabel 3.3 Anggaran per Program", "Capaian!A17"),
    ]
    assert [c.text for c in report.tables[0].rows[0].cells] == [
        "No",
        "Tujuan",
        "Target",
    ]


# ------------------------------------------------ tables stacked without an empty row

_SASARAN = [
    ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
    [1, "Meningkatnya pelayanan", "Persentase layanan", "80%", "72%", "90,00%"],
    [2, "Meningkatnya akuntabilitas", "Nilai SAKIP", "70", "63", "90,00%"],
]
_PROGRAM = [
    ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
    [1, "Program Penunjang", "1.000.000", "800.000", "200.000", "80,00%"],
    [2, "Program Pelayanan", "500.000", "250.000", "250.000", "50,00%"],
    ["", "JUMLAH", "1.500.000", "1.050.000", "450.000", "70,00%"],
]
_KEGIATAN = ["No", "Program/Kegiatan", "Anggaran", "Realisasi", "Sisa", "%"]


def _stacked_sheet(
    tmp_path: Path,
    rows: list[list[object]],
    *,
    bold: tuple[int, ...] = (),
    merge: tuple[str, ...] = (),
) -> str:
    """A sheet of ``rows`` from A1 down, with no empty row anywhere."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kinerja"
    for r, values in enumerate(rows, start=1):
        for k, value in enumerate(values, start=1):
            if value != "":
                ws.cell(row=r, column=k, value=value)
        if r in bold:
            for cell in ws[r]:
                cell.font = Font(bold=True)
    for cells in merge:
        ws.merge_cells(cells)
    return save(wb, tmp_path)


def _texts(rows: list[list[Cell]]) -> list[list[str]]:
    return [[c.text for c in row] for row in rows]


def test_tables_stacked_without_an_empty_row_are_read_apart(tmp_path: Path) -> None:
    # Tabel 3.3 starts right under the last row of Tabel 3.2, its caption merged
    # across; its JUMLAH counts 100.000 too much realisasi
    program = [list(row) for row in _PROGRAM]
    program[3][3:5] = ["1.150.000", "350.000"]
    path = _stacked_sheet(
        tmp_path,
        [
            ["Tabel 3.2 Capaian Kinerja Sasaran"],
            *_SASARAN,
            ["Tabel 3.3 Realisasi Anggaran per Program"],
            *program,
        ],
        bold=(1, 5, 9),
        merge=("A5:F5",),
    )
    report = load_report(path)
    sasaran, anggaran = report.tables
    assert [(t.id, t.caption, t.caption_ref) for t in report.tables] == [
        ("tabel-3.2", "Tabel 3.2 Capaian Kinerja Sasaran", "Kinerja!A1"),
        ("tabel-3.3", "Tabel 3.3 Realisasi Anggaran per Program", "Kinerja!A5"),
    ]
    assert _texts(sasaran.header) == [_SASARAN[0]]
    assert _texts([r.cells for r in sasaran.rows]) == [
        [str(v) for v in row] for row in _SASARAN[1:]
    ]
    assert (sasaran.line_start, sasaran.line_end) == (2, 4)
    assert _texts(anggaran.header) == [_PROGRAM[0]]
    assert _texts([r.cells for r in anggaran.rows]) == [
        [str(v) for v in row] for row in program[1:]
    ]
    assert (anggaran.line_start, anggaran.line_end) == (6, 9)
    assert anggaran.rows[0].cells[1].ref == "Kinerja!B7"
    found = audit_report(report, AuditOptions(strict=True))
    # the sums of Tabel 3.3 alone, at its JUMLAH row (its % agrees with the sum,
    # so the sisa printed with the wrong total is wrong too); nothing runs across
    # both tables
    assert compact(found) == [
        [
            "total-row-equals-column-sum",
            "tabel-3.3/row:3/col:realisasi_anggaran",
            9,
            "1.050.000",
            "1.150.000",
        ],
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.3/row:3/col:sisa",
            9,
            "450.000",
            "350.000",
        ],
    ]
    assert [f.location.cell for f in found] == ["Kinerja!D9", "Kinerja!E9"]


def test_a_header_of_another_shape_starts_a_table(tmp_path: Path) -> None:
    # no number: a bold title merged across, or nothing but the new header
    titled = _stacked_sheet(
        tmp_path,
        [*_SASARAN, ["Realisasi Anggaran per Program"], *_PROGRAM],
        bold=(4,),
        merge=("A4:F4",),
    )
    report = load_report(titled)
    assert [(t.id, t.caption_ref) for t in report.tables] == [
        ("tabel-ke-1", None),
        ("realisasi-anggaran-per-program", "Kinerja!A4"),
    ]
    assert _texts(report.tables[1].header) == [_PROGRAM[0]]
    bare = load_report(_stacked_sheet(tmp_path, [*_SASARAN, *_PROGRAM]))
    assert [(t.id, t.line_start, t.line_end) for t in bare.tables] == [
        ("tabel-ke-1", 1, 3),
        ("tabel-ke-2", 4, 7),
    ]
    assert _texts(bare.tables[1].header) == [_PROGRAM[0]]
    assert compact(audit_report(bare, AuditOptions(strict=True))) == []


def test_a_long_header_of_two_rows_starts_a_table(tmp_path: Path) -> None:
    # the PK's programs, then the measurement of every kegiatan under its bold
    # title, its header over two rows of long names
    report = load_report(
        _stacked_sheet(
            tmp_path,
            [
                ["No.", "Program", "Anggaran", "Keterangan"],
                [1, "Program Penunjang", "Rp. 1.000.000", "DAU/APBD"],
                [2, "Program Pelayanan", "Rp. 500.000", "DAU/APBD"],
                ["Jumlah", "Rp. 1.500.000"],
                ["PENGUKURAN KINERJA KEGIATAN TAHUN ANGGARAN 2024"],
                [
                    "Program/Kegiatan/Sub Kegiatan",
                    "Indikator Kinerja Program (outcome)/Kegiatan (output)/Sub Kegiatan",
                    "Target Kinerja dan Anggaran",
                    "",
                    "Realisasi Capaian Kinerja dan Anggaran s.d. Triwulan II",
                ],
                ["", "", "Kinerja", "Anggaran", "Kinerja", "Anggaran"],
                [
                    "PROGRAM PENUNJANG",
                    "Persentase",
                    "100 %",
                    "1.000.000",
                    "70 %",
                    "600.000",
                ],
            ],
            bold=(5, 6, 7),
            merge=("A5:F5", "C6:D6", "E6:F6"),
        )
    )
    programs, kegiatan = report.tables
    assert (programs.id, programs.line_end, len(programs.rows)) == ("tabel-ke-1", 4, 3)
    assert (kegiatan.id, kegiatan.caption_ref, kegiatan.line_start) == (
        "pengukuran-kinerja-kegiatan-tahun-anggaran",
        "Kinerja!A5",
        6,
    )
    assert [c.text for c in kegiatan.header[1]] == [
        "",
        "",
        "Kinerja",
        "Anggaran",
        "Kinerja",
        "Anggaran",
    ]
    assert [r.cells[0].ref for r in kegiatan.rows] == ["Kinerja!A8"]


def test_stacked_tables_with_captions_below_and_notes(tmp_path: Path) -> None:
    # a document that prints captions under its tables: the caption between the
    # two is the one above's
    below = load_report(
        _stacked_sheet(
            tmp_path,
            [
                *_SASARAN,
                ["Tabel 3.1 Capaian Sasaran"],
                *_PROGRAM,
                ["Tabel 3.2 Realisasi Anggaran"],
            ],
        )
    )
    assert [(t.id, t.caption_ref, t.line_end) for t in below.tables] == [
        ("tabel-3.1", "Kinerja!A4", 3),
        ("tabel-3.2", "Kinerja!A9", 8),
    ]
    # "Ket: …" under a table is its note, "(dalam ribuan rupiah)" under a caption
    # the next table's; "Sumber: …" is a row of neither
    noted = load_report(
        _stacked_sheet(
            tmp_path,
            [
                ["Tabel 3.1 Realisasi Anggaran"],
                *_PROGRAM,
                ["Ket: dalam ribuan rupiah"],
                ["Sumber: Bagian Keuangan"],
                ["Tabel 3.2 Anggaran per Kegiatan"],
                ["(dalam jutaan rupiah)"],
                _KEGIATAN,
                [1, "Kegiatan A", "10", "8", "2", "80,00%"],
            ],
        )
    )
    first, second = noted.tables
    assert (first.id, first.note, first.line_end) == (
        "tabel-3.1",
        "Ket: dalam ribuan rupiah",
        5,
    )
    assert (second.id, second.note, second.caption_ref) == (
        "tabel-3.2",
        "(dalam jutaan rupiah)",
        "Kinerja!A8",
    )
    assert _texts(second.header) == [_KEGIATAN]
    assert [p.ref for p in noted.paragraphs] == [
        "Kinerja!A1",
        "Kinerja!A6",
        "Kinerja!A7",
        "Kinerja!A8",
        "Kinerja!A9",
    ]


@pytest.mark.parametrize(
    ("body", "bold"),
    [
        # a bold JUMLAH inside the table, more rows after it
        (
            [
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                ["", "JUMLAH", "1.000", "800", "200", "80,00%"],
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            (4,),
        ),
        # group headings of one cell, bold: no captions
        (
            [
                ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"],
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                ["PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"],
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            (3, 5),
        ),
        # a group with its code, in words a header is also made of
        (
            [
                ["I", "PROGRAM PENUNJANG URUSAN", "Kegiatan", "Uraian"],
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                ["II", "PROGRAM PELAYANAN PUBLIK", "Kegiatan", "Uraian"],
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            (),
        ),
        # the header printed again, as after a page break
        (
            [
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                _KEGIATAN,
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            (),
        ),
        # a caption that continues the table, over its header again
        (
            [
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
                ["Tabel 3.16 (lanjutan)"],
                _KEGIATAN,
                [3, "Kegiatan C", "500", "250", "250", "50,00%"],
            ],
            (),
        ),
    ],
    ids=["jumlah", "group-heading", "coded-group", "header-again", "lanjutan"],
)
def test_one_table_stays_one(
    tmp_path: Path, body: list[list[object]], bold: tuple[int, ...]
) -> None:
    rows: list[list[object]] = [["Tabel 3.16 Realisasi Anggaran"], _KEGIATAN, *body]
    report = load_report(_stacked_sheet(tmp_path, rows, bold=bold))
    [table] = report.tables
    assert (table.id, table.line_start, table.line_end) == ("tabel-3.16", 2, len(rows))
    # every row of figures is a row of the table, each once
    assert [r.cells[1].text for r in table.rows if r.cells[2].text[:1].isdigit()] == [
        str(r[1]) for r in body if len(r) > 2 and str(r[2])[:1].isdigit()
    ]


_INTRO = "Capaian kinerja anggaran pada tahun 2024 dapat dilihat pada tabel berikut"
_CLAIM = (
    "Realisasi anggaran Program Penunjang sebesar Rp 800.000 dari anggaran "
    "Rp 1.000.000 atau 90,00%."
)


@pytest.mark.parametrize(
    ("above", "caption"),
    [
        # two paragraphs right above the header, the first no full sentence
        ([[_INTRO], [_CLAIM]], None),
        # the paragraphs, then the table's caption, with no empty row
        ([[_CLAIM], ["Tabel 3.3 Realisasi Anggaran"]], "Kinerja!A2"),
        # under another table: the paragraph between the two is read as prose
        ([*_SASARAN, [_CLAIM]], None),
    ],
    ids=["two-paragraphs", "then-caption", "between-tables"],
)
def test_paragraphs_typed_right_above_a_table(
    tmp_path: Path, above: list[list[object]], caption: str | None
) -> None:
    report = load_report(_stacked_sheet(tmp_path, [*above, *_PROGRAM]))
    start = len(above) + 1  # the header's row
    texts = [str(row[0]) for row in above if len(row) == 1]
    refs = [f"Kinerja!A{r}" for r, row in enumerate(above, start=1) if len(row) == 1]
    assert [(p.ref, p.text) for p in report.paragraphs] == list(
        zip(refs, texts, strict=True)
    )
    table = report.tables[-1]
    assert (table.line_start, table.line_end, table.caption_ref) == (
        start,
        start + 3,
        caption,
    )
    assert _texts(table.header) == [_PROGRAM[0]]
    assert _texts([r.cells for r in table.rows]) == [
        [str(v) for v in row] for row in _PROGRAM[1:]
    ]
    # the sentence is checked as prose: Program Penunjang's 800.000 of 1.000.000
    # is 80,00%, not the 90,00% it states
    line = 1 + next(k for k, row in enumerate(above) if row == [_CLAIM])
    found = audit_report(report, AuditOptions(strict=True))
    assert compact(found) == [
        [
            "text-figure-matches-table",
            "text/paragraph:" + str(texts.index(_CLAIM) + 1) + "/sentence:1",
            line,
            "80,00%",
            "90,00%",
        ]
    ]
    assert [f.location.cell for f in found] == [f"Kinerja!A{line}"]


@pytest.mark.parametrize(
    ("rows", "merge"),
    [
        # a group heading in capitals, over the header printed again
        (
            [
                _KEGIATAN,
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"],
                _KEGIATAN,
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            ("A3:F3",),
        ),
        # the name of a kegiatan in one merged cell, above the header
        (
            [
                ["Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"],
                _KEGIATAN,
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            ("A1:F1",),
        ),
        # a sentence over a row of figures, not over a header
        (
            [
                _KEGIATAN,
                [1, "Kegiatan A", "1.000", "800", "200", "80,00%"],
                ["Kegiatan ini dilaksanakan oleh bidang pelayanan pada tahun 2024."],
                [2, "Kegiatan B", "500", "250", "250", "50,00%"],
            ],
            (),
        ),
    ],
    ids=["group-heading", "kegiatan-name", "sentence-in-body"],
)
def test_one_cell_rows_of_a_table_stay_rows(
    tmp_path: Path, rows: list[list[object]], merge: tuple[str, ...]
) -> None:
    report = load_report(_stacked_sheet(tmp_path, rows, merge=merge))
    [table] = report.tables
    assert report.paragraphs == []
    assert (table.line_start, table.line_end) == (1, len(rows))
    [one] = [row for row in rows if len(row) == 1]
    whole = [*table.header, *(r.cells for r in table.rows)]
    assert whole[rows.index(one)][0].text == one[0]


@pytest.mark.parametrize(
    ("notes", "note"),
    [
        (["Sumber: Bagian Keuangan"], "Sumber: Bagian Keuangan"),
        (["Catatan: data sementara"], "Catatan: data sementara"),
        # two notes: the one stating a scale is the table's, the scale kept
        (
            ["Keterangan: dalam ribuan rupiah", "Sumber: DPA 2024"],
            "Keterangan: dalam ribuan rupiah",
        ),
        (
            ["Sumber: DPA 2024", "Ket: dalam ribuan rupiah"],
            "Ket: dalam ribuan rupiah",
        ),
    ],
)
def test_a_note_under_the_last_table_is_no_row_of_it(
    tmp_path: Path, notes: list[str], note: str
) -> None:
    # an empty row, then a sentence about the programs in rupiah
    rows: list[list[object]] = [["Tabel 3.3 Realisasi Anggaran"], *_PROGRAM]
    rows += [[text] for text in notes]
    path = _stacked_sheet(tmp_path, rows, merge=("A6:F6",))
    wb = load_workbook(path)
    ws = wb.active
    ws.cell(row=len(rows) + 2, column=1, value=_CLAIM.replace("90,00%", "80,00%"))
    wb.save(path)
    report = load_report(path)
    [table] = report.tables
    assert (table.id, table.line_end, table.note) == ("tabel-3.3", 5, note)
    assert _texts([r.cells for r in table.rows]) == [
        [str(v) for v in row] for row in _PROGRAM[1:]
    ]
    assert [(p.ref, p.text) for p in report.paragraphs][1:-1] == [
        (f"Kinerja!A{r}", text) for r, text in enumerate(notes, start=6)
    ]
    found = compact(audit_report(report, AuditOptions(strict=True)))
    if stated_scale(note):
        # the table is in thousands: the sentence's Rp 800.000 is no Rp 800.000.000
        assert found == [
            [
                "text-figure-matches-table",
                "text/paragraph:" + str(len(notes) + 2) + "/sentence:1",
                len(rows) + 2,
                "Rp 800.000.000",
                "Rp 800.000",
            ],
            [
                "text-figure-matches-table",
                "text/paragraph:" + str(len(notes) + 2) + "/sentence:1",
                len(rows) + 2,
                "Rp 1.000.000.000",
                "Rp 1.000.000",
            ],
        ]
    else:
        assert found == []


def test_a_note_merged_from_another_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [*_PROGRAM, ["", "Sumber: Bagian Keuangan"]]
    report = load_report(_stacked_sheet(tmp_path, rows, merge=("B5:F5",)))
    [table] = report.tables
    assert (table.line_end, table.note) == (4, "Sumber: Bagian Keuangan")
    assert [(p.ref, p.text) for p in report.paragraphs] == [
        ("Kinerja!B5", "Sumber: Bagian Keuangan")
    ]


@pytest.mark.parametrize(
    "last",
    [
        # a row of several cells opening with a note's word
        ["", "Keterangan: tercapai", "100", "80", "20", "80,00%"],
        # one cell naming a column's content, no note
        ["Sumber Dana: APBD Kabupaten"],
        # a caption continuing a table
        ["Tabel 3.2 (lanjutan)"],
    ],
    ids=["several-cells", "sumber-dana", "lanjutan"],
)
def test_a_last_row_that_is_no_note_stays(tmp_path: Path, last: list[object]) -> None:
    report = load_report(_stacked_sheet(tmp_path, [*_PROGRAM, last]))
    [table] = report.tables
    assert (table.line_end, table.note, report.paragraphs) == (5, None, [])
    assert [c.text for c in table.rows[-1].cells if c.text] == [
        str(v) for v in last if v != ""
    ]
