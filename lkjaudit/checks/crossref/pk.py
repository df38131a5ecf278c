"""The Perjanjian Kinerja's program budgets against the report's own.

Budgets may change mid-year, so a PK budget that differs from the figure the
report's tables agree on is not wrong, but the report should explain it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.common import is_figure, printed
from lkjaudit.checks.copies import Copy, index, is_pk
from lkjaudit.checks.crossref.agreement import (
    Item,
    agree,
    clusters_of,
    location,
    precision,
    rupiah,
)
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.support import doubted_rows, supported_value
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Location
from lkjaudit.model.report import Column, ColumnRole, Report, RowKind, TableKind
from lkjaudit.model.values import Value

__all__ = ["PkOptions"]

R = ColumnRole

_UNKNOWN: Any = object()  # a column whose disputed rows are not read yet


class PkOptions(BaseModel):
    """Options of the ``pk-budget`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "pk-budget",
    options=PkOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("name", "figure", "gap", "difference", "programs", "report_total"),
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
    # by PK table: each program that differs, its PK figure and the report's
    differing: dict[str, list[tuple[str, Decimal, list[Decimal]]]] = defaultdict(list)
    doubted: dict[int, frozenset[int] | None] = {}  # by column: _witnessed
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
            (c, col, _witnessed(report, c, col, value, doubted))
            for c, col, value in own
            if is_figure(value)
        ]
        if not pk or not own:
            continue
        best, tied = _reference_cluster(report, own)
        reference = max(best, key=precision)
        for copy in pk:
            col, value = copy.value(R.ANGGARAN)  # type: ignore[misc]
            if not is_figure(value) or agree((copy, col, value), reference):
                continue
            if any(agree((copy, col, value), i) for c in tied for i in c):
                continue  # NOTE: the report's own copies differ: their finding
            assert value.number is not None and reference[2].number is not None
            actual = printed(copy.table, copy.row, col, value)
            if tied:
                # NOTE: the report's own copies differ and nothing settles
                # which is right: the PK is told against each, claiming neither
                owns = [
                    col.as_printed(rupiah(max(c, key=precision)) or Decimal(0))
                    for c in tied
                ]
                shown = [
                    f"{display(o, value)} ({_tables(c)})"
                    for o, c in zip(owns, tied, strict=True)
                ]
                differing[copy.table.id].append((group.name, value.number, owns))
                yield ctx.violation(
                    ctx.cell_location(copy.table, copy.row, col),
                    expected=None,
                    actual=actual,
                    related=[location(ctx, max(c, key=precision)) for c in tied],
                    confidence=Confidence.LOW,
                    name=group.name,
                    figure=_either(shown, ctx.lang),
                    gap=phrase("pk.tie", ctx.lang),
                    difference="",
                    programs="",
                    report_total="",
                )
                continue
            # NOTE: the report's figure as the PK prints its budgets (its scale)
            own_figure = col.as_printed(rupiah(reference) or Decimal(0))
            diff = own_figure - value.number
            differing[copy.table.id].append((group.name, value.number, [own_figure]))
            yield ctx.violation(
                ctx.cell_location(copy.table, copy.row, col),
                expected=display(own_figure, value),
                actual=actual,
                related=[location(ctx, reference)],
                name=group.name,
                figure=display(own_figure, value),
                gap=_gap(diff, value, ctx.lang),
                difference=display(diff, value),
                programs="",
                report_total="",
            )
    yield from _pk_totals(report, differing, ctx)


def _gap(diff: Decimal, value: Value, lang: str) -> str:
    """How far the PK's figure is from the report's (``diff``: report − PK)."""
    key = "pk.lower" if diff > 0 else "pk.higher" if diff < 0 else "pk.gap"
    return phrase(key, lang, difference=display(abs(diff), value))


def _tables(cluster: list[Item]) -> str:
    return ", ".join(sorted({c.table.label for c, _, _ in cluster}))


def _either(figures: list[str], lang: str) -> str:
    """The figures as "A or B" (commas before the last of three or more)."""
    return phrase("pk.either", lang, some=", ".join(figures[:-1]), last=figures[-1])


def _reference_cluster(
    report: Report, own: list[Item]
) -> tuple[list[Item], list[list[Item]]]:
    """The report's copies the PK is compared with, and the tie left open.

    Most copies; on a tie, the one the copy rule settles it for
    (:func:`~lkjaudit.checks.crossref.figures.settle_tie`). A tie nothing
    settles keeps the first copy, and gives every tied cluster: a PK budget
    agreeing with any of them differs from nothing the report settles.
    """
    from lkjaudit.checks.crossref.figures import settle_tie, tied_sides

    clusters = clusters_of(own)
    tied = tied_sides(clusters)
    if len(tied) < 2:
        return clusters[0], []
    settled = settle_tie(report, tied)
    if settled is not None:
        return settled, []
    return tied[0], tied


def _witnessed(
    report: Report,
    copy: Copy,
    col: Column,
    value: Value,
    doubted: dict[int, frozenset[int] | None],
) -> Value:
    """A copy's budget figure as the report's redundancy supports it.

    Looked up only on a row its column's witnesses dispute (:func:`doubted_rows`,
    kept in ``doubted`` by the column's id): elsewhere it is the printed ``value``.
    """
    rows = doubted.get(id(col), _UNKNOWN)
    if rows is _UNKNOWN:
        rows = doubted[id(col)] = doubted_rows(report, copy.table, col)
    if rows is not None and copy.row.index not in rows:
        return value
    return supported_value(report, copy.table, copy.row, col)[0]


def _pk_totals(
    report: Report,
    differing: dict[str, list[tuple[str, Decimal, list[Decimal]]]],
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
            f"{name} {display(pk, value)} → "
            + " / ".join(display(figure, value) for figure in own)
            for name, pk, own in programs
        )
        yield ctx.violation(
            ctx.cell_location(table, total_row, col),
            expected=display(total, value),
            actual=printed(table, total_row, col, value),
            related=[total_loc],
            name="JUMLAH",
            figure=display(total, value),
            gap=_gap(total - value.number, value, ctx.lang),
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
                sheet=table.sheet,
                label="JUMLAH",
            )
            return col.rupiah(value.number), loc
    return None
