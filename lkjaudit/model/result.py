"""The result of an audit: findings plus what ran and what could not be read."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field

from lkjaudit.model.finding import Finding, Severity

__all__ = ["AuditResult", "FileError", "RuleMeta", "Stats"]

_MODEL = ConfigDict(extra="forbid", defer_build=True)

# NOTE: empty lists and dicts are written as plain defaults, which pydantic copies
# for every instance. ``default_factory=list`` would have pydantic read the
# signature of the builtin ``list`` from its text, with Python's tokenizer, whose
# patterns then get compiled: about 15 million instructions of every run.


class RuleMeta(BaseModel):
    """The metadata of a rule that ran, stored once per rule (as SARIF does)."""

    model_config = ConfigDict(extra="forbid", defer_build=True, frozen=True)

    id: str
    title: dict[str, str]  # {"id": …, "en": …}
    severity: Severity
    tags: tuple[str, ...] = ()
    rationale: dict[str, str] = {}
    help_url: str | None = None


class FileError(BaseModel):
    """A file that could not be checked, and why.

    ``message`` is English: the stable text of the JSON and SARIF outputs and of
    library callers. The message in each language, when known, is kept aside (not
    serialised) for the outputs that speak the user's language.
    """

    model_config = _MODEL

    source: str
    message: str
    _translations: dict[str, str] = PrivateAttr(default_factory=dict)

    @classmethod
    def translated(cls, source: str, messages: Mapping[str, str]) -> FileError:
        """An error whose message is known in several languages (``en`` required)."""
        error = cls(source=source, message=messages["en"])
        error._translations = dict(messages)
        return error

    def message_in(self, lang: str) -> str:
        """The message in ``lang``, or the English one when it is not known."""
        return self._translations.get(lang, self.message)


class Stats(BaseModel):
    """Counts for the summary line."""

    model_config = _MODEL

    files: int = 0
    tables: int = 0
    rows: int = 0
    rules_run: int = 0
    by_severity: dict[str, int] = {}
    suppressed: int = 0  # findings hidden by a baseline
    recorded: int = 0  # of those, the findings --write-baseline recorded


class AuditResult(BaseModel):
    """Everything a reporter needs; reporters are pure functions of this."""

    model_config = _MODEL

    tool_version: str
    sources: list[str] = []
    findings: list[Finding] = []
    errors: list[FileError] = []
    rules: list[RuleMeta] = []
    rules_run: list[str] = []  # ids, in the order run
    stats: Stats = Field(default_factory=Stats)
    fail_on: Severity = Severity.ERROR

    @computed_field  # type: ignore[prop-decorator]
    @property
    def valid(self) -> bool:
        """True when no finding is at or above the fail level and every file read."""
        worst = self.fail_on.rank
        return not self.errors and all(f.severity.rank < worst for f in self.findings)
