"""Help pages in the command's language, through click's own extension points.

click writes a help page through methods of the command (``format_usage``,
``format_help_text``, ``format_options``, ``format_epilog`` and, for a group,
``format_commands``) and asks the context which class to build
(``context_class``). :class:`HelpCommand` and :class:`HelpGroup` override those
methods to take every word from :mod:`lkjaudit.helptexts`, and their
:class:`HelpContext` carries the language from the first context to the last.

The language is read from the raw arguments before click parses them, as the
error lines' is (:func:`lang_option`): ``--help`` is answered while parsing, and
the configuration is not read for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

__all__ = [
    "BareCommand",
    "HelpCommand",
    "HelpContext",
    "HelpGroup",
    "UnknownCommand",
    "close_names",
    "help_key",
    "lang_option",
    "version_option",
    "words",
]


def lang_option(args: Sequence[str]) -> str | None:
    """The last valid ``--lang id|en`` (or ``--lang=…``) of ``args``, before ``--``.

    Read from the arguments themselves, for the help and for the errors click
    raises while it is still parsing them (an unknown option, a missing argument).
    """
    found = None
    for k, arg in enumerate(args):
        if arg == "--":
            break
        value = arg[7:] if arg.startswith("--lang=") else None
        if arg == "--lang" and k + 1 < len(args):
            value = args[k + 1]
        if value in ("id", "en"):
            found = value
    return found


def words(key: str, lang: str, **values: object) -> str:
    """The help catalogue's ``key`` in ``lang`` (Bahasa Indonesia unless ``en``)."""
    from lkjaudit.helptexts import HELP

    indonesian, english = HELP[key]
    return (english if lang == "en" else indonesian).format_map(values)


def help_key(command: str, param: click.Parameter, part: str = "") -> str | None:
    """The catalogue key of an option's help (``part=".default"``: its default).

    The command's own entry (``check.--output``), else the shared one
    (``option.--output``), else None.
    """
    from lkjaudit.helptexts import HELP

    name = max(param.opts, key=len)
    for key in (f"{command}.{name}{part}", f"option.{name}{part}"):
        if key in HELP:
            return key
    return None


