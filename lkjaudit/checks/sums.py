"""Sums: parents, total rows and row totals.

A parent is the sum of its children, a total row the sum of its column, a row total
the sum of its categories.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import column_name, other_years, year_parts
from lkjaudit.checks.common import amount, is_figure, printed, total_scopes
from lkjaudit.checks.corroboration import corroboration
from lkjaudit.checks.crossing import (
    categories_total,
    category_sum,
    columns_disagree,
    crossing,
    group_parts,
    scope_sum,
    sum_tie,
)
from lkjaudit.checks.disputed import column_amounts, sum_of
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.odd_quarter import quarter_fix
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.quarters import quarter_parts
from lkjaudit.checks.support import (
    Support,
    defined_sisa,
    supported,
    supported_value,
)
from lkjaudit.checks.truth import truth
from lkjaudit.checks.witnesses import (
    Said,
    children_total,
    data_children,
    witnesses,
)
from lkjaudit.engine.context import Context, Violation, display
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Row, Table
from lkjaudit.model.values import Value, ValueKind

__all__ = ["ChildrenSumOptions", "ColumnSumOptions", "RowSumOptions"]

R = ColumnRole
_ADDITIVE = (R.ANGGARAN, R.REALISASI_ANGGARAN, R.SISA)


class ChildrenSumOptions(BaseModel):
    """Options of the ``children-sum`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    columns: tuple[ColumnRole, ...] = _ADDITIVE


def _mismatch(
    row: Row,
    kids: list[Row],
    plain: dict[int, Decimal | None],
    fixed: dict[int, Decimal | None],
) -> Decimal | None:
    """A parent's children's sum when it differs from its own figure, else None.

    ``plain`` and ``fixed`` are the column's figures as printed and with a
    malformed one at its repair (:func:`column_amounts`): the parent's own as
    printed, its children's repaired.
    """
    own = plain[row.index]
    if own is None:
        return None
    total = sum_of(kids, fixed)
    if total is None or total == own:
        return None
    return total


def _witnessed_total(
    table: Table, kids: list[Row], col: Column, total: Decimal, ctx: Context
) -> tuple[Decimal, list[Support]]:
    """The children's sum with each child at the figure its witnesses support.

    A child's support is judged without its parent (the figure being judged).
    """
    fixes = [
        fix
        for kid in kids
        if (
            fix := supported(ctx.report, table, kid, col, upward=False)
            or defined_sisa(ctx.report, table, kid, col)
        )
        is not None
    ]
    for fix in fixes:
        total += fix.value - fix.printed
    return total, fixes


def _explained_by_child(
    table: Table, row: Row, col: Column, total: Decimal, ctx: Context
) -> bool:
    """True when one child's own wrong figure accounts for this row's mismatch.

    A child's figure is wrong when another figure of the table (its own children,
    ``anggaran − realisasi`` on its row, its running total less its other
    quarters for a quarter's figure, …) says otherwise; if the correction makes
    this row add up, the child is the one to report.
    """
    own = table.value(row, col).number
    for kid in table.children(row):
        printed = amount(table.value(kid, col), repaired=True)
        if printed is None:
            continue
        fixed = [w.value for w in witnesses(table, kid, col, ctx, upward=False)]
        if col.role == R.OTHER and (odd := quarter_fix(ctx.report, table, kid, col)):
            # NOTE: a kegiatan's quarter that its confirmed running total less
            # its other quarters and this parent less its siblings both correct
            fixed.append(odd.value)
        if any(f != printed and total - printed + f == own for f in fixed):
            return True
    return False


@check(
    "children-sum",
    options=ChildrenSumOptions,
    confidence=Confidence.MEDIUM,
    provides=("count", "children", "difference", "witnessed", "agrees"),
)
def children_sum(
    table: Table, opts: ChildrenSumOptions, ctx: Context
) -> Iterator[Violation]:
    """In a Program → Kegiatan → Sub Kegiatan tree, parent = sum of its children.

    Checks each column whose role is in ``columns``. Skips parents whose own figure is
    not a number (a malformed one is reported by ``number-well-formed``) and parents
    with a child that has no figure. A malformed child counts with its proposed
    repair. When a child's own figure is wrong and correcting it would make the
    parent right, only the child is reported; when the parent is wrong too, its
    expected figure counts such a child at the figure its witnesses support.
    """
    # NOTE: each parent's data rows read once, for every column
    parents = [
        (row, kids)
        for row in table.data_rows()
        if row.children and (kids := data_children(table, row))
    ]
    for col in _summed(table, opts.columns):
        # NOTE: each row's figure read once per column, not once per parent
        plain, fixed = column_amounts(ctx.report, table, col)
        for row, kids in parents:
            total = _mismatch(row, kids, plain, fixed)
            if total is None or _explained_by_child(table, row, col, total, ctx):
                continue
            own = table.value(row, col)
            assert own.number is not None
            total, fixes = _witnessed_total(table, kids, col, total, ctx)
            if total == own.number:
                continue  # NOTE: right once its witnessed-wrong children are fixed
            level = kids[0].level.value if kids[0].level else "rows"
            agree, cells = corroboration(table, row, col, total, ctx)
            yield ctx.violation(
                ctx.cell_location(table, row, col),
                expected=display(total, own),
                actual=printed(table, row, col, own),
                related=[ctx.cell_location(table, kid, col) for kid in kids]
                + [loc for fix in fixes for loc in fix.locations(ctx)]
                + cells,
                count=str(len(kids)),
                children=phrase(f"level.{level}", ctx.lang, n=len(kids)),
                difference=display(own.number - total, own),
                witnessed=_witnessed_rows(fixes, own, ctx),
                agrees=agree,
            )


def _summed(table: Table, roles: tuple[ColumnRole, ...]) -> list[Column]:
    """The columns of these roles, and each quarter's column of them (``TW II``).

    Where the budget is summed, so is a target or realisasi in rupiah: revenue.

    Another year's column of a budget role (``Anggaran 2024`` beside the year's
    ``Anggaran 2025``) is summed too: its JUMLAH adds up its own rows.
    """
    found = [c for c in table.columns if c.role in roles]
    if R.ANGGARAN in roles:
        # NOTE: revenue in rupiah ("Target Pendapatan", "Realisasi Pendapatan")
        # adds up like a budget; a target or realisasi of any other unit need not
        found += [
            c
            for c in table.columns
            if c.role in (R.TARGET, R.REALISASI) and c.content == "money"
        ]
    for role in roles:
        if role in _QUARTERED:
            found += quarter_parts(table, role).values()
        if role in _ADDITIVE:
            found += year_parts(table, role)
    return sorted({c.index: c for c in found}.values(), key=lambda c: c.index)


# the roles whose quarters' figures add up like the role's own (money)
_QUARTERED = (R.ANGGARAN, R.REALISASI_ANGGARAN)


class ColumnSumOptions(BaseModel):
    """Options of the ``column-sum`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    columns: tuple[ColumnRole, ...] = (
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
        R.JUMLAH,
        R.SUBJUMLAH,
        R.KATEGORI,
        R.PERSEN_TOTAL,
    )


