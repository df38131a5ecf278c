"""Row kinds, entities and parsed values.

* A row whose label cells are empty continues the entity above (a program with three
  indicators). Its blank cells in the entity's own columns (the label and the budget:
  anggaran, realisasi anggaran, sisa, % anggaran) stand for cells merged vertically in
  the original and take the value above.
* A row labelled JUMLAH / TOTAL (also spaced out: ``J U M L A H``) is a total row.
* A row of averages (``Rata-rata Capaian`` under the last indicator, its No left
  empty) is a row of its own, never another line of the row above it.
* Every logical column of every row is parsed with its column's context: a unit
  column's unit, a ``Satuan`` column, a percentage column's ``.`` decimal point.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from lkjaudit.analysis.cells import is_unit_text
from lkjaudit.analysis.targets import period_target
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell, Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value, ValueKind, parse_money, parse_value

__all__ = ["ENTITY_ROLES", "classify_rows", "is_average_row", "is_total_label"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_NUMBER, _EMPTY = ValueKind.NUMBER, ValueKind.EMPTY
_DATA, _CONTINUATION, _TOTAL_ROW = RowKind.DATA, RowKind.CONTINUATION, RowKind.TOTAL
ENTITY_ROLES = frozenset(
    {R.NO, R.URAIAN, R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA, R.PERSEN_ANGGARAN}
)
_LABEL_ROLES = (R.NO, R.URAIAN)
_TOTAL = lazy(
    r"^(?:sub\s*)?(?:jumlah|total|jml)(?:\s*(?:total|keseluruhan|seluruhnya|akhir|"
    r"umum|anggaran|belanja))?\s*:?$|^grand\s*total$",
    re.IGNORECASE,
)


_SPACED = lazy(r"(?<=\b\w) (?=\w\b)")
# a row of averages: "Rata-rata", "Rata-rata Capaian Kinerja", "Rerata (%)", a
# group's "Rata-rata Sasaran A"; an indicator that measures an average names what
# it averages ("Rata-rata waktu tunggu pelayanan", "Rata-rata lama sekolah") and
# is no such row
# (the words are those of the table's own columns and groups: "Rata-rata
# Efisiensi", "Rata-rata Capaian dan Serapan Anggaran", "Rerata per Sasaran")
_AVERAGE = lazy(
    r"^\W*(?:rata[\s-]*rata|rerata|average)(?:\s+(?:capaian|kinerja|indikator|"
    r"sasaran|iku|strategis|program|kegiatan|keseluruhan|seluruhnya|total|umum|akhir|"
    r"persentase|efisiensi|serapan|anggaran|realisasi|target|dan|&|per|"
    r"\(?%\)?))*(?:\s+(?:[a-z]|[ivx]+|\d{1,2}))?\W*$",
    re.IGNORECASE,
)


def is_total_label(text: str) -> bool:
    """True for JUMLAH, Total, ``J U M L A H``, Jumlah Keseluruhan and the like."""
    text = text.strip()
    if not text or len(text) > 40 or text[0].lower() not in "jtsg":
        return False
    squeezed = _SPACED.sub("", text)
    return bool(_TOTAL.match(squeezed.strip(" .:*")))


def is_average_row(row: Row) -> bool:
    """True for a row of averages (``Rata-rata Capaian``, ``Rerata (%)``).

    Its first text (after its number, when it is numbered) names the row an
    average and nothing else: an indicator that measures an average
    (``Rata-rata lama sekolah``) is a row of data.
    """
    if row.kind != _DATA:
        return False
    texts = (c.text for c in row.cells if c.text)
    first = next(texts, "")
    if _NUMBERING.match(first):
        first = next(texts, "")
    return bool(_AVERAGE.match(first))


# a row's number in its No column: "5", "5.", "1.2", "IV"
_NUMBERING = lazy(r"^\s*(?:\d+(?:\.\d+)*|[ivx]+)\.?\s*$", re.IGNORECASE)


def _first_text(cells: list[Cell]) -> str:
    return next((c.text for c in cells if c.text), "")


def _label_columns(table: Table) -> list[Column]:
    cols = [c for c in table.columns if c.role in _LABEL_ROLES]
    if not cols and table.columns:
        cols = [table.columns[0]]
    return cols


@lru_cache(maxsize=4096)
def _unit(text: str) -> bool:
    # NOTE: a few unit words repeat down every row of a column
    return is_unit_text(text)


_MONEY = frozenset({R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA})
_UNITED = (_NUMBER, ValueKind.RANGE)


def _parse_percent(text: str) -> Value:
    return parse_value(text, True)


def _parser(
    col: Column, satuan: Column | None, target: bool = False
) -> Callable[[list[Cell]], Value]:
    """The parser of one logical column's value in a row's cells.

    ``target``: the column holds a target though it has no role (the quarter's,
    beside the year's): the Satuan column gives its unit too.
    """
    first = col.cells[0]
    unit_at = col.cells[1] if len(col.cells) > 1 else None
    # NOTE: parse_value is memoised on its arguments as passed: a plain column calls
    # it as the layout's text_type does, parse_value(text), so each text is parsed
    # once for both, not a second time under the key (text, False). A column in
    # thousands or millions of rupiah (Column.scale: its header, the caption or a
    # note says so) prints decimals of its unit: 1.250,500 there is 1.250.500
    # rupiah written right, not a typo parse_money would repair.
    parse_text: Callable[[str], Value] = (
        _parse_percent
        if col.is_percent
        else parse_money
        if col.role in _MONEY and not col.scale
        else parse_value
    )
    satuan_at = (
        satuan.cells[0]
        if satuan is not None and (target or col.role in (R.TARGET, R.REALISASI))
        else None
    )

    def parse(cells: list[Cell]) -> Value:
        if first >= len(cells):
            return parse_value("")
        text = cells[first].text
        if unit_at is not None and unit_at < len(cells):
            unit = cells[unit_at].text
            if text and unit and _unit(unit):
                text = f"{text} {unit}"
        value = parse_text(text)
        # NOTE: a target range ("60 - 85") takes the Satuan column's unit too
        if satuan_at is not None and value.kind in _UNITED and value.unit is None:
            unit = cells[satuan_at].text
            if unit and _unit(unit):
                value = parse_text(f"{text} {unit}")
        return value

    if col.scale and col.role in _MONEY:
        return _to_the_rupiah(parse, col.scale)
    return parse


def _to_the_rupiah(
    parse: Callable[[list[Cell]], Value], scale: int
) -> Callable[[list[Cell]], Value]:
    """A parser of amounts in thousands or millions that marks whole rupiah exact.

    ``4.650,000`` in thousands is Rp 4.650.000 to the rupiah: exact, as an
    amount printed in rupiah is, not the interval its last decimal rounds.
    """

    def whole(cells: list[Cell]) -> Value:
        value = parse(cells)
        if value.kind == ValueKind.NUMBER and 0 < value.decimals <= scale:
            return replace(value, whole=True)
        return value

    return whole


def classify_rows(table: Table) -> None:
    """Set each row's kind, entity, inherited cells and parsed values."""
    labels = [c.cells[0] for c in _label_columns(table)]
    satuan = table.column(R.SATUAN)
    quarter = period_target(table)
    parsers = [_parser(col, satuan, col is quarter) for col in table.columns]
    entity: Row | None = None
    empty = ValueKind.EMPTY
    for row in table.rows:
        cells = row.cells
        values = [parse(cells) for parse in parsers]
        label_text = " ".join(cells[p].text for p in labels).strip()
        if is_total_label(label_text) or (
            not label_text and is_total_label(_first_text(cells))
        ):
            row.values, row.kind = values, _TOTAL_ROW
            entity = None
        elif (
            not label_text
            and entity is not None
            and any(v.kind != empty for v in values)
            and not _AVERAGE.match(_first_text(cells))
        ):
            row.values, row.kind = values, _CONTINUATION
            row.entity = entity.index
            _inherit(table, row, entity)
        else:
            row.values, row.kind = values, _DATA
            entity = row


def _inherit(table: Table, row: Row, entity: Row) -> None:
    for col in table.columns:
        if col.role not in ENTITY_ROLES:
            continue
        if row.values[col.index].kind == _EMPTY:
            row.values[col.index] = entity.values[col.index]
            row.inherited.append(col.index)
