"""A table without a caption in every reporter: ``Table N (…)`` under --lang en.

lkjaudit labels such a table by its place (``Tabel ke-N``, with its section). The
label is data, the same in every language (JSON ``location.table``, SARIF
``properties.table``); the human text of each reporter says it in --lang. A
caption the report prints stays as printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkjaudit.model.finding import Confidence, Finding, Location, Severity
from lkjaudit.model.result import AuditResult
from lkjaudit.readers.captions import untitled_label
from lkjaudit.reporters import get_reporter
from lkjaudit.reporters.base import table_title

from conftest import run_main

# one table without a caption (under a chapter heading), one with; the same
# slip in both: Sisa 300.000 where 1.000.000 - 800.000 = 200.000
REPORT = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

## BAB III AKUNTABILITAS KINERJA

Capaian kinerja dan realisasi anggaran Perjanjian Kinerja tahun 2024.

| No | Kegiatan | Anggaran | Realisasi | Sisa |
|---|---|---|---|---|
| 1 | Rapat koordinasi | 1.000.000 | 800.000 | 300.000 |
| 2 | Pelatihan aparatur | 2.000.000 | 1.500.000 | 500.000 |

Tabel 3.2 Realisasi Anggaran Kegiatan

| No | Kegiatan | Anggaran | Realisasi | Sisa |
|---|---|---|---|---|
| 1 | Rapat koordinasi | 1.000.000 | 800.000 | 300.000 |
| 2 | Pelatihan aparatur | 2.000.000 | 1.500.000 | 500.000 |
"""
DATA = "Tabel ke-1 (BAB III AKUNTABILITAS KINERJA)"
ENGLISH = "Table 1 (BAB III AKUNTABILITAS KINERJA)"
SLIP = "Remaining 300.000; expected 200.000 (1.000.000 − 800.000)"
RULE = "sisa-equals-anggaran-minus-realisasi"


def _check(tmp_path: Path, fmt: str, lang: str) -> str:
    report = tmp_path / "lkj.md"
    report.write_text(REPORT, encoding="utf-8")
    code, out, err = run_main("check", report, "--no-config", "-f", fmt, "--lang", lang)
    assert (code, err) == (1, "")
    return out


def test_terminal_group_heading(tmp_path: Path) -> None:
    lines = _check(tmp_path, "terminal", "en").splitlines()
    assert [line for line in lines if line.startswith("  T")] == [
        f"  {ENGLISH}",
        "  Tabel 3.2",
    ]


def test_markdown_heading(tmp_path: Path) -> None:
    lines = _check(tmp_path, "markdown", "en").splitlines()
    assert [line for line in lines if line.startswith("### ")] == [
        f"### {ENGLISH}",
        "### Tabel 3.2",
    ]


def test_github_annotation(tmp_path: Path) -> None:
    lines = _check(tmp_path, "github", "en").splitlines()
    source = tmp_path / "lkj.md"  # outside the working directory: as given
    head = f"::error file={source},line={{}},title={RULE}::"
    assert lines == [
        head.format(9) + f"{ENGLISH} · row 1 · column Sisa: {SLIP}",
        head.format(16) + f"Tabel 3.2 · row 1 · column Sisa: {SLIP}",
    ]


def test_junit_failure_text(tmp_path: Path) -> None:
    out = _check(tmp_path, "junit", "en")
    figures = "(expected 200.000, actual 300.000)"
    assert f"[error] {ENGLISH} · row 1 · column Sisa · line 9: {SLIP} {figures}" in out
    assert f"[error] Tabel 3.2 · row 1 · column Sisa · line 16: {SLIP} {figures}" in out
    assert "Tabel ke-" not in out


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "github", "junit"])
def test_bahasa_indonesia_keeps_the_label(tmp_path: Path, fmt: str) -> None:
    out = _check(tmp_path, fmt, "id")
    assert DATA in out
    assert "Table " not in out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_json_keeps_the_label_as_data(tmp_path: Path, lang: str) -> None:
    data = json.loads(_check(tmp_path, "json", lang))
    where = [(f["location"]["ref"], f["location"]["table"]) for f in data["findings"]]
    assert where == [
        ("tabel-ke-1/row:1/col:sisa", DATA),
        ("tabel-3.2/row:1/col:sisa", "Tabel 3.2"),
    ]
    related = {loc["table"] for f in data["findings"][:1] for loc in f["related"]}
    assert related == {DATA}


def _pdf_result(table: str, ref: str) -> AuditResult:
    """A finding in a PDF, whose SARIF message names its table and page."""
    where = Location(
        source="lkj.pdf", ref=ref, kind="cell", table=table, row=1, page=3, line=8
    )
    finding = Finding(
        rule_id=RULE,
        severity=Severity.ERROR,
        confidence=Confidence.HIGH,
        message=SLIP,
        location=where,
        expected="200.000",
        actual="300.000",
    )
    return AuditResult(tool_version="0", sources=["lkj.pdf"], findings=[finding])


@pytest.mark.parametrize(
    ("lang", "place"),
    [
        ("en", ENGLISH + " · row 1 · page 3 · line 8"),
        ("id", DATA + " · baris 1 · halaman 3 · baris teks 8"),
    ],
)
def test_sarif_message_in_the_language_and_properties_as_data(
    lang: str, place: str
) -> None:
    result = _pdf_result(DATA, "tabel-ke-1/row:1/col:sisa")
    sarif = json.loads(get_reporter("sarif").render(result, lang=lang))  # type: ignore[arg-type]
    found = sarif["runs"][0]["results"][0]
    assert found["message"]["text"] == f"{place}: {SLIP}"
    assert found["locations"][0]["properties"]["table"] == DATA


def _at(table: str | None, ref: str) -> Location:
    return Location(source="a.md", ref=ref, kind="cell", table=table)


def test_the_readers_label_is_the_one_worded_in_english() -> None:
    label = untitled_label(3, "BAB II " + "X" * 60)  # a long section is shortened
    assert label.startswith("Tabel ke-3 (BAB II X") and label.endswith("…)")
    english = table_title(_at(label, "tabel-ke-3/row:2"), "en")
    assert english == "Table 3" + label.removeprefix("Tabel ke-3")
    assert table_title(_at(untitled_label(12, None), "tabel-ke-12"), "en") == "Table 12"


@pytest.mark.parametrize(
    ("table", "ref"),
    [
        ("Tabel 3.2", "tabel-3.2/row:1/col:sisa"),  # printed caption
        ("Tabel ke-3 (Rekap)", "tabel-ke-3-rekap/row:1"),  # a caption reading so
        ("Tabel ke-3", "tabel-ke-4/row:1"),  # the label names another table
        ("Tabel ke-30", "tabel-ke-3/row:1"),
        ("Tabel ke-3x", "tabel-ke-3/row:1"),
    ],
)
def test_other_labels_stay_as_printed(table: str, ref: str) -> None:
    assert table_title(_at(table, ref), "en") == table
    assert table_title(_at(table, ref), "id") == table


def test_no_table_no_title() -> None:
    assert table_title(_at(None, "document"), "en") == ""
