"""Tables drawn with no line at all whose cells wrap onto several lines (a Word
table with its borders off, a sheet printed without gridlines). Before, a name
wrapped onto a second line left the whole table as prose, its figures unchecked.
The PDFs are drawn here (Helvetica 9, names left-aligned, figures right-aligned)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pdfdraw import page_pdf, text_width

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report, read_report

from conftest import compact

Run = tuple[float, str, str]  # x, text, "l" (starts at x) or "r" (ends at x)
TextLine = tuple[float, Sequence[Run]]

LEAD = 11.0  # the cells' line spacing
PAD = 5.0  # the space between two rows
RIGHTS = (330.0, 405.0, 450.0, 530.0)  # right edges: anggaran, realisasi, %, sisa

HEADER = ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"]
HEADER += ["Sisa (Rp)"]
NAMES = [
    ["Penyediaan Gaji dan Tunjangan", "ASN"],
    ["Penyediaan Administrasi", "Pelaksanaan Tugas ASN"],
    ["Penyelenggaraan Rapat", "Koordinasi dan Konsultasi", "SKPD"],
    ["Pengadaan Pakaian Dinas", "beserta Atribut", "Kelengkapannya"],
    ["Pemeliharaan Kendaraan", "Dinas Operasional"],
]
FIGURES = [
    ["2.846.320.000", "2.739.518.400", "96,25", "106.801.600"],
    ["45.600.000", "43.250.000", "94,85", "2.350.000"],
    ["38.400.000", "37.270.000", "97,06", "1.130.000"],
    ["24.000.000", "23.520.000", "98,00", "480.000"],
    ["55.000.000", "52.815.000", "96,03", "2.185.000"],
]
ROWS = [
    [str(k + 1), " ".join(name), *figures]
    for k, (name, figures) in enumerate(zip(NAMES, FIGURES, strict=True))
]
# the first line of each row, counted from the top of the page: two lines of
# prose, the header's two lines, then the names' lines (2, 2, 3, 3, 2); set in
# the middle of a name of two lines, the figures are a line of their own
ROW_LINES = {"top": [5, 7, 9, 12, 15], "middle": [5, 8, 11, 14, 17]}
ROW_LINES["bottom"] = ROW_LINES["top"]

PROSE_ABOVE: list[TextLine] = [
    (780, [(50, "Realisasi gaji dan tunjangan ASN sebesar Rp 2.739.518.400", "l")]),
    (768, [(50, "atau 96,25% dari pagu Rp 2.846.320.000, sisa Rp 106.801.600.", "l")]),
]
PROSE_TEXT = (
    "Realisasi gaji dan tunjangan ASN sebesar Rp 2.739.518.400\n"
    "atau 96,25% dari pagu Rp 2.846.320.000, sisa Rp 106.801.600."
)
AFTER = "Serapan terendah pada kegiatan pemeliharaan kendaraan sebesar 96,03%."


def _header(y: float, wrap: str = "") -> list[TextLine]:
    """The header: its amounts' units on a second line; ``wrap`` the rest of the
    name column's header on that line too."""
    first: list[Run] = [(50, "No", "l"), (72, "Program/Kegiatan", "l")]
    first += [(330, "Anggaran", "r"), (405, "Realisasi", "r"), (450, "%", "r")]
    first += [(530, "Sisa", "r")]
    second: list[Run] = [(72, wrap, "l")] if wrap else []
    second += [(330, "(Rp)", "r"), (405, "(Rp)", "r"), (530, "(Rp)", "r")]
    return [(y, first), (y - LEAD, second)]


def _body(
    y: float,
    rows: Sequence[Sequence[str]] = ROWS,
    names: Sequence[Sequence[str]] = NAMES,
    align: str = "top",
    pad: float = PAD,
) -> tuple[list[TextLine], float]:
    """The rows from ``y`` down, each name over its lines, the number and the
    figures set at the top of the cell (on the name's first line), in its
    middle (halfway down the name) or at its bottom (on its last line); the
    lines and the y under the last row."""
    out: list[TextLine] = []
    for row, name in zip(rows, names, strict=True):
        out += [(y - i * LEAD, [(72, part, "l")]) for i, part in enumerate(name)]
        down = {"top": 0, "middle": (len(name) - 1) / 2, "bottom": len(name) - 1}
        runs: list[Run] = [(50, row[0], "l")] if row[0] else []
        runs += [(x, f, "r") for x, f in zip(RIGHTS, row[2:], strict=True)]
        out.append((y - down[align] * LEAD, runs))
        y -= len(name) * LEAD + pad
    return out, y


