"""Command line: ``lkjaudit check PATH…``.

The only module that imports click. It parses options, calls the library, picks a
reporter, writes its output and returns an exit code:

* 0 – no finding at or above ``--fail-on``;
* 1 – findings at or above ``--fail-on``;
* 2 – usage, configuration or input error (missing, unreadable or not an LKj file).
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Sequence

import click

from lkjaudit import __version__

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: Sequence[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="lkjaudit")
def cli() -> None:
    """Audit Indonesian government performance reports (LKj / LKjIP).

    Periksa Laporan Kinerja: hitung ulang setiap angka dan cocokkan angka yang sama
    di seluruh laporan.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json"]),
    default="terminal",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="Language of messages: Bahasa Indonesia or English.",
)
@click.option(
    "--select", multiple=True, help="Only these rules (ids, globs, tag:NAME)."
)
@click.option(
    "--ignore", multiple=True, help="Skip these rules (ids, globs, tag:NAME)."
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the output to a file.",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Largest report file to read, in MB.",
)
@click.option("--no-color", is_flag=True, help="Plain text even on a terminal.")
@click.option("--strict", is_flag=True, help="Stop on a crashing rule (for debugging).")
def check(
    paths: tuple[str, ...],
    fmt: str,
    lang: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    output: str | None,
    max_size: int,
    no_color: bool,
    strict: bool,
) -> None:
    r"""Check report files and print every finding.

    \b
    Exit codes:
      0  no finding at or above --fail-on
      1  findings at or above --fail-on
      2  usage, configuration or input error
    """
    from lkjaudit.api import AuditOptions, audit
    from lkjaudit.model.finding import Severity
    from lkjaudit.reporters import get_reporter

    options = AuditOptions(
        lang=lang,
        select=_split(select),
        ignore=_split(ignore),
        fail_on=Severity(fail_on),
        max_bytes=max_size * 1024 * 1024,
        strict=strict,
    )
    # NOTE: a check builds many small objects and no reference cycles; the cyclic
    # collector only costs time here (about a fifth of a large report's run).
    gc.disable()
    try:
        result = audit(list(paths), options)
    finally:
        gc.enable()
    if fmt == "terminal":
        to_terminal = output is None and sys.stdout.isatty()
        color = to_terminal and not no_color and "NO_COLOR" not in os.environ
        width = shutil.get_terminal_size().columns if to_terminal else 100
        reporter = get_reporter("terminal", color=color, width=max(width, 60))
    else:
        reporter = get_reporter(fmt)
    text = reporter.render(result, lang=lang)  # type: ignore[arg-type]
    if fmt == "terminal" and result.errors and not result.stats.files:
        text = ""  # nothing was read: the error lines below say it all
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    for error in result.errors:
        click.echo(f"lkjaudit: {error.source}: {error.message}", err=True)
    if result.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_OK if result.valid else EXIT_FINDINGS)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI; turn every failure into one line and exit code 2."""
    from lkjaudit.errors import LkjauditError

    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="lkjaudit")
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