@check(
    "column-sum",
    options=ColumnSumOptions,
    provides=("count", "column", "witnessed", "agrees"),
)
def column_sum(
    table: Table, opts: ColumnSumOptions, ctx: Context
) -> Iterator[Violation]:
    """A JUMLAH/TOTAL row equals the sum of the rows above it, column by column.

    The rows summed are those since the previous total row; in a tree only the top
    level (programs) is summed. Dashes count as zero, empty cells are skipped, and a
    total row whose cell is not a figure is skipped. Percent columns are summed with
    their rounding intervals. A budget row that the report's own redundancy shows to
    be wrong (:func:`~lkjaudit.checks.support.supported`) is counted at the figure
    it supports, so the expected total is not built on a figure known to be wrong;
    so is a sisa that its own row puts at ``anggaran − realisasi``
    (:func:`~lkjaudit.checks.support.defined_sisa`), when the total does not
    agree with the rows as printed.
    """
    for row, scope in total_scopes(table):
        if not scope:
            continue
        for col in _summed(table, opts.columns):
            violation = _total(table, row, col, scope, ctx)
            if violation is not None:
                yield violation


def _total(
    table: Table, row: Row, col: Column, scope: list[Row], ctx: Context
) -> Violation | None:
    own = table.value(row, col)
    if not is_figure(own):
        return None
    summed = scope_sum(ctx.report, table, col, scope)
    if summed is None:
        return None
    expected, counted, fixes = summed.total, summed.counted, summed.fixes
    if not counted or agrees(expected, own):
        return None
    if _explained_by_an_addend(table, col, counted, expected, own, ctx):
        return None
    if _crossed_at(ctx, table, row, col):
        return None
    if col.role == R.PERSEN_TOTAL and _shares_add_up(table, row, col, counted, ctx):
        return None
    expected, defined = _defined_total(table, col, counted, expected, ctx)
    if agrees(expected, own):
        return None  # NOTE: right once its rows' wrong sisa are corrected
    fixes = fixes + defined
    agree, cells = corroboration(table, row, col, expected.mid, ctx)
    return ctx.violation(
        ctx.cell_location(table, row, col),
        expected=display(expected.mid, own),
        actual=printed(table, row, col, own),
        related=[ctx.cell_location(table, item, col) for item in counted]
        + [loc for fix in fixes for loc in fix.locations(ctx)]
        + cells,
        confidence=Confidence.MEDIUM if fixes else None,
        count=str(len(counted)),
        column=_named(table, col) or phrase(f"role.{col.role.value}", ctx.lang),
        witnessed=_witnessed_rows(fixes, own, ctx),
        agrees=agree,
    )


