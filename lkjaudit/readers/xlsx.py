"""Reader for Excel workbooks (XLSX), with openpyxl in read-only mode.

Every visible worksheet is cut into *blocks*: runs of non-empty rows, split side by
side where two or more empty columns separate them. A block one column wide is
prose (each cell a paragraph); a wider block is a table. A one-cell row just above
a table ("Tabel 3.2 …" or bold, alone or merged across) is its caption. A sheet's
name is what its tables stand under, like a heading above them ("PK 2024",
"Realisasi Anggaran"; a default name such as "Sheet1" says nothing); a name that is
a numbered caption ("Tabel 3.2") captions the sheet's only table instead. A block
that follows a table after empty rows continues it when it repeats the table's
header or does not start with a header of its own.

Text typed right above a table, with no empty row between, is no part of it: a
one-cell row of prose (a sentence, or a long line in sentence case) just above
the table's header is a paragraph (:func:`_prose_above`), and so are several. A
group heading in capitals or a kegiatan's name stays a row. Under the table, a
one-cell row that is a note ("Sumber: …", "Keterangan: …", "Catatan: …", a
scale) is taken off as the table's note (:meth:`_Reader._note_rows`).

Tables are also stacked with no empty row between them: the last row of one (its
JUMLAH), the caption of the next ("Tabel 3.3 …" alone in its row), its header, its
rows. A block is cut there (:func:`_stacked`): at a one-cell row holding a
numbered caption, or at a header of another shape than the table above it,
followed by rows of figures. A header repeated as it was is the same table's.

Cells:

* Numbers typed in Excel are taken as they are and printed with the cell's number
  format, with Indonesian separators (:mod:`lkjaudit.readers.numfmt`): ``0.7967``
  formatted ``0.00%`` reads ``79,67%``, so rounding is judged from the precision the
  sheet shows. Numbers typed as text are kept as text and parsed by the analysis
  exactly like a text export's.
* Formulas are read from the results Excel stored with them. A workbook whose
  formulas have no stored result (written by a program and never opened in Excel)
  is refused with the cells named: reading them as empty would make rules lie.
* A merged range keeps its text in its top-left cell; the others are empty, which
  the analysis reads as a span (across) or a continuation (down).
* Bold and italic fonts are kept as hints. Hidden sheets and hidden columns are
  skipped: they are neither shown nor printed. (Hidden rows are read: a hidden
  kegiatan still counts in the sums of the rows shown.)
* Locations: ``line`` is the worksheet row number, ``ref`` the cell
  (``'Tabel 3.2'!E12``). Every paragraph and table also keeps its sheet's place in
  the workbook (``sheet``, from 1): the document reads the sheets in their order,
  so a sheet's row 1 comes after every row of the sheet before it
  (:mod:`lkjaudit.prose.position`).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from lkjaudit.analysis.cells import (
    is_header_like,
    is_numbering_row,
    is_unit_row,
    text_type,
)
from lkjaudit.analysis.scale import is_scale_note, stated_scale
from lkjaudit.errors import InputError, Message
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import continued
from lkjaudit.model.report import Cell, Paragraph, Report
from lkjaudit.readers.archive import open_office_zip
from lkjaudit.readers.captions import caption_above, is_separator, refers_back
from lkjaudit.readers.common import (
    SIGNED_DATE,
    RawTable,
    TableNamer,
    caption_number,
    captions_below,
    continues,
    damaged,
    join_continued,
    new_header,
    notes_below,
    repeats_header,
    same_columns,
    sections,
    signature_line,
    squash,
)
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.numfmt import render_date, render_number
from lkjaudit.readers.text import make_cell

__all__ = ["read_xlsx"]

_DEFAULT_SHEET = re.compile(r"^(?:sheet|lembar|sheet |lembar |tabelle|feuil)\d*$", re.I)
_NO_RESULT = re.compile(
    rb'<(?:\w+:)?c r="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*<(?:\w+:)?f\b[^>]*'
    rb"(?:/>|>[^<]*</(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?"
    rb"\s*</(?:\w+:)?c>"
)


@dataclass
class _Entry:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class _Block:
    rows: list[int]  # worksheet row numbers, ascending
    first: int  # first column (1-based)
    last: int
    lead: list[int] = field(default_factory=list)  # leading one-cell rows


def read_xlsx(source: str, data: bytes, limits: Limits) -> Report:
    """Read an XLSX workbook into a raw :class:`Report` (not yet analysed)."""
    archive = open_office_zip(source, data, limits, "xlsx")
    try:
        with archive:
            _refuse_formulas_without_results(source, archive)
            hidden = _hidden_columns(archive)
        import openpyxl  # NOTE: imported here so that text reports never load it

        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True
        )
        reader = _Reader(source, limits, hidden)
        try:
            for sheet in workbook.worksheets:
                if getattr(sheet, "sheet_state", "visible") == "visible":
                    reader.sheet(sheet)
        finally:
            workbook.close()
    except InputError:
        raise
    except Exception as exc:  # NOTE: whatever a broken workbook makes openpyxl do
        raise damaged(source, "XLSX", exc) from None
    return reader.report()


def _refuse_formulas_without_results(source: str, archive: Any) -> None:
    missing: list[str] = []
    titles = {path: title for title, path in _sheet_paths(archive)}
    for name in archive.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        xml = archive.read(name)
        if b"<f" not in xml and b":f" not in xml:
            continue
        # NOTE: named as the findings name cells: 'Capaian Kinerja'!H5
        prefix = _quoted(titles[name]) + "!" if name in titles else ""
        missing += [prefix + m.group(1).decode() for m in _NO_RESULT.finditer(xml)]
        if len(missing) > 3:
            break
    if missing:
        cells = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
        raise InputError(source, Message("input.xlsx-formulas", cells=cells))


_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_COLUMN = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_ATTRIBUTE = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')


def _attributes(tag: bytes) -> dict[str, str]:
    found = {}
    for name, value in _ATTRIBUTE.findall(tag):
        key = name.decode(errors="replace").split(":")[-1]
        found[key] = value.decode("utf-8", errors="replace")
    return found


def _hidden_columns(archive: Any) -> dict[str, set[int]]:
    """The hidden columns of each sheet, by its name (1-based column numbers).

    A hidden column is not shown or printed: its cells are no part of the report.
    Read from the sheet's ``<cols>`` (openpyxl's read-only mode does not give them).
    """
    hidden: dict[str, set[int]] = {}
    for title, path in _sheet_paths(archive):
        xml = archive.read(path)
        end = xml.find(b"sheetData")
        columns: set[int] = set()
        for col in _COLUMN.findall(xml[: end if end >= 0 else len(xml)]):
            spec = _attributes(col)
            if spec.get("hidden", "").lower() not in ("1", "true"):
                continue
            try:
                low, high = int(spec.get("min", "0")), int(spec.get("max", "0"))
            except ValueError:
                continue
            columns.update(range(max(low, 1), min(high, 16384) + 1))
        if columns:
            hidden[title] = columns
    return hidden


def _sheet_paths(archive: Any) -> list[tuple[str, str]]:
    """Each sheet's name and the part of the archive that holds it."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return []
    targets = {}
    for tag in _RELATION.findall(archive.read("xl/_rels/workbook.xml.rels")):
        attrs = _attributes(tag)
        target = attrs.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[attrs.get("Id", "")] = path
    found = []
    for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
        attrs = _attributes(tag)
        path = targets.get(attrs.get("id", ""), "")
        if path in names:
            found.append((html.unescape(attrs.get("name", "")), path))
    return found


