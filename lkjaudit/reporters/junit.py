"""JUnit XML: one test suite per report file, one test case per rule.

CI systems that read test reports (GitLab, Jenkins, Azure Pipelines) show each
rule as a test of each file: it fails when the rule found something at or above
``--fail-on`` in that file; lesser findings are listed in its output. A file that
could not be read is one test case (``read``) in error. Sample::

    <?xml version="1.0" encoding="UTF-8"?>
    <testsuites name="lkjaudit" tests="9" failures="1" errors="0">
      <testsuite name="samples/pasirian-tw2-2024.txt" tests="9" failures="1" errors="0">
        <testcase classname="samples/pasirian-tw2-2024.txt" name="stated-formula-holds">
          <failure type="error" message="2 temuan">Tabel 3.10 · baris 7 …</failure>
        </testcase>
        <testcase classname="samples/pasirian-tw2-2024.txt" name="number-well-formed"/>
        …
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import ClassVar

from lkjaudit.model.finding import Finding
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import Lang, label, table_title, where

__all__ = ["JunitReporter"]

_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0


def _count(n: int, lang: Lang) -> str:
    if lang != "en":
        return f"{n} temuan"
    return f"{n} finding" if n == 1 else f"{n} findings"


def _clean(text: str) -> str:
    return _CONTROL.sub("?", text)


def _line(finding: Finding, lang: Lang) -> str:
    loc = finding.location
    place = " · ".join(p for p in (table_title(loc, lang), where(loc, lang)) if p)
    text = f"[{finding.severity.value}] {place}: {finding.message}"
    figures = [
        f"{label(key, lang)} {value}"
        for key, value in (("expected", finding.expected), ("actual", finding.actual))
        if value is not None
    ]
    if figures:
        text += f" ({', '.join(figures)})"
    return _clean(text)


def _suite(
    root: ET.Element, source: str, result: AuditResult, lang: Lang
) -> ET.Element:
    suite = ET.SubElement(root, "testsuite", name=_clean(source))
    mine = [f for f in result.findings if f.location.source == source]
    rule_ids = list(dict.fromkeys([*result.rules_run, *(f.rule_id for f in mine)]))
    failures = 0
    for rule_id in rule_ids:
        case = ET.SubElement(suite, "testcase", classname=_clean(source), name=rule_id)
        found = [f for f in mine if f.rule_id == rule_id]
        failing = [f for f in found if f.severity.rank >= result.fail_on.rank]
        if failing:
            failures += 1
            worst = max(failing, key=lambda f: f.severity.rank).severity.value
            failure = ET.SubElement(
                case,
                "failure",
                type=worst,
                message=_count(len(failing), lang),
            )
            failure.text = "\n".join(_line(f, lang) for f in failing)
        lesser = [f for f in found if f.severity.rank < result.fail_on.rank]
        if lesser:
            ET.SubElement(case, "system-out").text = "\n".join(
                _line(f, lang) for f in lesser
            )
    suite.set("tests", str(len(rule_ids)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    return suite


class JunitReporter:
    """JUnit XML for CI test-report viewers."""

    name: ClassVar[str] = "junit"
    suffix: ClassVar[str] = ".xml"

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as a JUnit XML document."""
        root = ET.Element("testsuites", name="lkjaudit")
        errors = {e.source: e.message for e in result.errors}
        for source in dict.fromkeys([*result.sources, *errors]):
            if source in errors:
                suite = ET.SubElement(
                    root, "testsuite", name=_clean(source), tests="1", failures="0"
                )
                suite.set("errors", "1")
                case = ET.SubElement(
                    suite, "testcase", classname=_clean(source), name="read"
                )
                ET.SubElement(case, "error", message=_clean(errors[source]))
            else:
                _suite(root, source, result, lang)
        for key in ("tests", "failures", "errors"):
            root.set(key, str(sum(int(s.get(key, "0")) for s in root)))
        ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
