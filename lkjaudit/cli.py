"""Command line: ``lkjaudit check PATH…``, ``lkjaudit rules``, ``lkjaudit explain``.

The only module that imports click. It parses options, calls the library, picks a
reporter, writes its output and returns an exit code:

* 0 – no finding at or above ``--fail-on``;
* 1 – findings at or above ``--fail-on``;
* 2 – usage, configuration or input error (missing, unreadable or not an LKj file).
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
from lkjaudit.reporters import REPORTERS

if TYPE_CHECKING:
    from lkjaudit.session import CheckOutcome

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_LANG = click.Choice(["id", "en"])


def _split(values: Sequence[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _config_options(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option(
        "--no-config", is_flag=True, help="Ignore every configuration file."
    )(func)
    func = click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False),
        help="Configuration file (default: lkjaudit.toml or pyproject.toml "
        "[tool.lkjaudit], found by walking up from the checked paths).",
    )(func)
    return click.option(
        "--lang",
        type=_LANG,
        default=None,
        help="Language: Bahasa Indonesia or English  [default: id, or the config's]",
    )(func)


_MB = 1024 * 1024


def _limit_options(command: Callable[..., None]) -> Callable[..., None]:
    """The reading limits every command that reads reports accepts."""
    options = [
        click.option(
            "--max-size",
            type=click.IntRange(min=1),
            default=50,
            show_default=True,
            help="Largest report file to read, in MB.",
        ),
        click.option(
            "--max-unpacked",
            type=click.IntRange(min=1),
            default=200,
            show_default=True,
            help="Largest size a DOCX/XLSX file may unpack to, in MB.",
        ),
        click.option(
            "--max-pages",
            type=click.IntRange(min=1),
            default=2000,
            show_default=True,
            help="Most PDF pages to read.",
        ),
        click.option(
            "--max-cells",
            type=click.IntRange(min=1),
            default=500_000,
            show_default=True,
            help="Most table cells to read from one report.",
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="lkjaudit")
def cli() -> None:
    """Audit Indonesian government performance reports (LKj / LKjIP).

    Periksa Laporan Kinerja: hitung ulang setiap angka dan cocokkan angka yang sama
    di seluruh laporan.
    """


# NOTE: "\b" (a backspace character) before a paragraph keeps click from rewrapping it.
_EXIT_CODES = """\b
Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or input error
"""


@cli.command(epilog=_EXIT_CODES)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(REPORTERS)),
    default="terminal",
    show_default=True,
    help="Output format.",
)
@_config_options
@click.option(
    "--select", multiple=True, help="Only these rules (ids, globs, tag:NAME)."
)
@click.option(
    "--ignore", multiple=True, help="Skip these rules (ids, globs, tag:NAME)."
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the exit code 1  [default: error]",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write to a file."
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Hide the findings recorded in this baseline file; report the new ones.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record the current findings in this file (and report none of them).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to use: files checked in parallel, or a large report's rules "
    "split in two  [default: the number of CPUs]",
)
@click.option(
    "--exclude", multiple=True, help="Skip files or folders matching this glob."
)
@_limit_options
@click.option("--no-color", is_flag=True, help="Plain text even on a terminal.")
@click.option("--strict", is_flag=True, help="Stop on a crashing rule (for debugging).")
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
    """Check report files, or every report under a folder.

    A report is read from its content (and suffix): text or Markdown exports,
    DOCX, PDF, XLSX, or report data in YAML or JSON (see 'lkjaudit extract').
    """
    from lkjaudit.errors import ConfigError
    from lkjaudit.reporters import get_reporter
    from lkjaudit.session import CheckRequest, run_check

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
        )
    )
    result = outcome.result
    if fmt == "terminal":
        to_terminal = output is None and sys.stdout.isatty()
        color = to_terminal and not no_color and "NO_COLOR" not in os.environ
        width = shutil.get_terminal_size().columns if to_terminal else 100
        reporter = get_reporter("terminal", color=color, width=max(width, 60))
    else:
        reporter = get_reporter(fmt)
    text = reporter.render(result, lang=outcome.lang)  # type: ignore[arg-type]
    if fmt == "terminal" and result.errors and not result.stats.files:
        text = ""  # nothing was read: the error lines below say it all
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise ConfigError(f"{output}: cannot write: {exc.strerror}") from None
    else:
        click.echo(text, nl=False)
    _notes(outcome)
    if result.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_OK if result.valid else EXIT_FINDINGS)


def _notes(outcome: CheckOutcome) -> None:
    for error in outcome.result.errors:
        click.echo(f"lkjaudit: {error.source}: {error.message}", err=True)
    if outcome.baseline_written is not None:
        click.echo(
            f"lkjaudit: baseline written: {outcome.baseline_written} findings",
            err=True,
        )
    if outcome.stale:
        click.echo(
            f"lkjaudit: {len(outcome.stale)} baseline entries no longer match "
            "(fixed, or the figure changed); refresh with --write-baseline:",
            err=True,
        )
        for entry in outcome.stale:
            click.echo(f"  {entry.describe()}", err=True)


@cli.command()
@_config_options
def rules(lang: str | None, config_file: str | None, no_config: bool) -> None:
    """List the rules: id, severity, tags and title (user packs included)."""
    from lkjaudit.config import settings_for
    from lkjaudit.reporters.summary import plain_table, rich_table
    from lkjaudit.ruledocs import rule_rows

    settings = settings_for(["."], config_file, isolated=no_config)
    head, rows = rule_rows(settings.rules(), lang or settings.config.lang)
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
    """Explain a rule: what it checks, why, its options and examples."""
    from lkjaudit.config import settings_for
    from lkjaudit.errors import ConfigError
    from lkjaudit.ruledocs import explain as explain_rule

    settings = settings_for(["."], config_file, isolated=no_config)
    every = settings.rules()
    found = [r for r in every if rule_id == r.id or rule_id in r.aliases]
    if not found:
        raise ConfigError(f"unknown rule '{rule_id}' (see 'lkjaudit rules')")
    text = explain_rule(found[0], every, lang or settings.config.lang)
    click.echo(text, nl=False)


@cli.command()
@click.argument("path", type=click.Path())
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the data to this file (.yaml, .yml or .json).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default=None,
    help="Data format [default: from the -o suffix, else yaml].",
)
@_limit_options
def extract(path: str, output: str | None, fmt: str | None, **limits: int) -> None:
    """Write a report's paragraphs and tables as report data (YAML or JSON).

    The data holds every table cell as printed and where it was in PATH. Edit it
    and check it with 'lkjaudit check FILE'; lkjaudit reads its tables again the
    way it reads any report. Its JSON Schema is docs/schema/report.schema.json.

    \b
    Exit codes:
      0  data written
      2  usage or input error
    """  # noqa: D301 (click needs a real backspace before a verbatim block)
    from lkjaudit.readers.data import dump
    from lkjaudit.readers.data import extract as extract_data
    from lkjaudit.readers.limits import Limits

    if fmt is None:
        suffix = os.path.splitext(output or "x.yaml")[1].lower()
        if suffix not in (".yaml", ".yml", ".json"):
            raise click.UsageError(
                f"cannot tell the data format from '{output}': name it .yaml, .yml "
                "or .json, or give --format"
            )
        fmt = "json" if suffix == ".json" else "yaml"
    if (
        output
        and os.path.exists(output)
        and os.path.exists(path)
        and os.path.samefile(output, path)
    ):
        raise click.UsageError("the output file is the report itself")
    data = extract_data(path, Limits(**_reading_limits(limits)))
    text = dump(data, fmt)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI; turn every failure into one line and exit code 2."""
    from lkjaudit.errors import LkjauditError

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
        )
        if isinstance(code, int) and code:  # --help, --version and the like
            sys.exit(code)
    except click.UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError" and exc.ctx is not None:
            click.echo(exc.ctx.get_help())  # bare `lkjaudit`: the help, as click does
            sys.exit(EXIT_ERROR)
        # NOTE: one line, like every other error; click's own form adds the usage
        where = exc.ctx.command_path if exc.ctx is not None else "lkjaudit"
        click.echo(f"lkjaudit: {exc.format_message()} (see '{where} --help')", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        click.echo(f"lkjaudit: {exc.format_message()}", err=True)
        sys.exit(EXIT_ERROR)
    except click.Abort:
        click.echo("lkjaudit: interrupted", err=True)
        sys.exit(130)
    except LkjauditError as exc:
        click.echo(f"lkjaudit: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        click.echo("lkjaudit: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # NOTE: never a traceback for the user
        if os.environ.get("LKJAUDIT_DEBUG"):
            raise
        click.echo(
            f"lkjaudit: internal error: {type(exc).__name__}: {exc} "
            "(set LKJAUDIT_DEBUG=1 for details and please report it)",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    finally:
        if argv is None:
            # NOTE: run as the program, which leaves now (see run): frozen objects
            # spare the collector a last walk over all of them (a tenth of a small
            # report's run). A caller passing argv keeps its collector as it was.
            gc.freeze()
        if collecting:
            gc.enable()


def run() -> NoReturn:
    """The program's entry point: :func:`main`, then leave at once.

    A check of a long report leaves millions of objects behind; freeing them one by
    one at exit takes longer than checking a short report, and none of them needs
    finalising: every output file is closed by now, and the standard streams are
    flushed here.
    """
    # NOTE: lkjaudit uses no pydantic plugins; looking for them scans every
    # installed package's metadata when the first model is built (10–13 ms)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
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
