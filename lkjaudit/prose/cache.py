"""One result per report object for the readings that several checks share."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from lkjaudit.model.report import Report

__all__ = ["per_report"]

T = TypeVar("T")
_STORE: dict[tuple[str, int], tuple[Report, Any]] = {}
_LIMIT = 256


def per_report(func: Callable[[Report], T]) -> Callable[[Report], T]:
    """Compute ``func(report)`` once per report object.

    Reports are not changed once analysed; the store is bounded, so memory stays
    flat over batch runs.
    """
    name = f"{func.__module__}.{func.__qualname__}"

    @wraps(func)
    def wrapper(report: Report) -> T:
        key = (name, id(report))
        hit = _STORE.get(key)
        if hit is not None and hit[0] is report:
            result: T = hit[1]
            return result
        value = func(report)
        if len(_STORE) >= _LIMIT:
            _STORE.clear()
        _STORE[key] = (report, value)
        return value

    return wrapper
