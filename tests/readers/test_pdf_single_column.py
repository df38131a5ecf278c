"""Tables drawn with no line whose only figures are one column (a Perjanjian
Kinerja's targets, a budget by program): before, the unruled readers needed two
columns of figures and left them as prose, their figures unchecked and their
rows read as sentences. Prose with one number a line must stay prose. The PDFs
are drawn here (Helvetica 9, names left-aligned, figures right-aligned)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pdfdraw import page_pdf

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report, read_report

from conftest import compact

Run = tuple[float, str, str]  # x, text, "l" (starts at x) or "r" (ends at x)
TextLine = tuple[float, Sequence[Run]]

LEAD = 11.0  # the cells' line spacing
PAD = 5.0  # the space between two rows
RIGHT = 500.0  # the figures' right edge

INTRO = "Anggaran per program dalam Perjanjian Kinerja disajikan berikut."
AFTER = "Seluruh anggaran tersebut bersumber dari APBD kabupaten."
CAPTION = "Tabel 2.2 Anggaran Program"
PROGRAMS = [
    ["Program Penunjang Urusan", "Pemerintahan Daerah"],
    ["Program Penyediaan dan", "Pengembangan Sarana Pertanian"],
    ["Program Penanganan", "Kerawanan Pangan"],
    ["Program Peningkatan", "Diversifikasi Pangan"],
]
AMOUNTS = ["4.372.100.000", "378.150.000", "48.500.000", "507.150.000"]


def _budget_page(
    tmp_path: Path,
    total: str = "5.305.900.000",
    pad: float = PAD,
    realisasi: Sequence[str] = (),
) -> str:
    """Prose, a caption, the header, four programs (names on two lines, the
    number and amount on the first), a JUMLAH row, prose; ``pad`` between rows;
    with ``realisasi``, a second column of figures left of the anggaran, empty
    in the JUMLAH row."""
    lines: list[TextLine] = [(780, [(50, INTRO, "l")]), (760, [(50, CAPTION, "l")])]
    header: list[Run] = [(50, "No", "l"), (80, "Program", "l")]
    if realisasi:
        header.append((RIGHT - 100, "Realisasi (Rp)", "r"))
    lines.append((740, [*header, (RIGHT, "Anggaran (Rp)", "r")]))
    y = 740 - LEAD - max(pad, 2.0)
    for k, (name, amount) in enumerate(zip(PROGRAMS, AMOUNTS, strict=True)):
        lines.append((y, [(50, str(k + 1), "l"), (80, name[0], "l")]))
        lines[-1] = (y, [*lines[-1][1], (RIGHT, amount, "r")])
        if realisasi:
            lines[-1] = (y, [*lines[-1][1], (RIGHT - 100, realisasi[k], "r")])
        lines.append((y - LEAD, [(80, name[1], "l")]))
        y -= 2 * LEAD + pad
    lines.append((y, [(80, "JUMLAH", "l"), (RIGHT, total, "r")]))
    lines.append((y - 25, [(50, AFTER, "l")]))
    return page_pdf(tmp_path / "single.pdf", [(lines, [])])


@pytest.mark.parametrize("pad", [PAD, 0.0])
def test_a_table_with_one_column_of_figures_and_a_total_is_read(
    tmp_path: Path, pad: float
) -> None:
    # with no space between the rows too: the JUMLAH line starts a row of its
    # own, it does not go on with the last program's name
    report = read_report(_budget_page(tmp_path, pad=pad))
    (table,) = report.tables
    assert table.caption == CAPTION
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["No", "Program", "Anggaran (Rp)"],
        *(
            [str(k + 1), " ".join(name), amount]
            for k, (name, amount) in enumerate(zip(PROGRAMS, AMOUNTS, strict=True))
        ),
        ["", "JUMLAH", "5.305.900.000"],
    ]
    # none of its rows is left as prose
    assert [p.text for p in report.paragraphs] == [INTRO, CAPTION, AFTER]


def test_a_wrong_total_of_one_column_of_figures_is_found(tmp_path: Path) -> None:
    report = load_report(_budget_page(tmp_path, total="5.405.900.000"))
    found = compact(audit_report(report, AuditOptions()))
    assert found == [
        ["total-row-equals-column-sum", "tabel-2.2/row:5/col:anggaran", 12]
        + ["5.305.900.000", "5.405.900.000"]
    ]
    right = load_report(_budget_page(tmp_path))
    assert compact(audit_report(right, AuditOptions())) == []


def _targets_page(tmp_path: Path, rights: Sequence[float], header: bool) -> str:
    """Indicators one a line, each with its unit and its target right-aligned
    at ``rights``, no row number: one column of figures; under a header of
    three cells or under a sentence alone."""
    names = [
        ("Persentase produksi padi", "%", "3,50"),
        ("Skor Pola Pangan Harapan", "skor", "88,50"),
        ("Nilai Tukar Petani", "indeks", "104,00"),
        ("Nilai SAKIP", "nilai", "72,00"),
    ]
    lines: list[TextLine] = [
        (790, [(50, INTRO, "l")])
    ]  # a paragraph's space over the table
    if header:
        head: list[Run] = [(50, "Indikator Kinerja", "l"), (330, "Satuan", "l")]
        lines.append((760, [*head, (500, "Target", "r")]))
    for k, ((name, unit, target), right) in enumerate(zip(names, rights, strict=True)):
        y = 760 - (k + 1) * (LEAD + PAD)
        runs: list[Run] = [(50, name, "l"), (330, unit, "l")]
        lines.append((y, [*runs, (right, target, "r")]))
    lines.append((760 - 5 * (LEAD + PAD) - 14, [(50, AFTER, "l")]))
    return page_pdf(tmp_path / "targets.pdf", [(lines, [])])


def test_one_line_rows_under_a_header_are_a_table(tmp_path: Path) -> None:
    (table,) = read_report(_targets_page(tmp_path, [RIGHT] * 4, True)).tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Indikator Kinerja", "Satuan", "Target"],
        ["Persentase produksi padi", "%", "3,50"],
        ["Skor Pola Pangan Harapan", "skor", "88,50"],
        ["Nilai Tukar Petani", "indeks", "104,00"],
        ["Nilai SAKIP", "nilai", "72,00"],
    ]


def test_the_same_lines_without_a_header_stay_prose(tmp_path: Path) -> None:
    report = read_report(_targets_page(tmp_path, [RIGHT] * 4, False))
    assert report.tables == []
    assert len(report.paragraphs) >= 2


def test_figures_not_lined_up_stay_prose(tmp_path: Path) -> None:
    # a header, but the figures end at four different places
    report = read_report(_targets_page(tmp_path, [500, 470, 440, 410], True))
    assert report.tables == []


def test_numbered_paragraphs_with_one_number_a_line_stay_prose(
    tmp_path: Path,
) -> None:
    # "1. …" paragraphs, each line ending with a number set apart, an address
    # block under them: no header over a column of figures, no table
    items = [
        "1. Jumlah kelompok tani yang dibina pada tahun ini",
        "2. Jumlah penyuluh pertanian lapangan yang aktif",
        "3. Jumlah balai penyuluhan di tingkat kecamatan",
        "4. Jumlah gabungan kelompok tani yang terdaftar",
    ]
    figures = ["1.245", "86", "12", "147"]
    lines: list[TextLine] = [(780, [(50, INTRO, "l")])]
    for k, (item, figure) in enumerate(zip(items, figures, strict=True)):
        lines.append((760 - k * LEAD, [(50, item, "l"), (RIGHT, figure, "r")]))
    address = [("Jl. Veteran No.", "12"), ("Kode Pos", "45123"), ("Telepon", "731")]
    for k, (label, number) in enumerate(address):
        lines.append((700 - k * LEAD, [(50, label, "l"), (RIGHT, number, "r")]))
    report = read_report(page_pdf(tmp_path / "prose.pdf", [(lines, [])]))
    assert report.tables == []
    text = " ".join(" ".join(p.text.split()) for p in report.paragraphs)
    assert all(
        f"{item} {figure}" in text for item, figure in zip(items, figures, strict=True)
    )
    assert "Kode Pos 45123" in text


def test_a_total_with_one_figure_closes_a_table_of_two_columns(
    tmp_path: Path,
) -> None:
    # two columns of figures, the rows set with no space between them: the
    # JUMLAH line with its one figure is the table's last row, not the rest of
    # the last program's name and amounts
    realisasi = ["4.200.000.000", "370.000.000", "45.000.000", "500.000.000"]
    path = _budget_page(tmp_path, pad=0.0, realisasi=realisasi)
    report = read_report(path)
    (table,) = report.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[-2:] == [
        ["4", "Program Peningkatan Diversifikasi Pangan", "500.000.000"]
        + ["507.150.000"],
        ["", "JUMLAH", "", "5.305.900.000"],
    ]
    assert [p.text for p in report.paragraphs] == [INTRO, CAPTION, AFTER]