class HelpContext(click.Context):
    """A context that knows the language of the help: its own, or its parent's."""

    def __init__(
        self,
        command: click.Command,
        *args: Any,
        help_lang: str | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(command, *args, **kw)
        parent = self.parent
        inherited = parent.help_lang if isinstance(parent, HelpContext) else None
        self.help_lang: str = help_lang or inherited or "id"


def _lang(ctx: click.Context) -> str:
    return ctx.help_lang if isinstance(ctx, HelpContext) else "id"


class HelpCommand(click.Command):
    """A command whose help page is worded from the catalogue, in ``--lang``."""

    context_class = HelpContext

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        """Start the first context in the language the raw arguments ask for."""
        if parent is None:
            extra.setdefault("help_lang", lang_option(args))
        return super().make_context(info_name, args, parent, **extra)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Parse the arguments; a usage error click's parser raises names ``ctx``.

        click's option parser raises its errors (an option given without its
        value, a flag given one) without a context; so that the error line points
        at this command's help (``lkjaudit check --help``), not the program's, it
        gets this command's.
        """
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            if exc.ctx is None:
                exc.ctx = ctx
            raise

    @property
    def catalogue_name(self) -> str:
        """The name the catalogue's keys start with (``lkjaudit`` for the group)."""
        return self.name or "lkjaudit"

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """``[OPSI]`` and the arguments' metavars, for the usage line."""
        pieces = [words("click.options-metavar", _lang(ctx))]
        for param in self.get_params(ctx):
            pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """``Penggunaan: lkjaudit check [OPSI] PATHS...``."""
        prefix = words("click.usage", _lang(ctx)) + " "
        pieces = " ".join(self.collect_usage_pieces(ctx))
        formatter.write_usage(ctx.command_path, pieces, prefix=prefix)

    def format_help_text(
        self, ctx: click.Context, formatter: click.HelpFormatter
    ) -> None:
        """The command's description."""
        _paragraph(formatter, words(f"{self.catalogue_name}.help", _lang(ctx)))

    def format_options(
        self, ctx: click.Context, formatter: click.HelpFormatter
    ) -> None:
        """Every option that is not hidden: its names, its help, its default."""
        rows = [
            self.option_record(ctx, param)
            for param in self.get_params(ctx)
            if isinstance(param, click.Option) and not param.hidden
        ]
        if rows:
            with formatter.section(words("click.options", _lang(ctx))):
                formatter.write_dl(rows)

    def option_record(
        self, ctx: click.Context, option: click.Option
    ) -> tuple[str, str]:
        """An option's two columns: click's names and metavar, then our words."""
        record = option.get_help_record(ctx)
        names = record[0] if record is not None else ", ".join(option.opts)
        lang = _lang(ctx)
        key = help_key(self.catalogue_name, option)
        text = words(key, lang) if key is not None else ""
        notes = "; ".join(self.option_notes(ctx, option, lang))
        if notes:
            text = f"{text}  [{notes}]" if text else f"[{notes}]"
        return names, text

    def option_notes(
        self, ctx: click.Context, option: click.Option, lang: str
    ) -> list[str]:
        """What click puts in brackets after an option's help (default, range)."""
        notes = []
        default = self.default_text(ctx, option, lang)
        if default:
            notes.append(words("click.default", lang, default=default))
        limits = _range_text(option.type, lang)
        if limits:
            notes.append(limits)
        if option.required:
            notes.append(words("click.required", lang))
        return notes

    def default_text(self, ctx: click.Context, option: click.Option, lang: str) -> str:
        """The catalogue's words for a default, else the shown default value."""
        key = help_key(self.catalogue_name, option, ".default")
        if key is not None:
            return words(key, lang)
        show = option.show_default
        if show is None:
            show = ctx.show_default
        if isinstance(show, str):
            return show
        if not show or option.is_flag:
            return ""
        value = option.get_default(ctx, call=False)
        if value is None or callable(value):
            return ""
        return _number(value, lang) if isinstance(value, int) else str(value)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The text after the options (the exit codes), when the command has one."""
        from lkjaudit.helptexts import HELP

        key = f"{self.catalogue_name}.epilog"
        if key in HELP:
            _paragraph(formatter, words(key, _lang(ctx)))


class BareCommand(click.UsageError):
    """``lkjaudit`` without a command: the help is shown, and the exit code is 2.

    click 8.2 and later raise their own ``NoArgsIsHelpError``; click 8.1 printed
    the help and exited with 0. The group raises this one on every click.
    """


class UnknownCommand(click.UsageError):
    """A command the group does not have, with the names it may have meant.

    click 8.4 and later raise ``NoSuchCommand``; before it an unknown command was
    a plain usage error that carried neither its name nor the close matches.
    """

    def __init__(self, name: str, commands: Sequence[str], ctx: click.Context) -> None:
        from difflib import get_close_matches

        super().__init__(f"No such command {name!r}.", ctx)
        self.command_name = name
        self.possibilities = get_close_matches(name, commands)


def close_names(typed: str, names: Sequence[str]) -> list[str]:
    """The ``names`` worth suggesting for a mistyped ``typed``, sorted.

    click offers whatever :func:`difflib.get_close_matches` finds, and the shared
    ``--`` of two options is enough for it (``--bogus`` → ``--jobs``). A name is
    offered only when ``typed`` is the start of it (three letters or more) or a
    slip of it: one letter wrong, missing, added or swapped with its neighbour,
    one more for every four letters typed. The dashes are not counted.
    """
    bare = typed.lstrip("-")
    slips = max(1, len(bare) // 4)
    return sorted(
        name
        for name in set(names)
        if (len(bare) >= 3 and name.lstrip("-").startswith(bare))
        or _edits(bare, name.lstrip("-")) <= slips
    )


def _edits(a: str, b: str) -> int:
    """The letters to change, add, drop or swap with a neighbour to make ``b``."""
    # NOTE: the optimal-string-alignment distance: a swap of neighbours is one edit
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        rows.append(row)
    return rows[-1][-1]


class HelpGroup(HelpCommand, click.Group):
    """A group whose help page, and its commands', are worded from the catalogue."""

    command_class = HelpCommand

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Raise :class:`BareCommand` when no argument is given."""
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            raise BareCommand("", ctx)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """The command named first; :class:`UnknownCommand` when there is none."""
        name = args[0]
        if (
            self.get_command(ctx, name) is None
            and ctx.token_normalize_func is None
            and not ctx.resilient_parsing
            and name[:1].isalnum()  # NOTE: click parses an option-like name again
        ):
            raise UnknownCommand(name, list(self.commands), ctx)
        return super().resolve_command(ctx, args)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """``[OPSI] PERINTAH [ARGUMEN]...``."""
        pieces = super().collect_usage_pieces(ctx)
        return [*pieces, words("click.command-metavar", _lang(ctx))]

    def format_options(
        self, ctx: click.Context, formatter: click.HelpFormatter
    ) -> None:
        """The group's options, then its commands."""
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(
        self, ctx: click.Context, formatter: click.HelpFormatter
    ) -> None:
        """Each command that is not hidden, with its line from the catalogue."""
        lang = _lang(ctx)
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, words(f"{name}.short", lang)))
        if rows:
            with formatter.section(words("click.commands", lang)):
                formatter.write_dl(rows)


def version_option(version: str, prog: str) -> Callable[[Any], Any]:
    """``-V, --version``: print ``lkjaudit, versi …`` (``version`` in English)."""

    def show(ctx: click.Context, _: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            click.echo(words("click.version", _lang(ctx), prog=prog, version=version))
            ctx.exit()

    return click.option(
        "-V",
        "--version",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=show,
    )


def _paragraph(formatter: click.HelpFormatter, text: str) -> None:
    """Write ``text`` as click writes a description: indented, wrapped."""
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(text)


def _range_text(kind: object, lang: str) -> str:
    """An IntRange/FloatRange's bounds: ``minimal 1`` (``x>=1`` in English)."""
    if not isinstance(kind, click.IntRange | click.FloatRange):
        return ""
    low = high = ""
    if kind.min is not None:
        low = words(
            "click.above" if kind.min_open else "click.at-least",
            lang,
            bound=_number(kind.min, lang),
        )
    if kind.max is not None:
        high = words(
            "click.below" if kind.max_open else "click.at-most",
            lang,
            bound=_number(kind.max, lang),
        )
    if low and high:
        return words("click.between", lang, low=low, high=high)
    return low or high


def _number(value: float, lang: str) -> str:
    """``500.000`` in Bahasa Indonesia, ``500000`` (as click shows it) in English."""
    if lang == "en" or isinstance(value, bool):
        return str(value)
    return format(value, ",").translate(str.maketrans(",.", ".,"))
