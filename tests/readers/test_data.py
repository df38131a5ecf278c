"""Report data in YAML and JSON: validated, located, safe, and its schema published."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.errors import InputError
from lkjaudit.model.data import ReportData
from lkjaudit.readers import load_report, read_report
from lkjaudit.readers.data import dump, extract, next_ref

from conftest import ROOT, SAMPLES, compact, run_process
from test_samples import PLANTED

SCHEMA = ROOT / "docs" / "schema" / "report.schema.json"

HAND_WRITTEN = """\
# kept by hand in a repository
lkjaudit-report: 1
title: LKjIP Kecamatan Contoh 2024
paragraphs:
  - text: Realisasi anggaran tahun 2024 mencapai 95%.
tables:
  - caption: Tabel 3.16 Realisasi Anggaran
    rows:
      - [Uraian, Anggaran, Realisasi, Sisa]
      - - Penyediaan Jasa Surat Menyurat
        - 1.800.000
        - 900.000
        - 990.000
      - [Penyediaan Bahan Logistik Kantor, 2.000.000, 2.000.000, "-"]
"""


def write(tmp_path: Path, text: str, name: str = "laporan.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_hand_written_data_is_checked_with_its_own_lines(tmp_path: Path) -> None:
    report = load_report(write(tmp_path, HAND_WRITTEN))
    assert report.format == "yaml" and report.title == "LKjIP Kecamatan Contoh 2024"
    table = report.table("tabel-3.16")
    assert [c.role.value for c in table.columns] == [
        "uraian",
        "anggaran",
        "realisasi_anggaran",
        "sisa",
    ]
    assert table.line_start == 9  # the first row (a header row here)
    assert report.paragraphs[0].line == 5
    found = audit_report(report, AuditOptions(strict=True))
    assert compact(found) == [
        # 95% is in no column of the tables (an info finding, on the data file's line)
        ["text-figure-found-in-tables", "text/paragraph:1/sentence:1", 5, None, "95%"],
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.16/row:1/col:sisa",
            13,
            "900.000",
            "990.000",
        ],
    ]
    assert found[0].location.cell is None  # no original document recorded


def test_json_cells_carry_their_lines(tmp_path: Path) -> None:
    data = {
        "lkjaudit-report": 1,
        "tables": [
            {
                "caption": "Tabel 3.16 Realisasi Anggaran",
                "rows": [
                    ["Uraian", "Anggaran", "Realisasi", "Sisa"],
                    [
                        "Penyediaan Jasa Surat Menyurat",
                        "1.800.000",
                        "900.000",
                        "990.000",
                    ],
                ],
            }
        ],
    }
    path = write(tmp_path, json.dumps(data, indent=1), "laporan.json")
    found = audit_report(load_report(path), AuditOptions(strict=True))
    lines = Path(path).read_text().splitlines()
    [finding] = found
    assert '"990.000"' in lines[finding.location.line - 1]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "lkjaudit-report: 1\ntables:\n  - rows:\n      - [Uraian, Pagu]\n      - {line: x10, cells: [a, b]}\n",
            "line 5: tables[0].rows[1].line: Input should be a valid integer",
        ),
        (
            "lkjaudit-report: 1\ntables:\n  - rows:\n      - [Uraian, Ada]\n      - [Kegiatan, [1, 2]]\n",
            "line 5: tables[0].rows[1][1]: Input should be a valid string",
        ),
        (
            "lkjaudit-report: 1\ntables:\n  - caption: Tabel 1\n    colour: red\n    rows: [[a, b]]\n",
            "line 4: tables[0].colour: Extra inputs are not permitted",
        ),
        (
            "lkjaudit-report: 1\ntables:\n  - caption: Tabel 1\n",
            "line 3: tables[0].rows: Field required",
        ),
        ("lkjaudit-report: 2\n", "line 1: lkjaudit-report: Input should be 1"),
        (
            "tables: []\n",
            "not lkjaudit report data: the top level needs 'lkjaudit-report: 1'",
        ),
        ("lkjaudit-report: 1\ntables: [\n", "invalid YAML"),
        (
            "lkjaudit-report: 1\nx: &a [1, 2]\ny: *a\n",
            "line 2: YAML anchors and aliases are not allowed",
        ),
        (
            "lkjaudit-report: 1\ntitle: !!python/object/apply:os.system [echo hi]\n",
            "line 2: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
        ),
        (
            "lkjaudit-report: 1\ntables:\n  - {id: a, rows: [[x, y]]}\n  - {id: a, rows: [[x, y]]}\n",
            "tables[1]: table id 'a' is used twice",
        ),
    ],
    ids=[
        "not-a-number",
        "not-a-cell",
        "unknown-field",
        "missing-rows",
        "version",
        "no-marker",
        "syntax",
        "alias",
        "python-tag",
        "duplicate-id",
    ],
)
def test_invalid_data_is_one_precise_line(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(InputError) as info:
        read_report(write(tmp_path, text))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_invalid_json(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"line 2: invalid JSON \(Expecting value\)"):
        read_report(
            write(tmp_path, '{"lkjaudit-report": 1,\n "tables": [,]}', "r.json")
        )
    with pytest.raises(InputError, match=r"tables\[0\].rows\[0\]\[1\]: write a figure"):
        read_report(
            write(
                tmp_path,
                '{"lkjaudit-report": 1, "tables": [{"rows": [["a", 1.5]]}]}',
                "r.json",
            )
        )


def test_data_is_recognised_by_its_marker_whatever_its_name(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, HAND_WRITTEN, "laporan.txt"))
    assert report.format == "yaml"
    report = read_report(
        write(tmp_path, '{"lkjaudit-report": 1, "tables": []}', "data")
    )
    assert report.format == "json"


def test_extracted_data_records_where_each_cell_was() -> None:
    data = extract(str(SAMPLES / "sukamaju-2023.xlsx"))
    assert (data.source, data.format) == (str(SAMPLES / "sukamaju-2023.xlsx"), "xlsx")
    table = next(t for t in data.tables if t.id == "tabel-III.2")
    row = table.rows[1]
    assert not isinstance(row, list)
    # one address for the row; the cells follow it column by column
    assert (row.line, row.ref) == (4, "'Tabel III.2'!A4")
    assert row.cells[3] == "84,37"  # typed 84.37, printed with the sheet's format
    pdf = extract(str(SAMPLES / "sukamaju-2023.pdf"))
    first = pdf.tables[0].rows[0]
    assert not isinstance(first, list) and first.page == 1


def test_the_section_a_table_stands_under_is_kept(tmp_path: Path) -> None:
    # the paragraphs and tables of report data are two lists: the heading a table
    # stands under (the Perjanjian Kinerja's, for one) is written with the table
    data = extract(str(SAMPLES / "pasirian-tw2-2024.txt"))
    pk = next(t for t in data.tables if t.id == "tabel-ke-17")
    assert pk.section is not None and pk.section.startswith("LAMPIRAN PERJANJIAN")
    again = read_report(write(tmp_path, dump(data)))
    assert again.table("tabel-ke-17").section == pk.section


def test_extract_writes_each_table_s_sheet(tmp_path: Path) -> None:
    data = extract(str(SAMPLES / "pasirian-tw2-2024.xlsx"))
    sheets = {t.id: t.sheet for t in data.tables}
    assert sheets["tabel-3.2"] == 7 and sheets["tabel-3.16"] == 16
    assert all(s is not None for s in sheets.values())
    text = dump(data)
    assert "  sheet: 7\n" in text
    # read back: the sheet is where the table was, kept in the data, not a place
    # of the data file, whose lines run on (its findings have no sheet)
    path = tmp_path / "laporan.yaml"
    path.write_text(text, encoding="utf-8")
    again = read_report(str(path))
    assert all(t.sheet is None for t in again.tables)
    assert dump(extract(str(path))) == text


def test_extract_writes_each_paragraph_s_sheet(tmp_path: Path) -> None:
    data = extract(str(SAMPLES / "sukamaju-2023.xlsx"))
    # a paragraph's line is a row of its sheet: the sheet is written with it
    placed = [(p.sheet, p.line, p.ref) for p in data.paragraphs]
    assert (1, 20, "Teks!A20") in placed
    assert all(sheet is not None for sheet, _, _ in placed)
    text = dump(data)
    assert "  line: 20\n  sheet: 1\n  ref: Teks!A20\n" in text
    # read back, it stays with the paragraph (the data file's lines run on)
    path = tmp_path / "laporan.yaml"
    path.write_text(text, encoding="utf-8")
    assert all(p.sheet is None for p in read_report(str(path)).paragraphs)
    assert dump(extract(str(path))) == text


def test_extract_writes_no_sheet_without_one() -> None:
    data = extract(str(SAMPLES / "sukamaju-2023.md"))
    assert all(t.sheet is None for t in data.tables)
    assert all(p.sheet is None for p in data.paragraphs)
    assert not re.search(r"^ *sheet:", dump(data), re.MULTILINE)


def test_extracted_title_drops_markdown_marks(tmp_path: Path) -> None:
    data = extract(str(SAMPLES / "sukamaju-2023.md"))
    assert data.title == "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"
    assert "\ntitle: LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\n" in dump(data)
    closed = tmp_path / "a.md"
    closed.write_text("## **Laporan Kinerja** __2024__ ##\n\nIsi.\n", encoding="utf-8")
    assert extract(str(closed)).title == "Laporan Kinerja 2024"
    setext = tmp_path / "b.md"
    setext.write_text("LAPORAN KINERJA KECAMATAN X\n=====\n\nIsi.\n", encoding="utf-8")
    assert extract(str(setext)).title == "LAPORAN KINERJA KECAMATAN X"
    # a title with no marks is kept as printed, a hash or dash inside it too
    plain = tmp_path / "c.txt"
    plain.write_text("LKjIP #2 Kec. Pasirian - 2024\n\nIsi.\n", encoding="utf-8")
    assert extract(str(plain)).title == "LKjIP #2 Kec. Pasirian - 2024"


def test_markdown_header_rows_survive_extraction(tmp_path: Path) -> None:
    data = extract(str(SAMPLES / "sukamaju-2023.md"))
    assert data.tables[0].header  # the rows above |---|
    path = write(tmp_path, dump(data))
    again = read_report(path)
    assert len(again.tables[0].header) == 1


@pytest.mark.parametrize(
    ("first", "k", "ref"),
    [
        ("'Tabel 3.2'!B5", 2, "'Tabel 3.2'!D5"),
        ("Sheet1!Z12", 1, "Sheet1!AA12"),
        ("T3:R2C1", 3, "T3:R2C4"),
        ("p12", 0, "p12"),
        ("p12", 1, None),
    ],
)
def test_cell_addresses_follow_the_first(first: str, k: int, ref: str | None) -> None:
    assert next_ref(first, k) == ref


def test_the_published_schema_is_current(update_golden: bool) -> None:
    schema = json.dumps(ReportData.model_json_schema(by_alias=True), indent=2) + "\n"
    if update_golden:
        SCHEMA.parent.mkdir(parents=True, exist_ok=True)
        SCHEMA.write_text(schema, encoding="utf-8")
    assert SCHEMA.read_text(encoding="utf-8") == schema, (
        "docs/schema/report.schema.json is stale: run pytest --update-golden"
    )


def test_extracted_data_validates_against_the_published_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    names = ("sukamaju-2023.md", "sukamaju-2023.pdf", "sukamaju-2023.docx")
    for name in (*names, "sukamaju-2023.xlsx"):  # a workbook's: with its sheets
        jsonschema.validate(
            json.loads(dump(extract(str(SAMPLES / name)), "json")), schema
        )


# ----------------------------------------------------------------- the command


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_process(*args)


def test_extract_writes_yaml_or_json_by_suffix(tmp_path: Path) -> None:
    target = tmp_path / "laporan.json"
    proc = run("extract", str(SAMPLES / "sukamaju-2023.docx"), "-o", str(target))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")
    assert json.loads(target.read_text())["lkjaudit-report"] == 1
    proc = run("extract", str(target))  # JSON in, YAML out on stdout
    assert proc.returncode == 0 and proc.stdout.startswith("# lkjaudit report data")
    assert "\nlkjaudit-report: 1\n" in proc.stdout
    check = run("check", str(target), "--format", "json")
    assert check.returncode == 1
    # the sample's planted errors, whatever the format it went through
    found = json.loads(check.stdout)["findings"]
    assert sorted((f["rule_id"], f["expected"], f["actual"]) for f in found) == sorted(
        (rule, expected, actual) for rule, _, _, expected, actual in PLANTED
    )


def test_extract_errors_are_one_line(tmp_path: Path) -> None:
    proc = run("extract", str(tmp_path / "tidak-ada.pdf"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().endswith("tidak-ada.pdf: berkas tidak ditemukan")
    report = tmp_path / "laporan.yaml"
    report.write_text(HAND_WRITTEN, encoding="utf-8")
    proc = run("extract", str(report), "-o", str(report))
    assert (
        proc.returncode == 2
        and "berkas keluaran adalah laporan itu sendiri" in proc.stderr
    )
    assert report.read_text(encoding="utf-8") == HAND_WRITTEN
    # a name that says no data format is refused, not written as YAML anyway
    proc = run(
        "extract", str(report), "-o", str(tmp_path / "laporan.txt"), "--lang", "en"
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "cannot tell the data format from" in proc.stderr
    assert not (tmp_path / "laporan.txt").exists()
    proc = run("extract", str(report), "-o", str(tmp_path / "x.txt"), "-f", "json")
    assert proc.returncode == 0 and json.loads((tmp_path / "x.txt").read_text())


def test_the_readme_example_is_valid_data(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```yaml\nlkjaudit-report: 1")
    example = readme[start + len("```yaml\n") : readme.index("```", start + 7)]
    path = write(tmp_path, "# Laporan Kinerja\n" + example)
    found = audit_report(load_report(path), AuditOptions(strict=True))
    assert [(f.rule_id, f.expected, f.actual, f.location.cell) for f in found] == [
        (
            "sisa-equals-anggaran-minus-realisasi",
            "900.000",
            "990.000",
            "laporan.pdf p14 L8",
        )
    ]