def _page(
    tmp_path: Path,
    lines: Sequence[TextLine],
    rules: Sequence[tuple[float, float, float]] = (),
    name: str = "unruled.pdf",
) -> str:
    return page_pdf(tmp_path / name, [(lines, rules)])


def _table_page(
    tmp_path: Path, rows: Sequence[Sequence[str]] = ROWS, align: str = "top"
) -> str:
    """Two lines of prose, the table (its header wrapped), a line of prose."""
    body, y = _body(740 - LEAD - PAD - LEAD, rows, align=align)
    after: list[TextLine] = [(y - 10, [(50, AFTER, "l")])]
    return _page(tmp_path, [*PROSE_ABOVE, *_header(740), *body, *after])


def _cells(path: str) -> list[list[str]]:
    (table,) = read_report(path).tables
    return [[c.text for c in row.cells] for row in table.rows]


# -------------------------------------------------------------------- reading


@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
def test_a_table_without_lines_whose_names_wrap_is_read_row_by_row(
    tmp_path: Path, align: str
) -> None:
    # the figures set at the top of their cells (Word's default), in their
    # middle or at their bottom (Excel's default): each name's lines go to its
    # row, told apart by the space between the rows
    path = _table_page(tmp_path, align=align)
    report = read_report(path)
    assert _cells(path) == [HEADER, *ROWS]
    (table,) = report.tables
    assert [row.cells[1].line for row in table.rows[1:]] == ROW_LINES[align]
    assert [row.cells[1].page for row in table.rows[1:]] == [1] * 5
    # the prose around the table stays prose, its sentences whole
    assert [p.text for p in report.paragraphs] == [PROSE_TEXT, AFTER]


def test_rows_set_with_no_space_between_them_start_at_their_figures(
    tmp_path: Path,
) -> None:
    # no padding: a line without figures goes on with the row above it
    body, _ = _body(740 - 2 * LEAD, pad=0.0)
    assert _cells(_page(tmp_path, [*_header(740), *body])) == [HEADER, *ROWS]


@pytest.mark.parametrize("align", ["middle", "bottom"])
def test_rows_set_close_below_their_names_first_lines_stay_prose(
    tmp_path: Path, align: str
) -> None:
    # no space between the rows and a name's line over the first figures (or
    # figures between a name's lines): which row a line without figures
    # belongs to cannot be told, so nothing is read rather than names mixed up
    body, _ = _body(740 - 2 * LEAD, align=align, pad=0.0)
    report = read_report(_page(tmp_path, [*_header(740), *body]))
    assert report.tables == []
    assert "Kelengkapannya" in "\n".join(p.text for p in report.paragraphs)


def test_a_header_wrapped_in_its_name_column_too(tmp_path: Path) -> None:
    # "Program/Kegiatan/" over "Sub Kegiatan", beside the amounts' units
    (y, runs), second = _header(740, wrap="Sub Kegiatan")
    first = [(x, "Program/Kegiatan/" if x == 72 else t, how) for x, t, how in runs]
    header: list[TextLine] = [(y, first), second]
    body, _ = _body(740 - LEAD - PAD - LEAD)
    cells = _cells(_page(tmp_path, [*header, *body]))
    assert cells == [["No", "Program/Kegiatan/Sub Kegiatan", *HEADER[2:]], *ROWS]


JUMLAH = ["", "JUMLAH", "3.009.320.000", "2.896.373.400", "96,25", "112.946.600"]
SHORT = [name[0] for name in NAMES]  # each name's first line: no row wraps


@pytest.mark.parametrize("wraps", [0, 4])
def test_a_table_with_one_name_wrapped_is_read_whole(
    tmp_path: Path, wraps: int
) -> None:
    # one name wrapped, the first or the last (then a JUMLAH row under it):
    # before, the rows under a first name wrapped were prose, and over a last
    # one the table was read without its rest and without the JUMLAH row
    names = [NAMES[k] if k == wraps else [SHORT[k]] for k in range(5)]
    rows = [[row[0], " ".join(names[k]), *row[2:]] for k, row in enumerate(ROWS)]
    body, y = _body(740 - LEAD - PAD - LEAD, [*rows, JUMLAH], [*names, ["JUMLAH"]])
    after: list[TextLine] = [(y - 10, [(50, AFTER, "l")])]
    path = _page(tmp_path, [*PROSE_ABOVE, *_header(740), *body, *after])
    assert _cells(path) == [HEADER, *rows, JUMLAH]
    report = read_report(path)
    assert [p.text for p in report.paragraphs] == [PROSE_TEXT, AFTER]


