"""HTML tables and pandoc grid tables inside a text or Markdown export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lkjaudit.errors import InputError
from lkjaudit.model.report import Cell, ColumnRole, Report
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.text import read_text

from conftest import compact, findings_for, report_from

R = ColumnRole


def _read(text: str) -> Report:
    return read_text("x.md", text, "markdown")


def _grid(cells: list[list[Cell]]) -> list[list[tuple[str, int | None]]]:
    return [[(c.text, c.line) for c in row] for row in cells]


def _all_rows(report: Report, k: int = 0) -> list[list[Cell]]:
    table = report.tables[k]
    return table.header + [row.cells for row in table.rows]


# pandoc -t gfm writes a Word table with merged cells like this (lines 3-31)
HTML = """\
**Tabel 3.2 Capaian Sasaran Strategis**

<table>
<colgroup>
<col style="width: 8%" />
<col style="width: 40%" />
</colgroup>
<thead>
<tr class="header">
<th rowspan="2">No</th>
<th rowspan="2">Sasaran</th>
<th colspan="3"><p>Kinerja</p></th>
</tr>
<tr class="header">
<th>Target</th>
<th>Realisasi</th>
<th>Capaian</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>1</td>
<td><p>Meningkatnya kualitas</p>
<p>pelayanan publik &amp; perizinan</p></td>
<td>80%</td><td>60%</td><td>75,00%</td>
</tr>
<tr class="even">
<td colspan="2"><strong>Rata-rata</strong></td>
<td><em>80%</em></td><td>60%<br/>(TW&nbsp;II)</td><td>75,00&#8230;</td>
</tr>
</tbody>
</table>

