"""Dates in the prose: weekdays, impossible days, the report's own period.

The period is what the report states on its cover (``Triwulan II Tahun 2024`` is
1 April–30 June 2024; a yearly report covers its year). Events it documents (a date
written with its weekday, or in a sentence about an activity) should fall in it, and
the report is signed after it ends. The Perjanjian Kinerja attachment is signed at
the start of the year and is left out, and so is a sentence about signing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.claims import text_location
from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.registry import check
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.dates import (
    WEEKDAY_NAMES,
    DateMention,
    Period,
    find_dates,
    format_date,
    report_period,
)
from lkjaudit.prose.outline import in_pk, signatures
from lkjaudit.prose.text import Sentence, sentences

__all__ = ["DateOptions", "PeriodOptions"]

_EVENT = lazy(
    r"\b(?:acara|kegiatan|rapat|pelantikan|sosialisasi|pembinaan|bimtek|"
    r"dilaksanakan|diselenggarakan|bertempat|dihadiri|di\s*hadiri|kunjungan|"
    r"monitoring|musrenbang|apel|upacara)\b",
    re.IGNORECASE,
)
_FUTURE = lazy(r"\b(?:akan|rencana|direncanakan|dijadwalkan|mendatang)\b", re.I)
# a status date ("per 30 Juni 2024", "s.d. 31 Desember") is not an event
_AS_OF = lazy(
    r"(?:\bper|\bs\.?\s?d\.?|\bs/d|\bsampai(?:\s+dengan)?|\bhingga|\bsejak|"
    r"\bmulai|\bkondisi)\s*(?:tanggal\s*)?$",
    re.IGNORECASE,
)
_LEGAL = lazy(r"\b(?:nomor|tentang|peraturan|keputusan|undang|ditetapkan)\b", re.I)
# NOTE: signing the Perjanjian Kinerja ("PK Tahun 2025 ditandatangani pada …",
# "penandatanganan Perjanjian Kinerja …") is an event of the year, not of a quarter
_PK_SIGNED = lazy(
    r"(?=.*\b(?:perjanjian\s+kinerja|PK)\b)"
    r"(?=.*\b(?:ditandatangani|penandatanganan|menandatangani|ditanda\s*tangani|"
    r"tanda\s+tangan)\b)",
    re.IGNORECASE | re.DOTALL,
)
# NOTE: the report's own evaluation or writing, just after the period it
# evaluates: "rapat evaluasi kinerja triwulan III", "penyusunan laporan kinerja"
_OWN_REVIEW = lazy(
    r"\b(?:evaluasi|penyusunan|menyusun|disusun|reviu|review)\s+(?:\w+\s+){0,2}?"
    r"(?:kinerja|capaian|laporan|lkj(?:ip)?)\b",
    re.IGNORECASE,
)


@per_report
def _mentions(report: Report) -> list[tuple[Sentence, DateMention]]:
    return [
        (sentence, mention)
        for sentence in sentences(report)
        for mention in find_dates(sentence.text)
    ]


class DateOptions(BaseModel):
    """Options of the ``weekday-matches-date`` and ``date-exists`` primitives."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# NOTE: for the English message, beside the Indonesian names the report prints
_DAYS_EN = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


@check(
    "weekday-matches-date",
    options=DateOptions,
    scope="report",
    provides=("date", "day_en", "written_en"),
)
def weekday_matches_date(
    report: Report, opts: DateOptions, ctx: Context
) -> Iterator[Violation]:
    """The weekday written next to a date is that date's weekday.

    ``Hari Rabu Tanggal 28 Juni 2024`` (a Friday): expected ``Jumat``. Dates that do
    not exist are left to ``date-exists``.
    """
    for sentence, mention in _mentions(report):
        day = mention.date
        if day is None or mention.weekday is None or day.weekday() == mention.weekday:
            continue
        yield ctx.violation(
            text_location(ctx, sentence, mention.raw, mention.start),
            expected=WEEKDAY_NAMES[day.weekday()],
            actual=mention.weekday_raw,
            date=format_date(day),
            day_en=_DAYS_EN[day.weekday()],
            written_en=_DAYS_EN[mention.weekday],
        )


@check("date-exists", options=DateOptions, scope="report", provides=("date",))
def date_exists(report: Report, opts: DateOptions, ctx: Context) -> Iterator[Violation]:
    """Every date written with a day names a day that exists (no 31 Juni)."""
    for sentence, mention in _mentions(report):
        if mention.day is None or mention.valid:
            continue
        yield ctx.violation(
            text_location(ctx, sentence, mention.raw, mention.start),
            expected=None,
            actual=mention.raw,
            date=mention.raw,
        )


