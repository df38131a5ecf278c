"""Command line: ``lkjaudit check PATH…``, ``lkjaudit rules``, ``lkjaudit explain``.

The only module that imports click (with :mod:`lkjaudit.clihelp` and
:mod:`lkjaudit.cliusage`, which extend click's own classes). It declares the
commands and their options and hands the parsed values to plain modules:
:mod:`lkjaudit.session` runs a check (and says its exit code and notes),
:mod:`lkjaudit.output` picks the reporter and writes ``--output``, and
:mod:`lkjaudit.commands` does the other commands' work. It then writes to stdout
and stderr and exits:

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
from typing import NoReturn

import click

from lkjaudit import __version__
from lkjaudit.clihelp import BareCommand, HelpGroup, lang_option, version_option
from lkjaudit.cliusage import WordedUsageError, usage_problem
from lkjaudit.commands import (
    EXIT_ERROR,
    LIMITS,
    UsageProblem,
    explanation,
    extract_format,
    extracted,
    reading_limits,
    rule_table,
    split_values,
)
from lkjaudit.errors import Message
from lkjaudit.output import Terminal, check_text, pick_reporter, write_file
from lkjaudit.program import run
from lkjaudit.reporters import REPORTERS

__all__ = ["main", "replay", "run"]

_LANG = click.Choice(["id", "en"])
# NOTE: the columns `lkjaudit rules` wants beside the longest id for its table
_TITLE_ROOM = 60


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


def _config_options(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option("--no-config", is_flag=True)(func)
    func = click.option("--config", "config_file", type=click.Path(dir_okay=False))(
        func
    )
    return click.option("--lang", type=_LANG, default=None)(func)


def _limit_options(command: Callable[..., None]) -> Callable[..., None]:
    """The reading limits every command that reads reports accepts."""
    for name, default, metavar in reversed(LIMITS):
        size = click.IntRange(min=1)
        option = click.option(
            name, type=size, default=default, show_default=True, metavar=metavar
        )
        command = option(command)
    return command


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
@click.option("--no-cache", is_flag=True)
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
    no_cache: bool,
    **limits: int,
) -> None:
    """``lkjaudit check``: check report files, or every report under a folder."""
    from lkjaudit import usercache
    from lkjaudit.config import settings_for
    from lkjaudit.session import CheckRequest, run_check

    # NOTE: --no-cache: neither the rule packs' cache nor a stored result
    cache = usercache.turned_off() if no_cache else contextlib.nullcontext()
    with cache:
        lang = _command_lang(lang)
        settings = settings_for(paths, config_file, isolated=no_config)
        _use_language(lang or settings.config.lang)
        outcome = run_check(
            CheckRequest(
                paths=paths,
                select=split_values(select),
                ignore=split_values(ignore),
                lang=lang,
                fail_on=fail_on,
                config=config_file,
                isolated=no_config,
                baseline=baseline,
                write_baseline=write_baseline,
                output=output,
                jobs=jobs,
                exclude=exclude,
                limits=reading_limits(limits),
                strict=strict,
                progress=sys.stderr.isatty(),
            ),
            settings,
        )
    where = Terminal()
    reporter = pick_reporter(fmt, output, no_color, where)
    text = check_text(fmt, reporter, outcome, output, saved=where.saved)
    notes = outcome.notes()
    if not output and not write_baseline:
        from lkjaudit import resultcache

        sources = outcome.result.sources
        resultcache.offer(text, notes, outcome.exit_code, sources, outcome.lang)
    _write(text, output)
    _print_notes(notes)
    sys.exit(outcome.exit_code)


def _print_notes(notes: Sequence[str]) -> None:
    for line in notes:
        click.echo(line, err=True)


def replay(text: str, notes: Sequence[str], status: int, lang: str) -> int:
    """Print a stored check's report and notes (:mod:`lkjaudit.resultcache`).

    Printed as the check printed them; the exit code to leave with, which is
    the check's, or as the check ends when stdout is closed early (1) or the
    user interrupts (130, with the line a check prints then).
    """
    try:
        click.echo(text, nl=False)
        _print_notes(notes)
    except BrokenPipeError:
        return 1  # NOTE: as click ends a command whose output pipe closed
    except KeyboardInterrupt:
        click.echo(f"lkjaudit: {Message('interrupted').render(lang)}", err=True)
        return 130
    return status


def _write(text: str, output: str | None) -> None:
    """The report to ``--output``, else to stdout; a file it cannot write is exit 2."""
    if output:
        write_file(text, output)
    else:
        click.echo(text, nl=False)


@cli.command()
@_config_options
def rules(lang: str | None, config_file: str | None, no_config: bool) -> None:
    """``lkjaudit rules``: list the rules (user packs included)."""
    from lkjaudit.config import settings_for
    from lkjaudit.reporters.summary import plain_table, rich_table, stacked_rows

    settings = settings_for(["."], config_file, isolated=no_config)
    lang = _command_lang(lang) or settings.config.lang
    _use_language(lang)
    head, rows = rule_table(settings, lang)
    aligns = ("left",) * len(head)
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns
    if tty and width < max((len(row[0]) for row in rows), default=0) + _TITLE_ROOM:
        # NOTE: a title squeezed into a few columns reads one word per line
        click.echo(stacked_rows(rows, width))
    elif tty and "NO_COLOR" not in os.environ:
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

    settings = settings_for(["."], config_file, isolated=no_config)
    lang = _command_lang(lang) or settings.config.lang
    _use_language(lang)
    click.echo(explanation(settings, rule_id, lang), nl=False)


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
    _use_language(_command_lang(lang))
    try:
        fmt = extract_format(fmt, output)
        text = extracted(path, fmt, output, reading_limits(limits))
    except UsageProblem as exc:
        raise WordedUsageError(exc.text) from None
    _write(text, output)


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
        usage = Message("usage", problem=usage_problem(exc, errors.lang), command=where)
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
