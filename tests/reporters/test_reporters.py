"""Every reporter renders one fixed result; the output is compared with golden files
(regenerate with ``pytest --update-golden`` and review the diff like code)."""

from __future__ import annotations

from collections.abc import Callable
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


CLEAN = "tests/rules/stated-formula-holds/good.md"


def _batch(lang: str) -> AuditResult:
    """Three files: one with findings, one clean, one missing."""
    return audit(
        ["samples/sukamaju-2023.md", CLEAN, "samples/missing.txt"],
        AuditOptions(lang=lang),
    )


CASES = [
    ("terminal", "id", "sukamaju.id.txt", _result),
    ("terminal", "en", "sukamaju.en.txt", _result),
    ("terminal", "id", "batch.id.txt", _batch),
    ("json", "id", "sukamaju.json", _result),
    ("sarif", "id", "sukamaju.sarif", _result),
    ("sarif", "en", "batch.en.sarif", _batch),
    ("github", "id", "sukamaju.github.txt", _result),
    ("github", "en", "batch.en.github.txt", _batch),
    ("junit", "id", "batch.id.xml", _batch),
    ("markdown", "id", "sukamaju.id.md", _result),
    ("markdown", "en", "batch.en.md", _batch),
    ("markdown", "id", "batch.id.md", _batch),
]


@pytest.mark.parametrize(
    ("name", "lang", "golden", "make"), CASES, ids=[c[2] for c in CASES]
)
def test_reporter_output_matches_golden(
    name: str,
    lang: str,
    golden: str,
    make: Callable[[str], AuditResult],
    update_golden: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    text = get_reporter(name).render(make(lang), lang=lang)  # type: ignore[arg-type]
    path = GOLDEN / golden
    if update_golden:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_every_reporter_has_a_golden_file() -> None:
    assert set(REPORTERS) == {case[0] for case in CASES}


def test_reporters_declare_their_name_and_suffix() -> None:
    for name in REPORTERS:
        reporter = get_reporter(name)
        assert reporter.name == name
        assert reporter.suffix.startswith(".")


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


def test_plain_and_coloured_terminal_output_have_the_same_layout() -> None:
    # the plain renderer does without rich (speed); it must lay out exactly as rich
    import re

    from lkjaudit.reporters.terminal import TerminalReporter

    # one file: with several, the closing per-file table is a rich table in colour
    result = audit([str(SAMPLES / "pasirian-tw2-2024.txt")])
    for lang in ("id", "en"):
        plain = TerminalReporter().render(result, lang=lang)
        coloured = TerminalReporter(color=True).render(result, lang=lang)
        assert "\x1b[" in coloured and "\x1b[" not in plain
        stripped = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
        assert [ln.rstrip() for ln in stripped.splitlines()] == plain.splitlines()
