"""The stated-formula parser: data from the report, parsed, never evaluated as code."""

from __future__ import annotations

import pytest

from lkjaudit.checks.formula import parse_formula


@pytest.mark.parametrize(
    ("text", "written", "columns"),
    [
        ("5/4", "(5) / (4)", {"5", "4"}),
        ("9-6", "(9) − (6)", {"9", "6"}),
        ("(4)/(3)x100%", "(4) / (3) × 100%", {"4", "3"}),
        ("(8/7)*100", "(8) / (7) × 100", {"8", "7"}),
        ("5:4", "(5) / (4)", {"5", "4"}),
        ("2+3-4", "(2) + (3) − (4)", {"2", "3", "4"}),
    ],
)
def test_parse_formula(text: str, written: str, columns: set[str]) -> None:
    node = parse_formula(text)
    assert node.text() == written
    assert node.columns() == columns


@pytest.mark.parametrize(
    "text", ["", "5/", "(5/4", "__import__('os')", "5/4; rm", "a+b", "5 ** 4"]
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_formula(text)
