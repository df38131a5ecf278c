"""Check primitives, one module or package per family; importing this registers all."""

from lkjaudit.checks import (
    arithmetic,
    claims,
    counting,
    crossing,
    crossref,
    dates,
    efficiency,
    formula,
    identifiers,
    numbers,
    plausibility,
    quarter_targets,
    quarters,
    rollup,
    structure,
    sums,
)

__all__ = [
    "arithmetic",
    "claims",
    "counting",
    "crossing",
    "crossref",
    "dates",
    "efficiency",
    "formula",
    "identifiers",
    "numbers",
    "plausibility",
    "quarter_targets",
    "quarters",
    "rollup",
    "structure",
    "sums",
]
