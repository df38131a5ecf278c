"""Parse and format numbers the way Indonesian reports write them.

``1.925.038.095`` (dot groups thousands), ``62,71 %`` (comma is the decimal point),
``Rp. 1.766.454.116``, ``-`` (zero or nothing), ``- dokumen``, ``1110 keluarga``,
``12 orang/ bulan``, ``60,5 (B-)``, ``-151.500``, fused cells such as
``25 % 1.200.000``, and a ``.`` decimal point in percentage columns (``88.6``).
A target may be a range rather than one figure: ``60 - 85 %``, ``6 – 9 hari``,
``≥ 80``, ``≤ 5``, ``maks. 5``, ``min 80`` (:attr:`ValueKind.RANGE`, both ends kept).

A value remembers how many decimals it was printed with, because rounding is judged
from the printed precision, never from a fixed epsilon. A mistyped number such as
``482.9R47.500`` is kept as :attr:`ValueKind.MALFORMED` with a proposed repair;
a date (``12.05.2024``, ``12/05/2024``) or an IP address is text, never a figure.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from lkjaudit.model.lazyre import lazy

__all__ = [
    "Bounds",
    "Quantity",
    "Value",
    "ValueKind",
    "dotted_repair",
    "format_number",
    "format_value",
    "normalize_unit",
    "parse_money",
    "parse_value",
]


class ValueKind(StrEnum):
    """What a cell holds once parsed."""

    NUMBER = "number"
    DASH = "dash"  # "-" with or without a unit: zero, or nothing reported
    TEXT = "text"
    EMPTY = "empty"
    MALFORMED = "malformed"
    RANGE = "range"  # "60 - 85 %", "≥ 80", "maks. 5": an interval, no one figure


# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType has
# a __getattr__); the parser, run per cell, reads these module constants
_NUMBER, _DASH, _TEXT = ValueKind.NUMBER, ValueKind.DASH, ValueKind.TEXT
_EMPTY, _MALFORMED = ValueKind.EMPTY, ValueKind.MALFORMED
_RANGE = ValueKind.RANGE


# NOTE: values are plain frozen dataclasses, not pydantic models: a large report
# parses tens of thousands of cells, and validation would re-check what the parser
# has just built. Models that hold them (pydantic) keep the instances as they are.


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number (or dash) with its unit, as printed."""

    raw: str
    number: Decimal | None  # 0 for a dash; None only when malformed
    unit: str | None = None  # normalised: "%", "rp", "dokumen", "orang/bulan"
    decimals: int = 0  # digits printed after the decimal separator
    dash: bool = False
    note: str | None = None  # "(B-)" after an index value
    repair: Decimal | None = None  # proposed reading of a malformed number


@dataclass(frozen=True, slots=True)
class Bounds:
    """The ends of a range, exact as printed; None for an open end (``≥ 80``)."""

    low: Decimal | None
    high: Decimal | None
    low_decimals: int = 0
    high_decimals: int = 0

    def contains(self, number: Decimal) -> bool:
        """Whether a figure lies in the range, its ends included."""
        return (self.low is None or self.low <= number) and (
            self.high is None or number <= self.high
        )


@dataclass(frozen=True, slots=True)
class Value:
    """A parsed cell: its kind, its first quantity and any further fused ones."""

    raw: str
    kind: ValueKind
    number: Decimal | None = None
    unit: str | None = None
    decimals: int = 0
    note: str | None = None
    repair: Decimal | None = None
    parts: tuple[Quantity, ...] = ()  # every quantity in the cell, in order
    bounds: Bounds | None = None  # a RANGE's ends
    # printed to the whole rupiah though with decimals: an amount in thousands
    # with three (``4.650,000``), so exact as an integer in rupiah is
    whole: bool = False

    @property
    def is_number(self) -> bool:
        """True for a number or a dash (a dash counts as zero)."""
        return self.kind in (_NUMBER, _DASH)

    @property
    def is_percent(self) -> bool:
        """True when the unit is a percent sign."""
        return self.unit == "%"

    @property
    def exact(self) -> bool:
        """Whether the printed figure is exact rather than rounded.

        Integers (targets, counts, rupiah) are taken as exact, and so is an
        amount printed to the whole rupiah in thousands or millions (``whole``);
        a figure printed with decimals stands for the interval its last digit
        rounds.
        """
        return self.decimals == 0 or self.whole


