"""Properties of each machine format beyond its golden file: SARIF validates against
the published 2.1.0 schema, annotations and XML are escaped, Markdown is inert."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lkjaudit.model.finding import Confidence, Finding, Fix, Location, Severity
from lkjaudit.model.result import AuditResult, FileError, RuleMeta, Stats
from lkjaudit.reporters import get_reporter
from lkjaudit.reporters.github import GithubReporter, escape_data, escape_property
from lkjaudit.reporters.markdown import escape
from lkjaudit.reporters.sarif import SarifReporter, artifact_location
from lkjaudit.reporters.terminal import TerminalReporter

from conftest import ROOT

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).parent / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8")
)
GOLDEN = Path(__file__).parent / "golden"


def _finding(**changes: object) -> Finding:
    data: dict[str, object] = {
        "rule_id": "x-rule",
        "severity": Severity.WARNING,
        "confidence": Confidence.MEDIUM,
        "message": "Tertulis 50%, seharusnya 40%",
        "location": Location(
            source="data/lkj.txt",
            ref="tabel-1/row:2/col:capaian",
            table="Tabel 1",
            row=2,
            column="capaian",
            line=12,
            label="Program *Utama* | A",
        ),
        "expected": "40%",
        "actual": "50%",
    }
    data.update(changes)
    return Finding.model_validate(data)


def _result(*findings: Finding, **changes: object) -> AuditResult:
    data: dict[str, object] = {
        "tool_version": "0.1.0",
        "sources": sorted({f.location.source for f in findings}) or ["data/lkj.txt"],
        "findings": list(findings),
        "rules": [
            RuleMeta(
                id="x-rule",
                title={"id": "Judul", "en": "Title"},
                severity=Severity.WARNING,
                tags=("t",),
                rationale={"id": "Alasan", "en": "Reason"},
                help_url="https://example.org/x-rule",
            )
        ],
        "rules_run": ["x-rule", "y-rule"],
        "stats": Stats(files=1),
    }
    data.update(changes)
    return AuditResult.model_validate(data)


def _validate(text: str) -> dict:
    log = json.loads(text)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


@pytest.mark.parametrize("golden", ["sukamaju.sarif", "batch.en.sarif"])
def test_golden_sarif_is_valid_sarif_2_1_0(golden: str) -> None:
    log = _validate((GOLDEN / golden).read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"


def test_sarif_schema_check_can_fail() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(
            {"version": "2.1.0", "runs": [{"results": [{"level": "fatal"}]}]}
        )


def test_sarif_carries_every_part_of_a_finding() -> None:
    related = Location(source="data/lkj.txt", ref="tabel-1/row:2/col:target", line=12)
    crash = _finding(
        rule_id="internal-error",
        severity=Severity.ERROR,
        location=Location(source="/abs/laporan akhir.txt", ref="tabel-9", kind="table"),
    )
    finding = _finding(
        related=(related,),
        evidence={"formula": "a / b"},
        fix=Fix(description="ganti", replacement="40%"),
        location=_finding().location.model_copy(update={"page": 3, "cell": "S!E2"}),
    )
    log = _validate(
        get_reporter("sarif").render(
            _result(finding, crash, errors=[FileError(source="x.pdf", message="rusak")])
        )
    )
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["x-rule", "internal-error"]
    assert rules[0]["helpUri"] == "https://example.org/x-rule"
    assert rules[0]["defaultConfiguration"]["level"] == "warning"
    assert rules[0]["properties"]["tags"] == ["t"]
    first, second = run["results"]
    assert (first["ruleIndex"], second["ruleIndex"]) == (0, 1)
    assert first["level"] == "warning" and second["level"] == "error"
    loc = first["locations"][0]
    assert loc["physicalLocation"] == {
        "artifactLocation": {"uri": "data/lkj.txt", "uriBaseId": "SRCROOT"},
        "region": {"startLine": 12},
    }
    assert loc["logicalLocations"] == [
        {"fullyQualifiedName": "tabel-1/row:2/col:capaian", "kind": "cell"}
    ]
    assert loc["properties"]["page"] == 3 and loc["properties"]["cell"] == "S!E2"
    assert first["relatedLocations"][0]["id"] == 1
    assert first["partialFingerprints"] == {"lkjaudit/v2": finding.fingerprint}
    assert first["properties"]["fix"]["replacement"] == "40%"
    assert second["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "file:///abs/laporan%20akhir.txt"}
    }
    notice = run["invocations"][0]
    assert notice["executionSuccessful"] is False
    assert notice["toolExecutionNotifications"][0]["message"]["text"] == "rusak"


def test_sarif_uris() -> None:
    assert artifact_location("./data/a b.txt") == {
        "uri": "data/a%20b.txt",
        "uriBaseId": "SRCROOT",
    }
    assert artifact_location("C:\\lkj\\a.txt") == {"uri": "file:///C:/lkj/a.txt"}


def test_sarif_uris_under_the_root_are_relative() -> None:
    under = {"uri": "data/a%20b.txt", "uriBaseId": "SRCROOT"}
    assert artifact_location("/w/repo/data/a b.txt", "/w/repo") == under
    assert artifact_location("./data/a b.txt", "/w/repo") == under
    assert artifact_location("/w/repo/x/../data/a b.txt", "/w/repo") == under
    # outside the root: an absolute URI, no base
    assert artifact_location("/w/other/a.txt", "/w/repo") == {
        "uri": "file:///w/other/a.txt"
    }
    assert artifact_location("../other/a.txt", "/w/repo") == {
        "uri": "file:///w/other/a.txt"
    }
    assert artifact_location("/w/repository/a.txt", "/w/repo") == {
        "uri": "file:///w/repository/a.txt"
    }
    assert artifact_location("C:\\lkj\\data\\a.txt", "C:\\lkj") == {
        "uri": "data/a.txt",
        "uriBaseId": "SRCROOT",
    }
    assert artifact_location("D:\\lkj\\a.txt", "C:\\lkj") == {
        "uri": "file:///D:/lkj/a.txt"
    }


def test_sarif_declares_srcroot_without_a_machine_path() -> None:
    finding = _finding(
        location=_finding().location.model_copy(update={"source": "/w/repo/a.txt"})
    )
    log = _validate(SarifReporter(root="/w/repo").render(_result(finding), lang="en"))
    (run,) = log["runs"]
    assert run["originalUriBaseIds"] == {
        "SRCROOT": {
            "description": {
                "text": "The directory lkjaudit ran in; file paths are relative to it."
            }
        }
    }
    assert run["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"
    ] == {"uri": "a.txt", "uriBaseId": "SRCROOT"}
    assert "/w/repo" not in json.dumps(log)


def test_github_escaping() -> None:
    assert escape_data("50% a\nb\r") == "50%25 a%0Ab%0D"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    finding = _finding(
        message="baris 1\nbaris 2: 10%",
        location=_finding().location.model_copy(update={"source": "d,ata/x:y.txt"}),
    )
    (line,) = get_reporter("github").render(_result(finding)).splitlines()
    assert line.startswith("::warning file=d%2Cata/x%3Ay.txt,line=12,title=x-rule::")
    assert line.endswith("baris 1%0Abaris 2: 10%25 (seharusnya 40%25)")


def test_github_levels_and_unlocated_findings() -> None:
    info = _finding(
        severity=Severity.INFO,
        location=Location(source="a.txt", ref="document", kind="document"),
    )
    text = get_reporter("github").render(_result(info), lang="en")
    assert (
        text == "::notice file=a.txt,title=x-rule::Tertulis 50%25, seharusnya 40%25\n"
    )


def _github_files(root: str | None, *sources: str) -> list[str]:
    findings = [
        _finding(location=_finding().location.model_copy(update={"source": s}))
        for s in sources
    ]
    errors = [FileError(source="/w/repo/rusak.docx", message="rusak")]
    text = GithubReporter(root=root).render(_result(*findings, errors=errors))
    return [line.split(",", 1)[0].split("file=")[1] for line in text.splitlines()]


def test_github_files_under_the_root_are_relative_to_it() -> None:
    # NOTE: GitHub places an annotation by the path in the repository; an
    # absolute path of the runner's checkout put it on no file
    sources = ("/w/repo/data/a.txt", "./data/b.txt", "/w/repo/x/../c.txt")
    assert _github_files("/w/repo", *sources) == [
        "data/a.txt",
        "data/b.txt",
        "c.txt",
        "rusak.docx",
    ]


def test_github_files_outside_the_root_stay_absolute() -> None:
    sources = ("/w/other/a.txt", "../other/b.txt", "/w/repository/c.txt")
    assert _github_files("/w/repo", *sources) == [
        "/w/other/a.txt",
        "/w/other/b.txt",
        "/w/repository/c.txt",
        "rusak.docx",
    ]
    # without a root every path is written as given, normalised
    assert _github_files(None, "/w/repo/a.txt", "./b.txt") == [
        "/w/repo/a.txt",
        "b.txt",
        "/w/repo/rusak.docx",
    ]


def test_junit_fails_only_at_or_above_fail_on_and_escapes() -> None:
    finding = _finding(message="a < b & \x07 c")
    text = get_reporter("junit").render(_result(finding))
    root = ET.fromstring(text.split("\n", 1)[1])
    case = root.find("testsuite/testcase[@name='x-rule']")
    assert case is not None and case.find("failure") is None
    assert "a < b & ? c" in (case.findtext("system-out") or "")
    assert root.get("tests") == "2" and root.get("failures") == "0"
    strict = get_reporter("junit").render(_result(finding, fail_on=Severity.WARNING))
    root = ET.fromstring(strict.split("\n", 1)[1])
    failure = root.find("testsuite/testcase[@name='x-rule']/failure")
    assert failure is not None and failure.get("type") == "warning"
    assert failure.get("message") == "1 temuan"
    assert root.get("failures") == "1"
    english = get_reporter("junit").render(
        _result(finding, fail_on=Severity.WARNING), lang="en"
    )
    root = ET.fromstring(english.split("\n", 1)[1])
    failure = root.find("testsuite/testcase[@name='x-rule']/failure")
    assert failure is not None and failure.get("message") == "1 finding"
    passed = root.find("testsuite/testcase[@name='y-rule']")
    assert passed is not None and len(passed) == 0


def test_markdown_escapes_report_text() -> None:
    assert escape("*a* | <b> [c](d) `e`") == r"\*a\* \| &lt;b&gt; \[c\](d) \`e\`"
    text = get_reporter("markdown").render(_result(_finding()))
    assert r"Program \*Utama\* \| A<br>baris 2 · kolom capaian" in text
    row = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 4  # five cells, the label's pipe escaped


def test_markdown_lists_unreadable_files_and_rules() -> None:
    text = get_reporter("markdown").render(
        _result(_finding(), errors=[FileError(source="# x.txt", message="rusak")]),
        lang="en",
    )
    assert "- \\# x.txt: rusak" in text
    assert "- `x-rule`: Title ([explanation](https://example.org/x-rule))" in text


def test_every_reporter_says_when_nothing_was_found() -> None:
    empty = _result(rules=[])
    assert get_reporter("github").render(empty) == ""
    assert "Tidak ada temuan dalam 1 berkas" in get_reporter("markdown").render(empty)
    assert json.loads(get_reporter("sarif").render(empty))["runs"][0]["results"] == []
    assert 'failures="0"' in get_reporter("junit").render(empty)


def test_seed_through_every_machine_format() -> None:
    from lkjaudit.api import audit

    result = audit([str(ROOT / "samples" / "pasirian-tw2-2024.txt")])
    log = _validate(get_reporter("sarif").render(result))
    assert len(log["runs"][0]["results"]) == len(result.findings) > 0
    errors = sum(f.severity == "error" for f in result.findings)
    github = get_reporter("github").render(result)
    assert github.count("::error ") == errors > 0
    junit = ET.fromstring(get_reporter("junit").render(result).split("\n", 1)[1])
    failing = {f.rule_id for f in result.findings if f.severity == "error"}
    assert junit.get("failures") == str(len(failing))


def test_a_finding_without_an_expected_value_shows_only_what_is_written() -> None:
    # a duplicate inventory item has no "right" value: no "seharusnya ?" line
    finding = _finding(expected=None, actual="Almari", message="Almari sudah tercantum")
    terminal = get_reporter("terminal").render(_result(finding))
    assert "           tertulis Almari\n" in terminal and "seharusnya" not in terminal
    coloured = TerminalReporter(color=True).render(_result(finding))
    assert "tertulis Almari" in coloured and "seharusnya" not in coloured
    junit = get_reporter("junit").render(_result(finding, fail_on=Severity.WARNING))
    assert "(tertulis Almari)" in junit and "?" not in junit.split("<failure", 1)[1]
    neither = _finding(expected=None, actual=None)
    assert "tertulis" not in get_reporter("terminal").render(_result(neither))