def _text(cell: Any) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return render_date(value, cell.number_format)
    if isinstance(value, (int, float, Decimal)):
        return render_number(value, cell.number_format)
    return str(value)


def _names(paragraph: Paragraph) -> bool:
    """A caption in a sheet: numbered or bold.

    NOTE: bold only: the cell read before a block need not be the one above it, so
    a plain title line is no evidence here.
    """
    return bool(caption_number(paragraph.text)) or paragraph.bold


def _leads(entry: _Entry) -> bool:
    """A one-cell row that goes above a table, not into it.

    A numbered caption, a bold title, or a line between the caption and the
    table: "(dalam ribuan rupiah)" is the table's note and "Sumber: …" says where
    its figures come from; neither is its first row.
    """
    if caption_number(entry.text) or entry.bold:
        return True
    return is_scale_note(entry.text) or is_separator(Paragraph(text=entry.text))


# NOTE: "Sumber: Bagian Keuangan", "Keterangan: data sementara", "Catatan. …"
_NOTE = re.compile(
    r"^\W{0,3}(?:sumber(?:\s+data)?|ket(?:erangan)?|catatan)\s*[:.]", re.IGNORECASE
)


def _note_line(text: str) -> bool:
    """A line printed under a table about its figures: a scale, a source, a remark.

    "Ket: dalam ribuan rupiah", "Sumber: Bagian Keuangan", "Catatan: data
    sementara"; "Sumber Dana: APBD" names a column's content and is no note.
    """
    text = text.strip()
    if not text or "\n" in text:
        return False
    return is_scale_note(text) or (len(text) <= 300 and bool(_NOTE.match(text)))


