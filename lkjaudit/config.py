"""User configuration: ``[tool.lkjaudit]`` in pyproject.toml, or a lkjaudit.toml.

The file is found by walking up from the checked paths (a ``lkjaudit.toml`` wins
over a ``pyproject.toml`` in the same folder; a pyproject.toml without a
``[tool.lkjaudit]`` table is passed over), or named with ``--config``. Paths in it
are relative to the file. Options given on the command line win. Sample::

    [tool.lkjaudit]
    lang = "id"
    fail-on = "warning"
    extend-select = ["my-rule"]
    ignore = ["number-well-formed"]
    rule-packs = ["lkjaudit-rules/"]
    baseline = "lkjaudit-baseline.json"
    extend-exclude = ["arsip/"]

    [tool.lkjaudit.rules.total-row-equals-column-sum]
    severity = "warning"

    [tool.lkjaudit.rules.capaian-equals-realisasi-over-target]
    options = { polarity = "higher-is-better" }

Every unknown key or wrong value is a :class:`~lkjaudit.errors.ConfigError` whose
one-line message names the file and the key.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from lkjaudit.closest import closest
from lkjaudit.errors import ConfigError, Message
from lkjaudit.model.finding import Severity

if TYPE_CHECKING:
    from lkjaudit.api import AuditOptions
    from lkjaudit.engine.rulepack import RuleSpec

__all__ = [
    "DEFAULT_EXCLUDE",
    "Config",
    "RuleSettings",
    "Settings",
    "find_config",
    "load_config",
    "settings_for",
]

CONFIG_NAMES = ("lkjaudit.toml", "pyproject.toml")
# NOTE: folders and files a repository of report data usually holds besides the
# reports; they are skipped when a folder is walked (a file named on the command
# line is always checked).
DEFAULT_EXCLUDE = (
    ".*",
    "__pycache__",
    "node_modules",
    "venv",
    "README*",
    "CHANGELOG*",
    "CONTRIBUTING*",
    "LICENSE*",
    "lkjaudit-baseline.json",
)


def _kebab(name: str) -> str:
    return name.replace("_", "-")


_KEYS = ConfigDict(extra="forbid", frozen=True, alias_generator=_kebab)


class RuleSettings(BaseModel):
    """``[tool.lkjaudit.rules.<id>]``: one rule's severity, options and switch."""

    model_config = _KEYS

    severity: Severity | None = None
    enabled: bool | None = None
    options: dict[str, Any] = {}


class Config(BaseModel):
    """The keys of ``[tool.lkjaudit]`` (kebab-case in the file)."""

    model_config = _KEYS

    select: list[str] | None = None
    extend_select: list[str] = []
    ignore: list[str] = []
    fail_on: Severity = Severity.ERROR
    lang: Literal["id", "en"] = "id"
    rule_packs: list[str] = []
    baseline: str | None = None
    exclude: list[str] = list(DEFAULT_EXCLUDE)
    extend_exclude: list[str] = []
    rules: dict[str, RuleSettings] = {}


@dataclass(frozen=True)
class Settings:
    """A configuration and where it came from (``file`` is None for the defaults)."""

    config: Config = field(default_factory=Config)
    file: Path | None = None

    @property
    def section(self) -> str:
        """``[tool.lkjaudit]`` for a pyproject.toml, nothing for a lkjaudit.toml."""
        if self.file is not None and self.file.name == "pyproject.toml":
            return "[tool.lkjaudit]"
        return ""

    def where(self, key: str = "") -> str:
        """``pyproject.toml: [tool.lkjaudit] key`` for messages."""
        place = " ".join(p for p in (self.section, key) if p)
        return f"{self.file}: {place}" if place else str(self.file)

    def path(self, value: str) -> Path:
        """A path written in the file, relative to the file's folder."""
        base = self.file.parent if self.file is not None else Path()
        return base / value

    @property
    def excludes(self) -> list[str]:
        """The patterns of files and folders to skip when walking a folder."""
        return [*self.config.exclude, *self.config.extend_exclude]

    @property
    def baseline(self) -> Path | None:
        """The baseline file named in the configuration, if any."""
        value = self.config.baseline
        return self.path(value) if value else None

    def rules(self) -> list[RuleSpec]:
        """Built-in rules, then the user packs, then the per-rule settings."""
        from lkjaudit.engine.rulepack import builtin_rules

        packs = [self.path(p) for p in self.config.rule_packs]
        if not packs and not self.config.rules:
            return builtin_rules()
        from lkjaudit.engine.userpacks import with_user_packs

        for pack in packs:
            if not pack.exists():
                raise ConfigError(
                    Message(
                        "config.rule-pack-missing",
                        where=self.where("rule-packs"),
                        pack=str(pack),
                    )
                )
        rules = with_user_packs(builtin_rules(), packs)
        return self._apply_rule_settings(rules)

    def _apply_rule_settings(self, rules: list[RuleSpec]) -> list[RuleSpec]:
        from lkjaudit.engine.userpacks import RuleOverride, override_rules

        by_id = {rule.id: rule for rule in rules}
        overrides: dict[str, RuleOverride] = {}
        for rule_id, wanted in self.config.rules.items():
            where = self.where(f"rules.{rule_id}")
            if rule_id not in by_id:
                raise ConfigError(Message("config.unknown-rule", where=where))
            rule = by_id[rule_id]
            try:
                rule.spec.options.model_validate({**rule.with_, **wanted.options})
            except ValidationError as exc:
                first = exc.errors()[0]
                key = ".".join(str(p) for p in first["loc"])
                raise ConfigError(
                    Message(
                        "config.invalid-rule-option",
                        where=where,
                        option=key,
                        problem=first["msg"],
                    )
                ) from None
            overrides[rule_id] = RuleOverride(
                severity=wanted.severity, enabled=wanted.enabled, with_=wanted.options
            )
        return override_rules(rules, overrides, self.where("rules"))

    def audit_options(
        self,
        *,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        lang: str | None = None,
        fail_on: str | None = None,
        **extra: Any,
    ) -> AuditOptions:
        """What to run: the configuration with the command line's options on top.

        ``select`` from the command line replaces the configuration's selection
        (select, extend-select and ignore): it says exactly what to run; ``ignore``
        adds to it.
        """
        from lkjaudit.api import AuditOptions, select_rules

        cfg = self.config
        rules = self.rules()
        try:
            select_rules(
                rules,
                cfg.select or (),
                [*cfg.extend_select, *cfg.ignore],
                allow_none=True,  # NOTE: the names only; what runs is checked later
            )
        except ConfigError as exc:
            raise ConfigError(
                Message("at", where=self.where(), problem=exc.text)
            ) from None
        if select:
            chosen, extend, skipped = list(select), [], list(ignore)
        else:
            chosen, extend = list(cfg.select or ()), list(cfg.extend_select)
            skipped = [*cfg.ignore, *ignore]
        return AuditOptions(
            lang=lang or cfg.lang,
            select=chosen,
            extend_select=extend,
            ignore=skipped,
            fail_on=Severity(fail_on) if fail_on else cfg.fail_on,
            rules=rules,
            **extra,
        )


