"""A workbook's findings in every format: a worksheet row is no line of the file.

SARIF and GitHub annotations locate them on the file with the sheet and the cell
said otherwise; the terminal and Markdown group them by sheet and table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reporter_builders import one_finding, result_of

from lkjaudit.model.finding import Finding, Location
from lkjaudit.reporters import get_reporter

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).parent / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8")
)


def _cell(sheet: int, name: str, row: int, line: int, label: str) -> Location:
    return Location(
        source="lkj.xlsx",
        ref=f"tabel-3.2/row:{row}/col:capaian",
        table="Tabel 3.2",
        row=row,
        column="capaian",
        header="Capaian",
        line=line,
        sheet=sheet,
        label=label,
        cell=f"'{name}'!E{line}",
    )


def _finding(location: Location, **changes: object) -> Finding:
    shown = {
        "message": "Capaian 50%, seharusnya 40%",
        "expected": "40%",
        "actual": "50%",
    }
    return one_finding(location, **{**shown, **changes})


# a table's cell, and the row of another sheet's table that has no address
CELL = _cell(3, "Tabel 3.2", 2, 6, "Program A")
ROW = Location(
    source="lkj.xlsx",
    ref="tabel-3.3/row:4",
    kind="row",
    table="Tabel 3.3",
    row=4,
    line=9,
    sheet=4,
)
TEXT = Location(
    source="lkj.txt",
    ref="tabel-3.2/row:2/col:capaian",
    table="Tabel 3.2",
    row=2,
    column="capaian",
    header="Capaian",
    line=316,
)


def _sarif(*findings: Finding) -> list[dict]:
    log = json.loads(get_reporter("sarif").render(result_of(*findings)))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log["runs"][0]["results"]  # type: ignore[no-any-return]


def test_sarif_locates_a_workbook_cell_without_a_line() -> None:
    (result,) = _sarif(_finding(CELL, related=(ROW,)))
    assert result["message"] == {
        "text": "Tabel 3.2 · baris 2 · kolom Capaian · 'Tabel 3.2'!E6: "
        "Capaian 50%, seharusnya 40%"
    }
    assert result["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "lkj.xlsx", "uriBaseId": "SRCROOT"}
            },
            "logicalLocations": [
                {"fullyQualifiedName": "tabel-3.2/row:2/col:capaian", "kind": "cell"},
                {"name": "E6", "fullyQualifiedName": "'Tabel 3.2'!E6", "kind": "cell"},
            ],
            "properties": {
                "table": "Tabel 3.2",
                "row": 2,
                "column": "capaian",
                "header": "Capaian",
                "label": "Program A",
                "sheet": 3,
                "line": 6,
                "cell": "'Tabel 3.2'!E6",
            },
        }
    ]
    # a row with no address: the sheet and its row, in properties and words
    assert result["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "lkj.xlsx", "uriBaseId": "SRCROOT"}
            },
            "logicalLocations": [
                {"fullyQualifiedName": "tabel-3.3/row:4", "kind": "row"}
            ],
            "properties": {"table": "Tabel 3.3", "row": 4, "sheet": 4, "line": 9},
            "message": {"text": "baris 4 · lembar 4 · baris lembar 9"},
        }
    ]


def test_sarif_keeps_the_line_of_a_text_file() -> None:
    (result,) = _sarif(_finding(TEXT))
    assert result["message"] == {"text": "Capaian 50%, seharusnya 40%"}
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "lkj.txt", "uriBaseId": "SRCROOT"},
        "region": {"startLine": 316},
    }
    assert len(result["locations"][0]["logicalLocations"]) == 1
    assert "line" not in result["locations"][0]["properties"]


def test_github_annotates_a_workbook_file_with_its_cell() -> None:
    findings = [
        _finding(CELL),
        _finding(ROW, message="Baris ganda", expected=None, actual=None),
        _finding(TEXT),
    ]
    assert get_reporter("github").render(result_of(*findings)).splitlines() == [
        "::error file=lkj.xlsx,title=x-rule · 'Tabel 3.2'!E6::"
        "Tabel 3.2 · baris 2 · kolom Capaian · 'Tabel 3.2'!E6: "
        "Capaian 50%25, seharusnya 40%25",
        "::error file=lkj.xlsx,title=x-rule · lembar 4 · baris lembar 9::"
        "Tabel 3.3 · baris 4 · lembar 4 · baris lembar 9: Baris ganda",
        "::error file=lkj.txt,line=316,title=x-rule::"
        "Tabel 3.2 · baris 2 · kolom Capaian: Capaian 50%25, seharusnya 40%25",
    ]


def test_tables_of_one_label_on_two_sheets_are_two_groups() -> None:
    first = _finding(_cell(2, "PK 2024", 1, 5, "Program A"))
    second = _finding(_cell(5, "Capaian", 1, 7, "Program A"))
    also = _finding(_cell(2, "PK 2024", 3, 7, "Program B"))
    text = get_reporter("terminal").render(result_of(first, second, also), lang="en")
    heads = [line for line in text.splitlines() if line[:3].count(" ") == 2]
    assert heads == [
        "  Tabel 3.2 · sheet 'PK 2024'",
        "  Tabel 3.2 · sheet 'Capaian'",
    ]
    assert text.count("x-rule") == 3
    markdown = get_reporter("markdown").render(result_of(first, second, also))
    assert [line for line in markdown.splitlines() if line.startswith("### ")] == [
        "### Tabel 3.2 · lembar 'PK 2024'",
        "### Tabel 3.2 · lembar 'Capaian'",
    ]
    # the numbering runs on through the groups: both of sheet 2 first
    rows = [line.split(" | ")[:2] for line in markdown.splitlines()]
    assert [row for row in rows if row[0] in ("| 1", "| 2", "| 3")] == [
        ["| 1", "Program A<br>baris 1 · kolom Capaian · 'PK 2024'!E5"],
        ["| 2", "Program B<br>baris 3 · kolom Capaian · 'PK 2024'!E7"],
        ["| 3", "Program A<br>baris 1 · kolom Capaian · 'Capaian'!E7"],
    ]


def test_a_text_report_groups_by_table_alone() -> None:
    other = TEXT.model_copy(update={"ref": "tabel-3.2/row:5/col:capaian", "row": 5})
    text = get_reporter("terminal").render(
        result_of(_finding(TEXT), _finding(other)), lang="en"
    )
    assert text.splitlines()[:2] == ["lkj.txt", "  Tabel 3.2"]
    assert text.count("Tabel 3.2") == 1
