"""Check primitives, one module per family; importing this registers them all."""

from lkjaudit.checks import arithmetic, claims, formula, numbers, sums

__all__ = ["arithmetic", "claims", "formula", "numbers", "sums"]
