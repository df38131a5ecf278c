"""The year's and the quarter's targets under one ``Target`` over two header rows.

``Target`` spanning ``2025 | TW III`` (or ``Tahunan | TW III``, ``2025 | s.d. TW
III``) says what ``Target 2025 | Target TW III`` says: the year's target keeps the
table's target role, so the Perjanjian Kinerja's copies of it agree, and the
quarter's is read beside it. Before, the year's leaf named no role, the quarter's
became the table's target, and every copy of the year's target in the PK was
reported as differing from it. Read the same in Markdown, tab-separated text,
DOCX and XLSX (merged header cells).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.analysis.periods import only_year
from lkjaudit.analysis.targets import period_target
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.report import ColumnRole as R
from lkjaudit.readers import load_report

from conftest import compact, findings_for, report_from

CAPAIAN = "capaian-equals-realisasi-over-target"
COPIES = "figure-same-in-every-table"
SPLIT = "target-triwulan-agrees-with-target-tahunan"

_TITLE = "LAPORAN KINERJA KECAMATAN WATUGEDE TRIWULAN III TAHUN 2025"
_PK_CAPTION = "Tabel 2.1 Perjanjian Kinerja Tahun 2025"
_CAPTION = "Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2025"
_PK = [
    ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
    ["1", "Jumlah pelanggaran Perda dan Perkada", "kasus", "16"],
    ["2", "Jumlah UMKM yang dibina", "UMKM", "40"],
]


def _grid(year: str, quarter: str, first: str, capaian: str) -> list[list[str]]:
    return [
        ["No", "Indikator Kinerja", "Satuan", "Target", "", "Realisasi s.d. TW III"]
        + ["Capaian (%)"],
        ["", "", "", year, quarter, "", ""],
        ["1", "Jumlah pelanggaran Perda dan Perkada", "kasus", first, "12", "9"]
        + [capaian],
        ["2", "Jumlah UMKM yang dibina", "UMKM", "40", "30", "27", "90,00"],
    ]


def _markdown(grid: list[list[str]]) -> str:
    def table(rows: list[list[str]]) -> list[str]:
        lines = [f"| {' | '.join(r)} |" for r in rows]
        return [lines[0], "|" + " --- |" * len(rows[0]), *lines[1:]]

    parts = [f"# {_TITLE}", "", _PK_CAPTION, "", *table(_PK), "", _CAPTION, ""]
    return "\n".join([*parts, *table(grid)]) + "\n"


def _tabbed(grid: list[list[str]]) -> str:
    lines = [_TITLE, "", _PK_CAPTION, "", *("\t".join(r) for r in _PK), ""]
    lines += [_CAPTION, "", *("\t".join(r) for r in grid)]
    return "\n".join(lines) + "\n"


def _docx(grid: list[list[str]], path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(_TITLE)
    for caption, rows in ((_PK_CAPTION, _PK), (_CAPTION, grid)):
        document.add_paragraph(caption)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                if text:
                    table.cell(i, j).text = text
    table.cell(0, 3).merge(table.cell(0, 4))
    for j in (0, 1, 2, 5, 6):
        table.cell(0, j).merge(table.cell(1, j))
    document.save(str(path))


def _xlsx(grid: list[list[str]], path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([_TITLE])
    for caption, rows in ((_PK_CAPTION, _PK), (_CAPTION, grid)):
        sheet.append([])
        sheet.append([caption])
        top = sheet.max_row + 1
        for row in rows:
            sheet.append([int(c) if c.isdigit() else (c or None) for c in row])
    sheet.merge_cells(f"D{top}:E{top}")
    for col in "ABCFG":
        sheet.merge_cells(f"{col}{top}:{col}{top + 1}")
    book.save(str(path))


FORMATS = ("md", "txt", "docx", "xlsx")
HEADERS = [("2025", "TW III"), ("Tahunan", "TW III"), ("2025", "s.d. TW III")]


def _write(
    fmt: str,
    tmp_path: Path,
    header: tuple[str, str] = HEADERS[0],
    first: str = "16",
    capaian: str = "133,33",
) -> str:
    grid = _grid(*header, first, capaian)
    path = tmp_path / f"tw3.{fmt}"
    if fmt == "md":
        path.write_text(_markdown(grid), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(_tabbed(grid), encoding="utf-8")
    elif fmt == "docx":
        _docx(grid, path)
    else:
        _xlsx(grid, path)
    return str(path)


def _found(path: str) -> list[list[object]]:
    report = load_report(path)
    return [
        [f.rule_id, f.location.ref, f.expected, f.actual]
        for f in audit_report(report, AuditOptions(strict=True))
    ]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("2025", True),
        ("Tahun 2025", True),
        ("Thn. 2025", True),
        ("Tahunan", True),
        ("Target 2025", False),
        ("TW III", False),
        ("2025 (Renstra)", False),
        ("2021-2026", False),
    ],
)
def test_a_label_naming_the_year_alone(text: str, alone: bool) -> None:
    assert only_year(text) is alone


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header", HEADERS)
def test_the_years_leaf_keeps_the_target_and_the_quarters_is_read_beside_it(
    fmt: str, header: tuple[str, str], tmp_path: Path
) -> None:
    (_, table) = load_report(_write(fmt, tmp_path, header)).tables
    year, quarter = header
    assert [(c.group, c.header, c.role) for c in table.columns[3:]] == [
        ("Target", year, R.TARGET),
        ("Target", quarter, R.OTHER),
        ("", "Realisasi s.d. TW III", R.REALISASI),
        ("", "Capaian (%)", R.CAPAIAN),
    ]
    found = period_target(table)
    assert found is not None and found.header == quarter


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header", HEADERS)
def test_the_pks_copies_of_the_years_target_agree(
    fmt: str, header: tuple[str, str], tmp_path: Path
) -> None:
    # 16 and 40 in both tables; 12 / 9 = 133,33 (lower is better) and 27 / 30 =
    # 90,00 follow the quarter's target
    assert _found(_write(fmt, tmp_path, header)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_years_target_that_differs_from_the_pk_is_reported(
    fmt: str, tmp_path: Path
) -> None:
    assert _found(_write(fmt, tmp_path, first="15")) == [
        # NOTE: the PK's 16 against the table's 15, and the row's capaian reads
        # the quarter's target: nothing tells which is right, no figure claimed
        [COPIES, "tabel-3.1/row:1/col:target", None, "15 kasus"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_capaian_off_both_targets_names_them_with_their_group(
    fmt: str, tmp_path: Path
) -> None:
    report = load_report(_write(fmt, tmp_path, capaian="140,00"))
    (finding,) = audit_report(report, AuditOptions(strict=True))
    assert [finding.rule_id, finding.location.ref, finding.expected] == [
        CAPAIAN,
        "tabel-3.1/row:1/col:capaian",
        "125,00",
    ]
    assert finding.actual == "140,00"
    assert finding.message.endswith("; atau 143,75 bila dihitung terhadap Target 2025)")


_SPLIT = """# LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN III TAHUN 2025