def _quoted(title: str) -> str:
    return f"'{title}'" if re.search(r"[^A-Za-z0-9_]", title) else title


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Reader:
    def __init__(
        self, source: str, limits: Limits, hidden: dict[str, set[int]] | None = None
    ) -> None:
        self.source = source
        self.limits = limits
        self.hidden = hidden or {}
        self.sheet_hidden: set[int] = (
            set()
        )  # the hidden columns of the sheet being read
        self.items: list[Paragraph | RawTable] = []
        self.cells = 0
        self.open: dict[int, RawTable] = {}  # tables a later block may continue
        self.ordinal = 0  # the sheet being read, from 1 in the workbook's order

    # -------------------------------------------------------------------- sheets

    def sheet(self, ws: Any) -> None:
        ws.reset_dimensions()  # NOTE: never trust the declared size of a sheet
        grid: dict[int, dict[int, _Entry]] = {}
        hidden = self.hidden.get(str(ws.title), set())
        self.sheet_hidden = hidden
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None or cell.column in hidden:
                    continue
                text = _text(cell)
                if not text.strip():
                    continue
                font = cell.font if cell.has_style else None
                grid.setdefault(cell.row, {})[cell.column] = _Entry(
                    text,
                    bool(font is not None and font.b),
                    bool(font is not None and font.i),
                )
                self.cells += 1
            self.limits.check_cells(self.source, self.cells)
        if not grid:
            return
        self.ordinal += 1
        title = str(ws.title)
        start = len(self.items)
        self.open = {}
        for block in _blocks(grid, hidden):
            self._block(grid, block, title)
        captions_below(self.items[start:])
        tables = [i for i in self.items[start:] if isinstance(i, RawTable)]
        named = not _DEFAULT_SHEET.match(title.replace(" ", ""))
        if named and caption_number(title):
            if len(tables) == 1 and tables[0].caption is None:
                tables[0].caption = title
                tables[0].caption_named = True
            named = False  # a caption, not a section
        sections(self.items[start:], " ".join(title.split()) if named else None)

    def _block(
        self, grid: dict[int, dict[int, _Entry]], block: _Block, title: str
    ) -> None:
        prefix = _quoted(title) + "!"
        if block.first == block.last:
            for r in block.rows:
                entry = grid[r][block.first]
                self._paragraph(entry, r, f"{prefix}{_letter(block.first)}{r}")
            self._close(block.first)
            return
        if _signature_block(grid, block):
            # NOTE: "Ngawiraja," and its date in cells side by side, over the
            # signer's position: prose, a paragraph a row, as typed in one cell
            for r in block.rows:
                used = sorted(c for c in grid[r] if block.first <= c <= block.last)
                text = " ".join(grid[r][c].text.strip() for c in used)
                entry = _Entry(text, bold=any(grid[r][c].bold for c in used))
                self._paragraph(entry, r, f"{prefix}{_letter(used[0])}{r}")
            self._close(block.first)
            return
        cells = {r: self._row(grid[r], r, block, prefix) for r in block.rows}
        for k, part in enumerate(_stacked(grid, block, cells)):
            self._table(grid, block, part, cells, prefix, stacked=k > 0)

    def _table(
        self,
        grid: dict[int, dict[int, _Entry]],
        block: _Block,
        rows: list[int],
        cells: dict[int, list[Cell]],
        prefix: str,
        *,
        stacked: bool,
    ) -> None:
        """Read one table of a block: its caption rows, its rows, a note under it.

        ``cells``: the block's rows as read (:meth:`_row`), by row number.
        ``stacked``: the table starts inside the block, right under another one
        (:func:`_stacked`), and continues none above it.
        """
        rows = list(rows)
        titled = False
        while len(rows) > 1:
            used = [c for c in grid[rows[0]] if block.first <= c <= block.last]
            if len(used) != 1:
                break
            entry = grid[rows[0]][used[0]]
            if not _leads(entry):
                break
            self._paragraph(entry, rows[0], f"{prefix}{_letter(used[0])}{rows[0]}")
            rows.pop(0)
            titled = True
        lines = [_line(grid, r, block, cells[r]) for r in rows]
        for _ in range(_prose_above(lines)):
            # NOTE: paragraphs typed right above the table's header: read as prose
            r = rows.pop(0)
            used = [c for c in grid[r] if block.first <= c <= block.last]
            self._paragraph(grid[r][used[0]], r, f"{prefix}{_letter(used[0])}{r}")
            titled = True
        below = self._note_rows(grid, rows, block)
        raw_rows = [cells[r] for r in rows]
        above = None if stacked else self.open.get(block.first)
        if above is not None and not titled and _continues(above, raw_rows, block):
            above.gaps.add(len(above.rows))
            above.rows.extend(raw_rows)
            above.line_end = rows[-1]
            return
        table = RawTable(
            rows=raw_rows,
            line_start=rows[0],
            line_end=rows[-1],
            sheet=self.ordinal,
            span=(block.first, block.last),
        )
        # NOTE: the three items above and this table, not yet added
        tail = [*self.items[-3:], table]
        last = next((i for i in reversed(self.items) if isinstance(i, RawTable)), None)
        before = caption_number(last.caption or "") if last is not None else None
        previous, table.note = caption_above(tail, len(tail) - 1, _names, before)
        if (
            previous is not None
            and last is not None
            and continues(previous.text, before)
            and same_columns(last, raw_rows)
        ):
            # NOTE: "Tabel 3.4 (lanjutan)" over the same header: the author split
            # one table by hand
            last.gaps.add(len(last.rows))
            last.rows.extend(raw_rows)
            last.line_end = rows[-1]
            self.open[block.first] = last
            return
        if previous is not None and _names(previous):
            table.caption = previous.text
            table.caption_named = previous.bold
            table.caption_line = previous.line
            table.caption_ref = previous.ref
        self.items.append(table)
        self.open[block.first] = table
        notes: list[str] = []
        for r, column, entry in below:
            self._paragraph(entry, r, f"{prefix}{_letter(column)}{r}")
            # NOTE: a row of the table's own block: its note, whatever follows;
            # a caption there is judged with the others (captions_below)
            if not caption_number(entry.text):
                notes.append(entry.text)
        if notes and table.note is None:
            # NOTE: the one that states a scale, when two notes stand under it
            table.note = next((n for n in notes if stated_scale(n)), notes[0])

    def _note_rows(
        self, grid: dict[int, dict[int, _Entry]], rows: list[int], block: _Block
    ) -> list[tuple[int, int, _Entry]]:
        """Take off the table's last rows that are notes or a caption under it.

        A note such as "Ket: dalam Rp. 000", "Sumber: Bagian Keuangan" or
        "Catatan: …" (:func:`_note_line`), and at most one numbered caption
        printed right under the table ("Tabel 3.1 …"), not one that continues a
        table. Each row taken off: its number, its column and its cell, from the
        top down.
        """
        found: list[tuple[int, int, _Entry]] = []
        captioned = False
        while len(rows) >= 3:
            cells = [c for c in grid[rows[-1]] if block.first <= c <= block.last]
            if len(cells) != 1:
                break
            entry = grid[rows[-1]][cells[0]]
            number = caption_number(entry.text)
            if number:
                if captioned or continued(entry.text) or "\n" in entry.text.strip():
                    break
                captioned = True
            elif not _note_line(entry.text):
                break
            found.insert(0, (rows.pop(), cells[0], entry))
        return found

    def _close(self, column: int) -> None:
        """Prose in a column ends the tables above it there."""
        for first, table in list(self.open.items()):
            span = table.span or (first, first)
            if span[0] <= column <= span[1]:
                del self.open[first]

    def _paragraph(self, entry: _Entry, row: int, ref: str) -> None:
        text = "\n".join(squash(line) for line in entry.text.splitlines()).strip()
        if text:
            self.items.append(
                Paragraph(
                    text=text,
                    line=row,
                    line_end=row,
                    sheet=self.ordinal,
                    bold=entry.bold,
                    ref=ref,
                )
            )

    def _row(
        self, cells: dict[int, _Entry], r: int, block: _Block, prefix: str
    ) -> list[Cell]:
        out: list[Cell] = []
        for c in range(block.first, block.last + 1):
            if c in self.sheet_hidden:
                continue  # NOTE: a hidden column is not in the table shown
            entry = cells.get(c)
            ref = f"{prefix}{_letter(c)}{r}"
            if entry is None:
                out.append(Cell(raw="", line=r, ref=ref))
                continue
            cell = make_cell(entry.text, r)
            out.append(
                replace(
                    cell,
                    ref=ref,
                    italic=cell.italic or entry.italic,
                    bold=cell.bold or entry.bold,
                )
            )
        return out

    def report(self) -> Report:
        if not self.items:
            raise InputError(self.source, Message("input.xlsx-no-text"))
        namer = TableNamer()
        paragraphs = [i for i in self.items if isinstance(i, Paragraph)]
        join_continued(self.items)
        notes_below(self.items)
        tables = [namer.build(i) for i in self.items if isinstance(i, RawTable)]
        return Report(
            source=self.source,
            format="xlsx",
            title=next(
                (p.text for p in paragraphs[:6] if "laporan kinerja" in p.text.lower()),
                None,
            ),
            paragraphs=paragraphs,
            tables=tables,
        )


