"""The reporter contract and the words reporters share."""

from __future__ import annotations

from typing import ClassVar, Literal, Protocol

from lkjaudit.model.finding import Finding, Location
from lkjaudit.model.result import AuditResult

__all__ = ["Lang", "Reporter", "group_findings", "label", "where"]

Lang = Literal["id", "en"]

_LABELS: dict[str, tuple[str, str]] = {
    "row": ("baris", "row"),
    "column": ("kolom", "column"),
    "line": ("baris teks", "line"),
    "page": ("halaman", "page"),
    "expected": ("seharusnya", "expected"),
    "actual": ("tertulis", "actual"),
    "related": ("terkait", "related"),
    "lines": ("baris", "lines"),
    "clean": (
        "Tidak ada temuan dalam {files}; {rules} dijalankan.",
        "No findings in {files}; {rules} run.",
    ),
    "summary": (
        "{findings} ({error}, {warning}, {info} info) dalam {files}; {rules} "
        "dijalankan.",
        "{findings} ({error}, {warning}, {info} info) in {files}; {rules} run.",
    ),
    "unreadable": ("{n} tidak dapat dibaca.", "{n} could not be read."),
    "suppressed": (
        "{n} lain disembunyikan oleh baseline.",
        "{n} more hidden by the baseline.",
    ),
    "document": ("dokumen", "document"),
    "confidence": ("keyakinan", "confidence"),
    "also": ("juga", "also"),
    "error": ("error", "error"),
    "warning": ("peringatan", "warning"),
    "info": ("info", "info"),
}


def label(key: str, lang: str, **fields: object) -> str:
    """A reporter word in ``lang``."""
    id_text, en_text = _LABELS[key]
    return (en_text if lang == "en" else id_text).format(**fields)


def where(loc: Location, lang: str) -> str:
    """``baris 2 · kolom capaian · baris teks 316`` for a location."""
    parts: list[str] = []
    if loc.row is not None:
        parts.append(f"{label('row', lang)} {loc.row}")
    if loc.column:
        parts.append(f"{label('column', lang)} {loc.header or loc.column}")
    if loc.cell:
        parts.append(loc.cell)
    if loc.page is not None:
        parts.append(f"{label('page', lang)} {loc.page}")
    if loc.line is not None:
        parts.append(f"{label('line', lang)} {loc.line}")
    return " · ".join(parts)


def group_findings(
    findings: list[Finding],
) -> dict[str, dict[str, list[Finding]]]:
    """Findings by source, then by table (or "" for the document), in order."""
    grouped: dict[str, dict[str, list[Finding]]] = {}
    for finding in findings:
        loc = finding.location
        grouped.setdefault(loc.source, {}).setdefault(loc.table or "", []).append(
            finding
        )
    return grouped


class Reporter(Protocol):
    """Renders a whole result to text; pure: no files, no clock."""

    name: ClassVar[str]
    suffix: ClassVar[str]

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as text."""
        ...
