"""What a primitive gets to work with, and what it yields.

Primitives never build :class:`~lkjaudit.model.finding.Finding` objects: they yield
:class:`Violation` records through :meth:`Context.violation`, and the runner stamps
rule id, severity, confidence and the localised message on them in one place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from pydantic import BaseModel

from lkjaudit.model.finding import Confidence, Fix, Location
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column, Report, Row, Table
from lkjaudit.model.tablenames import table_name
from lkjaudit.model.values import Value, ValueKind, format_value

__all__ = [
    "Context",
    "Violation",
    "decimal_mark",
    "display",
    "printed_unit",
    "table_name",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Violation:
    """A raw finding from a primitive, before the runner dresses it."""

    location: Location
    expected: str | None = None
    actual: str | None = None
    operands: dict[str, str] = field(default_factory=dict)
    related: tuple[Location, ...] = ()
    confidence: Confidence | None = None  # None: the rule's or primitive's default
    fix: Fix | None = None


def display(
    number: Decimal,
    like: Value | None = None,
    unit: str | None = None,
    *,
    decimals: int | None = None,
    mark: str | None = None,
) -> str:
    """Format a computed figure the way the report prints the one it is compared to.

    The actual figure's decimals are used (or ``decimals``, the column's, when the
    actual figure has none to give: a malformed one); when it is printed as an
    integer but the computed figure is not, two decimals are shown so the
    difference is visible. The decimal mark is a comma unless the actual figure
    (or ``mark``, its column's) prints a point: ``55.00`` is expected as ``50.00``.
    The actual figure's unit is written as it prints it (``960 KK``, not ``960
    kk``), and so is ``unit`` when it is that same unit.

    A whole figure of a thousand or more is written the project's way
    (``547.450.000``) beside an actual figure that prints a point but no comma
    grouping (``547.45``, a misread amount): that print shows no style a figure
    with thousands is written in, and its decimals say nothing of a whole one
    (not ``547,450,000.00``).
    """
    own = decimal_mark(like) if like is not None else None
    whole = number == number.to_integral_value()
    if (
        own == "."
        and whole
        and like is not None
        and abs(number) >= 1000
        and "," not in like.raw
    ):
        own = mark = None
        if decimals is None:
            decimals = 0
    if decimals is None:
        decimals = like.decimals if like is not None else 0
    if decimals == 0 and not whole:
        decimals = 2
    if like is not None and (unit is None or unit == like.unit):
        unit = printed_unit(like)
    text = format_value(number, decimals, unit)
    if (own or mark) == "." and decimals:
        text = text.translate(_POINT)
    if number < 0 and like is not None and like.raw.lstrip()[:1] == "(":
        # NOTE: a negative the report writes in brackets: "(4.500.000)"
        text = f"({text.replace('-', '', 1)})"
    return text


# NOTE: the Indonesian marks swapped: "1.234,50" as "1,234.50"
_POINT = str.maketrans(".,", ",.")
# the decimals of a printed figure and the mark before them: "88.6", "1.234,50"
_DECIMALS = lazy(r"([.,])\d+(?!\d)")


def printed_unit(value: Value) -> str | None:
    """A figure's unit as its cell prints it (``KK``, ``Dokumen``), or None.

    The parsed unit is normalised (lower case) so that units compare; a finding
    writes it back as the report does. ``%`` and rupiah have one written form
    each and stay as they are; a unit the cell's text does not spell out (an
    alias) stays normalised. Spaces are tidied as :func:`shown` tidies them.
    """
    unit = value.unit
    if unit is None or unit in _ONE_FORM:
        return unit
    words = (r"\s+".join(map(re.escape, part.split(" "))) for part in unit.split("/"))
    spelled = r"\s*/\s*".join(words)
    match = re.search(
        rf"(?<![^\W\d_])(?:{spelled})(?![^\W\d_])", value.raw, re.IGNORECASE
    )
    if match is None:
        return unit
    return _SLASH.sub("/", " ".join(match.group(0).split()))


# NOTE: printed by format_value in their one form: "39,21%", "Rp 1.200.000"
_ONE_FORM = frozenset({"%", "rp"})


def decimal_mark(value: Value) -> str | None:
    """The decimal mark a figure prints (``.`` or ``,``), None without decimals."""
    if value.kind != ValueKind.NUMBER or not value.decimals:
        return None
    marks = [
        m.group(1)
        for m in _DECIMALS.finditer(value.raw)
        if len(m.group(0)) == value.decimals + 1
    ]
    return marks[-1] if marks else None


def shown(value: Value) -> str:
    """A parsed value as printed, laid out the same way in every format.

    Markup and extra spaces are removed, and a unit is written without spaces
    around ``/``: a narrow cell wraps ``12 orang/ bulan`` wherever it fits (a PDF
    may read it as ``12 orang /bulan``), and a finding must read the same
    whatever the format.
    """
    if value.kind.value == "dash":
        return _SLASH.sub("/", " ".join(value.raw.split())) or "-"
    text = " ".join(value.raw.replace("<i>", "").replace("</i>", "").split())
    return _SLASH.sub("/", text)


_SLASH = lazy(r"\s*/\s*")


class Context:
    """The report being checked and helpers to point at its parts.

    ``configured`` holds the options of the run's enabled rules by the primitive
    they use, in pack order: a check that judges a figure another rule computes
    (a sentence quoting a capaian) reads it as that rule is configured.
    """

    def __init__(
        self,
        report: Report,
        lang: str = "id",
        configured: Mapping[str, Sequence[BaseModel]] | None = None,
    ) -> None:
        self.report = report
        self.lang = lang
        self._memo: dict[str, object] = {}
        self._configured = {k: tuple(v) for k, v in (configured or {}).items()}

    def configured(self, check: str) -> tuple[BaseModel, ...]:
        """The options of the run's enabled rules that use the primitive ``check``."""
        return self._configured.get(check, ())

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """A value computed once per report run (shared by every rule)."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]

    def decimals(self, table: Table, column: Column) -> int | None:
        """How many decimals the column's figures print (most of them), or None.

        A column of rupiah with sen prints ``6.254.000,00`` (2), one in thousands
        ``1.000,250`` (3); None when no two of its figures print the same way.
        """

        def count() -> int | None:
            seen: Counter[int] = Counter(
                value.decimals
                for row in table.rows
                if (value := table.value(row, column)).kind == ValueKind.NUMBER
            )
            if not seen:
                return None
            # NOTE: on a tie the larger count of decimals: it hides no digit
            most = max(seen, key=lambda d: (seen[d], d))
            return most if seen[most] >= 2 else None  # NOTE: one figure is no habit

        return self.memo(f"decimals:{table.id}:{column.key}", count)

    def decimal_mark(self, table: Table, column: Column, value: Value) -> str | None:
        """The decimal mark to print a computed figure of this cell with.

        The cell's own when it prints decimals; otherwise a point only when most
        of the column's figures with decimals print one (``88.6``), else None (the
        comma).
        """
        if own := decimal_mark(value):
            return own

        def count() -> str | None:
            marks = Counter(
                decimal_mark(table.value(row, column)) for row in table.rows
            )
            return "." if marks["."] > marks[","] else None

        return self.memo(f"mark:{table.id}:{column.key}", count)

    def shown_percent(
        self, number: Decimal, table: Table, column: Column, value: Value
    ) -> str:
        """A computed percentage printed the way its cell's column prints figures.

        The cell's decimals, and the column's ``%`` habit and decimal mark.
        """
        return display(
            number,
            value,
            self.percent_unit(table, column, value),
            mark=self.decimal_mark(table, column, value),
        )

    def percent_unit(
        self, table: Table, column: Column, value: Value, default: str | None = "%"
    ) -> str | None:
        """The unit to print a computed percentage of this cell with.

        The cell's own unit when it prints one; otherwise ``%`` only when the
        column's figures print it (most of them), so that in a column headed
        ``Capaian (%)`` whose figures are bare (``102,95``) the expected figure
        is bare too. ``default`` when the column has no figure with or without.
        """
        if value.unit:
            return value.unit

        def count() -> tuple[int, int]:
            units = [
                v.unit
                for row in table.rows
                if (v := table.value(row, column)).kind == ValueKind.NUMBER
            ]
            return sum(u == "%" for u in units), sum(u is None for u in units)

        signed, bare = self.memo(f"percent:{table.id}:{column.key}", count)
        if not signed and not bare:
            return default
        return "%" if signed >= bare else None  # NOTE: on a tie, as before

    # ------------------------------------------------------------------ locations

    def table_location(self, table: Table) -> Location:
        """The table as a whole."""
        return Location(
            source=self.report.source,
            ref=table.id,
            kind="table",
            table=table.label,
            line=table.line_start,
            sheet=table.sheet,
            page=table.page_start,
        )

    def row_location(self, table: Table, row: Row) -> Location:
        """A whole row."""
        return Location(
            source=self.report.source,
            ref=f"{table.id}/row:{row.index}",
            kind="row",
            table=table.label,
            row=row.index,
            line=row.line,
            sheet=table.sheet,
            page=next((c.page for c in row.cells if c.page), None),
            label=table.label_of(row),
        )

    def cell_location(self, table: Table, row: Row, column: Column) -> Location:
        """One value; a value merged from the row above points at that row's cell."""
        source_row = row
        if column.index in row.inherited and row.entity is not None:
            source_row = table.row(row.entity)
        cell = source_row.cells[column.cells[0]]
        return Location(
            source=self.report.source,
            ref=f"{table.id}/row:{source_row.index}/col:{column.key}",
            kind="cell",
            table=table.label,
            row=source_row.index,
            column=column.key,
            header=column.title if (column.header or column.group) else None,
            line=cell.line if cell.line is not None else source_row.line,
            sheet=table.sheet,
            page=cell.page,
            label=table.label_of(source_row),
            cell=cell.ref,
        )

    def text_location(
        self, ref: str, paragraph: int, row: int = 0, label: str | None = None
    ) -> Location:
        """A place in the prose: the ``row``-th text line (from 0) of a paragraph.

        Its line (and page) as the paragraph's format counts them, and the
        paragraph's own address when the reader gives one (a worksheet cell; in
        report data, where the paragraph was in the original document).
        """
        para = self.report.paragraphs[paragraph]
        page, line = para.place(row)
        return Location(
            source=self.report.source,
            ref=ref,
            kind="text",
            line=line,
            sheet=para.sheet,
            page=page,
            label=label,
            cell=para.ref,
        )

    # ----------------------------------------------------------------- violations

    def _untitled(self) -> list[tuple[re.Pattern[str], str]]:
        """Each table without a caption: its label, and its name in the language."""

        def build() -> list[tuple[re.Pattern[str], str]]:
            found = [
                (t.label, name)
                for t in self.report.tables
                if (name := table_name(t.label, self.lang, t.id)) != t.label
            ]
            # NOTE: longest first, and never inside a longer number: "Tabel ke-1"
            # is no part of "Tabel ke-12"
            found.sort(key=lambda item: -len(item[0]))
            return [(re.compile(re.escape(a) + r"(?!\d)"), b) for a, b in found]

        return self.memo("context.untitled", build)

    def violation(
        self,
        location: Location,
        *,
        expected: str | None = None,
        actual: str | None = None,
        related: tuple[Location, ...] | list[Location] = (),
        confidence: Confidence | None = None,
        fix: Fix | None = None,
        **operands: str,
    ) -> Violation:
        """Build a violation for the runner to turn into a finding.

        A table without a caption that an operand names is named in the message
        language (:func:`table_name`); its location keeps the label as data.
        """
        if self.lang == "en" and (untitled := self._untitled()):
            for name, value in operands.items():
                if "Tabel ke-" in value:
                    for pattern, said in untitled:
                        value = pattern.sub(_literal(said), value)
                    operands[name] = value
        return Violation(
            location=location,
            expected=expected,
            actual=actual,
            operands=dict(operands),
            related=tuple(related),
            confidence=confidence,
            fix=fix,
        )


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement for ``re.sub`` that puts ``text`` in as it is."""
    return lambda _: text