Capaian sasaran tersebut sebesar 75,00%.
"""


def test_html_table_cells_spans_lines_and_hints() -> None:
    report = _read(HTML)
    assert len(report.tables) == 1
    table = report.tables[0]
    assert (table.id, table.caption, table.caption_line) == (
        "tabel-3.2",
        "Tabel 3.2 Capaian Sasaran Strategis",
        1,
    )
    assert (table.line_start, table.line_end) == (3, 32)
    assert len(table.header) == 2  # the two <thead> rows
    assert _grid(_all_rows(report)) == [
        [("No", 10), ("Sasaran", 11), ("Kinerja", 12), ("", 12), ("", 12)],
        # merged down: the row below has an empty cell there (at its <tr>)
        [("", 14), ("", 14), ("Target", 15), ("Realisasi", 16), ("Capaian", 17)],
        # <p> paragraphs joined with a space, &amp; decoded
        [
            ("1", 22),
            ("Meningkatnya kualitas pelayanan publik & perizinan", 23),
            ("80%", 25),
            ("60%", 25),
            ("75,00%", 25),
        ],
        # merged across: the text in its first column, empty cells after it;
        # <br/> and &nbsp; are spaces, &#8230; the ellipsis
        [
            ("Rata-rata", 28),
            ("", 28),
            ("80%", 29),
            ("60% (TW II)", 29),
            ("75,00…", 29),
        ],
    ]
    last = _all_rows(report)[3]
    assert [(c.bold, c.italic) for c in last] == [
        (True, False),
        (False, False),
        (False, True),
        (False, False),
        (False, False),
    ]


def test_html_table_lines_are_not_prose() -> None:
    report = _read(HTML)
    assert [(p.line, p.text) for p in report.paragraphs] == [
        (1, "Tabel 3.2 Capaian Sasaran Strategis"),
        (34, "Capaian sasaran tersebut sebesar 75,00%."),
    ]


def test_html_header_feeds_the_column_roles() -> None:
    table = report_from(HTML, "x.md").tables[0]
    assert [c.role for c in table.columns] == [
        R.NO,
        R.URAIAN,
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
    ]
    assert [c.group for c in table.columns][2:] == ["Kinerja"] * 3


def test_html_capaian_error_points_at_its_td_line() -> None:
    wrong = HTML.replace(
        "<td>80%</td><td>60%</td><td>75,00%</td>",
        "<td>80%</td><td>60%</td><td>57,00%</td>",
    )
    found = findings_for(wrong, select=("capaian-equals-realisasi-over-target",))
    assert compact(found) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.2/row:1/col:capaian", 25]
        + ["75,00%", "57,00%"],
    ]
    assert findings_for(HTML, select=("capaian-equals-realisasi-over-target",)) == []


def test_html_caption_element_names_the_table() -> None:
    text = (
        "Paragraf pembuka.\n\n<table>\n<caption>Tabel 2.1 Sasaran <em>Strategis</em>"
        "</caption>\n<tr><th>No</th><th>Sasaran</th></tr>\n"
        "<tr><td>1</td><td>Meningkatnya pelayanan</td></tr>\n</table>\n"
    )
    table = _read(text).tables[0]
    assert (table.id, table.caption, table.caption_line) == (
        "tabel-2.1",
        "Tabel 2.1 Sasaran Strategis",
        4,
    )
    assert len(table.header) == 1  # a leading row of <th> cells


def test_html_caption_without_number_names_the_table() -> None:
    text = (
        "<table><caption>Rekap pegawai menurut golongan</caption>\n"
        "<tr><td>Golongan</td><td>Jumlah</td></tr>\n"
        "<tr><td>III</td><td>12</td></tr>\n</table>\n"
    )
    table = _read(text).tables[0]
    assert (table.id, table.caption) == (
        "rekap-pegawai-menurut-golongan",
        "Rekap pegawai menurut golongan",
    )
    # no <th>: no header marked by the reader; the analysis finds it
    assert table.header == []
    analysed = report_from(text, "x.md").tables[0]
    assert [[c.text for c in row] for row in analysed.header] == [
        ["Golongan", "Jumlah"]
    ]


def test_html_rowspan_in_the_body_leaves_the_rows_below_to_continue_it() -> None:
    text = (
        '<table>\n<tbody>\n<tr><td rowspan="3">Program A</td><td>Indikator 1</td>'
        "<td>10</td></tr>\n<tr><td>Indikator 2</td><td>20</td></tr>\n"
        "<tr><td>Indikator 3</td><td>30</td></tr>\n"
        "<tr><td>Program B</td><td rowspan=0>Indikator 4</td><td>40</td></tr>\n"
        "<tr><td>Program C</td><td>50</td></tr>\n"
        "</tbody>\n<tfoot><tr><td>Jumlah</td><td></td><td>150</td></tr></tfoot>\n"
        "</table>\n"
    )
    assert _grid(_all_rows(_read(text))) == [
        [("Program A", 3), ("Indikator 1", 3), ("10", 3)],
        [("", 4), ("Indikator 2", 4), ("20", 4)],
        [("", 5), ("Indikator 3", 5), ("30", 5)],
        [("Program B", 6), ("Indikator 4", 6), ("40", 6)],
        [("Program C", 7), ("", 7), ("50", 7)],  # rowspan=0: to the body's end
        [("Jumlah", 9), ("", 9), ("150", 9)],
    ]


def test_html_tfoot_written_first_still_comes_last() -> None:
    text = (
        "<table>\n<thead><tr><th>Uraian</th><th>Anggaran</th></tr></thead>\n"
        "<tfoot><tr><td>Jumlah</td><td>30</td></tr></tfoot>\n"
        "<tbody><tr><td>A</td><td>10</td></tr>\n<tr><td>B</td><td>20</td></tr>"
        "</tbody>\n</table>\n"
    )
    rows = _all_rows(_read(text))
    assert [[c.text for c in row] for row in rows] == [
        ["Uraian", "Anggaran"],
        ["A", "10"],
        ["B", "20"],
        ["Jumlah", "30"],
    ]


def test_several_html_tables_in_one_file() -> None:
    one = "<table>\n<tr><th>Uraian</th><th>Target</th></tr>\n<tr><td>A</td><td>1</td></tr>\n</table>\n"
    two = one.replace("Target", "Realisasi")
    report = _read(f"Tabel 1 Target\n\n{one}\nTabel 2 Realisasi\n\n{two}")
    assert [(t.id, t.line_start, t.line_end) for t in report.tables] == [
        ("tabel-1", 3, 6),
        ("tabel-2", 10, 13),
    ]


def test_html_table_after_blank_lines_with_its_own_header_is_a_new_table() -> None:
    one = "<table>\n<tr><th>Uraian</th><th>Target</th></tr>\n<tr><td>A</td><td>1</td></tr>\n</table>\n"
    two = one.replace("Target", "Jumlah Pegawai")
    assert len(_read(f"{one}\n\n{two}").tables) == 2


def test_html_continued_table_is_joined() -> None:
    head = "<thead><tr><th>Uraian</th><th>Anggaran</th><th>Realisasi</th></tr></thead>"
    text = (
        f"Tabel 3.4 Realisasi Anggaran\n\n<table>\n{head}\n"
        "<tbody><tr><td>Kegiatan A</td><td>100</td><td>90</td></tr></tbody>\n"
        f"</table>\n\nTabel 3.4 (lanjutan)\n\n<table>\n{head}\n"
        "<tbody><tr><td>Kegiatan B</td><td>200</td><td>150</td></tr></tbody>\n"
        "</table>\n"
    )
    report = _read(text)
    assert len(report.tables) == 1
    table = report.tables[0]
    assert (table.line_start, table.line_end) == (3, 13)
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Kegiatan A", "100", "90"],
        ["Uraian", "Anggaran", "Realisasi"],  # the repeated header, after a gap
        ["Kegiatan B", "200", "150"],
    ]
    assert [row.gap_before for row in table.rows] == [False, True, False]
    analysed = report_from(text, "x.md").tables[0]
    assert [[c.text for c in row.cells] for row in analysed.rows] == [
        ["Kegiatan A", "100", "90"],
        ["Kegiatan B", "200", "150"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # quoted in a sentence
        "Tabel dibuat dengan tag <table> lalu ditutup </table> seperti biasa.\n",
        # never closed
        "<table>\n<tr><td>A</td><td>1</td></tr>\n",
        # no rows at all
        "<table>\n</table>\n",
        # in a fenced code block
        "```html\n<table>\n<tr><td>A</td><td>1</td></tr>\n</table>\n```\n",
        # an HTML snippet that is no table
        '<div class="catatan">\n<p>Target <b>80%</b> tercapai.</p>\n</div>\n',
    ],
    ids=["in-a-sentence", "unclosed", "empty", "code-block", "not-a-table"],
)
def test_html_that_is_not_a_table_stays_prose(text: str) -> None:
    report = _read(text)
    assert report.tables == []
    assert report.paragraphs


GRID = """\
Tabel 3.5 Jumlah Pegawai