def _year_sisa_fixes(table: Table, col: Column, counted: list[Row]) -> list[Support]:
    """Another year's sisa, each row its own figures contradict at their difference.

    ``Sisa 2024`` beside ``Anggaran 2024 | Realisasi 2024``: a row whose sisa is
    not its anggaran − realisasi (as printed) is reported by
    ``sisa-equals-anggaran-minus-realisasi``, and its JUMLAH counts it at that
    figure, as the year's own sisa is counted (:func:`defined_sisa`).
    """
    for columns in other_years(table).values():
        if columns.get(R.SISA) is not col:
            continue
        a_col, r_col = columns.get(R.ANGGARAN), columns.get(R.REALISASI_ANGGARAN)
        if a_col is None or r_col is None:
            return []
        fixes: list[Support] = []
        for item in counted:
            a, r, printed = (amount(table.value(item, c)) for c in (a_col, r_col, col))
            if a is None or r is None or printed is None or a - r == printed:
                continue
            said = Said(
                a - r,
                "basis.selisih_sisa",
                ((table, item, a_col), (table, item, r_col)),
            )
            fixes.append(Support(a - r, printed, (said,)))
        return fixes
    return []


def _defined_total(
    table: Table, col: Column, counted: list[Row], total: Interval, ctx: Context
) -> tuple[Interval, list[Support]]:
    """The column's sum with each row at the figure its own row defines.

    A sisa its own row contradicts is reported at anggaran − realisasi by
    ``sisa-equals-anggaran-minus-realisasi`` (:func:`defined_sisa`), a Jumlah
    its categories contradict at their sum by ``row-total-equals-sum-of-
    categories``; a total judged against the printed figure would be expected at
    a figure the report itself shows wrong. Only asked of a total that the rows
    as printed do not explain: one kind of witness alone does not make a total
    wrong that agrees with its rows.
    """
    report = ctx.report
    if col.role in (R.JUMLAH, R.SUBJUMLAH):
        fixes = _categories_fixes(table, col, counted, ctx)
    elif col.role == R.OTHER:
        fixes = _year_sisa_fixes(table, col, counted)
    else:
        fixes = [
            fix
            for item in counted
            # NOTE: a row at its supported figure is counted at it already
            if supported(report, table, item, col, upward=False) is None
            and (fix := defined_sisa(report, table, item, col)) is not None
        ]
    for fix in fixes:
        total = total + Interval.exact(fix.value - fix.printed)
    return total, fixes


def _shares_add_up(
    table: Table, row: Row, col: Column, counted: list[Row], ctx: Context
) -> bool:
    """True when a JUMLAH's share is judged as a share, not as a sum.

    A share column worked out from a wrong total is wrong in every row, and
    ``share-equals-part-over-total`` reports each; the JUMLAH's ``100%`` is right
    once they are (no one row's correction explains it alone). A JUMLAH's share
    that is not its own count over the total is reported by that rule, at
    ``100%``, not here at the rows' printed shares added up.
    """
    own = truth(table, row, col, ctx.report)
    if own is None or own.recomputed:
        return own is not None
    total = Interval.exact(Decimal(0))
    for item in counted:
        should = truth(table, item, col, ctx.report)
        if should is None:
            return False
        total = total + should.interval
    return agrees(total, own.printed)


def _categories_fixes(
    table: Table, col: Column, counted: list[Row], ctx: Context
) -> list[Support]:
    """The rows whose Jumlah their categories put at another figure, at it."""
    parts = group_parts(table, col)
    fixes: list[Support] = []
    for item in counted:
        printed = amount(table.value(item, col))
        value = categories_total(ctx.report, table, item, col)
        if printed is None or value is None or value == printed:
            continue
        cells = tuple((table, item, c) for c in parts)
        said = Said(value, "basis.categories", cells)
        fixes.append(Support(value, printed, (said,)))
    return fixes


