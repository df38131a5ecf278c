"""A large report's rules in two processes: the same findings as in one."""

from __future__ import annotations

import pickle
import sys

import pytest

from lkjaudit.engine import runner
from lkjaudit.engine.rulepack import builtin_rules
from lkjaudit.readers import load_report

from conftest import SAMPLES

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="rules are split only where forking is safe"
)


def _dumped(findings: list) -> list[str]:
    return [f.model_dump_json() for f in findings]


@pytest.fixture(scope="module")
def seed_alone() -> tuple[object, list[str]]:
    report = load_report(str(SAMPLES / "pasirian-tw2-2024.txt"))
    return report, _dumped(runner.run_rules(report, builtin_rules(), workers=1))


def test_split_rules_find_the_same(
    seed_alone: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, alone = seed_alone
    monkeypatch.setattr(runner, "SPLIT_ROWS", 10)  # NOTE: the seed counts as large
    assert runner._splittable(report)
    forks: list[int] = []
    real_fork = runner.os.fork

    def counted() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(runner.os, "fork", counted)
    split = runner.run_rules(report, builtin_rules(), workers=2)
    assert forks == [1]
    assert len(alone) == 46
    assert _dumped(split) == alone


def test_a_failed_fork_is_done_again_here(
    seed_alone: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, alone = seed_alone
    monkeypatch.setattr(runner, "SPLIT_ROWS", 10)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("pipe lost")

    monkeypatch.setattr(pickle, "dump", broken)  # NOTE: only the fork sends
    split = runner.run_rules(report, builtin_rules(), workers=2)
    assert _dumped(split) == alone


def test_small_reports_and_single_workers_stay_in_one_process(
    seed_alone: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, alone = seed_alone
    assert not runner._splittable(report)  # 356 rows

    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(runner.os, "fork", no_fork)
    assert _dumped(runner.run_rules(report, builtin_rules(), workers=2)) == alone
    monkeypatch.setattr(runner, "SPLIT_ROWS", 10)
    assert _dumped(runner.run_rules(report, builtin_rules(), workers=1)) == alone
    assert (
        _dumped(runner.run_rules(report, builtin_rules(), workers=2, strict=True))
        == alone
    )
