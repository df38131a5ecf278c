"""Groups of category columns that a table never adds up itself.

A staff table under a two-level header (``PNS | | PPPK | | Jumlah`` over ``L |
P | L | P |``) may print no group total (no ``PNS › Jml``). A sentence's "9
orang PNS" still quotes a figure of the table: the sum of the group's columns
on the row it names (the JUMLAH row for all the staff). :func:`group_truth`
gives that sum, each cell at the figure it should hold, when it can be had
exactly; the prose checks compare the sentence with it like any other count.

An asset table may print its grades flat, with no group label: ``Baik | Rusak
Ringan | Rusak Berat | Jumlah``. The categories that share a first word (*Rusak*)
are a group by that word, as ``Rusak`` over ``Ringan | Berat`` is: "*3 unit
dalam kondisi rusak*" is their sum.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkjaudit.checks.common import is_figure
from lkjaudit.checks.interval import Interval
from lkjaudit.checks.truth import Truth, truth
from lkjaudit.model.report import Column, ColumnRole, Report, Row, Table, TableKind
from lkjaudit.model.values import Value, ValueKind, format_value

__all__ = ["Group", "group_truth", "unsummed_groups"]

R = ColumnRole


@dataclass(eq=False, repr=False)
class Group:
    """Category columns under one group label, with no total column of their own."""

    name: str  # the group's label (PNS)
    parts: tuple[Column, ...]  # its category columns (PNS › L, PNS › P)


def unsummed_groups(table: Table) -> list[Group]:
    """The groups of two or more categories that no ``SUBJUMLAH`` column adds up.

    A label over every category of the table (``Status Kepegawaian`` over PNS
    and TKB) names all of them: that is the table's Jumlah, no group. In an
    asset table, ungrouped categories whose headers share their first word
    (``Rusak Ringan``, ``Rusak Berat``) are a group by that word
    (:func:`_flat_groups`).
    """
    categories = table.columns_with(R.KATEGORI)
    summed = {c.group for c in table.columns_with(R.SUBJUMLAH)}
    by_name: dict[str, list[Column]] = {}
    for col in categories:
        if col.group and col.group not in summed:
            by_name.setdefault(col.group, []).append(col)
    groups = [
        Group(name, tuple(parts))
        for name, parts in by_name.items()
        if 2 <= len(parts) < len(categories)
    ]
    return groups + _flat_groups(table, categories)


def _flat_groups(table: Table, categories: list[Column]) -> list[Group]:
    """Grades printed flat in an asset table: ``Rusak Ringan | Rusak Berat``.

    Only asset tables (a staff table's ``Tenaga Honorer | Tenaga Kontrak`` is
    no count a sentence's "*tenaga*" quotes), only headers of two words or more
    (the shared word is a qualifier, never a whole category), and only when the
    word is the first word of no other category's header.
    """
    if TableKind.ASSETS not in table.kinds:
        return []
    by_word: dict[str, list[Column]] = {}
    for col in categories:
        words = col.header.split()
        if not col.group and words:
            key = words[0].casefold()
            by_word.setdefault(key, []).append(col)
    return [
        Group(parts[0].header.split()[0], tuple(parts))
        for parts in by_word.values()
        if 2 <= len(parts) < len(categories)
        and all(len(c.header.split()) >= 2 for c in parts)
    ]


def group_truth(report: Report, table: Table, row: Row, group: Group) -> Truth | None:
    """A group's count on a row: its columns' figures added up, exactly.

    Each cell is taken at the figure it should hold (:func:`truth`: a crossed
    inner cell at its correction); a dash counts as zero and an empty cell is
    skipped. None when a cell holds text, a figure is inexact, or every cell is
    empty: no exact sum to compare a sentence with.
    """
    should = Decimal(0)
    shown = Decimal(0)
    units: list[str | None] = []
    for col in group.parts:
        value = table.value(row, col)
        if value.kind == ValueKind.EMPTY:
            continue
        found = truth(table, row, col, report) if is_figure(value) else None
        if found is None or found.interval.lo != found.interval.hi:
            return None
        should += found.interval.lo
        shown += value.number or Decimal(0)
        units.append(value.unit)
    if not units:
        return None
    unit = units[0] if len(set(units)) == 1 else None
    printed = Value(format_value(shown, 0, unit), ValueKind.NUMBER, shown, unit)
    return Truth(Interval.exact(should), printed, should != shown)
