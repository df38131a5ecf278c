"""A workbook's sheets: how near a sentence is to a table, and findings in sheet order.

Every sheet numbers its rows from 1, so a row alone says neither which table a
sentence comments on nor where a finding stands. A table on a sentence's own sheet
is nearer to it than any table on another sheet, and other sheets are farther the
farther they are in the workbook's order; findings are listed sheet by sheet, in
every output. Formats without sheets measure and order as before.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from lkjaudit.api import AuditOptions, audit, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.model.result import AuditResult
from lkjaudit.prose.position import paragraph_at, paragraph_near, table_near
from lkjaudit.prose.text import sentences
from lkjaudit.readers import load_report, read_report
from lkjaudit.reporters.json import JsonReporter
from lkjaudit.reporters.sarif import SarifReporter
from lkjaudit.reporters.terminal import TerminalReporter

from conftest import SAMPLES, compact

FIGURE = "text-figure-matches-table"
CAPAIAN = "capaian-equals-realisasi-over-target"
HEAD = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]
Rows = list[list[object]]


def _workbook(tmp_path: Path, sheets: list[tuple[str, Rows]]) -> str:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r, values in enumerate(rows, start=1):
            for k, value in enumerate(values, start=1):
                ws.cell(row=r, column=k, value=value)
    path = tmp_path / "laporan.xlsx"
    wb.save(str(path))
    return str(path)


def _findings(path: str, *rules: str) -> list[Finding]:
    return audit_report(load_report(path), AuditOptions(select=rules, strict=True))


def _placed(found: list[Finding]) -> list[tuple[object, ...]]:
    """[rule, cell, expected, actual, the related cells] per finding."""
    return [
        (
            f.rule_id,
            f.location.cell,
            f.expected,
            f.actual,
            [r.cell for r in f.related],
        )
        for f in found
    ]


# ----------------------------------------------------------------- near lines


def _units(quoted: dict[int, str], count: int = 8) -> list[tuple[str, Rows]]:
    """One sheet per unit: the same indicator, its own capaian, a sentence under it.

    Unit k's capaian is 60 + 4k %; its sentence quotes ``quoted[k]`` or that.
    """
    sheets = []
    for k in range(1, count + 1):
        own = f"{60 + 4 * k}%"
        said = quoted.get(k, own)
        rows: Rows = [
            [f"Capaian Kinerja UPT {k} Tahun 2024"],
            HEAD,
            [1, "Persentase desa tertib administrasi", "100%", own, own],
            [],
            [
                "Capaian indikator persentase desa tertib administrasi pada tahun "
                f"2024 sebesar {said}."
            ],
        ]
        sheets.append((f"UPT {k}", rows))
    return sheets


def test_a_sentence_quoting_its_own_sheet_s_table_is_right(tmp_path: Path) -> None:
    # NOTE: eight tables hold the indicator, more than the six nearest a sentence
    # keeps among equally named rows; measured by rows alone, every sheet's table
    # stood as near as its own (row 3 against row 5), and the sentences of UPT 1
    # and UPT 2 were told UPT 3's figure
    path = _workbook(tmp_path, _units({}))
    assert _findings(path, FIGURE) == []


def test_a_sentence_is_told_its_own_sheet_s_figure(tmp_path: Path) -> None:
    path = _workbook(tmp_path, _units({8: "91%"}))
    assert _placed(_findings(path, FIGURE)) == [
        (FIGURE, "'UPT 8'!A5", "92%", "91%", ["'UPT 8'!E3"])
    ]


def _narasi_first(said: str) -> list[tuple[str, Rows]]:
    """The prose on the first sheet; the tables on the next ones.

    The table on the third sheet starts on the sentence's row, the one on the
    second sheet far above it.
    """
    narasi: Rows = [["BAB III AKUNTABILITAS KINERJA"]] + [
        [f"Uraian kegiatan ke-{k} disajikan pada lampiran."] for k in range(1, 9)
    ]
    narasi += [[], [f"Persentase dokumen perencanaan yang disusun tercapai {said}."]]
    row = len(narasi)
    table = [HEAD, [1, "Persentase dokumen perencanaan yang disusun", "100%"]]
    return [
        ("Narasi", narasi),
        ("Tabel 3.1", [[*table[0]], [*table[1], "80%", "80%"]]),
        (
            "Tabel 3.2",
            [[] for _ in range(row - 1)] + [table[0], [*table[1], "75%", "75%"]],
        ),
    ]


def test_across_sheets_the_next_sheet_is_nearer(tmp_path: Path) -> None:
    path = _workbook(tmp_path, _narasi_first("70%"))
    # NOTE: by rows alone, the third sheet's table (on the sentence's row) was the
    # nearest; in the workbook's order it is the second sheet's. The two copies
    # (80% and 75%, each its own table's capaian) settle no figure: none expected
    assert _placed(_findings(path, FIGURE)) == [
        (FIGURE, "Narasi!A11", None, "70%", ["'Tabel 3.1'!D2"])
    ]
    assert _findings(_workbook(tmp_path, _narasi_first("75%")), FIGURE) == []


def test_near_lines_keep_sheets_apart_and_in_order(tmp_path: Path) -> None:
    sheets = _units({}, count=3)
    sheets[1][1].extend([[] for _ in range(40)] + [["Catatan akhir lembar kedua."]])
    report = read_report(_workbook(tmp_path, sheets))
    tables = {t.sheet: table_near(report, t) for t in report.tables}
    paragraphs = report.paragraphs
    assert [(p.sheet, p.line) for p in paragraphs] == [(1, 5), (2, 5), (2, 46), (3, 5)]
    near = [paragraph_near(report, p) for p in paragraphs]
    assert near == sorted(near)  # reading order
    assert [t for _, t in sorted(tables.items())] == sorted(tables.values())
    # the far end of sheet 2 is nearer its own table than any other sheet's
    far = near[2]
    own = abs(far - tables[2])
    assert own < min(abs(far - tables[1]), abs(far - tables[3]))
    # sheet 1's sentence: sheet 2 is nearer than sheet 3, though on the same row
    assert abs(near[0] - tables[2]) < abs(near[0] - tables[3])
    # sheet 3's sentence: its own table, then sheet 2's, then sheet 1's
    last = near[3]
    assert abs(last - tables[3]) < abs(last - tables[2]) < abs(last - tables[1])


@pytest.mark.parametrize(
    "name",
    ["pasirian-tw2-2024.txt", "sukamaju-2023.md", "sukamaju-2023.docx"],
)
def test_without_sheets_the_near_line_is_the_reading_line(name: str) -> None:
    report = load_report(str(SAMPLES / name))
    found = sentences(report)
    assert found and all(s.near == s.at for s in found)
    for table in report.tables:
        assert table.sheet is None
        assert table_near(report, table) == (table.line_start or 0)


def test_a_pdf_s_near_line_counts_its_pages() -> None:
    report = load_report(str(SAMPLES / "sukamaju-2023.pdf"))
    assert all(s.near == s.at for s in sentences(report))
    near = [paragraph_near(report, p) for p in report.paragraphs]
    assert near == [paragraph_at(report, p) for p in report.paragraphs]
    assert len({p.page for p in report.paragraphs}) > 1


# ------------------------------------------------------------------- ordering

_NARASI: Rows = [
    ["LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"],
    ["BAB I PENDAHULUAN"],
    ["BAB II PERENCANAAN KINERJA"],
    ["BAB III AKUNTABILITAS KINERJA"],
    ["Persentase dokumen perencanaan jenis 1 yang disusun tercapai 49%."],
    ["BAB IV PENUTUP"],
]


def _ordered_workbook(tmp_path: Path) -> str:
    """Errors at row 5 of sheet 1, row 9 of sheet 2 and row 2 of sheet 3."""
    long = [HEAD] + [
        [k, f"Persentase dokumen perencanaan jenis {k} yang disusun", "100%"]
        + [f"{50 + k}%", f"{50 + k + (5 if k == 8 else 0)}%"]
        for k in range(1, 9)
    ]
    short = [
        HEAD,
        [1, "Persentase pengaduan yang ditindaklanjuti", "100%", "90%", "95%"],
    ]
    sheets = [("Narasi", _NARASI), ("Tabel 3.1", long), ("Tabel 3.2", short)]
    return _workbook(tmp_path, sheets)


ORDERED = [
    (FIGURE, "text/paragraph:5/sentence:1", 5, 1, "51%", "49%"),
    (CAPAIAN, "tabel-3.1/row:8/col:capaian", 9, 2, "58%", "63%"),
    (CAPAIAN, "tabel-3.2/row:1/col:capaian", 2, 3, "90%", "95%"),
    (
        "required-chapters-present",
        "document/lampiran:perjanjian-kinerja",
        None,
        None,
        "LAMPIRAN PERJANJIAN KINERJA",
        None,
    ),
]


_RULES = (FIGURE, CAPAIAN, "required-chapters-present")


def _ordered(tmp_path: Path) -> AuditResult:
    options = AuditOptions(select=_RULES, strict=True)
    return audit([_ordered_workbook(tmp_path)], options)


def test_findings_come_sheet_by_sheet(tmp_path: Path) -> None:
    # NOTE: by line alone, sheet 3's row 2 came first and sheet 2's row 9 last
    found = _ordered(tmp_path).findings
    assert [
        (f.rule_id, f.location.ref, f.location.line, f.location.sheet)
        + (f.expected, f.actual)
        for f in found
    ] == ORDERED
    assert [f.location.cell for f in found] == [
        "Narasi!A5",
        "'Tabel 3.1'!E9",
        "'Tabel 3.2'!E2",
        None,
    ]


_HEAD = re.compile(r"^ {4} *(\S+)  (?:error|peringatan|info)  (\S+)")


def test_the_terminal_groups_tables_in_sheet_order(tmp_path: Path) -> None:
    text = TerminalReporter(width=200).render(_ordered(tmp_path))
    lines = text.splitlines()
    groups = [line.strip() for line in lines if re.match(r"^  \S", line)]
    # each group names its sheet; what has no place in the workbook comes last
    assert groups == [
        "dokumen · lembar Narasi",
        "Tabel 3.1 · lembar 'Tabel 3.1'",
        "Tabel 3.2 · lembar 'Tabel 3.2'",
        "dokumen",
    ]
    heads = [m.groups() for line in lines if (m := _HEAD.match(line))]
    assert heads == [
        ("5", FIGURE),
        ("9", CAPAIAN),
        ("2", CAPAIAN),
        ("-", "required-chapters-present"),
    ]


def test_json_and_sarif_name_the_sheet(tmp_path: Path) -> None:
    result = _ordered(tmp_path)
    data = json.loads(JsonReporter().render(result))
    places = [
        (f["location"]["cell"], f["location"]["line"], f["location"].get("sheet"))
        for f in data["findings"]
    ]
    assert places == [
        ("Narasi!A5", 5, 1),
        ("'Tabel 3.1'!E9", 9, 2),
        ("'Tabel 3.2'!E2", 2, 3),
        (None, None, None),
    ]
    # NOTE: a location without a sheet has no "sheet" key, as before
    assert "sheet" not in data["findings"][3]["location"]
    assert {r["sheet"] for r in data["findings"][1]["related"]} == {2}
    sarif = json.loads(SarifReporter().render(result))
    # NOTE: a worksheet row is no line of the file: no region, the cell named
    placed = [
        (
            r["locations"][0]["physicalLocation"].get("region", {}).get("startLine"),
            r["locations"][0].get("properties", {}).get("sheet"),
            r["locations"][0].get("properties", {}).get("line"),
            [x["fullyQualifiedName"] for x in r["locations"][0]["logicalLocations"]][
                1:
            ],
        )
        for r in sarif["runs"][0]["results"]
    ]
    assert placed == [
        (None, 1, 5, ["Narasi!A5"]),
        (None, 2, 9, ["'Tabel 3.1'!E9"]),
        (None, 3, 2, ["'Tabel 3.2'!E2"]),
        (None, None, None, []),
    ]


_MARKDOWN = """# BAB III AKUNTABILITAS KINERJA

