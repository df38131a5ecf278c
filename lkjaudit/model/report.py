"""The report model: what every reader produces and every check reads.

A :class:`Report` holds the prose (:class:`Paragraph`) and the tables
(:class:`Table`). A table keeps its caption, the lines it spans, its header rows and
its body rows of raw cells (:class:`Cell`, each with its source line), and, once
analysed, what its columns mean (:class:`Column` with a :class:`ColumnRole`), what
kind of table it is (:class:`TableKind`), which rows are totals or continuations, and
the Program → Kegiatan → Sub Kegiatan tree (:attr:`Row.level`, :attr:`Row.parent`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from lkjaudit.model.values import Value, ValueKind, parse_value

__all__ = [
    "Ambiguity",
    "Cell",
    "Column",
    "ColumnRole",
    "Level",
    "Link",
    "LinkGroup",
    "PageStart",
    "Paragraph",
    "Report",
    "Row",
    "RowKind",
    "Table",
    "TableKind",
]

# NOTE: the classes of the report are slotted dataclasses, not pydantic models.
# The checks read a row's, a column's or a table's fields millions of times on a
# large report, and a BaseModel defines __getattr__, which stops Python 3.11 from
# specialising those reads (about 5× the cost of a slot). Pydantic dataclasses read
# as fast, but their validation at construction and the building of their schemas
# cost 6% of the instructions of a 3,000-line report (4.42 G against 4.14 G, see
# docs/speed.md): rows and links are built by the thousand. These objects are
# built only by lkjaudit's own readers and analysis, from values that are already
# typed (mypy --strict checks every construction); what a user gives as data is
# validated on the way in (lkjaudit.model.data, pydantic). Unknown field names are
# still refused (TypeError), and fields are given by name (kw_only). A class that
# nothing compares or prints has eq=False, repr=False: dataclasses compiles each
# generated method from source at import (about 0.5 M instructions apiece), and an
# object of such a class equals only itself.


class ColumnRole(StrEnum):
    """What a column means, whatever its header says or where it stands."""

    NO = "no"
    URAIAN = "uraian"  # program / kegiatan / sasaran / item name
    INDIKATOR = "indikator"
    SATUAN = "satuan"  # a unit column
    FORMULASI = "formulasi"
    KETERANGAN = "keterangan"
    TARGET = "target"
    REALISASI = "realisasi"  # realised performance
    CAPAIAN = "capaian"  # realisasi / target
    ANGGARAN = "anggaran"  # budget, pagu, alokasi
    REALISASI_ANGGARAN = "realisasi_anggaran"  # realised spending
    SISA = "sisa"  # anggaran − realisasi_anggaran
    PERSEN_ANGGARAN = "persen_anggaran"  # realisasi_anggaran / anggaran
    EFISIENSI = "efisiensi"
    KATEGORI = "kategori"  # one category of a count (PNS, Baik, Rusak Berat …)
    JUMLAH = "jumlah"  # a count, or the total of the category columns
    SUBJUMLAH = "subjumlah"  # the total of one group's categories (PNS › Jml)
    PERSEN_TOTAL = "persen_total"  # this row's share of the column total
    OTHER = "other"


class TableKind(StrEnum):
    """What a table is about, from what its columns mean (never its number)."""

    TARGET = "target"  # targets only (Perjanjian Kinerja, Tabel 2.x)
    TARGET_REALISATION = "target-realisation"
    BUDGET = "budget"  # budgets only (PK lampiran per program)
    BUDGET_REALISATION = "budget-realisation"
    PERFORMANCE_BUDGET = "performance-budget"  # target/realisasi and anggaran
    EFFICIENCY = "efficiency"
    PROGRAM_TREE = "program-tree"
    CATEGORY_COUNT = "category-count"  # staff by category, assets by condition
    STAFF = "staff"
    ASSETS = "assets"
    OTHER = "other"


class RowKind(StrEnum):
    """The part a body row plays."""

    DATA = "data"
    CONTINUATION = "continuation"  # first cell empty: another line of the entity above
    TOTAL = "total"  # JUMLAH / TOTAL


class Level(StrEnum):
    """Where a row sits in the planning hierarchy."""

    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"


@dataclass(eq=False, repr=False, slots=True)
class Cell:
    """One printed cell: its raw text, cleaned text and where it came from."""

    raw: str
    text: str = ""
    line: int | None = None
    page: int | None = None
    italic: bool = False
    bold: bool = False
    ref: str | None = None  # reader-specific address: "Sheet1!E12", "table 3 r2c4"


@dataclass(slots=True, kw_only=True)
class Column:
    """A logical column: one value cell, optionally followed by its unit cell."""

    index: int  # position among the logical columns
    cells: tuple[int, ...]  # physical column indices: (value,) or (value, unit)
    key: str  # unique within the table: the role, "target_2", or "c5"
    header: str = ""  # the deepest header text above it ("Realisasi")
    group: str = ""  # spanning header text above that ("Anggaran")
    unit_hint: str | None = None  # "(Rp.)" under a header
    role: ColumnRole = ColumnRole.OTHER
    # text, money, pct, qty, num, mixed, dash, empty; currency: only "Rp" signs
    content: str = "empty"
    number: str | None = None  # label in the column-number row ("6")
    formula: str | None = None  # formula stated in that row ("5/4")
    # a rupiah column printed in thousands (3) or millions (6): its own header, the
    # caption or a note of the table says so; 0 when nothing says it
    scale: int = 0

    def rupiah(self, number: Decimal) -> Decimal:
        """A figure of this column in whole rupiah (a column in thousands × 1000)."""
        return _tidy(number.scaleb(self.scale)) if self.scale else number

    def as_printed(self, number: Decimal) -> Decimal:
        """A figure in whole rupiah, in this column's own scale."""
        return _tidy(number.scaleb(-self.scale)) if self.scale else number

    @property
    def is_percent(self) -> bool:
        """True when the column holds percentages, printed with ``%`` or not."""
        if self.content == "pct":
            return True
        if "%" in f"{self.header} {self.group}" or "persen" in self.header.lower():
            return True
        return self.role in (
            ColumnRole.CAPAIAN,
            ColumnRole.PERSEN_ANGGARAN,
            ColumnRole.PERSEN_TOTAL,
            ColumnRole.EFISIENSI,
        )

    @property
    def title(self) -> str:
        """A readable header for messages: "Anggaran › Realisasi" (long parts cut)."""
        parts = [_short(p) for p in (self.group, self.header) if p]
        return " › ".join(parts) or self.key


