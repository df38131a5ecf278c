"""The tree's links and official codes, set in one pass, as stated row by row."""

from __future__ import annotations

import pytest

from lkjaudit.analysis.tree import _official_code
from lkjaudit.model.report import ColumnRole, RowKind
from lkjaudit.readers import load_report

from conftest import SAMPLES


@pytest.mark.parametrize(
    "name", ["pasirian-tw2-2024.txt", "sukamaju-2023.md", "sukamaju-2023.docx"]
)
def test_children_and_codes_follow_from_each_row(name: str) -> None:
    report = load_report(str(SAMPLES / name))
    trees = 0
    for table in report.tables:
        uraian = table.column(ColumnRole.URAIAN)
        if uraian is None or not any(r.level for r in table.rows):
            continue
        trees += 1
        for row in table.rows:
            below = [
                r.index
                for r in table.rows
                if r.parent == row.index and r.kind != RowKind.CONTINUATION
            ]
            assert row.children == below
            if row.level is not None and row.kind != RowKind.CONTINUATION:
                label = row.cells[uraian.cells[0]].text
                assert row.nomenclature == _official_code(label, row.level)
    assert trees > 0
