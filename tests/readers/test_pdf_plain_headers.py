"""A table drawn without ruling lines whose header stands beside its figures, not
over them: a narrow header (``%``) left-aligned in its cell over figures
right-aligned in theirs. The PDFs are drawn here with pdfium: text runs in
Helvetica 10 placed at their left edge."""

from __future__ import annotations

from pathlib import Path

from pdfdraw import runs_pdf

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report, read_report

CAPTION = "Tabel 3.4 Realisasi Anggaran menurut Jenis Belanja"
ROWS = [
    ("1", "Belanja Pegawai", "2.846.320.000", "2.739.518.400", "96,25"),
    ("2", "Belanja Modal", "125.000.000", "119.870.000", "95,90"),
    ("", "JUMLAH", "2.971.320.000", "2.859.388.400", "96,23"),
]
HEADER = [
    (72.0, "No"),
    (100.0, "Jenis Belanja"),
    (270.0, "Anggaran"),
    (360.0, "Realisasi"),
]
WRAPPED = ("1.778.500.000", "1.720.966.700", "96,77")


def _pdf(tmp_path: Path, lines: list[tuple[float, list[tuple[float, str]]]]) -> str:
    """One page of text runs: per line, its baseline y and (x, text)."""
    return runs_pdf(tmp_path / "plain.pdf", lines)


def _width(figure: str) -> float:
    """A figure's width in Helvetica 10: a digit 5.56 points, a dot or comma 2.78."""
    return sum(5.56 if ch.isdigit() else 2.78 for ch in figure)


def _row(y: float, *cells: str) -> tuple[float, list[tuple[float, str]]]:
    # text left-aligned at 72 and 100; figures right-aligned on 330, 420, 500
    lefts = [(72.0, cells[0]), (100.0, cells[1])]
    figures = [
        (right - _width(text), text)
        for right, text in zip((330.0, 420.0, 500.0), cells[2:], strict=False)
    ]
    return y, [(x, t) for x, t in lefts + figures if t]


def _lines(
    header: list[tuple[float, str]],
) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (760, [(72, CAPTION)]),
        (740, header),
        *(_row(726 - 14 * k, *row) for k, row in enumerate(ROWS)),
    ]


def test_a_narrow_header_beside_its_figures_heads_their_column(
    tmp_path: Path,
) -> None:
    # "%" at 452-460, its figures right-aligned on 500 from 475
    header = HEADER
    path = _pdf(tmp_path, _lines([*header, (452, "%")]))
    (table,) = read_report(path).tables
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["No", "Jenis Belanja", "Anggaran", "Realisasi", "%"],
        *([c for c in row] for row in ROWS),
    ]
    # its figures are checked as budget % (all right here)
    assert not audit_report(load_report(path), AuditOptions(strict=True))


def test_a_header_right_of_its_figures_heads_them_too(tmp_path: Path) -> None:
    # the figures of the last column left-aligned at 440, its header right-aligned
    header = HEADER
    lines = _lines([*header, (478, "%")])
    lines = [
        (y, [(440.0 if t == row[-1] else x, t) for x, t in runs])
        for (y, runs), row in zip(lines, [("",), ("",), *ROWS], strict=True)
    ]
    (table,) = read_report(_pdf(tmp_path, lines)).tables
    assert [c.text for c in table.rows[0].cells] == [
        "No",
        "Jenis Belanja",
        "Anggaran",
        "Realisasi",
        "%",
    ]
    assert [r.cells[-1].text for r in table.rows[1:]] == ["96,25", "95,90", "96,23"]


def test_a_header_over_an_empty_column_stays_a_column_of_its_own(
    tmp_path: Path,
) -> None:
    # "Ket." has nothing below it, but the column beside it has its own header
    header = HEADER
    path = _pdf(tmp_path, _lines([*header, (470, "%"), (530, "Ket.")]))
    (table,) = read_report(path).tables
    assert [c.text for c in table.rows[0].cells] == [
        "No",
        "Jenis Belanja",
        "Anggaran",
        "Realisasi",
        "%",
        "Ket.",
    ]
    assert [r.cells[-1].text for r in table.rows[1:]] == ["", "", ""]


# ------------------------------------------------ a run of rows without its header


def test_rows_below_a_wrapped_cell_are_no_table_of_their_own(tmp_path: Path) -> None:
    # the first row's name wraps: the lines below it (two rows and the JUMLAH)
    # align, but they are the table's lower part, its header cut off above them;
    # the whole table is read, the name's two lines one cell
    lines = [
        (760, [(72, CAPTION)]),
        (740, [*HEADER[:3], (360, "Realisasi"), (480, "%")]),
        _row(726, "1", "Belanja Barang dan Jasa untuk", *WRAPPED),
        (712, [(100, "Diserahkan kepada Masyarakat")]),
        _row(698, "2", "Belanja Modal", "468.900.000", "452.318.000", "96,46"),
        _row(684, "3", "Belanja Tidak Terduga", "100.000.000", "0", "0,00"),
        _row(670, "", "JUMLAH", "2.347.400.000", "2.173.284.700", "92,58"),
    ]
    report = read_report(_pdf(tmp_path, lines))
    (table,) = report.tables
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["No", "Jenis Belanja", "Anggaran", "Realisasi", "%"],
        ["1", "Belanja Barang dan Jasa untuk Diserahkan kepada Masyarakat"]
        + list(WRAPPED),
        ["2", "Belanja Modal", "468.900.000", "452.318.000", "96,46"],
        ["3", "Belanja Tidak Terduga", "100.000.000", "0", "0,00"],
        ["", "JUMLAH", "2.347.400.000", "2.173.284.700", "92,58"],
    ]
    assert [p.text for p in report.paragraphs] == [CAPTION]


def test_a_table_under_a_line_of_prose_keeps_its_header(tmp_path: Path) -> None:
    # the line above is as near as the rows are, but the table opens with its header
    header = HEADER
    lines = [
        (754, [(100, "Rincian per jenis belanja:")]),
        *_lines([*header, (480, "%")])[1:],
    ]
    (table,) = read_report(_pdf(tmp_path, lines)).tables
    assert [c.text for c in table.rows[0].cells] == [
        "No",
        "Jenis Belanja",
        "Anggaran",
        "Realisasi",
        "%",
    ]
