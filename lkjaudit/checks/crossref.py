"""Cross-table consistency: the same fact must agree in every table that states it.

All primitives here work on the report's link groups (see
:mod:`lkjaudit.analysis.linking`): the copies of one program, kegiatan, sub kegiatan,
sasaran or indicator in different tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.common import is_figure
from lkjaudit.checks.copies import Copy, Index, index, is_pk, link_note
from lkjaudit.checks.interval import Interval, printed
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.support import Support, supported_value
from lkjaudit.checks.witnesses import BUDGET, children_total
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Location
from lkjaudit.model.names import canon as canonical
from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.model.values import Value, format_number

__all__ = ["CopiesOptions", "NamesOptions", "PkOptions", "TreeOptions"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_ANGGARAN = R.ANGGARAN
_DATA = RowKind.DATA

_Item = tuple[Copy, Column, Value]


class CopiesOptions(BaseModel):
    """Options of the ``copies-agree`` and ``copies-same-precision`` primitives."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    entity_roles: tuple[ColumnRole, ...] = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA)
    indicator_roles: tuple[ColumnRole, ...] = (R.TARGET, R.REALISASI)
    exclude_pk_budget: bool = True  # PK budgets have their own rule (they may change)


# a figure as compared: its unit, its number and the interval its print stands for,
# a budget figure in whole rupiah whatever scale its table prints it in
_Shape = tuple[str, Decimal | None, Interval]


def _shape(col: Column, value: Value) -> _Shape:
    if not col.scale:
        return value.unit or "", value.number, printed(value)
    assert value.number is not None
    factor = Decimal(1).scaleb(col.scale)
    return value.unit or "", col.rupiah(value.number), printed(value).scale(factor)


def _rupiah(item: _Item) -> Decimal | None:
    """An item's figure in whole rupiah (as printed when it is not a budget)."""
    number = item[2].number
    return item[1].rupiah(number) if number is not None else None


def _precision(item: _Item) -> int:
    """The decimals of an item's figure in whole rupiah (-3 for whole thousands)."""
    return item[2].decimals - item[1].scale


def _scale_note(centre: _Item, agreeing: list[_Item], item: _Item, lang: str) -> str:
    """How the scales differ, when the copies print the figure in different scales.

    The expected figure is shown as the item's own table prints it; the note gives
    it in rupiah, or names the tables that print thousands (or millions).
    """
    scale = item[1].scale
    if scale:
        name = phrase(f"scale.{scale}", lang)
        whole = format_number(_rupiah(centre) or Decimal(0), max(0, _precision(centre)))
        return phrase("scale.own", lang, scale=name, whole=whole)
    scaled = [a for a in agreeing if a[1].scale]
    if not scaled:
        return ""
    name = phrase(f"scale.{scaled[0][1].scale}", lang)
    where = ", ".join(sorted({a[0].table.label for a in scaled}))
    return phrase("scale.other", lang, scale=name, where=where)


def _expected(centre: _Item, item: _Item) -> str:
    """The centre's figure as ``item``'s table would print it (its scale, its unit)."""
    number = _rupiah(centre) or Decimal(0)
    col, value = item[1], item[2]
    unit = centre[2].unit if centre[1].scale == col.scale else value.unit
    return display(col.as_printed(number), value, unit)


def _shapes_agree(a: _Shape, b: _Shape) -> bool:
    """Same unit (or one without), and rounding intervals that overlap."""
    if a[0] != b[0] and a[0] and b[0]:
        return False
    return (a[2].lo < b[2].hi and b[2].lo < a[2].hi) or a[1] == b[1]


def _agree(a: _Item, b: _Item) -> bool:
    return _shapes_agree(_shape(a[1], a[2]), _shape(b[1], b[2]))


# (name, role, copies with a figure, the copies' clusters of agreeing figures)
_Fact = tuple[str, ColumnRole, list[_Item], list[list[_Item]]]


def _facts(ctx: Context, opts: CopiesOptions) -> list[_Fact]:
    """Every linked fact stated twice or more, with its clusters.

    Computed once per report and options (both copy rules walk the same facts).
    """
    return ctx.memo(f"crossref.facts:{opts!r}", lambda: list(_all_facts(ctx, opts)))


