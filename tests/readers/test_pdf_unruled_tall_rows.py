"""A table drawn without lines whose kegiatan name wraps onto seven lines in a
narrow column (an official name of 150 letters), under a header whose name
cell alone wraps (``Program / Kegiatan / Sub`` over ``Kegiatan``, the other
headers set at the bottom of their cells). Before, the rows after the tall one
were prose, and the header's first line was taken for a title over it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pdfdraw import fonts_pdf

from lkjaudit.readers import read_report

B, R = "Helvetica-Bold", "Helvetica"
CODE, NAME = 55.0, 150.0
CENTRES = (215.0, 315.0, 405.0, 475.0)  # the name's, then the figures' cells
RIGHTS = (350.0, 440.0, 490.0)

ROWS: list[tuple[str, list[str], tuple[str, str, str]]] = [
    (
        "2.09.03",
        ["PROGRAM PENINGKATAN", "DIVERSIFIKASI DAN", "KETAHANAN PANGAN", "MASYARAKAT"],
        ("507.150.000", "497.624.850", "98,12"),
    ),
    (
        "2.09.03.2.01",
        [
            "Penyediaan dan Penyaluran",
            "Pangan Pokok atau Pangan",
            "Lainnya sesuai dengan",
            "Kebutuhan Daerah",
            "Kabupaten/Kota dalam rangka",
            "Stabilisasi Pasokan dan Harga",
            "Pangan",
        ],
        ("122.150.000", "118.399.850", "96,93"),
    ),
    (
        "2.09.03.2.01.0001",
        ["Penyediaan Informasi Harga", "Pangan dan Neraca Bahan", "Makanan"],
        ("54.300.000", "52.987.150", "97,58"),
    ),
    (
        "2.09.03.2.01.0004",
        ["Pemantauan Stok, Pasokan dan", "Harga Pangan"],
        ("67.850.000", "65.412.700", "96,41"),
    ),
]


def _page(tmp_path: Path, titled: bool = False) -> str:
    """The table under its caption; with ``titled``, a title line over its
    header (its name cell then on one line) instead of the name's first line."""
    first = (
        (CODE, "Realisasi Anggaran Sub Kegiatan Tahun 2024", "l", B)
        if titled
        else (CENTRES[0], "Program / Kegiatan / Sub", "c", B)
    )
    name = "Uraian" if titled else "Kegiatan"
    lines: list[tuple[float, Sequence[tuple[float, str, str, str]]]] = [
        (760.0, [(CODE, "Tabel 3.3 Realisasi Anggaran Tahun 2024", "l", B)]),
        (742.0, [first]),
        (
            732.0,
            [(CODE, "Kode", "l", B), (CENTRES[0], name, "c", B)]
            + [(CENTRES[1], "Anggaran (Rp)", "c", B)]
            + [(CENTRES[2], "Realisasi (Rp)", "c", B), (CENTRES[3], "%", "c", B)],
        ),
    ]
    y = 732.0 - 15.0
    for code, name, figures in ROWS:
        lines.append(
            (
                y,
                [(CODE, code, "l", R), (NAME, name[0], "l", R)]
                + [(x, f, "r", R) for x, f in zip(RIGHTS, figures, strict=True)],
            )
        )
        for rest in name[1:]:
            y -= 10.0
            lines.append((y, [(NAME, rest, "l", R)]))
        y -= 15.0  # the line and the cells' padding
    lines.append((y - 10.0, [(CODE, "Sumber: SIPD, diolah.", "l", R)]))
    return fonts_pdf(tmp_path / "tall.pdf", [lines])


def test_rows_of_a_tall_name_and_a_header_wrapped_in_one_cell(tmp_path: Path) -> None:
    (table,) = read_report(_page(tmp_path)).tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Kode", "Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)"]
        + ["Realisasi (Rp)", "%"],
        *([code, " ".join(name), *figures] for code, name, figures in ROWS),
    ]


def test_a_title_over_the_header_is_no_header_line(tmp_path: Path) -> None:
    # one line over the header's cells, not inside one: a title, left out
    (table,) = read_report(_page(tmp_path, titled=True)).tables
    assert [c.text for c in table.rows[0].cells] == [
        "Kode",
        "Uraian",
        "Anggaran (Rp)",
        "Realisasi (Rp)",
        "%",
    ]
