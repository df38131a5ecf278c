"""Row arithmetic: ratios, differences and shares of a total.

Every comparison is exact interval arithmetic on the printed figures (see
:mod:`lkjaudit.checks.interval`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.common import amount, is_figure
from lkjaudit.checks.interval import Interval, agrees, operand
from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence
from lkjaudit.model.report import Column, ColumnRole, Row, RowKind, Table
from lkjaudit.model.values import Value

__all__ = ["DifferenceOptions", "RatioOptions", "ShareOptions"]

HUNDRED = Decimal(100)

# NOTE: indicators where less is better; reports compute their capaian as
# target / realisasi or (2 − realisasi / target).
LOWER_IS_BETTER = (
    "kemiskinan",
    "pengangguran",
    "pengaduan",
    "keluhan",
    "komplain",
    "waktu pelayanan",
    "waktu penyelesaian",
    "waktu tunggu",
    "lama waktu",
    "lama pelayanan",
    "lama proses",
    "waktu tanggap",
    "response time",
    "kasus",
    "kematian",
    "korban jiwa",
    "kecelakaan",
    "pelanggaran",
    "tunggakan",
    "temuan",
    "konflik",
    "gangguan",
    "kriminal",
    "kejahatan",
    "penyakit",
    "stunting",
    "gizi buruk",
    "putus sekolah",
    "buta aksara",
    "kumuh",
    "tidak layak huni",
    "kerugian",
    "inflasi",
    "ketimpangan",
    "rasio gini",
    "indeks gini",
    "genangan",
    "backlog",
    "sengketa",
    "penyalahgunaan",
    "angka kesakitan",
    "prevalensi",
    "tingkat kerawanan",
)


class RatioOptions(BaseModel):
    """Options of the ``ratio`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    numerator: ColumnRole
    denominator: ColumnRole
    result: ColumnRole
    percent: bool = True
    polarity: Literal["auto", "higher-is-better"] = "higher-is-better"
    lower_is_better: tuple[str, ...] = LOWER_IS_BETTER


# NOTE: a share of cases handled, found or followed up ("persentase pengaduan yang
# ditindaklanjuti", "cakupan penemuan kasus") is higher-is-better though it names
# a lower-is-better word
_SERVED = re.compile(
    r"\byang\s+(?:di|ter|men|mem|ber)\w+|\bmendapat|\bcakupan\b|\bpenanganan\b|"
    r"\bpenemuan\b|\btindak\s*lanjut|\btertangani\b|\bpersentase penyelesaian\b"
)


def _wording(table: Table, row: Row) -> str:
    col = table.column(ColumnRole.INDIKATOR)
    text = row.cells[col.cells[0]].text if col is not None else ""
    return f"{text} {table.label_of(row)}".lower()


def _indicator(table: Table, row: Row) -> str:
    """The row's indicator, or its label when the table has no indicator column."""
    col = table.column(ColumnRole.INDIKATOR)
    if col is not None and row.cells[col.cells[0]].text:
        return row.cells[col.cells[0]].text.lower()
    return table.label_of(row).lower()


def _role_name(role: ColumnRole, lang: str) -> str:
    try:
        return phrase(f"role.{role.value}", lang)
    except KeyError:
        return role.value


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
    provides=("formula", "numerator", "denominator"),
)
def ratio(table: Table, opts: RatioOptions, ctx: Context) -> Iterator[Violation]:
    """Result = numerator / denominator (× 100 when ``percent``), row by row.

    Skips rows where an operand or the result is not a figure, the denominator is
    zero, the units of numerator and denominator differ, or the result column states
    its own formula in the column-number row (the ``column-formula`` primitive checks
    those). With ``polarity: auto`` an indicator whose wording says lower is better,
    or whose printed figure is reproduced by target / realisasi or
    2 − realisasi / target, is judged by that formula.
    """
    num_col, den_col = table.column(opts.numerator), table.column(opts.denominator)
    res_col = table.column(opts.result)
    if num_col is None or den_col is None or res_col is None or res_col.formula:
        return
    scale = HUNDRED if opts.percent else Decimal(1)
    rows: list[tuple[Row, _RatioRow]] = []
    for row in table.rows:
        if res_col.index in row.inherited:
            continue
        num, den, res = (table.value(row, c) for c in (num_col, den_col, res_col))
        if not (is_figure(num) and is_figure(den) and is_figure(res)):
            continue
        if den.number == 0 or (num.unit and den.unit and num.unit != den.unit):
            continue
        rows.append((row, _RatioRow(num, den, res, scale)))
    lower_used = [m for _, r in rows for m in r.matches if m != "standard"]
    preferred = (
        max(set(lower_used), key=lower_used.count) if lower_used else "two_minus"
    )
    # the lower-is-better formula the table itself uses where only it fits
    own = Counter(m for _, r in rows if "standard" not in r.matches for m in r.matches)
    for row, calc in rows:
        wording = _wording(table, row)
        lower = opts.polarity == "auto" and any(
            w in wording for w in opts.lower_is_better
        )
        if "standard" in calc.matches:
            method = max(own, key=lambda m: own[m]) if own else None
            if (
                lower
                and method is not None
                and method not in calc.matches
                and not _SERVED.search(_indicator(table, row))
            ):
                # realisasi / target on a lower-is-better indicator, in a table
                # that computes its other lower-is-better indicators otherwise
                yield _ratio_violation(
                    table,
                    row,
                    (num_col, den_col, res_col),
                    calc.values[method],
                    method,
                    ctx,
                    "%" if opts.percent else None,
                )
            continue
        if opts.polarity == "auto" and calc.matches:
            continue  # a lower-is-better formula reproduces the printed figure
        formula = preferred if lower and preferred in calc.values else "standard"
        yield _ratio_violation(
            table,
            row,
            (num_col, den_col, res_col),
            calc.values[formula],
            formula,
            ctx,
            "%" if opts.percent else None,
        )


def _ratio_violation(
    table: Table,
    row: Row,
    cols: tuple[Column, Column, Column],
    expected: Interval,
    formula: str,
    ctx: Context,
    unit: str | None,
) -> Violation:
    num_col, den_col, res_col = cols
    num, den, res = (table.value(row, c) for c in cols)
    names = {
        "num": _role_name(num_col.role, ctx.lang),
        "den": _role_name(den_col.role, ctx.lang),
    }
    return ctx.violation(
        ctx.cell_location(table, row, res_col),
        expected=display(expected.mid, res, res.unit or unit),
        actual=shown(res),
        related=[
            ctx.cell_location(table, row, num_col),
            ctx.cell_location(table, row, den_col),
        ],
        confidence=Confidence.HIGH if formula == "standard" else Confidence.MEDIUM,
        formula=phrase(f"formula.{formula}", ctx.lang, **names),
        # the operands in the order the formula names them (target / realisasi)
        numerator=shown(den if formula == "inverse" else num),
        denominator=shown(num if formula == "inverse" else den),
    )


class DifferenceOptions(BaseModel):
    """Options of the ``difference`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    minuend: ColumnRole
    subtrahend: ColumnRole
    result: ColumnRole


@check("difference", options=DifferenceOptions, provides=("minuend", "subtrahend"))
def difference(
    table: Table, opts: DifferenceOptions, ctx: Context
) -> Iterator[Violation]:
    """Result = minuend − subtrahend, row by row (sisa = anggaran − realisasi).

    Skips rows where any of the three is not a figure and values merged from the row
    above (they are checked on that row).
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
        expected = operand(a) - operand(b)
        if agrees(expected, r):
            continue
        yield ctx.violation(
            ctx.cell_location(table, row, r_col),
            expected=display(expected.mid, r),
            actual=shown(r),
            related=[
                ctx.cell_location(table, row, a_col),
                ctx.cell_location(table, row, b_col),
            ],
            minuend=shown(a),
            subtrahend=shown(b),
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
            expected=display(expected.mid, res, "%"),
            actual=shown(res),
            related=related,
            part=shown(part),
            total=display(total),
        )
