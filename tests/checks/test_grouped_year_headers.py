"""A second header row of years under groups, and a damage grade under ``Rusak``.

``Anggaran | | Realisasi | | Persentase |`` over ``2024 | 2025 | 2024 | 2025 |
2024 | 2025`` is a header, as ``Anggaran 2024 | Anggaran 2025 …`` is: before, the
row of years was read as the table's first data row (``Persentase 2024, seharusnya
100``, a JUMLAH "missing" 2.024). Of the years, the report's own decides which
column is the table's budget, realisasi and %: the others are last year's (or next
year's) figures, never compared with this year's copies (the Perjanjian Kinerja's
budget is the year's). Their JUMLAH still adds up their own rows.

``Baik | Rusak | | Jumlah`` over ``| Ringan | Berat |`` reads as ``Baik | Rusak
Ringan | Rusak Berat | Jumlah``: the two grades are categories the Jumlah adds up,
and "*… unit dalam kondisi rusak*" is their sum. Read the same in Markdown,
tab-separated text, DOCX and XLSX (merged header cells).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.analysis import analyze
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.report import ColumnRole as R
from lkjaudit.readers import load_report
from lkjaudit.readers.text import read_text

PK_RULE = "pk-budget-matches-report"
PERSEN = "persen-anggaran-equals-realisasi-over-anggaran"
COLUMN_SUM = "total-row-equals-column-sum"
ROW_SUM = "row-total-equals-sum-of-categories"
COUNT = "text-count-matches-table"

FORMATS = ("md", "txt", "docx", "xlsx")

_PROGRAM_A = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
_PROGRAM_B = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
_PK_CAPTION = "Tabel 2.1 Perjanjian Kinerja Tahun 2025"
_PK = [
    ["No", "Program", "Anggaran (Rp)"],
    ["1", _PROGRAM_A, "1.500.000.000"],
    ["2", _PROGRAM_B, "300.000.000"],
]
_BUDGET_CAPTION = "Tabel 3.5 Realisasi Anggaran per Program"


def _budget(
    years: tuple[str, str] = ("2024", "2025"),
    pct: str = "90,00",
    total_2024: str = "1.650.000.000",
) -> list[list[str]]:
    old, new = years
    return [
        ["No", "Program", "Anggaran", "", "Realisasi", "", "Persentase", ""],
        ["", "", old, new, old, new, old, new],
        ["1", _PROGRAM_A, "1.400.000.000", "1.500.000.000", "1.300.000.000"]
        + ["1.350.000.000", "92,86", pct],
        ["2", _PROGRAM_B, "250.000.000", "300.000.000", "240.000.000"]
        + ["270.000.000", "96,00", "90,00"],
        ["", "JUMLAH", total_2024, "1.800.000.000", "1.540.000.000"]
        + ["1.620.000.000", "93,33", "90,00"],
    ]


_ASSET_CAPTION = "Tabel 3.8 Kondisi Sarana dan Prasarana Kantor"


def _assets(first_total: str = "13", ringan_total: str = "3") -> list[list[str]]:
    return [
        ["No", "Jenis Barang", "Baik", "Rusak", "", "Jumlah"],
        ["", "", "", "Ringan", "Berat", ""],
        ["1", "Komputer", "10", "2", "1", first_total],
        ["2", "Kendaraan Roda Dua", "5", "1", "0", "6"],
        ["", "JUMLAH", "15", ringan_total, "1", "19"],
    ]


def _markdown_table(rows: list[list[str]]) -> list[str]:
    lines = [f"| {' | '.join(r)} |" for r in rows]
    return [lines[0], "|" + " --- |" * len(rows[0]), *lines[1:]]


def _write(
    fmt: str,
    tmp_path: Path,
    tables: list[tuple[str, list[list[str]]]],
    title: str,
    after: str = "",
) -> str:
    path = tmp_path / f"report.{fmt}"
    if fmt == "docx":
        _docx(tables, title, after, path)
        return str(path)
    if fmt == "xlsx":
        _xlsx(tables, title, after, path)
        return str(path)
    lines = [f"# {title}" if fmt == "md" else title, ""]
    for caption, rows in tables:
        lines += [caption, ""]
        if fmt == "md":
            lines += _markdown_table(rows)
        else:
            lines += ["\t".join(r) for r in rows]
        lines.append("")
    if after:
        lines += [after, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def _docx(
    tables: list[tuple[str, list[list[str]]]], title: str, after: str, path: Path
) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(title)
    for caption, rows in tables:
        document.add_paragraph(caption)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                if text:
                    table.cell(i, j).text = text
        if rows[1][0] == "":  # a two-row header: merge its cells as printed
            top, below = rows[0], rows[1]
            for j, text in enumerate(top):
                if not text:
                    continue
                end = j
                while end + 1 < len(top) and not top[end + 1]:
                    end += 1
                if end > j:
                    table.cell(0, j).merge(table.cell(0, end))
                elif not below[j]:
                    table.cell(0, j).merge(table.cell(1, j))
    if after:
        document.add_paragraph(after)
    document.save(str(path))


def _xlsx(
    tables: list[tuple[str, list[list[str]]]], title: str, after: str, path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([title])
    for caption, rows in tables:
        sheet.append([])
        sheet.append([caption])
        top = sheet.max_row + 1
        for row in rows:
            sheet.append([int(c) if c.isdigit() else (c or None) for c in row])
        if rows[1][0] == "":  # a two-row header: merge each group's cells
            head = rows[0]
            for j, text in enumerate(head):
                end = j
                while text and end + 1 < len(head) and not head[end + 1]:
                    end += 1
                if end > j:
                    sheet.merge_cells(
                        start_row=top,
                        start_column=j + 1,
                        end_row=top,
                        end_column=end + 1,
                    )
    if after:
        sheet.append([])
        sheet.append([after])
    book.save(str(path))


_TITLE_2025 = "LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2025"
_TITLE_2024 = "LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2024"


def _found(path: str) -> list[list[object]]:
    report = load_report(path)
    return [
        [f.rule_id, f.location.ref, f.expected, f.actual]
        for f in audit_report(report, AuditOptions(strict=True))
    ]


def _budget_report(
    fmt: str, tmp_path: Path, pct: str = "90,00", total_2024: str = "1.650.000.000"
) -> str:
    tables = [
        (_PK_CAPTION, _PK),
        (_BUDGET_CAPTION, _budget(pct=pct, total_2024=total_2024)),
    ]
    return _write(fmt, tmp_path, tables, _TITLE_2025)


# -- the row of years is a header ---------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_row_of_years_is_header_and_the_reports_year_holds_the_roles(
    fmt: str, tmp_path: Path
) -> None:
    (_, table) = load_report(_budget_report(fmt, tmp_path)).tables
    assert len(table.rows) == 3  # two programs and the JUMLAH
    assert [(c.group, c.header, c.role) for c in table.columns[2:]] == [
        ("Anggaran", "2024", R.OTHER),
        ("Anggaran", "2025", R.ANGGARAN),
        ("Realisasi", "2024", R.OTHER),
        ("Realisasi", "2025", R.REALISASI_ANGGARAN),
        ("Persentase", "2024", R.OTHER),
        ("Persentase", "2025", R.PERSEN_ANGGARAN),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_by_year_that_adds_up_gives_no_finding(
    fmt: str, tmp_path: Path
) -> None:
    # before: "Persentase 2024, seharusnya 100", four JUMLAH off by 2.024 or
    # 2.025, and the PK's 2025 budgets compared with 2024's
    assert _found(_budget_report(fmt, tmp_path)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_years_percentage_is_checked(fmt: str, tmp_path: Path) -> None:
    assert _found(_budget_report(fmt, tmp_path, pct="95,00")) == [
        [PERSEN, "tabel-3.5/row:1/col:persen_anggaran", "90,00", "95,00"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_jumlah_still_adds_up_its_rows(fmt: str, tmp_path: Path) -> None:
    path = _budget_report(fmt, tmp_path, total_2024="1.660.000.000")
    assert _found(path) == [
        [COLUMN_SUM, "tabel-3.5/row:3/col:c3", "1.650.000.000", "1.660.000.000"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_pk_budget_is_compared_with_the_years_budget(
    fmt: str, tmp_path: Path
) -> None:
    pk = [_PK[0], [*_PK[1][:2], "1.400.000.000"], _PK[2]]
    tables = [(_PK_CAPTION, pk), (_BUDGET_CAPTION, _budget())]
    path = _write(fmt, tmp_path, tables, _TITLE_2025)
    assert _found(path) == [
        [PK_RULE, "tabel-2.1/row:1/col:anggaran", "1.500.000.000", "1.400.000.000"],
    ]


def test_a_report_of_the_earlier_year_takes_that_years_columns() -> None:
    text = "\n".join(
        [_TITLE_2024, "", _BUDGET_CAPTION, "", *("\t".join(r) for r in _budget())]
    )
    (table,) = analyze(read_text("t.txt", text, "text")).tables
    assert [c.role for c in table.columns[2:]] == [
        R.ANGGARAN,
        R.OTHER,
        R.REALISASI_ANGGARAN,
        R.OTHER,
        R.PERSEN_ANGGARAN,
        R.OTHER,
    ]


def test_a_report_of_another_year_leaves_the_years_roles_undecided() -> None:
    # neither column is the report's year: as before, both keep the role
    text = "\n".join(
        ["LAPORAN KINERJA TAHUN 2026", "", _BUDGET_CAPTION, ""]
        + ["\t".join(r) for r in _budget()]
    )
    (table,) = analyze(read_text("t.txt", text, "text")).tables
    assert [c.role for c in table.columns[2:4]] == [R.ANGGARAN, R.ANGGARAN]


def test_flat_year_headers_follow_the_reports_year_too() -> None:
    grid = _budget()
    flat = [
        ["No", "Program"]
        + [
            f"{g} {y}"
            for g in ("Anggaran", "Realisasi", "Persentase")
            for y in grid[1][2:4]
        ],
        *grid[2:],
    ]
    text = "\n".join(
        [_TITLE_2025, "", _PK_CAPTION, "", *("\t".join(r) for r in _PK), ""]
        + [_BUDGET_CAPTION, "", *("\t".join(r) for r in flat)]
    )
    report = analyze(read_text("t.txt", text, "text"))
    assert [c.role for c in report.tables[1].columns[2:4]] == [R.OTHER, R.ANGGARAN]
    assert audit_report(report, AuditOptions(strict=True)) == []


def test_repeated_years_under_a_group_are_figures_not_a_header() -> None:
    # the same year twice under one group: a row's figures, not a header row
    grid = [
        ["No", "Uraian", "Jumlah", ""],
        ["", "", "2024", "2024"],
        ["1", "Kegiatan A", "5", "7"],
    ]
    text = "\n".join(["Tabel 3.1 Contoh", "", *("\t".join(r) for r in grid)])
    (table,) = analyze(read_text("t.txt", text, "text")).tables
    assert len(table.rows) == 2


# -- Rusak over Ringan | Berat --------------------------------------------------


def _asset_report(fmt: str, tmp_path: Path, sentence: str = "", **kwargs: str) -> str:
    tables = [(_ASSET_CAPTION, _assets(**kwargs))]
    return _write(fmt, tmp_path, tables, _TITLE_2025, sentence)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_grades_under_rusak_are_categories(fmt: str, tmp_path: Path) -> None:
    (table,) = load_report(_asset_report(fmt, tmp_path)).tables
    assert [(c.group, c.header, c.role) for c in table.columns[2:]] == [
        ("", "Baik", R.KATEGORI),
        ("Rusak", "Ringan", R.KATEGORI),
        ("Rusak", "Berat", R.KATEGORI),
        ("", "Jumlah", R.JUMLAH),
    ]
    assert _found(_asset_report(fmt, tmp_path)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_total_off_its_grades_is_reported(fmt: str, tmp_path: Path) -> None:
    assert _found(_asset_report(fmt, tmp_path, first_total="14")) == [
        [ROW_SUM, "tabel-3.8/row:1/col:jumlah", "13", "14"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_grades_column_total_is_checked(fmt: str, tmp_path: Path) -> None:
    # Rusak Ringan 2 + 1 = 3, printed 4 (the JUMLAH's Jumlah 19 = 15 + 3 + 1
    # agrees with the right figure, so it is not reported)
    assert _found(_asset_report(fmt, tmp_path, ringan_total="4")) == [
        [COLUMN_SUM, "tabel-3.8/row:3/col:kategori_2", "3", "4"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_units_said_rusak_are_the_grades_sum(fmt: str, tmp_path: Path) -> None:
    right = "Dari tabel di atas, sebanyak 4 unit dalam kondisi rusak."
    assert _found(_asset_report(fmt, tmp_path, right)) == []
    wrong = "Dari tabel di atas, sebanyak 3 unit dalam kondisi rusak."
    assert _found(_asset_report(fmt, tmp_path, wrong)) == [
        [COUNT, "text/paragraph:3/sentence:1", "4 unit", "3 unit"],
    ]


# -- Target over 2023 | 2024 | 2025, Realisasi over 2024 | 2025 ----------------

_INDICATOR = "Persentase desa dengan administrasi tertib"
_PK_TARGETS = [
    ["No", "Indikator Kinerja", "Target 2025"],
    ["1", _INDICATOR, "80 %"],
]
_PK_TARGET_CAPTION = "Tabel 2.1 Perjanjian Kinerja Tahun 2025"
_TARGET_CAPTION = "Tabel 3.1 Capaian Indikator Kinerja Tahun 2025"


def _targets(target_2025: str = "80", capaian: str = "95,00") -> list[list[str]]:
    return [
        ["No", "Indikator Kinerja", "Target", "", "", "Realisasi", "", "Capaian (%)"],
        ["", "", "2023", "2024", "2025", "2024", "2025", ""],
        ["1", _INDICATOR, "60", "70", target_2025, "65", "76", capaian],
    ]


def _target_report(fmt: str, tmp_path: Path, **kwargs: str) -> str:
    tables = [(_PK_TARGET_CAPTION, _PK_TARGETS), (_TARGET_CAPTION, _targets(**kwargs))]
    return _write(fmt, tmp_path, tables, _TITLE_2025)


@pytest.mark.parametrize("fmt", FORMATS)
def test_targets_and_realisasi_by_year_keep_the_years_pair(
    fmt: str, tmp_path: Path
) -> None:
    (_, table) = load_report(_target_report(fmt, tmp_path)).tables
    assert [(c.group, c.header, c.role) for c in table.columns[2:]] == [
        ("Target", "2023", R.OTHER),
        ("Target", "2024", R.OTHER),
        ("Target", "2025", R.TARGET),
        ("Realisasi", "2024", R.OTHER),
        ("Realisasi", "2025", R.REALISASI),
        ("", "Capaian (%)", R.CAPAIAN),
    ]
    # 76 / 80 = 95,00; the PK's 80 % is the 2025 target's copy
    assert _found(_target_report(fmt, tmp_path)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_capaian_is_judged_against_the_years_target(fmt: str, tmp_path: Path) -> None:
    # 76 / 70 (last year's pair) would be 108,57: the year's target says 95,00
    assert _found(_target_report(fmt, tmp_path, capaian="108,57")) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.1/row:1/col:capaian"]
        + ["95,00", "108,57"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_years_target_off_the_pk_is_reported(fmt: str, tmp_path: Path) -> None:
    # compared with the 2025 target (75), not 2024's (70); the capaian 76 / 75 =
    # 101,33 confirms the table's copy, so the PK's is the one reported
    found = _found(_target_report(fmt, tmp_path, target_2025="75", capaian="101,33"))
    assert found == [
        ["figure-same-in-every-table", "tabel-2.1/row:1/col:target", "75%", "80 %"],
    ]
