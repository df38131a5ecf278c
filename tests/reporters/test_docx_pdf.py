"""DOCX and PDF findings in SARIF and GitHub annotations: their ``line`` is a block
of the DOCX body or a text line on a PDF page, no line of the file.

Both formats locate them on the file (no ``region``, no ``line=``), with the place
the reader recorded as a logical location and in the message (and the title);
text exports, Markdown and report data keep their lines, and the terminal and
Markdown say every place as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reporter_builders import one_finding, result_of

from lkjaudit.api import AuditOptions, audit
from lkjaudit.model.finding import Finding, Location
from lkjaudit.reporters import get_reporter
from lkjaudit.reporters.base import file_kind

from conftest import SAMPLES

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).parent / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8")
)


def _finding(location: Location, **changes: object) -> Finding:
    shown = {"message": "Sisa 270, seharusnya 720", "expected": "720", "actual": "270"}
    return one_finding(location, **{**shown, **changes})


def _cell(source: str, **place: object) -> Location:
    return Location(
        source=source,
        ref="tabel-3.16/row:17/col:sisa",
        table="Tabel 3.16",
        row=17,
        column="sisa",
        header="Sisa",
        label="Program A",
        **place,  # type: ignore[arg-type]
    )


DOCX_CELL = _cell("lkj.docx", line=44, cell="T3:R18C5")
# a paragraph of a DOCX: the reader records only its block
DOCX_TEXT = Location(
    source="lkj.docx", ref="text/paragraph:29/sentence:1", kind="text", line=97
)
PDF_CELL = _cell("lkj.pdf", line=20, page=2)
# a PDF table as a whole where only its page is known
PDF_TABLE = Location(
    source="lkj.pdf", ref="tabel-3.16", kind="table", table="Tabel 3.16", page=2
)
TEXT = _cell("lkj.txt", line=316)


def _sarif(*findings: Finding) -> list[dict]:
    log = json.loads(get_reporter("sarif").render(result_of(*findings)))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log["runs"][0]["results"]  # type: ignore[no-any-return]


def _file(uri: str) -> dict:
    return {"artifactLocation": {"uri": uri, "uriBaseId": "SRCROOT"}}


def test_sarif_locates_a_docx_cell_on_the_file_by_its_address() -> None:
    row = Location(
        source="lkj.docx", ref="tabel-3.16/row:16", kind="row", row=16, line=43
    )
    (result,) = _sarif(_finding(DOCX_CELL, related=(row,)))
    assert result["message"] == {
        "text": "Tabel 3.16 · baris 17 · kolom Sisa · T3:R18C5: Sisa 270, seharusnya 720"
    }
    assert result["locations"] == [
        {
            "physicalLocation": _file("lkj.docx"),
            "logicalLocations": [
                {"fullyQualifiedName": "tabel-3.16/row:17/col:sisa", "kind": "cell"},
                {"name": "R18C5", "fullyQualifiedName": "T3:R18C5", "kind": "cell"},
            ],
            "properties": {
                "table": "Tabel 3.16",
                "row": 17,
                "column": "sisa",
                "header": "Sisa",
                "label": "Program A",
                "line": 44,
                "cell": "T3:R18C5",
            },
        }
    ]
    # a row without an address: its block, said as such
    assert result["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": _file("lkj.docx"),
            "logicalLocations": [
                {"fullyQualifiedName": "tabel-3.16/row:16", "kind": "row"},
                {"name": "block 43", "fullyQualifiedName": "block 43", "kind": "block"},
            ],
            "properties": {"row": 16, "line": 43},
            "message": {"text": "baris 16 · blok 43"},
        }
    ]


def test_sarif_locates_a_docx_paragraph_by_its_block() -> None:
    (result,) = _sarif(_finding(DOCX_TEXT, message="Kalimat menyebut 7 unit"))
    assert result["message"] == {"text": "blok 97: Kalimat menyebut 7 unit"}
    assert result["locations"] == [
        {
            "physicalLocation": _file("lkj.docx"),
            "logicalLocations": [
                {"fullyQualifiedName": "text/paragraph:29/sentence:1", "kind": "text"},
                {"name": "block 97", "fullyQualifiedName": "block 97", "kind": "block"},
            ],
            "properties": {"line": 97},
        }
    ]


def test_sarif_locates_a_pdf_finding_by_its_page_and_line_on_it() -> None:
    cell, table = _sarif(
        _finding(PDF_CELL), _finding(PDF_TABLE, message="Tabel tanpa JUMLAH")
    )
    assert cell["message"] == {
        "text": "Tabel 3.16 · baris 17 · kolom Sisa · halaman 2 · baris teks 20: "
        "Sisa 270, seharusnya 720"
    }
    assert cell["locations"] == [
        {
            "physicalLocation": _file("lkj.pdf"),
            "logicalLocations": [
                {"fullyQualifiedName": "tabel-3.16/row:17/col:sisa", "kind": "cell"},
                {"name": "L20", "fullyQualifiedName": "p2 L20", "kind": "line"},
            ],
            "properties": {
                "table": "Tabel 3.16",
                "row": 17,
                "column": "sisa",
                "header": "Sisa",
                "label": "Program A",
                "page": 2,
                "line": 20,
            },
        }
    ]
    assert table["message"] == {"text": "Tabel 3.16 · halaman 2: Tabel tanpa JUMLAH"}
    assert table["locations"] == [
        {
            "physicalLocation": _file("lkj.pdf"),
            "logicalLocations": [
                {"fullyQualifiedName": "tabel-3.16", "kind": "table"},
                {"name": "p2", "fullyQualifiedName": "p2", "kind": "page"},
            ],
            "properties": {"table": "Tabel 3.16", "page": 2},
        }
    ]


def test_sarif_keeps_the_lines_of_text_and_report_data() -> None:
    # a data file's cell may name its place in the original DOCX: the location's
    # line is still a line of the YAML
    data = DOCX_CELL.model_copy(
        update={"source": "lkj.yaml", "line": 88, "cell": "lkj.docx T3:R18C5"}
    )
    text, yaml = _sarif(_finding(TEXT), _finding(data))
    assert text["message"] == {"text": "Sisa 270, seharusnya 720"}
    assert text["locations"][0]["physicalLocation"] == {
        **_file("lkj.txt"),
        "region": {"startLine": 316},
    }
    assert yaml["message"] == {"text": "Sisa 270, seharusnya 720"}
    assert yaml["locations"][0]["physicalLocation"] == {
        **_file("lkj.yaml"),
        "region": {"startLine": 88},
    }
    for result in (text, yaml):
        assert len(result["locations"][0]["logicalLocations"]) == 1
        assert "line" not in result["locations"][0]["properties"]


def test_github_annotates_docx_and_pdf_files_without_a_line() -> None:
    findings = [
        _finding(DOCX_CELL),
        _finding(DOCX_TEXT, message="Kalimat menyebut 7 unit", expected=None),
        _finding(PDF_CELL),
        _finding(PDF_TABLE, message="Tabel tanpa JUMLAH", expected=None),
        _finding(TEXT),
    ]
    assert get_reporter("github").render(result_of(*findings)).splitlines() == [
        "::error file=lkj.docx,title=x-rule · T3%3AR18C5::"
        "Tabel 3.16 · baris 17 · kolom Sisa · T3:R18C5: Sisa 270, seharusnya 720",
        "::error file=lkj.docx,title=x-rule · blok 97::"
        "blok 97: Kalimat menyebut 7 unit",
        "::error file=lkj.pdf,title=x-rule · halaman 2 · baris teks 20::"
        "Tabel 3.16 · baris 17 · kolom Sisa · halaman 2 · baris teks 20: "
        "Sisa 270, seharusnya 720",
        "::error file=lkj.pdf,title=x-rule · halaman 2::"
        "Tabel 3.16 · halaman 2: Tabel tanpa JUMLAH",
        "::error file=lkj.txt,line=316,title=x-rule::"
        "Tabel 3.16 · baris 17 · kolom Sisa: Sisa 270, seharusnya 720",
    ]


def test_github_speaks_english_places() -> None:
    findings = [_finding(DOCX_TEXT, message="A sentence", expected=None)]
    findings.append(_finding(PDF_CELL, message="Sisa 270, expected 720"))
    assert get_reporter("github").render(
        result_of(*findings), lang="en"
    ).splitlines() == [
        "::error file=lkj.docx,title=x-rule · block 97::block 97: A sentence",
        "::error file=lkj.pdf,title=x-rule · page 2 · line 20::"
        "Tabel 3.16 · row 17 · column Sisa · page 2 · line 20: Sisa 270, expected 720",
    ]


@pytest.mark.parametrize(
    ("location", "kind"),
    [
        (DOCX_CELL, "docx"),
        # a DOCX read under another name is known by its cells' addresses
        (DOCX_CELL.model_copy(update={"source": "laporan"}), "docx"),
        (DOCX_TEXT.model_copy(update={"source": "laporan"}), None),
        (PDF_CELL, "pdf"),
        (PDF_CELL.model_copy(update={"source": "laporan"}), "pdf"),
        (Location(source="lkj.PDF", ref="document", kind="document"), "pdf"),
        (TEXT, None),
        (TEXT.model_copy(update={"page": 3}), None),
        (_cell("lkj.md", line=5), None),
        (_cell("lkj.xlsx", line=5, sheet=2, cell="'S'!E5"), "workbook"),
    ],
)
def test_file_kind(location: Location, kind: str | None) -> None:
    assert file_kind(location) == kind


def test_terminal_and_markdown_say_the_place_as_before() -> None:
    findings = [_finding(DOCX_CELL), _finding(PDF_CELL)]
    text = get_reporter("terminal").render(result_of(*findings))
    # NOTE: a PDF's lines restart on each page: the page leads the line column
    assert [line for line in text.splitlines() if "x-rule" in line] == [
        "       44  error  x-rule  baris 17 · kolom Sisa · T3:R18C5",
        "    h2:20  error  x-rule  baris 17 · kolom Sisa",
    ]
    english = get_reporter("terminal").render(result_of(*findings), lang="en")
    assert [line for line in english.splitlines() if "x-rule" in line][1] == (
        "    p2:20  error  x-rule  row 17 · column Sisa"
    )
    whole = get_reporter("terminal").render(result_of(_finding(PDF_TABLE)))
    assert [line for line in whole.splitlines() if "x-rule" in line] == [
        "       h2  error  x-rule"  # a table known by its page alone
    ]
    markdown = get_reporter("markdown").render(result_of(*findings))
    assert [
        line.split(" | ")[1] for line in markdown.splitlines() if "x-rule" in line
    ] == [
        "Program A<br>baris 17 · kolom Sisa · T3:R18C5 · baris teks 44",
        "Program A<br>baris 17 · kolom Sisa · halaman 2 · baris teks 20",
    ]


@pytest.mark.parametrize("name", ["sukamaju-2023.docx", "sukamaju-2023.pdf"])
def test_a_real_docx_and_pdf_have_no_regions_nor_lines(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    result = audit([f"samples/{name}"], AuditOptions())
    assert result.findings
    log = json.loads(get_reporter("sarif").render(result))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    for sarif in log["runs"][0]["results"]:
        for loc in sarif["locations"] + sarif.get("relatedLocations", []):
            assert "region" not in loc["physicalLocation"]
            assert len(loc["logicalLocations"]) == 2
    for line in get_reporter("github").render(result).splitlines():
        command = line.split("::")[1]
        assert command.split(" ", 1)[1].startswith(f"file=samples/{name},title=")
