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
3.2'!E5``, ``laporan.txt L316``.

Reading is safe with hostile input: YAML is composed with the safe loader, without
tags that build objects, and anchors/aliases (which can expand exponentially) are
refused; the number of cells is limited like every other format's.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from typing import Any

from pydantic import ValidationError

from lkjaudit.errors import InputError
from lkjaudit.model.data import CellData, ParagraphData, ReportData, RowData, TableData
from lkjaudit.model.report import Cell, Paragraph, Report, Table
from lkjaudit.readers.common import RawTable, TableNamer
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.text import make_cell

__all__ = ["DATA_HEADER", "dump", "extract", "from_report", "read_data", "to_report"]

Path = tuple[str | int, ...]
DATA_HEADER = (
    "# lkjaudit report data, format 1: a report's paragraphs and tables as printed.\n"
    "# Edit a figure and check the file with: lkjaudit check FILE\n"
    "# lkjaudit reads the tables again (headers, columns, program tree) on every "
    "check.\n"
    "# Schema: docs/schema/report.schema.json; positions (line, page, ref) are\n"
    "# where each part was in the original document named by 'source'.\n"
)


# ------------------------------------------------------------------------ parsing


def _yaml(source: str, text: str, limits: Limits) -> tuple[Any, dict[Path, int]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(source, f"{where}invalid YAML ({problem})") from None
    if node is None:
        raise InputError(source, "empty report data")
    lines: dict[Path, int] = {}
    seen: set[int] = set()
    constructor = yaml.constructor.SafeConstructor()
    budget = [limits.max_cells * 4 + 10_000]

    def convert(node: Any, path: Path) -> Any:
        line = node.start_mark.line + 1
        if id(node) in seen:
            raise InputError(
                source, f"line {line}: YAML anchors and aliases are not allowed"
            )
        seen.add(id(node))
        if node.tag not in _YAML_TAGS:
            raise InputError(
                source, f"line {line}: YAML tag {node.tag!r} is not allowed"
            )
        budget[0] -= 1
        if budget[0] < 0:
            raise InputError(source, "too many values in the report data")
        lines[path] = line
        lines[(*path, "$end")] = node.end_mark.line + (1 if node.end_mark.column else 0)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(constructor.construct_object(key_node))
                out[key] = convert(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [convert(item, (*path, k)) for k, item in enumerate(node.value)]
        if _is_text(path):
            # NOTE: a cell is what was typed: 900.000 stays "900.000" (YAML would
            # read one of its floats), yes stays "yes", 3.10 stays "3.10"
            plain = node.style is None
            return "" if plain and node.tag == _NULL else node.value
        try:
            return constructor.construct_object(node)
        except (yaml.YAMLError, ValueError) as exc:
            raise InputError(
                source, f"line {line}: {getattr(exc, 'problem', exc)}"
            ) from None

    return convert(node, ()), lines


_NULL = "tag:yaml.org,2002:null"
_YAML_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}
_TEXT_KEYS = {
    "text",
    "caption",
    "title",
    "label",
    "id",
    "number",
    "source",
    "format",
    "ref",
}


def _is_text(path: Path) -> bool:
    """Whether a value in the data is text as printed (a cell, a caption …)."""
    if not path:
        return False
    last = path[-1]
    if isinstance(last, str):
        return last in _TEXT_KEYS
    if len(path) >= 2 and path[-2] == "cells":
        return True
    return (
        len(path) >= 3 and isinstance(path[-2], int) and path[-3] in ("rows", "header")
    )


class _At(str):
    """A JSON string that remembers where it started."""

    __slots__ = ("offset",)
    offset: int


def _json(source: str, text: str) -> tuple[Any, dict[Path, int]]:
    from json.decoder import scanstring  # type: ignore[attr-defined]
    from json.scanner import py_make_scanner  # type: ignore[attr-defined]

    decoder = json.JSONDecoder()

    def parse_string(s: str, end: int, strict: bool) -> tuple[str, int]:
        value, after = scanstring(s, end, strict)
        marked = _At(value)
        marked.offset = end - 1
        return marked, after

    # NOTE: the pure-Python scanner calls parse_string for every string value, which
    # gives each cell its position; the C scanner does not.
    decoder.parse_string = parse_string  # type: ignore[attr-defined]
    decoder.scan_once = py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        value = decoder.decode(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise InputError(
                source, f"line {exc.lineno}: invalid JSON ({exc.msg})"
            ) from None
        raise InputError(source, "JSON nested too deeply") from None
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines: dict[Path, int] = {}

    def walk(item: Any, path: Path) -> None:
        if isinstance(item, _At):
            lines[path] = bisect_right(starts, item.offset)
        elif isinstance(item, dict):
            for key, sub in item.items():
                walk(sub, (*path, key))
            first = next((lines[k] for k in lines if k[: len(path)] == path), None)
            if first is not None:
                lines.setdefault(path, first)
        elif isinstance(item, list):
            for k, sub in enumerate(item):
                walk(sub, (*path, k))

    walk(value, ())
    return value, lines


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


def _path_text(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "top level"


def _validation_message(exc: ValidationError, lines: dict[Path, int]) -> str:
    errors = exc.errors()
    best = next((e for e in errors if e["type"] == "value_error"), None)
    if best is None:
        best = max(errors, key=lambda e: len(_where(e)))
    path = _where(best)
    line = next(
        (lines[path[:k]] for k in range(len(path), -1, -1) if path[:k] in lines), None
    )
    message = str(best["msg"]).removeprefix("Value error, ")
    where = f"line {line}: " if line is not None else ""
    return f"{where}{_path_text(path)}: {message}"


def load_data(
    source: str, data: bytes, fmt: str, limits: Limits
) -> tuple[ReportData, dict[Path, int]]:
    """Parse and validate report data; InputError with one precise line if invalid."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"report data is not UTF-8 (byte {exc.start})"
        ) from None
    raw, lines = _json(source, text) if fmt == "json" else _yaml(source, text, limits)
    if not isinstance(raw, dict) or "lkjaudit-report" not in raw:
        raise InputError(
            source,
            "not lkjaudit report data: the top level needs 'lkjaudit-report: 1' "
            "(write it with: lkjaudit extract REPORT -o FILE.yaml)",
        )
    try:
        report = ReportData.model_validate(raw)
    except ValidationError as exc:
        raise InputError(source, _validation_message(exc, lines)) from None
    return report, lines


# ---------------------------------------------------------------- data → report


_A1 = re.compile(r"^(.*?)([A-Z]{1,3})(\d+)$")
_RC = re.compile(r"^(.*C)(\d+)$")


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
            out.append(made.model_copy(update=update))
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
        raw = RawTable(rows=[], caption=table.caption, caption_bold=True)
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
                self.source, f"tables[{t}]: table id '{table_id}' is used twice"
            )
        used.add(table_id)
        return built.model_copy(update=update)

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


# ---------------------------------------------------------------- report → data


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
                header=[_row(cells, False) for cells in table.header],
                rows=[_row(row.cells, row.gap_before) for row in table.rows],
            )
        )
    return ReportData(
        version=1,
        source=report.source,
        format=report.format,
        title=report.title,
        line_count=report.line_count,
        page_count=report.page_count,
        paragraphs=[
            ParagraphData(
                text=p.text,
                bold=p.bold,
                line=p.line,
                line_end=p.line_end if p.line_end != p.line else None,
                page=p.page,
                ref=p.ref,
            )
            for p in report.paragraphs
        ],
        tables=tables,
    )


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

    _Dumper.add_representer(_FlowMap, flow_map)
    return DATA_HEADER + str(
        yaml.dump(
            _mark_flow(plain),
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=100,
        )
    )


class _FlowMap(dict[str, Any]):
    """A mapping written on one line (a row with its position, a cell)."""


def _mark_flow(value: Any, key: str = "") -> Any:
    """Block style, one cell to a line, so that a changed figure is a one-line diff.

    A cell with more than its text is one flow mapping on its line.
    """
    if isinstance(value, dict):
        return {k: _mark_flow(v, k) for k, v in value.items()}
    if isinstance(value, list) and key == "cells":
        return [_FlowMap(c) if isinstance(c, dict) else c for c in value]
    if isinstance(value, list) and key in ("rows", "header"):
        return [
            _mark_flow(row, "cells" if isinstance(row, list) else "") for row in value
        ]
    if isinstance(value, list):
        return [_mark_flow(v) for v in value]
    return value
