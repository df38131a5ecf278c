"""Usage errors in the command's language: what is wrong with a command line.

click raises its usage errors in English. :func:`usage_problem` words the
common ones again from the exception's fields (never from its English text) and
adds lkjaudit's own guess at a mistyped option or command; the CLI prints the
result on one line with a pointer to the command's help. Like
:mod:`lkjaudit.clihelp`, this module works on click's own classes.
"""

from __future__ import annotations

import click

from lkjaudit.clihelp import UnknownCommand, close_names
from lkjaudit.errors import Message

__all__ = ["WordedUsageError", "usage_problem"]


class WordedUsageError(click.UsageError):
    """A usage error lkjaudit words itself, in both languages."""

    def __init__(self, text: Message) -> None:
        super().__init__(str(text))
        self.text = text


def usage_problem(exc: click.UsageError, lang: str) -> Message | str:
    """What is wrong with the command line, in ``lang``.

    lkjaudit's own usage errors carry both languages. click's are in English; the
    common ones are worded again in Bahasa Indonesia from the exception's fields
    (never from its English text), the others keep click's words.
    """
    if isinstance(exc, WordedUsageError):
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
    elif isinstance(exc, click.BadOptionUsage) and lang != "en":
        problem = _bad_option_usage(exc)
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


def _bad_option_usage(exc: click.BadOptionUsage) -> Message | None:
    """An option given without its value, or a flag given one (``--strict=1``).

    Told apart by the option itself (a flag takes no value), not by click's text.
    """
    ctx = exc.ctx
    if ctx is None:
        return None
    name = exc.option_name
    params = ctx.command.get_params(ctx)
    option = next(
        (p for p in params if name in (*p.opts, *p.secondary_opts)),
        None,
    )
    if not isinstance(option, click.Option) or option.nargs != 1:
        return None
    key = "click.flag-takes-no-value" if option.is_flag else "click.option-needs-value"
    return Message(key, name=repr(name))


# NOTE: click 8.4 added NoSuchCommand; before it the help group raises its own
# (see lkjaudit.clihelp.UnknownCommand)
_NO_SUCH_COMMAND: tuple[type[click.UsageError], ...] = (UnknownCommand,) + tuple(
    getattr(click.exceptions, name)
    for name in ("NoSuchCommand",)
    if hasattr(click.exceptions, name)
)
