"""Roll-ups of performance: a parent's % against its children's capaian.

Reports give a program's performance as a percentage of its kegiatan, and a
kegiatan's as a percentage of its sub kegiatan, without saying how they averaged.
Each parent is tried against the usual methods:

* ``mean`` — the plain mean of the children's capaian (realisasi / target);
* ``mean_reported`` — the mean over the children that report a realisation (a "-"
  left out);
* ``capped_mean`` — the mean with each capaian capped at 100%;
* ``weighted`` — the mean weighted by each child's budget (anggaran).

The method the document itself uses for most parents is taken as its method. A parent
no method reproduces is an error; one that only another method reproduces is a
warning. Every comparison is made with the printed figures' rounding intervals.

A parent no method reproduces may be right and one child misprinted: when exactly
one child could take a feasible figure at which the document's method gives the
parent's, the finding names that child and the realisasi it would need, at low
confidence (:func:`_one_child`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import column_name, other_years
from lkjaudit.checks.arithmetic import RatioOptions
from lkjaudit.checks.common import is_figure, printed
from lkjaudit.checks.copies import Copy, index
from lkjaudit.checks.interval import Interval, operand
from lkjaudit.checks.phrases import figure, phrase
from lkjaudit.checks.truth import capaian_options, truth
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.names import key
from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.model.values import Value, ValueKind

__all__ = ["METHODS", "RollupOptions"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_DATA, _DASH = RowKind.DATA, ValueKind.DASH

HUNDRED = Decimal(100)
METHODS = ("mean", "mean_reported", "capped_mean", "weighted")


class RollupOptions(BaseModel):
    """Options of the ``rollup`` primitives."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    methods: tuple[str, ...] = METHODS
    report: str = "unreproduced"  # "unreproduced" (errors) or "other-method" (warnings)


@dataclass(eq=False, repr=False)
class _Child:
    capaian: Interval
    reported: bool  # False for a "-" realisation
    budget: Decimal | None
    # a program tree's row: its target and realisasi (None for a sasaran's indicator)
    row: Row | None = None
    target: Value | None = None
    realisasi: Value | None = None


def _capaian(target: Value, realisasi: Value) -> Interval | None:
    if not (is_figure(target) and is_figure(realisasi)) or not target.number:
        return None
    if target.unit and realisasi.unit and target.unit != realisasi.unit:
        return None
    return (operand(realisasi) / operand(target)).scale(HUNDRED)


def _sum(values: Iterable[Interval]) -> Interval:
    """The sum of intervals (their ends and printed results added in turn)."""
    lo = hi = Decimal(0)
    at: Decimal | None = Decimal(0)
    for v_lo, v_hi, v_at in values:
        lo += v_lo
        hi += v_hi
        at = None if at is None or v_at is None else at + v_at
    return Interval(lo, hi, at)


def _mean(values: list[Interval]) -> Interval | None:
    if not values:
        return None
    return _sum(values).scale(Decimal(1) / len(values))


def _capped(value: Interval) -> Interval:
    """A capaian capped at 100% (itself when it does not exceed 100%)."""
    lo, hi, at = value
    if hi <= HUNDRED and (at is None or at <= HUNDRED):
        return value
    return Interval(
        min(lo, HUNDRED), min(hi, HUNDRED), None if at is None else min(at, HUNDRED)
    )


def _results(
    methods: tuple[str, ...], children: list[_Child]
) -> dict[str, Interval | None]:
    """Each method's figure for a parent averaged from ``children``.

    The plain mean is worked out once: the mean over the children that report,
    and the capped mean, are the same figure when every child reports or none
    exceeds 100%.
    """
    plain = [c.capaian for c in children]
    mean = _mean(plain)
    return {m: _method(m, children, plain, mean) for m in methods}


