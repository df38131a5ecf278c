"""Report data in YAML or JSON: read it as a report, write a report as it.

:func:`read_data` validates a data file against :class:`~lkjaudit.model.data.ReportData`
(one clear line for the first problem: where it is, in the file's lines and as a
path such as ``tables[3].rows[5][2]``) and builds the raw report the analysis reads.
:func:`extract` and :func:`dump` do the reverse for ``lkjaudit extract``.

Locations: a finding in a data file points at the data file. ``line`` is the line
of the cell (or paragraph) in the YAML or JSON text, so editors, CI annotations and
SARIF land on it; where the data records the cell's place in the original document
(``source`` plus ``line``/``page``/``ref``), that place is kept as the location's
``cell``: ``laporan.pdf p12 L8``, ``laporan.docx T3:R2C4``, ``tabel.xlsx 'Tabel
3.2'!E5``, ``laporan.txt L316``. A table's ``sheet`` (its workbook sheet) is such
a place too: the data file is one run of lines, so it neither orders nor groups
the data's tables.

Reading is safe with hostile input: YAML is composed with the safe loader, without
tags that build objects, and anchors/aliases (which can expand exponentially) are
refused; the number of cells is limited like every other format's.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from lkjaudit.errors import InputError, Message, line_prefix
from lkjaudit.model.data import (
    CELL_ERRORS,
    CellData,
    ParagraphData,
    ReportData,
    RowData,
    TableData,
)
from lkjaudit.model.report import Cell, Paragraph, Report, Table
from lkjaudit.readers.common import RawTable, TableNamer
from lkjaudit.readers.datawrite import DATA_HEADER, dump, from_report, next_ref
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.located import Path, parse_json, parse_yaml
from lkjaudit.readers.text import make_cell

__all__ = [
    "DATA_HEADER",
    "dump",
    "extract",
    "from_report",
    "load_data",
    "next_ref",
    "read_data",
    "to_report",
]


def _field_names() -> set[str]:
    names = {"lkjaudit-report"}
    for model in (ReportData, TableData, RowData, CellData, ParagraphData):
        names |= set(model.model_fields)
    return names


def _where(error: Any) -> Path:
    """An error's path without the names pydantic gives union members."""
    names = _field_names()
    loc = error["loc"]
    extra = error["type"] == "extra_forbidden"
    return tuple(
        p
        for k, p in enumerate(loc)
        if isinstance(p, int) or p in names or (extra and k == len(loc) - 1)
    )


def _path_text(path: Path) -> Message | str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or Message("input.data-top-level")


def _validation_message(exc: ValidationError, lines: dict[Path, int]) -> Message:
    errors = exc.errors()
    own = ("value_error", *CELL_ERRORS)
    best = next((e for e in errors if e["type"] in own), None)
    if best is None:
        best = max(errors, key=lambda e: len(_where(e)))
    path = _where(best)
    line = next(
        (lines[path[:k]] for k in range(len(path), -1, -1) if path[:k] in lines), None
    )
    problem: Message | str = str(best["msg"]).removeprefix("Value error, ")
    if best["type"] in CELL_ERRORS:
        problem = Message(f"input.{best['type']}")
    return Message(
        "input.data-invalid",
        line=line_prefix(line),
        path=_path_text(path),
        problem=problem,
    )


