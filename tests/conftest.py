"""Shared helpers: run lkjaudit on text and flatten findings to compact tuples."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from lkjaudit.analysis import analyze
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.model.report import Report
from lkjaudit.readers.text import read_text

if TYPE_CHECKING:
    from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# staff of two work units by status (PNS 16, PPPK 6, 22 in all), a sentence below
# it: the prose tests on counts fill in ``{sentence}``
STAFF_BY_STATUS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.5 Pegawai menurut Status Kepegawaian

| No | Unit Kerja | PNS | PPPK | Jumlah |
|---|---|---|---|---|
| 1 | Sekretariat | 9 | 4 | 13 |
| 2 | Seksi Pemerintahan | 7 | 2 | 9 |
|  | Jumlah | 16 | 6 | 22 |

{sentence}
"""


# a unit's budget by kind of spending (Tabel 3.3), shared by the prose tests
SPENDING_BY_KIND = """
Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600\t96,25
2\tBelanja Barang dan Jasa\t547.450.000\t527.971.850\t19.478.150\t96,44
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000\t95,90
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27
"""


# a health office's budget tree after its first program's row (pagu, realisasi,
# sisa, %): that program's two kegiatan (310.250.000 + 185.000.000 = 495.250.000
# pagu), then program 2 and its one kegiatan; shared by the witness tests
HEALTH_TREE_REST = [
    "1.1\tAdvokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat"
    "\t310.250.000\t301.850.000\t8.400.000\t97,29",
    "1.2\tPelaksanaan Sehat dalam rangka Promotif Preventif"
    "\t185.000.000\t185.000.000\t-\t100,00",
    "2\tPROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN"
    "\t620.000.000\t588.380.000\t31.620.000\t94,90",
    "2.1\tPerencanaan Kebutuhan dan Pendayagunaan Sumberdaya Manusia Kesehatan"
    "\t620.000.000\t588.380.000\t31.620.000\t94,90",
]


def run_process(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m lkjaudit`` with these arguments in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "lkjaudit", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def cli_runner() -> CliRunner:
    """A click test runner that keeps stderr apart from stdout, on every click.

    click 8.2 always does; click 8.1 mixes them unless told not to.
    """
    import inspect

    from click.testing import CliRunner

    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    return CliRunner()


def run_main(
    *args: object, env: dict[str, str | None] | None = None
) -> tuple[int, str, str]:
    """Run the program's entry point (``lkjaudit.cli.main``) in this process.

    As ``python -m lkjaudit`` would, errors included (one line, in the command's
    language); faster than a new process. Returns (exit code, stdout, stderr).
    """
    from lkjaudit.cli import main

    with cli_runner().isolation(env=env) as streams:
        out, err = streams[0], streams[1]  # NOTE: click 8.2 adds the mixed output
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        # NOTE: read before the isolation ends: click 8.1 closes the streams then
        return code, out.getvalue().decode(), err.getvalue().decode()


def report_from(text: str, source: str = "test.txt") -> Report:
    """Read and analyse a report given as text."""
    fmt = "markdown" if source.endswith(".md") else "text"
    return analyze(read_text(source, text, fmt))


def findings_for(
    text: str,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    source: str = "test.txt",
    lang: str = "id",
) -> list[Finding]:
    """Findings of the built-in rules (or the selected ones) on a report text."""
    return audit_report(
        report_from(text, source),
        AuditOptions(select=select, ignore=ignore, lang=lang, strict=True),
    )


def compact(findings: list[Finding]) -> list[list[object]]:
    """[rule, ref, line, expected, actual] per finding: the oracle format."""
    return [
        [f.rule_id, f.location.ref, f.location.line, f.expected, f.actual]
        for f in findings
    ]


def stray_errors(findings: list[Finding], planted: list[list[object]]) -> list[str]:
    """Where an error landed on a figure no planted error names (a probe's oracle).

    Fails at once when there is no error at all: a probe whose checks stopped
    running would otherwise pass.
    """
    wrong = {entry[1] for entry in planted}
    errors = [f for f in findings if f.severity == "error"]
    assert errors, "no error at all: did the checks run?"
    return [f.location.ref for f in errors if f.location.ref not in wrong]


@pytest.fixture
def seed_text() -> str:
    return (SAMPLES / "pasirian-tw2-2024.txt").read_text(encoding="utf-8")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite golden output files instead of comparing against them",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


_CACHE = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    # NOTE: the tests (and the CLI runs they start) keep lkjaudit's user cache in a
    # folder of their own, not in the user's.
    folder = tempfile.mkdtemp(prefix="lkjaudit-test-cache-")
    config.stash[_CACHE] = os.environ["XDG_CACHE_HOME"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(config.stash[_CACHE], ignore_errors=True)
