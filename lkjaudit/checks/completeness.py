"""What a report must fill in: a target stated is a realisation owed.

PermenPAN-RB 53/2014 has an LKj measure every target it sets. A target/realisation
table whose row states a target and leaves the realisation cell empty reports
nothing for that target; a dash is a statement (no realisation) and is left alone,
as is a row that explains itself in its Keterangan column.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.common import is_figure, printed
from lkjaudit.checks.copies import index
from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.registry import check
from lkjaudit.model.report import ColumnRole, Report, RowKind

__all__ = ["StatedOptions"]

R = ColumnRole
_DATA = RowKind.DATA


class StatedOptions(BaseModel):
    """Options of the ``realisasi-stated`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check("realisasi-stated", options=StatedOptions, scope="report", provides=("target",))
def realisasi_stated(
    report: Report, opts: StatedOptions, ctx: Context
) -> Iterator[Violation]:
    """A row that states a target states its realisation, or says why not.

    Judged in tables with a target and a realisation column: a data row whose
    target is a figure and whose realisation cell is empty (not merged from the row
    above, not a dash) is reported, unless its Keterangan says something. When a
    copy of the row in another table prints a realisation, that figure is the
    expected one.
    """
    for table in report.tables:
        target, realisasi = table.column(R.TARGET), table.column(R.REALISASI)
        if target is None or realisasi is None:
            continue
        note = table.column(R.KETERANGAN)
        for row in table.rows:
            if row.kind != _DATA or realisasi.index in row.inherited:
                continue
            if row.cells[realisasi.cells[0]].text:
                continue
            aim = table.value(row, target)
            if not is_figure(aim):
                continue
            if note is not None and row.cells[note.cells[0]].text:
                continue  # NOTE: the row says why nothing is reported
            related, expected = [], None
            for copy in index(ctx).copies("entity", table, row):
                if copy.table is table:
                    continue
                col = copy.table.column(R.REALISASI)
                if col is None or col.index in copy.row.inherited:
                    continue
                value = copy.table.value(copy.row, col)
                if is_figure(value):
                    related.append(ctx.cell_location(copy.table, copy.row, col))
                    expected = expected or printed(copy.table, copy.row, col, value)
            yield ctx.violation(
                ctx.cell_location(table, row, realisasi),
                expected=expected,
                actual=None,
                related=[ctx.cell_location(table, row, target), *related],
                target=printed(table, row, target, aim),
            )