@pytest.mark.parametrize("caption", [True, False])
def test_a_page_framed_by_a_running_header_rule_and_a_footer_rule(
    tmp_path: Path, caption: bool
) -> None:
    # the two rules frame the page, they do not rule a table: the sentences
    # just inside them stay prose, not rows of the table
    body, y = _body(740 - LEAD - PAD - LEAD)
    lines: list[TextLine] = [
        (800, [(50, "Laporan Kinerja Dinas Kominfo", "l"), (545, "2024", "r")]),
        (
            760,
            [
                (
                    50,
                    "Tabel 3.4 Realisasi Anggaran per Kegiatan"
                    if caption
                    else "Realisasi anggaran per kegiatan disajikan berikut:",
                    "l",
                )
            ],
        ),
        *_header(740),
        *body,
        (y - 10, [(50, AFTER, "l")]),
        (40, [(50, "LKjIP Dinas Kominfo", "l"), (545, "Halaman 12", "r")]),
    ]
    path = _page(tmp_path, lines, rules=[(795, 50, 545), (52, 50, 545)])
    report = load_report(path)
    (table,) = report.tables
    assert [[c.text for c in h] for h in table.header] == [HEADER]
    assert [[c.text for c in row.cells] for row in table.rows] == ROWS
    texts = [p.text for p in report.paragraphs]
    assert texts[1:3] == [
        "Tabel 3.4 Realisasi Anggaran per Kegiatan"
        if caption
        else "Realisasi anggaran per kegiatan disajikan berikut:",
        AFTER,
    ]
    if caption:
        assert table.caption == "Tabel 3.4 Realisasi Anggaran per Kegiatan"


# ------------------------------------------------------------------- findings


def test_a_wrong_sisa_and_a_wrong_percentage_are_found(tmp_path: Path) -> None:
    rows = [list(row) for row in ROWS]
    rows[2][5] = "1.310.000"  # 38.400.000 - 37.270.000 is 1.130.000
    rows[1][4] = "95,85"  # 43.250.000 / 45.600.000 is 94,85%
    report = load_report(_table_page(tmp_path, rows))
    findings = compact(audit_report(report, AuditOptions(strict=True)))
    assert findings == [
        ["persen-anggaran-equals-realisasi-over-anggaran"]
        + ["tabel-ke-1/row:2/col:persen_anggaran", 7, "94,85", "95,85"],
        ["sisa-equals-anggaran-minus-realisasi"]
        + ["tabel-ke-1/row:3/col:sisa", 9, "1.130.000", "1.310.000"],
    ]


def test_a_right_table_has_no_finding(tmp_path: Path) -> None:
    report = load_report(_table_page(tmp_path))
    assert audit_report(report, AuditOptions(strict=True)) == []


# ------------------------------------------------------------ must stay prose


def test_justified_prose_with_wide_gaps_and_figures_stays_prose(
    tmp_path: Path,
) -> None:
    # a justified paragraph whose lines are stretched: every word apart by wide
    # gaps, figures among them, some under others by chance
    words = [
        "Realisasi anggaran 2024 sebesar 2.902.498.650 atau 96,21 persen dari",
        "pagu 3.016.820.000 sehingga sisa 114.321.350 dikembalikan ke kas",
        "daerah pada 31 Desember 2024 sesuai ketentuan yang berlaku dan",
        "capaian kinerja 98,50 persen dari target 100 persen indikator",
        "sasaran strategis 2 dari 3 indikator tercapai dengan baik sekali",
        "sehingga predikat 85,10 dan nilai 77,25 menurut evaluasi tahun ini.",
    ]
    lines: list[TextLine] = []
    for k, line in enumerate(words):
        parts = line.split()
        widths = [text_width(w, 9.0) for w in parts]
        gap = (495 - sum(widths)) / (len(parts) - 1)  # stretched to 50-545
        x, runs = 50.0, []
        for w, width in zip(parts, widths, strict=True):
            runs.append((x, w, "l"))
            x += width + gap
        lines.append((760 - 12 * k, runs))
    report = read_report(_page(tmp_path, lines))
    assert report.tables == []
    assert [p.text.split("\n")[0] for p in report.paragraphs] == [words[0]]


def test_aligned_figures_with_no_header_over_them_stay_prose(
    tmp_path: Path,
) -> None:
    # the same rows with nothing above them but a sentence: no header names
    # the columns, so nothing says what the figures are
    body, _ = _body(740)
    lines: list[TextLine] = [
        (770, [(50, "Rincian realisasi per kegiatan tahun anggaran 2024:", "l")]),
        *body,
    ]
    report = read_report(_page(tmp_path, lines))
    assert report.tables == []


