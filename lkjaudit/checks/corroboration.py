"""What else on a budget row agrees with a corrected figure.

A budget figure reported with the figure its witnesses give (a parent's children,
the rows above a JUMLAH, a repair of a mistyped figure) is the more convincing when
the row's own sisa and % were computed from that figure and not from the printed
one: the figure was most likely mistyped after the row was worked out. The finding
says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from lkjaudit.checks.common import is_figure
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.witnesses import PERCENT_KEY, ROW_KEYS
from lkjaudit.engine.context import Context, display, shown
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Column, ColumnRole, Row, Table
from lkjaudit.model.values import Value

__all__ = ["corroboration"]

R = ColumnRole
_HUNDRED = Decimal(100)


def corroboration(
    table: Table,
    row: Row,
    col: Column,
    value: Decimal,
    ctx: Context,
    *,
    cited: Iterable[str] = (),
    text: str | None = None,
) -> tuple[str, list[Location]]:
    """The row's sisa and % that agree with ``value`` in ``col`` and not with the print.

    For a corrected anggaran or realisasi anggaran: sisa = anggaran − realisasi and
    % = realisasi / anggaran, each computed with ``value`` in place of the printed
    figure. A cell counts only when it agrees with the correction and not with the
    printed figure (a malformed print agrees with nothing). The sisa is left out
    when the finding already ``cited`` the row's own restatement (a witness key of
    :data:`~lkjaudit.checks.witnesses.ROW_KEYS`), which is the same fact, and the %
    when it already witnessed the figure
    (:data:`~lkjaudit.checks.witnesses.PERCENT_KEY`). ``text`` is the corrected
    figure as the finding writes it. Returns the words ("" for
    none) and the cells.
    """
    if col.role not in (R.ANGGARAN, R.REALISASI_ANGGARAN):
        return "", []
    cells = _cells(table, row)
    printed = {role: operand(v) for role, (_, v) in cells.items()}
    fixed = {**printed, col.role: Interval.exact(value)}
    agreeing: list[tuple[Column, Value]] = []
    cited = set(cited)
    checks = []
    if not ROW_KEYS & cited:
        checks.append((R.SISA, _sisa))
    if PERCENT_KEY not in cited:  # NOTE: the % already witnessed the figure
        checks.append((R.PERSEN_ANGGARAN, _percent))
    for role, compute in checks:
        own = cells.get(role)
        if own is None:
            continue
        want = compute(fixed)
        if want is None or not agrees(want, own[1]):
            continue
        was = compute(printed) if col.role in printed else None
        if was is not None and agrees(was, own[1]):
            continue
        agreeing.append(own)
    if not agreeing:
        return "", []
    listed = phrase("word.and", ctx.lang).join(
        f"{phrase(f'role.{c.role.value}', ctx.lang)} {shown(v)}" for c, v in agreeing
    )
    if text is None:
        text = display(value, table.value(row, col))
    key = "basis.row_agrees" if len(agreeing) > 1 else "basis.row_agrees_one"
    words = phrase(key, ctx.lang, cells=listed, value=text)
    return words, [ctx.cell_location(table, row, c) for c, _ in agreeing]


def _cells(table: Table, row: Row) -> dict[ColumnRole, tuple[Column, Value]]:
    """The row's budget figures and its %, by role (figures only)."""
    found: dict[ColumnRole, tuple[Column, Value]] = {}
    for role in (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA, R.PERSEN_ANGGARAN):
        col = table.column(role)
        if col is None or col.index in row.inherited:
            continue
        value = table.value(row, col)
        if is_figure(value):
            found[role] = (col, value)
    return found


def _sisa(figures: dict[ColumnRole, Interval]) -> Interval | None:
    a, r = figures.get(R.ANGGARAN), figures.get(R.REALISASI_ANGGARAN)
    if a is None or r is None:
        return None
    return a - r


def _percent(figures: dict[ColumnRole, Interval]) -> Interval | None:
    a, r = figures.get(R.ANGGARAN), figures.get(R.REALISASI_ANGGARAN)
    if a is None or r is None:
        return None
    try:
        return (r / a).scale(_HUNDRED)
    except ZeroDivisionError:
        return None