def _method(
    name: str, children: list[_Child], plain: list[Interval], mean: Interval | None
) -> Interval | None:
    if name == "mean":
        return mean
    if name == "mean_reported":
        reported = [c.capaian for c in children if c.reported]
        if not reported:
            return Interval.exact(Decimal(0))
        return mean if len(reported) == len(plain) else _mean(reported)
    if name == "capped_mean":
        capped = [_capped(c) for c in plain]
        same = all(a is b for a, b in zip(capped, plain, strict=True))
        return mean if same else _mean(capped)
    if name == "weighted":
        if any(c.budget is None for c in children):
            return None
        weight = sum((c.budget for c in children if c.budget is not None), Decimal(0))
        if not weight:
            return None
        total = _sum(
            c.capaian.scale(c.budget) for c in children if c.budget is not None
        )
        return total.scale(Decimal(1) / weight)
    raise ValueError(f"unknown roll-up method {name!r}")


def _overlap(a: Interval, b: Interval) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


@dataclass(eq=False, repr=False)
class _Parent:
    table: Table
    row: Row
    own: Interval
    shown: Value
    results: dict[str, Interval | None]
    column: Column  # the cell holding the parent's own figure
    children: list[tuple[Table, Row, Column]]  # the cells it is averaged from
    kind: str = "tree"  # "tree" (program, kegiatan) or "sasaran" (its indicators)
    # another year's tree: its year ("2024"), and its realisasi and target
    # columns named ("Realisasi 2024 / Target 2024"); "" for the year's
    year: str = ""
    named: str = ""
    members: list[_Child] = field(default_factory=list)  # as averaged

    def fits(self, method: str) -> bool:
        result = self.results.get(method)
        return result is not None and _overlap(result, self.own)


def _parents(
    table: Table,
    methods: tuple[str, ...],
    columns: dict[ColumnRole, Column] | None = None,
    year: str = "",
) -> Iterator[_Parent]:
    """The table's parents with a capaian to compare with their children's.

    ``columns`` are another year's (``year``) target, realisasi and anggaran
    (:func:`~lkjaudit.analysis.columns.other_years`): that year's parents are
    averaged from that year's children only; the year's columns otherwise.
    """
    if columns is None:
        columns = {r: c for r in _TREE_ROLES if (c := table.column(r)) is not None}
    target_col, real_col = columns.get(R.TARGET), columns.get(R.REALISASI)
    budget_col = columns.get(R.ANGGARAN)
    if target_col is None or real_col is None:
        return
    named = f"{column_name(real_col)} / {column_name(target_col)}" if year else ""
    continued = {r.entity for r in table.rows if r.entity is not None}
    # NOTE: a kegiatan is a parent and a child: its capaian is worked out once
    known: dict[int, Interval | None] = {}

    def capaian_of(row: Row) -> Interval | None:
        index = row.index
        if index in known:
            return known[index]
        found = known[index] = _capaian(
            table.value(row, target_col), table.value(row, real_col)
        )
        return found

    for row in table.data_rows():
        if not row.children or row.index in continued:
            continue  # no children, or several indicators: nothing single to compare
        kids = [k for k in table.children(row) if k.kind == _DATA]
        if not kids:
            continue
        if not _rolled_up(table.value(row, target_col), target_col):
            continue
        own = capaian_of(row)
        if own is None:
            continue
        children = []
        for kid in kids:
            capaian = capaian_of(kid)
            if capaian is None:
                break
            realisasi = table.value(kid, real_col)
            budget = table.value(kid, budget_col).number if budget_col else None
            children.append(
                _Child(
                    capaian,
                    realisasi.kind != _DASH,
                    budget,
                    kid,
                    table.value(kid, target_col),
                    realisasi,
                )
            )
        else:
            yield _Parent(
                table,
                row,
                own,
                table.value(row, real_col),
                _results(methods, children),
                real_col,
                [(table, kid, real_col) for kid in kids],
                f"tree {year}" if year else "tree",
                year,
                named,
                children,
            )


_TREE_ROLES = (R.TARGET, R.REALISASI, R.ANGGARAN)


