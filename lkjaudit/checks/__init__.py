"""Check primitives, one module per family; importing this registers them all."""

from lkjaudit.checks import arithmetic, formula, numbers, sums

__all__ = ["arithmetic", "formula", "numbers", "sums"]
