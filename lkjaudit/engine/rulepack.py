"""Rule packs: YAML files of rules, validated on load, never executed.

A rule names a registered primitive (``check``) and its options (``with``); its
messages are templates with plain ``{placeholder}`` fields (a field may choose between
two words by its count, ``{count:copy|copies}``) and nothing else, so a rule file
cannot run code or reach into Python objects.
"""

from __future__ import annotations

import functools
import hashlib
import json
import string
from collections.abc import Iterable
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from lkjaudit import __version__
from lkjaudit.engine.registry import CHECKS, CheckSpec, load_checks
from lkjaudit.engine.template import word_choice
from lkjaudit.errors import Message, RulePackError, yaml_problem
from lkjaudit.model.finding import Confidence, Severity
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import TableKind
from lkjaudit.usercache import read_json, write_json

__all__ = [
    "AppliesTo",
    "RuleSpec",
    "builtin_rules",
    "field_problem",
    "load_pack",
    "pack_rules",
    "parse_pack",
    "placeholders",
    "validate_rule",
]

_ID = lazy(r"^[a-z][a-z0-9-]{2,60}$")


class Text(BaseModel):
    """A text in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("id" or "en")."""
        return self.en if lang == "en" else self.id


class AppliesTo(BaseModel):
    """Which tables a table-scoped rule looks at."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    table_kind: tuple[TableKind, ...] = ()


class RuleSpec(BaseModel):
    """One rule: metadata plus which primitive it uses with which options."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: Text
    severity: Severity
    rationale: Text
    check: str
    with_: dict[str, Any] = Field(default={}, alias="with")
    message: Text
    applies_to: AppliesTo = AppliesTo()
    tags: tuple[str, ...] = ()
    confidence: Confidence | None = None
    examples: str | None = None
    version_added: str | None = None
    references: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    enabled: bool = True
    source: str = ""  # the pack file it came from (filled in on load)

    @field_validator("id")
    @classmethod
    def _id_format(cls, value: str) -> str:
        if not _ID.match(value):
            # NOTE: a type of its own, which _describe words in both languages
            raise PydanticCustomError(
                "rule-id-not-kebab-case",
                "must be kebab-case: lower case letters, digits and '-'",
            )
        return value

    @property
    def spec(self) -> CheckSpec:
        """The registered primitive this rule uses."""
        return CHECKS[self.check]

    def options(self) -> BaseModel:
        """The validated options for the primitive."""
        model = self.spec.options
        if not self.with_ and _defaults_valid(model):
            # NOTE: no options given: the defaults, as validating {} gives them,
            # without building the model's validator (most rules give none)
            return model.model_construct()
        return model.model_validate(self.with_)


@functools.cache
def _defaults_valid(model: type[BaseModel]) -> bool:
    """True when ``model()`` gives the defaults as they stand.

    That is, every field has one and no validator (of the model or a field) could
    change or refuse them.
    """
    decorators = model.__pydantic_decorators__
    return not (
        any(
            field.is_required() or field.validate_default
            for field in model.model_fields.values()
        )
        or decorators.model_validators
        or decorators.field_validators
        or decorators.root_validators
        or decorators.validators
        or model.model_config.get("validate_default", False)
    )


def placeholders(template: str) -> set[str]:
    """The field names a message template uses; raises ValueError on anything else.

    The ValueError's one argument is the placeholder that is not a plain name (or a
    plain name with a ``one|many`` choice of words).
    """
    names: set[str] = set()
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if (
            not field.isidentifier()
            or conversion
            or (spec and word_choice(spec) is None)
        ):
            raise ValueError(
                f"{{{field}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}}"
            )
        names.add(field)
    return names


