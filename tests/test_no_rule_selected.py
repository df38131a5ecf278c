"""A selection that leaves no rule to run is an error, not a silent pass (the
command line's one-line message is in tests/test_cli_errors.py)."""

from __future__ import annotations

import pytest

from lkjaudit.api import select_rules
from lkjaudit.engine.rulepack import builtin_rules
from lkjaudit.errors import ConfigError


def test_select_rules_refuses_an_empty_selection() -> None:
    rules = builtin_rules()
    with pytest.raises(ConfigError):
        select_rules(rules, select=["date-exists"], ignore=["date-*"])
    # one rule left is a selection
    assert [r.id for r in select_rules(rules, select=["date-exists"])] == [
        "date-exists"
    ]
