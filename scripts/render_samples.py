"""Render the text samples into the formats people actually exchange: DOCX, XLSX, PDF.

    python scripts/render_samples.py            # every sample, every format
    python scripts/render_samples.py --no-pdf   # without LibreOffice

For each ``samples/<name>.txt|.md`` this writes ``samples/<name>.docx`` (a Word
document as its author would have made it: real tables, merged header cells spanning
their columns, the program cell merged down over its indicator rows, header rows
repeated on every page, italics as italic runs), ``samples/<name>.xlsx`` (one sheet
per table with its caption above it, numbers typed as Excel numbers with the number
format that prints them as the report does, prose on a sheet of its own) and
``samples/<name>.pdf`` (the DOCX converted by LibreOffice, as reports are published).

The tables are rendered from what lkjaudit understood of the text sample (header,
columns, body rows), so the rendered files hold the same report; the parity tests
check that every reader finds the same problems in them. The files are committed so
the tests need neither LibreOffice nor this script.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from lkjaudit.analysis import analyze
from lkjaudit.model.report import ColumnRole, Paragraph, Report, RowKind, Table
from lkjaudit.model.values import ValueKind, parse_value
from lkjaudit.readers.numfmt import render_number
from lkjaudit.readers.text import make_cell, read_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["pasirian-tw2-2024.txt", "sukamaju-2023.md"]
R = ColumnRole
_TEXT_ROLES = {R.URAIAN, R.INDIKATOR, R.FORMULASI, R.KETERANGAN}
_MERGE_DOWN = {R.NO, R.URAIAN}


def analysed(path: Path) -> Report:
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    fmt = "markdown" if path.suffix == ".md" else "text"
    return analyze(read_text(path.name, text, fmt))


def in_order(report: Report) -> list[Paragraph | Table]:
    """Paragraphs and tables in reading order."""
    items: list[tuple[int, Paragraph | Table]] = [
        (p.line or 0, p) for p in report.paragraphs
    ]
    items += [(t.line_start or 0, t) for t in report.tables]
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


# ------------------------------------------------------------------------ header


def header_grid(table: Table) -> list[list[tuple[str, int, int]]]:
    """The header as rows of (text, colspan, rowspan) over the physical columns.

    Built from the analysed columns: group labels span the columns they group, leaf
    labels span a value and its unit column, a label with nothing below spans down.
    A column-number row ("1 2 3 … 6=5/4") follows when the table has one.
    """
    levels: list[list[str]] = []
    for col in table.columns:
        labels = [g for g in col.group.split(" / ") if g] if col.group else []
        if col.header:
            labels.append(col.header)
        levels.append(labels)
    depth = max((len(labels) for labels in levels), default=0)
    grid: list[list[tuple[str, int, int]]] = []
    for level in range(depth):
        row: list[tuple[str, int, int]] = []
        k = 0
        while k < len(table.columns):
            labels = levels[k]
            if level >= len(labels) and labels:
                row.append(("", len(table.columns[k].cells), 0))  # merged from above
                k += 1
                continue
            text = labels[level] if level < len(labels) else ""
            span = len(table.columns[k].cells)
            j = k + 1
            leaf = level == len(labels) - 1
            while (
                j < len(table.columns)
                and text
                and levels[j][: level + 1] == labels[: level + 1]
                and (len(levels[j]) - 1 == level) == leaf
            ):
                span += len(table.columns[j].cells)
                j += 1
            down = depth - level if leaf else 1
            row.append((text, span, down))
            k = j
        grid.append(row)
    if table.numbering is not None:
        labelled = [c.text for c in table.numbering if c.text]
        row = []
        for k, col in enumerate(table.columns):
            text = labelled[k] if len(labelled) == len(table.columns) else ""
            if len(labelled) != len(table.columns):
                text = next(
                    (
                        table.numbering[p].text
                        for p in col.cells
                        if p < len(table.numbering) and table.numbering[p].text
                    ),
                    "",
                )
            row.append((text, len(col.cells), 1))
        grid.append(row)
    return grid


# -------------------------------------------------------------------------- DOCX


def _set_repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _write_runs(paragraph: object, raw: str, italic: bool, bold: bool) -> None:
    """Text as runs; ``<i>…</i>`` inside a cell becomes an italic run."""
    pieces = re.split(r"(<i>.*?</i>)", raw) if "<i>" in raw and not italic else [raw]
    for piece in pieces:
        if not piece:
            continue
        part_italic = italic or piece.startswith("<i>")
        text = make_cell(piece).text if piece.startswith("<i>") else piece
        text = make_cell(text).text if not piece.startswith("<i>") else text
        if not text:
            continue
        run = paragraph.add_run(text)  # type: ignore[attr-defined]
        run.italic = part_italic or None
        run.bold = bold or None


def _widths(table: Table) -> list[float]:
    weights: list[float] = [1.0] * table.ncols
    for col in table.columns:
        heavy = col.role in _TEXT_ROLES or col.content == "text"
        weights[col.cells[0]] = 4.0 if heavy else 1.6
        if col.role == R.NO:
            weights[col.cells[0]] = 0.7
        for unit in col.cells[1:]:
            weights[unit] = 1.1
    total = sum(weights)
    return [17.0 * w / total for w in weights]


def docx_table(document: object, table: Table) -> None:
    grid = header_grid(table)
    width = table.ncols
    out = document.add_table(rows=0, cols=width)  # type: ignore[attr-defined]
    out.style = "Table Grid"
    widths = _widths(table)
    spans: list[tuple[int, int, int, int]] = []  # r0, c0, r1, c1 merges
    for r, row in enumerate(grid):
        cells = out.add_row().cells
        _set_repeat_header(out.rows[-1])
        c = 0
        for text, span, down in row:
            if text:
                _write_runs(cells[c].paragraphs[0], text, False, True)
                cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if span > 1 or down > 1:
                spans.append((r, c, r + max(down, 1) - 1, c + span - 1))
            c += span
    entity_start: dict[int, int] = {}
    for row in table.rows:
        cells = out.add_row().cells
        r = len(out.rows) - 1
        if row.kind != RowKind.CONTINUATION:
            entity_start = {}
        for j in range(width):
            cell = row.cells[j] if j < len(row.cells) else None
            if cell is not None and cell.text:
                paragraph = cells[j].paragraphs[0]
                _write_runs(paragraph, cell.raw, cell.italic, cell.bold)
        for col in table.columns:
            j = col.cells[0]
            merge_down = col.role in _MERGE_DOWN or col.index in row.inherited
            if (
                row.kind == RowKind.CONTINUATION
                and merge_down
                and not row.cells[j].text
            ):
                start = entity_start.setdefault(j, r - 1)
                spans.append((start, j, r, j))
    out.autofit = False
    for j, column in enumerate(out.columns):
        column.width = Cm(widths[j])
    for row in out.rows:
        for j, cell in enumerate(row.cells):
            cell.width = Cm(widths[j])
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    merged: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in spans:
        key = (r0, c0)
        if key in merged:  # a longer vertical run of the same merge
            merged[key] = (max(merged[key][0], r1), max(merged[key][1], c1))
        else:
            merged[key] = (r1, c1)
    for (r0, c0), (r1, c1) in merged.items():
        out.cell(r0, c0).merge(out.cell(r1, c1))


def to_docx(report: Report, target: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for item in in_order(report):
        if isinstance(item, Paragraph):
            # a line break of the text export stays a line break (Shift+Enter)
            paragraph = document.add_paragraph()
            first, *more = item.text.split("\n")
            run = paragraph.add_run(first)
            run.bold = item.bold or None
            for line in more:
                run.add_break()
                run = paragraph.add_run(line)
                run.bold = item.bold or None
        else:
            docx_table(document, item)
            document.add_paragraph()
    props = document.core_properties
    props.author = "lkjaudit render_samples.py"
    props.title = report.title or report.source
    document.save(str(target))


# -------------------------------------------------------------------------- XLSX


def excel_value(text: str) -> tuple[object, str] | None:
    """A typed Excel number and number format that print exactly ``text``."""
    value = parse_value(text)
    if value.kind != ValueKind.NUMBER or len(value.parts) != 1 or value.note:
        return None
    number = value.number
    assert number is not None
    grouped = bool(re.search(r"\d\.\d{3}", text))
    digits = ("#,##0" if grouped else "0") + (
        "." + "0" * value.decimals if value.decimals else ""
    )
    if value.unit is None:
        fmt, typed = digits, number
    elif value.unit == "%":
        space = " " if re.search(r"\d\s+%", text) else ""
        fmt, typed = f"{digits}{space}%", number / 100
    elif value.unit == "rp":
        prefix = re.match(r"\s*(rp\.?\s*)", text, re.IGNORECASE)
        if prefix is None:
            return None
        fmt, typed = f'"{prefix.group(1)}"{digits}', number
    else:
        return None
    excel: object = int(typed) if typed == typed.to_integral_value() else float(typed)
    if render_number(excel, fmt) != text.strip():  # type: ignore[arg-type]
        return None
    return excel, fmt


def _fit(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, at a word's end when it can be."""
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(" ", 1)[0].strip() or text[:limit]


