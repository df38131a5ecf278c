"""Running headers of a PDF of two pages: a line a page template draws at the top
of both pages is dropped, so a table over the page break stays one table. The
PDFs are drawn here with pdfium (as in test_pdf_page_top.py): borders as thin
filled rectangles, text in Helvetica 8."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report

HEADER = ("Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)")
XS = (50.0, 200.0, 340.0, 400.0, 460.0, 545.0)
ROW_HEIGHT = 20.0
FIRST = [
    HEADER,
    ("Meningkatnya kualitas pelayanan", "Layanan tepat waktu", "90%", "81%", "90,00"),
    ("", "Pengaduan tertangani", "20", "18", "90,00"),
]
# the second page: the header repeated, then a row whose capaian is wrong (90,00)
SECOND = [
    HEADER,
    ("Meningkatnya tata kelola", "Dokumen tepat waktu", "100%", "90%", "95,00"),
]
RUNNING = "LKjIP Dinas Contoh Tahun 2024"


def _text(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, x: float, y: float, s: str
) -> None:
    raw = pdfium.raw
    obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(8))
    buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
    raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    raw.FPDFPage_InsertObject(page.raw, obj)


def _page(
    pdf: pdfium.PdfDocument,
    rows: list[tuple[str, ...]],
    top: float,
    lines: list[tuple[float, str]],
) -> None:
    """A page with a ruled table from ``top`` down and prose ``lines`` (y, text)."""
    raw = pdfium.raw
    page = pdf.new_page(595, 842)
    path = raw.FPDFPageObj_CreateNewPath(XS[0], top)

    def rect(x: float, y: float, w: float, h: float) -> None:
        raw.FPDFPath_MoveTo(path, x, y)
        raw.FPDFPath_LineTo(path, x + w, y)
        raw.FPDFPath_LineTo(path, x + w, y + h)
        raw.FPDFPath_LineTo(path, x, y + h)
        raw.FPDFPath_Close(path)

    bottom = top - ROW_HEIGHT * len(rows)
    for k in range(len(rows) + 1):
        rect(XS[0], top - ROW_HEIGHT * k, XS[-1] - XS[0], 0.5)
    for x in XS:
        rect(x, bottom, 0.5, top - bottom)
    raw.FPDFPath_SetDrawMode(path, raw.FPDF_FILLMODE_WINDING, False)
    raw.FPDFPage_InsertObject(page.raw, path)
    for k, row in enumerate(rows):
        for x, text in zip(XS, row, strict=False):
            if text:
                _text(pdf, page, x + 3, top - ROW_HEIGHT * (k + 1) + 7, text)
    for y, text in lines:
        _text(pdf, page, XS[0], y, text)
    raw.FPDFPage_GenerateContent(page.raw)


def _report(
    tmp_path: Path, first: list[tuple[float, str]], second: list[tuple[float, str]]
):  # type: ignore[no-untyped-def]
    """A table over two pages, ``first`` and ``second`` the lines above it."""
    pdf = pdfium.PdfDocument.new()
    _page(pdf, FIRST, 740, first)
    _page(pdf, SECOND, 740, second)
    target = tmp_path / "two-pages.pdf"
    pdf.save(str(target))
    return load_report(str(target))


def _wrong(report) -> list[tuple[str, str | None, int | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (f.rule_id, f.location.ref, f.location.page, f.expected)
        for f in audit_report(report, AuditOptions(strict=True))
        if f.severity == "error"
    ]


def test_a_running_header_on_both_pages_keeps_the_table_whole(
    tmp_path: Path,
) -> None:
    caption = (760.0, "Tabel 3.1 Capaian Kinerja Sasaran")
    report = _report(tmp_path, [(815.0, RUNNING), caption], [(815.0, RUNNING)])
    assert [p.text for p in report.paragraphs] == [caption[1]]
    (table,) = report.tables
    assert [[c.text for c in r.cells][1] for r in table.rows] == [
        "Layanan tepat waktu",
        "Pengaduan tertangani",
        "Dokumen tepat waktu",
    ]
    assert _wrong(report) == [
        ("capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:capaian", 2)
        + ("90,00",)
    ]


def test_a_running_footer_with_the_page_number_is_dropped_too(
    tmp_path: Path,
) -> None:
    caption = (760.0, "Tabel 3.1 Capaian Kinerja Sasaran")
    first = [caption, (30.0, f"{RUNNING} | hlm. 1")]
    report = _report(tmp_path, first, [(30.0, f"{RUNNING} | hlm. 2")])
    assert [p.text for p in report.paragraphs] == [caption[1]]
    assert len(report.tables) == 1


def test_captions_at_the_top_of_both_pages_are_kept(tmp_path: Path) -> None:
    # at one height, and alike but for their numbers: two captions, two tables
    first = [(815.0, "Tabel 3.1 Capaian Kinerja Sasaran")]
    second = [(815.0, "Tabel 3.2 Capaian Kinerja Sasaran")]
    report = _report(tmp_path, first, second)
    assert [t.caption for t in report.tables] == [first[0][1], second[0][1]]


def test_a_line_on_both_pages_at_two_heights_is_kept(tmp_path: Path) -> None:
    # not drawn by a page template: prose that happens to open both pages
    line = "Capaian kinerja sasaran disajikan pada tabel berikut."
    report = _report(tmp_path, [(815.0, line)], [(800.0, line)])
    assert [p.text for p in report.paragraphs] == [line, line]
    assert len(report.tables) == 2