def _all_facts(ctx: Context, opts: CopiesOptions) -> Iterator[_Fact]:
    idx = index(ctx)
    for kind, roles in (
        ("entity", opts.entity_roles),
        ("indicator", opts.indicator_roles),
    ):
        for group, copies in idx.of_kind(kind):
            for role in roles:
                items: list[_Item] = []
                for copy in copies:
                    pk_budget = kind == "entity" and role == _ANGGARAN
                    if pk_budget and opts.exclude_pk_budget and is_pk(copy.table):
                        continue
                    found = copy.value(role)
                    if found is not None and is_figure(found[1]):
                        items.append((copy, found[0], found[1]))
                if len({id(item[0].table) for item in items}) >= 2:
                    yield group.name, role, items, _clusters(items)


def _clusters(items: list[_Item]) -> list[list[_Item]]:
    """Copies that agree with one another, biggest cluster first (ties: in order)."""
    distinct: dict[tuple[Decimal | None, str | None, int], list[_Item]] = {}
    for item in items:
        value = item[2]
        key = (_rupiah(item), value.unit, _precision(item))
        distinct.setdefault(key, []).append(item)
    if len(distinct) == 1:
        return [items]  # NOTE: the usual case: every copy prints the same figure
    centres = list(distinct.values())
    # NOTE: once per distinct figure, not per pair
    shapes = [_shape(group[0][1], group[0][2]) for group in centres]
    clusters: list[list[_Item]] = []
    for shape in shapes:
        members: list[_Item] = []
        for group, other in zip(centres, shapes, strict=True):
            if _shapes_agree(shape, other):
                members.extend(group)
        clusters.append(members)
    clusters.sort(key=lambda c: -len(c))
    return clusters


def _supported_by_sums(items: list[_Item], candidates: list[_Item]) -> _Item | None:
    """The candidate figure that the children of some copy add up to, if only one."""
    sums = set()
    for copy, col, _ in items:
        total = children_total(copy.table, copy.row, col)
        if total is not None:
            sums.add(col.rupiah(total))
    supported = [c for c in candidates if _rupiah(c) in sums]
    return supported[0] if len(supported) == 1 else None


def _reference(
    items: list[_Item], clusters: list[list[_Item]], *, witnessed: bool = False
) -> tuple[_Item, list[_Item]] | None:
    """The figure most copies agree on (or the sums support), and its cluster.

    None when every copy agrees, unless some are ``witnessed`` (taken at a
    supported figure: as printed, they may still differ).
    """
    best = clusters[0]
    if len(best) == len(items) and not witnessed:
        return None  # every copy agrees
    tied = [c for c in clusters if len(c) == len(best)]
    if len(tied) > 1:
        anchor = _supported_by_sums(items, [c[0] for c in tied])
        if anchor is not None:
            best = next(c for c in tied if c[0] is anchor)
    centre = max(best, key=_precision)
    return centre, best


def _where(ctx: Context, item: _Item) -> Location:
    copy, col, _ = item
    return ctx.cell_location(copy.table, copy.row, col)


def _role_name(role: ColumnRole, lang: str) -> str:
    return phrase(f"role.{role.value}", lang)