class PeriodOptions(BaseModel):
    """Options of the period primitives."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    # NOTE: a quarterly report's figures are often cumulative ("s/d TW II"); set
    # this to accept events from 1 January of the year.
    from_start_of_year: bool = False


def _window(
    report: Report, period: Period, opts: PeriodOptions
) -> tuple[date, date, str]:
    """The days events may fall on, and the period as a message names it.

    A quarterly report whose own headings, captions or column headers state its
    figures up to its quarter (``S/D TW II TAHUN 2024``, ``Realisasi s.d. Triwulan
    II``) covers the year so far: its window opens on 1 January.
    """
    year_start = date(period.end.year, 1, 1)
    if period.start == year_start:
        return period.start, period.end, period.label
    if opts.from_start_of_year:
        return year_start, period.end, period.label
    if _cumulative(report, period):
        return year_start, period.end, f"s.d. {period.label}"
    return period.start, period.end, period.label


def _cumulative(report: Report, period: Period) -> bool:
    """The report states its figures up to the quarter it reports on.

    A short paragraph (a heading), a caption or a column header that names the
    running total up to that quarter (:func:`~lkjaudit.analysis.periods.period_of`).
    """
    from lkjaudit.analysis.periods import period_of

    quarter = (period.end.month + 2) // 3
    texts = [p.text for p in report.paragraphs if len(p.text) <= 200]
    for table in report.tables:
        texts.append(table.caption or "")
        texts.extend(f"{c.group} {c.header}" for c in table.columns)
    for text in texts:
        named = period_of(" ".join(text.split()))
        if named is not None and named.cumulative and named.quarter == quarter:
            return True
    return False


def _of_the_year(sentence: Sentence, day: date, period: Period) -> bool:
    """A sentence about signing the PK, dated in the period's year up to its end."""
    return (
        day.year == period.end.year
        and day <= period.end
        and _PK_SIGNED.match(sentence.text) is not None
    )


def _own_review(
    sentence: Sentence, day: date, period: Period, signed: date | None
) -> bool:
    """The report's own evaluation or writing, after the period, before it is signed.

    A quarterly report is written after its quarter: the meeting that evaluates the
    quarter's performance falls after it. Only when the report is signed after its
    period, on or after that day, and the sentence says it evaluates or writes up
    the performance or the report.
    """
    return (
        signed is not None
        and period.end < day <= signed
        and _OWN_REVIEW.search(sentence.text) is not None
    )


def _signed_on(report: Report, period: Period) -> date | None:
    """The report's own signature date, when it is after the period's end."""
    days = [find_dates(s.date_text)[0].date for s in signatures(report) if not s.in_pk]
    late = [d for d in days if d is not None and d >= period.end]
    return max(late, default=None)


def _is_event(sentence: Sentence, mention: DateMention) -> bool:
    if mention.weekday is not None:
        return True
    text = sentence.text
    if _AS_OF.search(text[max(0, mention.start - 24) : mention.start]):
        return False
    return bool(_EVENT.search(text)) and not _LEGAL.search(text)


@check(
    "event-within-period",
    options=PeriodOptions,
    scope="report",
    provides=("date", "period", "start", "end"),
)
def event_within_period(
    report: Report, opts: PeriodOptions, ctx: Context
) -> Iterator[Violation]:
    """Events the report documents fall within the period it reports on.

    An event is a date written with its weekday, or a date in a sentence about an
    activity (acara, rapat, dilaksanakan …) that cites no regulation and announces
    nothing (*akan*, *rencana*). Skips reports whose period cannot be read from the
    cover, signature lines and the Perjanjian Kinerja attachment, sentences about
    signing the PK in the period's year, and the report's own evaluation or
    writing between the period's end and its signature (:func:`_own_review`).
    """
    period = report_period(report)
    if period is None:
        return
    start, end, label = _window(report, period, opts)
    signed = {s.at for s in signatures(report)}
    signed_on = _signed_on(report, period)
    for sentence, mention in _mentions(report):
        day = mention.date
        if day is None or sentence.at in signed or start <= day <= end:
            continue
        if mention.weekday is None and in_pk(report, sentence.at):
            continue
        if not _is_event(sentence, mention) or _FUTURE.search(sentence.text):
            continue
        if _of_the_year(sentence, day, period) or _own_review(
            sentence, day, period, signed_on
        ):
            continue
        yield ctx.violation(
            text_location(ctx, sentence, mention.raw, mention.start),
            expected=f"{format_date(start)} – {format_date(end)}",
            actual=format_date(day),
            date=format_date(day),
            period=label,
            start=format_date(start),
            end=format_date(end),
        )


@check(
    "signature-after-period",
    options=PeriodOptions,
    scope="report",
    provides=("date", "period", "end"),
)
def signature_after_period(
    report: Report, opts: PeriodOptions, ctx: Context
) -> Iterator[Violation]:
    """The report is signed after the period it reports on has ended.

    The report's signature is a "Place, date" line outside the Perjanjian Kinerja
    attachment (whose own date is the start of the year). A month without a day
    ("Juli 2024") is judged by its last day.
    """
    period = report_period(report)
    if period is None:
        return
    own = [s for s in signatures(report) if not s.in_pk]
    for number, signature in enumerate(own, start=1):
        mention = find_dates(signature.date_text)[0]
        latest = mention.latest
        if latest is None or latest >= period.end:
            continue
        yield ctx.violation(
            ctx.text_location(
                f"text/signature:{number}",
                signature.paragraph,
                0,
                f"{signature.place}, {signature.date_text}",
            ),
            expected=f"≥ {format_date(period.end)}",
            actual=signature.date_text,
            date=signature.date_text,
            period=period.label,
            end=format_date(period.end),
        )