**Tabel 3.1 Capaian Indikator per Triwulan**

| No | Indikator | Target | | | | | Realisasi s.d. TW III | Capaian (%) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | Tahunan | TW I | TW II | TW III | TW IV | | |
| 1 | Jumlah kelompok yang dibina | {year} | 4 | 6 | 8 | 6 | 17 | {capaian} |
| 2 | Jumlah UMKM yang dibina | 40 | 10 | 10 | 10 | 10 | 27 | 67,50 |
| 3 | Jumlah sosialisasi | 8 | 2 | 2 | 2 | 2 | 6 | 75,00 |
"""


def test_the_years_leaf_beside_every_quarter_is_the_years_target() -> None:
    # before, no column of this table was its target: the quarters were parts
    # and "Tahunan" named nothing; now it reads as "Target Tahunan" beside them
    (table,) = report_from(_SPLIT.format(year="24", capaian="70,83"), "t.md").tables
    assert [c.role for c in table.columns[2:7]] == [R.TARGET] + [R.OTHER] * 4
    assert period_target(table) is None
    assert (
        compact(findings_for(_SPLIT.format(year="24", capaian="70,83"), source="t.md"))
        == []
    )
    found = findings_for(_SPLIT.format(year="25", capaian="68,00"), source="t.md")
    assert compact(found) == [[SPLIT, "tabel-3.1/row:1/col:target", 8, "24", "25"]]


_UP_TO = """# LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN III TAHUN 2025

**Tabel 3.1 Capaian Indikator per Triwulan**

| No | Indikator | {head} | Realisasi s.d. TW III | Capaian (%) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | {sub} | | |
| 1 | Jumlah kelompok yang dibina | 24 | {q1} | 17 | {capaian} |
| 2 | Jumlah UMKM yang dibina | 40 | {q2} | 27 | 90,00 |
| 3 | Jumlah sosialisasi | 8 | {q3} | 6 | 100,00 |
"""
# the year's target over its leaf, or beside the quarters under "Target"
_LEVELS = {
    "two-level": ("Target | | | | ", "Tahunan | TW I | TW II | TW III | TW IV"),
    "one-level": ("Target Tahunan | Target | | | ", " | TW I | TW II | TW III | TW IV"),
}
# each quarter's own target (adding up to the year's), or running totals
_QUARTERS = {
    "own": ("4 | 6 | 8 | 6", "10 | 10 | 10 | 10", "2 | 2 | 2 | 2"),
    "running": ("4 | 10 | 18 | 24", "10 | 20 | 30 | 40", "2 | 4 | 6 | 8"),
}


def _up_to(level: str, quarters: str, capaian: str) -> str:
    head, sub = _LEVELS[level]
    q1, q2, q3 = _QUARTERS[quarters]
    return _UP_TO.format(head=head, sub=sub, q1=q1, q2=q2, q3=q3, capaian=capaian)


@pytest.mark.parametrize("level", sorted(_LEVELS))
@pytest.mark.parametrize("quarters", sorted(_QUARTERS))
def test_a_capaian_against_the_target_up_to_the_quarter_draws_nothing(
    level: str, quarters: str
) -> None:
    # 17 / 18 = 94,44, 27 / 30 = 90,00 and 6 / 6 = 100,00: against the target up
    # to TW III (4 + 6 + 8, or the running 18); 17 / 24 = 70,83 the year's
    for capaian in ("94,44", "70,83"):
        text = _up_to(level, quarters, capaian)
        (table,) = report_from(text, "t.md").tables
        assert table.column(R.TARGET) is table.columns[2]
        assert compact(findings_for(text, select=(CAPAIAN,), source="t.md")) == []


@pytest.mark.parametrize("level", sorted(_LEVELS))
def test_a_capaian_against_neither_target_is_expected_by_the_years(
    level: str,
) -> None:
    text = _up_to(level, "own", "95,00")
    found = findings_for(text, select=(CAPAIAN,), source="t.md")
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 8] + ["70,83", "95,00"]
    ]