+------+--------------------+------------------+
| No   | Uraian             | Jumlah           |
|      |                    +--------+---------+
|      |                    | PNS    | Non PNS |
+======+====================+========+=========+
| 1    | Sekretariat dan    | 5      | 2       |
|      | Subbagian Umum     |        |         |
+------+--------------------+--------+---------+
| 2    | Seksi Pemerintahan | 4      | 1       |
+------+--------------------+--------+---------+
|      | **JUMLAH**         | **9**  | **3**   |
+------+--------------------+--------+---------+

Jumlah pegawai 12 orang.
"""


def test_grid_table_cells_spans_and_lines() -> None:
    report = _read(GRID)
    assert len(report.tables) == 1
    table = report.tables[0]
    assert (table.id, table.caption, table.line_start, table.line_end) == (
        "tabel-3.5",
        "Tabel 3.5 Jumlah Pegawai",
        3,
        14,
    )
    assert len(table.header) == 2  # the rows above +===+
    assert _grid(_all_rows(report)) == [
        # merged across: Jumlah over PNS / Non PNS; No and Uraian merged down
        [("No", 4), ("Uraian", 4), ("Jumlah", 4), ("", 4)],
        [("", 6), ("", 6), ("PNS", 6), ("Non PNS", 6)],
        # a cell's text over two lines, joined with a space
        [("1", 8), ("Sekretariat dan Subbagian Umum", 8), ("5", 8), ("2", 8)],
        [("2", 11), ("Seksi Pemerintahan", 11), ("4", 11), ("1", 11)],
        [("", 13), ("JUMLAH", 13), ("9", 13), ("3", 13)],
    ]
    assert [c.bold for c in _all_rows(report)[4]] == [False, True, True, True]
    assert [(p.line, p.text) for p in report.paragraphs] == [
        (1, "Tabel 3.5 Jumlah Pegawai"),
        (16, "Jumlah pegawai 12 orang."),
    ]


def test_grid_table_is_checked() -> None:
    wrong = GRID.replace("| **9**  |", "| **8**  |")
    found = findings_for(wrong, select=("total-row-equals-column-sum",))
    assert compact(found) == [
        ["total-row-equals-column-sum", "tabel-3.5/row:3/col:kategori", 13, "9", "8"],
    ]
    assert findings_for(GRID, select=("total-row-equals-column-sum",)) == []


def test_grid_table_without_header_and_with_a_cell_merged_down() -> None:
    text = (
        "  +-----------+-----+\n"
        "  | Program A | 10  |\n"
        "  |           +-----+\n"
        "  |           | 20  |\n"
        "  +-----------+-----+\n"
    )
    report = _read(text)
    assert report.tables[0].header == []
    assert _grid(_all_rows(report)) == [
        [("Program A", 2), ("10", 2)],
        [("", 4), ("20", 4)],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a rule of dashes in prose
        "Ringkasan\n\n+----------+\n\nKinerja baik.\n",
        # borders with no cell between
        "+-----+-----+\n+-----+-----+\n",
        # never closed by a border
        "+-----+-----+\n| Ada | isi |\n\nTeks lanjut.\n",
    ],
    ids=["rule-in-prose", "no-cell", "unclosed"],
)
def test_border_lines_that_make_no_grid_table(text: str) -> None:
    report = _read(text)
    assert [t for t in report.tables if t.ncols > 1 and len(t.rows) > 1] == []
    assert "+-----" in " ".join(p.text for p in report.paragraphs) or "|" in text


def test_grid_table_in_a_code_block_is_not_a_table() -> None:
    text = "Contoh:\n\n```\n" + GRID.split("\n\n")[1] + "\n```\n\nSelesai.\n"
    report = _read(text)
    assert report.tables == []
    assert "| 2 | Seksi Pemerintahan | 4 | 1 |" in report.paragraphs[1].text


def test_pipe_table_in_a_code_block_is_not_a_table() -> None:
    text = "~~~\n| Uraian | Nilai |\n|---|---|\n| A | 1 |\n~~~\n"
    assert _read(text).tables == []


def test_too_many_cells_in_html_spans_is_refused() -> None:
    rows = "".join(f'<tr><td rowspan="0">{k}</td></tr>\n' for k in range(60))
    text = f"<table>\n{rows}</table>\n"
    with pytest.raises(InputError):
        read_text("x.md", text, "markdown", Limits(max_cells=1000))
    assert len(read_text("x.md", text, "markdown").tables) == 1


def test_a_fence_never_closed_hides_no_table() -> None:
    text = "```\n\nTabel 1 Anggaran\n\n| Uraian | Pagu |\n|---|---|\n| A | 10 |\n"
    assert [t.id for t in _read(text).tables] == ["tabel-1"]


def test_inline_code_at_a_line_start_opens_no_fence() -> None:
    text = (
        "```kode``` dipakai di sini.\n\n| Uraian | Pagu |\n|---|---|\n| A | 10 |\n```\n"
    )
    assert len(_read(text).tables) == 1


def test_html_table_after_blank_lines_without_a_header_continues() -> None:
    one = (
        "<table>\n<thead><tr><th>Uraian</th><th>Pagu</th></tr></thead>\n"
        "<tbody><tr><td>A</td><td>10</td></tr></tbody>\n</table>\n"
    )
    two = "<table>\n<tbody><tr><td>B</td><td>20</td></tr></tbody>\n</table>\n"
    report = _read(f"{one}\n\n{two}")
    assert len(report.tables) == 1
    table = report.tables[0]
    assert (table.line_start, table.line_end) == (1, 9)
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["A", "10"],
        ["B", "20"],
    ]
    assert [row.gap_before for row in table.rows] == [False, True]


def test_grid_header_rule_with_alignment_colons() -> None:
    text = (
        "+:-------+-------:+\n"
        "| Uraian | Pagu   |\n"
        "+:=======+=======:+\n"
        "| A      | 10     |\n"
        "+--------+--------+\n"
    )
    table = _read(text).tables[0]
    assert [[c.text for c in row] for row in table.header] == [["Uraian", "Pagu"]]
    assert [[c.text for c in row.cells] for row in table.rows] == [["A", "10"]]


def test_a_table_tag_quoted_in_a_sentence_hides_no_later_table() -> None:
    text = (
        "Tag <table> dalam kalimat ini tidak pernah ditutup.\n\n"
        "<table>\n<tr><th>Uraian</th><th>Pagu</th></tr>\n"
        "<tr><td>A</td><td>10</td></tr>\n</table>\n"
    )
    report = _read(text)
    assert [(t.line_start, t.line_end) for t in report.tables] == [(3, 6)]
    assert [p.line for p in report.paragraphs] == [1]


def test_a_table_tag_never_closed_hides_no_later_table() -> None:
    text = (
        "<table>\n<tr><td>Potongan tabel yang tidak lengkap</td></tr>\n\n"
        "Paragraf di antaranya.\n\n"
        "<table>\n<tr><th>Uraian</th><th>Pagu</th></tr>\n"
        "<tr><td>A</td><td>10</td></tr>\n</table>\n"
    )
    report = _read(text)
    assert [(t.line_start, t.line_end) for t in report.tables] == [(6, 9)]
    assert [[c.text for c in row.cells] for row in report.tables[0].rows] == [
        ["A", "10"]
    ]


def test_a_table_inside_a_closed_table_is_part_of_it() -> None:
    text = (
        "<table>\n<tr><th>Uraian</th><th>Rincian</th></tr>\n"
        "<tr><td>A</td><td><table><tr><td>x</td></tr></table></td></tr>\n"
        "</table>\n"
    )
    report = _read(text)
    assert [(t.line_start, t.line_end) for t in report.tables] == [(1, 4)]


_IMPORTS = """
import sys
from lkjaudit.readers.text import read_text
report = read_text("x.md", sys.stdin.read(), "markdown")
print(len(report.tables), "html.parser" in sys.modules)
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HTML, ["1", "True"]),
        ("| Uraian | Target |\n| --- | --- |\n| Jalan | 10 |\n", ["1", "False"]),
    ],
)
def test_html_parser_is_imported_only_for_an_html_table(
    text: str, expected: list[str]
) -> None:
    root = Path(__file__).resolve().parents[2]
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join([str(root), environ.get("PYTHONPATH", "")])
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORTS],
        input=text,
        capture_output=True,
        text=True,
        env=environ,
        check=True,
    )
    assert proc.stdout.split() == expected
