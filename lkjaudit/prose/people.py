"""NIPs (the 18-digit civil-servant number) and the names printed above them.

A NIP reads ``YYYYMMDD YYYYMM G NNN``: date of birth, the month of appointment as a
candidate civil servant (TMT CPNS), gender (1 man, 2 woman) and a sequence number
(BKN, Peraturan Kepala BKN 22/2007). It is usually printed under a signature, with
or without spaces: ``NIP. 19670916 198809 1 001``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report
from lkjaudit.prose.cache import per_report

__all__ = ["NipMention", "find_nips", "nip_problems", "person_key"]

_NIP = lazy(r"\bNIP\b\.?\s*:?\s*(?P<digits>\d[\d ]{8,24}\d)", re.IGNORECASE)
_TITLES = lazy(r"^(?:(?:dr|drs|dra|ir|h|hj|prof|kh|r|raden)\.?\s+)+", re.IGNORECASE)
_NAME_LABEL = lazy(r"^\s*nama\s*:\s*(?P<name>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class NipMention:
    """A NIP in the text and the name printed with it (if any)."""

    digits: str  # the digits only
    raw: str  # as printed
    paragraph: int  # index of its paragraph in Report.paragraphs
    row: int  # the paragraph's text line (from 0) it is on
    name: str | None  # as printed: "TRIKONDO CAHYONO, S.Sos"


def person_key(name: str) -> str:
    """A name without titles, degrees, case or punctuation, for comparing people."""
    head = name.split(",")[0]
    head = _TITLES.sub("", head.strip())
    return " ".join(re.findall(r"[a-z]+", head.lower()))


def _looks_like_name(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 70 or any(ch.isdigit() for ch in text):
        return False
    head = text.split(",")[0]
    words = re.findall(r"[A-Za-z'.]+", head)
    return 1 <= len(words) <= 6 and not head.rstrip().endswith(":")


def _name_before(lines: list[str], k: int) -> str | None:
    for back in range(k - 1, max(-1, k - 3), -1):
        text = lines[back].strip()
        if not text:
            continue
        label = _NAME_LABEL.match(text)
        if label:
            return label.group("name").strip()
        return text if _looks_like_name(text) else None
    return None


@per_report
def find_nips(report: Report) -> list[NipMention]:
    """Every labelled NIP in the prose, with the name above it or after ``Nama :``."""
    found: list[NipMention] = []
    previous: list[str] = []
    for index, para in enumerate(report.paragraphs):
        lines = para.text.split("\n")
        for k, text in enumerate(lines):
            for m in _NIP.finditer(text):
                digits = re.sub(r"\D", "", m.group("digits"))
                context = previous[-2:] + lines[:k] if k < 2 else lines[:k]
                name = _name_before(context, len(context))
                found.append(NipMention(digits, m.group(0), index, k, name))
        previous = lines
    return found


def _plausible_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or year < 1900:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def nip_problems(digits: str, on: date | None = None) -> list[tuple[str, str]]:
    """What is wrong with a NIP, as (problem key, offending part) pairs.

    ``on`` is the report's date: an appointment after it is impossible.
    """
    if len(digits) != 18:
        return [("length", str(len(digits)))]
    problems: list[tuple[str, str]] = []
    birth = _plausible_date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    tmt_year, tmt_month = int(digits[8:12]), int(digits[12:14])
    if birth is None:
        problems.append(("birth", digits[0:8]))
    if not (1 <= tmt_month <= 12) or tmt_year < 1900:
        problems.append(("tmt", digits[8:14]))
    elif birth is not None:
        age = tmt_year - birth.year - ((tmt_month, 1) < (birth.month, birth.day))
        if age < 18:
            problems.append(("young", str(age)))
        if on is not None and (tmt_year, tmt_month) > (on.year, on.month):
            problems.append(("future", digits[8:14]))
    if digits[14] not in "12":
        problems.append(("gender", digits[14]))
    if digits[15:18] == "000":
        problems.append(("sequence", digits[15:18]))
    return problems


def birth_date(digits: str) -> date | None:
    """The date of birth a well-formed NIP starts with."""
    if len(digits) != 18:
        return None
    return _plausible_date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
