"""Exceptions for when lkjaudit itself cannot go on.

Problems *in a report* are findings, never exceptions. These are for a file that
cannot be read, a rule pack that is invalid, or a configuration that is wrong; the
CLI turns each into one line on stderr and exit code 2.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "LkjauditError",
    "RulePackError",
    "yaml_problem",
]


class LkjauditError(Exception):
    """Base class: the message is one line meant for the user."""


class InputError(LkjauditError):
    """A report file that cannot be read: missing, unreadable, or not an LKj."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class RulePackError(LkjauditError):
    """A rule pack that does not validate."""


class ConfigError(LkjauditError):
    """A configuration file or option that is wrong."""


def yaml_problem(exc: Exception) -> tuple[str, str]:
    """A YAML parse error in one line: (``"line 3: "`` or ``""``, the problem).

    PyYAML's own message spans several lines (context, problem, a quoted snippet).
    """
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}: " if mark is not None else ""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return where, str(problem)
