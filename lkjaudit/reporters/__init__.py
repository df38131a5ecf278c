"""Reporters: one module per output format, looked up by name."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # NOTE: for typing only, so that the CLI can read the names of the formats
    # without importing pydantic (keeps `lkjaudit --version` instant).
    from lkjaudit.reporters.base import Reporter

__all__ = ["REPORTERS", "get_reporter"]

# name -> "module:Class"; imported on use so an unused format costs nothing
REPORTERS: dict[str, str] = {
    "terminal": "lkjaudit.reporters.terminal:TerminalReporter",
    "json": "lkjaudit.reporters.json:JsonReporter",
    "sarif": "lkjaudit.reporters.sarif:SarifReporter",
    "github": "lkjaudit.reporters.github:GithubReporter",
    "junit": "lkjaudit.reporters.junit:JunitReporter",
    "markdown": "lkjaudit.reporters.markdown:MarkdownReporter",
}


def get_reporter(name: str, **options: object) -> Reporter:
    """An instance of the reporter registered under ``name``."""
    module, _, cls = REPORTERS[name].partition(":")
    reporter: Reporter = getattr(import_module(module), cls)(**options)
    return reporter
