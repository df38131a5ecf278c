"""The pre-commit hooks run real commands on the files they are meant for."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from lkjaudit.cli import cli
from lkjaudit.readers import REPORT_SUFFIXES

from conftest import ROOT, cli_runner

HOOKS = {
    hook["id"]: hook
    for hook in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
}


def _selected(hook: dict, path: str) -> bool:
    chosen = re.search(hook["files"], path) is not None
    return chosen and not (hook.get("exclude") and re.search(hook["exclude"], path))


def test_the_check_hook_takes_every_report_suffix_and_skips_readmes() -> None:
    hook = HOOKS["lkjaudit"]
    assert hook["language"] == "python"
    for suffix in REPORT_SUFFIXES:
        assert _selected(hook, f"laporan/2024/lkj-tw2{suffix}"), suffix
    for other in ("README.md", "docs/CHANGELOG.md", "laporan/LICENSE.txt", "a.pdf.bak"):
        assert not _selected(hook, other), other


@pytest.mark.parametrize(
    ("files", "code"),
    [
        (["samples/pasirian-tw2-2024.txt"], 1),
        (["tests/rules/stated-formula-holds/good.md"], 0),
    ],
)
def test_the_check_hook_entry_runs(
    files: list[str], code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    args = shlex.split(HOOKS["lkjaudit"]["entry"])[1:]
    result = cli_runner().invoke(cli, [*args, "--no-config", *files])
    assert result.exit_code == code, result.output


def test_the_rules_hook_validates_configuration(monkeypatch, tmp_path) -> None:
    hook = HOOKS["lkjaudit-rules"]
    assert hook["pass_filenames"] is False
    for path in ("lkjaudit.toml", "sub/pyproject.toml", "lkjaudit-rules/pack.yaml"):
        assert _selected(hook, path), path
    monkeypatch.chdir(tmp_path)
    args = shlex.split(hook["entry"])[1:]
    assert cli_runner().invoke(cli, args).exit_code == 0
    (tmp_path / "lkjaudit.toml").write_text("colour = 1\n", encoding="utf-8")
    result = cli_runner().invoke(cli, args)
    assert result.exit_code != 0
