"""Check primitives, one module per family; importing this registers them all."""

from lkjaudit.checks import (
    arithmetic,
    crossref,
    formula,
    numbers,
    plausibility,
    rollup,
    sums,
)

__all__ = [
    "arithmetic",
    "crossref",
    "formula",
    "numbers",
    "plausibility",
    "rollup",
    "sums",
]
