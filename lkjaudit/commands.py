"""The work of ``lkjaudit rules``, ``explain`` and ``extract``, and shared options.

Plain functions the CLI calls once click has parsed the command line: what the
option values mean (:func:`split_values`, :func:`reading_limits`), the rows of
``lkjaudit rules``, the page of ``lkjaudit explain``, and the data ``lkjaudit
extract`` writes. A mistake on the command line that click cannot see raises
:class:`UsageProblem`, which the CLI turns into a usage error (exit 2, with a
pointer to the command's help). The check itself is :mod:`lkjaudit.session`, its
output :mod:`lkjaudit.output`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from lkjaudit.errors import ConfigError, Message

if TYPE_CHECKING:
    from lkjaudit.config import Settings

__all__ = [
    "EXIT_ERROR",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "LIMITS",
    "UsageProblem",
    "explanation",
    "extract_format",
    "extracted",
    "reading_limits",
    "rule_table",
    "split_values",
]

# NOTE: the exit codes `lkjaudit --help` documents: nothing at or above
# --fail-on, findings at or above it, a usage, configuration or input error
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_MB = 1024 * 1024

# NOTE: the reading-limit options: (option name, default, metavar); the CLI
# declares one option of each, the help explains them (helptexts "option.--max-…")
LIMITS: tuple[tuple[str, int, str], ...] = (
    ("--max-size", 50, "MB"),
    ("--max-unpacked", 200, "MB"),
    ("--max-pages", 2000, "N"),
    ("--max-cells", 500_000, "N"),
)


class UsageProblem(Exception):
    """A command line click accepted but lkjaudit cannot act on (exit 2)."""

    def __init__(self, text: Message) -> None:
        super().__init__(str(text))
        self.text = text


def split_values(values: Sequence[str]) -> list[str]:
    """``--select a,b --select c`` as ``[a, b, c]``: commas split, blanks dropped."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def reading_limits(values: Mapping[str, int]) -> dict[str, int]:
    """The :class:`~lkjaudit.readers.limits.Limits` fields the limit options set.

    ``values`` are the options by click's names (``max_size`` …); sizes are given
    in megabytes (MiB) and counted in bytes.
    """
    return {
        "max_bytes": values["max_size"] * _MB,
        "max_unpacked_bytes": values["max_unpacked"] * _MB,
        "max_pages": values["max_pages"],
        "max_cells": values["max_cells"],
    }


def rule_table(settings: Settings, lang: str) -> tuple[list[str], list[list[str]]]:
    """The headers and rows of ``lkjaudit rules``, user packs included.

    A rule the configuration's select / ignore leaves out shows as off, like one
    switched off: the table says what a check would run.
    """
    from lkjaudit.api import select_rules
    from lkjaudit.ruledocs import rule_rows

    options = settings.audit_options()
    assert options.rules is not None
    run_ids = {
        rule.id
        for rule in select_rules(
            options.rules,
            options.select,
            options.ignore,
            options.extend_select,
            allow_none=True,
        )
    }
    return rule_rows(options.rules, lang, run_ids)


def explanation(settings: Settings, rule_id: str, lang: str) -> str:
    """The page of ``lkjaudit explain RULE`` (an alias names its rule too).

    An id no rule has (or had) is a :class:`~lkjaudit.errors.ConfigError`.
    """
    from lkjaudit.ruledocs import explain

    every = settings.rules()
    found = [r for r in every if rule_id == r.id or rule_id in r.aliases]
    if not found:
        from lkjaudit.closest import closest

        close = closest(rule_id, [r.id for r in every])
        if close:
            raise ConfigError(
                Message("cli.unknown-rule-close", rule=rule_id, close=close)
            )
        raise ConfigError(Message("cli.unknown-rule", rule=rule_id))
    return explain(found[0], every, lang)


def extract_format(fmt: str | None, output: str | None) -> str:
    """``--format`` of ``lkjaudit extract``, else the one ``--output``'s suffix names.

    YAML when neither is given; a suffix other than .yaml, .yml or .json without
    ``--format`` is a :class:`UsageProblem`.
    """
    if fmt is not None:
        return fmt
    suffix = os.path.splitext(output or "x.yaml")[1].lower()
    if suffix not in (".yaml", ".yml", ".json"):
        raise UsageProblem(Message("cli.data-format-unknown", output=output))
    return "json" if suffix == ".json" else "yaml"


def extracted(
    path: str, fmt: str, output: str | None, limits: Mapping[str, int]
) -> str:
    """The report at ``path`` as report data in ``fmt`` (``yaml`` or ``json``).

    ``output`` naming the report itself is a :class:`UsageProblem`, before the
    report is read. A file that is no LKj is refused as ``check`` refuses it (an
    :class:`~lkjaudit.errors.InputError`): its data would only be refused later.
    """
    from lkjaudit.readers import load_report
    from lkjaudit.readers.data import dump, extract
    from lkjaudit.readers.limits import Limits

    if (
        output
        and os.path.exists(output)
        and os.path.exists(path)
        and os.path.samefile(output, path)
    ):
        raise UsageProblem(Message("cli.output-is-report"))
    load_report(path, limits=Limits(**limits))  # NOTE: judged as check judges it
    return dump(extract(path, Limits(**limits)), fmt)
