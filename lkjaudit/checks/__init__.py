"""Check primitives, one module per family; importing this registers them all."""

from lkjaudit.checks import (
    arithmetic,
    claims,
    counting,
    dates,
    formula,
    identifiers,
    numbers,
    structure,
    sums,
)

__all__ = [
    "arithmetic",
    "claims",
    "counting",
    "dates",
    "formula",
    "identifiers",
    "numbers",
    "structure",
    "sums",
]
