"""Row values: parsed once per text, the same as a direct parse."""

from __future__ import annotations

import pytest

from lkjaudit.analysis.cells import text_type
from lkjaudit.analysis.rows import _parser
from lkjaudit.model.report import Cell, Column, ColumnRole
from lkjaudit.model.values import parse_value
from lkjaudit.readers import load_report

from conftest import SAMPLES


def _texts() -> list[str]:
    report = load_report(str(SAMPLES / "pasirian-tw2-2024.txt"))
    found = {c.text for t in report.tables for r in t.rows for c in r.cells}
    extra = {"88.6", "12.345", "1.234,5", "25 % 1.200.000", "-", "", "12,5 %"}
    return sorted(found | extra)


@pytest.mark.parametrize("percent", [False, True])
def test_the_column_parser_equals_a_direct_parse(percent: bool) -> None:
    role = ColumnRole.CAPAIAN if percent else ColumnRole.OTHER
    column = Column(index=0, cells=(0,), key="c1", role=role)
    assert column.is_percent is percent
    parse = _parser(column, None)
    for text in _texts():
        assert parse([Cell(raw=text, text=text)]) == parse_value(text, percent)


def test_a_plain_column_reuses_the_parse_of_the_layout() -> None:
    parse = _parser(Column(index=0, cells=(0,), key="c1"), None)
    text = "7.654.321.987"  # NOTE: a figure no other test parses
    text_type(text)
    before = parse_value.cache_info().misses
    parse([Cell(raw=text, text=text)])
    assert parse_value.cache_info().misses == before
