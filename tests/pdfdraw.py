"""Small PDFs drawn with pdfium for reader tests: a ruled table (borders as thin
filled rectangles) and lines of text in Helvetica 8."""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium

# the column edges and row height of the tables these tests draw
XS = (50.0, 200.0, 340.0, 400.0, 460.0, 545.0)
ROW_HEIGHT = 20.0


def text(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    x: float,
    y: float,
    s: str,
    size: float = 8.0,
) -> None:
    """Draw ``s`` at (x, y) on ``page`` in Helvetica of ``size`` points."""
    raw = pdfium.raw
    obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
    buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
    raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    raw.FPDFPage_InsertObject(page.raw, obj)


def ruled_page(
    pdf: pdfium.PdfDocument,
    rows: Sequence[tuple[str, ...]],
    top: float,
    lines: Sequence[tuple[float, str]] = (),
) -> None:
    """A new A4 page with a table of ``rows`` ruled all round from ``top`` down,
    and prose ``lines`` (y, text) at the table's left edge."""
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
        for x, cell in zip(XS, row, strict=False):
            if cell:
                text(pdf, page, x + 3, top - ROW_HEIGHT * (k + 1) + 7, cell)
    for y, line in lines:
        text(pdf, page, XS[0], y, line)
    raw.FPDFPage_GenerateContent(page.raw)


def runs_pdf(
    target: Path, lines: Sequence[tuple[float, Sequence[tuple[float, str]]]]
) -> str:
    """A PDF of one page of text runs in Helvetica 10, no lines drawn: per line,
    its baseline y and (x, text). Saved at ``target``; its path returned."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for y, runs in lines:
        for x, s in runs:
            text(pdf, page, x, y, s, size=10.0)
    pdfium.raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(target))
    return str(target)


def text_width(s: str, size: float = 10.0) -> float:
    """The width of ``s`` in Helvetica of ``size`` points, as pdfium lays it out."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    raw = pdfium.raw
    obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
    buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
    raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    raw.FPDFPageObj_Destroy(obj)
    page.close()
    pdf.close()
    return right.value - left.value


def page_pdf(
    target: Path,
    pages: Sequence[
        tuple[
            Sequence[tuple[float, Sequence[tuple[float, str, str]]]],
            Sequence[tuple[float, float, float]],
        ]
    ],
    size: float = 9.0,
) -> str:
    """A PDF of text runs and horizontal rules in Helvetica of ``size``, per page:
    its lines, each a baseline y and runs (x, text, how set: ``l`` starting at x,
    ``r`` ending at x), and its rules (y, x0, x1), half a point thick. Saved at
    ``target``; its path returned."""
    pdf = pdfium.PdfDocument.new()
    raw = pdfium.raw
    for lines, rules in pages:
        page = pdf.new_page(595, 842)
        for y, runs in lines:
            for x, s, how in runs:
                at = x - text_width(s, size) if how == "r" else x
                text(pdf, page, at, y, s, size=size)
        for y, x0, x1 in rules:
            path = raw.FPDFPageObj_CreateNewPath(x0, y)
            raw.FPDFPath_LineTo(path, x1, y)
            raw.FPDFPath_LineTo(path, x1, y + 0.5)
            raw.FPDFPath_LineTo(path, x0, y + 0.5)
            raw.FPDFPath_Close(path)
            raw.FPDFPath_SetDrawMode(path, raw.FPDF_FILLMODE_WINDING, False)
            raw.FPDFPage_InsertObject(page.raw, path)
        raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(target))
    return str(target)


def fonts_pdf(
    target: Path,
    pages: Sequence[Sequence[tuple[float, Sequence[tuple[float, str, str, str]]]]],
    size: float = 9.0,
) -> str:
    """A PDF of text runs, each in a font of its own, no lines drawn: per page,
    its lines, each a baseline y and runs (x, text, how set: ``l`` starting at
    x, ``r`` ending at x, ``c`` centred on x; font: ``Helvetica`` or
    ``Helvetica-Bold``). Saved at ``target``; its path returned."""
    pdf = pdfium.PdfDocument.new()
    raw = pdfium.raw
    for lines in pages:
        page = pdf.new_page(595, 842)
        for y, runs in lines:
            for x, s, how, font in runs:
                obj = raw.FPDFPageObj_NewTextObj(
                    pdf.raw, font.encode(), ctypes.c_float(size)
                )
                buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
                raw.FPDFText_SetText(
                    obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR))
                )
                left, bottom, right, top = (ctypes.c_float() for _ in range(4))
                raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                width = right.value - left.value
                at = {"l": x, "r": x - width, "c": x - width / 2}[how]
                raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, at, y)
                raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(target))
    return str(target)