def _tidy(number: Decimal) -> Decimal:
    """An integer without exponent, else the fewest decimals that hold the figure."""
    whole = number.to_integral_value()
    return whole.quantize(Decimal(1)) if number == whole else number.normalize()


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class Row:
    """A body row, its cells aligned to the table's physical columns."""

    index: int  # 1-based among body rows, as printed
    cells: list[Cell]
    kind: RowKind = RowKind.DATA
    entity: int | None = None  # index of the row that starts this entity
    level: Level | None = None
    parent: int | None = None  # index of the parent row in the tree
    children: list[int] = field(default_factory=list)  # indices of the child rows
    nomenclature: str | None = None  # the official code its name matches (7.01.02)
    values: list[Value] = field(default_factory=list)  # per logical column
    inherited: list[int] = field(default_factory=list)  # columns merged from above
    gap_before: bool = False  # a page break or blank line precedes it in the source

    @property
    def line(self) -> int | None:
        """The first source line of the row."""
        lines = [c.line for c in self.cells if c.line is not None]
        return min(lines) if lines else None

    @property
    def italic(self) -> bool:
        """True when the row's text cells among the first three are all in italics."""
        # NOTE: read for every row by the tree; one pass, no lists
        labelled = False
        for cell in self.cells[:3]:
            text = cell.text
            if text and text[0].isalpha():
                if not cell.italic:
                    return False
                labelled = True
        return labelled


# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType has
# a __getattr__); the lookups below run per row, so they read module constants
_NAME_ROLES = (ColumnRole.URAIAN, ColumnRole.INDIKATOR)
_DATA_ROW = RowKind.DATA
_TEXT_VALUE = ValueKind.TEXT
_NO_VALUE = parse_value("")


@dataclass(slots=True, kw_only=True)
class Table:
    """A table as printed, and what its columns and rows mean."""

    id: str  # stable logical id: "tabel-3.16", "pengukuran-kinerja-kegiatan"
    label: str  # for people: "Tabel 3.16"
    number: str | None = None  # "3.16"
    caption: str | None = None
    caption_line: int | None = None
    caption_ref: str | None = None  # the caption's own address ("'Tabel 3.2'!A1")
    # a line printed just above or below the table about its figures, such as
    # "(dalam jutaan rupiah)"
    note: str | None = None
    line_start: int | None = None
    line_end: int | None = None
    page_start: int | None = None
    sheet: int | None = None  # a workbook's sheet, counted from 1 in sheet order
    header: list[list[Cell]] = field(default_factory=list)
    numbering: list[Cell] | None = None  # the "1 2 3 … 6=5/4" row
    rows: list[Row] = field(default_factory=list)
    ncols: int = 0
    columns: list[Column] = field(default_factory=list)
    kinds: list[TableKind] = field(default_factory=list)
    repeated_headers: list[int] = field(default_factory=list)  # their lines
    section: str | None = None  # the heading or caption the table stands under
    # NOTE: the first column of each role, kept with the list it was read from: not
    # given, shown or compared. Columns are built whole and assigned once
    # (analysis.columns); assigning a new list makes the lookup start over.
    _first_by_role: tuple[list[Column], dict[str, Column]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _roles(self) -> dict[str, Column]:
        columns = self.columns
        cached = self._first_by_role
        if cached is not None and cached[0] is columns:
            return cached[1]
        first: dict[str, Column] = {}
        for col in columns:
            first.setdefault(col.role, col)
        self._first_by_role = (columns, first)
        return first

    def column(self, role: ColumnRole | str) -> Column | None:
        """The first column with this role, or None."""
        cached = self._first_by_role
        if cached is not None and cached[0] is self.columns:
            return cached[1].get(role)
        return self._roles().get(role)

    def columns_with(self, role: ColumnRole | str) -> list[Column]:
        """Every column with this role, left to right."""
        return [col for col in self.columns if col.role == role]

    def has(self, *roles: ColumnRole | str) -> bool:
        """True when the table has a column for every role given."""
        present = self._roles()
        return all(role in present for role in roles)

    def value(self, row: Row, column: Column) -> Value:
        """The parsed value of a row in a logical column."""
        # NOTE: the checks read values this way about 15 times per cell; a row
        # has a value for every column once analysed, so the lookup rarely fails
        try:
            return row.values[column.index]
        except IndexError:
            return _NO_VALUE

    def cell(self, row: Row, column: Column) -> Cell:
        """The cell holding a logical column's value in a row."""
        return row.cells[column.cells[0]]

    def row(self, index: int) -> Row:
        """A body row by its 1-based index."""
        return self.rows[index - 1]

    def label_of(self, row: Row) -> str:
        """The row's name: its uraian cell, else the first non-empty text cell."""
        # NOTE: read for every row of a large report: entity_row and column, inline
        own = self.rows[row.entity - 1] if row.entity is not None else row
        cells = own.cells
        roles = self._roles()
        for role in _NAME_ROLES:
            col = roles.get(role)
            if col is not None and (text := cells[col.cells[0]].text):
                return text
        for cell in cells:
            if cell.text and parse_value(cell.text).kind == _TEXT_VALUE:
                return cell.text
        return f"baris {row.index}"

    def indicator_of(self, row: Row) -> str:
        """The row's indicator as printed, else its name (:meth:`label_of`).

        What a row measures: a table without an indicator column, or a row
        leaving it empty, names the indicator by the row's name (a sasaran or
        uraian that is the indicator itself).
        """
        col = self._roles().get(ColumnRole.INDIKATOR)
        text = row.cells[col.cells[0]].text if col is not None else ""
        return text or self.label_of(row)

    def entity_row(self, row: Row) -> Row:
        """The row that starts the entity a continuation row belongs to."""
        return self.rows[row.entity - 1] if row.entity is not None else row

    def children(self, row: Row) -> list[Row]:
        """Rows whose tree parent is this row."""
        rows = self.rows
        return [rows[k - 1] for k in row.children]

    def data_rows(self) -> Iterator[Row]:
        """Rows that are neither totals nor continuation lines."""
        return (r for r in self.rows if r.kind == _DATA_ROW)


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class Link:
    """One copy of an entity (or an indicator) in one table."""

    table: str  # the table's id
    row: int  # the row's index in that table
    score: float = 100.0  # name similarity to the group, 100 = the same name
    basis: str = "name"  # how it was linked: name, fuzzy, indicator, figure


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class LinkGroup:
    """The copies of one program, kegiatan, sub kegiatan, sasaran or indicator."""

    kind: str  # "entity" or "indicator"
    level: str | None = None  # program, kegiatan, sub_kegiatan, sasaran, tujuan
    name: str  # the name as first printed
    members: list[Link] = field(default_factory=list)

    @property
    def weakest(self) -> float:
        """The lowest name similarity among the copies."""
        return min((m.score for m in self.members), default=100.0)


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class Ambiguity:
    """A row that matches two or more rows of another table equally well."""

    kind: str
    source: Link
    candidates: list[Link]


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class PageStart:
    """Where a paragraph that runs over a page break goes on."""

    at: int  # the paragraph's text line (0-based) that opens the page
    page: int
    line: int  # that text line's line on the page


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class Paragraph:
    """A run of prose lines between tables and blank lines.

    Each line break in ``text`` is one of the source. The text lines follow
    each other from ``line`` (on ``page``), up to ``line_end``: a format whose
    paragraph is one unit (a Word paragraph, a worksheet cell) has ``line_end ==
    line``, and every text line is at that line. A PDF paragraph that runs over
    a page break lists where it goes on in ``continued``; ``line_end`` is then
    the last line on its last page.
    """

    text: str
    line: int | None = None
    line_end: int | None = None
    page: int | None = None
    sheet: int | None = None  # a workbook's sheet, counted from 1 in sheet order
    bold: bool = False
    ref: str | None = None  # reader-specific address: "Teks!A12", "laporan.pdf p3 L8"
    continued: list[PageStart] = field(default_factory=list)

    def place(self, k: int) -> tuple[int | None, int | None]:
        """(page, line) of the paragraph's ``k``-th text line, counted from 0."""
        page, line, first, last = self.page, self.line, 0, not self.continued
        for n, start in enumerate(self.continued):
            if start.at <= k:
                page, line, first = start.page, start.line, start.at
                last = n == len(self.continued) - 1
        if line is None:
            return page, None
        here = line + k - first
        if last and self.line_end is not None and self.line_end >= line:
            here = min(here, self.line_end)  # one unit (a Word paragraph, a cell)
        return page, here


@dataclass(eq=False, repr=False, slots=True, kw_only=True)
class Report:
    """A whole report: where it came from, its prose and its tables."""

    source: str  # the path as the user gave it
    format: str  # text, markdown, docx, pdf, xlsx, yaml, json
    title: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    line_count: int | None = None
    page_count: int | None = None
    links: list[LinkGroup] = field(default_factory=list)  # the same entity in 2+ tables
    ambiguous: list[Ambiguity] = field(default_factory=list)

    def table(self, table_id: str) -> Table:
        """A table by its id; KeyError when missing."""
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)
