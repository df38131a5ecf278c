"""The user cache: where it lives, that it never fails a run, and the rule packs in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lkjaudit import usercache
from lkjaudit.engine import rulepack

from conftest import ROOT, SAMPLES

linux_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="XDG_CACHE_HOME is for Linux and BSD"
)


@linux_only
def test_the_cache_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert usercache.cache_dir() == tmp_path / "lkjaudit"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # NOTE: ignored, per XDG
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert usercache.cache_dir() == tmp_path / "home" / ".cache" / "lkjaudit"


@linux_only
def test_entries_are_written_read_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    usercache.write_json("rules-1.json", [1])
    usercache.write_json("rules-2.json", {"a": "ü"}, stale="rules-*.json")
    assert usercache.read_json("rules-2.json") == {"a": "ü"}
    assert [p.name for p in (tmp_path / "lkjaudit").iterdir()] == ["rules-2.json"]
    assert usercache.read_json("rules-1.json") is None


@linux_only
def test_an_unusable_cache_is_an_empty_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    usercache.write_json("x.json", [1])  # NOTE: no error
    assert usercache.read_json("x.json") is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "lkjaudit").mkdir()
    (tmp_path / "lkjaudit" / "x.json").write_text("{broken", encoding="utf-8")
    assert usercache.read_json("x.json") is None


def _fresh_builtin_rules() -> list[rulepack.RuleSpec]:
    rulepack._builtin_rules.cache_clear()
    try:
        return rulepack.builtin_rules()
    finally:
        rulepack._builtin_rules.cache_clear()


@linux_only
def test_builtin_rules_from_the_cache_equal_the_ones_from_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rulepack, "_shipped", lambda digest: None)
    from_yaml = _fresh_builtin_rules()
    (entry,) = (tmp_path / "lkjaudit").glob("rules-*.json")
    from_cache = _fresh_builtin_rules()
    assert from_cache == from_yaml
    assert [r.model_dump() for r in from_cache] == [r.model_dump() for r in from_yaml]
    entry.write_text(json.dumps([["rules/elsewhere.yaml", {}]]), encoding="utf-8")
    assert _fresh_builtin_rules() == from_yaml  # NOTE: a foreign entry is not used


def test_the_shipped_parsed_packs_equal_the_yaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LKJAUDIT_NO_CACHE", "1")
    shipped = _fresh_builtin_rules()
    monkeypatch.setattr(rulepack, "_shipped", lambda digest: None)
    from_yaml = _fresh_builtin_rules()
    assert shipped == from_yaml
    assert [r.model_dump() for r in shipped] == [r.model_dump() for r in from_yaml]


def test_shipped_packs_of_other_yaml_are_not_used() -> None:
    packs = rulepack.builtin_packs()
    assert rulepack._shipped(packs["digest"]) == packs["packs"]
    assert rulepack._shipped("0" * 32) is None  # NOTE: parsed from other packs


@linux_only
def test_a_run_without_cache_parses_no_yaml(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "LKJAUDIT_NO_CACHE": "1"}
    loaded = _modules_of_a_check(env)
    assert "lkjaudit.engine.rulepack" in loaded
    assert "yaml" not in loaded
    assert not (tmp_path / "lkjaudit").exists()


_PROBE = (
    "import sys\n"
    "from lkjaudit.cli import main\n"
    "try:\n"
    "    main(['check', sys.argv[1]])\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
)


def _modules_of_a_check(env: dict[str, str]) -> list[str]:
    """The modules a check of the seed imported, run by :data:`_PROBE`."""
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(SAMPLES / "pasirian-tw2-2024.txt")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return proc.stderr.split()


# NOTE: what a plain `lkjaudit check REPORT.txt` does not need
NOT_NEEDED = (
    "yaml",
    "rich",
    "tabulate",
    "docx",
    "openpyxl",
    "pypdfium2",
    "lxml",
    "lkjaudit.baseline",
    "lkjaudit.readers.docx",
    "lkjaudit.readers.pdf",
    "lkjaudit.readers.xlsx",
    "lkjaudit.reporters.json",
    "lkjaudit.reporters.sarif",
    "lkjaudit.reporters.junit",
    "lkjaudit.reporters.github",
    "lkjaudit.reporters.markdown",
    "lkjaudit.ruledocs",
)


@linux_only
def test_checking_a_text_report_imports_only_what_it_needs(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    _modules_of_a_check(env)  # NOTE: the first run fills the cache
    loaded = _modules_of_a_check(env)
    assert "lkjaudit.reporters.terminal" in loaded
    assert [m for m in loaded if m.startswith(NOT_NEEDED)] == []


@linux_only
def test_the_cache_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LKJAUDIT_NO_CACHE", "1")
    assert usercache.cache_dir() is None
    usercache.write_json("x.json", [1])
    assert not (tmp_path / "lkjaudit").exists()
    before = [r.id for r in rulepack.builtin_rules()]
    rulepack._builtin_rules.cache_clear()
    try:
        assert [r.id for r in rulepack.builtin_rules()] == before  # from the YAML
    finally:
        rulepack._builtin_rules.cache_clear()
    assert not (tmp_path / "lkjaudit").exists()
    monkeypatch.setenv("LKJAUDIT_NO_CACHE", "0")  # NOTE: "0" and "" leave it on
    assert usercache.cache_dir() == tmp_path / "lkjaudit"
