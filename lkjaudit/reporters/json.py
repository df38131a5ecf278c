"""JSON output: one object, stable schema (``schema_version`` 1).

Sample (``--select capaian-equals-realisasi-over-target``, abridged)::

    {
      "schema_version": 1,
      "tool": {"name": "lkjaudit", "version": "0.1.0"},
      "valid": false,
      "fail_on": "error",
      "sources": ["samples/pasirian-tw2-2024.txt"],
      "findings": [
        {
          "rule_id": "capaian-equals-realisasi-over-target",
          "severity": "error",
          "confidence": "high",
          "message":
            "Capaian 36,63%, seharusnya 39,21% (Realisasi / Target = 33,33% / 85%)",
          "location": {"source": "samples/pasirian-tw2-2024.txt",
                       "ref": "tabel-3.2/row:2/col:capaian", "kind": "cell",
                       "table": "Tabel 3.2", "row": 2, "column": "capaian",
                       "header": "Capaian", "line": 316, …},
          "related": [ … ],
          "expected": "39,21%",
          "actual": "36,63%",
          "evidence": {"formula": "Realisasi / Target", "numerator": "33,33%",
                       "denominator": "85%", "computed": "33,33% / 85%", …},
          …
        }
      ],
      "errors": [], "stats": {…}, "rules": […]
    }
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import Lang

__all__ = ["SCHEMA_VERSION", "JsonReporter", "result_dict"]

SCHEMA_VERSION = 1


def result_dict(result: AuditResult) -> dict[str, Any]:
    """The result as plain JSON-ready data, in the documented field order."""
    help_urls = {rule.id: rule.help_url for rule in result.rules}
    findings = []
    for finding in result.findings:
        data = finding.model_dump(mode="json")
        for place in (data["location"], *data["related"]):
            if place["sheet"] is None:
                del place["sheet"]  # NOTE: only a workbook has sheets
        data["help_url"] = help_urls.get(finding.rule_id)
        findings.append(data)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "lkjaudit", "version": result.tool_version},
        "valid": result.valid,
        "fail_on": result.fail_on.value,
        "sources": result.sources,
        "findings": findings,
        "errors": [e.model_dump(mode="json") for e in result.errors],
        "stats": result.stats.model_dump(mode="json"),
        "rules": [r.model_dump(mode="json") for r in result.rules],
    }


class JsonReporter:
    """Machine-readable output for pipelines."""

    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = ".json"

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as indented JSON (UTF-8, not ASCII-escaped)."""
        return json.dumps(result_dict(result), ensure_ascii=False, indent=2) + "\n"
