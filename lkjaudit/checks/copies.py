"""The copies of one fact across tables, built from the report's link groups.

Shared by the cross-table primitives: which rows are the same entity or indicator,
which table is part of the Perjanjian Kinerja, and a note for findings that rest on a
weak (fuzzy or figure-only) link.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context
from lkjaudit.model.finding import Confidence
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, ColumnRole, LinkGroup, Report, Row, Table
from lkjaudit.model.values import Value
from lkjaudit.prose.cache import per_report

__all__ = [
    "Copy",
    "Index",
    "index",
    "index_of",
    "is_pk",
    "link_note",
    "settled_ranges",
]

_PK = lazy(r"perjanj\w*\s+kinerja|\bPK\b", re.IGNORECASE)
WEAK = 95.0  # a name-only link below this similarity is called weak


def is_pk(table: Table) -> bool:
    """True for a table of the Perjanjian Kinerja (by its caption or section)."""
    return _names_pk(table.caption, table.section)


@lru_cache(maxsize=1024)
def _names_pk(caption: str | None, section: str | None) -> bool:
    return any(_PK.search(text or "") for text in (caption, section))


class Copy(NamedTuple):
    """One copy of a linked row.

    A named tuple, not a frozen dataclass: a large report's link index builds tens
    of thousands of them, and a frozen dataclass costs several times more to build.
    """

    table: Table
    row: Row
    score: float
    basis: str

    def value(self, role: ColumnRole) -> tuple[Column, Value] | None:
        """The row's value in the first column with ``role`` (not merged from above)."""
        col = self.table.column(role)
        if col is None or col.index in self.row.inherited:
            return None
        return col, self.table.value(self.row, col)


class Index:
    """Link groups by kind, and the group of any (table, row)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.tables = {t.id: t for t in report.tables}
        self.groups: list[tuple[LinkGroup, list[Copy]]] = []
        self._of: dict[tuple[str, str, int], int] = {}
        self._by_table: dict[int, dict[str, Copy]] = {}
        self._kinds: dict[str, list[tuple[LinkGroup, list[Copy]]]] = {}
        # NOTE: a large report links tens of thousands of rows: the maps are
        # read once, and each copy's key is built from what is at hand
        tables, of, kinds = self.tables, self._of, self._kinds
        for position, group in enumerate(report.links):
            kind = group.kind
            copies = []
            for m in group.members:
                table = tables[m.table]
                row = table.rows[m.row - 1]  # NOTE: Table.row, inline
                copies.append(Copy(table, row, m.score, m.basis))
                of[(kind, m.table, row.index)] = position
            pair = (group, copies)
            self.groups.append(pair)
            kinds.setdefault(kind, []).append(pair)

    def of_kind(self, kind: str) -> list[tuple[LinkGroup, list[Copy]]]:
        """Groups of entities or of indicators (sorted by kind when built)."""
        return list(self._kinds.get(kind, ()))

    def copies(self, kind: str, table: Table, row: Row) -> list[Copy]:
        """Every copy of a row (itself included), or [] when it is not linked."""
        position = self._of.get((kind, table.id, row.index))
        return self.groups[position][1] if position is not None else []

    def copy_in(self, kind: str, table: Table, row: Row, other: Table) -> Copy | None:
        """The copy of a row in another table, if it has one there."""
        return self.by_table(kind, table, row).get(other.id)

    def by_table(self, kind: str, table: Table, row: Row) -> dict[str, Copy]:
        """A row's copies by their table's id ({} when it is not linked)."""
        position = self._of.get((kind, table.id, row.index))
        if position is None:
            return _NONE
        by_table = self._by_table.get(position)
        if by_table is None:
            by_table = {c.table.id: c for c in self.groups[position][1]}
            self._by_table[position] = by_table
        return by_table


_NONE: dict[str, Copy] = {}  # NOTE: shared, never written to


@per_report
def index_of(report: Report) -> Index:
    """The report's link index, built once per report object."""
    return Index(report)


def index(ctx: Context) -> Index:
    """The report's link index, built once per run."""
    return index_of(ctx.report)


def link_note(copies: list[Copy], lang: str) -> tuple[str, Confidence | None]:
    """A note and a lowered confidence when a finding rests on a weaker link.

    A copy linked by its budget and position (names differ) gives medium confidence;
    one linked by a name that is only similar gives low confidence.
    """
    if any(c.basis == "figure" for c in copies):
        return " " + phrase("link.figure", lang), Confidence.MEDIUM
    weakest = min(copies, key=lambda c: c.score)
    if weakest.score >= WEAK:
        return "", None
    return (
        " " + phrase("link.weak", lang, score=f"{weakest.score:.0f}"),
        Confidence.LOW,
    )


@per_report
def settled_ranges(report: Report) -> dict[tuple[int, int, int], Value]:
    """Each target range its other copies put at another range, by its cell.

    Keyed by the table's id, the row's and the column's index
    (:func:`~lkjaudit.checks.crossref.figures.range_settlements`, read once per
    report).
    """
    from lkjaudit.checks.crossref.figures import range_settlements  # NOTE: reads us

    return range_settlements(report)
