"""lkjaudit: audit Indonesian government performance reports (LKj / LKjIP).

Public API::

    from lkjaudit import audit, load_report
    result = audit(["laporan.txt"])          # AuditResult
    for finding in result.findings: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "AuditOptions",
    "AuditResult",
    "Finding",
    "Location",
    "Report",
    "Severity",
    "__version__",
    "audit",
    "load_report",
]

if TYPE_CHECKING:
    from lkjaudit.api import AuditOptions, audit
    from lkjaudit.model.finding import Finding, Location, Severity
    from lkjaudit.model.report import Report
    from lkjaudit.model.result import AuditResult
    from lkjaudit.readers import load_report

_LAZY = {
    "AuditOptions": "lkjaudit.api",
    "audit": "lkjaudit.api",
    "AuditResult": "lkjaudit.model.result",
    "Finding": "lkjaudit.model.finding",
    "Location": "lkjaudit.model.finding",
    "Severity": "lkjaudit.model.finding",
    "Report": "lkjaudit.model.report",
    "load_report": "lkjaudit.readers",
}


def __getattr__(name: str) -> Any:
    # NOTE: lazy so that `import lkjaudit` (and `lkjaudit --version`) stays cheap.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'lkjaudit' has no attribute {name!r}")
