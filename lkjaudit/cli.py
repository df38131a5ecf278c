"""Command line: ``lkjaudit check PATH…``, ``lkjaudit rules``, ``lkjaudit explain``.

The only module that imports click. It parses options, calls the library, picks a
reporter, writes its output and returns an exit code:

* 0 – no finding at or above ``--fail-on``;
* 1 – findings at or above ``--fail-on``;
* 2 – usage, configuration or input error (missing, unreadable or not an LKj file).

Errors are one line on stderr in the command's language: ``--lang``, else the
configuration's ``lang`` once it is read, else Bahasa Indonesia. The help follows
``--lang`` (else Bahasa Indonesia); its words, option help included, live in
:mod:`lkjaudit.helptexts`, keyed by command and option name, and
:mod:`lkjaudit.clihelp` lays the pages out.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

import click

from lkjaudit import __version__
from lkjaudit.clihelp import (
    BareCommand,
    HelpGroup,
    UnknownCommand,
    close_names,
    lang_option,
    version_option,
)
from lkjaudit.errors import Message, os_problem
from lkjaudit.reporters import REPORTERS

if TYPE_CHECKING:
    from lkjaudit.reporters.base import Reporter
    from lkjaudit.session import CheckOutcome

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_LANG = click.Choice(["id", "en"])


class _ErrorLanguage:
    """The language of the error lines of one command: main() prints in it.

    It starts as the ``--lang`` of the command line (or ``id``), which is all an
    error before the configuration is read can know; a command that reads the
    configuration then sets its effective language (:func:`_use_language`).
    """

    def __init__(self, args: Sequence[str]) -> None:
        self.lang = lang_option(args) or "id"


def _command_lang(lang: str | None) -> str | None:
    """The command's ``--lang``, else the one given before the command."""
    if lang is not None:
        return lang
    parent = click.get_current_context().parent
    given = parent.params.get("lang") if parent is not None else None
    return given if isinstance(given, str) else None


def _use_language(lang: str | None) -> None:
    """Print the command's errors in ``lang`` from now on (None: leave it)."""
    state = click.get_current_context().find_object(_ErrorLanguage)
    if state is not None and lang is not None:
        state.lang = lang


class _UsageError(click.UsageError):
    """A usage error lkjaudit words itself, in both languages."""

    def __init__(self, text: Message) -> None:
        super().__init__(str(text))
        self.text = text