def _tree_parents(table: Table, methods: tuple[str, ...]) -> Iterator[_Parent]:
    """The year's parents of a program tree, then each other year's.

    Another year's parents form their own group (``kind``), so the method
    that year's rows use is found among them alone.
    """
    yield from _parents(table, methods)
    for year, columns in other_years(table).items():
        yield from _parents(table, methods, columns, year)


def _rolled_up(target: Value, column: Column) -> bool:
    """Whether a parent's target reads as a roll-up of its children: 100%.

    A parent measured by an outcome of its own (4 hari, Rp 450 miliar, 95% of
    permits on time) is no average of its children's capaian.
    """
    percent = target.unit == "%" or (target.unit is None and column.is_percent)
    return percent and target.number == HUNDRED


def _indicator_capaian(table: Table, row: Row, capaian: RatioOptions) -> _Child | None:
    """An indicator row's capaian: as it should be printed, else realisasi / target.

    As it should be printed is as the capaian rule with the options ``capaian``
    judges it.
    """
    cap_col = table.column(R.CAPAIAN)
    real_col = table.column(R.REALISASI)
    realisasi = table.value(row, real_col) if real_col is not None else None
    reported = realisasi is None or realisasi.kind != ValueKind.DASH
    if cap_col is not None:
        should = truth(table, row, cap_col, capaian=capaian)
        if should is not None:
            return _Child(should.interval, reported, None)
    target_col = table.column(R.TARGET)
    if target_col is None or realisasi is None:
        return None
    found = _capaian(table.value(row, target_col), realisasi)
    return _Child(found, reported, None) if found is not None else None


def _indicators(ctx: Context, table: Table, row: Row) -> list[Row]:
    """The indicator rows of an entity row: itself and the rows continuing it."""

    def continuations() -> dict[int, list[Row]]:
        found: dict[int, list[Row]] = {}
        for r in table.rows:
            if r.entity is not None:
                found.setdefault(r.entity, []).append(r)
        return found

    by_entity = ctx.memo(f"rollup.continuations:{id(table)}", continuations)
    return [row, *by_entity.get(row.index, ())]


def _sasaran_parents(ctx: Context, methods: tuple[str, ...]) -> Iterator[_Parent]:
    """A sasaran's capaian stated on its own against its indicators elsewhere.

    One table lists a sasaran with several indicators and their capaian; another
    gives the sasaran a single capaian. That single figure is an average of the
    indicators' (whose printed capaian, recomputed when wrong, are used). A copy
    whose indicator is one of the listed indicators is that indicator's own
    figure, not the sasaran's, and is left alone.
    """
    for group, copies in index(ctx).of_kind("entity"):
        if group.level != "sasaran":
            continue
        listed = [
            (c, rows)
            for c in copies
            if len(rows := _indicators(ctx, c.table, c.row)) >= 2
        ]
        if not listed:
            continue
        source, rows = listed[0]
        capaian = capaian_options(ctx)
        children: list[_Child] = []
        for row in rows:
            child = _indicator_capaian(source.table, row, capaian)
            if child is None:
                break
            children.append(child)
        else:
            names = {_name(source.table, r) for r in rows}
            for copy in copies:
                if any(copy is c for c, _ in listed):
                    continue
                cap_col = copy.table.column(R.CAPAIAN)
                if cap_col is None or _name(copy.table, copy.row) in names:
                    continue
                value = copy.table.value(copy.row, cap_col)
                if not is_figure(value):
                    continue
                yield _Parent(
                    copy.table,
                    copy.row,
                    operand(value)
                    if value.decimals
                    else Interval.exact(value.number or Decimal(0)),
                    value,
                    _results(tuple(m for m in methods if m != "weighted"), children),
                    cap_col,
                    [
                        (source.table, r, source.table.column(R.CAPAIAN) or cap_col)
                        for r in rows
                    ],
                    "sasaran",
                )


def _name(table: Table, row: Row) -> str:
    col = table.column(R.INDIKATOR)
    return key(row.cells[col.cells[0]].text) if col is not None else ""