@check(
    "copies-agree",
    options=CopiesOptions,
    scope="report",
    provides=(
        "fact",
        "name",
        "count",
        "tables",
        "witnessed",
        "link_note",
        "scale_note",
    ),
)
def copies_agree(
    report: Report, opts: CopiesOptions, ctx: Context
) -> Iterator[Violation]:
    """Every copy of a linked figure (budget, spending, target, realisation) agrees.

    Figures agree when their printed rounding intervals overlap and their units are
    the same. The expected value is the one most copies agree on; on a tie, the one
    the table's own sums support. A budget copy that the report's own redundancy
    shows to be wrong (:func:`~lkjaudit.checks.support.supported`) counts at the
    figure it supports; it is reported (as printed) only when the other copies
    agree with that figure.
    Perjanjian Kinerja budgets are left to the ``pk-budget`` primitive. Each
    disagreeing copy is reported with every other copy as a related location.
    """
    for name, role, printed_items, printed_clusters in _facts(ctx, opts):
        items, fixes = _witnessed_items(report, role, printed_items)
        clusters = _clusters(items) if fixes else printed_clusters
        found = _reference(items, clusters, witnessed=bool(fixes))
        if found is None:
            continue
        centre, agreeing = found
        inside = {id(a) for a in agreeing}
        for item, original in zip(items, printed_items, strict=True):
            fix = fixes.get(id(item))
            if id(item) in inside:
                if fix is None or _agree(original, centre):
                    continue  # NOTE: a witnessed copy is wrong only as printed
            elif fix is not None:
                continue  # NOTE: its witnesses give another figure: their finding
            others = [a for a in agreeing if a is not item]
            if not others:
                continue  # NOTE: no other copy says so: its witnesses' finding does
            used = [fixes[id(a)] for a in others if id(a) in fixes]
            value = original[2]
            note, weak = link_note([c for c, _, _ in items], ctx.lang)
            yield ctx.violation(
                _where(ctx, item),
                expected=_expected(centre, original),
                actual=shown(value),
                related=[_where(ctx, other) for other in items if other is not item]
                + [loc for fix in used for loc in fix.locations(ctx)],
                confidence=weak or (Confidence.MEDIUM if used else None),
                fact=_role_name(role, ctx.lang),
                name=name,
                count=str(len(others)),
                tables=", ".join(sorted({a[0].table.label for a in others})),
                witnessed=_witnessed_copies(others, fixes, ctx),
                link_note=note,
                scale_note=_scale_note(centre, others, original, ctx.lang),
            )


def _witnessed_items(
    report: Report, role: ColumnRole, items: list[_Item]
) -> tuple[list[_Item], dict[int, Support]]:
    """The copies with each budget figure at the one its witnesses support.

    Returns the items (a witnessed copy replaced by one holding the supported
    figure, its print kept) and the supports, keyed by the new item's id.
    """
    if role not in BUDGET:
        return items, {}
    out: list[_Item] = []
    fixes: dict[int, Support] = {}
    for item in items:
        copy, col, _ = item
        value, fix = supported_value(report, copy.table, copy.row, col)
        if fix is None:
            out.append(item)
            continue
        taken = (copy, col, value)
        fixes[id(taken)] = fix
        out.append(taken)
    return out, fixes


def _witnessed_copies(
    agreeing: list[_Item], fixes: dict[int, Support], ctx: Context
) -> str:
    """The agreeing copies counted at their witnessed figure, in words."""
    notes = []
    for item in agreeing:
        fix = fixes.get(id(item))
        if fix is None:
            continue
        copy, _, value = item
        notes.append(
            phrase(
                "basis.witnessed_copy",
                ctx.lang,
                where=copy.table.label,
                printed=display(fix.printed, value),
                value=display(fix.value, value),
                by=fix.basis(ctx.lang),
                n=fix.count,
            )
        )
    return "".join(notes)


@check(
    "copies-same-precision",
    options=CopiesOptions,
    scope="report",
    provides=("fact", "name", "tables", "link_note"),
)
def copies_same_precision(
    report: Report, opts: CopiesOptions, ctx: Context
) -> Iterator[Violation]:
    """Copies that agree only after rounding are printed with the same precision.

    ``54,6%`` in one table and ``54,55%`` in another are the same figure, but the
    report should print it the same way. Reports the less precise copies.
    """
    for name, role, items, clusters in _facts(ctx, opts):
        cluster = clusters[0]
        finest = max(cluster, key=_precision)
        for item in cluster:
            value = item[2]
            if item[1].scale != finest[1].scale:
                continue  # NOTE: a table in thousands or millions rounds by its scale
            if value.decimals >= finest[2].decimals or value.number == finest[2].number:
                continue
            note, weak = link_note([c for c, _, _ in items], ctx.lang)
            yield ctx.violation(
                _where(ctx, item),
                expected=shown(finest[2]),
                actual=shown(value),
                related=[_where(ctx, finest)]
                + [_where(ctx, o) for o in items if o is not item and o is not finest],
                confidence=weak,
                fact=_role_name(role, ctx.lang),
                name=name,
                tables=finest[0].table.label,
                link_note=note,
            )