def _crossed_at(ctx: Context, table: Table, row: Row, col: Column) -> bool:
    """True when a total's mismatch is one inner cell's, the one both totals blame.

    The cell is reported by ``crossed-totals`` (:func:`crossing`): the row's Jumlah
    and the JUMLAH row's cell in its column are right.
    """
    found = crossing(ctx.report, table)
    if found is None:
        return False
    if col is found.row_total:
        return row is found.row
    return col is found.col and row is found.total_row


def _named(table: Table, col: Column) -> str:
    """A column's name, with its group's when another column has the same name.

    ``L`` and ``P`` under ``PNS`` and under ``PPPK``: "PPPK › P", not "P".
    """
    name = column_name(col)
    if col.group and any(
        c is not col and column_name(c) == name for c in table.columns
    ):
        return f"{col.group} › {col.header}"
    return name


def _witnessed_rows(fixes: list[Support], like: Value, ctx: Context) -> str:
    """The rows counted at their witnessed figure, in words ("" for none)."""
    return "".join(
        phrase(
            "basis.witnessed_row",
            ctx.lang,
            printed=display(fix.printed, like),
            value=display(fix.value, like),
            by=fix.basis(ctx.lang),
            n=fix.count,
        )
        for fix in fixes
    )


def _corrections(table: Table, row: Row, col: Column, ctx: Context) -> list[Interval]:
    """What other figures of the report say a row's cell should be, when not that.

    Its own sub-figures (sisa = anggaran − realisasi, the sum of its children, a
    copy in another table), the sum of its categories for a Jumlah cell, the
    recomputed share for a percentage of the total, a quarter's figure that its
    confirmed running total less the other quarters gives.
    """
    value = table.value(row, col)
    found: list[Interval] = []
    if col.role in _ADDITIVE:
        own = amount(value, repaired=True)
        found += [
            Interval.exact(w.value)
            for w in witnesses(table, row, col, ctx, upward=False)
            if w.value != own
        ]
        found += [
            Interval.exact(figure)
            for figure in _supported_figures(table, row, col, ctx)
            if figure != own
        ]
    elif col.role == R.OTHER:
        # a quarter's column (TW II) of a budget: the sum of the row's children
        below = children_total(table, row, col) if row.children else None
        if below is not None and below != amount(value, repaired=True):
            found.append(Interval.exact(below))
        # NOTE: the one quarter that its running total (confirmed) less the
        # other quarters and its column both put at another figure
        odd = quarter_fix(ctx.report, table, row, col)
        if odd is not None:
            found.append(Interval.exact(odd.value))
    elif col.role in (R.JUMLAH, R.SUBJUMLAH):
        parts = group_parts(table, col)
        values = [table.value(row, c) for c in parts]
        if len(parts) >= 2 and all(
            is_figure(v) or v.kind == ValueKind.EMPTY for v in values
        ):
            total = Interval.exact(Decimal(0))
            for part in values:
                if is_figure(part):
                    total = total + operand(part)
            if is_figure(value) and not agrees(total, value):
                found.append(total)
    elif col.role == R.PERSEN_TOTAL:
        should = truth(table, row, col, ctx.report)
        if should is not None and should.recomputed:
            found.append(should.interval)
    return found


def _supported_figures(
    table: Table, row: Row, col: Column, ctx: Context
) -> list[Decimal]:
    """The figure a row's witnesses support, and a sisa's from its supported row.

    With every witness, the JUMLAH less the other rows included: a row that the
    JUMLAH and another kind of witness both correct is the wrong one, and the
    JUMLAH that agrees with it is right. A sisa counts at anggaran − realisasi
    when one of those is itself at a supported figure (the sisa is reported
    from them).
    """
    report = ctx.report
    found = supported(report, table, row, col)
    figures = [found.value] if found is not None else []
    if col.role == R.SISA:
        a, r = table.column(R.ANGGARAN), table.column(R.REALISASI_ANGGARAN)
        if a is not None and r is not None:
            (va, fa), (vr, fr) = (
                supported_value(report, table, row, c) for c in (a, r)
            )
            if (fa or fr) and va.number is not None and vr.number is not None:
                figures.append(va.number - vr.number)
    return figures


