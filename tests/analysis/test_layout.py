"""The cell types the layout reads once are those of the rows it leaves."""

from __future__ import annotations

import pytest

from lkjaudit.analysis.cells import text_type
from lkjaudit.analysis.columns import (
    _column_content,
    _content,
    _type_columns,
    _value_texts,
)
from lkjaudit.analysis.layout import lay_out
from lkjaudit.model.report import Report
from lkjaudit.readers import read_report
from lkjaudit.readers.text import read_text

from conftest import SAMPLES

# NOTE: short rows to align (one with a value and its unit fused), a row with empty
# cells past the width, one with more figures than columns, text running over to
# the next line, and the header repeated after a page break.
_RAGGED = "\n".join(
    [
        "Tabel 3.1 Capaian",
        "",
        "No\tUraian\tTarget\tSatuan\tRealisasi\tSatuan\tAnggaran",
        "1\tPenyediaan Jasa Kantor\t100\t%\t90\t%\t1.200.000",
        "2\tPenyediaan Bahan\t12\tdokumen\t12\tdokumen\t2.500.000",
        "3\tRapat Koordinasi\t100 %\t95 %\t3.000.000",
        "4\tPemeliharaan Gedung\t4\tunit\t4\tunit\t5.000.000\t\t\t",
        "5\tSosialisasi\t1\tkegiatan\t1\tkegiatan\t800.000",
        "\tdan pembinaan warga",
        "6\tRapat\t100 % 95 % 1.000.000 2.000.000 3.000.000",
        "7\tRapat\t100 % 95 % 1.000.000 2.000.000 3.000.000 4.000.000 5.000.000",
        "",
        "No\tUraian\tTarget\tSatuan\tRealisasi\tSatuan\tAnggaran",
        "8\tPengadaan Alat\t2\tunit\t1\tunit\t7.500.000",
        "9\tJUMLAH\t\t\t\t\t19.200.000",
    ]
)


def _reports() -> list[Report]:
    paths = [
        "pasirian-tw2-2024.txt",
        "sukamaju-2023.md",
        "sukamaju-2023.docx",
        "pasirian-tw2-2024.xlsx",
    ]
    reports = [read_report(str(SAMPLES / name)) for name in paths]
    return [*reports, read_text("ragged.txt", _RAGGED)]


@pytest.mark.parametrize("report", _reports(), ids=lambda r: r.source)
def test_shared_cell_types_equal_typing_each_cell_again(report: Report) -> None:
    for table in report.tables:
        layout = lay_out(table)
        assert layout.types == [
            [text_type(c.text) for c in row.cells] for row in table.rows
        ]
        columns = _type_columns(layout.types)
        for j in range(table.ncols):
            for physical in ((j,), (j, j + 1)):
                if physical[-1] < table.ncols:
                    texts = _value_texts(table, physical)
                    assert _column_content(table, columns, physical) == _content(texts)