Tabel 3.2 Capaian Kinerja

| No | Indikator Kinerja | Target | Realisasi | Capaian |
| --- | --- | --- | --- | --- |
| 1 | Persentase pengaduan yang ditindaklanjuti | 100% | 90% | 95% |

Persentase pengaduan yang ditindaklanjuti tercapai 80%.
"""


def test_a_report_without_sheets_is_ordered_by_line(tmp_path: Path) -> None:
    path = tmp_path / "laporan.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    result = audit([str(path)], AuditOptions(select=_RULES, strict=True))
    assert compact(result.findings) == [
        [CAPAIAN, "tabel-3.2/row:1/col:capaian", 7, "90%", "95%"],
        [FIGURE, "text/paragraph:3/sentence:1", 9, "90%", "80%"],
    ]
    assert all(f.location.sheet is None for f in result.findings)
    assert '"sheet"' not in JsonReporter().render(result)


@pytest.mark.parametrize("typed", [True, False], ids=["date-cell", "text"])
def test_a_signature_place_and_date_in_two_cells_is_prose(
    tmp_path: Path, typed: bool
) -> None:
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.title = "Narasi"
    ws["A1"] = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024"
    ws["A2"] = "DINAS PENDIDIKAN KABUPATEN NGAWIRAJA"
    ws["A4"] = (
        "Laporan Kinerja ini memuat capaian kinerja dan realisasi anggaran "
        "sesuai Perjanjian Kinerja Tahun 2024."
    )
    ws["A6"] = "Ngawiraja,"
    if typed:
        ws["B6"] = dt.datetime(2024, 12, 20)
        ws["B6"].number_format = "d mmmm yyyy"
    else:
        ws["B6"] = "20 Desember 2024"
    ws["A7"] = "KEPALA DINAS PENDIDIKAN KABUPATEN NGAWIRAJA"
    ws["A9"] = "Dr. HENDRA WIJAYA KUSUMA, M.Pd."
    path = tmp_path / "narasi.xlsx"
    wb.save(str(path))
    report = load_report(str(path))
    assert report.tables == []
    assert "Ngawiraja, 20 Desember 2024" in [p.text for p in report.paragraphs]
    found = audit_report(report, AuditOptions(select=("signature-after-period",)))
    assert [(f.expected, f.actual) for f in found] == [
        ("≥ 31 Desember 2024", "20 Desember 2024")
    ]
