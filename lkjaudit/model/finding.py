"""Findings: immutable records of what is wrong, where, and what it should be."""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field

__all__ = ["Confidence", "Finding", "Fix", "Location", "Severity"]

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
        """Identity that ignores lines and pages, so baselines survive re-pagination."""
        loc = self.location
        key = "\x1f".join(
            str(part)
            for part in (
                self.rule_id,
                loc.source,
                loc.table or "",
                (loc.label or "").casefold(),
                loc.column or "",
                self.expected or "",
                self.actual or "",
            )
        )
        return hashlib.sha256(key.encode()).hexdigest()[:16]