# --------------------------------------------------------------------------- units

_UNIT_ALIASES = {
    "%": "%",
    "persen": "%",
    "prosen": "%",
    "percent": "%",
    # per mil (deaths per 1.000 patients: NDR, GDR)
    "permil": "‰",
    "per mil": "‰",
    "o/oo": "‰",
    "rp": "rp",
    "rp.": "rp",
    "idr": "rp",
    "rupiah": "rp",
}


_SPACES = lazy(r"\s+")
_SLASH = lazy(r"\s*/\s*")


@lru_cache(maxsize=4096)
def normalize_unit(text: str | None) -> str | None:
    """Return a comparable unit: lower case, single spaces, no space around ``/``."""
    # NOTE: memoised: a report prints a few units, on every row of its tables
    if text is None:
        return None
    unit = _SPACES.sub(" ", text.strip().lower())
    unit = _SLASH.sub("/", unit).strip(" .,:;")
    if not unit:
        return None
    return _UNIT_ALIASES.get(unit, unit)


# ------------------------------------------------------------------------- parsing

_MARKUP = lazy(r"</?(?:i|b|em|strong|u|sup|sub)>|\*\*|__", re.IGNORECASE)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_ONLY = lazy(rf"^[{_DASHES}]$")
_RP = lazy(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_NOTE = lazy(r"\s*\(([^()]{1,12})\)\s*$")
# a number token: optional sign, digits with . and , separators
_NUM = lazy(rf"(?<![\w.,])([{_DASHES}]?)(\d[\d.,]*\d|\d)(?![\w])")
# a unit runs until the next number, dash, note or end of the cell
_UNIT = lazy(
    r"\s*((?:%|‰|[A-Za-z]+\d\b|[A-Za-z][\w/.\- ]*?|/[\w ]+?))"
    rf"(?=\s*(?:$|[{_DASHES}]\s|[{_DASHES}]$|\(|\d|rp\.?\s*\d))",
    re.IGNORECASE,
)
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_GLUED = lazy(r"^\d[\d.,]*[A-Za-z|]{1,2}[\d.,]*\d$")
# NOTE: the patterns below are compiled once: parse_value runs for every distinct
# cell text of a report, and re's own cache lookup per call is a visible cost.
_ROW_NUMBER = lazy(r"\d{1,3}[.)]")
_GLUED_TAIL = lazy(r"\d[A-Za-z]{1,2}\d?$")
# NOTE: the 2021 nomenclature numbers sub kegiatan with a 4-digit last part
# (1.05.01.2.02.0001), which no digit grouping can produce
_ROW_CODE = lazy(r"\d{1,2}(?:\.\d{1,2}){2,}(?:\.\d{4})?\.?")
_SEPARATED = lazy(r"[\d.,]+")
_ID_GROUPS = lazy(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPS = lazy(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")
_COMMA_DECIMAL = lazy(r"\d+,\d+")
_DOT_DECIMAL = lazy(r"\d+\.\d+")
_NEGATIVE_RP = lazy(rf"[{_DASHES}]\s*(?=(?:rp\.?|idr)\s*\d)", re.IGNORECASE)
_NUMBER_TOKEN = lazy(rf"([{_DASHES}]?)(\d[\d.,]*\d|\d)")
_NOTE_AFTER = lazy(r"\s*\(([^()]{1,12})\)")


def _clean(text: str) -> str:
    if "<" in text or "**" in text or "__" in text:
        text = _MARKUP.sub("", text)
    # NOTE: str.split() and re's \s agree on what whitespace is (no-break space too)
    return " ".join(text.split())


def _read_digits(body: str, percent: bool) -> tuple[Decimal, int] | None:
    """Read the digit string of one number; None when its separators are malformed."""
    dots, commas = body.count("."), body.count(",")
    if dots == 0 and commas == 0:
        return Decimal(body), 0
    if _ID_GROUPS.fullmatch(body):
        # Indonesian grouping; a single 3-digit group in a percentage is a decimal
        if percent and dots == 1 and commas == 0:
            return Decimal(body), 3
        integer, _, frac = body.partition(",")
        return Decimal(integer.replace(".", "") + ("." + frac if frac else "")), len(
            frac
        )
    if _EN_GROUPS.fullmatch(body):
        integer, _, frac = body.partition(".")  # English grouping
        return Decimal(integer.replace(",", "") + ("." + frac if frac else "")), len(
            frac
        )
    if _COMMA_DECIMAL.fullmatch(body):
        integer, frac = body.split(",")
        return Decimal(f"{integer}.{frac}"), len(frac)
    if _DOT_DECIMAL.fullmatch(body):
        # "88.6", "100.00": a dot used as the decimal point
        return Decimal(body), len(body.split(".")[1])
    return None


def _repair(token: str, percent: bool = False) -> Decimal | None:
    """Propose a reading for a glued or mistyped number, or None.

    Look-alike letters read as the digits they stand for (O as 0, l and I as
    1), any other letter is dropped; the result must follow the Indonesian
    grouping, or, in a percentage column, read as a decimal (``38.65O``: 38,650).
    """
    candidate = token.translate(_LOOKALIKE)
    candidate = re.sub(r"[A-Za-z|]", "", candidate)
    candidate = re.sub(r"([.,])\1+", r"\1", candidate)
    if _ID_GROUPS.fullmatch(candidate) or (
        percent
        and (_COMMA_DECIMAL.fullmatch(candidate) or _DOT_DECIMAL.fullmatch(candidate))
    ):
        read = _read_digits(candidate, percent=percent)
        return read[0] if read else None
    return None


# a figure whose digit groups after the first hold a mistyped letter: an O for a
# 0 or an l/I for a 1 anywhere in a group, or a stray letter between its digits
# (482.9R4, 38.65O, 1.250.5O0)
_TYPO_TOKEN = lazy(r"\d[0-9OoIl|]{0,2}(?:[.,][0-9A-Za-z|]+)+|\d+[.,][0-9A-Za-z|]+")
_TYPO_GROUP = lazy(r"[0-9OoIl|]*\d[0-9OoIl|]*|[Oo]{3}|\d+[A-Za-z]{1,2}\d+")
_GROUP_SEPARATOR = lazy(r"[.,]")
# what may follow a mistyped figure in its cell: nothing, a % or a unit word
_TYPO_REST = lazy(r"(?:%|[A-Za-z][A-Za-z/ .]{0,24})?")


def _typo(token: str, rest: str) -> bool:
    """Whether a token is a figure with a mistyped letter in a digit group."""
    if token.endswith("%") and not rest:
        token, rest = token[:-1], "%"
    if not _TYPO_TOKEN.fullmatch(token) or not _TYPO_REST.fullmatch(rest):
        return False
    if token[-1] == "l":
        return False  # "2,5l": litres, as a unit glued to its figure
    groups = _GROUP_SEPARATOR.split(token)
    if any(len(g) != 3 for g in groups[1:-1]):
        return False  # a code such as 1.05.01.2.O1: no figure groups so
    lettered = [g for g in groups if not g.isdigit()]
    return bool(lettered) and all(_TYPO_GROUP.fullmatch(g) for g in lettered)


def _quantities(text: str, percent: bool) -> list[Quantity] | None:
    """Split a cell into quantities; None when it is not a sequence of numbers."""
    rest = text
    found: list[Quantity] = []
    while rest:
        rest = rest.lstrip()
        if not rest:
            break
        negative = _NEGATIVE_RP.match(rest)
        if negative:
            rest = rest[negative.end() :]
        currency = _RP.match(rest)
        if currency:
            rest = rest[currency.end() :]
        sign = "-" if negative else ""
        number: Decimal | None
        if rest[0] in _DASHES and (len(rest) == 1 or not rest[1].isdigit()):
            raw_num, number, decimals, dash = rest[0], Decimal(0), 0, True
            rest = rest[1:]
        else:
            match = _NUMBER_TOKEN.match(rest)
            if not match:
                return None
            own_sign, body = match.groups()
            read = _read_digits(body, percent)
            if read is None:
                return None
            number, decimals = read
            if sign or own_sign:
                number = -number
            raw_num, dash = match.group(0), False
            rest = rest[match.end() :]
        # the unit runs until the next number, dash-token or note
        unit_match = _UNIT.match(rest)
        unit = None
        if unit_match and unit_match.group(1).strip():
            unit = unit_match.group(1)
            rest = rest[unit_match.end() :]
        if currency:
            unit = unit or "rp"
        note_match = _NOTE_AFTER.match(rest)
        note = None
        if note_match:
            note = note_match.group(1).strip()
            rest = rest[note_match.end() :]
        found.append(
            Quantity(
                raw=raw_num,
                number=number,
                unit=normalize_unit(unit),
                decimals=decimals,
                dash=dash,
                note=note,
            )
        )
    return found or None


# NOTE: text that starts with one of these letters can be neither a number nor a
# currency prefix (rp, idr), so it is text without further tests
_WORD_START = frozenset(string.ascii_letters) - set("rRiI")


# NOTE: digits, or digits grouped by dots, are the commonest figures of a report;
# they are read here as the general path below reads them
_PLAIN = lazy(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")


def _plain(raw: str, text: str, percent: bool) -> Value:
    dots = text.count(".")
    if dots == 0 or (percent and dots == 1):
        number, decimals = Decimal(text), 3 * dots  # "12.345" in a % column
    else:
        number, decimals = Decimal(text.replace(".", "")), 0
    part = Quantity(raw=text, number=number, decimals=decimals)
    return Value(raw=raw, kind=_NUMBER, number=number, decimals=decimals, parts=(part,))


_PLAIN_PERCENT = lazy(r"(-?)([0-9]+)(?:,([0-9]+))? ?%")


def _percentage(raw: str, match: re.Match[str]) -> Value:
    sign, integer, frac = match.groups()
    number = Decimal(f"{integer}.{frac}") if frac else Decimal(integer)
    if sign:
        number = -number
    decimals = len(frac) if frac else 0
    token = f"{sign}{integer},{frac}" if frac else f"{sign}{integer}"
    part = Quantity(raw=token, number=number, unit="%", decimals=decimals)
    return Value(
        raw=raw,
        kind=_NUMBER,
        number=number,
        unit="%",
        decimals=decimals,
        parts=(part,),
    )


def _looks_numeric(text: str) -> bool:
    head = _RP.sub("", text)
    return bool(head) and (head[0].isdigit() or head[0] in _DASHES)


# a range's figure and the unit it may carry (``60 %``, ``9 hari``)
_RANGE_NUM = r"(\d[\d.,]*\d|\d)\s*(%|‰|[A-Za-z][A-Za-z/.]*(?: [A-Za-z/.]+){0,2})?"
# between the two ends: a dash with a space either side, an en or em dash with
# or without spaces, or "s.d." / "s/d" / "sampai (dengan)"; a hyphen without
# spaces is a code, a date or a negative figure, never a range
_RANGE_SEP = (
    rf"\s+[{_DASHES}]\s+|\s*[\u2013\u2014]\s*"
    r"|\s+(?:s\.\s?d\.?|s/d|sd|sampai(?:\s+dengan)?)\s+"
)
_TWO_ENDS = lazy(rf"{_RANGE_NUM}(?:{_RANGE_SEP}){_RANGE_NUM}", re.IGNORECASE)
_ONE_END = lazy(
    r"(≥|>=|>|≤|=<|<=|<|maks(?:imal|imum)?\.?|min(?:imal|imum)?\.?)"
    rf"\s*{_RANGE_NUM}",
    re.IGNORECASE,
)
_AT_LEAST = ("≥", ">=", ">", "min")
_MONTHS = lazy(
    r"jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec", re.IGNORECASE
)
_YEAR_END = lazy(r"(?:19|20)\d\d")


def _end(body: str, unit: str | None, percent: bool) -> tuple[Decimal, int] | None:
    """One end of a range: its figure and decimals; None when it is no figure."""
    return _read_digits(body, percent or unit == "%")


def _range(raw: str, text: str, percent: bool) -> Value | None:
    """A target range (``60 - 85 %``) or a bound (``≥ 80``); None for anything else.

    Both ends of ``low - high`` carry the same unit or one of them none, and the
    low end is below the high one; two years (``2021 – 2026``) and days of a
    month (``1 - 31 Januari``) are no range.
    """
    if match := _TWO_ENDS.fullmatch(text):
        low_body, low_unit, high_body, high_unit = match.groups()
        if (
            low_unit
            and high_unit
            and normalize_unit(low_unit) != normalize_unit(high_unit)
        ):
            return None
        unit = high_unit or low_unit
        if unit and _MONTHS.match(unit):
            return None
        if (
            unit is None
            and _YEAR_END.fullmatch(low_body)
            and _YEAR_END.fullmatch(high_body)
        ):
            return None
        low, high = _end(low_body, unit, percent), _end(high_body, unit, percent)
        if low is None or high is None or low[0] >= high[0]:
            return None
        bounds = Bounds(low[0], high[0], low[1], high[1])
    elif match := _ONE_END.fullmatch(text):
        sign, body, unit = match.groups()
        end = _end(body, unit, percent)
        if end is None:
            return None
        if sign.lower().startswith(_AT_LEAST):
            bounds = Bounds(end[0], None, low_decimals=end[1])
        else:
            bounds = Bounds(None, end[0], high_decimals=end[1])
    else:
        return None
    return Value(raw=raw, kind=_RANGE, unit=normalize_unit(unit), bounds=bounds)


# what a range or a bound starts with: a digit, or a comparison sign or word
_RANGE_START = frozenset("0123456789≥≤<>mM")


# a date written with slashes or hyphens and a four-digit year, day or year first
# (12/05/2024, 2024-05-12); with slashes only, a two-digit year (13/05/24) or the
# month first, as a spreadsheet in an English locale writes it (5/13/2024): with
# hyphens those are as often figures listed ("6-12-24 bulan")
_SLASHED_DATE = lazy(
    r"(?:0?[1-9]|[12]\d|3[01])([/-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d"
    r"|(?:19|20)\d\d([/-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/\d\d"
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:(?:19|20)\d\d|\d\d)"
)


# a negative in brackets, as accounting prints it: grouped thousands or decimals
# ("(1.250.000)", "(2,96)", "(Rp 450.000)"), never a bare small integer, which a
# column-number row writes ("(5)")
_BRACKETED = lazy(
    r"\(\s*(?P<rp>rp\.?\s*)?(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)\s*\)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def parse_value(raw: str, percent: bool = False) -> Value:
    """Parse one cell's text.

    Args:
        raw: the cell as printed (markup such as ``<i>`` or ``**`` is ignored).
        percent: the column holds percentages, so ``88.6`` and ``12.345`` read with
            a decimal point.

    Returns:
        A :class:`Value`. Text that is not a number is ``TEXT``, and so is a
        date (``12.05.2024``, ``2024.05.12``, ``12/05/2024``, ``2024-05-12``) or
        an IP address; a glued or
        mistyped number is ``MALFORMED`` with ``repair`` when one reading is clear.

    """
    text = _clean(raw)
    if text[:1] == "(" and (negative := _BRACKETED.fullmatch(text)):
        # NOTE: an accounting negative, "(1.250.000)": the figure less than zero
        found = parse_value(f"{negative['rp'] or ''}-{negative['n']}", percent)
        return replace(found, raw=raw) if found.kind == _NUMBER else found
    if text[:1] in _RANGE_START and (bound := _range(raw, text, percent)):
        return bound
    if text[:1] in _WORD_START:
        return Value(raw=raw, kind=_TEXT)
    if text[-2:] in (",-", ".-") and text[-3:-2].isdigit():
        text = text[:-2]  # "Rp 45.750.000,-": whole rupiah, no sen
    if _PLAIN.fullmatch(text):
        return _plain(raw, text, percent)
    if plain_percent := _PLAIN_PERCENT.fullmatch(text):
        return _percentage(raw, plain_percent)
    if _ROW_NUMBER.fullmatch(text):
        text = text[:-1]  # row numbers printed "1." or "1)"
    if not text:
        return Value(raw=raw, kind=_EMPTY)
    if _DASH_ONLY.match(text):
        return Value(raw=raw, kind=_DASH, number=Decimal(0))
    if not _looks_numeric(text):
        return Value(raw=raw, kind=_TEXT)
    first_token, _, rest = _RP.sub("", text).partition(" ")
    if _GLUED.match(first_token) and not _GLUED_TAIL.search(first_token):
        return Value(raw=raw, kind=_MALFORMED, repair=_repair(first_token, percent))
    if _typo(first_token, rest):
        token = first_token.removesuffix("%")
        return Value(raw=raw, kind=_MALFORMED, repair=_repair(token, percent))
    if _ROW_CODE.fullmatch(first_token):
        return Value(raw=raw, kind=_TEXT)  # a row code such as 1.2.3
    if ("/" in first_token or "-" in first_token) and _SLASHED_DATE.fullmatch(
        first_token
    ):
        # 12/05/2024, 2024-05-12, 5/13/2024: a date, not figures fused
        return Value(raw=raw, kind=_TEXT)
    parts = _quantities(text, percent)
    if parts is None:
        if _SEPARATED.fullmatch(first_token):
            if _dotted_text(first_token):
                # a date (12.05.2024, or a period "12.05.2024 s.d. 15.05.2024")
                # or an IP address: text, never a figure to type or repair
                return Value(raw=raw, kind=_TEXT)
            # digits and separators that follow no grouping convention
            return Value(raw=raw, kind=_MALFORMED, repair=_repair(first_token))
        return Value(raw=raw, kind=_TEXT)
    head = parts[0]
    # "- dokumen" with a second dash ("- dokumen -") stays fused; a lone dash + unit
    # is a dash value
    kind = _DASH if head.dash else _NUMBER
    return Value(
        raw=raw,
        kind=kind,
        number=head.number,
        unit=head.unit,
        decimals=head.decimals,
        note=head.note,
        parts=tuple(parts),
    )


# a thousands separator mistyped as the decimal mark, in either convention:
# 36.208,500 and 31,927.500 (thirty-one thousand and a half rupiah, to the tenth
# of a sen, is no budget figure)
_THOUSANDS_AS_DECIMALS = lazy(r"\d{1,3}(?:(?:\.\d{3})+,|(?:,\d{3})+\.)\d{3}")


# a thousands dot lost: one dot, and more than three digits after it
# (61.037500 for 61.037.500) or more than three before three (61037.500)
_DOT_LOST = lazy(r"\d{1,3}\.\d{4,}|\d{4,}\.\d{3}")


@lru_cache(maxsize=16384)
def parse_money(raw: str) -> Value:
    """Parse a cell of a rupiah column.

    Rupiah have at most two decimals, so ``36.208,500`` is a mistyped
    ``36.208.500`` (a comma for the last dot), not thirty-six thousand and a half,
    and so is ``31,927.500`` (a comma for the first dot). A lone dot with more
    than three digits after it (``61.037500``) or before three (``61037.500``)
    is a thousands dot lost, not a decimal point: ``61.037.500``. Its repair
    reads the digits whole when the lost dot is clear (the digits after the
    first group come in threes).
    """
    value = parse_value(raw)
    if value.kind != _NUMBER or value.decimals < 3:
        return value
    token = _RP.sub("", _clean(raw)).split(" ")[0]
    if _DOT_LOST.fullmatch(token.lstrip("-")):
        # NOTE: one dot of two lost: the digits after the first group come in
        # threes, else no one reading is clear
        first, rest = token.lstrip("-").split(".")
        whole = len(first) > 3 or len(rest) % 3 == 0
        repair = Decimal(token.replace(".", "")) if whole else None
        return Value(raw=raw, kind=_MALFORMED, repair=repair)
    if value.decimals != 3 or not _THOUSANDS_AS_DECIMALS.fullmatch(token.lstrip("-")):
        return value
    repair = Decimal(token.replace(".", "").replace(",", ""))
    return Value(raw=raw, kind=_MALFORMED, repair=repair)


# a figure whose dots follow no grouping (7.10.5, 1.25.000): digits and two dots
# or more, no group longer than three digits, none starting a figure with a zero
_DOTTED = lazy(r"[1-9]\d{0,2}(?:\.\d{1,3}){2,}")
# day.month.year (12.05.2024) and year.month.day (2024.05.12) are dates
_DOTTED_DATE = lazy(
    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)?\d\d"
    r"|(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])"
)
_IP_PART = lazy(r"0|[1-9]\d{0,2}")


def _dotted_text(raw: str) -> bool:
    """Whether a cell is a date (``12.05.2024``) or an IP address, never a figure."""
    token = _clean(raw)
    if _DOTTED_DATE.fullmatch(token):
        return True
    groups = token.split(".")
    return len(groups) == 4 and all(
        _IP_PART.fullmatch(g) and int(g) <= 255 for g in groups
    )


def dotted_repair(raw: str, decimals: int = 0) -> Decimal | None:
    """The figure a number with misplaced dots stands for, or None.

    ``7.10.5`` (meant 7.105) and ``1.25.000`` (meant 125.000) read with their
    dots removed. When the figure's column prints ``decimals`` places and the
    last group has that many digits, the last dot is read as the decimal point
    (``1.250.00`` in a column of ``12,50``: 1.250,00); without that, a figure
    grouped right but for its last group (``588.380.00``) has lost a digit, and
    no reading is clear. A date (``12.05.2024``),
    an IP address (``10.0.12.1``) and anything else with letters or commas are
    no such figure. Whether the text is a figure at all (a section number such as
    ``2.1.3`` reads the same) is for its column to tell: this only reads it.
    """
    token = _clean(raw)
    if token[-1:] == ".":
        token = token[:-1]
    if not _DOTTED.fullmatch(token) or _ID_GROUPS.fullmatch(token):
        return None
    if _dotted_text(token):
        return None
    groups = token.split(".")
    if decimals > 0 and len(groups[-1]) == decimals:
        return Decimal("".join(groups[:-1]) + "." + groups[-1])
    if all(len(g) == 3 for g in groups[1:-1]):
        return None  # grouped right but for its last group: a digit lost
    return Decimal(token.replace(".", ""))


# ---------------------------------------------------------------------- formatting


def format_number(number: Decimal, decimals: int = 0) -> str:
    """Format a number the Indonesian way: ``1.925.038.095``, ``39,21``, ``-2,93``."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = number.quantize(quantum, rounding="ROUND_HALF_UP")
    sign = "-" if rounded < 0 else ""
    integer, _, frac = f"{abs(rounded):f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return f"{sign}{grouped}" + (f",{frac}" if decimals > 0 else "")


def format_value(number: Decimal, decimals: int = 0, unit: str | None = None) -> str:
    """Format a number with its unit: ``39,21%``, ``Rp 1.200.000``, ``2 dokumen``."""
    text = format_number(number, decimals)
    if unit == "%":
        return f"{text}%"
    if unit == "rp":
        return f"Rp {text}"
    return f"{text} {unit}" if unit else text