class PkOptions(BaseModel):
    """Options of the ``pk-budget`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@check(
    "pk-budget",
    options=PkOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("name", "difference", "programs", "report_total"),
)
def pk_budget(report: Report, opts: PkOptions, ctx: Context) -> Iterator[Violation]:
    """Program budgets in the Perjanjian Kinerja equal the report's budget tables.

    Compares each program's anggaran in a PK table with the figure the report's own
    tables agree on, and the PK total with the report's total, each taken at the
    figure the report's redundancy supports when its print is shown wrong. Budgets
    may change mid-year, so the rule only asks that the report explains the
    difference.
    """
    idx = index(ctx)
    differing: dict[str, list[tuple[str, Decimal, Decimal]]] = defaultdict(list)
    for group, copies in idx.of_kind("entity"):
        if group.level != "program":
            continue
        pk = [c for c in copies if is_pk(c.table) and c.value(R.ANGGARAN)]
        own = [
            (c, *found)
            for c in copies
            if not is_pk(c.table) and (found := c.value(R.ANGGARAN))
        ]
        # NOTE: each copy at the figure the report's redundancy supports: a
        # program figure its own sums show wrong is not held against the PK
        own = [
            (c, col, supported_value(report, c.table, c.row, col)[0])
            for c, col, value in own
            if is_figure(value)
        ]
        if not pk or not own:
            continue
        reference = max(_clusters(own)[0], key=_precision)
        for copy in pk:
            col, value = copy.value(R.ANGGARAN)  # type: ignore[misc]
            if not is_figure(value) or _agree((copy, col, value), reference):
                continue
            assert value.number is not None and reference[2].number is not None
            # NOTE: the report's figure as the PK prints its budgets (its scale)
            own_figure = col.as_printed(_rupiah(reference) or Decimal(0))
            diff = own_figure - value.number
            differing[copy.table.id].append((group.name, value.number, own_figure))
            yield ctx.violation(
                ctx.cell_location(copy.table, copy.row, col),
                expected=display(own_figure, value),
                actual=shown(value),
                related=[_where(ctx, reference)],
                name=group.name,
                difference=display(diff, value),
                programs="",
                report_total="",
            )
    yield from _pk_totals(report, differing, ctx)


def _pk_totals(
    report: Report,
    differing: dict[str, list[tuple[str, Decimal, Decimal]]],
    ctx: Context,
) -> Iterator[Violation]:
    report_total = _report_budget_total(report)
    if report_total is None:
        return
    total_value, total_loc = report_total
    for table_id, programs in differing.items():
        table = report.table(table_id)
        col = table.column(R.ANGGARAN)
        total_row = next((r for r in table.rows if r.kind == RowKind.TOTAL), None)
        if col is None or total_row is None:
            continue
        value = table.value(total_row, col)
        if (
            not is_figure(value)
            or col.rupiah(value.number or Decimal(0)) == total_value
        ):
            continue
        assert value.number is not None
        total = col.as_printed(total_value)  # NOTE: as this table prints it
        listed = "; ".join(
            f"{name} {display(pk, value)} → {display(own, value)}"
            for name, pk, own in programs
        )
        yield ctx.violation(
            ctx.cell_location(table, total_row, col),
            expected=display(total, value),
            actual=shown(value),
            related=[total_loc],
            name="JUMLAH",
            difference=display(total - value.number, value),
            programs=listed,
            report_total=display(total, value),
        )


def _report_budget_total(report: Report) -> tuple[Decimal, Location] | None:
    """The report's own budget total (in whole rupiah): its budget table's JUMLAH."""
    for table in report.tables:
        if is_pk(table) or TableKind.BUDGET_REALISATION not in table.kinds:
            continue
        col = table.column(R.ANGGARAN)
        total = next((r for r in table.rows if r.kind == RowKind.TOTAL), None)
        if col is None or total is None:
            continue
        value, _ = supported_value(report, table, total, col)
        if is_figure(value) and value.number is not None:
            loc = Location(
                source=report.source,
                ref=f"{table.id}/row:{total.index}/col:{col.key}",
                table=table.label,
                row=total.index,
                column=col.key,
                line=table.cell(total, col).line,
                label="JUMLAH",
            )
            return col.rupiah(value.number), loc
    return None


class NamesOptions(BaseModel):
    """Options of the ``names-agree`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    official: bool = False  # report only names that match different official entries
    spelling_ratio: float = 95.0  # closer names differ by spelling only: not reported


def _style(row: Row) -> str:
    return "tree" if row.level is not None else "statement"


@check(
    "names-agree",
    options=NamesOptions,
    scope="report",
    provides=("name", "other", "tables", "code", "other_code", "link_note"),
)
def names_agree(
    report: Report, opts: NamesOptions, ctx: Context
) -> Iterator[Violation]:
    """The copies of one row carry the same name.

    Compares names of the same style (tree rows with tree rows, sasaran statements
    with statements) after normalising case, spacing and known variants; names that
    differ only by spelling (``spelling_ratio``) are left alone. With
    ``official: true`` only names matching two different entries of the official
    nomenclature are reported; without it, only the others.
    """
    from rapidfuzz import fuzz

    for members, names, keys in _named_copies(ctx):
        majority = max(keys.values(), key=lambda g: (_proper(g[0]), len(g)))
        anchor = majority[0]
        agreeing = {id(m) for m in majority}
        for copy in members:
            if id(copy) in agreeing:
                continue
            mine, theirs = names[id(copy)], names[id(anchor)]
            if fuzz.ratio(canonical(mine), canonical(theirs)) >= opts.spelling_ratio:
                continue
            conflict = bool(
                copy.row.nomenclature
                and anchor.row.nomenclature
                and copy.row.nomenclature != anchor.row.nomenclature
            )
            if conflict != opts.official:
                continue
            note, weak = link_note([copy, anchor], ctx.lang)
            col = copy.table.column(R.URAIAN)
            assert col is not None
            yield ctx.violation(
                ctx.cell_location(copy.table, copy.row, col),
                expected=theirs,
                actual=mine,
                related=[
                    ctx.cell_location(o.table, o.row, col_of(o))
                    for o in members
                    if o is not copy
                ],
                confidence=weak,
                name=mine,
                other=theirs,
                tables=", ".join(sorted({o.table.label for o in majority})),
                code=copy.row.nomenclature or "",
                other_code=anchor.row.nomenclature or "",
                link_note=note,
            )


_Named = tuple[list[Copy], dict[int, str], dict[str, list[Copy]]]


def _named_copies(ctx: Context) -> list[_Named]:
    """Copies of one style whose names differ: (copies, names by id, by canon name).

    Computed once per report (both name rules walk them).
    """

    def build() -> list[_Named]:
        found: list[_Named] = []
        for _group, copies in index(ctx).of_kind("entity"):
            by_style: dict[str, list[Copy]] = defaultdict(list)
            for copy in copies:
                by_style[_style(copy.row)].append(copy)
            for members in by_style.values():
                if len(members) < 2:
                    continue
                names = {id(c): c.table.label_of(c.row) for c in members}
                keys: dict[str, list[Copy]] = defaultdict(list)
                for copy in members:
                    keys[canonical(names[id(copy)])].append(copy)
                if len(keys) >= 2:
                    found.append((members, names, keys))
        return found

    return ctx.memo("crossref.named", build)


_INDICATOR_WORDS = ("persentase", "presentase", "jumlah", "rata rata", "indeks")


def _proper(copy: Copy) -> bool:
    """False for a name that reads as an indicator ("Persentase …") pasted as a name."""
    return not canonical(copy.table.label_of(copy.row)).startswith(_INDICATOR_WORDS)


def col_of(copy: Copy) -> Column:
    """The name column of a copy's table."""
    col = copy.table.column(R.URAIAN)
    assert col is not None
    return col


class TreeOptions(BaseModel):
    """Options of the ``tree-copies-complete`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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
                ctx, idx, pair, {t: tops[t] for t in pair}, None, reported
            )
            for row in first.data_rows():
                if not row.children:
                    continue
                twin = idx.copy_in("entity", first, row, second)
                if twin is None:
                    continue
                owners = [Copy(first, row, 100.0, "name"), twin]
                kids = {
                    first.id: first.children(row),
                    second.id: second.children(twin.row),
                }
                yield from _missing(ctx, idx, pair, kids, owners, reported)


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


def _missing(
    ctx: Context,
    idx: Index,
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
        for row in rows_by_table[tid]:
            if row.kind != _DATA:
                continue
            copies = idx.copies("entity", table, row)
            for other in covering:
                if other == tid:
                    continue
                if copies and idx.copy_in("entity", table, row, trees[other]):
                    continue
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

    model_config = ConfigDict(extra="forbid", frozen=True)


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
