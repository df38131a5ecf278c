"""How the probe generators write figures: the Indonesian way, computed exactly.

Imported by scripts/make_probe_*.py, which run from the repository root
(``python scripts/make_probe_<name>.py``) and so find this module beside them. It
needs nothing beyond the standard library, so every generator's venv has it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def rupiah(value: int) -> str:
    """An amount with dots between thousands: ``1.254.300.000``."""
    return f"{value:,}".replace(",", ".")


def pct(num: Decimal | int, den: Decimal | int) -> str:
    """``num / den`` as a percentage with two decimals, written the Indonesian way."""
    value = (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return str(value).replace(".", ",")
