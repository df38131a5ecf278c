"""Figures the report's own redundancy corrects: malformed ones, and wrong ones.

A mistyped figure such as ``482.9R47.500`` is kept by the reader with a proposed
repair (``482.947.500``); the witnesses of :mod:`lkjaudit.checks.witnesses` confirm or
contradict it. A well-formed budget figure that two kinds of witness put
elsewhere is reported with the figure they support.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.arithmetic import blank_sisa
from lkjaudit.checks.common import printed
from lkjaudit.checks.corroboration import corroboration
from lkjaudit.checks.phrases import phrase
from lkjaudit.checks.support import supported_cells
from lkjaudit.checks.witnesses import BUDGET, Witness, witnesses
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Fix, Location
from lkjaudit.model.report import Column, ColumnRole, Row, Table
from lkjaudit.model.values import (
    Value,
    ValueKind,
    dotted_repair,
    format_number,
)

__all__ = ["NumberOptions", "WitnessedOptions"]

R = ColumnRole

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_MALFORMED = ValueKind.MALFORMED
_TEXT = ValueKind.TEXT
_FIGURES = (ValueKind.NUMBER, ValueKind.DASH)

_TEXT_ROLES = (R.NO, R.URAIAN, R.INDIKATOR, R.FORMULASI, R.KETERANGAN, R.SATUAN)


class NumberOptions(BaseModel):
    """Options of the ``number-well-formed`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "number-well-formed",
    options=NumberOptions,
    provides=("basis", "repair", "agrees"),
)
def number_well_formed(
    table: Table, opts: NumberOptions, ctx: Context
) -> Iterator[Violation]:
    """Every figure in a numeric column reads as a number.

    A malformed figure is reported with its proposed repair as the expected value;
    the repair is *confirmed* (high confidence) when another figure of the report
    gives the same value, and replaced by that value when the report says otherwise.
    A figure with misplaced dots (``7.10.5``) in a column of figures is malformed
    too; a date (``12.05.2024``) or an IP address is not.
    """
    for col in table.columns:
        if col.role in _TEXT_ROLES:
            continue
        at = col.index
        for row in table.rows:
            # NOTE: read per cell: a row's values straight, the rare short row
            # through the table
            values = row.values
            value = values[at] if at < len(values) else table.value(row, col)
            if at in row.inherited:
                continue
            if value.kind == _TEXT or (
                value.kind == _MALFORMED and value.repair is None
            ):
                if col.is_percent or dotted_repair(value.raw) is None:
                    # NOTE: a date or an IP address parses as text, never here
                    if value.kind == _MALFORMED:
                        yield _report(table, row, col, ctx)
                    continue
                if not _figures(table, col, row):
                    # NOTE: a dotted text among texts is a code; a malformed one
                    # there is reported as before, with no repair proposed
                    if value.kind == _MALFORMED:
                        yield _report(table, row, col, ctx)
                    continue
                repair = dotted_repair(value.raw, ctx.decimals(table, col) or 0)
                dotted = replace(value, kind=_MALFORMED, repair=repair)
                yield _report(table, row, col, ctx, dotted)
            elif value.kind == _MALFORMED:
                yield _report(table, row, col, ctx)


def _figures(table: Table, col: Column, row: Row) -> bool:
    """Whether a column holds figures, so the dotted text of a row in it is one.

    Two other figures at least, and at least three for every other text or
    dotted figure in it: a column of codes or section numbers with a few figures
    among them holds none.
    """
    figures = texts = 0
    for other in table.rows:
        if other is row or col.index in other.inherited:
            continue
        value = table.value(other, col)
        if value.kind in _FIGURES:
            figures += 1
        elif value.kind == _TEXT or (
            value.kind == _MALFORMED and dotted_repair(value.raw) is not None
        ):
            texts += 1
    return figures >= 2 and figures >= 3 * texts


def _report(
    table: Table, row: Row, col: Column, ctx: Context, value: Value | None = None
) -> Violation:
    """A malformed figure, with the figure its witnesses give or its repair."""
    value = value or table.value(row, col)
    repair = value.repair
    unit = _unit(table, col, value, ctx)
    judged = _judge(witnesses(table, row, col, ctx), repair)
    expected = judged.expected
    places = ctx.decimals(table, col)
    text = (
        display(
            expected, unit=unit, decimals=_places(expected, places, expected == repair)
        )
        if expected is not None
        else None
    )
    repair_text = (
        format_number(repair, _places(repair, places, True) or 0)
        if repair is not None
        else ""
    )
    agree, cells = (
        corroboration(table, row, col, expected, ctx, cited=judged.cited, text=text)
        if expected is not None
        else ("", [])
    )
    return ctx.violation(
        ctx.cell_location(table, row, col),
        expected=text,
        actual=shown(value),
        related=judged.related + cells,
        confidence=judged.confidence,
        fix=Fix(description=f"{shown(value)} → {text}", replacement=text)
        if text
        else None,
        basis=phrase(
            judged.key, ctx.lang, value=text, by=judged.by, repair=repair_text
        ),
        repair=repair_text,
        agrees=agree,
    )


def _unit(table: Table, col: Column, value: Value, ctx: Context) -> str | None:
    """The unit a malformed figure is printed in: as typed, else its column's."""
    raw = value.raw.strip()
    if raw.lower().startswith("rp"):
        return "rp"
    if raw.endswith("%"):
        return "%"
    return ctx.percent_unit(table, col, value, None) if col.is_percent else None


class _Judged(NamedTuple):
    """What a malformed figure's witnesses make of it."""

    expected: Decimal | None
    confidence: Confidence
    by: str  # the witnesses in words
    key: str  # the phrase of the basis: basis.confirmed, …
    related: list[Location]
    cited: list[str]  # the keys of the witnesses used


def _judge(found: list[Witness], repair: Decimal | None) -> _Judged:
    """The repair the witnesses confirm, else the one figure they give, else none."""
    agreeing = [w for w in found if repair is not None and w.value == repair]
    if agreeing:
        return _Judged(
            repair,
            Confidence.HIGH,
            "; ".join(w.basis for w in agreeing),
            "basis.confirmed",
            [loc for w in agreeing for loc in w.locations],
            [w.key for w in agreeing],
        )
    if found and len({w.value for w in found}) == 1:
        return _Judged(
            found[0].value,
            Confidence.MEDIUM,
            "; ".join(w.basis for w in found),
            "basis.contradicted" if repair is not None else "basis.derived",
            [loc for w in found for loc in w.locations],
            [w.key for w in found],
        )
    key = "basis.unconfirmed" if repair is not None else "basis.unreadable"
    return _Judged(repair, Confidence.MEDIUM, "", key, [], [])


def _places(number: Decimal, column: int | None, typed: bool) -> int | None:
    """The decimals to show a figure of this cell with: as its column prints them.

    Never fewer than the figure needs; with no other figure in the column, a
    repair as it was typed (``312.45O.000,00``: two) and any other figure as
    :func:`display` would.
    """
    if column is not None:
        return max(column, _digits(number.normalize()))
    return _digits(number) if typed else None


def _digits(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


class WitnessedOptions(BaseModel):
    """Options of the ``witnessed-figure`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "witnessed-figure",
    options=WitnessedOptions,
    confidence=Confidence.MEDIUM,
    provides=("by", "agrees"),
)
def witnessed_figure(
    table: Table, opts: WitnessedOptions, ctx: Context
) -> Iterator[Violation]:
    """A budget figure that the report's own redundancy shows to be wrong.

    Reported with the figure its witnesses support
    (:func:`~lkjaudit.checks.support.supported`) as the expected value. The rules
    that judge a sisa, a % or a total from such a figure take the supported one,
    and leave the figure itself to this rule (or to the sum rule that finds the
    same verdict: the two findings are merged). A malformed
    figure is left to ``number-well-formed``, and a sisa column printed as
    dashes only (:func:`~lkjaudit.checks.arithmetic.blank_sisa`) to the
    ``column-left-blank`` primitive: it was not filled in.
    """
    for col in (c for c in table.columns if c.role in BUDGET):
        found = list(supported_cells(ctx.report, table, col))
        if col.role is ColumnRole.SISA and blank_sisa(table, col, ctx):
            continue  # NOTE: a sisa column left blank: computed-column-filled-in
        for row, fix in found:
            value = table.value(row, col)
            if not value.is_number:
                continue
            agree, cells = corroboration(
                table, row, col, fix.value, ctx, cited=[s.key for s in fix.witnesses]
            )
            yield ctx.violation(
                ctx.cell_location(table, row, col),
                expected=display(fix.value, value),
                actual=printed(table, row, col, value),
                related=fix.locations(ctx) + cells,
                by=fix.basis(ctx.lang),
                agrees=agree,
            )
