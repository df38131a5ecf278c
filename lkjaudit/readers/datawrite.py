"""Write a raw report as report data (YAML or JSON), compactly and diff-friendly.

A row's shared position (line, page, the address of its first cell) is written once
for the row; a cell is its text unless it has hints or a position of its own. YAML is
written in block style, one cell to a line and never folded, a paragraph of several
lines as a literal block (line for line), so that a corrected figure is a one-line
change in a repository and a finding points at the line that holds it.
"""

from __future__ import annotations

import json
from typing import Any

from lkjaudit.model.data import CellData, ParagraphData, ReportData, RowData, TableData
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell, Report
from lkjaudit.readers.text import make_cell

__all__ = ["DATA_HEADER", "dump", "from_report", "next_ref"]

DATA_HEADER = (
    "# lkjaudit report data, format 1: a report's paragraphs and tables as printed.\n"
    "# Edit a figure and check the file with: lkjaudit check FILE\n"
    "# lkjaudit reads the tables again (headers, columns, program tree) on every "
    "check.\n"
    "# Schema: docs/schema/report.schema.json; positions (line, page, ref) are\n"
    "# where each part was in the original document named by 'source'.\n"
)


# a Markdown heading's marks around a report's title: "# ", "## … ##", a setext
# underline ("=====" under the title, joined to it by a space)
_HEADING = lazy(r"^\s{0,3}#{1,6}(?:\s+|$)|\s+#+\s*$|\s+(?:=+|-+)\s*$")
# bold in Markdown: **LAPORAN**, __LAPORAN__
_BOLD = lazy(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_A1 = lazy(r"^(.*?)([A-Z]{1,3})(\d+)$")
_RC = lazy(r"^(.*C)(\d+)$")


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _letters(number: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(65 + rest) + out
    return out


def next_ref(first: str, k: int) -> str | None:
    """The address ``k`` cells to the right: 'B5' → 'D5', 'T3:R2C1' → 'T3:R2C3'."""
    if k == 0:
        return first
    match = _RC.match(first)
    if match:
        return f"{match.group(1)}{int(match.group(2)) + k}"
    match = _A1.match(first)
    if match:
        prefix, letters, row = match.groups()
        return f"{prefix}{_letters(_column_number(letters) + k)}{row}"
    return None


def _same(values: list[Any]) -> Any:
    present = {v for v in values if v is not None}
    return present.pop() if len(present) == 1 and None not in values else None


def _row(cells: list[Cell], gap: bool) -> list[Any] | RowData:
    line = _same([c.line for c in cells])
    page = _same([c.page for c in cells])
    first = cells[0].ref if cells else None
    ref = (
        first
        if first is not None
        and all(c.ref == next_ref(first, k) for k, c in enumerate(cells))
        else None
    )
    out: list[Any] = []
    for cell in cells:
        derived = make_cell(cell.raw)
        extra = {
            "italic": cell.italic and not derived.italic,
            "bold": cell.bold and not derived.bold,
            "line": cell.line if cell.line != line else None,
            "page": cell.page if cell.page != page else None,
            "ref": cell.ref if ref is None else None,
        }
        if any(v not in (None, False) for v in extra.values()):
            out.append(
                CellData(
                    text=cell.raw,
                    **{k: v for k, v in extra.items() if v not in (None, False)},
                )
            )
        else:
            out.append(cell.raw)
    if line is None and page is None and ref is None and not gap:
        return out
    return RowData(cells=out, line=line, page=page, ref=ref, page_break=gap)


def plain_title(title: str | None) -> str | None:
    """A report's title without the Markdown marks around it (``# **LAPORAN**``)."""
    if title is None:
        return None
    text = _BOLD.sub(r"\2", _HEADING.sub("", title.strip()))
    return text.strip() or None


def from_report(report: Report) -> ReportData:
    """Report data for a raw (not analysed) report."""
    tables = []
    for table in report.tables:
        tables.append(
            TableData(
                id=table.id,
                label=table.label,
                number=table.number,
                caption=table.caption,
                note=table.note,
                section=table.section,
                sheet=table.sheet,
                header=[_row(cells, False) for cells in table.header],
                rows=[_row(row.cells, row.gap_before) for row in table.rows],
            )
        )
    return ReportData(
        version=1,
        source=report.source,
        format=report.format,
        title=plain_title(report.title),
        line_count=report.line_count,
        page_count=report.page_count,
        paragraphs=[
            ParagraphData(
                text=p.text,
                bold=p.bold,
                line=p.line,
                line_end=p.line_end if p.line_end != p.line else None,
                page=p.page,
                sheet=p.sheet,
                ref=p.ref,
            )
            for p in report.paragraphs
        ],
        tables=tables,
    )


def dump(data: ReportData, fmt: str = "yaml") -> str:
    """Report data as YAML (with a short header) or JSON text."""
    plain = data.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    plain = {"lkjaudit-report": 1, **plain}
    if fmt == "json":
        return json.dumps(plain, ensure_ascii=False, indent=2) + "\n"
    import yaml

    class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # NOTE: PyYAML is untyped
        pass

    def flow_map(dumper: Any, value: _FlowMap) -> Any:
        return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=True)

    def literal(dumper: Any, value: _Literal) -> Any:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")

    _Dumper.add_representer(_FlowMap, flow_map)
    _Dumper.add_representer(_Literal, literal)
    return DATA_HEADER + str(
        yaml.dump(
            _mark_flow(plain),
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=10**9,  # NOTE: never fold: one cell, one paragraph line, one line
        )
    )


class _FlowMap(dict[str, Any]):
    """A mapping written on one line (a row with its position, a cell)."""


class _Literal(str):
    """A paragraph of several lines, written as a literal block: line for line."""


def _mark_flow(value: Any, key: str = "") -> Any:
    """Block style, one cell to a line, so that a changed figure is a one-line diff.

    A cell with more than its text is one flow mapping on its line; a paragraph
    of several lines is a literal block, each of its lines on a line of the file
    (so a finding in its third line points at that line).
    """
    if isinstance(value, dict):
        return {
            k: _Literal(v)
            if k == "text" and isinstance(v, str) and "\n" in v and _literal_ok(v)
            else _mark_flow(v, k)
            for k, v in value.items()
        }
    if isinstance(value, list) and key == "cells":
        return [_FlowMap(c) if isinstance(c, dict) else c for c in value]
    if isinstance(value, list) and key in ("rows", "header"):
        return [
            _mark_flow(row, "cells" if isinstance(row, list) else "") for row in value
        ]
    if isinstance(value, list):
        return [_mark_flow(v) for v in value]
    return value


def _literal_ok(text: str) -> bool:
    """Whether a text reads back the same from a literal block."""
    lines = text.split("\n")
    return (
        text == text.strip()
        and all(line == line.rstrip() and line.isprintable() for line in lines)
        and not lines[0].startswith(" ")
    )