def _needed(
    method: str, members: list[_Child], at: int, own: Interval
) -> tuple[Decimal, Decimal] | None:
    """The capaian child ``at`` would need for ``method`` to give ``own``.

    The range of capaian (within 0–100%) at which the method's figure, the other
    children as printed, takes in the parent's; None when there is none, or the
    method cannot be solved for that child (a "-" child of the mean without "-"
    rows, a child without a budget of the budget-weighted mean).
    """
    child = members[at]
    others = [c for i, c in enumerate(members) if i != at]
    if method == "weighted":
        budgets = [c.budget for c in members]
        if child.budget is None or child.budget <= 0:
            return None
        if any(b is None or b < 0 for b in budgets):
            return None
        weight = sum((b for b in budgets if b is not None), Decimal(0))
        low = own.lo * weight - sum(
            (c.budget * c.capaian.hi for c in others if c.budget is not None),
            Decimal(0),
        )
        high = own.hi * weight - sum(
            (c.budget * c.capaian.lo for c in others if c.budget is not None),
            Decimal(0),
        )
        low, high = low / child.budget, high / child.budget
    else:
        if method == "mean_reported":
            if not child.reported:
                return None
            others = [c for c in others if c.reported]
        values = [c.capaian for c in others]
        if method == "capped_mean":
            values = [_capped(v) for v in values]
        count = Decimal(len(values) + 1)
        low = own.lo * count - sum((v.hi for v in values), Decimal(0))
        high = own.hi * count - sum((v.lo for v in values), Decimal(0))
    low, high = max(low, Decimal(0)), min(high, HUNDRED)
    return (low, high) if low <= high else None


def _realisasi_needed(child: _Child, low: Decimal, high: Decimal) -> Decimal | None:
    """A realisasi giving the child a capaian in ``low``–``high``, or None.

    A count (a whole target in a unit other than %, its realisasi printed
    whole: 12 orang/bulan) is realised in whole numbers: the whole one in the
    range (the nearest to its middle when several are); None when there is
    none. Any other realisasi: the middle of the range.
    """
    target, realisasi = child.target, child.realisasi
    if target is None or realisasi is None or not target.number:
        return None
    scale = target.number / HUNDRED
    first, last = low * scale, high * scale
    counted = (
        target.unit != "%"
        and target.decimals == 0
        and realisasi.decimals == 0
        and target.number == target.number.to_integral_value()
    )
    if not counted:
        return (first + last) / 2
    lowest = first.to_integral_value(rounding=ROUND_CEILING)
    highest = last.to_integral_value(rounding=ROUND_FLOOR)
    if lowest > highest:
        return None
    middle = ((first + last) / 2).to_integral_value(rounding=ROUND_HALF_UP)
    return min(max(middle, lowest), highest)


def _one_child(parent: _Parent, method: str) -> tuple[int, Decimal] | None:
    """The one child whose misprint alone explains the parent, and its realisasi.

    Solved for each child in turn, the method gives the parent's figure at a
    feasible realisasi of that child (:func:`_needed`,
    :func:`_realisasi_needed`); None unless exactly one child can. A parent of
    one child is that child's figure over again: either may be the misprint, and
    naming the child adds nothing.
    """
    members = parent.members
    if len(members) < 2 or len(members) != len(parent.children):
        return None
    if any(c.row is None for c in members):
        return None
    found: list[tuple[int, Decimal]] = []
    for at, child in enumerate(members):
        span = _needed(method, members, at, parent.own)
        if span is None:
            continue
        needed = _realisasi_needed(child, *span)
        if needed is not None:
            found.append((at, needed))
    return found[0] if len(found) == 1 else None


def _document_method(parents: list[_Parent], methods: tuple[str, ...]) -> str:
    counts = Counter(m for p in parents for m in methods if p.fits(m))
    return max(methods, key=lambda m: (counts[m], -methods.index(m)))


def _all_parents(ctx: Context, methods: tuple[str, ...]) -> list[_Parent]:
    key = "rollup.parents." + ",".join(methods)
    return ctx.memo(
        key,
        lambda: (
            [
                p
                for t in ctx.report.tables
                if TableKind.PROGRAM_TREE in t.kinds
                for p in _tree_parents(t, methods)
            ]
            + list(_sasaran_parents(ctx, methods))
        ),
    )


