"""The README shows what lkjaudit really prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from lkjaudit.cli import cli

from conftest import ROOT, cli_runner

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _sample_block() -> list[str]:
    section = README[README.index("## Sample output") :]
    block = re.search(r"```text\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return block.group(1).splitlines()


def test_the_sample_output_is_an_excerpt_of_a_real_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    lines = _sample_block()
    assert lines[0] == "$ lkjaudit check samples/pasirian-tw2-2024.txt"
    result = cli_runner().invoke(cli, ["check", "samples/pasirian-tw2-2024.txt"])
    assert result.exit_code == 1
    real = result.stdout.splitlines()
    # every line shown appears in the real output, in the same order; "…" skips
    position = 0
    for line in lines[1:]:
        if line.strip() == "…":
            continue
        assert line in real[position:], line
        position = real.index(line, position) + 1
    assert lines[-1] == real[-1]  # the closing summary, with the real counts
    count = int(real[-1].split()[0])
    assert f"the run reports {count})" in README


def _help_blocks() -> list[list[str]]:
    section = README[README.index("## Command line") : README.index("### Exit codes")]
    blocks = re.findall(
        r"```text\n(\$ lkjaudit [^\n]*--help[^\n]*\n.*?)```", section, re.DOTALL
    )
    return [block.splitlines() for block in blocks]


def test_the_help_shown_is_the_real_help() -> None:
    # NOTE: a real process in an 80-column terminal, as a user sees it (click
    # wraps it narrower than its test runner does)
    env = {**os.environ, "COLUMNS": "80"}
    blocks = _help_blocks()
    assert [block[0] for block in blocks] == [
        "$ lkjaudit --help",
        "$ lkjaudit check --help --lang en",
    ]
    for command, *shown in blocks:
        proc = subprocess.run(
            [sys.executable, "-m", "lkjaudit", *command.split()[2:]],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        assert shown == proc.stdout.splitlines(), command


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def test_every_link_inside_the_readme_leads_to_a_heading() -> None:
    headings = re.findall(r"^#{1,6} (.+)$", README, flags=re.MULTILINE)
    anchors = {_slug(h) for h in headings}
    links = set(re.findall(r"\]\(#([^)]+)\)", README))
    assert links  # the README's own table of contents links in
    assert sorted(links - anchors) == []
