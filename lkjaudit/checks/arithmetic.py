"""Row arithmetic: ratios, differences and shares of a total.

Every comparison is exact interval arithmetic on the printed figures (see
:mod:`lkjaudit.checks.interval`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.common import amount, is_figure
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.polarity import LOWER_IS_BETTER, Polarity, row_polarity
from lkjaudit.checks.support import Support, supported_value
from lkjaudit.checks.witnesses import BUDGET
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Report, Row, RowKind, Table
from lkjaudit.model.values import Value

__all__ = [
    "DifferenceOptions",
    "RatioOptions",
    "ShareOptions",
    "ratio_verdicts",
    "reported_itself",
    "witnessed_note",
    "witnessed_operands",
]

HUNDRED = Decimal(100)


class RatioOptions(BaseModel):
    """Options of the ``ratio`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    numerator: ColumnRole
    denominator: ColumnRole
    result: ColumnRole
    percent: bool = True
    polarity: Literal["auto", "higher-is-better"] = "higher-is-better"
    lower_is_better: tuple[str, ...] = LOWER_IS_BETTER


def _polarity(
    table: Table, row: Row, cols: tuple[Column, Column, Column], opts: RatioOptions
) -> Polarity:
    """The row's polarity by its wording (``auto``), else higher-is-better."""
    if opts.polarity != "auto":
        return Polarity.HIGHER
    num, den = (table.value(row, c) for c in cols[:2])
    return row_polarity(table, row, den.unit or num.unit, opts.lower_is_better)


def _role_name(role: ColumnRole, lang: str) -> str:
    try:
        return phrase(f"role.{role.value}", lang)
    except KeyError:
        return role.value


_Operand = tuple[Value, Support | None]


def witnessed_operands(
    report: Report, table: Table, row: Row, cols: tuple[Column, ...]
) -> list[_Operand]:
    """Each operand as the report's redundancy supports it (budget columns only).

    A budget figure that its children, its row and its copies show to be wrong
    is replaced by the figure they support, so a sisa or % computed from the right
    figure is not "corrected" to match the wrong one (the wrong figure has its own
    finding), and one that is wrong is told what the right figure gives.
    """
    found: list[_Operand] = []
    for col in cols:
        if col.role in BUDGET:
            found.append(supported_value(report, table, row, col))
        else:
            found.append((table.value(row, col), None))
    return found


def witnessed_note(
    cols: tuple[Column, ...], operands: list[_Operand], ctx: Context
) -> str:
    """The operands taken at their supported figure, in words ("" for none)."""
    notes = []
    for col, (value, support) in zip(cols, operands, strict=True):
        if support is None:
            continue
        notes.append(
            phrase(
                "basis.witnessed",
                ctx.lang,
                role=_role_name(col.role, ctx.lang),
                value=display(support.value, value),
                by=support.basis(ctx.lang),
                n=support.count,
                printed=shown(value),  # NOTE: the raw print is kept by the swap
            )
        )
    return "".join(notes)


def reported_itself(
    table: Table, row: Row, col: Column, expected: Interval, ctx: Context
) -> bool:
    """True when a result's own witnesses already put it at the expected figure.

    Its own finding (the sum rule's, or ``witnessed-figure``'s) says the same; the
    sisa of a row whose pagu is wrong is reported once, as a wrong sum.
    """
    if col.role not in BUDGET:
        return False
    own = supported_value(ctx.report, table, row, col)[1]
    return own is not None and expected.lo <= own.value <= expected.hi


class _RatioRow:
    """The three candidate formulas for one row and which ones reproduce the print."""

    def __init__(self, num: Value, den: Value, res: Value, scale: Decimal) -> None:
        n, d = operand(num), operand(den)
        self.values = {"standard": (n / d).scale(scale)}
        if not (n.lo <= 0 <= n.hi):
            self.values["inverse"] = (d / n).scale(scale)
        self.values["two_minus"] = (Interval.exact(Decimal(2)) - n / d).scale(scale)
        self.matches = {name for name, iv in self.values.items() if agrees(iv, res)}


@check(
    "ratio",
    options=RatioOptions,
    provides=("formula", "numerator", "denominator", "witnessed"),
)
def ratio(table: Table, opts: RatioOptions, ctx: Context) -> Iterator[Violation]:
    """Result = numerator / denominator (× 100 when ``percent``), row by row.

    Skips rows where an operand or the result is not a figure, the denominator is
    zero, the units of numerator and denominator differ, or the result column states
    its own formula in the column-number row (the ``column-formula`` primitive checks
    those). With ``polarity: auto`` an indicator whose wording says lower is better,
    or whose printed figure is reproduced by target / realisasi or
    2 − realisasi / target, is judged by that formula; one whose wording says
    higher is better (the cases handled, a decrease of the bad thing, an output
    count) by realisasi / target only.
    """
    cols = _ratio_columns(table, opts)
    if cols is None:
        return
    unit = "%" if opts.percent else None
    for row, expected, formula, operands in ratio_verdicts(
        table, opts, ctx.report
    ).values():
        yield _ratio_violation(table, row, cols, expected, formula, ctx, unit, operands)


_Verdict = tuple[Row, Interval, str, "list[_Operand] | None"]


def _ratio_columns(
    table: Table, opts: RatioOptions
) -> tuple[Column, Column, Column] | None:
    num_col, den_col = table.column(opts.numerator), table.column(opts.denominator)
    res_col = table.column(opts.result)
    if num_col is None or den_col is None or res_col is None or res_col.formula:
        return None
    return num_col, den_col, res_col


def ratio_verdicts(
    table: Table, opts: RatioOptions, report: Report | None
) -> dict[int, _Verdict]:
    """The rows whose printed result is wrong: what it should be, by which formula.

    Keyed by row index: the row, the expected interval, the formula and the
    operands (those taken at their witnessed figure, or None when both are as
    printed; without a report, both are always as printed). The ``ratio`` primitive
    reports them; :mod:`lkjaudit.checks.truth`
    takes the same verdicts, so a sentence or a roll-up judges a capaian exactly
    as the rule does (a lower-is-better indicator included).
    """
    cols = _ratio_columns(table, opts)
    if cols is None:
        return {}
    rows, taken = _ratio_rows(table, opts, cols, report)
    readings = {row.index: _polarity(table, row, cols, opts) for row, _ in rows}
    lowers = {k: reading is Polarity.LOWER for k, reading in readings.items()}
    preferred, method = _preferred_lower(rows), _own_lower_method(rows, lowers)
    found: dict[int, _Verdict] = {}
    for row, calc in rows:
        reading = readings[row.index]
        formula = _judged_by(calc, reading, preferred, method)
        if formula is not None:
            verdict = (row, calc.values[formula], formula, taken.get(row.index))
            found[row.index] = verdict
    return found


def _ratio_rows(
    table: Table,
    opts: RatioOptions,
    cols: tuple[Column, Column, Column],
    report: Report | None,
) -> tuple[list[tuple[Row, _RatioRow]], dict[int, list[_Operand]]]:
    """The rows whose result can be computed, and those with a witnessed operand.

    A row is left out when an operand or the result is not a figure, the
    denominator is zero (as printed or witnessed), or the operands' units differ.
    """
    num_col, den_col, res_col = cols
    scale = HUNDRED if opts.percent else Decimal(1)
    rows: list[tuple[Row, _RatioRow]] = []
    taken: dict[int, list[_Operand]] = {}  # rows with a witnessed operand
    witnessed = report is not None and (
        opts.numerator in BUDGET or opts.denominator in BUDGET
    )
    for row in table.rows:
        if res_col.index in row.inherited:
            continue
        num, den, res = (table.value(row, c) for c in (num_col, den_col, res_col))
        if not (is_figure(num) and is_figure(den) and is_figure(res)):
            continue
        if den.number == 0 or (num.unit and den.unit and num.unit != den.unit):
            continue
        if witnessed and report is not None:
            operands = witnessed_operands(report, table, row, (num_col, den_col))
            if any(fix is not None for _, fix in operands):
                (num, _), (den, _) = operands
                if den.number == 0:
                    continue
                taken[row.index] = operands
        rows.append((row, _RatioRow(num, den, res, scale)))
    return rows, taken


def _preferred_lower(rows: list[tuple[Row, _RatioRow]]) -> str:
    """The lower-is-better formula the table's rows reproduce most often."""
    lower_used = [m for _, r in rows for m in r.matches if m != "standard"]
    return max(set(lower_used), key=lower_used.count) if lower_used else "two_minus"


def _own_lower_method(
    rows: list[tuple[Row, _RatioRow]], lowers: dict[int, bool]
) -> str | None:
    """The formula the table itself uses for its lower-is-better indicators.

    Where only it fits: a row worded higher-is-better does not teach it.
    """
    own = Counter(
        m
        for row, r in rows
        if lowers[row.index] and "standard" not in r.matches
        for m in r.matches
    )
    return max(own, key=lambda m: own[m]) if own else None


def _judged_by(
    calc: _RatioRow, reading: Polarity, preferred: str, method: str | None
) -> str | None:
    """The formula a row's printed result is wrong by, or None when it is right."""
    lower = reading is Polarity.LOWER
    if "standard" in calc.matches:
        if lower and method is not None and method not in calc.matches:
            # realisasi / target on a lower-is-better indicator, in a table
            # that computes its other lower-is-better indicators otherwise
            return method
        return None
    if reading is not Polarity.HIGHER and calc.matches:
        return None  # a lower-is-better formula reproduces the printed figure
    return preferred if lower and preferred in calc.values else "standard"


def _ratio_violation(
    table: Table,
    row: Row,
    cols: tuple[Column, Column, Column],
    expected: Interval,
    formula: str,
    ctx: Context,
    unit: str | None,
    operands: list[_Operand] | None = None,
) -> Violation:
    num_col, den_col, res_col = cols
    res = table.value(row, res_col)
    if operands is None:
        operands = [(table.value(row, c), None) for c in (num_col, den_col)]
    fixes = [fix for _, fix in operands if fix is not None]
    # NOTE: an operand taken at its witnessed figure is shown as that figure
    num, den = (
        display(v.number, v) if fix and v.number is not None else shown(v)
        for v, fix in operands
    )
    names = {
        "num": _role_name(num_col.role, ctx.lang),
        "den": _role_name(den_col.role, ctx.lang),
    }
    return ctx.violation(
        ctx.cell_location(table, row, res_col),
        expected=display(
            expected.mid,
            res,
            ctx.percent_unit(table, res_col, res) if unit else res.unit,
            mark=ctx.decimal_mark(table, res_col, res),
        ),
        actual=shown(res),
        related=[
            ctx.cell_location(table, row, num_col),
            ctx.cell_location(table, row, den_col),
        ]
        + [loc for s in fixes for loc in s.locations(ctx)],
        confidence=Confidence.HIGH
        if formula == "standard" and not fixes
        else Confidence.MEDIUM,
        formula=phrase(f"formula.{formula}", ctx.lang, **names),
        # the operands in the order the formula names them (target / realisasi)
        numerator=den if formula == "inverse" else num,
        denominator=num if formula == "inverse" else den,
        witnessed=witnessed_note((num_col, den_col), operands, ctx),
    )


class DifferenceOptions(BaseModel):
    """Options of the ``difference`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    minuend: ColumnRole
    subtrahend: ColumnRole
    result: ColumnRole


