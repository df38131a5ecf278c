"""The PDF reader: ruled tables, pages, lines, and what a page break does to them."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pdfdraw import runs_pdf

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.errors import InputError
from lkjaudit.model.report import ColumnRole, RowKind
from lkjaudit.readers import Limits, load_report, read_report
from lkjaudit.readers.pdfgrid import Segment, find_grids
from lkjaudit.readers.pdftable import Fragment, Piece, join_lines, join_table

from conftest import ROOT, SAMPLES, compact
from test_samples import PLANTED

FIXTURES = ROOT / "tests" / "readers" / "fixtures"
R = ColumnRole


# ------------------------------------------------------------------- geometry


def h(y: float, a: float, b: float) -> Segment:
    return Segment(True, y, a, b)


def v(x: float, a: float, b: float) -> Segment:
    return Segment(False, x, a, b)


def test_grid_cells_merged_across_and_down() -> None:
    # a 3x3 grid; the first header cell spans two rows, the second two columns
    lines = [
        h(0, 0, 90),
        h(10, 30, 90),
        h(20, 0, 90),
        h(30, 0, 90),
        v(0, 0, 30),
        v(30, 0, 30),
        v(60, 10, 30),
        v(90, 0, 30),
        # a doubled border drawn as two hairlines 0.5 pt apart is one line
        h(30.5, 0, 90),
    ]
    [grid] = find_grids(lines)
    assert grid.xs == [0, 30, 60, 90] and len(grid.ys) == 4
    spans = [(c.row, c.col, c.rowspan, c.colspan) for c in grid.cells]
    assert spans == [
        (0, 0, 2, 1),
        (0, 1, 1, 2),
        (1, 1, 1, 1),
        (1, 2, 1, 1),
        (2, 0, 1, 1),
        (2, 1, 1, 1),
        (2, 2, 1, 1),
    ]
    assert grid.owner[(1, 0)] == grid.owner[(0, 0)]
    assert grid.unit_at(75, 5) == (0, 2) and grid.unit_at(200, 5) is None


def test_lines_that_do_not_close_a_box_are_no_table() -> None:
    underline = [h(50, 10, 200)]
    frame = [h(0, 0, 100), h(100, 0, 100), v(0, 0, 100), v(100, 0, 100)]
    assert find_grids(underline) == []
    assert find_grids(frame) == []  # one cell: a box around text, not a table


# ------------------------------------------------------------------ cell text


@pytest.mark.parametrize(
    ("lines", "inner", "text"),
    [
        (
            [("Jumlah Dokumen", 60, 4), ("Perubahan RKA", 50, 4)],
            70,
            "Jumlah Dokumen Perubahan RKA",
        ),
        ([("1.505.870", 40, 4), (".762", 16, 3)], 42, "1.505.870.762"),
        ([("1.925.0", 40, 4), ("38.095", 28, 4)], 42, "1.925.038.095"),
        ([("615.11", 40, 4), ("3.750", 24, 4)], 42, "615.113.750"),
        ([("doku", 17.3, 4), ("men", 15.5, 6)], 21, "dokumen"),
        ([("Jumlah", 30, 4), ("dokumen", 33, 5)], 60, "Jumlah dokumen"),
        ([("12", 9, 4), ("dokumen", 33, 5)], 42, "12 dokumen"),
        ([("RKA-", 20, 4), ("SKPD", 22, 5)], 40, "RKA-SKPD"),
        ([("-", 3, 3), ("54,55%", 25, 4)], 30, "-54,55%"),
        ([("No", 10, 4), (".", 2, 2)], 11, "No."),
        ([("62,50", 20, 4), ("%", 6, 6)], 22, "62,50%"),
        # a slash or dash standing alone: the line broke at the space after it
        ([("Kenaikan /", 40, 4), ("Penurunan", 38, 4)], 42, "Kenaikan / Penurunan"),
        ([("Tahun 2021 -", 40, 4), ("2026", 18, 4)], 42, "Tahun 2021 - 2026"),
    ],
)
def test_a_cells_lines_are_rejoined_as_printed(
    lines: list[tuple[str, float, float]], inner: float, text: str
) -> None:
    assert join_lines(lines, inner) == text


# --------------------------------------------------------------- the fixture


@pytest.fixture(scope="module")
def mekarsari():  # type: ignore[no-untyped-def]
    return load_report(str(FIXTURES / "mekarsari-2024.pdf"))


def test_tables_over_pages_are_one_table(mekarsari) -> None:  # type: ignore[no-untyped-def]
    assert [(t.id, t.page_start) for t in mekarsari.tables] == [
        ("tabel-3.1", 1),
        ("tabel-3.2", 2),
        ("tabel-3.3", 4),
        ("tabel-3.4", 4),  # split by hand: "Tabel 3.4 (lanjutan)" on page 5
    ]
    assets = mekarsari.table("tabel-3.4")
    assert [(r.cells[1].text, r.cells[1].page) for r in assets.rows][2:4] == [
        ("Lemari arsip", 4),
        ("Komputer PC", 5),
    ]
    assert len(assets.rows) == 6 and assets.rows[-1].kind == RowKind.TOTAL
    budget = mekarsari.table("tabel-3.2")
    assert len(budget.rows) == 40 and budget.rows[-1].kind == RowKind.TOTAL
    # the header repeated at the top of page 3 (lines 2 and 3, under the running
    # header; its column-number row is dropped as well)
    assert budget.repeated_headers == [2, 3]
    pages = {c.page for r in budget.rows for c in r.cells}
    assert pages == {2, 3}
    # the row cut by the page break is whole again, on the page it starts on
    row = budget.row(22)
    assert (
        row.cells[0].text == "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
    )
    assert (row.cells[0].page, budget.value(row, budget.column(R.ANGGARAN)).raw) == (
        2,
        "23.600.000",
    )
    assert budget.row(23).cells[0].text.startswith("Koordinasi Penyelenggaraan")


def test_merged_header_cells_and_landscape_pages(mekarsari) -> None:  # type: ignore[no-untyped-def]
    target = mekarsari.table("tabel-3.1")
    assert [c.role for c in target.columns] == [
        R.NO,
        R.URAIAN,
        R.INDIKATOR,
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
    ]
    assert [c.group for c in target.columns[3:]] == ["Kinerja Tahun 2024"] * 3
    assert target.row(4).kind == RowKind.CONTINUATION
    budget = mekarsari.table("tabel-3.2")
    assert [(c.number, c.formula) for c in budget.columns[3:5]] == [
        ("4", "2-3"),
        ("5", "3/2"),
    ]
    note = budget.row(13).cells[5].text  # a six-line Keterangan cell
    assert note.startswith("Sisa anggaran berasal dari efisiensi konsumsi rapat")
    assert note.endswith("penyediaan makan dan minum bagi peserta rapat.")
    assert "  " not in note


def test_running_headers_are_not_prose(mekarsari) -> None:  # type: ignore[no-untyped-def]
    texts = [p.text for p in mekarsari.paragraphs]
    assert "LKjIP Kecamatan Mekarsari Tahun 2024" not in texts
    first = mekarsari.paragraphs[0]
    assert (first.text, first.page, first.line) == (
        "LAPORAN KINERJA INSTANSI PEMERINTAH",
        1,
        2,
    )
    closing = mekarsari.paragraphs[-1]
    assert (closing.text, closing.page) == ("NIP. 19750312 199803 1 004", 5)
    assert mekarsari.page_count == 5


def test_the_fixture_gives_the_same_findings_as_its_docx(mekarsari) -> None:  # type: ignore[no-untyped-def]
    from test_docx import MEKARSARI

    found = audit_report(mekarsari, AuditOptions(strict=True))
    assert [[r, ref, e, a] for r, ref, _, e, a in compact(found)] == MEKARSARI
    where = {f.location.ref: (f.location.page, f.location.line) for f in found}
    assert where["tabel-3.1/row:3/col:capaian"] == (1, 17)
    assert where["tabel-3.2/row:28/col:anggaran"] == (3, 18)
    assert where["tabel-3.3/row:4/col:jumlah"] == (4, 8)


# -------------------------------------------------------------- orientations


def _rotated(source: Path, degrees: int, *, content: bool) -> bytes:
    """The PDF with its content turned (drawn sideways) or its pages turned."""
    pdf = pdfium.PdfDocument(str(source))
    width, height = pdf[0].get_size()
    for k in range(len(pdf)):
        page = pdf[k]
        if not content:
            page.set_rotation(degrees)
            continue
        matrix = pdfium.PdfMatrix().rotate(degrees)
        shift = {90: (0, width), -90: (height, 0), 180: (width, height)}[degrees]
        matrix = matrix.translate(*shift)
        for obj in list(page.get_objects(max_depth=0)):
            obj.transform(matrix)
        if degrees != 180:
            page.set_mediabox(0, 0, height, width)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("degrees", "content"),
    [(90, True), (-90, True), (180, True), (90, False), (270, False)],
    ids=["drawn-cw", "drawn-ccw", "upside-down", "rotate-90", "rotate-270"],
)
def test_turned_pages_read_like_upright_ones(
    tmp_path: Path, degrees: int, content: bool
) -> None:
    path = tmp_path / "turned.pdf"
    path.write_bytes(_rotated(SAMPLES / "sukamaju-2023.pdf", degrees, content=content))
    upright = audit_report(load_report(str(SAMPLES / "sukamaju-2023.pdf")))
    turned = audit_report(load_report(str(path)))
    assert compact(turned) == compact(upright)


# ------------------------------------------------------------ refused files


def _scanned(pages: int) -> bytes:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        page = pdf.new_page(595, 842)
        bitmap = pdfium.PdfBitmap.new_native(100, 140, pdfium.raw.FPDFBitmap_BGR)
        bitmap.fill_rect((200, 200, 200, 255), 0, 0, 100, 140)
        image = pdfium.PdfImage.new(pdf)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
        page.insert_obj(image)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_scanned_pdf_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_scanned(3))
    with pytest.raises(InputError, match=r"scanned PDF: 3 of 3 pages are images"):
        read_report(str(path))


def test_pdf_without_text_or_images(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    path = tmp_path / "blank.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError, match="PDF has no text"):
        read_report(str(path))


def test_password_protected_pdf() -> None:
    with pytest.raises(InputError, match="password-protected PDF"):
        read_report(str(FIXTURES / "password.pdf"))


def test_owner_password_only_is_read() -> None:
    # permissions without a password to open: every reader opens it, so do we
    report = load_report(str(FIXTURES / "owner-password.pdf"))
    found = compact(audit_report(report, AuditOptions(strict=True)))
    # an early rendering of samples/sukamaju-2023.md, made before its BAB IV was
    # finished and its Perjanjian Kinerja attached: the sample's table errors, and
    # no finding about the PK, which BAB II prints as its own table (Tabel II.1
    # Perjanjian Kinerja …)
    assert sorted(str([r, ref, e, a]) for r, ref, _, e, a in found) == sorted(
        str([r, ref, e, a]) for r, ref, _, e, a in PLANTED if ref.startswith("tabel")
    )


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 20,
        (SAMPLES / "sukamaju-2023.pdf").read_bytes()[:12000],
    ],
    ids=["garbage", "truncated"],
)
def test_damaged_pdf(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "rusak.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match="damaged PDF file"):
        read_report(str(path))


def test_page_limit(tmp_path: Path) -> None:
    with pytest.raises(
        InputError,
        match=r"5 pages, above the 3 page limit \(raise it with --max-pages\)",
    ):
        read_report(str(FIXTURES / "mekarsari-2024.pdf"), limits=Limits(max_pages=3))


def test_cell_limit() -> None:
    with pytest.raises(InputError, match="--max-cells"):
        read_report(str(FIXTURES / "mekarsari-2024.pdf"), limits=Limits(max_cells=100))


# ------------------------------------------- a table drawn the way Word draws it


def _drawn_table(
    tmp_path: Path,
    lines: tuple[tuple[float, str, bool], ...] = (
        (735, "Tabel 3.16 Realisasi Anggaran", False),
    ),
) -> Path:
    """A PDF whose borders are thin filled rectangles in one path (Word's way);
    the header's "Tahun 2024" spans two columns (no border between them). ``lines``:
    the prose around the table (it spans y 640 to 720), as (baseline y, text, bold)."""
    import ctypes

    raw = pdfium.raw
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)

    def text(x: float, y: float, s: str, bold: bool = False) -> None:
        font = b"Helvetica-Bold" if bold else b"Helvetica"
        obj = raw.FPDFPageObj_NewTextObj(pdf.raw, font, ctypes.c_float(9))
        buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        raw.FPDFPage_InsertObject(page.raw, obj)

    path = raw.FPDFPageObj_CreateNewPath(50, 700)

    def rect(x: float, y: float, w: float, h: float) -> None:
        raw.FPDFPath_MoveTo(path, x, y)
        raw.FPDFPath_LineTo(path, x + w, y)
        raw.FPDFPath_LineTo(path, x + w, y + h)
        raw.FPDFPath_LineTo(path, x, y + h)
        raw.FPDFPath_Close(path)

    xs, ys = [50, 250, 350, 450], [720, 700, 680, 660, 640]
    for y in ys:
        if y == 700:  # under the spanning header only
            rect(xs[1], y, xs[-1] - xs[1], 0.5)
        else:
            rect(xs[0], y, xs[-1] - xs[0], 0.5)
    for x in xs:
        top = 700 if x == 350 else 720  # no border inside the spanning cell
        rect(x, ys[-1], 0.5, top - ys[-1])
    raw.FPDFPath_SetDrawMode(path, raw.FPDF_FILLMODE_WINDING, False)
    raw.FPDFPage_InsertObject(page.raw, path)
    for y, line, bold in lines:
        text(50, y, line, bold)
    text(55, 706, "Uraian")
    text(255, 706, "Tahun 2024")
    text(255, 686, "Anggaran")
    text(355, 686, "Realisasi")
    text(55, 666, "Penyediaan Jasa Surat")
    text(255, 666, "1.800.000")
    text(355, 666, "900.000")
    text(55, 646, "JUMLAH")
    text(255, 646, "1.800.000")
    text(355, 646, "990.000")
    raw.FPDFPage_GenerateContent(page.raw)
    target = tmp_path / "drawn.pdf"
    pdf.save(str(target))
    return target


def test_a_table_drawn_with_filled_rectangles_and_a_merged_header(
    tmp_path: Path,
) -> None:
    report = read_report(str(_drawn_table(tmp_path)))
    [table] = report.tables
    assert (table.id, table.page_start) == ("tabel-3.16", 1)
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Uraian", "Tahun 2024", ""],  # "Uraian" spans down: empty below
        ["", "Anggaran", "Realisasi"],
        ["Penyediaan Jasa Surat", "1.800.000", "900.000"],
        ["JUMLAH", "1.800.000", "990.000"],
    ]
    assert [r.cells[0].line for r in table.rows] == [2, 3, 4, 5]


_CAPTION = (760, "Tabel 3.16 Realisasi Anggaran", True)
_NOTE = "(dalam ribuan rupiah)"


@pytest.mark.parametrize(
    "lines",
    [
        (_CAPTION, (740, _NOTE, False)),  # a note between the caption and the table
        ((735, "Tabel 3.16 Realisasi Anggaran", False), (620, _NOTE, False)),  # below
    ],
    ids=["between", "below"],
)
def test_a_scale_note_as_its_own_paragraph_leaves_the_caption(
    tmp_path: Path, lines: tuple[tuple[float, str, bool], ...]
) -> None:
    report = load_report(str(_drawn_table(tmp_path, lines)))
    assert [p.text for p in report.paragraphs] == [
        "Tabel 3.16 Realisasi Anggaran",
        _NOTE,
    ]
    [table] = report.tables
    assert (table.id, table.caption, table.note) == (
        "tabel-3.16",
        "Tabel 3.16 Realisasi Anggaran",
        _NOTE,
    )
    assert [(c.header, c.scale) for c in table.columns] == [
        ("Uraian", 0),
        ("Anggaran", 3),
        ("Realisasi", 3),
    ]


def test_a_paragraph_between_that_is_no_note_is_still_no_caption(
    tmp_path: Path,
) -> None:
    # the line just above the table is prose, not a note: the caption above it is
    # not the table's (as before), and nothing is read as a scale
    lines = (_CAPTION, (740, "Rincian realisasi sebagai berikut:", False))
    report = load_report(str(_drawn_table(tmp_path, lines)))
    [table] = report.tables
    assert (table.id, table.caption, table.note) == ("tabel-ke-1", None, None)
    assert [c.scale for c in table.columns] == [0, 0, 0]


@pytest.mark.parametrize(
    "lines",
    [
        (_CAPTION, (740, "Sumber: Bagian Keuangan", False)),  # a source between
        ((620, "Tabel 3.16 Realisasi Anggaran", False),),  # printed below
    ],
    ids=["source-between", "below"],
)
def test_a_caption_apart_from_its_table_names_it(
    tmp_path: Path, lines: tuple[tuple[float, str, bool], ...]
) -> None:
    report = load_report(str(_drawn_table(tmp_path, lines)))
    [table] = report.tables
    assert (table.id, table.caption, table.note) == (
        "tabel-3.16",
        "Tabel 3.16 Realisasi Anggaran",
        None,
    )


# ------------------------------------------------ paragraphs over a page break


def _prose_pdf(tmp_path: Path, pages: list[list[tuple[float, str]]]) -> Path:
    """A PDF of prose lines: per page, (baseline y, text) in Helvetica 10."""
    import ctypes

    raw = pdfium.raw
    pdf = pdfium.PdfDocument.new()
    for lines in pages:
        page = pdf.new_page(595, 842)
        for y, s in lines:
            obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(10))
            buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, y)
            raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
    target = tmp_path / "prose.pdf"
    pdf.save(str(target))
    return target


def test_a_sentence_cut_by_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    path = _prose_pdf(
        tmp_path,
        [
            [
                (740, "BAB III AKUNTABILITAS KINERJA"),
                (717, "Dalam melaksanakan tugasnya, Kecamatan Contoh didukung"),
                (704, "oleh pegawai sebanyak 19 orang yang terdiri atas PNS sebanyak"),
            ],
            [
                (740, "12 orang dan TKB sebanyak 7 orang. Rinciannya menurut"),
                (727, "pendidikan dan golongan disajikan pada tabel berikut"),
            ],
            [
                (740, "Tabel 3.5 Jumlah Pegawai menurut Pendidikan"),
                (717, "DOKUMEN PERJANJIAN KINERJA DAN"),
                (704, "DATA KINERJA"),  # capitals at the line spacing: no break
            ],
        ],
    )
    report = read_report(str(path))
    texts = [p.text for p in report.paragraphs]
    assert texts == [
        "BAB III AKUNTABILITAS KINERJA",
        "Dalam melaksanakan tugasnya, Kecamatan Contoh didukung\n"
        "oleh pegawai sebanyak 19 orang yang terdiri atas PNS sebanyak\n"
        "12 orang dan TKB sebanyak 7 orang. Rinciannya menurut\n"
        "pendidikan dan golongan disajikan pada tabel berikut",
        # a caption opens the next page: the paragraph above does not go on
        "Tabel 3.5 Jumlah Pegawai menurut Pendidikan",
        "DOKUMEN PERJANJIAN KINERJA DAN\nDATA KINERJA",
    ]
    para = report.paragraphs[1]
    assert (para.page, para.line, para.line_end) == (1, 2, 2)
    assert [para.place(k) for k in range(4)] == [(1, 2), (1, 3), (2, 1), (2, 2)]


def _placed_pdf(
    tmp_path: Path, lines: list[tuple[float, list[tuple[float, str]]]]
) -> str:
    """One page of text runs in Helvetica 10: per line, its baseline y and (x, text)."""
    return runs_pdf(tmp_path / "placed.pdf", lines)


def _row(y: float, *cells: str) -> tuple[float, list[tuple[float, str]]]:
    # text left-aligned at 72 and 100; figures right-aligned on 330, 420, 500
    lefts = [(72.0, cells[0]), (100.0, cells[1])]
    figures = [
        (right - 5.0 * len(text), text)
        for right, text in zip((330.0, 420.0, 500.0), cells[2:], strict=False)
    ]
    return y, [(x, t) for x, t in lefts + figures if t]


def test_a_table_without_ruling_lines_is_a_table(tmp_path: Path) -> None:
    path = _placed_pdf(
        tmp_path,
        [
            (760, [(72, "Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja")]),
            _row(740, "No", "Jenis Belanja", "Anggaran", "Realisasi", "%"),
            _row(
                726, "1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"
            ),
            _row(712, "2", "Belanja Modal", "125.000.000", "119.870.000", "95,90"),
            _row(698, "", "JUMLAH", "2.971.320.000", "2.859.388.400", "96,23"),
            (670, [(72, "Belanja modal terserap 95,90% dari pagunya.")]),
        ],
    )
    report = read_report(path)
    (table,) = report.tables
    assert table.caption == "Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja"
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["No", "Jenis Belanja", "Anggaran", "Realisasi", "%"],
        ["1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"],
        ["2", "Belanja Modal", "125.000.000", "119.870.000", "95,90"],
        ["", "JUMLAH", "2.971.320.000", "2.859.388.400", "96,23"],
    ]
    assert [(c.page, c.line) for c in table.rows[3].cells[1:2]] == [(1, 5)]
    assert [p.text for p in report.paragraphs] == [
        "Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja",
        "Belanja modal terserap 95,90% dari pagunya.",
    ]


def test_aligned_lines_that_are_no_table_stay_prose(tmp_path: Path) -> None:
    path = _placed_pdf(
        tmp_path,
        [
            # a table of contents: one column of figures only
            (760, [(72, "BAB I"), (140, "PENDAHULUAN"), (480, "1")]),
            (746, [(72, "BAB II"), (140, "PERENCANAAN KINERJA"), (480, "5")]),
            (732, [(72, "BAB III"), (140, "AKUNTABILITAS KINERJA"), (480, "9")]),
            # a signature block: two groups a line
            (700, [(72, "Mengetahui,"), (360, "Lumajang, 14 Januari 2025")]),
            (686, [(72, "Sekretaris Kecamatan"), (360, "Camat Sumberwaru")]),
            (
                672,
                [
                    (72, "NIP. 19700101 199003 1 001"),
                    (360, "NIP. 19710202 199103 1 002"),
                ],
            ),
            # prose with figures, single-spaced words
            (
                640,
                [(72, "Realisasi anggaran tahun 2024 sebesar Rp 2.859.388.400 atau")],
            ),
            (
                626,
                [(72, "96,23% dari pagu Rp 2.971.320.000 dengan sisa Rp 111.931.600")],
            ),
            (
                612,
                [
                    (
                        72,
                        "sehingga serapan anggaran 96,23% dan efisiensi 3,77% tercapai.",
                    )
                ],
            ),
        ],
    )
    report = read_report(path)
    assert report.tables == []
    assert [p.text.split("\n")[0] for p in report.paragraphs] == [
        "BAB I PENDAHULUAN 1",
        "Mengetahui, Lumajang, 14 Januari 2025",
        "Realisasi anggaran tahun 2024 sebesar Rp 2.859.388.400 atau",
    ]


def test_a_table_without_ruling_whose_cell_wraps_is_read_whole(
    tmp_path: Path,
) -> None:
    # "Belanja Barang dan Jasa" / "Lainnya": the rows below the wrapped cell
    # align, but taken alone they are a table cut short (no header, a name cut
    # in two); the name's two lines are one cell of the whole table
    path = _placed_pdf(
        tmp_path,
        [
            (760, [(72, "Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja")]),
            _row(740, "No", "Jenis Belanja", "Anggaran", "Realisasi", "%"),
            _row(
                726, "1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"
            ),
            (712, [(100, "Belanja Barang dan Jasa")]),
            _row(702, "2", "Lainnya", "722.300.000", "697.872.350", "96,62"),
            _row(688, "3", "Belanja Modal", "125.000.000", "119.870.000", "95,90"),
            _row(674, "", "JUMLAH", "3.693.620.000", "3.557.260.750", "96,31"),
        ],
    )
    report = read_report(path)
    (table,) = report.tables
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["No", "Jenis Belanja", "Anggaran", "Realisasi", "%"],
        ["1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"],
        ["2", "Belanja Barang dan Jasa Lainnya", "722.300.000", "697.872.350"]
        + ["96,62"],
        ["3", "Belanja Modal", "125.000.000", "119.870.000", "95,90"],
        ["", "JUMLAH", "3.693.620.000", "3.557.260.750", "96,31"],
    ]
    assert [p.text for p in report.paragraphs] == [
        "Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja"
    ]


# ------------------------------------------------- narrow columns (LibreOffice)

_WORDS = frozenset(
    {"administrasi", "keuangan", "penunjang", "urusan", "koordinasi", "dan"}
    | {"penyelenggaraan", "pemerintahan"}
    | {"sinkronisasi", "pengelola", "pengelolaan", "pusat", "strategi", "strategis"}
)


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        # a word the column cut, its padding hiding how full the line was
        (
            [("Administr", 54.9, 6.1), ("asi Keuangan", 55.1, 5.0)],
            "Administrasi Keuangan",
        ),
        ([("PENUNJA", 55.7, 8.0), ("NG URUSAN", 50.9, 8.5)], "PENUNJANG URUSAN"),
        # a word cut over three lines: its start is the start of a word
        (
            [("PENYE", 50.0, 8.0), ("LENGG", 50.0, 8.0), ("ARAAN", 50.0, 8.0)],
            "PENYELENGGARAAN",
        ),
        # a word and a piece that is none: "an" is no word
        ([("Pengelola", 50.0, 6.0), ("an Pusat", 40.0, 5.0)], "Pengelolaan Pusat"),
        ([("Strategi", 44.0, 5.5), ("s", 4.5, 4.5)], "Strategis"),
        # a whole word keeps its space, however full its line looks
        ([("Koordinasi", 58.0, 6.0), ("dan Sinkronisasi", 55.0, 5.0)],)
        + ("Koordinasi dan Sinkronisasi",),
        # an official code cut after a dot, a name cut before a slash
        ([("2.16.01.2.", 54.2, 5.4), ("02.0001", 43.2, 6.2)], "2.16.01.2.02.0001"),
        ([("Kabupaten", 50.0, 6.0), ("/Kota", 30.0, 3.0)], "Kabupaten/Kota"),
    ],
)
def test_words_the_column_cut_are_mended_by_the_documents_words(
    lines: list[tuple[str, float, float]], text: str
) -> None:
    assert join_lines(lines, 61.0, _WORDS) == text


def test_only_words_no_column_could_cut_are_whole_words() -> None:
    from lkjaudit.readers.pdftable import Fragment, Piece, whole_words

    def row(*lines: str) -> list[Piece]:
        return [Piece(left=0, lines=[(text, 30, 5) for text in lines])]

    rows = [row("Pertama"), row("Ringkasan Administr", "asi Umum"), row("JUMLA")]
    found = whole_words(["Laporan kinerja."], [Fragment(1, [0, 60], rows, [1, 2, 3])])
    # "Administr" ends a line and "asi" starts one: either may be a cut word; a
    # page's first and last rows may be rows the page break cut
    assert found == {"laporan", "kinerja", "ringkasan", "umum"}


@pytest.fixture(scope="module")
def diskominfo():  # type: ignore[no-untyped-def]
    # tests/probes/diskominfo-tanahbaru-2024.txt put in a Word table of equal
    # columns and printed to PDF by LibreOffice: narrow columns cut words, codes
    # and amounts, and a page break cuts a row after its "Rp"
    return load_report(str(FIXTURES / "diskominfo-2024.pdf"))


def test_a_row_cut_after_its_currency_prefix_is_one_row(diskominfo) -> None:  # type: ignore[no-untyped-def]
    budget = diskominfo.table("tabel-3.4")
    row = budget.row(8)
    assert [c.text for c in row.cells] == [
        "2.16.03",
        "PROGRAM APLIKASI INFORMATIKA",
        "Rp 2.400.000.000",
        "Rp 2.160.000.000",
        "Rp 240.000.000",
        "90,00",
    ]
    assert (row.cells[1].page, len(budget.rows)) == (4, 14)
    assert [r.cells[1].text for r in budget.rows[1:3]] == [
        "Administrasi Keuangan Perangkat Daerah",
        "Penyediaan Gaji dan Tunjangan ASN",
    ]


def test_the_narrow_pdf_gives_the_findings_of_its_text(diskominfo) -> None:  # type: ignore[no-untyped-def]
    from test_probe_diskominfo import PLANTED as IN_TEXT

    found = compact(audit_report(diskominfo, AuditOptions(strict=True)))

    def where(ref: str) -> str:
        # the PDF counts its paragraphs (a title line, a page's running text) its
        # own way: a sentence's finding is compared by what it says
        return "text" if ref.startswith("text/") else ref

    # the same rules on the same cells with the same figures; lines are the PDF's
    assert [[f[0], where(f[1]), f[3], f[4]] for f in found] == [
        [f[0], where(f[1]), f[3], f[4]] for f in IN_TEXT
    ]


# a kecamatan's table of programmes printed by LibreOffice in narrow columns, the
# page break falling inside a row: after its JUMLAH label's first letters
# ("JUMLA" / "H", its amounts after "Rp") or inside its amounts ("Rp 25.000." /
# "000"); the text it was made from gives these findings
_CUT_FINDINGS = sorted(
    [
        ("capaian-equals-realisasi-over-target", "90,00", "95,00"),
        ("persen-anggaran-equals-realisasi-over-anggaran", "92,40", "93,40"),
        ("rollup-reproducible", "100%", "95%"),
        ("rollup-reproducible", "90,91%", "90%"),
        ("text-figure-matches-table", "Rp 18.200.000", "Rp 18.500.000"),
        ("total-row-equals-column-sum", "Rp 117.659.000", "Rp 117.695.000"),
    ]
)


@pytest.mark.parametrize("name", ["cut-jumlah.pdf", "cut-amount.pdf"])
def test_a_row_the_page_break_cut_reads_as_in_the_text(name: str) -> None:
    report = load_report(str(FIXTURES / name))
    found = audit_report(report, AuditOptions(strict=True))
    assert sorted((f.rule_id, f.expected, f.actual) for f in found) == _CUT_FINDINGS
    (total,) = [r for t in report.tables for r in t.rows if r.kind == RowKind.TOTAL]
    assert total.cells[1].text == "JUMLAH"


# the same table with the page break in its header, printed by LibreOffice
# (scripts/make_page_breaks.py): the caption and the header's first line at a
# page's foot, the rest on the next page ("Progra" / "m/Kegiatan/Sub
# Kegiatan"), and a row cut further on (the last lines of its "… Ketertiban
# Umum", "ban Umum", on the next page); and a header of two rows ("Kinerja" and
# "Anggaran" merged over three columns each) cut inside its first row; the
# text it was made from gives these findings, at these rows and columns
_CUT_HEADER_FINDINGS = [
    ("capaian-equals-realisasi-over-target", 4, "capaian", "90,00", "95,00"),
    ("persen-anggaran-equals-realisasi-over-anggaran", 6, "persen_anggaran")
    + ("92,40", "93,40"),
    ("rollup-reproducible", 1, "realisasi", "100%", "95%"),
    ("rollup-reproducible", 8, "realisasi", "90,91%", "90%"),
    ("text-figure-matches-table", 0, "", "Rp 18.200.000", "Rp 18.500.000"),
    ("total-row-equals-column-sum", 10, "realisasi_anggaran")
    + ("Rp 117.659.000", "Rp 117.695.000"),
]


def _placed(report) -> list[tuple[str, str | None, int, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    found = audit_report(report, AuditOptions(strict=True))
    return sorted(
        (
            f.rule_id,
            f.location.table,
            f.location.row or 0,
            f.location.column or "",
            f.expected,
            f.actual,
        )
        for f in found
    )


_HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator"]
_UNDER = ["Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)"]


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("cut-header.pdf", [[*_HEADER, *_UNDER, "Serapan (%)"]]),
        (
            "cut-header-rows.pdf",
            [
                [*_HEADER, "Kinerja", "", "", "Anggaran", "", ""],
                ["", "", "", *_UNDER, "Serapan (%)"],
            ],
        ),
    ],
)
def test_a_header_the_page_break_cut_is_one_header(
    name: str, header: list[list[str]]
) -> None:
    report = load_report(str(FIXTURES / name))
    (table,) = report.tables
    assert [[cell.text for cell in row] for row in table.header] == header
    assert _placed(report) == [
        (rule, None if row == 0 else "Tabel 3.4", row, column, expected, actual)
        for rule, row, column, expected, actual in _CUT_HEADER_FINDINGS
    ]


def test_a_page_opening_with_another_header_starts_another_table() -> None:
    # Tabel 3.4 (without its total row) ends a page with a row full in every
    # column; the next page opens, with no caption, with a table of the same
    # columns and a header of its own (Sasaran Strategis, Sisa (Rp)): two
    # tables, as in the text it was made from
    report = load_report(str(FIXTURES / "new-header.pdf"))
    other = "Tabel ke-2 (LAPORAN KINERJA KECAMATAN SUKAREJA TAHUN 2024)"
    assert [t.label for t in report.tables] == ["Tabel 3.4", other]
    assert [len(t.rows) for t in report.tables] == [9, 2]
    assert _placed(report) == sorted(
        [
            ("capaian-equals-realisasi-over-target", "Tabel 3.4", 4, "capaian")
            + ("90,00", "95,00"),
            ("capaian-equals-realisasi-over-target", other, 2, "capaian")
            + ("90,00", "95,00"),
            ("persen-anggaran-equals-realisasi-over-anggaran", "Tabel 3.4", 6)
            + ("persen_anggaran", "92,40", "93,40"),
            ("rollup-reproducible", "Tabel 3.4", 1, "realisasi", "100%", "95%"),
            ("rollup-reproducible", "Tabel 3.4", 8, "realisasi", "90,91%", "90%"),
            ("sisa-equals-anggaran-minus-realisasi", other, 2, "sisa")
            + ("Rp 2.000.000", "Rp 2.500.000"),
            ("text-figure-matches-table", None, 0, "")
            + ("Rp 18.200.000", "Rp 18.500.000"),
        ]
    )


def _cells(*texts: str, left: float = 0.0) -> list[Piece]:
    """A row of one-line cells 50 pt wide ("" an empty cell)."""
    return [
        Piece(left=left + 50 * k, lines=[(t, 20.0, 5.0)] if t else [], inner=44.0)
        for k, t in enumerate(texts)
    ]


_XS = [0.0, 50.0, 100.0, 150.0, 200.0]


@pytest.mark.parametrize(
    ("top", "joined"),
    [
        # the rest of the header row the break cut: "Kode" ended on its page
        (("", "si", "n (%)", "(Rp)"), True),
        # every label goes on, one with a word's rest
        (("(1)", "si", "Akhir", "(Rp)"), True),
        # a header of its own: every column named afresh
        (("No", "Sasaran", "Indikator", "Sisa (Rp)"), False),
        # the header's next row: a unit row, then a first row of figures
        (("", "(%)", "(%)", "(Rp)"), True),
        (("1.01", "Program", "90%", "Rp 5.000"), True),
    ],
)
def test_a_page_that_ended_in_a_header_alone_goes_on_with_its_rest(
    top: tuple[str, ...], joined: bool
) -> None:
    from lkjaudit.readers.pdf import _continues

    head = Fragment(1, _XS, [_cells("Kode", "Realisa", "Capaia", "Pagu")], [30])
    part = Fragment(2, _XS, [_cells(*top), _cells("1", "x", "95%", "Rp 1")], [1, 4])
    assert _continues([head], part) is joined


@pytest.mark.parametrize(
    ("top", "joined"),
    [
        # the rest of the row the break cut: words under its words only
        (("", "di Tingkat Kecamatan", "", ""), True),
        # a unit under its bare number
        (("", "", "dokumen", ""), True),
        # another table's header: words under the row's figures
        (("Uraian", "Sasaran", "Realisasi", "Sisa (Rp)"), False),
    ],
)
def test_the_rest_of_a_cut_row_is_no_header_of_its_own(
    top: tuple[str, ...], joined: bool
) -> None:
    from lkjaudit.readers.pdf import _continues

    body = [
        _cells("Program", "Uraian", "Target", "Anggaran"),
        _cells("1.01", "Koordinasi Tingkat", "4", "Rp 5.000.000"),
    ]
    part = Fragment(2, _XS, [_cells(*top), _cells("1.02", "x", "5", "Rp 1")], [1, 4])
    assert _continues([Fragment(1, _XS, body, [20, 24])], part) is joined


def test_a_cut_header_and_an_empty_rest_join_their_rows() -> None:
    header = Fragment(1, _XS, [_cells("Kode", "Realisa", "Capaia", "Pagu")], [30])
    rest = Fragment(
        2,
        _XS,
        [_cells("", "si", "n (%)", "(Rp)"), _cells("1", "2 dokumen", "95%", "Rp 1")],
        [1, 3],
    )
    # a page opening with a row of no text: the empty rest of the row above
    empty = Fragment(
        3, _XS, [_cells("", "", "", ""), _cells("2", "x", "90%", "Rp 2")], [1, 2]
    )
    raw = join_table([header, rest, empty], frozenset({"realisasi", "capaian"}))
    assert [[cell.text for cell in row] for row in raw.rows] == [
        ["Kode", "Realisasi", "Capaian (%)", "Pagu (Rp)"],
        ["1", "2 dokumen", "95%", "Rp 1"],
        ["2", "x", "90%", "Rp 2"],
    ]
    assert [(row[0].page, row[0].line) for row in raw.rows] == [(1, 30), (2, 3), (3, 2)]
    assert raw.gaps == {1, 2}
