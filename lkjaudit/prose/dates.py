"""Indonesian dates, weekdays and the period a report covers.

``Hari Kamis 27 Juni 2024``, ``Rabu Tanggal 28 Juni 2024``, ``Selasa, 02 Juli
2024``, ``27/06/2024``, ``Lumajang, Juli 2024`` (a month without a day),
``Pebruari``, ``Nopember``, ``Agt``. The period comes from the cover:
``Triwulan II Tahun 2024`` is 1 April–30 June 2024, ``Semester I`` the first half,
and a report that names only its year covers the whole year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from datetime import date

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Paragraph, Report
from lkjaudit.prose.cache import per_report

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "DateMention",
    "Period",
    "find_dates",
    "format_date",
    "report_period",
]

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agus": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
}
# Monday = 0, as datetime.weekday()
WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jumʼat": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
MONTH_NAMES = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
WEEKDAY_NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted((re.escape(k) for k in WEEKDAYS), key=len, reverse=True))
_DATE = lazy(
    rf"(?:(?:\bhari\s+)?\b(?P<wd>{_DAY})\b\s*[,/]?\s*(?:(?:tanggal|tgl\.?)\s*:?\s*)?)?"
    rf"(?:(?P<d>\d{{1,2}})\s*(?:(?P<m>{_MONTH})\.?|[-/.](?P<mn>\d{{1,2}})[-/.])\s*"
    rf"(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


_YEAR_DIGITS = lazy(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``day`` is None for "Juli 2024"."""

    start: int
    end: int
    raw: str
    year: int
    month: int
    day: int | None
    weekday: int | None  # the weekday written next to it (Monday = 0)
    weekday_raw: str | None

    @property
    def valid(self) -> bool:
        """The day exists in that month (always true without a day)."""
        if not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        return 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]

    @property
    def date(self) -> dt.date | None:
        """The calendar date, when it has a day and exists."""
        if self.day is None or not self.valid:
            return None
        return dt.date(self.year, self.month, self.day)

    @property
    def latest(self) -> dt.date | None:
        """The last day the mention can stand for (a month: its last day)."""
        if not self.valid:
            return None
        if self.day is not None:
            return date(self.year, self.month, self.day)
        last = calendar.monthrange(self.year, self.month)[1]
        return date(self.year, self.month, last)


def find_dates(text: str) -> list[DateMention]:
    """Every date in a text, with the weekday written next to it if any."""
    found: list[DateMention] = []
    if not _YEAR_DIGITS.search(text):
        return found
    for m in _DATE.finditer(text):
        wd_raw = m.group("wd")
        weekday = WEEKDAYS.get(wd_raw.lower()) if wd_raw else None
        if m.group("y2"):
            month = MONTHS[m.group("m2").lower()]
            found.append(
                DateMention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    int(m.group("y2")),
                    month,
                    None,
                    None,
                    None,
                )
            )
            continue
        month_name = m.group("m")
        month = MONTHS[month_name.lower()] if month_name else int(m.group("mn"))
        found.append(
            DateMention(
                m.start(),
                m.end(),
                m.group(0).strip(),
                int(m.group("y")),
                month,
                int(m.group("d")),
                weekday,
                wd_raw,
            )
        )
    return found


@dataclass(frozen=True)
class Period:
    """The period a report covers, as it states it on its cover."""

    start: date
    end: date
    label: str  # "Triwulan II 2024", "Tahun 2023"
    line: int | None


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINAL = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "satu": 1}
_PART = r"(?P<n>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)"
_QUARTER = lazy(
    rf"\b(?:triwulan|tw|trw)\.?\s*(?:ke[-\s]?)?{_PART}\b[\s,]*(?:tahun\s+(?:anggaran\s+)?)?"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SEMESTER = lazy(
    r"\bsemester\s*(?:ke[-\s]?)?(?P<n>ii|i|[12]|pertama|kedua)\b[\s,]*"
    r"(?:tahun\s+(?:anggaran\s+)?)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR = lazy(r"\btahun\s+(?:anggaran\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
_COVER_END = lazy(r"^\W*(kata pengantar|daftar isi|bab\s+i\b|ringkasan)", re.I)


def _part(text: str) -> int:
    text = text.lower()
    return _ROMAN.get(text) or _ORDINAL.get(text) or int(text)


def _from_text(text: str, line: int | None) -> Period | None:
    m = _QUARTER.search(text)
    if m:
        q, year = _part(m.group("n")), int(m.group("y"))
        first = 3 * q - 2
        last = calendar.monthrange(year, 3 * q)[1]
        roman = "I" * q if q < 4 else "IV"
        return Period(
            date(year, first, 1),
            date(year, 3 * q, last),
            f"Triwulan {roman} {year}",
            line,
        )
    m = _SEMESTER.search(text)
    if m:
        s, year = _part(m.group("n")), int(m.group("y"))
        start, end = (
            (date(year, 1, 1), date(year, 6, 30))
            if s == 1
            else (
                date(year, 7, 1),
                date(year, 12, 31),
            )
        )
        return Period(start, end, f"Semester {'I' * s} {year}", line)
    m = _YEAR.search(text)
    if m:
        year = int(m.group("y"))
        return Period(date(year, 1, 1), date(year, 12, 31), f"Tahun {year}", line)
    return None


@per_report
def report_period(report: Report) -> Period | None:
    """The period from the cover: the paragraphs before Kata Pengantar or BAB I.

    A quarter or semester anywhere on the cover wins over a bare year. The
    Perjanjian Kinerja is no part of the cover, though a workbook may put its sheet
    first: its title ("PERJANJIAN KINERJA TAHUN 2025") states the year it is
    signed for, not the period the report covers.
    """
    from lkjaudit.prose.outline import in_pk
    from lkjaudit.prose.position import paragraph_at

    cover: list[Paragraph] = []
    for para in report.paragraphs:
        if len(cover) == 12 or _COVER_END.match(para.text):
            break
        if not in_pk(report, paragraph_at(report, para)):
            cover.append(para)
    best: Period | None = None
    for para in cover:
        found = _from_text(" ".join(para.text.split()), para.line)
        if found is None:
            continue
        if not found.label.startswith("Tahun"):
            return found
        best = best or found
    return best


def format_date(day: date) -> str:
    """A date the Indonesian way: ``28 Juni 2024``."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