def validate_rule(rule: RuleSpec, where: str) -> None:
    """Check what the schema cannot: the check exists, its options, the messages."""
    if rule.check not in CHECKS:
        known = ", ".join(sorted(CHECKS))
        raise RulePackError(
            Message(
                "rulepack.unknown-check",
                where=where,
                rule=rule.id,
                check=rule.check,
                known=known,
            )
        )
    try:
        rule.options()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "with"
        raise RulePackError(
            Message(
                "rulepack.invalid-option",
                where=where,
                rule=rule.id,
                option=field,
                problem=first["msg"],
            )
        ) from None
    provided = rule.spec.provides
    for lang in ("id", "en"):
        try:
            used = placeholders(rule.message.get(lang))
        except ValueError as exc:
            raise RulePackError(
                Message(
                    "rulepack.placeholder-not-a-name",
                    where=where,
                    rule=rule.id,
                    lang=lang,
                    placeholder=str(exc),
                )
            ) from None
        unknown = used - provided
        if unknown:
            raise RulePackError(
                Message(
                    "rulepack.unknown-placeholder",
                    where=where,
                    rule=rule.id,
                    lang=lang,
                    placeholder=f"{{{sorted(unknown)[0]}}}",
                    check=rule.check,
                    provided=", ".join(sorted(provided)),
                )
            )


_PACK_KEYS = frozenset({"rules", "pack", "description"})


def parse_pack(
    text: str, where: str, *, keys: frozenset[str] = _PACK_KEYS, need_rules: bool = True
) -> dict[str, Any]:
    """The YAML mapping of a pack, with its top-level keys checked."""
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        raise RulePackError(
            Message("rulepack.yaml-invalid", where=where, line=line, problem=problem)
        ) from None
    if not isinstance(data, dict) or not (
        isinstance(data.get("rules"), list) or not need_rules
    ):
        raise RulePackError(Message("rulepack.not-a-pack", where=where))
    unknown = set(data) - keys
    if unknown:
        key = sorted(unknown)[0]
        raise RulePackError(Message("rulepack.unknown-key", where=where, key=key))
    return data


def pack_rules(data: dict[str, Any], where: str) -> list[RuleSpec]:
    """The validated rules of a parsed pack."""
    load_checks()
    rules: list[RuleSpec] = []
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        raise RulePackError(Message("rulepack.rules-not-a-list", where=where))
    for position, raw in enumerate(raw_rules, start=1):
        rule_id = (
            raw.get("id", f"#{position}") if isinstance(raw, dict) else f"#{position}"
        )
        try:
            rule = RuleSpec.model_validate({**raw, "source": where})
        except (ValidationError, TypeError) as exc:
            raise RulePackError(_describe(where, rule_id, exc)) from None
        validate_rule(rule, where)
        rules.append(rule)
    return rules


def load_pack(text: str, where: str) -> list[RuleSpec]:
    """Parse and validate one rule pack; RulePackError names file, rule and field."""
    return pack_rules(parse_pack(text, where), where)


_FIELD_ERRORS = {
    "missing": "rulepack.missing-field",
    "extra_forbidden": "rulepack.unknown-field",
    "rule-id-not-kebab-case": "rulepack.id-not-kebab-case",
}


def _describe(where: str, rule_id: object, exc: Exception) -> Message:
    if not isinstance(exc, ValidationError):
        return Message("rulepack.rule-not-a-mapping", where=where, rule=rule_id)
    return field_problem(
        exc, _FIELD_ERRORS, "rulepack.invalid-field", where=where, rule=rule_id
    )


def field_problem(
    exc: ValidationError, keys: dict[str, str], other: str, **values: object
) -> Message:
    """The first problem pydantic found, as a message naming its field.

    ``keys`` maps an error type to the message that needs no more than the field
    (a missing or unknown one); any other problem takes ``other`` with pydantic's
    own description of it.
    """
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"])
    key = keys.get(first["type"])
    if key is not None:
        return Message(key, field=field, **values)
    return Message(other, field=field, problem=first["msg"], **values)


def _builtin_dir() -> Traversable:
    packaged = resources.files("lkjaudit") / "rules"
    if packaged.is_dir():
        return packaged
    # NOTE: running from a source checkout (editable install): rules/ sits beside
    # the package instead of inside it.
    return resources.files("lkjaudit").joinpath("..", "rules")


def _walk(folder: Traversable) -> list[Traversable]:
    found: list[Traversable] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            found.extend(_walk(entry))
        elif entry.name.endswith((".yaml", ".yml")):
            found.append(entry)
    return found


def builtin_rules() -> list[RuleSpec]:
    """Every rule of the packs shipped with lkjaudit, validated."""
    return list(_builtin_rules())


