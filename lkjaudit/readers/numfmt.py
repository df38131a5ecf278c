"""Print a number typed in a spreadsheet the way the spreadsheet shows it.

Excel stores ``0.7967`` and a number format ``0.00%``; a reviewer sees ``79,67%``.
The analysis judges rounding from the printed precision, so a reader must hand it
the figure as printed: :func:`render_number` applies the number format (decimals,
grouping, percent, literal text such as ``"Rp "``, ``[$Rp-421]`` currency, the
negative section, thousands scaling) with Indonesian separators (``.`` groups
thousands, ``,`` is the decimal point), as Excel does on an Indonesian system.
Formats it cannot print exactly (scientific, fractions) fall back to General.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from lkjaudit.prose.dates import MONTH_NAMES

__all__ = ["render_date", "render_number"]

_PLACEHOLDER = "0#?"


def _split_sections(fmt: str) -> list[str]:
    sections, current, quoted = [], [], False
    escaped = False
    for ch in fmt:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
    sections.append("".join(current))
    return sections


def _general(value: Decimal) -> str:
    if value == value.to_integral_value() and abs(value) < Decimal("1e15"):
        return str(int(value))
    text = f"{float(value):.10g}"
    if "e" in text:
        return text.upper().replace(".", ",")
    return text.replace(".", ",")


def _digits(value: Decimal, pattern: str) -> str | None:
    """Format ``value`` (non-negative) by a placeholder pattern such as ``#,##0.00``."""
    if "e" in pattern.lower() or "/" in pattern:
        return None
    integer, dot, fraction = pattern.partition(".")
    stripped = integer.rstrip(",")
    scale = len(integer) - len(stripped)
    value = value / (Decimal(1000) ** scale)
    grouping = "," in stripped
    decimals = sum(1 for ch in fraction if ch in _PLACEHOLDER)
    required = sum(1 for ch in fraction if ch == "0")
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{rounded:f}".partition(".")
    if grouping:
        whole = f"{int(whole):,}".replace(",", ".")
    min_int = sum(1 for ch in stripped if ch == "0")
    if int(rounded) == 0 and min_int == 0:
        whole = ""
    elif len(whole) < min_int:
        whole = whole.rjust(min_int, "0")
    frac = frac[:decimals]
    while len(frac) > required and frac.endswith("0"):
        frac = frac[:-1]
    return whole + ("," + frac if dot else "")


def _render_section(value: Decimal, section: str) -> str | None:
    out: list[str] = []
    pattern: list[str] = []
    placed = False
    percent = 0
    k = 0
    while k < len(section):
        ch = section[k]
        if ch == '"':
            end = section.find('"', k + 1)
            end = len(section) if end < 0 else end
            out.append(section[k + 1 : end])
            k = end + 1
            continue
        if ch == "\\" and k + 1 < len(section):
            out.append(section[k + 1])
            k += 2
            continue
        if ch == "*" and k + 1 < len(section):
            # NOTE: a fill repeats its character across the cell's free width
            # ("Rp"* #,##0: Rp at the left, the amount at the right): once here
            out.append(section[k + 1])
            k += 2
            continue
        if ch == "_" and k + 1 < len(section):
            k += 2  # padding to a character's width: nothing to print
            continue
        if ch == "[":
            end = section.find("]", k)
            end = len(section) if end < 0 else end
            inner = section[k + 1 : end]
            if inner.startswith("$"):
                out.append(inner[1:].split("-")[0])
            k = end + 1
            continue
        if ch in _PLACEHOLDER or (pattern and ch in ",.") or (ch == "." and not placed):
            if not placed:
                placed = True
                out.append("\x00")
            pattern.append(ch)
            k += 1
            continue
        if ch == "%":
            percent += 1
        elif ch.isalpha():
            return None  # a date code or scientific notation: not printed here
        out.append(ch)
        k += 1
    if percent:
        value = value * (Decimal(100) ** percent)
    if not placed:
        return "".join(out)
    number = _digits(value, "".join(pattern))
    if number is None:
        return None
    return "".join(out).replace("\x00", number, 1)


def render_number(value: float | int | Decimal, fmt: str | None) -> str:
    """``value`` as a spreadsheet with number format ``fmt`` prints it."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    fmt = (fmt or "General").strip()
    if fmt.lower() in ("general", "@", ""):
        return _general(number)
    sections = _split_sections(fmt)
    negative = number < 0
    if negative and len(sections) > 1 and sections[1]:
        text = _render_section(-number, sections[1])
    elif number == 0 and len(sections) > 2 and sections[2]:
        text = _render_section(number, sections[2])
    else:
        text = _render_section(abs(number), sections[0])
        if text is not None and negative and re.search(r"[1-9]", text):
            text = "-" + text
    return _general(number) if text is None else text.strip()


def render_date(value: dt.datetime | dt.date | dt.time, fmt: str | None) -> str:
    """A date as an Indonesian reader reads it: ``28 Juni 2024`` or ``28/06/2024``."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    fmt = (fmt or "").lower()
    day = value.day
    if "mmmm" in fmt:
        text = f"{day} {MONTH_NAMES[value.month - 1]} {value.year}"
    elif "mmm" in fmt:
        text = f"{day} {MONTH_NAMES[value.month - 1][:3]} {value.year}"
    else:
        text = f"{day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, dt.datetime) and (value.hour or value.minute) and "h" in fmt:
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text
