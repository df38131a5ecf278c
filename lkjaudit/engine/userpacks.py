"""User rule packs: add rules built from existing checks and adjust the others.

A user pack is a YAML file with the same ``rules:`` list as the built-in packs (new
rules, which must use a registered check) and an optional ``overrides:`` mapping
that changes rules already defined, built in or from another pack::

    pack: kabupaten-contoh
    rules:
      - id: capaian-at-most-150-percent
        ...
    overrides:
      number-well-formed: {enabled: false}
      capaian-equals-realisasi-over-target:
        severity: warning
        with: {polarity: higher-is-better}

Everything is validated on load and every error names the file, the rule and the
field. A pack can never add a check (only Python code can) nor run code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lkjaudit.engine.rulepack import (
    RuleSpec,
    field_problem,
    pack_rules,
    parse_pack,
    validate_rule,
)
from lkjaudit.errors import Message, RulePackError
from lkjaudit.model.finding import Severity

__all__ = [
    "RuleOverride",
    "apply_override",
    "override_rules",
    "pack_files",
    "with_user_packs",
]

_USER_KEYS = frozenset({"rules", "pack", "description", "overrides"})


class RuleOverride(BaseModel):
    """Changes to an existing rule: severity, options (merged) and whether it runs."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    severity: Severity | None = None
    enabled: bool | None = None
    with_: dict[str, Any] = Field(default={}, alias="with")


def apply_override(rule: RuleSpec, override: RuleOverride, where: str) -> RuleSpec:
    """The rule with ``override`` applied; its options are validated again."""
    update: dict[str, Any] = {}
    if override.severity is not None:
        update["severity"] = override.severity
    if override.enabled is not None:
        update["enabled"] = override.enabled
    if override.with_:
        update["with_"] = {**rule.with_, **override.with_}
    changed = rule.model_copy(update=update)
    validate_rule(changed, where)
    return changed


def pack_files(path: Path) -> list[Path]:
    """The YAML files of a pack path: the file itself, or a folder's, sorted."""
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
        )
    return [path]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulePackError(Message("rulepack.not-found", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(
            Message("rulepack.cannot-read", path=str(path), problem=str(exc))
        ) from None


def _overrides(raw: object, where: str) -> dict[str, RuleOverride]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise RulePackError(Message("rulepack.overrides-not-a-mapping", where=where))
    parsed: dict[str, RuleOverride] = {}
    for rule_id, change in raw.items():
        try:
            parsed[str(rule_id)] = RuleOverride.model_validate(change or {})
        except ValidationError as exc:
            problem = field_problem(
                exc,
                {"extra_forbidden": "rulepack.override-unknown-field"},
                "rulepack.override-invalid-field",
                where=where,
                rule=rule_id,
            )
            raise RulePackError(problem) from None
    return parsed


def with_user_packs(rules: Iterable[RuleSpec], paths: Iterable[Path]) -> list[RuleSpec]:
    """``rules`` plus the rules of the user packs at ``paths``, overrides applied.

    Packs are read in order; overrides are applied after every pack's rules are
    known, in pack order, so a later pack wins.
    """
    merged = list(rules)
    defined = {rule.id: rule.source for rule in merged}
    pending: list[tuple[str, dict[str, RuleOverride]]] = []
    for path in paths:
        for file in pack_files(path):
            where = str(file)
            data = parse_pack(_read(file), where, keys=_USER_KEYS, need_rules=False)
            if "rules" not in data and "overrides" not in data:
                raise RulePackError(Message("rulepack.user-pack-empty", where=where))
            for rule in pack_rules(data, where):
                if rule.id in defined:
                    raise RulePackError(
                        Message(
                            "rulepack.defined-twice",
                            where=where,
                            rule=rule.id,
                            other=defined[rule.id],
                        )
                    )
                defined[rule.id] = where
                merged.append(rule)
            pending.append((where, _overrides(data.get("overrides"), where)))
    for where, overrides in pending:
        merged = override_rules(merged, overrides, where)
    return merged


def override_rules(
    rules: list[RuleSpec], overrides: Mapping[str, RuleOverride], where: str
) -> list[RuleSpec]:
    """Apply ``overrides`` (by rule id); an unknown id is an error naming ``where``."""
    known = {rule.id for rule in rules}
    for rule_id in overrides:
        if rule_id not in known:
            raise RulePackError(
                Message("rulepack.override-unknown-rule", where=where, rule=rule_id)
            )
    return [
        apply_override(rule, overrides[rule.id], where)
        if rule.id in overrides
        else rule
        for rule in rules
    ]