def load_data(
    source: str, data: bytes, fmt: str, limits: Limits
) -> tuple[ReportData, dict[Path, int]]:
    """Parse and validate report data; InputError with one precise line if invalid."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, Message("input.data-not-utf8", offset=exc.start)
        ) from None
    raw, lines = (
        parse_json(source, text) if fmt == "json" else parse_yaml(source, text, limits)
    )
    if not isinstance(raw, dict) or "lkjaudit-report" not in raw:
        raise InputError(source, Message("input.not-report-data"))
    try:
        report = ReportData.model_validate(raw)
    except ValidationError as exc:
        raise InputError(source, _validation_message(exc, lines)) from None
    return report, lines


# ---------------------------------------------------------------- data → report


def _origin(
    name: str, line: int | None, page: int | None, ref: str | None
) -> str | None:
    if ref:
        where = ref
    elif page is not None:
        where = f"p{page}" + (f" L{line}" if line is not None else "")
    elif line is not None:
        where = f"L{line}"
    else:
        return None
    return f"{name} {where}" if name else where


class _Builder:
    def __init__(
        self, source: str, data: ReportData, lines: dict[Path, int], limits: Limits
    ) -> None:
        self.source = source
        self.data = data
        self.lines = lines
        self.limits = limits
        self.name = os.path.basename(data.source) if data.source else ""
        self.cells = 0

    def row(self, item: Any, path: Path) -> tuple[list[Cell], bool]:
        if isinstance(item, RowData):
            cells, line, page, ref, gap = (
                item.cells,
                item.line,
                item.page,
                item.ref,
                item.page_break,
            )
            base = (*path, "cells")
        else:
            cells, line, page, ref, gap = item, None, None, None, False
            base = path
        row_line = self.lines.get(path)
        out: list[Cell] = []
        for k, cell in enumerate(cells):
            here = self.lines.get((*base, k), row_line)
            if isinstance(cell, CellData):
                text, italic, bold = cell.text, cell.italic, cell.bold
                origin = _origin(
                    self.name,
                    cell.line if cell.line is not None else line,
                    cell.page if cell.page is not None else page,
                    cell.ref or (next_ref(ref, k) if ref else None),
                )
            else:
                text, italic, bold = cell, False, False
                origin = _origin(
                    self.name, line, page, next_ref(ref, k) if ref else None
                )
            made = make_cell(text, here)
            update: dict[str, Any] = {"ref": origin}
            if made.text:
                update["italic"] = made.italic or italic
                update["bold"] = made.bold or bold
            out.append(replace(made, **update))
        self.cells += len(out)
        self.limits.check_cells(self.source, self.cells)
        return out, gap

    def table(
        self, namer: TableNamer, table: TableData, t: int, used: set[str]
    ) -> Table:
        path: Path = ("tables", t)
        header = [
            self.row(r, (*path, "header", k))[0] for k, r in enumerate(table.header)
        ]
        raw = RawTable(
            rows=[],
            caption=table.caption,
            caption_named=True,
            section=table.section,
            note=table.note,
        )
        raw.caption_line = self.lines.get((*path, "caption"))
        for k, item in enumerate(table.rows):
            cells, gap = self.row(item, (*path, "rows", k))
            if gap:
                raw.gaps.add(k)
            raw.rows.append(cells)
        raw.line_start = self.lines.get((*path, "rows", 0))
        raw.line_end = self.lines.get((*path, "rows", len(table.rows) - 1))
        built = namer.build(raw)
        update: dict[str, Any] = {"header": header}
        if header:
            update["ncols"] = max([built.ncols] + [len(r) for r in header])
        if table.id is not None:
            update["id"] = table.id
            named = built.number is not None or built.caption is not None
            update["label"] = table.label or (built.label if named else table.id)
        elif table.label is not None:
            update["label"] = table.label
        if table.number is not None:
            update["number"] = table.number
        table_id = update.get("id", built.id)
        if table_id in used:
            raise InputError(
                self.source,
                Message("input.data-table-id-twice", index=t, table=table_id),
            )
        used.add(table_id)
        return replace(built, **update)

    def report(self, fmt: str, line_count: int) -> Report:
        paragraphs = []
        for k, para in enumerate(self.data.paragraphs):
            path: Path = ("paragraphs", k)
            line = self.lines.get((*path, "text"), self.lines.get(path))
            end = self.lines.get((*path, "text", "$end"), line)
            paragraphs.append(
                Paragraph(
                    text=para.text,
                    line=line,
                    line_end=max(end, line) if end and line else line,
                    bold=para.bold,
                    ref=_origin(self.name, para.line, para.page, para.ref),
                )
            )
        namer = TableNamer()
        used: set[str] = set()
        tables = [
            self.table(namer, table, t, used)
            for t, table in enumerate(self.data.tables)
        ]
        return Report(
            source=self.source,
            format=fmt,
            title=self.data.title,
            paragraphs=paragraphs,
            tables=tables,
            line_count=line_count,
        )


def to_report(
    source: str,
    data: ReportData,
    lines: dict[Path, int],
    fmt: str,
    limits: Limits,
    line_count: int | None = None,
) -> Report:
    """The raw report a data file describes (not yet analysed)."""
    return _Builder(source, data, lines, limits).report(fmt, line_count or 0)


def read_data(source: str, data: bytes, fmt: str, limits: Limits) -> Report:
    """Read a YAML or JSON report data file into a raw :class:`Report`."""
    model, lines = load_data(source, data, fmt, limits)
    return to_report(source, model, lines, fmt, limits, data.count(b"\n") + 1)


def extract(
    path: str, limits: Limits | None = None, display_name: str | None = None
) -> ReportData:
    """Report data for any report file lkjaudit reads (data files are re-validated)."""
    from lkjaudit.readers import DATA_FORMATS, detect_format, read_bytes, read_report

    limits = limits or Limits()
    data = read_bytes(path, limits.max_bytes)
    fmt = detect_format(path, data)
    if fmt in DATA_FORMATS:
        return load_data(display_name or path, data, fmt, limits)[0]
    return from_report(read_report(path, limits=limits, display_name=display_name))