# a signature's place and date: "Ngawiraja," beside "20 Desember 2024"
_PLACE = lazy(r"^[A-Z][\w .'-]{1,40},$")
_SIGNED_ON = lazy(rf"^{SIGNED_DATE}$", re.IGNORECASE)


def _signature_block(grid: dict[int, dict[int, _Entry]], block: _Block) -> bool:
    """Whether a narrow block is a signature's place and date, not a table.

    Two or three columns, a few rows, a row of a place ending in a comma beside
    a date, and no other figure than a date or a NIP.
    """
    if block.last - block.first > 2 or len(block.rows) > 8:
        return False
    dated = False
    for r in block.rows:
        texts = [
            grid[r][c].text.strip()
            for c in sorted(grid[r])
            if block.first <= c <= block.last and grid[r][c].text.strip()
        ]
        if not all(signature_line(t) for t in texts):
            return False
        if len(texts) == 2 and _PLACE.match(texts[0]) and _SIGNED_ON.match(texts[1]):
            dated = True
    return dated


def _blocks(
    grid: dict[int, dict[int, _Entry]], hidden: set[int] | None = None
) -> list[_Block]:
    """Runs of consecutive non-empty rows, split where 2+ empty columns part them."""
    blocks: list[_Block] = []
    band: list[int] = []
    for r in sorted(grid):
        if band and r != band[-1] + 1:
            blocks.extend(_split_columns(grid, band, hidden or set()))
            band = []
        band.append(r)
    if band:
        blocks.extend(_split_columns(grid, band, hidden or set()))
    return blocks