def _explained_by_an_addend(
    table: Table,
    col: Column,
    counted: list[Row],
    expected: Interval,
    own: Value,
    ctx: Context,
) -> bool:
    """True when one row's own wrong figure accounts for a total row's mismatch.

    ``JUMLAH 11`` over rows ``1`` and ``11`` is right when the second row's 11 is
    itself wrong (its categories add up to 10): the row is reported, the total is
    not, as a parent whose only fault is a wrong child.
    """
    for item in counted:
        value = table.value(item, col)
        if value.kind == ValueKind.MALFORMED:
            continue  # already counted with its repair
        for fixed in _corrections(table, item, col, ctx):
            if agrees(expected - operand(value) + fixed, own):
                return True
    return False


class RowSumOptions(BaseModel):
    """Options of the ``row-sum`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    total: ColumnRole = R.JUMLAH
    parts: ColumnRole = R.KATEGORI


@check("row-sum", options=RowSumOptions, provides=("parts",))
def row_sum(table: Table, opts: RowSumOptions, ctx: Context) -> Iterator[Violation]:
    """A row's total column equals the sum of its category columns.

    ``Jumlah = Baik + Rusak Ringan + Rusak Berat``; ``Jumlah = PNS + CPNS + TKB``.
    Needs at least two category columns. Dashes and empty category cells count as
    zero; rows with text in a category cell are skipped. Under a grouped header
    (``PNS › L``, ``PNS › P``, ``PNS › Jml``) the Jumlah adds up the categories,
    never a group's own total, and each group's total adds up its own
    categories.
    """
    total_col = table.column(opts.total)
    if total_col is None:
        return
    judged = [(total_col, table.columns_with(opts.parts))]
    if opts.total == R.JUMLAH and opts.parts == R.KATEGORI:
        judged += [(c, group_parts(table, c)) for c in table.columns_with(R.SUBJUMLAH)]
    for col, parts in judged:
        if len(parts) >= 2:
            yield from _row_totals(table, col, parts, ctx)


def _row_totals(
    table: Table, total_col: Column, parts: list[Column], ctx: Context
) -> Iterator[Violation]:
    names = _part_names(parts)
    crossed = crossing(ctx.report, table)
    tied = sum_tie(ctx.report, table) if total_col is table.column(R.JUMLAH) else None
    for row in table.rows:
        own = table.value(row, total_col)
        if not is_figure(own):
            continue
        expected = category_sum(table, row, parts)
        if expected is None or agrees(expected, own):
            continue
        if _crossed_at(ctx, table, row, total_col) or (
            crossed is not None
            and crossed.row is row
            and total_col.role == R.SUBJUMLAH
            and crossed.col in parts
        ):
            continue  # NOTE: the category cell both totals blame is reported
        if columns_disagree(ctx.report, table, row, parts):
            continue  # NOTE: a category total is wrong, not the JUMLAH's Jumlah
        values = [table.value(row, c) for c in parts]
        said = " + ".join(
            f"{name} {printed(table, row, c, v)}"
            for name, c, v in zip(names, parts, values, strict=True)
        )
        if tied is not None and any(row is r for r in tied):
            # NOTE: a tie (sum_tie): both Jumlah cells off, or a category of
            # each; the finding claims neither figure and names the other row
            other = next(r for r in tied if r is not row)
            found = ctx.violation(
                ctx.cell_location(table, row, total_col),
                actual=printed(table, row, total_col, own),
                related=[ctx.cell_location(table, row, c) for c in parts]
                + [ctx.cell_location(table, other, total_col)],
                confidence=Confidence.LOW,
                parts=said,
            )
            # NOTE: the message's "expected" says both readings; the finding's
            # own expected stays empty
            found.operands["expected"] = phrase(
                "sums.tie",
                ctx.lang,
                sum=display(expected.mid, own),
                other=printed(table, other, total_col, table.value(other, total_col)),
                row=other.index,
            )
            yield found
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, total_col),
            expected=display(expected.mid, own),
            actual=printed(table, row, total_col, own),
            related=[ctx.cell_location(table, row, c) for c in parts],
            parts=said,
        )


def _part_names(parts: list[Column]) -> list[str]:
    """Each category by its header, with its group when headers repeat (PNS › L).

    A group over some of the parts only names its own (``Rusak`` over ``Ringan |
    Berat`` beside ``Baik``: Rusak Ringan, Rusak Berat); a group over all of
    them (a group's total adding up its own categories) goes without saying.
    """
    names = [c.header or c.key for c in parts]
    if len(set(names)) != len(names):
        return [c.title for c in parts]
    if len({c.group for c in parts}) == 1:
        return names
    return [
        f"{c.group} {name}" if c.group else name
        for c, name in zip(parts, names, strict=True)
    ]
