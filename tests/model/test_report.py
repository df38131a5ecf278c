"""The report model's lookups: a table's columns by role."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from lkjaudit.model.report import Column, ColumnRole, Row, Table

R = ColumnRole


def _col(index: int, role: ColumnRole) -> Column:
    return Column(index=index, cells=(index,), key=f"c{index}", role=role)


def test_column_is_the_first_of_its_role_and_follows_a_new_list() -> None:
    table = Table(id="t", label="Tabel 1")
    assert table.column(R.TARGET) is None
    first, second = _col(0, R.TARGET), _col(1, R.TARGET)
    table.columns = [first, second, _col(2, R.ANGGARAN)]
    assert table.column(R.TARGET) is first
    assert table.column("anggaran") is table.columns[2]  # a role's name works too
    assert table.has(R.TARGET, R.ANGGARAN) and not table.has(R.TARGET, R.SISA)
    assert table.columns_with(R.TARGET) == [first, second]
    # a new list of columns is looked up afresh
    table.columns = [_col(0, R.SISA)]
    assert table.column(R.TARGET) is None
    assert table.has(R.SISA)


def test_the_lookup_is_not_part_of_the_data() -> None:
    used, fresh = Table(id="t", label="T"), Table(id="t", label="T")
    used.columns = [_col(0, R.TARGET)]
    fresh.columns = [_col(0, R.TARGET)]
    assert used.column(R.TARGET) is not None
    assert used == fresh
    assert repr(used) == repr(fresh)
    assert "_first_by_role" not in repr(used)


def test_a_table_survives_pickling_with_its_lookup() -> None:
    table = Table(id="t", label="T", columns=[_col(0, R.TARGET), _col(1, R.SISA)])
    assert table.column(R.SISA) is table.columns[1]
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table
    assert copy.column(R.SISA) is copy.columns[1]  # the copy's own column
    copy.columns = [_col(0, R.ANGGARAN)]
    assert copy.column(R.SISA) is None and copy.column(R.ANGGARAN) is not None


def test_fields_are_given_by_name_and_unknown_ones_are_refused() -> None:
    with pytest.raises(TypeError, match="colums"):
        Table(id="t", label="T", colums=[])  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Row(1, [])  # type: ignore[misc]


def test_a_copy_with_changes_is_built_afresh() -> None:
    table = Table(id="t", label="T", columns=[_col(0, R.TARGET)])
    assert table.column(R.TARGET) is not None
    other = replace(table, id="u")
    assert other.id == "u" and other.columns == table.columns
    assert other.column(R.TARGET) == table.column(R.TARGET)