def _split_columns(
    grid: dict[int, dict[int, _Entry]], band: list[int], hidden: set[int]
) -> list[_Block]:
    used = sorted({c for r in band for c in grid[r]})
    groups: list[list[int]] = [[used[0]]]
    for c in used[1:]:
        between = range(groups[-1][-1] + 1, c)
        if sum(1 for k in between if k not in hidden) >= 2:
            # NOTE: two or more empty columns shown in between
            groups.append([c])
        else:
            groups[-1].append(c)
    out: list[_Block] = []
    for group in groups:
        first, last = group[0], group[-1]
        rows = [r for r in band if any(first <= c <= last for c in grid[r])]
        out.append(_Block(rows=rows, first=first, last=last))
    return out


def _continues(previous: RawTable, rows: list[list[Cell]], block: _Block) -> bool:
    """Whether a block after empty rows belongs to the table above it."""
    if previous.span is None or not rows:
        return False
    first, last = previous.span
    if first != block.first or abs(last - block.last) > 2:
        return False
    return repeats_header(previous, rows[0]) or not is_header_like(rows[0])


# NOTE: the cell types (text_type) that hold a figure
_FIGURES = frozenset({"num", "money", "pct", "qty", "fused", "bad"})


@dataclass
class _Line:
    """A row of a block as the search for stacked tables sees it."""

    cells: list[Cell]  # its filled cells, left to right
    entry: _Entry | None  # the only one, in a one-cell row


