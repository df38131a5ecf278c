"""An ``Rp`` set at its cell's left edge and its amount at the right (a sheet's
accounting format, or a Word table tabbed that way) is one cell,
``Rp 45.600.000``, in a table ruled across (a rule under every row, or
booktabs rules) and in one drawn without lines, one line a row, as it already
was in one whose cells wrap."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pdfdraw import page_pdf

from lkjaudit.readers import read_report

ROWS = [
    ("1", "Penyediaan Gaji dan Tunjangan ASN", "2.846.320.000", "2.739.518.400")
    + ("96,25",),
    ("2", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "45.600.000")
    + ("43.250.000", "94,85"),
    ("3", "Penyelenggaraan Rapat Koordinasi SKPD", "38.400.000", "37.270.000")
    + ("97,06",),
    ("4", "Pengadaan Pakaian Dinas", "24.000.000", "23.520.000", "98,00"),
]
HEADER = ["No", "Sub Kegiatan", "Anggaran", "Realisasi", "%"]
CAPTION = (760.0, [(50.0, "Tabel 3.4 Realisasi Anggaran Sub Kegiatan", "l")])
TOP, STEP = 700.0, 18.0


def _table(tmp_path: Path, rules: str) -> str:
    """The table under its caption; ``rules``: ``rows`` (a rule under the
    header and every row), ``booktabs`` (over and under the header, under the
    last row) or ``none``."""
    lines: list[tuple[float, Sequence[tuple[float, str, str]]]] = [
        CAPTION,
        (
            TOP,
            [(55, "No", "l"), (80, "Sub Kegiatan", "l"), (300, "Anggaran", "l")]
            + [(400, "Realisasi", "l"), (520, "%", "r")],
        ),
    ]
    drawn: list[tuple[float, float, float]] = []
    if rules != "none":
        drawn += [(TOP + 12, 50, 530), (TOP - 5, 50, 530)]
    y = TOP - STEP
    for no, name, anggaran, realisasi, persen in ROWS:
        lines.append(
            (
                y,
                [(55, no, "l"), (80, name, "l"), (300, "Rp", "l")]
                + [(385, anggaran, "r"), (400, "Rp", "l"), (485, realisasi, "r")]
                + [(520, persen, "r")],
            )
        )
        if rules == "rows":
            drawn.append((y - 5, 50, 530))
        y -= STEP
    if rules == "booktabs":
        drawn.append((y + STEP - 5, 50, 530))
    return page_pdf(tmp_path / f"rp-{rules}.pdf", [(lines, drawn)])


@pytest.mark.parametrize("rules", ["rows", "booktabs", "none"])
def test_an_rp_at_the_cells_left_edge_goes_with_its_amount(
    tmp_path: Path, rules: str
) -> None:
    (table,) = read_report(_table(tmp_path, rules)).tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        HEADER,
        *(
            [no, name, f"Rp {anggaran}", f"Rp {realisasi}", persen]
            for no, name, anggaran, realisasi, persen in ROWS
        ),
    ]
