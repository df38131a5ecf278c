"""Counting and qualitative claims: recount a table, compare with what is said.

``4 program dari total 6 program yang capaiannya di atas 50%`` is recounted over the
table of programs with a capaian column under every reading of its comparison:
*di atas* / *lebih dari* is strictly above; *mencapai* / *minimal* / *sama dengan
atau lebih* is at least. ``sudah tercapai sesuai target`` is compared with the
capaian of the sentence's subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from lkjaudit.analysis.rows import is_average_row
from lkjaudit.checks.arithmetic import RatioOptions
from lkjaudit.checks.claims import text_location
from lkjaudit.checks.prose_phrases import say
from lkjaudit.checks.quotes import (
    NEAREST_TABLES,
    Entity,
    ProseIndex,
    column_for,
    prose_index,
)
from lkjaudit.checks.truth import capaian_options, truth
from lkjaudit.checks.walk import walk
from lkjaudit.engine.context import Context, Violation, display, shown
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Location
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import ColumnRole, Report, Row, RowKind, Table
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import Comparator, CountClaim, Qualitative
from lkjaudit.prose.figures import figures
from lkjaudit.prose.text import contrast_end, contrast_start

__all__ = ["CountClaimOptions", "QualitativeOptions"]

HUNDRED = Decimal(100)
_TEST = {
    ">": lambda v, x: v > x,
    ">=": lambda v, x: v >= x,
    "<": lambda v, x: v < x,
    "<=": lambda v, x: v <= x,
    "=": lambda v, x: v == x,
}
_OTHER: dict[Comparator, tuple[Comparator, ...]] = {
    ">": (">=",),
    ">=": (">",),
    "<": ("<=",),
    "<=": ("<",),
    "=": (),
}
# the unit's key indicators, counted as a whole
_KEY_INDICATORS = lazy(r"\bindikator\s+kinerja\s+utama\b|\biku\b", re.IGNORECASE)
_KINDS = {
    "program": ("program",),
    "kegiatan": ("kegiatan",),
    "sub kegiatan": ("sub_kegiatan",),
    "sasaran": ("sasaran",),
}


@dataclass(eq=False, repr=False)
class _Group:
    """One counted thing (a program, or one indicator) and its value."""

    rows: tuple[Row, ...]
    value: Decimal


@dataclass(eq=False, repr=False)
class _Count:
    table: Table
    groups: tuple[_Group, ...]

    def count(self, comparator: Comparator, threshold: Decimal) -> list[_Group]:
        return [g for g in self.groups if _TEST[comparator](g.value, threshold)]


def _value(
    report: Report,
    table: Table,
    rows: list[Row],
    metric: str,
    capaian: RatioOptions,
) -> Decimal | None:
    col = column_for(table, metric)
    if col is None:
        return None
    values = [
        t.interval.mid
        for r in rows
        # NOTE: each at the figure it should hold, as the capaian rule judges it
        # (a formula the report states, a target copied wrong elsewhere)
        if (t := truth(table, r, col, report, capaian)) is not None
    ]
    if not values:
        return None
    # NOTE: a programme with several indicators counts with their mean capaian,
    # the way reports summarise it ("rata-rata capaian indikator").
    return sum(values, Decimal(0)) / len(values)


def _groups(
    report: Report,
    table: Table,
    claim: CountClaim,
    scope: set[int] | None,
    capaian: RatioOptions,
) -> list[_Group]:
    # NOTE: a mean's row ("Rata-rata Capaian") counts as no thing of its own
    rows = [r for r in table.rows if r.kind != RowKind.TOTAL and not is_average_row(r)]
    if scope is not None:
        rows = [r for r in rows if table.entity_row(r).index in scope]
    groups: list[_Group] = []
    if claim.noun == "indikator":
        for row in rows:
            value = _value(report, table, [row], claim.metric, capaian)
            if value is not None:
                groups.append(_Group((row,), value))
        return groups
    by_entity: dict[int, list[Row]] = {}
    for row in rows:
        by_entity.setdefault(table.entity_row(row).index, []).append(row)
    for members in by_entity.values():
        value = _value(report, table, members, claim.metric, capaian)
        if value is not None:
            groups.append(_Group(tuple(members), value))
    return groups


@per_report
def _table_kinds(report: Report) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for entity in prose_index(report).entities:
        kinds.setdefault(entity.table.id, set()).add(entity.kind)
    return kinds


def _candidates(
    report: Report, claim: CountClaim, capaian: RatioOptions
) -> list[_Count]:
    index = prose_index(report)

    def need(entity: Entity) -> bool:
        return column_for(entity.table, claim.metric) is not None

    subject = index.resolve(claim.prefix, need, at=claim.sentence.near)
    scopes: dict[str, set[int]] = {}
    for entity in subject:
        scopes.setdefault(entity.table.id, set()).add(
            entity.table.entity_row(entity.row).index
        )
    kinds = _KINDS.get(claim.noun)
    found: list[_Count] = []
    at = claim.sentence.near
    # the tables the sentence comments on: the nearest ones above it, then below
    for table in index.tables_near(at):
        if len(found) >= NEAREST_TABLES:
            break
        if column_for(table, claim.metric) is None:
            continue
        if subject and table.id not in scopes:
            continue
        if not subject:
            entity_kinds = _table_kinds(report).get(table.id, set())
            if kinds is None:
                # NOTE: indicators of what? the sentence must say: the unit's
                # key indicators ("indikator kinerja utama", "IKU") or how many
                # there are ("dari 3 indikator"), in a table of indicators
                said = claim.sentence.text[: claim.end]
                if not (_KEY_INDICATORS.search(said) or claim.total):
                    continue
                listed = table.column(ColumnRole.INDIKATOR) is not None
                if not listed and entity_kinds != {"indikator"}:
                    continue
            elif not entity_kinds or not entity_kinds <= set(kinds):
                continue
        groups = _groups(report, table, claim, scopes.get(table.id), capaian)
        if groups:
            found.append(_Count(table, tuple(groups)))
    return found


@dataclass(eq=False, repr=False)
class _Judgement:
    claim: CountClaim
    outcome: Literal["true", "other-reading", "false"]
    table: _Count
    expected: int
    readings: tuple[Comparator, ...]
    total_wrong: bool


def _judge(
    report: Report, claim: CountClaim, capaian: RatioOptions
) -> _Judgement | None:
    candidates = _candidates(report, claim, capaian)
    if claim.total is not None:
        sized = [c for c in candidates if len(c.groups) == claim.total]
        if candidates and not sized:
            first = candidates[0]
            return _Judgement(claim, "false", first, len(first.groups), (), True)
        candidates = sized
    if not candidates:
        return None
    x = claim.threshold.number
    for cand in candidates:
        if len(cand.count(claim.comparator, x)) == claim.count:
            return _Judgement(claim, "true", cand, claim.count, (), False)
    first = candidates[0]
    expected = len(first.count(claim.comparator, x))
    readings = tuple(
        c for c in _OTHER[claim.comparator] if len(first.count(c, x)) == claim.count
    )
    outcome: Literal["other-reading", "false"] = (
        "other-reading" if readings else "false"
    )
    return _Judgement(claim, outcome, first, expected, readings, False)


@per_report
def _judgements(
    report: Report, capaian: RatioOptions
) -> list[tuple[CountClaim, _Judgement | None]]:
    counting = prose_index(report).claims.counting
    return [(c, _judge(report, c, capaian)) for c in counting]


class CountClaimOptions(BaseModel):
    """Options of the ``count-claim`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    outcome: Literal["false", "other-reading"] = "false"


def _related(ctx: Context, judgement: _Judgement) -> list[Location]:
    claim, cand = judgement.claim, judgement.table
    col = column_for(cand.table, claim.metric)
    assert col is not None
    counted = cand.count(claim.comparator, claim.threshold.number)
    return [ctx.cell_location(cand.table, r, col) for g in counted for r in g.rows]


@check(
    "count-claim",
    options=CountClaimOptions,
    scope="report",
    confidence=Confidence.MEDIUM,
    provides=("noun", "wording", "threshold", "where", "reason", "values", "tally"),
)
def count_claim(
    report: Report, opts: CountClaimOptions, ctx: Context
) -> Iterator[Violation]:
    """A counting claim over a table holds when recounted.

    Counts the programmes (kegiatan, sasaran; or the indicators of the programme
    the sentence names) of the nearest table with the claimed metric column, and
    with the claimed total when one is given (``dari total 6 program``). A
    programme with several indicators counts with their mean. ``outcome: false``
    yields claims no reading makes true (and wrong totals); ``outcome:
    other-reading`` yields claims true only under another reading of the
    comparison (*di atas* read as *at least*).
    """
    for claim, judgement in _judgements(report, capaian_options(ctx)):
        if judgement is None or judgement.outcome != opts.outcome:
            continue
        cand = judgement.table
        quote = claim.sentence.text[claim.start : claim.end]
        if judgement.total_wrong:
            reason = say(
                "count.total",
                ctx.lang,
                found=len(cand.groups),
                noun=claim.noun,
                claimed=claim.total,
            )
            expected, actual = str(len(cand.groups)), str(claim.total)
        elif judgement.readings:
            reading = say(f"cmp.{judgement.readings[0]}", ctx.lang)
            reason = say(
                "count.reading",
                ctx.lang,
                reading=reading,
                threshold=shown(claim.threshold.value),
            )
            expected, actual = str(judgement.expected), str(claim.count)
        else:
            reason = say("count.none", ctx.lang)
            expected, actual = str(judgement.expected), str(claim.count)
        # NOTE: how many of the figures listed count ("2 dari 6 ini"), and which
        # figure is no cell's but a mean of a programme's rows
        tally = (
            expected
            if judgement.total_wrong
            else say(
                "count.of",
                ctx.lang,
                found=expected,
                total=len(cand.groups),
                noun=claim.noun,
            )
        )
        values = ", ".join(_shown_value(g, claim, ctx.lang) for g in cand.groups)
        yield ctx.violation(
            text_location(ctx, claim.sentence, quote, claim.start),
            expected=expected,
            actual=actual,
            related=_related(ctx, judgement),
            noun=claim.noun,
            wording=claim.wording or say("cmp.=", ctx.lang),
            threshold=shown(claim.threshold.value),
            where=cand.table.label,
            reason=reason,
            values=values,
            tally=tally,
        )


def _shown_value(group: _Group, claim: CountClaim, lang: str) -> str:
    """A counted figure as printed, or as the mean of its rows it was taken as."""
    shown_value = display(group.value, claim.threshold.value, "%")
    if len(group.rows) < 2:
        return shown_value
    return shown_value + say("count.mean", lang, rows=len(group.rows))


class QualitativeOptions(BaseModel):
    """Options of the ``qualitative-claim`` primitive (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "qualitative-claim",
    options=QualitativeOptions,
    scope="report",
    confidence=Confidence.LOW,
    provides=("wording", "subject", "where"),
)
def qualitative_claim(
    report: Report, opts: QualitativeOptions, ctx: Context
) -> Iterator[Violation]:
    """A statement that a target was met, exceeded or missed agrees with the capaian.

    ("tercapai sesuai target", "melampaui target", "belum mencapai target".)

    The subject is the sasaran, programme or indicator the sentence (or the one
    before it in the paragraph) names, in a table with a capaian column. A positive
    claim is contradicted by a capaian below 100% (at most 100% for "melampaui"), a
    negative one by a capaian of 100% or more. Work said not carried out at all
    ("tidak dapat dilaksanakan", "tidak terlaksana") of a row its own sentence
    names is contradicted by a capaian above 0. Sentences about plans (*akan*,
    *agar*, *diharapkan*) are not claims.
    """
    capaian = capaian_options(ctx)
    pass_ = walk(report, capaian)
    for claim in pass_.index.claims.qualitative:
        sentence = claim.sentence
        key = (sentence.paragraph, sentence.position)
        contrast = _contrast_rows(pass_.index, claim)
        own = (
            contrast
            if contrast is not None
            else pass_.index.resolve(
                f"{claim.lead} {sentence.text}" if claim.lead else sentence.text,
                _has_capaian,
                at=sentence.near,
            )
        )
        # NOTE: "tidak dapat dilaksanakan" only of a row its own sentence names
        subject = own or [
            e
            for e in (
                []
                if claim.nothing or contrast is not None
                else pass_.subjects.get(key, [])
            )
            if column_for(e.table, "capaian") is not None
        ]
        cells = []
        for entity in subject:
            col = column_for(entity.table, "capaian")
            assert col is not None
            found = truth(entity.table, entity.row, col, capaian=capaian)
            if found is not None:
                cells.append((entity, col, found))
        if not cells:
            continue
        mids = [t.interval.mid for _, _, t in cells]
        if claim.nothing:
            # NOTE: "tidak dapat dilaksanakan": any capaian above 0 says otherwise,
            # unless the sentence itself gives that capaian ("capaiannya hanya 25%
            # … sehingga kinerjanya tidak bisa dilaksanakan"): then the phrase
            # explains the shortfall, it does not deny the figure
            stated = [
                f.number
                for f in figures(f"{claim.lead} {sentence.text}")
                if f.kind == "pct"
            ]
            bad = all(m > 0 for m in mids) and not any(
                t.interval.lo <= figure <= t.interval.hi
                for figure in stated
                for _, _, t in cells
            )
        elif claim.positive:
            bad = (
                all(m <= HUNDRED for m in mids)
                if claim.exceeded
                else all(m < HUNDRED for m in mids)
            )
        else:
            bad = all(m >= HUNDRED for m in mids)
        if not bad:
            continue
        entity, col, found = cells[0]
        yield ctx.violation(
            text_location(ctx, sentence, claim.wording, claim.start),
            expected=display(found.interval.mid, found.printed, "%"),
            actual=claim.wording,
            related=[ctx.cell_location(entity.table, entity.row, col)],
            wording=claim.wording,
            subject=entity.table.label_of(entity.row),
            where=f"{entity.table.label}",
        )


def _has_capaian(entity: Entity) -> bool:
    return column_for(entity.table, "capaian") is not None


def _contrast_rows(index: ProseIndex, claim: Qualitative) -> list[Entity] | None:
    """The rows a claim's contrasting clause names, or None when it names none.

    "NTP sebesar 105,62 …, sedangkan Nilai SAKIP sebesar 70,85 belum mencapai
    target": the clause the wording is in, from the contrast before it to the
    next, names Nilai SAKIP, which is what did not reach its target. Its rows
    with a capaian ([] for none: never the earlier clause's); None when no
    contrast comes before the wording or its clause names no row.
    """
    text = claim.sentence.text
    start = contrast_start(text, claim.start)
    if start is None:
        return None
    clause = text[start : contrast_end(text, claim.start + len(claim.wording))]
    at = claim.sentence.near
    if not (
        index.resolve(clause, _any_row, at=at)
        or index.resolve_unitless(clause, _any_row, at=at)
    ):
        return None
    return index.resolve(clause, _has_capaian, at=at) or index.resolve_unitless(
        clause, _has_capaian, at=at
    )


def _any_row(entity: Entity) -> bool:
    return True
