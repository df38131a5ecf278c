"""Findings: immutable records of what is wrong, where, and what it should be."""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field

from lkjaudit.model.lazyre import lazy

__all__ = [
    "Confidence",
    "Finding",
    "Fix",
    "Location",
    "Severity",
    "logical_ref",
    "printed_key",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Severity(StrEnum):
    """How bad a finding is; maps 1:1 to SARIF levels error / warning / note."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for error, 1 for warning, 0 for info."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Confidence(StrEnum):
    """How sure lkjaudit is of a finding."""

    HIGH = "high"  # exact arithmetic on parsed numbers in recognised columns
    MEDIUM = "medium"  # relies on an inferred column role, tree or polarity
    LOW = "low"  # relies on a fuzzy match or a guess


LocationKind = Literal["document", "table", "row", "cell", "text", "caption"]


class Location(BaseModel):
    """Where something is: the file, the line or page, and the logical place."""

    model_config = _FROZEN

    source: str  # the report path as given
    ref: str  # stable logical path: "tabel-3.16/row:12/col:realisasi_anggaran"
    kind: LocationKind = "cell"
    table: str | None = None  # "Tabel 3.16"
    row: int | None = None  # 1-based body row, as printed
    column: str | None = None  # the column's role key: "capaian", "anggaran_2"
    header: str | None = None  # the column's header as printed: "Capaian (%)"
    line: int | None = None  # 1-based source line (text exports)
    # NOTE: a workbook numbers the rows of each sheet from 1: its line is read
    # with the sheet, the sheet's place in the workbook (from 1, in sheet order)
    sheet: int | None = None
    page: int | None = None  # 1-based page (PDF)
    label: str | None = None  # the row's name: "Penyediaan Bahan Logistik Kantor"
    cell: str | None = None  # reader address: "Sheet1!E12"


class Fix(BaseModel):
    """A proposed correction."""

    model_config = _FROZEN

    description: str
    replacement: str | None = None


class Finding(BaseModel):
    """One problem found in a report."""

    model_config = _FROZEN

    rule_id: str
    severity: Severity
    confidence: Confidence
    message: str  # one sentence, plain text, in the requested language
    location: Location
    related: tuple[Location, ...] = ()
    expected: str | None = None  # formatted the Indonesian way: "39,21%"
    actual: str | None = None
    evidence: dict[str, str] = {}
    fix: Fix | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def fingerprint(self) -> str:
        """Identity of the finding within its report, for baselines and SARIF.

        Built from the rule, the logical place (the location's ``ref`` without its
        positional parts such as ``row:12`` or ``line:316``, the row's name and the
        column key) and what the report prints there (``actual``; ``expected`` only
        when nothing is printed). Lines, pages, row numbers, the file's path and the
        message language are left out, so the identity survives re-pagination, rows
        inserted elsewhere, a report checked from another folder and ``--lang en``;
        the expected value is left out too, so it survives lkjaudit computing or
        printing it differently (a figure now judged from its witnesses, ``50,00``
        where it printed ``50,00%``). The printed figure is compared as
        :func:`printed_key` writes it, so a figure lkjaudit lays out otherwise
        (``93 %`` and ``93%``, ``Rp 1.000`` and ``Rp1.000``) keeps its identity.
        """
        loc = self.location
        key = "\x1f".join(
            (
                self.rule_id,
                logical_ref(loc.ref),
                " ".join((loc.label or "").split()).casefold(),
                loc.column or "",
                printed_key(self.actual if self.actual is not None else self.expected),
            )
        )
        return hashlib.sha256(key.encode()).hexdigest()[:16]


_POSITIONAL = lazy(r"^[a-z][a-z_-]*:\d+$")
_RUPIAH = lazy(r"^rp\.?(?=[-−\d])")


def printed_key(figure: str | None) -> str:
    """A printed figure as its identity: no spaces, case folded, no ``Rp`` before it.

    How lkjaudit lays a figure out (a unit read from a cell of its own written
    ``93 %`` or ``93%``, ``Rp`` with or without a space or a point) is no part of
    what the report prints: ``Rp 69.500.000``, ``Rp. 69.500.000`` and
    ``69.500.000`` are one figure. The digits, separators and units stay.
    """
    if not figure:
        return ""
    return _RUPIAH.sub("", "".join(figure.split()).casefold())


def logical_ref(ref: str) -> str:
    """``ref`` without its positional segments.

    ``tabel-3.2/row:2/col:capaian`` becomes ``tabel-3.2/col:capaian``: the table's
    id and the column stay; the row number, which shifts when a row is inserted
    above, goes (the row is identified by its name instead).
    """
    return "/".join(part for part in ref.split("/") if not _POSITIONAL.match(part))
