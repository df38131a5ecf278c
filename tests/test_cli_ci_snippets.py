"""The README's pre-commit and GitHub Actions snippets work as copied.

They may name a version tag only once the CHANGELOG records that version as
released (a tag that does not exist makes pre-commit and pip fail); the hooks
they name exist, and the lkjaudit command lines they run parse.
"""

from __future__ import annotations

import re
import shlex

import yaml

from lkjaudit.cli import cli

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## pre-commit and GitHub Actions", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```yaml\n(.*?)```", SECTION, flags=re.DOTALL)
RELEASED = set(
    re.findall(
        r"^## \[(\d+\.\d+\.\d+)\]",
        (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
)
# NOTE: what a tag of a release would look like: v0.1.0, 0.1.0
VERSION = re.compile(r"v?(\d+\.\d+\.\d+)")


def _can_fetch(ref: str) -> bool:
    """A branch, a full commit hash, or the tag of a release."""
    version = VERSION.fullmatch(ref)
    if version is not None:
        return version[1] in RELEASED
    return ref == "main" or re.fullmatch(r"[0-9a-f]{40}", ref) is not None


def _block(marker: str) -> dict:
    [text] = [b for b in BLOCKS if marker in b]
    data: dict = yaml.safe_load(text)
    return data


def test_the_pre_commit_snippet_names_a_revision_that_exists() -> None:
    [repo] = _block(".pre-commit-config.yaml")["repos"]
    assert repo["repo"] == "https://github.com/lkjaudit/lkjaudit"
    assert _can_fetch(str(repo["rev"])), repo["rev"]
    hooks = yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    known = {hook["id"] for hook in hooks}
    assert [hook["id"] for hook in repo["hooks"]] == ["lkjaudit", "lkjaudit-rules"]
    assert {hook["id"] for hook in repo["hooks"]} <= known


def _steps() -> list[str]:
    workflow = _block(".github/workflows/lkjaudit.yml")
    return [step["run"] for step in workflow["jobs"]["audit"]["steps"] if "run" in step]


def test_the_workflow_installs_from_a_revision_that_exists() -> None:
    [install] = [run for run in _steps() if "pip install" in run]
    [spec] = [arg for arg in shlex.split(install) if arg.startswith("lkjaudit @ ")]
    url = spec.removeprefix("lkjaudit @ ")
    assert url.startswith("git+https://github.com/lkjaudit/lkjaudit")
    _, at, ref = url.removeprefix("git+https://").partition("@")
    assert not at or _can_fetch(ref), ref


def test_the_workflows_command_lines_parse() -> None:
    commands = [
        part.strip()
        for run in _steps()
        for part in run.split("||")
        if part.strip().startswith("lkjaudit ")
    ]
    # the annotations, the full list in the log when there are findings, SARIF
    assert len(commands) == 3
    formats = []
    for run in commands:
        args = shlex.split(run)[1:]
        command = cli.commands[args[0]]
        with command.make_context(args[0], args[1:]) as ctx:
            assert ctx.params["paths"] == ("laporan/",)
            formats.append(ctx.params["fmt"])
    assert formats == ["github", "terminal", "sarif"]


def test_the_workflow_may_upload_sarif_from_a_private_repository() -> None:
    workflow = _block(".github/workflows/lkjaudit.yml")
    permissions = workflow["jobs"]["audit"]["permissions"]
    assert permissions == {
        "contents": "read",
        "security-events": "write",
        "actions": "read",
    }


def test_the_pre_commit_hook_is_narrowed_to_the_reports_folder() -> None:
    [repo] = _block(".pre-commit-config.yaml")["repos"]
    [hook] = [h for h in repo["hooks"] if h["id"] == "lkjaudit"]
    files = re.compile(hook["files"])
    for taken in ("laporan/tw2.pdf", "laporan/2024/lkj.md", "laporan/x.xlsm"):
        assert files.search(taken), taken
    for left in ("docs/index.md", "README.md", "laporan/foto.png", "notes.txt"):
        assert not files.search(left), left


def test_a_tag_counts_only_once_released() -> None:
    assert not _can_fetch("v9.9.9")
    assert not _can_fetch("release")
    assert _can_fetch("main")
    assert _can_fetch("0123456789abcdef0123456789abcdef01234567")
