"""The library entry points: choose rules, read reports, run the audit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from lkjaudit import __version__
from lkjaudit.engine.rulepack import RuleSpec, builtin_rules
from lkjaudit.engine.runner import run_rules
from lkjaudit.errors import ConfigError, InputError, Message
from lkjaudit.model.finding import Finding, Severity
from lkjaudit.model.report import Report
from lkjaudit.model.result import AuditResult, FileError, RuleMeta, Stats
from lkjaudit.readers import DEFAULT_MAX_BYTES, load_report
from lkjaudit.readers.limits import Limits

__all__ = [
    "AuditOptions",
    "FileOutcome",
    "audit",
    "audit_file",
    "audit_report",
    "help_url",
    "select_rules",
]

DOCS_URL = "https://github.com/lkjaudit/lkjaudit/blob/main/docs/rules/{id}.md"


@dataclass
class AuditOptions:
    """What to run and how to report it."""

    lang: str = "id"
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    fail_on: Severity = Severity.ERROR
    max_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = False
    rules: list[RuleSpec] | None = field(default=None, repr=False)
    max_unpacked_bytes: int = Limits.max_unpacked_bytes  # a DOCX/XLSX unpacked
    max_pages: int = Limits.max_pages  # PDF pages
    max_cells: int = Limits.max_cells  # table cells in one report

    @property
    def limits(self) -> Limits:
        """The reading limits these options set."""
        return Limits(
            max_bytes=self.max_bytes,
            max_unpacked_bytes=self.max_unpacked_bytes,
            max_pages=self.max_pages,
            max_cells=self.max_cells,
        )


def _unknown_pattern(pattern: str, rules: Sequence[RuleSpec]) -> Message:
    """An unknown rule or tag, with the closest known one when there is one."""
    from lkjaudit.closest import closest

    names = [r.id for r in rules] + sorted({f"tag:{t}" for r in rules for t in r.tags})
    starting = [n for n in names if n.startswith(pattern)]
    # NOTE: several rules start so: the glob that selects them all
    close = f"{pattern}*" if len(starting) > 1 else closest(pattern, names)
    if close:
        key = "config.unknown-rule-or-tag-close"
        return Message(key, pattern=pattern, close=close)
    return Message("config.unknown-rule-or-tag", pattern=pattern)


def _matches(rule: RuleSpec, pattern: str) -> bool:
    return (
        fnmatchcase(rule.id, pattern)
        or pattern in rule.aliases
        or (pattern.startswith("tag:") and pattern[4:] in rule.tags)
    )


def select_rules(
    rules: list[RuleSpec],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    *,
    allow_none: bool = False,
) -> list[RuleSpec]:
    """Rules chosen by id, glob (``*-sum*``) or ``tag:…``; unknown names are errors.

    ``select`` replaces the default set (every enabled rule), ``extend_select`` adds
    to it, ``ignore`` removes from it; a rule switched off (``enabled: false``)
    never runs. A selection that leaves no rule to run is an error too, unless
    ``allow_none`` (to list what would run).
    """
    for pattern in [*select, *extend_select, *ignore]:
        if not any(_matches(rule, pattern) for rule in rules):
            raise ConfigError(_unknown_pattern(pattern, rules))

    def wanted(rule: RuleSpec) -> bool:
        if not rule.enabled or any(_matches(rule, p) for p in ignore):
            return False
        chosen = not select or any(_matches(rule, p) for p in select)
        return chosen or any(_matches(rule, p) for p in extend_select)

    chosen = [rule for rule in rules if wanted(rule)]
    if not chosen and not allow_none and any(rule.enabled for rule in rules):
        # NOTE: a selection that leaves nothing to run would pass every report:
        # in a CI gate, a mistake that looks like success
        raise ConfigError(Message("config.no-rule-selected"))
    return chosen


def help_url(rule: RuleSpec) -> str | None:
    """The documentation page of a built-in rule; a user rule's first reference."""
    if rule.id in {r.id for r in builtin_rules()}:
        return DOCS_URL.format(id=rule.id)
    return rule.references[0] if rule.references else None


