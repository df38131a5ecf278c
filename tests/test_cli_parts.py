"""The plain modules behind the command line, without click.

lkjaudit.commands (option values, rules / explain / extract), lkjaudit.output
(reporter choice, the text of a check, --output), the exit code and notes of
lkjaudit.session.CheckOutcome, lkjaudit.program.exit_status and
lkjaudit.cliusage's own usage errors.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from lkjaudit.baseline import BaselineEntry
from lkjaudit.cliusage import WordedUsageError, usage_problem
from lkjaudit.commands import (
    LIMITS,
    UsageProblem,
    explanation,
    extract_format,
    extracted,
    reading_limits,
    rule_table,
    split_values,
)
from lkjaudit.config import Config, Settings
from lkjaudit.errors import ConfigError, Message
from lkjaudit.model.finding import Confidence, Finding, Location, Severity
from lkjaudit.model.result import AuditResult, FileError, Stats
from lkjaudit.output import Terminal, check_text, pick_reporter, write_file
from lkjaudit.program import exit_status
from lkjaudit.session import CheckOutcome

from conftest import ROOT

SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"
LIMIT_NAMES = {"max_size": 2, "max_unpacked": 3, "max_pages": 4, "max_cells": 5}


# ------------------------------------------------------------- option values


def test_rule_lists_split_on_commas_and_drop_blanks() -> None:
    given = ("a,b", " c ", ",", "d,,e ")
    assert split_values(given) == ["a", "b", "c", "d", "e"]
    assert split_values(()) == []


def test_reading_limits_count_megabytes_as_bytes() -> None:
    assert reading_limits(LIMIT_NAMES) == {
        "max_bytes": 2 * 1024 * 1024,
        "max_unpacked_bytes": 3 * 1024 * 1024,
        "max_pages": 4,
        "max_cells": 5,
    }


def test_every_limit_option_has_a_limit() -> None:
    names = {name[2:].replace("-", "_") for name, _, _ in LIMITS}
    assert names == set(LIMIT_NAMES)
    assert all(default >= 1 for _, default, _ in LIMITS)


# -------------------------------------------------------------------- extract


@pytest.mark.parametrize(
    ("fmt", "output", "expected"),
    [
        (None, None, "yaml"),
        (None, "data.yaml", "yaml"),
        (None, "data.YML", "yaml"),
        (None, "out/data.Json", "json"),
        ("json", "data.yaml", "json"),  # --format wins over the suffix
        ("yaml", "data.txt", "yaml"),
    ],
)
def test_the_data_format_is_given_or_named_by_the_suffix(
    fmt: str | None, output: str | None, expected: str
) -> None:
    assert extract_format(fmt, output) == expected


@pytest.mark.parametrize("output", ["data.txt", "data"])
def test_an_output_of_no_data_suffix_needs_a_format(output: str) -> None:
    with pytest.raises(UsageProblem) as caught:
        extract_format(None, output)
    assert caught.value.text == Message("cli.data-format-unknown", output=output)


def test_extract_refuses_to_write_over_the_report_before_reading_it(
    tmp_path: Path,
) -> None:
    report = tmp_path / "catatan.txt"
    report.write_text("Catatan rapat.\n", encoding="utf-8")  # not an LKj at all
    with pytest.raises(UsageProblem) as caught:
        extracted(str(report), "yaml", str(report), reading_limits(LIMIT_NAMES))
    assert caught.value.text == Message("cli.output-is-report")


def test_extract_writes_the_report_as_data(tmp_path: Path) -> None:
    limits = reading_limits({"max_size": 50, "max_unpacked": 200} | _counts())
    other = tmp_path / "data.json"
    text = extracted(str(SEED), "json", str(other), limits)
    assert text.lstrip().startswith("{")
    assert not other.exists()  # the caller writes it
    assert extracted(str(SEED), "yaml", None, limits) != text


def _counts() -> dict[str, int]:
    return {"max_pages": 2000, "max_cells": 500_000}


# ------------------------------------------------------------ rules, explain


def test_the_rule_table_shows_rules_the_selection_leaves_out_as_off() -> None:
    every = Settings()
    head, rows = rule_table(every, "en")
    assert head[0] == "id" and len(head) == 4
    states = {row[0]: row[1] for row in rows}
    assert states["date-exists"] != "off"
    chosen = Settings(config=Config(select=["date-exists"]))
    _, picked = rule_table(chosen, "en")
    on = [row[0] for row in picked if row[1] != "off"]
    assert on == ["date-exists"]
    assert len(picked) == len(rows)  # every rule listed, the others off


ALIASED = """\
rules:
  - id: capaian-strict-ratio
    aliases: [capaian-lama]
    title: {id: Capaian tanpa polaritas, en: Achievement without polarity}
    severity: warning
    rationale: {id: Alasan, en: Reason}
    check: ratio
    with: {numerator: realisasi, denominator: target, result: capaian}
    message: {id: "Capaian {actual} / {expected}", en: "Achievement {actual}"}