def _has_section(path: Path) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")
    # NOTE: a cheap test first: most pyproject.toml files never name a
    # tool.lkjaudit table (or name lkjaudit only as a dependency), and importing
    # and running the TOML parser costs more than the rest of the walk.
    compact = "".join(text.split())
    if "tool.lkjaudit" not in compact and "[tool]" not in compact:
        return False
    return "lkjaudit" in _parse(path, text).get("tool", {})


def find_config(paths: Sequence[str]) -> Path | None:
    """The configuration file that governs ``paths``, walking up from them."""
    if not paths:
        return None
    start = Path(os.path.commonpath([os.path.abspath(p) for p in paths]))
    if not start.is_dir():
        start = start.parent
    from lkjaudit.watch import note_absent

    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                note_absent(candidate)
            elif name != "pyproject.toml" or _has_section(candidate):
                return _short(candidate)
    return None


def _short(path: Path) -> Path:
    """``path`` relative to the working folder, for messages, when that is shorter."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # NOTE: another drive on Windows
        return path
    return relative if len(str(relative)) < len(str(path)) else path


def _parse(path: Path, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            Message("config.not-toml", path=str(path), problem=str(exc))
        ) from None


def load_config(path: Path) -> Settings:
    """Read and validate a configuration file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(Message("config.not-found", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            Message("config.cannot-read", path=str(path), problem=str(exc))
        ) from None
    data = _parse(path, text)
    settings = Settings(file=path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("lkjaudit")
        if data is None:
            raise ConfigError(Message("config.no-table", path=str(path)))
    elif isinstance(data.get("tool"), dict) and "lkjaudit" in data["tool"]:
        raise ConfigError(Message("config.tool-table", path=str(path)))
    try:
        return Settings(config=Config.model_validate(data), file=path)
    except ValidationError as exc:
        raise ConfigError(_describe(settings, exc)) from None


def _describe(settings: Settings, exc: ValidationError) -> Message:
    first = exc.errors()[0]
    loc = [str(part) for part in first["loc"]]
    if first["type"] == "extra_forbidden":
        table = settings.section
        if len(loc) > 1:
            inner = ".".join(loc[:-1])
            table = f"[tool.lkjaudit.{inner}]" if table else f"[{inner}]"
        place = f"{settings.file}: {table} " if table else f"{settings.file}: "
        close = closest(loc[-1], _known_keys(loc))
        if close:
            key = "config.unknown-key-close"
            return Message(key, place=place, key=loc[-1], close=close)
        return Message("config.unknown-key", place=place, key=loc[-1])
    return Message(
        "config.invalid-value",
        where=settings.where(".".join(loc)),
        problem=first["msg"],
    )


def _known_keys(loc: list[str]) -> list[str]:
    """The keys the table holding ``loc``'s last key takes, as written in files."""
    model: type[BaseModel] = RuleSettings if loc[0] == "rules" else Config
    return [_kebab(name) for name in model.model_fields]


def settings_for(
    paths: Sequence[str], config: str | None = None, *, isolated: bool = False
) -> Settings:
    """The settings for a run: ``config`` if named, else the one found, else none."""
    if isolated:
        return Settings()
    if config is not None:
        return load_config(Path(config))
    found = find_config(paths)
    return load_config(found) if found is not None else Settings()