@check(
    "difference",
    options=DifferenceOptions,
    provides=("minuend", "subtrahend", "witnessed"),
)
def difference(
    table: Table, opts: DifferenceOptions, ctx: Context
) -> Iterator[Violation]:
    """Result = minuend − subtrahend, row by row (sisa = anggaran − realisasi).

    Skips rows where any of the three is not a figure and values merged from the row
    above (they are checked on that row). A budget operand that the report's own
    redundancy shows to be wrong (:func:`~lkjaudit.checks.support.supported`) is
    taken at the figure it supports: a result right for that figure is not
    reported, and a wrong one is told what that figure gives.
    """
    a_col, b_col = table.column(opts.minuend), table.column(opts.subtrahend)
    r_col = table.column(opts.result)
    if a_col is None or b_col is None or r_col is None or r_col.formula:
        return
    for row in table.rows:
        if r_col.index in row.inherited:
            continue
        a, b, r = (table.value(row, c) for c in (a_col, b_col, r_col))
        if not (is_figure(a) and is_figure(b) and is_figure(r)):
            continue
        operands = witnessed_operands(ctx.report, table, row, (a_col, b_col))
        (a, a_fix), (b, b_fix) = operands
        expected = operand(a) - operand(b)
        if agrees(expected, r):
            continue  # NOTE: under a witnessed operand, the operand's finding covers it
        fixes = [s for s in (a_fix, b_fix) if s is not None]
        if fixes and reported_itself(table, row, r_col, expected, ctx):
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, r_col),
            expected=display(expected.mid, r),
            actual=shown(r),
            related=[
                ctx.cell_location(table, row, a_col),
                ctx.cell_location(table, row, b_col),
            ]
            + [loc for s in fixes for loc in s.locations(ctx)],
            confidence=Confidence.MEDIUM if fixes else None,
            minuend=display(a_fix.value, a) if a_fix else shown(a),
            subtrahend=display(b_fix.value, b) if b_fix else shown(b),
            witnessed=witnessed_note((a_col, b_col), operands, ctx),
        )


