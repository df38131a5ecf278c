"""Import contracts (as sqlfluff enforces with import-linter), checked from the AST."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lkjaudit"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


@pytest.mark.parametrize("path", _modules("model"), ids=_name)
def test_model_imports_nothing_else_from_lkjaudit(path: Path) -> None:
    inner = {m for m in _imports(path) if m.startswith("lkjaudit")}
    assert all(m.startswith("lkjaudit.model") for m in inner), inner


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_only_the_cli_imports_click(path: Path) -> None:
    allowed = (
        "lkjaudit.cli",
        # the help pages: click's Command, Group and Context subclassed to word
        # them in --lang, kept out of cli.py to keep it thin
        "lkjaudit.clihelp",
        # click's usage errors worded again in --lang: they are click's classes
        "lkjaudit.cliusage",
    )
    if _name(path) not in allowed:
        assert not {m for m in _imports(path) if m.split(".")[0] == "click"}


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_only_the_terminal_reporter_and_cli_import_rich(path: Path) -> None:
    allowed = (
        "lkjaudit.cli",
        "lkjaudit.progress",
        "lkjaudit.reporters.summary",
        "lkjaudit.reporters.terminal",
    )
    if _name(path) not in allowed:
        assert not {m for m in _imports(path) if m.split(".")[0] == "rich"}


@pytest.mark.parametrize("path", _modules("engine") + _modules("checks"), ids=_name)
def test_engine_and_checks_do_not_reach_readers_reporters_or_cli(path: Path) -> None:
    banned = ("lkjaudit.readers", "lkjaudit.reporters", "lkjaudit.cli", "lkjaudit.api")
    assert not {m for m in _imports(path) if m.startswith(banned)}


@pytest.mark.parametrize("path", _modules("reporters"), ids=_name)
def test_reporters_are_pure(path: Path) -> None:
    imports = _imports(path)
    assert not {
        m for m in imports if m.startswith(("lkjaudit.readers", "lkjaudit.api"))
    }
    text = path.read_text(encoding="utf-8")
    for call in ("open(", "datetime.now", "time.time"):
        assert call not in text, f"{_name(path)} must not do I/O or read the clock"


@pytest.mark.parametrize("path", _modules("prose"), ids=_name)
def test_prose_reads_only_the_model(path: Path) -> None:
    inner = {m for m in _imports(path) if m.startswith("lkjaudit")}
    assert all(m.startswith(("lkjaudit.model", "lkjaudit.prose")) for m in inner), inner


def _uses_the_result_cache(path: Path) -> bool:
    name = "lkjaudit.resultcache"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "lkjaudit":
            named = {f"lkjaudit.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            named = {node.module or ""}
        elif isinstance(node, ast.Import):
            named = {alias.name for alias in node.names}
        else:
            continue
        if name in named:
            return True
    return False


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_only_the_program_and_the_cli_reach_the_result_cache(path: Path) -> None:
    # NOTE: the library tells lkjaudit.watch what it looked at; only the program
    # records a run, and the check command offers its output
    if _name(path) not in ("lkjaudit.program", "lkjaudit.cli"):
        assert not _uses_the_result_cache(path)