def _line(
    grid: dict[int, dict[int, _Entry]], r: int, block: _Block, cells: list[Cell]
) -> _Line:
    used = [c for c in grid[r] if block.first <= c <= block.last]
    entry = grid[r][used[0]] if len(used) == 1 else None
    return _Line([c for c in cells if c.text], entry)


def _stacked(
    grid: dict[int, dict[int, _Entry]], block: _Block, cells: dict[int, list[Cell]]
) -> list[list[int]]:
    """The rows of a block cut into the tables stacked in it without an empty row.

    A table starts inside a run of rows at

    * a one-cell row (one cell or one merged range) holding a numbered caption
      ("Tabel 3.3 …", :func:`_caption_row`), with two rows of a table above it
      and two below;
    * a header of another shape (:func:`~lkjaudit.readers.common.new_header`): a
      row that reads as a header unlike the header of the table above, after a
      row of figures and followed by one. A header repeated as it was (a page
      break printed into the sheet) starts nothing.

    The one-cell rows just above either that go above a table (:func:`_leads`: a
    bold title, "(dalam ribuan rupiah)", "Sumber: …") go with the new table; the
    captions and notes are then settled as between any two tables.
    """
    rows = block.rows
    if len(rows) < 5:
        return [rows]
    lines = [_line(grid, r, block, cells[r]) for r in rows]
    cuts = [0]
    header: list[list[Cell]] = []  # the header rows of the table read
    body = 0  # its rows of two cells or more
    figures = False  # the last of them holds a figure
    for i, line in enumerate(lines):
        if line.entry is not None:
            if (
                body >= 2
                and _caption_row(line.entry)
                and _rows_below(lines, i + 1) >= 2
            ):
                cuts.append(_lead_start(lines, i, cuts[-1]))
                header, body, figures = [], 0, False
            continue
        numbers = any(text_type(c.text) in _FIGURES for c in line.cells)
        if (
            figures
            and header
            and not numbers
            and new_header(line.cells, header)
            and _figures_below(lines, i + 1)
        ):
            cuts.append(_lead_start(lines, i, cuts[-1]))
            header, body = [], 0
        if body == len(header) or numbers:
            # NOTE: a header is looked for at the top of a table only
            heads = _heads(line.cells)
            if body == len(header) and heads:
                header.append(line.cells)
            figures = numbers and not heads
        else:
            figures = False
        body += 1
    cuts.append(len(rows))
    return [rows[a:b] for a, b in itertools.pairwise(cuts) if a < b]


