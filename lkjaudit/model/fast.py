"""Update several fields of a trusted model instance in one step.

The analysis sets a handful of attributes on every row of every table; pydantic's
``__setattr__`` bookkeeping per attribute is a visible share of a large report's run.
:func:`update` stores already-typed values the way pydantic itself does for a model
without ``validate_assignment`` (the instance ``__dict__`` and
``__pydantic_fields_set__``), in one call. A test checks the result equals plain
attribute assignment.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

__all__ = ["update"]


def update(obj: BaseModel, **fields: Any) -> None:
    """Set several fields of a mutable model at once, without per-field overhead."""
    obj.__dict__.update(fields)
    obj.__pydantic_fields_set__.update(fields)
