"""Regular expressions compiled the first time they are used.

Compiling a pattern costs the same whether or not the run ever uses it, and a
long alternation of words with ``re.IGNORECASE`` costs as much as reading a
sizeable part of a report. Patterns that only some reports reach (the input
gate's, the rarer prose forms', repairs of mistyped figures) are declared with
:func:`lazy` instead of :func:`re.compile`: the first read of any attribute
(``search``, ``match``, ``pattern``…) compiles the pattern and keeps the
attribute, so every later read is a plain instance lookup with no call of ours
in between.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]


class _Lazy:
    """A pattern not compiled yet; it becomes a forwarder to the compiled one."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # only reached for attributes not kept yet: compile, then keep the
        # compiled pattern's attribute on the instance
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(re.compile(self._source, self._flags), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags})"


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled at its first use."""
    return cast("re.Pattern[str]", _Lazy(source, flags))
