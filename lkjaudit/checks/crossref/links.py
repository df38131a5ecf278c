"""The links themselves: each copy of the program tree is whole, each link is one.

A row of one copy of the program tree appears in every other copy, and a row
matches at most one row of another table (else it is not linked, and its figures
are not compared).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.copies import Copy, Index, index
from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import ColumnRole, Report, Row, RowKind, Table, TableKind

__all__ = ["AmbiguityOptions", "TreeOptions"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_DATA = RowKind.DATA


class TreeOptions(BaseModel):
    """Options of the ``tree-copies-complete`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "tree-copies-complete",
    options=TreeOptions,
    scope="report",
    provides=("name", "missing_from", "level"),
)
def tree_copies_complete(
    report: Report, opts: TreeOptions, ctx: Context
) -> Iterator[Violation]:
    """A row in one copy of the program tree appears in every other copy.

    Compares the tables that show the tree itself (two levels or more of programs,
    kegiatan and sub kegiatan): their programs, and the children of every linked
    parent, at the levels both tables show. Tables that list one level only (the
    programs of the Perjanjian Kinerja, a selection of kegiatan) are not copies of the
    tree.
    """
    idx = index(ctx)
    held = _Held(idx)
    trees = [t for t in report.tables if _is_full_tree(t)]
    reported: set[tuple[int, str]] = set()
    # NOTE: each tree is compared with the few trees after it. One LKj has a handful;
    # a file with dozens of trees (several reports bound together) stays linear.
    tops = {
        t.id: [r for r in t.data_rows() if r.parent is None and r.level] for t in trees
    }
    for k, first in enumerate(trees):
        for second in trees[k + 1 : k + 1 + _TREE_WINDOW]:
            if not _copies_of_each_other(idx, first, second, tops):
                continue
            pair = {first.id: first, second.id: second}
            yield from _missing(
                ctx, idx, held, pair, {t: tops[t] for t in pair}, None, reported
            )
            in_first = held(first)
            for row in first.data_rows():
                if not row.children:
                    continue
                twin = in_first[row.index].get(second.id)
                if twin is None:
                    continue
                owners = [Copy(first, row, 100.0, "name"), twin]
                kids = {
                    first.id: first.children(row),
                    second.id: second.children(twin.row),
                }
                yield from _missing(ctx, idx, held, pair, kids, owners, reported)


def _copies_of_each_other(
    idx: Index, first: Table, second: Table, tops: dict[str, list[Row]]
) -> bool:
    """Two trees share most of their programs (else they are different trees)."""
    mine, theirs = tops[first.id], tops[second.id]
    if not mine or not theirs:
        return False
    shared = sum(1 for r in mine if idx.copy_in("entity", first, r, second))
    return shared * 2 >= min(len(mine), len(theirs))


def _is_full_tree(table: Table) -> bool:
    """A table showing the hierarchy itself: two levels or more of the tree."""
    if TableKind.PROGRAM_TREE not in table.kinds:
        return False
    return len({r.level for r in table.data_rows() if r.level is not None}) >= 2


_TREE_WINDOW = 4


class _Held:
    """Each data row's copies by table, per tree, read once for every tree.

    A tree is compared with several others, and each of its rows is looked up
    in every comparison.
    """

    def __init__(self, idx: Index) -> None:
        self.idx = idx
        self.of: dict[str, dict[int, dict[str, Copy]]] = {}

    def __call__(self, table: Table) -> dict[int, dict[str, Copy]]:
        """The copies of each data row of ``table``, by their table's id."""
        found = self.of.get(table.id)
        if found is None:
            by_table = self.idx.by_table
            found = self.of[table.id] = {
                r.index: by_table("entity", table, r)
                for r in table.rows
                if r.kind == _DATA
            }
        return found


def _missing(
    ctx: Context,
    idx: Index,
    held_in: _Held,
    trees: dict[str, Table],
    rows_by_table: dict[str, list[Row]],
    owners: list[Copy] | None,
    reported: set[tuple[int, str]],
) -> Iterator[Violation]:
    """Rows of one tree (under one parent) that another tree does not have."""
    order = list(trees)
    covering = sorted((t for t, rows in rows_by_table.items() if rows), key=order.index)
    if len(covering) < 2:
        return
    for tid in covering:
        table = trees[tid]
        col = table.column(R.URAIAN)
        assert col is not None
        in_table = held_in(table)
        for row in rows_by_table[tid]:
            if row.kind != _DATA:
                continue
            held = in_table[row.index]
            for other in covering:
                if other == tid or other in held:
                    continue
                copies = idx.copies("entity", table, row)
                key = (id(copies) if copies else id(row), other)
                if key in reported:
                    continue  # already reported from another copy of the row
                reported.add(key)
                if owners is None:
                    related = [ctx.table_location(trees[other])]
                else:
                    owner = next(c for c in owners if c.table.id == other)
                    related = [ctx.row_location(owner.table, owner.row)]
                level = row.level.value if row.level else "rows"
                yield ctx.violation(
                    ctx.cell_location(table, row, col),
                    actual=table.label_of(row),
                    related=related,
                    name=table.label_of(row),
                    missing_from=trees[other].label,
                    level=phrase(f"level.{level}", ctx.lang, n=1),
                )


class AmbiguityOptions(BaseModel):
    """Options of the ``link-unambiguous`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "link-unambiguous",
    options=AmbiguityOptions,
    scope="report",
    confidence=Confidence.LOW,
    provides=("name", "candidates"),
)
def link_unambiguous(
    report: Report, opts: AmbiguityOptions, ctx: Context
) -> Iterator[Violation]:
    """Each row matches at most one row of another table.

    A row that two rows of another table match equally well is not linked (its
    figures are not compared); the reviewer is told which rows compete.
    """
    tables = {t.id: t for t in report.tables}
    for amb in report.ambiguous:
        table = tables[amb.source.table]
        row = table.row(amb.source.row)
        names = [
            f"{tables[c.table].label} {phrase('level.rows', ctx.lang, n=1)} {c.row} "
            f"({tables[c.table].label_of(tables[c.table].row(c.row))})"
            for c in amb.candidates
        ]
        yield ctx.violation(
            ctx.row_location(table, row),
            related=[
                ctx.row_location(tables[c.table], tables[c.table].row(c.row))
                for c in amb.candidates
            ],
            name=table.label_of(row),
            candidates="; ".join(names),
        )
