"""A large report's rules in two processes: the same findings as in one."""

from __future__ import annotations

import importlib
import inspect
import os
import pickle
import re
import signal
import sys
import time
from collections.abc import Callable

import pytest

from lkjaudit.engine import forking, runner
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


@pytest.fixture
def large_seed(
    seed_alone: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> tuple[object, list[str]]:
    monkeypatch.setattr(forking, "SPLIT_ROWS", 10)  # NOTE: the seed counts as large
    return seed_alone


def _split(report: object) -> list[str]:
    return _dumped(runner.run_rules(report, builtin_rules(), workers=2))


@pytest.fixture
def shares(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, dict]]:
    """What each split returned: the fork's findings by rule, and this process's."""
    seen: list[tuple[object, dict]] = []
    real = runner.run_split

    def spied(away, here):
        theirs, mine = real(away, here)
        seen.append((theirs, dict(mine)))  # NOTE: the runner adds to its own later
        return theirs, mine

    monkeypatch.setattr(runner, "run_split", spied)
    return seen


def _slow_here(monkeypatch: pytest.MonkeyPatch) -> None:
    # NOTE: this process waits a little before each rule, so the fork surely takes
    # some families from the pipe however late it starts
    _upset_rules(monkeypatch, here=True, act=lambda: time.sleep(0.02))


def test_split_rules_find_the_same(
    large_seed: tuple[object, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    shares: list[tuple[object, dict]],
) -> None:
    report, alone = large_seed
    assert forking.splittable(report)
    forks: list[int] = []
    real_fork = forking.os.fork

    def counted() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(forking.os, "fork", counted)
    ran_here: list[int] = []
    _upset_rules(monkeypatch, here=True, act=lambda: ran_here.append(1))
    _slow_here(monkeypatch)
    split = _split(report)
    assert forks == [1]
    assert len(alone) == 50
    assert split == alone
    # both processes did a share, each rule once
    [(theirs, mine)] = shares
    assert isinstance(theirs, dict) and theirs and mine
    assert not theirs.keys() & mine.keys()
    assert sorted([*theirs, *mine]) == list(range(len(builtin_rules())))
    assert len(ran_here) == len(mine)  # NOTE: nothing the fork sent was done again


def test_a_report_of_one_family_is_not_split(
    large_seed: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, _ = large_seed
    sums = [r for r in builtin_rules() if runner._family(r) == "sums"]

    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(forking.os, "fork", no_fork)
    split = runner.run_rules(report, sums, workers=2)
    assert _dumped(split) == _dumped(runner.run_rules(report, sums, workers=1))


def test_a_fork_that_cannot_be_made_leaves_everything_here(
    large_seed: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, alone = large_seed

    def no_fork() -> int:
        raise OSError("out of processes")

    monkeypatch.setattr(forking.os, "fork", no_fork)
    fds = set(os.listdir("/proc/self/fd"))
    assert _split(report) == alone
    assert set(os.listdir("/proc/self/fd")) <= fds


def test_a_failed_fork_is_done_again_here(
    large_seed: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, alone = large_seed

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("pipe lost")

    monkeypatch.setattr(pickle, "dump", broken)  # NOTE: only the fork sends
    assert _split(report) == alone


def test_small_reports_and_single_workers_stay_in_one_process(
    seed_alone: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, alone = seed_alone
    assert not forking.splittable(report)  # 356 rows

    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(forking.os, "fork", no_fork)
    assert _dumped(runner.run_rules(report, builtin_rules(), workers=2)) == alone
    monkeypatch.setattr(forking, "SPLIT_ROWS", 10)
    assert _dumped(runner.run_rules(report, builtin_rules(), workers=1)) == alone
    assert (
        _dumped(runner.run_rules(report, builtin_rules(), workers=2, strict=True))
        == alone
    )


def test_a_program_that_reaps_its_own_children_gets_the_same(
    large_seed: tuple[object, list[str]],
) -> None:
    report, alone = large_seed
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # NOTE: auto-reaped
    try:
        split = _split(report)
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert split == alone


def _upset_rules(
    monkeypatch: pytest.MonkeyPatch, *, here: bool, act: Callable[[], None]
) -> None:
    """Call ``act`` before each rule run in this process (``here``) or in the fork."""
    real = runner._run_rule
    parent = os.getpid()

    def upset(rule, *args):
        if (os.getpid() == parent) == here:
            act()
        return real(rule, *args)

    monkeypatch.setattr(runner, "_run_rule", upset)


def test_an_interrupted_split_leaves_no_pipe_and_no_child(
    large_seed: tuple[object, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    report, _ = large_seed

    def interrupt() -> None:
        raise KeyboardInterrupt

    _upset_rules(monkeypatch, here=True, act=interrupt)
    fds = set(os.listdir("/proc/self/fd"))
    with pytest.raises(KeyboardInterrupt):
        _split(report)
    assert set(os.listdir("/proc/self/fd")) <= fds
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # NOTE: no child left, not even a zombie


def test_a_fork_that_dies_after_taking_families_leaves_them_here(
    large_seed: tuple[object, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    shares: list[tuple[object, dict]],
) -> None:
    report, alone = large_seed
    # NOTE: the fork dies with a family taken from the pipe
    _upset_rules(monkeypatch, here=False, act=lambda: os._exit(3))
    _slow_here(monkeypatch)
    assert _split(report) == alone
    [(theirs, _)] = shares
    assert theirs is None


def test_families_are_taken_costliest_first_with_the_prose_ones_together() -> None:
    rules = builtin_rules()
    units = runner._units(rules)
    families = [{runner._family(rules[k]) for k in unit} for unit in units]
    assert all(len(f) == 1 for f in families)
    order = [f.pop() for f in families]
    assert order[: len(runner._ORDER)] == list(runner._ORDER)
    assert len(order) == len(set(order))
    # the prose unit is every family whose module reads the prose, and only those
    modules = {rule.spec.func.__module__ for rule in rules}
    # NOTE: the stated capaian formulas (a scan of the sentences alone, cheap) are
    # read where they are needed, not shared
    light = {"lkjaudit.prose.formulas"}
    readers = {
        name.rsplit(".", 1)[-1]
        for name in modules
        if set(
            re.findall(
                r"lkjaudit\.prose(?:\.\w+)?",
                inspect.getsource(importlib.import_module(name)),
            )
        )
        - light
    }
    prose = {rules[k].spec.func.__module__.rsplit(".", 1)[-1] for k in units[0]}
    assert prose == readers == runner._PROSE
    assert sorted(k for unit in units for k in unit) == list(range(len(rules)))