def test_two_tables_with_a_sentence_between_them_stay_two(tmp_path: Path) -> None:
    # the figures of both line up, but the sentence and the second header are
    # no wrapped name of the first table's last row
    body, y = _body(780 - LEAD - PAD - LEAD)
    lines = [*_header(780), *body]
    lines.append((y - 4, [(50, "Sedangkan untuk tahun 2023 sebagai berikut:", "l")]))
    # the second table: the same rows the other way round
    rows = [[str(k + 1), *row[1:]] for k, row in enumerate(ROWS[::-1])]
    more, _ = _body(y - 30 - LEAD - PAD - LEAD, rows, NAMES[::-1])
    report = read_report(_page(tmp_path, [*lines, *_header(y - 30), *more]))
    assert [[[c.text for c in r.cells] for r in t.rows] for t in report.tables] == [
        [HEADER, *ROWS],
        [HEADER, *rows],
    ]
    assert [p.text for p in report.paragraphs] == [
        "Sedangkan untuk tahun 2023 sebagai berikut:"
    ]


def test_an_indicator_table_whose_two_text_columns_wrap(tmp_path: Path) -> None:
    # sasaran and indikator each wrapped; the capaian's header over "(%)"
    def row(y: float, *cells: str) -> TextLine:
        lefts = [(x, t, "l") for x, t in zip((50, 70, 190), cells, strict=False)]
        rights = [(x, t, "r") for x, t in zip((380, 440, 500), cells[3:], strict=False)]
        return y, [run for run in [*lefts, *rights] if run[1]]

    head = ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]
    first = ["1", "Meningkatnya kualitas", "Persentase layanan", "85,00", "87,50"]
    lines = [
        row(760, *head),
        row(749, "", "", "", "", "", "(%)"),
        row(733, *first, "102,94"),
        row(722, "", "pelayanan publik", "administrasi tepat waktu"),
        row(706, "2", "Meningkatnya", "Indeks Kepuasan", "80,00", "82,10", "102,63"),
        row(695, "", "kepuasan masyarakat", "Masyarakat"),
        row(679, "3", "Meningkatnya", "Nilai SAKIP", "70,00", "68,00", "97,14"),
        row(668, "", "akuntabilitas kinerja"),
    ]
    assert _cells(_page(tmp_path, lines)) == [
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Meningkatnya kualitas pelayanan publik"]
        + ["Persentase layanan administrasi tepat waktu", "85,00", "87,50", "102,94"],
        ["2", "Meningkatnya kepuasan masyarakat", "Indeks Kepuasan Masyarakat"]
        + ["80,00", "82,10", "102,63"],
        ["3", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "70,00", "68,00"]
        + ["97,14"],
    ]


def test_rows_numbered_past_99_stay_in_the_table(tmp_path: Path) -> None:
    # "100" ends close to its name ("100 Penyediaan …" one group, read as a
    # number with a unit): it is no figure over the column of names, and the
    # name's next line goes on with its row
    rows = [[str(98 + k), *row[1:]] for k, row in enumerate(ROWS)]
    body, _ = _body(740 - LEAD - PAD - LEAD, rows)
    cells = _cells(_page(tmp_path, [*_header(740), *body]))
    assert cells == [HEADER, *rows]


def test_rp_at_the_left_of_its_cell_goes_with_its_amount(tmp_path: Path) -> None:
    # a sheet's accounting format: "Rp" at the cell's left edge, the amount at
    # its right; the second "Rp" is closer to the amount before it than to its own
    rows = [list(row) for row in ROWS]
    rows[2][5] = "1.310.000"  # 38.400.000 - 37.270.000 is 1.130.000
    body, _ = _body(740 - LEAD - PAD - LEAD, rows)
    rp: list[Run] = [(255, "Rp", "l"), (334, "Rp", "l")]
    body = [(y, [*runs, *rp] if len(runs) > 2 else runs) for y, runs in body]
    path = _page(tmp_path, [*_header(740), *body])
    assert _cells(path) == [
        HEADER,
        *([*row[:2], f"Rp {row[2]}", f"Rp {row[3]}", *row[4:]] for row in rows),
    ]
    findings = compact(audit_report(load_report(path), AuditOptions(strict=True)))
    assert findings == [
        ["sisa-equals-anggaran-minus-realisasi"]
        + ["tabel-ke-1/row:3/col:sisa", 7, "1.130.000", "1.310.000"],
    ]