class ShareOptions(BaseModel):
    """Options of the ``share-of-total`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    part: ColumnRole = ColumnRole.JUMLAH
    result: ColumnRole = ColumnRole.PERSEN_TOTAL


@check("share-of-total", options=ShareOptions, provides=("part", "total"))
def share_of_total(
    table: Table, opts: ShareOptions, ctx: Context
) -> Iterator[Violation]:
    """Result = part / total of the part column × 100, row by row.

    The total is the table's JUMLAH/TOTAL row when it has one (the first after the
    row), otherwise the sum of the data rows. Skips rows without figures.
    """
    part_col, res_col = table.column(opts.part), table.column(opts.result)
    if part_col is None or res_col is None:
        return
    totals = [r for r in table.rows if r.kind == RowKind.TOTAL]
    fallback = sum(
        (amount(table.value(r, part_col)) or Decimal(0) for r in table.data_rows()),
        Decimal(0),
    )
    for row in table.rows:
        part, res = table.value(row, part_col), table.value(row, res_col)
        if not (is_figure(part) and is_figure(res)):
            continue
        total_row = next((t for t in totals if t.index >= row.index), None)
        total = amount(table.value(total_row, part_col)) if total_row else fallback
        if not total:
            continue
        expected = (operand(part) / Interval.exact(total)).scale(HUNDRED)
        if agrees(expected, res):
            continue
        related = [ctx.cell_location(table, row, part_col)]
        if total_row is not None:
            related.append(ctx.cell_location(table, total_row, part_col))
        yield ctx.violation(
            ctx.cell_location(table, row, res_col),
            expected=ctx.shown_percent(expected.mid, table, res_col, res),
            actual=shown(res),
            related=related,
            part=shown(part),
            total=display(total, decimals=part.decimals),
        )
