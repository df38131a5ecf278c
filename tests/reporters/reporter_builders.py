"""Findings and results built by hand for the reporters' tests."""

from __future__ import annotations

from lkjaudit.model.finding import Confidence, Finding, Location, Severity
from lkjaudit.model.result import AuditResult, Stats


def one_finding(location: Location, **fields: object) -> Finding:
    """An error of a made-up rule at ``location``; ``fields`` give the rest
    (``message``, ``expected``, ``actual``) or override any field."""
    data: dict[str, object] = {
        "rule_id": "x-rule",
        "severity": Severity.ERROR,
        "confidence": Confidence.HIGH,
        "location": location,
    }
    data.update(fields)
    return Finding.model_validate(data)


def result_of(*findings: Finding) -> AuditResult:
    """The result of one file's check that found ``findings``."""
    return AuditResult(
        tool_version="0.1.0",
        sources=sorted({f.location.source for f in findings}),
        findings=list(findings),
        stats=Stats(files=1),
    )
