"""Figures quoted in sentences, checked against the tables they restate.

Each figure quoted in a sentence is linked by meaning to the table cell it restates
(:mod:`lkjaudit.checks.walk`) and compared with the value that cell *should* hold,
recomputed when the table is itself wrong: the statcheck idea for LKj reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.columns import column_name
from lkjaudit.checks.common import printed
from lkjaudit.checks.prose_phrases import say
from lkjaudit.checks.truth import capaian_options
from lkjaudit.checks.walk import Cell, quoted, walk
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Location
from lkjaudit.model.report import ColumnRole, Report, Row, RowKind
from lkjaudit.prose.claims import FigureClaim
from lkjaudit.prose.text import Sentence

__all__ = ["TextFigureOptions", "text_location"]

R = ColumnRole


def text_location(
    ctx: Context, sentence: Sentence, quote: str, offset: int = 0
) -> Location:
    """A place in a sentence: paragraph and sentence number, line, a short quote.

    The line (and page) is that of the character at ``offset`` (a sentence may
    span lines, and a PDF paragraph pages).
    """
    return ctx.text_location(
        f"text/paragraph:{sentence.paragraph + 1}/sentence:{sentence.position + 1}",
        sentence.paragraph,
        sentence.row_at(offset),
        quote,
    )


def _quote(claim: FigureClaim) -> str:
    words = claim.before.replace("(", " ").split()[-6:]
    return " ".join([*words, claim.figure.raw]).strip()


class TextFigureOptions(BaseModel):
    """Options of the ``text-figure`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    outcome: Literal["contradicts", "unmatched"] = "contradicts"
    metrics: tuple[str, ...] = (
        "capaian",
        "realisasi",
        "target",
        "persen_anggaran",
        "anggaran",
        "realisasi_anggaran",
        "sisa",
        "persen_sisa",
        "efisiensi",
    )


def _subject(cell: Cell, row: Row) -> str:
    """What the row is named in a message: its indicator, for a performance figure.

    A row of a sasaran's table carries the sasaran as its name (``Meningkatnya
    derajat kesehatan``); the figure a sentence quotes is its indicator's: the
    row's own (a sasaran's second indicator), else its entity's.
    """
    table = cell.table
    indikator = table.column(R.INDIKATOR)
    if cell.col.role in (R.CAPAIAN, R.REALISASI, R.TARGET) and indikator is not None:
        k = indikator.cells[0]
        text = row.cells[k].text or table.entity_row(row).cells[k].text
        if text:
            return text
    return table.label_of(row)


def _where(cell: Cell, lang: str) -> str:
    row = cell.table.row(cell.row)
    if row.kind == RowKind.TOTAL:
        where = say("where.total", lang, table=cell.table.label)
    else:
        where = say("where.cell", lang, table=cell.table.label, row=cell.row)
    if cell.group:
        where += say("where.group", lang, group=cell.group)
    elif cell.col.role in (R.KATEGORI, R.SUBJUMLAH):
        where += say("where.column", lang, column=_column_name(cell))
    elif cell.col.role == R.OTHER:
        # NOTE: another year's column ("Realisasi 2023"), for a figure of that year
        where += say("where.column", lang, column=column_name(cell.col))
    return where


def _column_name(cell: Cell) -> str:
    """A category's header, with its group where the header alone is unclear.

    A group's own total (PNS › Jml) and a header another category repeats
    (PNS › L beside PPPK › L) name their group.
    """
    col = cell.col
    same = [
        c
        for c in cell.table.columns
        if c.role in (R.KATEGORI, R.SUBJUMLAH) and c.header == col.header
    ]
    if col.group and (col.role == R.SUBJUMLAH or len(same) > 1):
        return col.title
    return col.header


def _reason(cell: Cell, lang: str) -> str:
    """Why the expected figure is not simply the cell's printed value."""
    if cell.derived == "group":
        parts = " + ".join(c.title for c in cell.inputs)
        return say("reason.derived.group", lang, parts=parts, group=cell.group)
    if cell.derived is not None:
        # NOTE: a sisa % is computed from the table's sisa column when it has one
        sisa = any(c.role == R.SISA for c in cell.inputs)
        return say(f"reason.derived.{cell.derived}{'.sisa' if sisa else ''}", lang)
    if cell.dispute == "tie":
        # NOTE: no figure is expected (the finding's is None): after the
        # message's "menunjukkan" come the cell's print and its copies'
        row = cell.table.row(cell.row)
        figure = printed(cell.table, row, cell.col, cell.truth.printed)
        copies = ", ".join(f"{shown} ({where})" for where, shown in cell.copies)
        return say("reason.tie", lang, printed=figure, copies=copies)
    if cell.dispute == "settled":
        row = cell.table.row(cell.row)
        figure = printed(cell.table, row, cell.col, cell.truth.printed)
        tables = ", ".join(dict.fromkeys(where for where, _ in cell.copies))
        return say("reason.copied", lang, printed=figure, tables=tables)
    if cell.truth.recomputed:
        row = cell.table.row(cell.row)
        figure = printed(cell.table, row, cell.col, cell.truth.printed)
        return say("reason.recomputed", lang, printed=figure)
    return ""


def _expected(cell: Cell, claim: FigureClaim) -> str:
    """The figure a cell should hold, at no more decimals than the table prints.

    At the sentence's precision, but never finer than the table's: "95%" for a
    cell printed "95 %" that a sentence quotes as "91,2%" (not "95,0%"); a rupiah
    amount, a figure the table states in thousands and a figure computed from
    other columns at the sentence's.
    """
    value = claim.figure.value
    number = quoted(cell, claim)
    if cell.derived is None and claim.figure.kind != "rp" and not cell.col.scale:
        places = min(value.decimals, cell.truth.printed.decimals)
        return display(number, value, value.unit, decimals=places)
    return display(number, value, value.unit)


def _nowhere(cells: list[Cell], metric: str, lang: str) -> str:
    """Where a figure found in no column of its kind is printed, if anywhere."""
    if not cells:
        return say("nowhere.none", lang)
    cell = cells[0]
    return say(
        "nowhere.other",
        lang,
        metric=metric,
        where=_where(cell, lang),
        column=cell.col.header,
    )


@check(
    "text-figure",
    options=TextFigureOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("quote", "metric", "where", "subject", "reason", "nowhere"),
)
def text_figure(
    report: Report, opts: TextFigureOptions, ctx: Context
) -> Iterator[Violation]:
    """A figure quoted in a sentence equals the table value it restates.

    ``outcome: contradicts`` yields claims whose linked cell (found by the sentence's
    subject: ordinal, name, indicator, staff or asset row, category column, or the
    total row) holds another value, compared with the recomputed value when the
    cell itself is wrong; ``outcome: unmatched`` yields claims that name no row and
    whose figure appears in no column of the right kind. ``metrics`` limits the kinds
    of figures (column roles, ``staff``, ``asset``, ``share``).
    """
    for verdict in walk(report, capaian_options(ctx)).verdicts:
        claim = verdict.claim
        if verdict.outcome != opts.outcome or claim.metric not in opts.metrics:
            continue
        value = claim.figure.value
        # NOTE: revenue is named as such: "realisasi pendapatan", not spending
        revenue = "_pendapatan" if claim.revenue else ""
        metric = say(f"metric.{claim.metric}{revenue}", ctx.lang)
        location = text_location(ctx, claim.sentence, _quote(claim), claim.figure.start)
        if verdict.outcome == "unmatched":
            yield ctx.violation(
                location,
                expected=None,
                actual=shown(value),
                related=[
                    ctx.cell_location(c.table, c.table.row(c.row), c.col)
                    for c in verdict.cells
                ],
                quote=_quote(claim),
                metric=metric,
                where="",
                subject="",
                reason="",
                nowhere=_nowhere(verdict.cells, metric, ctx.lang),
            )
            continue
        for cell in verdict.cells:
            row = cell.table.row(cell.row)
            expected = None if cell.dispute == "tie" else _expected(cell, claim)
            yield ctx.violation(
                location,
                expected=expected,
                actual=shown(value),
                related=[
                    ctx.cell_location(cell.table, row, col)
                    for col in cell.inputs or (cell.col,)
                ],
                quote=_quote(claim),
                metric=metric,
                where=_where(cell, ctx.lang),
                subject=_subject(cell, row),
                reason=_reason(cell, ctx.lang),
            )
