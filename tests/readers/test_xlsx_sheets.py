"""A workbook's sheets: how near a sentence is to a table.

Every sheet numbers its rows from 1, so a row alone says not which table a
sentence comments on. A table on a sentence's own sheet is nearer to it than any
table on another sheet, and other sheets are farther the farther they are in the
workbook's order. Formats without sheets measure as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.prose.position import paragraph_at, paragraph_near, table_near
from lkjaudit.prose.text import sentences
from lkjaudit.readers import load_report, read_report

from conftest import SAMPLES

FIGURE = "text-figure-matches-table"
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
    # nearest; in the workbook's order it is the second sheet's
    assert _placed(_findings(path, FIGURE)) == [
        (FIGURE, "Narasi!A11", "80%", "70%", ["'Tabel 3.1'!D2"])
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
