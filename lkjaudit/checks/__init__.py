"""Check primitives, one module per family; importing this registers them all."""

from lkjaudit.checks import (
    arithmetic,
    claims,
    counting,
    crossref,
    dates,
    formula,
    identifiers,
    numbers,
    plausibility,
    rollup,
    structure,
    sums,
)

__all__ = [
    "arithmetic",
    "claims",
    "counting",
    "crossref",
    "dates",
    "formula",
    "identifiers",
    "numbers",
    "plausibility",
    "rollup",
    "structure",
    "sums",
]
