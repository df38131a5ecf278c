"""lazy(): a pattern compiled at its first use behaves as the compiled one."""

from __future__ import annotations

import re

import pytest

from lkjaudit.model.lazyre import lazy


def test_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, text = r"\b(?:sisa|selisih)\s+(\w+)", "Sisa anggaran Rp 5 dan selisih pagu"
    pattern = lazy(source, re.IGNORECASE)
    compiled = re.compile(source, re.IGNORECASE)
    assert pattern.findall(text) == compiled.findall(text) == ["anggaran", "pagu"]
    match = pattern.search(text)
    assert match is not None and match.span() == (0, 13)
    assert pattern.match("x sisa dana") is None
    assert pattern.sub("-", text) == compiled.sub("-", text)
    assert pattern.pattern == source
    assert pattern.flags == compiled.flags


def test_lazy_pattern_compiles_once_and_keeps_what_it_read() -> None:
    pattern = lazy(r"\d+")
    assert "search" not in vars(pattern)  # nothing compiled before the first use
    first = pattern.search
    assert vars(pattern)["search"] == first  # kept: later reads call nothing of ours
    assert pattern.search("ab 12") is not None
    assert pattern.fullmatch("12a") is None


def test_lazy_pattern_reports_a_bad_pattern_at_its_first_use() -> None:
    pattern = lazy(r"(")
    with pytest.raises(re.error):
        pattern.search("x")
