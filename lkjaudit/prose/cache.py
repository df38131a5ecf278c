"""One result per report object for the readings that several checks share."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from lkjaudit.model.report import Report

__all__ = ["per_report"]

T = TypeVar("T")
P = ParamSpec("P")
_STORE: dict[tuple[Hashable, ...], tuple[Report, Any]] = {}
_LIMIT = 256


def per_report(
    func: Callable[Concatenate[Report, P], T],
) -> Callable[Concatenate[Report, P], T]:
    """Compute ``func(report, …)`` once per report object and further arguments.

    Reports are not changed once analysed; the further arguments (a rule's
    options) must be hashable. The store is bounded, so memory stays flat over
    batch runs.
    """
    name = f"{func.__module__}.{func.__qualname__}"

    @wraps(func)
    def wrapper(report: Report, /, *args: P.args, **kwargs: P.kwargs) -> T:
        key = (name, id(report), args, tuple(sorted(kwargs.items())))
        hit = _STORE.get(key)
        if hit is not None and hit[0] is report:
            result: T = hit[1]
            return result
        value = func(report, *args, **kwargs)
        if len(_STORE) >= _LIMIT:
            _STORE.clear()
        _STORE[key] = (report, value)
        return value

    return wrapper
