"""Report data: a report's paragraphs and tables as YAML or JSON (format 1).

This is what ``lkjaudit extract`` writes and what ``lkjaudit check`` reads back. It
holds the report *as printed*: each table's cells as raw text, exactly as a reader
cut them from the document, and the prose paragraphs. lkjaudit analyses the tables
again when it reads the data (header rows, column roles, the program tree), the
same way for every format, so the data stays small, a person can edit a figure
without editing what lkjaudit derived from it, and nothing derived can go stale.

A cell is a string (its text as printed) or an object with the text and where it
was found in the original document. A row is a list of cells or an object with its
cells and position. Positions (``line``, ``page``, ``ref``) record where things were
in the *original* document; lkjaudit reports them as the cell's origin, and points
its own locations at the lines of the data file.

Numbers are written as text the way the report prints them (``"1.925.038.095"``,
``"62,71%"``): a YAML or JSON number with a fraction is refused, because ``1.000``
(one thousand, as an Indonesian report writes it) would be read as one. Whole
numbers are accepted and read as their digits.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

__all__ = [
    "CELL_ERRORS",
    "CellData",
    "DataCell",
    "DataRow",
    "ParagraphData",
    "ReportData",
    "RowData",
    "TableData",
]

_STRICT = ConfigDict(extra="forbid", defer_build=True)


# NOTE: the error types the cell validator raises; the reader words each one in
# both languages (catalogue "input.<type>"), so the text here is pydantic's only.
CELL_ERRORS = ("data-cell-bool", "data-cell-float")


def _text(value: object) -> object:
    """Accept a string or a whole number; refuse what would lose the printed form."""
    if isinstance(value, bool):
        raise PydanticCustomError(
            "data-cell-bool",
            "true/false is not a cell: quote it if the report prints it ('true')",
        )
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise PydanticCustomError(
            "data-cell-float",
            "write a figure with a fraction as text, the way the report prints it "
            "('54,55' or '1.000'): as a YAML/JSON number it loses its printed form",
        )
    return value


Text = Annotated[str, BeforeValidator(_text)]


class CellData(BaseModel):
    """A cell with more than its text: styling hints or its own position."""

    model_config = _STRICT

    text: Text = Field(description="The cell as printed, markup included.")
    italic: bool = Field(default=False, description="All of its text is italic.")
    bold: bool = Field(default=False, description="All of its text is bold.")
    line: int | None = Field(default=None, ge=1, description="Original line.")
    page: int | None = Field(default=None, ge=1, description="Original page (PDF).")
    ref: str | None = Field(
        default=None, description="Original address ('Sheet1!E12', 'T3:R2C4')."
    )


DataCell = Annotated[Text | CellData, Field(union_mode="left_to_right")]


class RowData(BaseModel):
    """A row with its position in the original document."""

    model_config = _STRICT

    line: int | None = Field(
        default=None, ge=1, description="Original line of the row."
    )
    page: int | None = Field(default=None, ge=1, description="Original page (PDF).")
    ref: str | None = Field(
        default=None,
        description="Original address of the first cell; the next cells' addresses "
        "follow it column by column ('Sheet1!B5', 'T3:R2C1').",
    )
    page_break: bool = Field(
        default=False, description="A page break (or blank line) comes before it."
    )
    cells: list[DataCell]


DataRow = Annotated[list[DataCell] | RowData, Field(union_mode="left_to_right")]


class TableData(BaseModel):
    """A table: its caption and identity, and its rows of raw cells."""

    model_config = _STRICT

    id: str | None = Field(
        default=None,
        min_length=1,
        description="Stable id used in findings ('tabel-3.16'); derived from the "
        "caption when left out.",
    )
    label: str | None = Field(default=None, description="Name shown to people.")
    number: str | None = Field(default=None, description="Table number ('3.16').")
    caption: str | None = Field(default=None, description="Caption as printed.")
    note: str | None = Field(
        default=None,
        description="A line printed just above or below the table about its "
        "figures ('(dalam ribuan rupiah)'): it states the scale of its rupiah.",
    )
    section: str | None = Field(
        default=None,
        description="The heading the table stands under ('LAMPIRAN PERJANJIAN "
        "KINERJA TAHUN 2024'): it tells, for one, the Perjanjian Kinerja's tables.",
    )
    sheet: int | None = Field(
        default=None,
        ge=1,
        description="Original sheet (XLSX): the sheet's place in the workbook, from "
        "1 in the workbook's order (hidden and empty sheets not counted).",
    )
    header: list[DataRow] = Field(
        default_factory=list,
        description="Header rows the document marks as such (Markdown); other "
        "header rows may simply be the first rows.",
    )
    rows: list[DataRow] = Field(min_length=1)


class ParagraphData(BaseModel):
    """A paragraph of prose."""

    model_config = _STRICT

    text: Text
    bold: bool = False
    line: int | None = Field(default=None, ge=1, description="Original first line.")
    line_end: int | None = Field(default=None, ge=1, description="Original last line.")
    page: int | None = Field(default=None, ge=1, description="Original page (PDF).")
    sheet: int | None = Field(
        default=None,
        ge=1,
        description="Original sheet (XLSX): the place in the workbook of the sheet "
        "the paragraph was on, from 1 (its line is that sheet's row).",
    )
    ref: str | None = Field(default=None, description="Original address.")


class ReportData(BaseModel):
    """A report as data: the document format lkjaudit reads from YAML or JSON."""

    model_config = ConfigDict(
        extra="forbid",
        defer_build=True,
        populate_by_name=True,
        title="lkjaudit report data",
    )

    version: Literal[1] = Field(
        alias="lkjaudit-report", description="Report data format version."
    )
    source: str | None = Field(
        default=None, description="The document the data was extracted from."
    )
    format: str | None = Field(
        default=None, description="That document's format (text, docx, pdf, xlsx …)."
    )
    title: str | None = None
    line_count: int | None = Field(default=None, ge=0)
    page_count: int | None = Field(default=None, ge=0)
    paragraphs: list[ParagraphData] = Field(default_factory=list)
    tables: list[TableData] = Field(default_factory=list)
