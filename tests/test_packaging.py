"""The wheel ships the rule packs and the reference data, and works outside the repo."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

hatchling = pytest.importorskip("hatchling.builders.wheel")


def _env(site: Path, tmp_path: Path) -> dict[str, str]:
    """A bare environment: the installed wheel only, and a cache of its own."""
    return {
        "PYTHONPATH": str(site),
        "PATH": "/usr/bin:/bin",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }


def _installed(
    site: Path, tmp_path: Path, code: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run Python code against the installed wheel only, from a folder of its own."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=tmp_path,
        env=_env(site, tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )


# NOTE: the console script's entry point
PROGRAM = "from lkjaudit.cli import run; run()"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    builder = hatchling.WheelBuilder(str(ROOT))
    return Path(next(iter(builder.build(directory=str(out), versions=["standard"]))))


def test_wheel_contains_exactly_the_rule_packs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(n for n in names if n.startswith("lkjaudit/rules/"))
    expected = sorted(
        "lkjaudit/" + str(p.relative_to(ROOT)) for p in (ROOT / "rules").rglob("*.yaml")
    )
    assert packs == expected
    assert "lkjaudit/data/nomenklatur_kecamatan_7.01_2021.csv" in names
    assert "lkjaudit/data/nomenklatur_index.json" in names


def test_installed_wheel_checks_a_report_outside_the_repo(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    report = tmp_path / "laporan.txt"
    report.write_bytes((ROOT / "samples" / "pasirian-tw2-2024.txt").read_bytes())
    proc = _installed(site, tmp_path, PROGRAM, "check", str(report), "-f", "json")
    assert proc.returncode == 1, proc.stderr
    assert '"rule_id": "capaian-equals-realisasi-over-target"' in proc.stdout


def test_wheel_ships_the_rule_examples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for fixture in (ROOT / "tests" / "rules").rglob("*"):
        if fixture.is_file():
            relative = fixture.relative_to(ROOT / "tests" / "rules").as_posix()
            assert f"lkjaudit/examples/{relative}" in names


def test_installed_explain_shows_the_examples(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    proc = _installed(
        site,
        tmp_path,
        PROGRAM,
        "explain",
        "sisa-equals-anggaran-minus-realisasi",
        "--lang",
        "en",
    )
    assert proc.returncode == 0, proc.stderr
    assert "Bad (bad.txt)" in proc.stdout and "Good (good.md)" in proc.stdout
    assert "Remaining 151.500; expected -151.500" in proc.stdout
    where = _installed(
        site,
        tmp_path,
        "from lkjaudit.ruledocs.base import _examples_root; print(_examples_root())",
    )
    assert where.returncode == 0, where.stderr
    assert where.stdout.strip() == str(site / "lkjaudit" / "examples")