@functools.cache
def _builtin_rules() -> tuple[RuleSpec, ...]:
    # NOTE: read once per process; the packs shipped with lkjaudit do not change
    # while it runs, and a batch or the docs generator asks many times.
    root = _builtin_dir()
    if not root.is_dir():
        raise RulePackError(Message("rulepack.builtin-missing", root=str(root)))
    packs = [(f"rules/{_relative(f, root)}", f.read_text("utf-8")) for f in _walk(root)]
    # NOTE: parsing YAML costs more than validating what it holds; the parsed packs
    # are kept in the user's cache, named by lkjaudit's version and the packs' text.
    digest = _digest(packs)
    name = f"rules-{__version__}-{digest}.json"
    cached = _cached(_shipped(digest), packs) or _cached(read_json(name), packs)
    if cached is not None:
        return tuple(_collect(cached)[0])
    rules, parsed = _collect((where, parse_pack(text, where)) for where, text in packs)
    if _survives_json(parsed):
        # NOTE: replaces only this version's older entry: another lkjaudit sharing
        # the folder keeps its own
        write_json(name, parsed, stale=f"rules-{__version__}-*.json")
    return tuple(rules)


SHIPPED = "rulepacks.json"  # in lkjaudit/data/


def builtin_packs() -> dict[str, Any]:
    """The built-in packs parsed, as lkjaudit ships them beside the YAML.

    A fresh process with no user cache (a CI job in a new container, the first run
    after an install) reads them instead of parsing YAML; they name the packs' text
    they were parsed from, so a stale copy is never used (``scripts/gen_rule_docs.py``
    writes them, and its ``--check`` reports them stale).
    """
    root = _builtin_dir()
    packs = [(f"rules/{_relative(f, root)}", f.read_text("utf-8")) for f in _walk(root)]
    parsed = [[where, parse_pack(text, where)] for where, text in packs]
    if not _survives_json(parsed):
        raise ValueError("the built-in packs hold values JSON cannot keep")
    return {"digest": _digest(packs), "packs": parsed}


def _shipped(digest: str) -> Any | None:
    """The shipped parsed packs when they were parsed from the packs of ``digest``."""
    try:
        text = (resources.files("lkjaudit") / "data" / SHIPPED).read_text("utf-8")
        value = json.loads(text)
    except (OSError, ValueError):
        return None
    if not isinstance(value, dict) or value.get("digest") != digest:
        return None
    return value.get("packs")


def _digest(packs: list[tuple[str, str]]) -> str:
    sha = hashlib.sha256()
    for where, text in packs:
        sha.update(f"{len(where)}:{where}{len(text)}:{text}".encode())
    return sha.hexdigest()[:32]


def _cached(value: Any, packs: list[tuple[str, str]]) -> list[list[Any]] | None:
    """The parsed packs of a cache entry, when it has the shape they are written in."""
    if not isinstance(value, list) or len(value) != len(packs):
        return None
    for entry, (where, _) in zip(value, packs, strict=True):
        if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == where):
            return None
        if not isinstance(entry[1], dict):
            return None
    return value


def _survives_json(value: Any) -> bool:
    """True when ``value`` reads back from JSON as it is (YAML has more types)."""
    try:
        return bool(json.loads(json.dumps(value)) == value)
    except (TypeError, ValueError):
        return False


def _relative(entry: Traversable, root: Traversable) -> str:
    try:
        return str(Path(str(entry)).relative_to(Path(str(root))))
    except ValueError:
        return entry.name


def _collect(
    packs: Iterable[tuple[str, dict[str, Any]] | list[Any]],
) -> tuple[list[RuleSpec], list[list[Any]]]:
    """The rules of the parsed packs, and the packs as ``[where, mapping]`` pairs."""
    rules: list[RuleSpec] = []
    seen: dict[str, str] = {}
    read: list[list[Any]] = []
    for where, data in packs:
        read.append([where, data])
        for rule in pack_rules(data, where):
            if rule.id in seen:
                raise RulePackError(
                    Message(
                        "rulepack.defined-twice",
                        where=where,
                        rule=rule.id,
                        other=seen[rule.id],
                    )
                )
            seen[rule.id] = where
            rules.append(rule)
    return rules, read
