"""Tables drawn without lines (a Word table with its borders off) whose header
is centred over right-aligned figures: a header word wider than the figures
under it, a header two lines deep whose second line (``(ton)``) stands clear of
the figures, and the table's rows on the next page, with no header, in the
first page's columns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pdfdraw import fonts_pdf

from lkjaudit.readers import load_report, read_report

B, R = "Helvetica-Bold", "Helvetica"
Run = tuple[float, str, str, str]
Line = tuple[float, Sequence[Run]]

# the cells' centres and the figures' right edges (each cell's right padding)
NO, NAME = 60.0, 85.0
CENTRES = (288.0, 384.0, 471.0)
RIGHTS = (330.0, 426.0, 504.0)
STEP = 14.0  # one row to the next: a line and the cells' padding


def _rows(top: float, rows: Sequence[Sequence[str]]) -> list[Line]:
    return [
        (
            top - STEP * k,
            [(NO, no, "l", R), (NAME, name, "l", R)]
            + [(x, f, "r", R) for x, f in zip(RIGHTS, figures, strict=True)],
        )
        for k, (no, name, *figures) in enumerate(rows)
    ]


PRODUKSI = [
    ("1", "Padi sawah", "312.450", "318.720", "102,01"),
    ("2", "Jagung", "96.800", "101.245", "104,59"),
    ("3", "Kedelai", "4.250", "3.870", "91,06"),
    ("4", "Kacang tanah", "6.400", "6.512", "101,75"),
]
LANJUTAN = [
    ("5", "Ubi kayu", "148.300", "152.960", "103,14"),
    ("6", "Bawang merah varietas lokal", "11.380", "11.906", "104,62"),
    ("7", "Tomat", "5.640", "5.488", "97,30"),
]


def _produksi(tmp_path: Path) -> str:
    """A header two lines deep, bold, centred in its cells; four rows of one
    line each; on the next page, under a ``(lanjutan)`` caption, three more
    rows with no header."""
    header: list[Line] = [
        (
            700.0,
            [(NO, "No", "l", B), (NAME, "Komoditas", "l", B)]
            + [(CENTRES[0], "Target Produksi", "c", B)]
            + [(CENTRES[1], "Realisasi Produksi", "c", B)]
            + [(CENTRES[2], "Capaian (%)", "c", B)],
        ),
        (689.0, [(CENTRES[0], "(ton)", "c", B), (CENTRES[1], "(ton)", "c", B)]),
    ]
    first: list[Line] = [
        (730.0, [(NO, "Tabel 3.2 Produksi Komoditas Utama Tahun 2024", "l", B)]),
        *header,
        *_rows(673.0, PRODUKSI),
    ]
    second: list[Line] = [
        (
            760.0,
            [(NO, "Tabel 3.2 Produksi Komoditas Utama Tahun 2024 (lanjutan)", "l", B)],
        ),
        *_rows(740.0, LANJUTAN),
        (690.0, [(NO, "Sumber: Statistik Pertanian, diolah.", "l", R)]),
    ]
    return fonts_pdf(tmp_path / "produksi.pdf", [first, second])


def test_a_header_two_lines_deep_heads_its_columns(tmp_path: Path) -> None:
    # ``(ton)`` centred in its cell ends left of the right-aligned figures:
    # it is the header's second line, not a row's name, nor a column of its own
    (table,) = load_report(_produksi(tmp_path)).tables
    assert [c.header for c in table.columns] == [
        "No",
        "Komoditas",
        "Target Produksi (ton)",
        "Realisasi Produksi (ton)",
        "Capaian (%)",
    ]
    assert [[c.text for c in row.cells] for row in table.rows[:4]] == [
        list(r) for r in PRODUKSI
    ]


def test_its_rows_on_the_next_page_keep_its_columns(tmp_path: Path) -> None:
    # the page after sets its widest name elsewhere: its rows go in the first
    # page's columns all the same, not in a column of their own
    (table,) = load_report(_produksi(tmp_path)).tables
    assert len(table.columns) == 5
    assert [[c.text for c in row.cells] for row in table.rows[4:]] == [
        list(r) for r in LANJUTAN
    ]
    assert [row.cells[0].page for row in table.rows] == [1] * 4 + [2] * 3


IKU = [
    ("1", "Persentase peningkatan produksi", "3,50", "3,82", "109,14"),
    ("", "padi dibandingkan tahun lalu"),
    ("2", "Persentase luas lahan puso", "1,20", "0,95", "120,83"),
    ("", "terhadap luas tanam padi"),
    ("3", "Skor Pola Pangan Harapan", "88,50", "86,90", "98,19"),
    ("4", "Nilai Tukar Petani (NTP)", "104,00", "105,62", "101,56"),
]


def _iku(tmp_path: Path, header: Sequence[str]) -> str:
    """Names wrapped in their cells; the header centred over narrow figures."""
    lines: list[Line] = [
        (730.0, [(NO, "Tabel 3.1 Capaian Indikator Kinerja Utama", "l", B)]),
        (
            712.0,
            [(NO, "No", "l", B), (NAME, "Indikator Kinerja", "l", B)]
            + [(x, h, "c", B) for x, h in zip(CENTRES, header, strict=True)],
        ),
    ]
    y = 697.0
    for row in IKU:
        if row[0]:
            y -= 5.0  # the cells' padding between two rows
        runs: list[Run] = [(NO, row[0], "l", R), (NAME, row[1], "l", R)]
        runs += [(x, f, "r", R) for x, f in zip(RIGHTS, row[2:], strict=False)]
        lines.append((y, [r for r in runs if r[1]]))
        y -= 10.0
    lines.append((y - 20, [(NO, "Sumber: hasil pengukuran kinerja.", "l", R)]))
    return fonts_pdf(tmp_path / "iku.pdf", [lines])


def test_a_header_word_wider_than_its_figures_heads_them(tmp_path: Path) -> None:
    # ``Target Kinerja`` centred over ``3,50`` starts left of the figures: a
    # header's word, not prose running into them
    header = ("Target Kinerja", "Realisasi Kinerja", "Capaian (%)")
    (table,) = load_report(_iku(tmp_path, header)).tables
    assert [c.header for c in table.columns] == [
        "No",
        "Indikator Kinerja",
        *header,
    ]
    assert [c.text for c in table.rows[0].cells] == [
        "1",
        "Persentase peningkatan produksi padi dibandingkan tahun lalu",
        "3,50",
        "3,82",
        "109,14",
    ]
    assert len(table.rows) == 4


def test_a_line_of_prose_over_the_figures_is_no_header(tmp_path: Path) -> None:
    # one group from the left past the first column of figures: a sentence,
    # and the table under it has no header: nothing is read as a table
    doc = fonts_pdf(
        tmp_path / "prose.pdf",
        [
            [
                (
                    712.0,
                    [
                        (
                            NO,
                            "Capaian indikator kinerja utama tahun 2024 disajikan "
                            "pada tabel berikut ini.",
                            "l",
                            R,
                        )
                    ],
                ),
                *_rows(697.0, [r for r in IKU if len(r) == 5]),
            ]
        ],
    )
    report = read_report(doc)
    assert report.tables == []