def _caption_row(entry: _Entry) -> bool:
    """A numbered caption on one line, not a sentence about a table above it."""
    text = entry.text.strip()
    return (
        bool(caption_number(text))
        and "\n" not in text
        and not refers_back(Paragraph(text=text))
    )


def _lead_start(lines: list[_Line], i: int, floor: int) -> int:
    """Where the table starting at row ``i`` begins, with the one-cell rows above.

    Those that go above a table (:func:`_leads`) and paragraphs typed right
    above it (:func:`_prose`).
    """
    header = next((line.cells for line in lines[i:] if line.entry is None), [])
    while i - 1 > floor:
        entry = lines[i - 1].entry
        if entry is None or not (_leads(entry) or _prose(entry, header)):
            break
        i -= 1
    return i


# NOTE: a letter word, to count a line's words and its words in lower case
_WORD = re.compile(r"[^\W\d_]+")


def _prose(entry: _Entry, header: list[Cell]) -> bool:
    """Whether a one-cell row above the header ``header`` is a paragraph.

    A sentence of four words or more ending as one (".", "!", "?", ":"), or a
    line in sentence case (most of its words in lower case) of eight words or
    more, or longer than every cell of the header. Not a line in capitals or in
    title case: a group heading ("PROGRAM PENUNJANG URUSAN …") or the name of a
    kegiatan is a row of a table; nor a caption.
    """
    text = " ".join(entry.text.split())
    words = _WORD.findall(text)
    if len(words) < 4 or text.upper() == text or caption_number(text):
        return False
    if text.endswith((".", "!", "?", ":")):
        return True
    if 2 * sum(1 for w in words if w[0].islower()) <= len(words):
        return False
    longest = max((len(" ".join(c.text.split())) for c in header), default=0)
    return len(words) >= 8 or len(text) > longest


def _prose_above(lines: list[_Line]) -> int:
    """How many rows at the top of a table are paragraphs typed above its header.

    The one-cell rows at the top count when each of them is prose
    (:func:`_prose`) or goes above a table (:func:`_leads`), and the row under
    them reads as a header (names, two cells or more): text above a table
    with no empty row between. Otherwise none.
    """
    run = 0
    while run < len(lines) - 1 and lines[run].entry is not None:
        run += 1
    header = lines[run].cells
    if not run or lines[run].entry is not None or len(header) < 2:
        return 0
    if not is_header_like(header):
        return 0
    entries = [line.entry for line in lines[:run] if line.entry is not None]
    if not all(_leads(e) or _prose(e, header) for e in entries):
        return 0
    return run


def _rows_below(lines: list[_Line], start: int) -> int:
    """Rows of two cells or more from ``start``, up to two, before the next caption."""
    found = 0
    for line in itertools.islice(lines, start, None):
        if line.entry is None:
            found += 1
            if found == 2:
                break
        elif _caption_row(line.entry):
            break
    return found


def _figures_below(lines: list[_Line], start: int) -> bool:
    """A row of figures under the header at ``start - 1``, within its next rows."""
    for line in lines[start : start + 8]:
        if line.entry is not None:
            if _caption_row(line.entry):
                return False
            continue  # NOTE: a group heading ("PROGRAM PENUNJANG …")
        if not _heads(line.cells):
            return any(text_type(c.text) in _FIGURES for c in line.cells)
    return False


def _heads(cells: list[Cell]) -> bool:
    """A row of a header: names, column numbers or units."""
    return is_header_like(cells) or is_numbering_row(cells) or is_unit_row(cells)