def _sheet_name(table: Table, used: set[str]) -> str:
    """A sheet's name as a person would give it: the table's number or caption, or
    for a table without one, the heading it stands under ("LAMPIRAN PERJANJIAN…").
    Excel allows 31 characters; words are not cut.
    """
    name = table.label if table.caption or not table.section else table.section
    base = _fit(" ".join(re.sub(r"[\[\]:*?/\\]", " ", name).split()), 31) or "Tabel"
    name, k = base, 2
    while name.lower() in used:
        name, k = f"{_fit(base, 31 - len(str(k)) - 1)} {k}", k + 1
    used.add(name.lower())
    return name


def xlsx_table(ws: object, table: Table) -> None:
    bold = Font(bold=True)
    if table.caption:
        ws.cell(row=1, column=1, value=table.caption).font = bold  # type: ignore[attr-defined]
    grid = header_grid(table)
    top = 3
    for r, row in enumerate(grid):
        c = 1
        for text, span, down in row:
            if text:
                cell = ws.cell(row=top + r, column=c, value=text)  # type: ignore[attr-defined]
                cell.font = bold
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            if span > 1 or down > 1:
                ws.merge_cells(  # type: ignore[attr-defined]
                    start_row=top + r,
                    start_column=c,
                    end_row=top + r + max(down, 1) - 1,
                    end_column=c + span - 1,
                )
            c += span
    r = top + len(grid)
    for row in table.rows:
        for j, cell in enumerate(row.cells[: table.ncols]):
            if not cell.text:
                continue
            typed = excel_value(cell.text)
            target = ws.cell(row=r, column=j + 1)  # type: ignore[attr-defined]
            if typed is None:
                target.value = cell.text
            else:
                target.value, target.number_format = typed
            if cell.italic or cell.bold:
                target.font = Font(italic=cell.italic, bold=cell.bold)
        r += 1
    for j, w in enumerate(_widths(table)):
        ws.column_dimensions[get_column_letter(j + 1)].width = w * 5  # type: ignore[attr-defined]


