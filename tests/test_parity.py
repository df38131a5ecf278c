"""The same report in every format gives the same findings.

The samples are rendered by scripts/render_samples.py into DOCX (a Word document
with real tables), XLSX (typed numbers with number formats) and PDF (the DOCX
converted by LibreOffice); the report data written by ``lkjaudit extract`` is a
fifth and sixth form. Every form must yield exactly the findings of the text
export (same rule, table, row, column, expected and actual), each located the way
its format can be found again: a text line, a page and the line on it, a Word
table cell, a worksheet cell, a line of the data file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.readers import load_report
from lkjaudit.readers.data import dump, extract

from conftest import SAMPLES, compact

SOURCES = {
    "pasirian-tw2-2024": "pasirian-tw2-2024.txt",
    "sukamaju-2023": "sukamaju-2023.md",
}
FORMATS = ["docx", "xlsx", "pdf"]


def findings(path: Path | str) -> list[Finding]:
    return audit_report(load_report(str(path)), AuditOptions(strict=True))


@cache
def sample_findings(name: str) -> list[Finding]:
    """Findings of a bundled sample, read once per test session."""
    return findings(SAMPLES / name)


def what(found: list[Finding]) -> list[tuple[object, ...]]:
    """Findings without their position: [rule, ref, expected, actual], sorted."""
    return sorted((r, ref, e, a) for r, ref, _, e, a in compact(found))


@pytest.fixture(scope="module")
def baseline() -> dict[str, list[Finding]]:
    return {stem: sample_findings(name) for stem, name in SOURCES.items()}


def test_the_baselines_are_the_known_findings(
    baseline: dict[str, list[Finding]],
) -> None:
    # guards the comparisons below against an empty baseline
    assert len(baseline["pasirian-tw2-2024"]) == 5
    assert len(baseline["sukamaju-2023"]) == 14


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", sorted(SOURCES))
def test_every_format_finds_the_same_problems(
    baseline: dict[str, list[Finding]], stem: str, fmt: str
) -> None:
    got = sample_findings(f"{stem}.{fmt}")
    assert what(got) == what(baseline[stem])


@pytest.mark.parametrize("stem", sorted(SOURCES))
def test_locations_suit_each_format(stem: str) -> None:
    by_format = {fmt: sample_findings(f"{stem}.{fmt}") for fmt in FORMATS}
    for finding in by_format["pdf"]:
        loc = finding.location
        assert loc.page is not None and loc.page >= 1
        assert loc.line is not None and loc.line >= 1  # the line on that page
        assert loc.cell is None
    for finding in by_format["docx"]:
        loc = finding.location
        assert loc.page is None and loc.cell is not None
        assert loc.cell.startswith("T") and ":R" in loc.cell  # T3:R6C3
    for finding in by_format["xlsx"]:
        loc = finding.location
        assert loc.cell is not None and "!" in loc.cell
        assert loc.cell.endswith(str(loc.line))  # the worksheet row


def test_pdf_findings_name_the_page_and_the_line_on_it() -> None:
    found = sample_findings("pasirian-tw2-2024.pdf")
    where = {f.location.ref: (f.location.page, f.location.line) for f in found}
    # the same page and line as `pdftotext -layout -f N -l N` shows the figure on
    assert where == {
        "tabel-3.2/row:2/col:capaian": (7, 8),  # 36,63%
        "tabel-3.4/row:43/col:anggaran": (9, 70),  # 482.9R47.500
        "tabel-3.10/row:7/col:efisiensi": (15, 31),  # -54,55%, wrapped after "-"
        "tabel-3.10/row:8/col:efisiensi": (15, 34),
        "pengukuran-kinerja-kegiatan-tahun-anggaran/row:43/col:anggaran": (21, 15),
    }


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize(
    "name",
    [
        "pasirian-tw2-2024.txt",
        "pasirian-tw2-2024.pdf",
        "sukamaju-2023.md",
        "sukamaju-2023.docx",
        "sukamaju-2023.xlsx",
    ],
)
def test_report_data_round_trip_keeps_every_finding(
    tmp_path: Path, name: str, fmt: str
) -> None:
    original = sample_findings(name)
    data = tmp_path / f"report.{fmt}"
    data.write_text(dump(extract(str(SAMPLES / name)), fmt), encoding="utf-8")
    again = findings(data)
    assert what(again) == what(original)
    lines = data.read_text(encoding="utf-8").splitlines()
    for before, after in zip(original, again, strict=True):
        # the finding points at the data file's line holding the printed figure,
        # and keeps the figure's place in the original document
        assert after.location.source == str(data)
        assert after.location.line is not None
        assert (after.actual or "").split()[-1] in lines[after.location.line - 1]
        assert after.location.cell is not None
        assert after.location.cell.startswith(Path(name).name)
        if before.location.page is not None:
            assert (
                f"p{before.location.page} L{before.location.line}"
                in after.location.cell
            )
