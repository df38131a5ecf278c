"""The tree's links and official codes, set in one pass, as stated row by row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.analysis.tree import _official_code, _Prefix
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


def _adding_up(
    values: list[Decimal | None], start: int, last: int, allow_zero: bool
) -> set[int]:
    """By definition: the ends of the runs of rows right below ``start``, each with
    a figure, two rows at least and ``last`` at most, that add up to its figure."""
    parent = values[start]
    if parent is None or (parent == 0 and not allow_zero):
        return set()
    found = set()
    for end in range(start + 2, last + 1):
        run = values[start + 1 : end]
        if None in run:
            break
        if sum((v for v in run if v is not None), Decimal(0)) == parent:
            found.add(end)
    return found


@pytest.mark.parametrize(
    "figures",
    [
        "10 4 6 0 0 5",  # rows of zero repeat a prefix sum: each end adds up
        "10 4 - 6 10 10",  # a row without a figure ends every run through it
        "5 -2 7 5 3 2",  # a negative figure: the prefix sums fall
        "0 0 0 7 0",  # a parent of zero
    ],
)
@pytest.mark.parametrize("allow_zero", [True, False])
def test_the_runs_a_budget_column_adds_up_are_all_found(
    figures: str, allow_zero: bool
) -> None:
    values = [None if f == "-" else Decimal(f) for f in figures.split()]
    prefix = _Prefix(values)
    for start in range(len(values)):
        for last in range(start + 1, len(values) + 1):
            found = prefix.sums_from(start, last, allow_zero=allow_zero)
            assert found == _adding_up(values, start, last, allow_zero)


def test_rows_of_zero_end_a_kegiatan_at_each_of_them() -> None:
    prefix = _Prefix([Decimal(f) for f in (10, 4, 6, 0, 0, 5)])
    assert prefix.sums_from(0, 6, allow_zero=True) == {3, 4, 5}
