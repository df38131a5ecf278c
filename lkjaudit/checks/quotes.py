"""Linking a sentence to the table rows it talks about, by meaning.

A sentence names its subject: an ordinal (``sasaran kedua``), a name
(``program Pembinaan dan Pengawasan Pemerintahan Desa``), an indicator
(``persentase desa yang menetapkan LPPDes tepat waktu``), a staff or asset row
(``S1``, ``golongan ruang III``, ``kendaraan roda dua``) or a category column
(``PNS``, ``kondisi baik``). Rows are found by the share of their name's words
the sentence contains, never by a table number. A sentence without a subject of its
own continues the subject of the sentence before it in the same paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.prose.claims import ProseClaims, read_claims
from lkjaudit.prose.outline import toc_tables
from lkjaudit.prose.text import tokens

__all__ = ["Entity", "ProseIndex", "prose_index"]

R = ColumnRole
_ORDINALS = {
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
}
_ORDINAL = re.compile(
    r"\b(?P<kind>sasaran|program|kegiatan|tujuan|indikator)(?:\s+strategis)?\s+"
    r"(?:ke[-\s]?)?(?P<n>pertama|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|"
    r"kedelapan|\d{1,2})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Entity:
    """A row a sentence can talk about."""

    table: Table = field(repr=False)
    row: Row = field(repr=False)
    kind: str  # sasaran, program, kegiatan, sub_kegiatan, tujuan, indikator, item
    ordinal: int  # position among the table's entities of that kind
    label: frozenset[str]
    indikator: frozenset[str]


def _row_kind(table: Table, row: Row) -> str:
    if row.level is not None:
        return row.level.value
    col = table.column(R.URAIAN)
    header = (col.header if col else "").lower()
    if TableKind.STAFF in table.kinds or TableKind.ASSETS in table.kinds:
        return "item"
    if "sasaran strategis" in header:
        return "sasaran"
    if "program" in header:
        return "program"
    for kind in ("sasaran", "kegiatan", "tujuan", "indikator"):
        if kind in header:
            return kind
    return "item"


def _text(table: Table, row: Row, role: ColumnRole) -> str:
    col = table.column(role)
    return row.cells[col.cells[0]].text if col is not None else ""


def _entities(report: Report) -> list[Entity]:
    skip = toc_tables(report)
    found: list[Entity] = []
    for table in report.tables:
        if table.id in skip or not table.columns:
            continue
        counters: dict[str, int] = {}
        for row in table.rows:
            if row.kind == RowKind.TOTAL:
                continue
            own = table.entity_row(row)
            kind = _row_kind(table, own)
            if row.kind == RowKind.DATA:
                counters[kind] = counters.get(kind, 0) + 1
            label = tokens(table.label_of(own))
            ind = tokens(_text(table, row, R.INDIKATOR))
            found.append(Entity(table, row, kind, counters.get(kind, 0), label, ind))
    return found


def _coverage(
    name: frozenset[str], words: frozenset[str], short: bool
) -> tuple[float, int]:
    if not name:
        return 0.0, 0
    hits = len(name & words)
    cov = hits / len(name)
    if cov >= 0.75 and (hits >= 2 or (short and hits == len(name))):
        return cov, hits
    return 0.0, 0


@dataclass
class ProseIndex:
    """The entities of a report's tables, and the report's claims."""

    entities: list[Entity]
    claims: ProseClaims
    tables: list[Table]  # data tables (the table of contents left out)

    def resolve(
        self,
        text: str,
        need: Callable[[Entity], bool],
        *,
        items: bool = False,
    ) -> list[Entity]:
        """The rows a piece of text names, best first (ties kept); [] for none.

        Only entities for which ``need`` holds are considered (a table with the
        column the claim restates). ``items`` matches staff and asset rows, whose
        names are short (``S1``).
        """
        words = tokens(text)
        ordinals = {
            (
                m.group("kind").lower(),
                _ORDINALS.get(m.group("n").lower()) or int(m.group("n")),
            )
            for m in _ORDINAL.finditer(text)
        }
        best: list[Entity] = []
        top: tuple[float, int] = (0.0, 0)
        for entity in self.entities:
            if (entity.kind == "item") != items or not need(entity):
                continue
            if (entity.kind, entity.ordinal) in ordinals:
                score: tuple[float, int] = (2.0, 0)
            else:
                lab = _coverage(entity.label, words, items)
                ind = _coverage(entity.indikator, words, False)
                score = (max(lab[0], ind[0]), lab[1] + ind[1])
            if score[0] == 0:
                continue
            if score > top:
                top, best = score, [entity]
            elif score == top:
                best.append(entity)
        return best


_CACHE: dict[int, tuple[Report, ProseIndex]] = {}


def prose_index(report: Report) -> ProseIndex:
    """The index of a report, built once per report object."""
    hit = _CACHE.get(id(report))
    if hit is not None and hit[0] is report:
        return hit[1]
    skip = toc_tables(report)
    tables = [t for t in report.tables if t.id not in skip]
    index = ProseIndex(_entities(report), read_claims(report), tables)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(report)] = (report, index)
    return index


def column_for(table: Table, metric: str) -> Column | None:
    """The column of a table that holds a metric ("capaian", "anggaran", …)."""
    try:
        role = ColumnRole(metric)
    except ValueError:
        return None
    return table.column(role)
