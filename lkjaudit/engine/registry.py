"""The registry of check primitives: small Python functions that rules configure.

A primitive is registered under a kebab-case name with an options model. Rule packs
(YAML) name a primitive and give it options; they never contain code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from lkjaudit.model.finding import Confidence

if TYPE_CHECKING:
    from lkjaudit.engine.context import Context, Violation

__all__ = ["CHECKS", "CheckSpec", "check"]

Scope = Literal["report", "table"]
CheckFunc = Callable[..., Iterator["Violation"]]


@dataclass(frozen=True)
class CheckSpec:
    """A registered primitive."""

    name: str
    func: CheckFunc
    options: type[BaseModel]
    scope: Scope
    confidence: Confidence
    provides: frozenset[str]  # placeholder names its violations fill in
    doc: str


CHECKS: dict[str, CheckSpec] = {}

# every violation fills these, whatever the primitive
COMMON_PLACEHOLDERS = frozenset(
    {"expected", "actual", "table", "row", "column", "label", "line"}
)


def check(
    name: str,
    *,
    options: type[BaseModel],
    scope: Scope = "table",
    confidence: Confidence = Confidence.HIGH,
    provides: tuple[str, ...] = (),
) -> Callable[[CheckFunc], CheckFunc]:
    """Register a primitive under ``name`` (kebab-case, unique)."""

    def register(func: CheckFunc) -> CheckFunc:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = CheckSpec(
            name=name,
            func=func,
            options=options,
            scope=scope,
            confidence=confidence,
            provides=frozenset(provides) | COMMON_PLACEHOLDERS,
            doc=(func.__doc__ or "").strip(),
        )
        return func

    return register


def load_checks() -> dict[str, CheckSpec]:
    """Import the built-in check families (filling :data:`CHECKS`) and return it."""
    import lkjaudit.checks  # noqa: F401  (registers by import)

    return CHECKS


def run_check(
    spec: CheckSpec, target: Any, opts: BaseModel, ctx: Context
) -> Iterator[Violation]:
    """Call a primitive on a table or a report."""
    return spec.func(target, opts, ctx)