def to_xlsx(report: Report, target: Path) -> None:
    workbook = Workbook()
    prose = workbook.active
    prose.title = "Teks"
    captions = {t.caption_line for t in report.tables if t.caption_line}
    r = 1
    for paragraph in report.paragraphs:
        if paragraph.line in captions:
            continue
        cell = prose.cell(row=r, column=1, value=paragraph.text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if paragraph.bold:
            cell.font = Font(bold=True)
        r += 1
    prose.column_dimensions["A"].width = 120
    used: set[str] = {"teks"}
    for table in report.tables:
        xlsx_table(workbook.create_sheet(_sheet_name(table, used)), table)
    workbook.properties.creator = "lkjaudit render_samples.py"
    workbook.save(str(target))


# --------------------------------------------------------------------------- PDF


def to_pdf(docx: Path, target: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        sys.exit("render_samples: LibreOffice (soffice) is needed for PDF; --no-pdf")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                office,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(str(Path(tmp) / (docx.stem + ".pdf")), target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF files")
    parser.add_argument("names", nargs="*", default=SAMPLES)
    args = parser.parse_args()
    for name in args.names:
        source = ROOT / "samples" / name
        report = analysed(source)
        stem = source.with_suffix("")
        to_docx(report, stem.with_suffix(".docx"))
        to_xlsx(report, stem.with_suffix(".xlsx"))
        if not args.no_pdf:
            to_pdf(stem.with_suffix(".docx"), stem.with_suffix(".pdf"))
        print(
            f"rendered {source.name} → .docx .xlsx" + ("" if args.no_pdf else " .pdf")
        )


if __name__ == "__main__":
    main()
