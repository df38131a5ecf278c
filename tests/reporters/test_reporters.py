"""Every reporter renders one fixed result; the output is compared with golden files
(regenerate with ``pytest --update-golden`` and review the diff like code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit
from lkjaudit.model.result import AuditResult
from lkjaudit.reporters import REPORTERS, get_reporter

from conftest import SAMPLES

GOLDEN = Path(__file__).parent / "golden"


def _result(lang: str) -> AuditResult:
    return audit(
        [str((SAMPLES / "sukamaju-2023.md").relative_to(SAMPLES.parent))],
        AuditOptions(lang=lang),
    )


@pytest.mark.parametrize(
    ("name", "lang", "golden"),
    [
        ("terminal", "id", "sukamaju.id.txt"),
        ("terminal", "en", "sukamaju.en.txt"),
        ("json", "id", "sukamaju.json"),
    ],
)
def test_reporter_output_matches_golden(
    name: str,
    lang: str,
    golden: str,
    update_golden: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    text = get_reporter(name).render(_result(lang), lang=lang)  # type: ignore[arg-type]
    path = GOLDEN / golden
    if update_golden:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_every_reporter_has_a_golden_file() -> None:
    covered = {"terminal", "json"}
    assert set(REPORTERS) == covered


def test_terminal_escapes_markup_in_report_text() -> None:
    from lkjaudit.model.finding import Confidence, Finding, Location, Severity

    finding = Finding(
        rule_id="x-rule",
        severity=Severity.ERROR,
        confidence=Confidence.HIGH,
        message="label [bold]schema[galaxy][/bold]",
        location=Location(source="a.txt", ref="t/row:1", table="[red]T[/red]"),
        expected="[x]",
        actual="[y]",
    )
    result = AuditResult(tool_version="0", findings=[finding])
    text = get_reporter("terminal").render(result, lang="en")
    assert "[bold]schema[galaxy][/bold]" in text
    assert "[red]T[/red]" in text and "expected [x]" in text
