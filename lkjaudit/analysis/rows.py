"""Row kinds, entities and parsed values.

* A row whose label cells are empty continues the entity above (a program with three
  indicators). Its blank cells in the entity's own columns (the label and the budget:
  anggaran, realisasi anggaran, sisa, % anggaran) stand for cells merged vertically in
  the original and take the value above.
* A row labelled JUMLAH / TOTAL (also spaced out: ``J U M L A H``) is a total row.
* Every logical column of every row is parsed with its column's context: a unit
  column's unit, a ``Satuan`` column, a percentage column's ``.`` decimal point.
"""

from __future__ import annotations

import re

from lkjaudit.analysis.cells import is_unit_text
from lkjaudit.model.fast import update
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind, parse_value

__all__ = ["ENTITY_ROLES", "classify_rows", "is_total_label"]

R = ColumnRole
ENTITY_ROLES = frozenset(
    {R.NO, R.URAIAN, R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA, R.PERSEN_ANGGARAN}
)
_LABEL_ROLES = (R.NO, R.URAIAN)
_TOTAL = re.compile(
    r"^(?:sub\s*)?(?:jumlah|total|jml)(?:\s*(?:total|keseluruhan|seluruhnya|akhir|"
    r"umum|anggaran|belanja))?\s*:?$|^grand\s*total$",
    re.IGNORECASE,
)


_SPACED = re.compile(r"(?<=\b\w) (?=\w\b)")


def is_total_label(text: str) -> bool:
    """True for JUMLAH, Total, ``J U M L A H``, Jumlah Keseluruhan and the like."""
    text = text.strip()
    if not text or len(text) > 40 or text[0].lower() not in "jtsg":
        return False
    squeezed = _SPACED.sub("", text)
    return bool(_TOTAL.match(squeezed.strip(" .:*")))


def _label_columns(table: Table) -> list[Column]:
    cols = [c for c in table.columns if c.role in _LABEL_ROLES]
    if not cols and table.columns:
        cols = [table.columns[0]]
    return cols


def _parse(
    table: Table, row: Row, col: Column, satuan: Column | None, percent: bool
) -> Value:
    cell = row.cells[col.cells[0]] if col.cells[0] < len(row.cells) else None
    if cell is None:
        return parse_value("")
    text = cell.text
    if len(col.cells) > 1 and col.cells[1] < len(row.cells):
        unit = row.cells[col.cells[1]].text
        if text and unit and is_unit_text(unit):
            text = f"{text} {unit}"
    value = parse_value(text, percent)
    if (
        satuan is not None
        and col.role in (R.TARGET, R.REALISASI)
        and value.kind == ValueKind.NUMBER
        and value.unit is None
    ):
        unit = row.cells[satuan.cells[0]].text
        if unit and is_unit_text(unit):
            value = parse_value(f"{text} {unit}", percent)
    return value


def classify_rows(table: Table) -> None:
    """Set each row's kind, entity, inherited cells and parsed values."""
    labels = _label_columns(table)
    satuan = table.column(R.SATUAN)
    entity: Row | None = None
    percent = [col.is_percent for col in table.columns]
    for row in table.rows:
        values = [
            _parse(table, row, col, satuan, pct)
            for col, pct in zip(table.columns, percent, strict=True)
        ]
        label_text = " ".join(row.cells[c.cells[0]].text for c in labels).strip()
        first_text = next((c.text for c in row.cells if c.text), "")
        if is_total_label(label_text) or (
            not label_text and is_total_label(first_text)
        ):
            update(row, values=values, kind=RowKind.TOTAL)
            entity = None
        elif (
            not label_text
            and entity is not None
            and any(v.kind != ValueKind.EMPTY for v in values)
        ):
            update(row, values=values, kind=RowKind.CONTINUATION, entity=entity.index)
            _inherit(table, row, entity)
        else:
            update(row, values=values, kind=RowKind.DATA)
            entity = row


def _inherit(table: Table, row: Row, entity: Row) -> None:
    for col in table.columns:
        if col.role not in ENTITY_ROLES:
            continue
        if row.values[col.index].kind == ValueKind.EMPTY:
            row.values[col.index] = entity.values[col.index]
            row.inherited.append(col.index)