@check(
    "rollup",
    options=RollupOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("method", "used", "results", "children", "one_child"),
)
def rollup(report: Report, opts: RollupOptions, ctx: Context) -> Iterator[Violation]:
    """A program's or kegiatan's % is an average of its children's capaian.

    With ``report: unreproduced``, parents no method reproduces; with
    ``report: other-method``, parents only a method other than the document's own
    reproduces. A parent stated in several linked tables is reported once.
    Another year's tree in the same table (``Target 2024 | Realisasi 2024``
    beside the year's) is judged from that year's own columns, by the method
    that year's parents use most, and named by them in the message.
    """
    parents = _all_parents(ctx, opts.methods)
    if not parents:
        return
    documents = {
        kind: _document_method([p for p in parents if p.kind == kind], opts.methods)
        for kind in {p.kind for p in parents}
    }
    seen: set[int] = set()
    for parent in parents:
        document = documents[parent.kind]
        if parent.fits(document):
            continue
        fitting = [m for m in opts.methods if parent.fits(m)]
        if bool(fitting) != (opts.report == "other-method"):
            continue
        copies: list[Copy] = []
        # NOTE: another year's figures have no copies: each of its parents is
        # reported where it stands
        if not parent.year:
            copies = index(ctx).copies("entity", parent.table, parent.row)
            if copies and id(copies) in seen:
                continue
            seen.add(id(copies))
        yield _violation(ctx, parent, document, fitting, copies, opts.methods)


def _violation(
    ctx: Context,
    parent: _Parent,
    document: str,
    fitting: list[str],
    copies: list[Copy],
    methods: tuple[str, ...],
) -> Violation:
    lang = ctx.lang
    col = parent.column
    unit = ctx.percent_unit(parent.table, col, parent.shown)
    mark = ctx.decimal_mark(parent.table, col, parent.shown)
    results = "; ".join(
        f"{phrase(f'rollup.{m}', lang)} {display(r.mid, None, unit, mark=mark)}"
        for m in methods
        if (r := parent.results.get(m)) is not None
    )
    if parent.named:
        results = f"{parent.named}: {results}"
    expected = parent.results.get(document)
    related = [ctx.cell_location(t, kid, c) for t, kid, c in parent.children]
    children = len(related)
    # NOTE: a parent no method reproduces may be right, and one child misprinted
    one = None if fitting else _one_child(parent, document)
    one_child = ""
    if one is not None:
        at, needed = one
        table, kid, real_col = parent.children[at]
        member = parent.members[at]
        assert member.realisasi is not None
        one_child = phrase(
            "rollup.one_child",
            lang,
            method=phrase(f"rollup.{document}", lang),
            child=table.label_of(kid),
            needed=display(needed, member.realisasi),
            printed=figure(
                printed(table, kid, real_col, member.realisasi),
                member.realisasi,
                lang,
            ),
        )
        related.insert(0, related.pop(at))
    for copy in copies:
        if copy.table is parent.table or parent.kind == "sasaran":
            continue
        other = copy.table.column(R.REALISASI)
        if other is not None:
            related.append(ctx.cell_location(copy.table, copy.row, other))
    return ctx.violation(
        ctx.cell_location(parent.table, parent.row, col),
        confidence=Confidence.LOW if one is not None else None,
        expected=display(expected.mid, None, unit, mark=mark)
        if expected is not None
        else None,
        actual=shown(parent.shown),
        related=related,
        method=_named(document, lang),
        used=", ".join(_named(m, lang) for m in fitting),
        results=results,
        children=str(children),
        one_child=one_child,
    )


def _named(method: str, lang: str) -> str:
    """A method as a message names it: the plain mean says how it reads a "-"."""
    if method == "mean":
        return phrase("rollup.mean.named", lang)
    return phrase(f"rollup.{method}", lang)
