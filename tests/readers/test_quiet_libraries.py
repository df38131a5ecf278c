"""A reading library's own warnings never reach the program's stderr.

openpyxl warns of every workbook extension it drops; the warning is about
openpyxl's reach, not about the report, and the check goes on as before. The
program ignores such warnings; a library caller of lkjaudit keeps its own
warning settings.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

from lkjaudit.readers import read_report
from lkjaudit.startup import quiet_library_warnings

from conftest import ROOT

SAMPLE = ROOT / "samples" / "sukamaju-2023.xlsx"
_EXTENSION = b'<extLst><ext uri="{00000000-1111-2222-3333-444444444444}"/></extLst>'


def _with_unknown_extension(path: Path) -> None:
    """The sample workbook, each sheet carrying an extension openpyxl drops."""
    out = io.BytesIO()
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b"</worksheet>", _EXTENSION + b"</worksheet>")
            dst.writestr(item, data)
    path.write_bytes(out.getvalue())


def test_the_workbook_makes_openpyxl_warn(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "laporan.xlsx"
    _with_unknown_extension(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        openpyxl.load_workbook(path)
    assert any("extension" in str(w.message) for w in caught)


def test_the_program_ignores_them_and_a_library_caller_keeps_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "laporan.xlsx"
    _with_unknown_extension(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = read_report(str(path))  # as a library: the caller's warnings
    assert any("extension" in str(w.message) for w in caught)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet_library_warnings()  # what the program does when it starts
        again = read_report(str(path))
    assert caught == []
    assert len(again.tables) == len(report.tables) > 0


def test_the_check_prints_no_warning_even_under_w_error(tmp_path: Path) -> None:
    path = tmp_path / "laporan.xlsx"
    _with_unknown_extension(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJAUDIT_NO_CACHE": "1"}
    plain = subprocess.run(
        [sys.executable, "-m", "lkjaudit", "check", "laporan.xlsx"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    strict = subprocess.run(
        [sys.executable, "-W", "error", "-m", "lkjaudit", "check", "laporan.xlsx"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert (plain.returncode, plain.stderr) == (1, "")
    assert (strict.returncode, strict.stderr, strict.stdout) == (1, "", plain.stdout)


_LOGS = """
import logging
from lkjaudit.readers import _quiet_library_logs
_quiet_library_logs()
logging.getLogger("pdfminer.pdfpage").warning("CropBox missing from /Page")
logging.getLogger("openpyxl.reader").warning("a note")
logging.getLogger("another.library").warning("still printed")
"""


def test_the_reading_libraries_log_nothing_on_stderr() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _LOGS],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    # NOTE: Python's last resort prints the record no handler takes, and no other
    assert proc.stderr == "still printed\n"
