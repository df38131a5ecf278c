"""The same report in every format gives the same findings.

The samples are rendered by scripts/render_samples.py into DOCX (a Word document
with real tables), XLSX (typed numbers with number formats) and PDF (the DOCX
converted by LibreOffice); the report data written by ``lkjaudit extract`` is a
fifth and sixth form. Every form must yield exactly the findings of the text
export (same rule, table, row, column, expected and actual; for the prose, the
same words quoted), each located the way its format can be found again: a text
line, a page and the line on it, a Word table cell or block, a worksheet cell, a
line of the data file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding, logical_ref
from lkjaudit.readers import load_report
from lkjaudit.readers.data import dump, extract

from conftest import SAMPLES, compact
from test_samples import PLANTED
from test_seed import EXPECTED, EXPECTED_PROSE

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
    """Findings without their position: [rule, place, expected, actual], sorted.

    A table finding's place is its ref (table, row, column). A prose finding's ref
    numbers its paragraph and sentence (``text/paragraph:94/sentence:1``), and that
    numbering belongs to the format: a PDF cannot tell a paragraph that a page
    break ends after a full stop from two paragraphs, and a workbook puts the
    captions on the tables' sheets. A prose finding is placed by what it quotes,
    as its fingerprint is.
    """
    return sorted(
        (f.rule_id, _place(f), f.expected, f.actual)
        for f in found  # (compact: the oracle format's fields)
    )


def _place(finding: Finding) -> str:
    loc = finding.location
    if loc.kind == "text":
        return f"{logical_ref(loc.ref)}: {loc.label}"
    return loc.ref


@pytest.fixture(scope="module")
def baseline() -> dict[str, list[Finding]]:
    return {stem: sample_findings(name) for stem, name in SOURCES.items()}


def test_the_baselines_are_the_known_findings(
    baseline: dict[str, list[Finding]],
) -> None:
    # the comparisons below are against the samples' hand-checked findings:
    # tables, prose, dates and structure (tests/test_seed.py, test_samples.py)
    assert sorted(map(str, compact(baseline["pasirian-tw2-2024"]))) == sorted(
        map(str, EXPECTED + EXPECTED_PROSE)
    )
    assert compact(baseline["sukamaju-2023"]) == PLANTED
    kinds = {f.location.kind for found in baseline.values() for f in found}
    assert {"cell", "text"} <= kinds


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
        assert loc.page is None and loc.line is not None  # the block number
        if loc.kind in ("text", "caption"):  # a paragraph is one block
            assert loc.cell is None
        else:
            assert loc.cell is not None
            assert loc.cell.startswith("T") and ":R" in loc.cell  # T3:R6C3
    for finding in by_format["xlsx"]:
        loc = finding.location
        assert loc.cell is not None and "!" in loc.cell  # Teks!A87, 'Tabel 3.2'!E12
        assert loc.cell.endswith(str(loc.line))  # the worksheet row


def test_pdf_findings_name_the_page_and_the_line_on_it() -> None:
    found = sample_findings("pasirian-tw2-2024.pdf")
    where = {
        (f.location.ref, f.actual): (f.location.page, f.location.line) for f in found
    }
    # the page, and the line on it as `pdftotext -layout -f N -l N` prints the
    # figure, its blank lines left out (checked by hand for each)
    assert {
        key: where[key]
        for key in [
            ("tabel-3.2/row:2/col:capaian", "36,63%"),
            ("tabel-3.4/row:43/col:anggaran", "482.9R47.500"),
            ("tabel-3.10/row:7/col:efisiensi", "-54,55%"),  # wrapped after "-"
            ("tabel-3.10/row:8/col:efisiensi", "0%"),
            (
                "pengukuran-kinerja-kegiatan-tahun-anggaran/row:43/col:anggaran",
                "482.9R47.500",
            ),
            ("tabel-3.16", "Tabel 3.16"),  # a caption
            ("tabel-ke-17/row:3/col:anggaran", "Rp. 589.324.150"),  # the PK's
            # a sentence over two lines: each figure on its own line
            ("text/paragraph:97/sentence:1", "19 orang"),
            ("text/paragraph:97/sentence:1", "12 orang"),
            ("text/paragraph:88/sentence:1", "36,63%"),
            ("text/paragraph:155/sentence:1", "Rabu"),
        ]
    } == {
        ("tabel-3.2/row:2/col:capaian", "36,63%"): (7, 43),
        ("tabel-3.4/row:43/col:anggaran", "482.9R47.500"): (10, 52),
        ("tabel-3.10/row:7/col:efisiensi", "-54,55%"): (16, 22),
        ("tabel-3.10/row:8/col:efisiensi", "0%"): (16, 25),
        (
            "pengukuran-kinerja-kegiatan-tahun-anggaran/row:43/col:anggaran",
            "482.9R47.500",
        ): (22, 9),
        ("tabel-3.16", "Tabel 3.16"): (16, 35),
        ("tabel-ke-17/row:3/col:anggaran", "Rp. 589.324.150"): (19, 33),
        ("text/paragraph:97/sentence:1", "19 orang"): (12, 34),
        ("text/paragraph:97/sentence:1", "12 orang"): (12, 35),
        ("text/paragraph:88/sentence:1", "36,63%"): (12, 7),
        ("text/paragraph:155/sentence:1", "Rabu"): (20, 8),
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
    paragraphs = load_report(str(SAMPLES / name)).paragraphs

    def key(f: Finding) -> tuple[object, ...]:
        return (f.rule_id, _place(f), f.expected, f.actual, f.location.line or 0)

    for before, after in zip(
        sorted(original, key=key), sorted(again, key=key), strict=True
    ):
        # the finding points at the data file's line holding the printed figure
        # (or the quoted words), and keeps its place in the original document
        assert after.location.source == str(data)
        assert after.location.line is not None
        printed = _printed(after.actual, after.location.kind)
        assert printed is None or printed in lines[after.location.line - 1]
        if before.location.kind == "caption":
            continue  # report data keeps no place for a caption
        assert after.location.cell is not None
        assert after.location.cell.startswith(Path(name).name)
        if before.location.kind == "text":
            # for prose, the place of its paragraph in the original
            kind, _, number = before.location.ref.split("/")[1].partition(":")
            if kind == "paragraph":
                para = paragraphs[int(number) - 1]
            else:  # a heading: its paragraph is the one starting on its line
                (para,) = [
                    p
                    for p in paragraphs
                    if (p.page, p.line) == (before.location.page, before.location.line)
                ]
            origin = para.ref or (
                f"p{para.page} L{para.line}" if para.page else f"L{para.line}"
            )
            assert after.location.cell == f"{Path(name).name} {origin}"
        elif before.location.page is not None:
            assert (
                f"p{before.location.page} L{before.location.line}"
                in after.location.cell
            )


def _printed(actual: str | None, kind: str) -> str | None:
    """The part of a finding's actual value its line must hold: the figure (its
    unit may sit in the next cell, and is then written against it: ``54,6%``),
    or the last of the words a sentence quotes."""
    words = (actual or "").split()
    figure = next((w for w in words if any(ch.isdigit() for ch in w)), None)
    if figure is None and kind == "text" and words:
        return words[-1]
    return figure.removesuffix("%") if figure is not None else None
