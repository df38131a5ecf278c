"""Exceptions for when lkjaudit itself cannot go on, with messages in two languages.

Problems *in a report* are findings, never exceptions. These are for a file that
cannot be read, a rule pack that is invalid, or a configuration that is wrong; the
CLI turns each into one line on stderr and exit code 2, in the command's language.

Each exception carries a :class:`Message`: a key into the catalogue of
:mod:`lkjaudit.messages` (a template in Bahasa Indonesia and one in English) and
the values to fill in. ``str(exc)`` is the English text, for library callers and
logs; ``exc.render("id")`` is the Indonesian one.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

__all__ = [
    "LANGUAGES",
    "ConfigError",
    "InputError",
    "LkjauditError",
    "Message",
    "RulePackError",
    "line_prefix",
    "os_problem",
    "yaml_problem",
]

LANGUAGES = ("id", "en")


class Message:
    """One message in every language: a catalogue key and the values it takes.

    Immutable. A value that is itself a Message is rendered in the same language,
    so messages nest (a reason inside a file's frame). ``str()`` is the English
    text; any language other than ``"en"`` renders in Bahasa Indonesia.
    """

    __slots__ = ("key", "values")
    key: str
    values: Mapping[str, object]

    def __init__(self, key: str, /, **values: object) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "values", MappingProxyType(values))

    @classmethod
    def verbatim(cls, text: str) -> Message:
        """A text that is the same in every language (from a caller or a library)."""
        return cls("verbatim", text=text)

    def render(self, lang: str) -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        from lkjaudit.messages import CATALOGUE

        indonesian, english = CATALOGUE[self.key]
        values = {name: _value(value, lang) for name, value in self.values.items()}
        return (english if lang == "en" else indonesian).format_map(values)

    def translations(self) -> dict[str, str]:
        """The message rendered in every language, by language code."""
        return {lang: self.render(lang) for lang in LANGUAGES}

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        values = "".join(f", {k}={v!r}" for k, v in self.values.items())
        return f"Message({self.key!r}{values})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.key == other.key and dict(self.values) == dict(other.values)

    __hash__ = None  # type: ignore[assignment]  # NOTE: the values may be unhashable

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Message is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_message, (self.key, dict(self.values)))


def _message(key: str, values: dict[str, object]) -> Message:
    return Message(key, **values)


def _value(value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.render(lang)
    if lang != "en" and isinstance(value, int | float) and not isinstance(value, bool):
        return _IndonesianNumber(value)
    return value


class _IndonesianNumber:
    """A number that formats the Indonesian way: ``1.234.567,5``."""

    __slots__ = ("number",)

    def __init__(self, number: float) -> None:
        self.number = number

    def __format__(self, spec: str) -> str:
        return format(self.number, spec).translate(_SWAP)

    def __str__(self) -> str:
        return format(self)

    def __repr__(self) -> str:
        return repr(self.number)


_SWAP = str.maketrans(",.", ".,")


def _as_message(text: Message | str) -> Message:
    return text if isinstance(text, Message) else Message.verbatim(text)


class LkjauditError(Exception):
    """Base class: the message is one line meant for the user.

    Give it a :class:`Message`; a plain string (from code outside lkjaudit) is
    shown as it is in every language.
    """

    def __init__(self, message: Message | str) -> None:
        self.text = _as_message(message)
        super().__init__(self.text)

    def render(self, lang: str) -> str:
        """The message in ``lang``."""
        return self.text.render(lang)

    def __str__(self) -> str:
        return self.text.render("en")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text,))


class InputError(LkjauditError):
    """A report file that cannot be read: missing, unreadable, or not an LKj.

    ``reason`` is the English reason; ``reason_text`` the reason in every language.
    """

    def __init__(self, source: str, reason: Message | str) -> None:
        self.source = source
        self.reason_text = _as_message(reason)
        super().__init__(Message("at", where=source, problem=self.reason_text))

    @property
    def reason(self) -> str:
        """Why the file cannot be read, in English."""
        return self.reason_text.render("en")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.source, self.reason_text))


class RulePackError(LkjauditError):
    """A rule pack that does not validate."""


class ConfigError(LkjauditError):
    """A configuration file or option that is wrong."""


def line_prefix(line: int | None) -> Message | str:
    """``line 3: `` (``baris 3: `` in id) to put before a problem, or nothing."""
    return Message("line-prefix", line=line) if line is not None else ""


def yaml_problem(exc: Exception) -> tuple[Message | str, str]:
    """A YAML parse error in one line: (:func:`line_prefix`, the problem).

    PyYAML's own message spans several lines (context, problem, a quoted snippet);
    the problem stays in PyYAML's words.
    """
    mark = getattr(exc, "problem_mark", None)
    where = line_prefix(mark.line + 1 if mark is not None else None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return where, str(problem)


# The operating system's reasons a report or an output file meets most often, in
# both languages; any other keeps the system's own words.
_OS_PROBLEMS = {
    errno.ENOENT: "os.not-found",
    errno.EACCES: "os.permission-denied",
    errno.EPERM: "os.not-permitted",
    errno.EISDIR: "os.is-a-folder",
    errno.ENOTDIR: "os.not-a-folder",
    errno.ENOSPC: "os.disk-full",
    errno.EROFS: "os.read-only",
    errno.ENAMETOOLONG: "os.name-too-long",
}


def os_problem(exc: OSError) -> Message:
    """Why the operating system refused, as a message in both languages."""
    key = _OS_PROBLEMS.get(exc.errno) if exc.errno is not None else None
    if key is not None:
        return Message(key)
    return Message.verbatim(str(exc.strerror or exc))