"""


def test_explain_finds_a_rule_by_its_id() -> None:
    page = explanation(Settings(), "date-exists", "en")
    assert page.splitlines()[0] == "date-exists: Dates written exist in the calendar"
    assert page.endswith("\n")


def test_explain_finds_a_rule_by_an_old_name(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(ALIASED, encoding="utf-8")
    settings = Settings(
        config=Config.model_validate({"rule-packs": ["pack.yaml"]}),
        file=tmp_path / "lkjaudit.toml",
    )
    page = explanation(settings, "capaian-lama", "en")
    assert page.splitlines()[0] == "capaian-strict-ratio: Achievement without polarity"


def test_explain_of_an_unknown_rule_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError) as caught:
        explanation(Settings(), "tidak-ada", "id")
    assert caught.value.text == Message("cli.unknown-rule", rule="tidak-ada")


# --------------------------------------------------------------------- output


def test_the_terminal_reporter_colours_a_terminal_only() -> None:
    tty = Terminal(tty=True, environ={}, columns=120, cwd="/x")
    reporter = pick_reporter("terminal", None, False, tty)
    assert (reporter.color, reporter.width) == (True, 120)  # type: ignore[attr-defined]
    to_file = pick_reporter("terminal", "out.txt", False, tty)
    assert (to_file.color, to_file.width) == (False, 100)  # type: ignore[attr-defined]
    piped = Terminal(tty=False, environ={}, columns=120, cwd="/x")
    plain = pick_reporter("terminal", None, False, piped)
    assert (plain.color, plain.width) == (False, 100)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("no_color", "environ"), [(True, {}), (False, {"NO_COLOR": ""})]
)
def test_no_color_from_the_option_or_the_environment(
    no_color: bool, environ: dict[str, str]
) -> None:
    tty = Terminal(tty=True, environ=environ, columns=120, cwd="/x")
    reporter = pick_reporter("terminal", None, no_color, tty)
    assert reporter.color is False  # type: ignore[attr-defined]


def test_a_narrow_terminal_gets_sixty_columns() -> None:
    tty = Terminal(tty=True, environ={}, columns=30, cwd="/x")
    assert pick_reporter("terminal", None, False, tty).width == 60  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_sarif_and_github_paths_are_relative_to_the_working_directory(
    fmt: str,
) -> None:
    where = Terminal(tty=False, environ={}, columns=80, cwd="/work/here")
    assert pick_reporter(fmt, None, False, where).root == "/work/here"  # type: ignore[attr-defined]


def _result(errors: int = 0, files: int = 1, **kw: object) -> AuditResult:
    lost = [
        FileError(source=f"x{k}.txt", message="file not found") for k in range(errors)
    ]
    return AuditResult(
        tool_version="0",
        errors=lost,
        stats=Stats(files=files),
        **kw,  # type: ignore[arg-type]
    )


def test_a_check_that_read_nothing_prints_no_terminal_report() -> None:
    nothing = CheckOutcome(_result(errors=1, files=0), "id")
    assert check_text("terminal", pick_reporter("terminal", "o", False), nothing) == ""
    json = check_text("json", pick_reporter("json", None, False), nothing)
    assert '"file not found"' in json
    some = CheckOutcome(_result(errors=1, files=1), "id")
    assert check_text("terminal", pick_reporter("terminal", "o", False), some) != ""


def test_the_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_file("laporan\n", str(target))
    assert target.read_text(encoding="utf-8") == "laporan\n"


def test_an_output_that_cannot_be_written_is_a_configuration_error(
    tmp_path: Path,
) -> None:
    target = tmp_path / "no-such-folder" / "out.txt"
    with pytest.raises(ConfigError) as caught:
        write_file("x", str(target))
    rendered = caught.value.render("en")
    assert rendered.startswith(f"{target}: cannot write: ")


# ------------------------------------------------------ exit codes and notes


def _finding(severity: Severity) -> Finding:
    return Finding(
        rule_id="date-exists",
        severity=severity,
        confidence=Confidence.HIGH,
        message="m",
        location=Location(source="a.txt", ref="document", kind="document"),
    )


@pytest.mark.parametrize(
    ("errors", "severities", "fail_on", "code"),
    [
        (0, [], Severity.ERROR, 0),
        (0, [Severity.WARNING], Severity.ERROR, 0),
        (0, [Severity.WARNING], Severity.WARNING, 1),
        (0, [Severity.ERROR], Severity.ERROR, 1),
        (1, [], Severity.ERROR, 2),
        (1, [Severity.ERROR], Severity.ERROR, 2),  # an unread file outranks findings
    ],
)
def test_the_exit_code(
    errors: int, severities: list[Severity], fail_on: Severity, code: int
) -> None:
    found = [_finding(s) for s in severities]
    result = _result(errors=errors, findings=found, fail_on=fail_on)
    assert CheckOutcome(result, "id").exit_code == code


def test_no_notes_for_a_plain_check() -> None:
    assert CheckOutcome(_result(), "id").notes() == []


def test_notes_name_unread_files_in_the_language() -> None:
    error = FileError.translated(
        "a.txt", {"id": "berkas tidak ditemukan", "en": "file not found"}
    )
    result = AuditResult(tool_version="0", errors=[error])
    assert CheckOutcome(result, "id").notes() == [
        "lkjaudit: a.txt: berkas tidak ditemukan"
    ]
    assert CheckOutcome(result, "en").notes() == ["lkjaudit: a.txt: file not found"]


@pytest.mark.parametrize(
    ("count", "line"),
    [(1, "baseline written: 1 finding"), (3, "baseline written: 3 findings")],
)
def test_notes_count_what_the_baseline_recorded(count: int, line: str) -> None:
    outcome = CheckOutcome(_result(), "en", baseline_written=count)
    assert outcome.notes() == [f"lkjaudit: {line}"]


def test_notes_list_stale_baseline_entries_one_a_line() -> None:
    stale = [
        BaselineEntry(source="a.txt", rule_id="r", fingerprint="f", table="Tabel 3.2"),
        BaselineEntry(source="b.txt", rule_id="s", fingerprint="g"),
    ]
    notes = CheckOutcome(_result(), "en", stale=stale).notes()
    assert notes[0].startswith("lkjaudit: 2 baseline entries no longer match")
    assert notes[1:] == [
        "  a.txt: r at Tabel 3.2 (expected ?, actual ?)",
        "  b.txt: s at document (expected ?, actual ?)",
    ]


@pytest.mark.parametrize(
    ("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), (130, 130), ("bye", 1)]
)
def test_the_exit_status_of_a_system_exit(code: object, status: int) -> None:
    assert exit_status(code) == status


def test_lkjaudits_own_usage_errors_keep_both_languages() -> None:
    text = Message("cli.output-is-report")
    assert usage_problem(WordedUsageError(text), "en") is text
    plain = click.UsageError("something odd")
    assert usage_problem(plain, "id") == "something odd"  # click's words kept