def _split(values: Sequence[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _config_options(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option("--no-config", is_flag=True)(func)
    func = click.option("--config", "config_file", type=click.Path(dir_okay=False))(
        func
    )
    return click.option("--lang", type=_LANG, default=None)(func)


_MB = 1024 * 1024


def _limit_options(command: Callable[..., None]) -> Callable[..., None]:
    """The reading limits every command that reads reports accepts."""
    options = [
        click.option(
            "--max-size",
            type=click.IntRange(min=1),
            default=50,
            show_default=True,
            metavar="MB",
        ),
        click.option(
            "--max-unpacked",
            type=click.IntRange(min=1),
            default=200,
            show_default=True,
            metavar="MB",
        ),
        click.option(
            "--max-pages",
            type=click.IntRange(min=1),
            default=2000,
            show_default=True,
            metavar="N",
        ),
        click.option(
            "--max-cells",
            type=click.IntRange(min=1),
            default=500_000,
            show_default=True,
            metavar="N",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _reading_limits(values: dict[str, int]) -> dict[str, int]:
    """The :class:`~lkjaudit.readers.limits.Limits` fields the limit options set."""
    return {
        "max_bytes": values["max_size"] * _MB,
        "max_unpacked_bytes": values["max_unpacked"] * _MB,
        "max_pages": values["max_pages"],
        "max_cells": values["max_cells"],
    }


# NOTE: every help text (descriptions, option help, exit codes) is in
# lkjaudit/helptexts.py, in both languages, keyed by command and option name.
@click.group(
    "lkjaudit",
    cls=HelpGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option("--lang", type=_LANG, default=None)
@version_option(__version__, "lkjaudit")
def cli(lang: str | None) -> None:
    """The group: its ``--lang`` is the default of the command that follows."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(REPORTERS)),
    default="terminal",
    show_default=True,
)
@_config_options
@click.option("--select", multiple=True, metavar="RULES")
@click.option("--ignore", multiple=True, metavar="RULES")
@click.option(
    "--fail-on", type=click.Choice(["error", "warning", "info"]), default=None
)
@click.option("-o", "--output", type=click.Path(dir_okay=False))
@click.option("--baseline", type=click.Path(dir_okay=False))
@click.option("--write-baseline", type=click.Path(dir_okay=False))
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N")
@click.option("--exclude", multiple=True, metavar="GLOB")
@_limit_options
@click.option("--no-color", is_flag=True)
@click.option("--strict", is_flag=True)
def check(
    paths: tuple[str, ...],
    fmt: str,
    lang: str | None,
    config_file: str | None,
    no_config: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    output: str | None,
    baseline: str | None,
    write_baseline: str | None,
    jobs: int | None,
    exclude: tuple[str, ...],
    no_color: bool,
    strict: bool,
    **limits: int,
) -> None:
    """``lkjaudit check``: check report files, or every report under a folder."""
    from lkjaudit.config import settings_for
    from lkjaudit.session import CheckRequest, run_check

    lang = _command_lang(lang)
    settings = settings_for(paths, config_file, isolated=no_config)
    _use_language(lang or settings.config.lang)
    outcome = run_check(
        CheckRequest(
            paths=paths,
            select=_split(select),
            ignore=_split(ignore),
            lang=lang,
            fail_on=fail_on,
            config=config_file,
            isolated=no_config,
            baseline=baseline,
            write_baseline=write_baseline,
            output=output,
            jobs=jobs,
            exclude=exclude,
            limits=_reading_limits(limits),
            strict=strict,
            progress=sys.stderr.isatty(),
        ),
        settings,
    )
    result = outcome.result
    reporter = _reporter(fmt, output, no_color)
    text = reporter.render(result, lang=outcome.lang)  # type: ignore[arg-type]
    if fmt == "terminal" and result.errors and not result.stats.files:
        text = ""  # nothing was read: the error lines below say it all
    _write(text, output)
    _notes(outcome)
    if result.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_OK if result.valid else EXIT_FINDINGS)


def _reporter(fmt: str, output: str | None, no_color: bool) -> Reporter:
    """The reporter of ``--format``; the terminal one fits the terminal it writes to."""
    from lkjaudit.reporters import get_reporter

    if fmt in ("sarif", "github"):  # a path under the working directory: relative
        return get_reporter(fmt, root=os.getcwd())
    if fmt != "terminal":
        return get_reporter(fmt)
    to_terminal = output is None and sys.stdout.isatty()
    color = to_terminal and not no_color and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if to_terminal else 100
    return get_reporter("terminal", color=color, width=max(width, 60))


def _write(text: str, output: str | None) -> None:
    """The report to ``--output``, else to stdout; a file it cannot write is exit 2."""
    from lkjaudit.errors import ConfigError

    if not output:
        click.echo(text, nl=False)
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        problem = Message(
            "cli.cannot-write-output", path=output, problem=os_problem(exc)
        )
        raise ConfigError(problem) from None


def _notes(outcome: CheckOutcome) -> None:
    lang = outcome.lang
    for error in outcome.result.errors:
        click.echo(f"lkjaudit: {error.source}: {error.message_in(lang)}", err=True)
    if outcome.baseline_written is not None:
        count = outcome.baseline_written
        key = "baseline.written-one" if count == 1 else "baseline.written"
        written = Message(key, count=count)
        click.echo(f"lkjaudit: {written.render(lang)}", err=True)
    if outcome.stale:
        count = len(outcome.stale)
        key = "baseline.stale-one" if count == 1 else "baseline.stale"
        stale = Message(key, count=count)
        click.echo(f"lkjaudit: {stale.render(lang)}", err=True)
        for entry in outcome.stale:
            click.echo(f"  {entry.describe(lang)}", err=True)


@cli.command()
@_config_options
def rules(lang: str | None, config_file: str | None, no_config: bool) -> None:
    """``lkjaudit rules``: list the rules (user packs included)."""
    from lkjaudit.api import select_rules
    from lkjaudit.config import settings_for
    from lkjaudit.reporters.summary import plain_table, rich_table
    from lkjaudit.ruledocs import rule_rows

    settings = settings_for(["."], config_file, isolated=no_config)
    lang = _command_lang(lang) or settings.config.lang
    _use_language(lang)
    # NOTE: what a check would run: a rule the configuration's select / ignore
    # leaves out shows as off, like one switched off
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
    head, rows = rule_rows(options.rules, lang, run_ids)
    aligns = ("left",) * len(head)
    if sys.stdout.isatty() and "NO_COLOR" not in os.environ:
        from rich.console import Console

        Console().print(rich_table(head, rows, aligns))
    else:
        click.echo(plain_table(head, rows, aligns))


@cli.command()
@click.argument("rule_id", metavar="RULE")
@_config_options
def explain(
    rule_id: str, lang: str | None, config_file: str | None, no_config: bool
) -> None:
    """``lkjaudit explain RULE``: explain a rule."""
    from lkjaudit.config import settings_for
    from lkjaudit.errors import ConfigError
    from lkjaudit.ruledocs import explain as explain_rule

    settings = settings_for(["."], config_file, isolated=no_config)
    lang = _command_lang(lang) or settings.config.lang
    _use_language(lang)
    every = settings.rules()
    found = [r for r in every if rule_id == r.id or rule_id in r.aliases]
    if not found:
        raise ConfigError(Message("cli.unknown-rule", rule=rule_id))
    text = explain_rule(found[0], every, lang)
    click.echo(text, nl=False)


@cli.command()
@click.argument("path", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["yaml", "json"]))
@click.option("--lang", type=_LANG, default=None)
@_limit_options
def extract(
    path: str, output: str | None, fmt: str | None, lang: str | None, **limits: int
) -> None:
    """``lkjaudit extract PATH``: write a report as report data (YAML or JSON)."""
    from lkjaudit.readers.data import dump
    from lkjaudit.readers.data import extract as extract_data
    from lkjaudit.readers.limits import Limits

    lang = _command_lang(lang)
    _use_language(lang)
    if fmt is None:
        suffix = os.path.splitext(output or "x.yaml")[1].lower()
        if suffix not in (".yaml", ".yml", ".json"):
            raise _UsageError(Message("cli.data-format-unknown", output=output))
        fmt = "json" if suffix == ".json" else "yaml"
    if (
        output
        and os.path.exists(output)
        and os.path.exists(path)
        and os.path.samefile(output, path)
    ):
        raise _UsageError(Message("cli.output-is-report"))
    data = extract_data(path, Limits(**_reading_limits(limits)))
    _write(dump(data, fmt), output)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI; turn every failure into one line and exit code 2."""
    from lkjaudit.errors import LkjauditError

    errors = _ErrorLanguage(sys.argv[1:] if argv is None else argv)
    # NOTE: start-up (imports, pydantic models, rule packs, reference data) and the
    # check make many objects and no garbage cycles: the cyclic collector stays off
    # for the whole command, as session.run_check keeps it off for the check.
    collecting = gc.isenabled()
    gc.disable()
    try:
        code = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="lkjaudit",
            standalone_mode=False,
            obj=errors,
        )
        if isinstance(code, int) and code:  # --help, --version and the like
            sys.exit(code)
    except click.UsageError as exc:
        if isinstance(exc, BareCommand) and exc.ctx is not None:
            click.echo(exc.ctx.get_help())  # bare `lkjaudit`: the help, as click does
            sys.exit(EXIT_ERROR)
        # NOTE: one line, like every other error; click's own form adds the usage
        where = exc.ctx.command_path if exc.ctx is not None else "lkjaudit"
        usage = Message(
            "usage", problem=_usage_problem(exc, errors.lang), command=where
        )
        _fail(usage, errors.lang)
    except click.ClickException as exc:
        _fail(Message.verbatim(exc.format_message()), errors.lang)
    except (click.Abort, KeyboardInterrupt):
        _fail(Message("interrupted"), errors.lang, 130)
    except LkjauditError as exc:
        _fail(exc.text, errors.lang)
    except Exception as exc:  # NOTE: never a traceback for the user
        if os.environ.get("LKJAUDIT_DEBUG"):
            raise
        kind, detail = type(exc).__name__, str(exc)
        _fail(Message("internal-error", kind=kind, detail=detail), errors.lang)
    finally:
        if argv is None:
            # NOTE: run as the program, which leaves now (see run): frozen objects
            # spare the collector a last walk over all of them (a tenth of a small
            # report's run). A caller passing argv keeps its collector as it was.
            gc.freeze()
        if collecting:
            gc.enable()


def _fail(message: Message, lang: str, code: int = EXIT_ERROR) -> NoReturn:
    click.echo(f"lkjaudit: {message.render(lang)}", err=True)
    sys.exit(code)


def _usage_problem(exc: click.UsageError, lang: str) -> Message | str:
    """What is wrong with the command line, in ``lang``.

    lkjaudit's own usage errors carry both languages. click's are in English; the
    common ones are worded again in Bahasa Indonesia from the exception's fields
    (never from its English text), the others keep click's words.
    """
    if isinstance(exc, _UsageError):
        return exc.text
    problem: Message | None = None
    # NOTE: an unknown option or command is worded from the catalogue in English
    # too: click 8.1 words them otherwise ("No such option: --x") than 8.2 and later
    if isinstance(exc, click.NoSuchOption):
        problem = Message("click.no-such-option", name=repr(exc.option_name))
    elif isinstance(exc, _NO_SUCH_COMMAND):
        name = getattr(exc, "command_name", "")
        problem = Message("click.no-such-command", name=repr(name))
    elif isinstance(exc, click.BadParameter) and lang != "en":
        problem = _bad_parameter(exc)
    if problem is None:
        return exc.format_message()
    named = str(getattr(exc, "option_name", None) or getattr(exc, "command_name", ""))
    possibilities = close_names(named, _known_names(exc))
    if possibilities:
        names = ", ".join(repr(p) for p in possibilities)
        key = "click.did-you-mean" if len(possibilities) == 1 else "click.one-of"
        problem = Message(key, problem=problem, names=names)
    return problem


def _known_names(exc: click.UsageError) -> list[str]:
    """The long options, or the commands, the mistyped name may have meant."""
    ctx = exc.ctx
    if ctx is None:  # NOTE: click raised it without a context: its own guesses
        return list(getattr(exc, "possibilities", None) or ())
    if isinstance(exc, click.NoSuchOption):
        params = ctx.command.get_params(ctx)
        opts = (o for p in params for o in (*p.opts, *p.secondary_opts))
        return [o for o in opts if o.startswith("--")]
    if isinstance(ctx.command, click.Group):
        return ctx.command.list_commands(ctx)
    return []


def _bad_parameter(exc: click.BadParameter) -> Message | None:
    """A missing or invalid value, when click would name the parameter plainly."""
    param, ctx = exc.param, exc.ctx
    if param is None or ctx is None or exc.param_hint is not None:
        return None  # NOTE: click words these its own way; keep its text
    hint = param.get_error_hint(ctx)
    if not isinstance(exc, click.MissingParameter):
        return Message("click.invalid-value", name=hint, problem=exc.message)
    kind = exc.param_type or param.param_type_name
    # NOTE: a message of its own, or a Choice's list of values, is click's to say
    if exc.message or isinstance(param.type, click.Choice):
        return None
    if kind not in ("argument", "option"):
        return None
    return Message(f"click.missing-{kind}", name=hint)


# NOTE: click 8.4 added NoSuchCommand; before it the help group raises its own
# (see lkjaudit.clihelp.UnknownCommand)
_NO_SUCH_COMMAND: tuple[type[click.UsageError], ...] = (UnknownCommand,) + tuple(
    getattr(click.exceptions, name)
    for name in ("NoSuchCommand",)
    if hasattr(click.exceptions, name)
)


def run() -> NoReturn:
    """The program's entry point: :func:`main`, then leave at once.

    A check of a long report leaves millions of objects behind; freeing them one by
    one at exit takes longer than checking a short report, and none of them needs
    finalising: every output file is closed by now, and the standard streams are
    flushed here.
    """
    # NOTE: lkjaudit uses no pydantic plugins; looking for them scans every
    # installed package's metadata when the first model is built (10–13 ms), and
    # importing the loader that looks costs more (see lkjaudit.startup)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from lkjaudit.startup import defer_plugin_loader

    defer_plugin_loader()
    try:
        main()
        status = EXIT_OK
    except SystemExit as exc:
        status = _status(exc.code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a broken pipe
            stream.flush()
    os._exit(status)


def _status(code: object) -> int:
    """The exit status :class:`SystemExit` stands for, as Python itself sets it."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