def _meta(rule: RuleSpec) -> RuleMeta:
    return RuleMeta(
        id=rule.id,
        title={"id": rule.title.id, "en": rule.title.en},
        severity=rule.severity,
        tags=rule.tags,
        rationale={"id": rule.rationale.id.strip(), "en": rule.rationale.en.strip()},
        help_url=help_url(rule),
    )


def audit_report(report: Report, options: AuditOptions | None = None) -> list[Finding]:
    """Run the selected rules on an already-read report."""
    options = options or AuditOptions()
    rules = options.rules if options.rules is not None else builtin_rules()
    chosen = select_rules(rules, options.select, options.ignore, options.extend_select)
    return run_rules(report, chosen, lang=options.lang, strict=options.strict)


@dataclass
class FileOutcome:
    """One file's share of an audit: its findings, or why it could not be read."""

    source: str
    findings: list[Finding] = field(default_factory=list)
    error: FileError | None = None
    tables: int = 0
    rows: int = 0


def audit_file(
    path: str, options: AuditOptions, rules: list[RuleSpec], *, workers: int = 1
) -> FileOutcome:
    """Read and check one report with already selected rules.

    ``workers`` > 1 lets a large report's rules run in two processes.
    """
    try:
        report = load_report(path, limits=options.limits)
        findings = run_rules(
            report,
            rules,
            lang=options.lang,
            strict=options.strict,
            workers=workers,
        )
    except InputError as exc:
        error = FileError.translated(exc.source, exc.reason_text.translations())
        return FileOutcome(path, error=error)
    except Exception as exc:
        # NOTE: a bug met on one file of a batch must not stop the others; --strict
        # lets it through for debugging.
        if options.strict:
            raise
        message = Message(
            "internal-error-in-file", kind=type(exc).__name__, detail=str(exc)
        )
        error = FileError.translated(path, message.translations())
        return FileOutcome(path, error=error)
    return FileOutcome(
        path,
        findings=findings,
        tables=len(report.tables),
        rows=sum(len(t.rows) for t in report.tables),
    )


def audit(
    paths: Sequence[str],
    options: AuditOptions | None = None,
    *,
    jobs: int = 1,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> AuditResult:
    """Read and check every report; an unreadable file becomes an error entry.

    With ``jobs`` > 1 the files are checked in that many processes (a single large
    report: its rules in two); the result is the same as with one, in the order of
    ``paths``. ``on_file`` is called (in this process) as each file is done.
    """
    options = options or AuditOptions()
    rules = options.rules if options.rules is not None else builtin_rules()
    chosen = select_rules(rules, options.select, options.ignore, options.extend_select)
    if jobs > 1 and len(paths) > 1:
        from lkjaudit.batch import audit_parallel

        outcomes = audit_parallel(paths, options, chosen, jobs=jobs, on_file=on_file)
    else:
        outcomes = []
        for path in paths:
            outcomes.append(audit_file(path, options, chosen, workers=jobs))
            if on_file is not None:
                on_file(outcomes[-1])
    return _assemble(paths, outcomes, chosen, options)


def _assemble(
    paths: Sequence[str],
    outcomes: list[FileOutcome],
    chosen: list[RuleSpec],
    options: AuditOptions,
) -> AuditResult:
    findings = [f for outcome in outcomes for f in outcome.findings]
    stats = Stats(rules_run=len(chosen))
    for outcome in outcomes:
        if outcome.error is None:
            stats.files += 1
            stats.tables += outcome.tables
            stats.rows += outcome.rows
    for severity in Severity:
        stats.by_severity[severity.value] = sum(
            1 for f in findings if f.severity == severity
        )
    fired = {f.rule_id for f in findings}
    return AuditResult(
        tool_version=__version__,
        sources=list(paths),
        findings=findings,
        errors=[o.error for o in outcomes if o.error is not None],
        rules=[_meta(r) for r in chosen if r.id in fired],
        rules_run=[r.id for r in chosen],
        stats=stats,
        fail_on=options.fail_on,
    )
