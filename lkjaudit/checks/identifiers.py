"""People in the signature blocks: NIPs well formed, one NIP per person, ages.

A NIP is ``YYYYMMDD YYYYMM G NNN``: birth date, appointment month (TMT CPNS),
gender digit and sequence number (Peraturan Kepala BKN 22/2007).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from lkjaudit.checks.prose_phrases import say
from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Location
from lkjaudit.model.report import Report
from lkjaudit.prose.dates import format_date, report_period
from lkjaudit.prose.people import (
    NipMention,
    birth_date,
    find_nips,
    nip_problems,
    person_key,
)

__all__ = ["NipOptions", "RetirementOptions"]


def _location(ctx: Context, nip: NipMention, number: int) -> Location:
    return ctx.text_location(
        f"text/nip:{number}", nip.paragraph, nip.row, nip.name or nip.raw
    )


def _spaced(digits: str) -> str:
    if len(digits) != 18:
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


class NipOptions(BaseModel):
    """Options of the NIP primitives (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@check(
    "nip-well-formed", options=NipOptions, scope="report", provides=("problem", "name")
)
def nip_well_formed(
    report: Report, opts: NipOptions, ctx: Context
) -> Iterator[Violation]:
    """Every labelled NIP has 18 digits and reads as a NIP.

    Birth date exists; appointment month is 01–12, at age 18 or more, and not after
    the end of the report's period; gender digit 1 or 2; sequence not 000. One
    violation per NIP, naming every problem.
    """
    period = report_period(report)
    on = period.end if period is not None else None
    for number, nip in enumerate(find_nips(report), start=1):
        problems = nip_problems(nip.digits, on)
        if not problems:
            continue
        text = "; ".join(
            say(f"nip.{key}", ctx.lang, part=part) for key, part in problems
        )
        yield ctx.violation(
            _location(ctx, nip, number),
            expected=None,
            actual=_spaced(nip.digits),
            problem=text,
            name=nip.name or "",
        )


@check(
    "same-name-same-nip",
    options=NipOptions,
    scope="report",
    provides=("name", "first_line"),
)
def same_name_same_nip(
    report: Report, opts: NipOptions, ctx: Context
) -> Iterator[Violation]:
    """A person (same name, titles and degrees aside) has one NIP throughout.

    Each later NIP that differs from the first one printed for the name is reported,
    with the first as the expected value and its place as the related location.
    """
    first: dict[str, tuple[int, NipMention]] = {}
    for number, nip in enumerate(find_nips(report), start=1):
        if not nip.name or not (key := person_key(nip.name)):
            continue
        if key not in first:
            first[key] = (number, nip)
            continue
        k, seen = first[key]
        if seen.digits == nip.digits:
            continue
        earlier = _location(ctx, seen, k)
        yield ctx.violation(
            _location(ctx, nip, number),
            expected=_spaced(seen.digits),
            actual=_spaced(nip.digits),
            related=[earlier],
            name=nip.name,
            first_line=str(earlier.line),
        )


class RetirementOptions(BaseModel):
    """Options of the ``below-retirement-age`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    # NOTE: batas usia pensiun (BUP) of administrative officials (pejabat
    # administrasi: camat, sekretaris, kepala seksi) is 58 years, PP 11/2017
    # art. 239 as amended by PP 17/2020; pejabat pimpinan tinggi 60, some
    # functional posts 60–65. The pension starts the month after the birthday.
    retirement_age: int = Field(default=58, ge=40, le=75)


def _last_day_in_post(born: date, age: int) -> date:
    year = born.year + age
    return date(year, born.month, calendar.monthrange(year, born.month)[1])


@check(
    "below-retirement-age",
    options=RetirementOptions,
    scope="report",
    provides=("name", "age", "retirement_age", "on"),
)
def below_retirement_age(
    report: Report, opts: RetirementOptions, ctx: Context
) -> Iterator[Violation]:
    """A person signing the report has not passed the retirement age.

    The age is taken from the NIP's birth date at the end of the report's period;
    a civil servant serves until the end of the month of the birthday on which they
    reach ``retirement_age``. Skips reports without a period.
    """
    period = report_period(report)
    if period is None:
        return
    on = period.end
    seen: set[str] = set()
    for number, nip in enumerate(find_nips(report), start=1):
        born = birth_date(nip.digits)
        if born is None or nip.digits in seen:
            continue
        seen.add(nip.digits)
        last = _last_day_in_post(born, opts.retirement_age)
        if on <= last:
            continue
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        yield ctx.violation(
            _location(ctx, nip, number),
            expected=f"< {opts.retirement_age}",
            actual=str(age),
            name=nip.name or _spaced(nip.digits),
            age=str(age),
            retirement_age=str(opts.retirement_age),
            on=format_date(on),
        )
